"""The review card and edit form: a stake's share of the company (its only figure, often)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import Store
from ai_deals.store.review import FactEdit
from ai_deals.tui.screens.fact_edit import FormError, build_edit
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_helpers import settle, shown

TEXT = "Balderton Capital holds 31% of Kestrel since June 2024."


def kestrel_source(text: str = TEXT) -> ParsedSource:
    fact = Fact(
        kind="investment",
        company="Kestrel",
        investor="Balderton Capital",
        percentage=31,
        date="2024-06",
        date_precision="month",
        sentence=text,
        start=0,
        end=len(text),
    )
    return ParsedSource(
        title="Kestrel's owners",
        text=text,
        url="https://example.com/kestrel",
        published="2024-06-20",
        facts=[fact],
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "share.db"
    with Store.open(path) as store:
        store.import_source(kestrel_source())
    return path


def stake(store: Store):
    (found,) = store.company(store.find_company("Kestrel").id).investors
    return found


async def test_the_review_card_shows_a_stakes_share(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert "share      31%" in shown(app, "#review-fact")


async def test_the_edit_form_corrects_a_stakes_share_undo_puts_it_back_and_a_reimport_keeps_it(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            share = app.screen.query_one("#edit-percentage", Input)
            assert share.value == "31%"
            share.value = "130"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert shown(app, "#edit-error") == "share: 130 is more than 100%"
            share.value = "30 %"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            assert (stake(store).percentage, stake(store).review_status) == (30, "edited")
            await pilot.press("u")
            await settle(pilot)
            assert (stake(store).percentage, stake(store).review_status) == (31, "extracted")
        store.edit_fact(stake(store).ref, FactEdit(percentage=30))
        # The same story again, and a corrected version of it: the correction is re-applied.
        assert store.import_source(kestrel_source()).action in ("unchanged", "replaced")
        assert (stake(store).percentage, stake(store).review_status) == (30, "edited")
        assert store.import_source(kestrel_source(TEXT + " (corrected)")).action == "replaced"
        assert (stake(store).percentage, stake(store).review_status) == (30, "edited")


def test_the_edit_form_reads_a_share_with_or_without_its_percent_sign():
    initial = {"company": "Kestrel", "percentage": "31%"}
    assert build_edit(initial, initial | {"percentage": "30"}) == FactEdit(percentage=30)
    assert build_edit(initial, initial | {"percentage": "11,5 %"}) == FactEdit(percentage=11.5)
    with pytest.raises(FormError, match=r"^share: write a percentage such as 31 or 31%$"):
        build_edit(initial, initial | {"percentage": "lots"})


async def test_the_edit_form_shows_an_approximate_share_with_its_sign_and_keeps_it_when_typed(tmp_path):
    source = kestrel_source("Balderton Capital holds about 31% of Kestrel since June 2024.")
    source.facts[0].percentage_bound = "approx"
    with Store.open(tmp_path / "approx.db") as store:
        store.import_source(source)
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            assert "share      ~31%" in shown(app, "#review-fact")
            await pilot.press("enter")
            await settle(pilot)
            share = app.screen.query_one("#edit-percentage", Input)
            assert share.value == "~31%"
            share.value = "~30%"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            assert (stake(store).percentage, stake(store).percentage_bound) == (30, "approx")
