"""The review's edit form corrects a stake's round type: the stake then joins its company's round of
that type that day (its investor one of the round's investors), and `u` takes it out again."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import Store
from ai_deals.tui.screens.fact_edit import FactEditScreen
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_helpers import settle


def _source(url: str, fact: Fact) -> ParsedSource:
    return ParsedSource(title=url, text=fact.sentence, url=url, published="2024-03-02", facts=[fact])


def _fact(**values) -> Fact:
    sentence = values.pop("sentence")
    common = {"company": "Zorgly AI", "currency": "USD", "date": "2024-03-01", "date_precision": "day"}
    return Fact(**common, **values, sentence=sentence, start=0, end=len(sentence))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "typed.db"
    round_ = _fact(
        kind="round", investors=["Lead Capital"], amount=20e6, round_type="Series B",
        sentence="Zorgly AI raised $20 million in a Series B led by Lead Capital.",
    )  # fmt: skip
    stake = _fact(
        kind="investment", investor="Acme Ventures", amount=5e6, round_type="Series A",
        sentence="Acme Ventures put $5 million in Zorgly AI's Series A.",
    )  # fmt: skip
    with Store.open(path) as store:
        store.import_source(_source("https://example.org/round", round_))
        store.import_source(_source("https://example.org/stake", stake))
    return path


def _page(store: Store):
    return store.company(store.find_company("Zorgly AI").id)


async def test_the_edit_form_puts_a_stake_in_the_round_of_the_type_typed_and_undo_takes_it_out(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 2))
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen)
            field = app.screen.query_one("#edit-round_type", Input)
            assert field.value == "Series A"
            field.value = "series b"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            (stake,), (round_,) = _page(store).investors, _page(store).rounds
            assert (stake.round_id, stake.review_status) == (round_.id, "edited")
            assert sorted(round_.investors) == ["Acme Ventures", "Lead Capital"]
            await pilot.press("u")
            await settle(pilot)
            (stake,), (round_,) = _page(store).investors, _page(store).rounds
            assert (stake.round_id, stake.round_type, round_.investors) == (
                None,
                "Series A",
                ["Lead Capital"],
            )
