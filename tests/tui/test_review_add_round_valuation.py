"""The round's edit form gives a round its source states no valuation for one (with its basis), and
takes one away when its field is emptied; `u` undoes either."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.screens.fact_edit import FactEditScreen
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_helpers import settle, shown

DEALS = (
    "kind,company,investor,amount,currency,round_type,date\nround,Kappa,Ycap,10000000,EUR,Seed,2025-02-10\n"
)


@pytest.fixture
def db(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))
    path, db = tmp_path / "kappa.csv", tmp_path / "kappa.db"
    path.write_text(DEALS, encoding="utf-8")
    assert main(["--db", str(db), "--empty", "import", str(path)]) == 0
    return db


def _round(store: Store):
    (round_,) = store.company(store.find_company("Kappa").id).rounds
    return round_


async def _save(pilot, app, valuation: str, basis: str) -> None:
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, FactEditScreen)
    app.screen.query_one("#edit-valuation", Input).value = valuation
    app.screen.query_one("#edit-basis", Input).value = basis
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_the_round_form_gives_a_round_a_valuation_takes_it_away_and_undo_puts_each_back(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert shown(app, "#review-fact").startswith("fact       round")
            await _save(pilot, app, "€40M", "post-money")
            assert isinstance(app.screen, ReviewScreen)
            assert (_round(store).post_money_valuation, _round(store).valuation_currency) == (4e7, "EUR")
            await pilot.press("u")
            await settle(pilot)
            assert _round(store).post_money_valuation is None
            await _save(pilot, app, "€40M", "post-money")
            await _save(pilot, app, "", "")  # emptied: taken away
            assert isinstance(app.screen, ReviewScreen)
            assert _round(store).post_money_valuation is None
            await pilot.press("u")
            await settle(pilot)
            assert _round(store).post_money_valuation == 4e7
