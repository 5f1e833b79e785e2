"""A round valued pre-money shows its valuation, with its basis, on the review card and on the page's
round row, before and after a person corrects it from the review (the card then says "(edited)", the
row "✎ edited"), as `show` and the chart do."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.screens.company_rows import round_row
from ai_deals.tui.screens.fact_edit import FactEditScreen
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_helpers import settle, shown

PRE_MONEY_ROUND = (
    "kind,company,investor,amount,currency,round_type,date,valuation,basis\n"
    "round,Zeta,Xcap,100000000,USD,Series A,2025-01-10,600000000,pre_money\n"
)


@pytest.fixture
def pre_money_db(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))
    deals = tmp_path / "pre.csv"
    deals.write_text(PRE_MONEY_ROUND, encoding="utf-8")
    db = tmp_path / "deals.db"
    assert main(["--db", str(db), "--empty", "import", str(deals)]) == 0
    return db


def _row(store: Store) -> str:
    round_ = store.company(store.find_company("Zeta").id).rounds[0]
    return "".join(text for text, _, _ in round_row(round_).pieces)


async def _card_of_the_round(app, pilot) -> str:
    for _ in range(5):
        if shown(app, "#review-fact").startswith("fact       round"):
            break
        await pilot.press("down")
        await settle(pilot)
    return shown(app, "#review-fact")


async def test_a_pre_money_valuation_is_shown_on_the_card_and_row_before_and_after_an_edit(pre_money_db):
    with Store.open(pre_money_db) as store:
        assert "$600M pre-money" in _row(store)  # "valued" gives way in its column
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert "valuation  $600M pre-money\n" in await _card_of_the_round(app, pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen)
            app.screen.query_one("#edit-valuation", Input).value = "$450M"
            app.screen.query_one("#edit-basis", Input).value = "pre-money"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            assert "valuation  $450M pre-money (edited)\n" in await _card_of_the_round(app, pilot)
        row = _row(store)
        assert "$450M pre-money" in row and "✎ edited" in row


def test_an_articles_pre_money_valuation_is_shown_on_the_card_and_row(fresh_store):
    from ai_deals.importers.models import Fact, ParsedSource
    from ai_deals.tui.fact_words import fact_fields

    sentence = "Zeta raised $100 million at a $450 million pre-money valuation on 2025-01-10."
    common = {"company": "Zeta", "currency": "USD", "bound": "exact", "date": "2025-01-10"}
    common |= {"date_precision": "day", "sentence": sentence, "start": 0, "end": len(sentence)}
    facts = [
        Fact(kind="round", amount=1e8, round_type="Series A", investors=["Xcap"], **common),
        Fact(kind="valuation", amount=4.5e8, basis="pre_money", **common),
    ]
    fresh_store.import_source(ParsedSource(title="Wire", text=sentence, published="2025-01-11", facts=facts))
    round_ = fresh_store.company(fresh_store.find_company("Zeta").id).rounds[0]
    assert ("valuation", "$450M pre-money") in fact_fields(round_)
    assert "$450M pre-money" in "".join(text for text, _, _ in round_row(round_).pieces)


def test_a_pre_money_round_is_worded_alike_on_its_chart_marker_and_its_row(fresh_store):
    """The chart said "pre-money $450M" where the row said "valued $450M pre-money"."""
    from ai_deals.importers.models import Fact, ParsedSource
    from ai_deals.tui.widgets.charts import funding_bars

    sentence = "Zeta raised $100 million at a $450 million pre-money valuation on 2025-01-10."
    common = {"company": "Zeta", "currency": "USD", "bound": "exact", "date": "2025-01-10"}
    common |= {"date_precision": "day", "sentence": sentence, "start": 0, "end": len(sentence)}
    facts = [
        Fact(kind="round", amount=1e8, round_type="Series A", investors=["Xcap"], **common),
        Fact(kind="valuation", amount=4.5e8, basis="pre_money", **common),
    ]
    fresh_store.import_source(ParsedSource(title="Wire", text=sentence, published="2025-01-11", facts=facts))
    page = fresh_store.company(fresh_store.find_company("Zeta").id)
    row = "".join(text for text, _, _ in round_row(page.rounds[0]).pieces)
    (bar,) = [bar for bar in funding_bars(page) if bar.marker is not None]
    # The row's column keeps the chart's words but "valued" (tests/tui/test_ui30_rounds_line_up.py).
    assert bar.marker_text == "valued $450M pre-money" and "$450M pre-money" in row
