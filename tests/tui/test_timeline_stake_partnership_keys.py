"""The explorer's whole timeline (ctrl+t) and a company's (`t`) show a stake and a partnership two
sources tell as one event each, as the company's page shows them "2 sources": the status count, steps,
space and ctrl+a agree with the folded list (store/timeline_folds.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_timeline_stake_partnership_accounts import (
    LES_ECHOS_PARTNER,
    LES_ECHOS_STAKE,
    PARTNERSHIP,
    REUTERS_PARTNER,
    REUTERS_STAKE,
    STAKE,
)

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.widgets.status_bar import StatusBar

from tui_helpers import import_one_by_one, press_settled, settle

ARTICLES = (
    ("reuters-stake.txt", REUTERS_STAKE),
    ("lesechos-stake.md", LES_ECHOS_STAKE),
    ("lesechos-partner.txt", LES_ECHOS_PARTNER),
    ("reuters-partner.txt", REUTERS_PARTNER),
)


@pytest.fixture
def store(tmp_path: Path):
    db = tmp_path / "told-twice.db"
    import_one_by_one(db, tmp_path, ARTICLES)
    with Store.open(db) as store:
        yield store


async def shown_titles(pilot, screen: TimelineScreen, count: int) -> list[str]:
    """The titles of the events the cursor steps through, `count` of them from the top."""
    shown = []
    for _ in range(count):
        await settle(pilot)
        shown.append(screen.current.title)
        await pilot.press("j")
    return shown


async def test_the_whole_timeline_shows_the_stake_and_partnership_once_and_space_takes_both(store):
    whole = store.timeline()
    (stake,) = [event for event in whole if event.title == STAKE]
    app = DealsApp(store)
    async with app.run_test(size=(120, 20)) as pilot:
        await press_settled(pilot, "ctrl+t")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        assert screen.query_one(StatusBar).message.startswith(f"{len(whole)} events · all companies")
        shown = await shown_titles(pilot, screen, len(whole))
        assert shown == [event.title for event in whole]
        assert shown.count(STAKE) == shown.count(PARTNERSHIP) == 1
        assert not any(t.startswith("Microsoft invests") and t != STAKE for t in shown)
        await press_settled(pilot, "home")
        while screen.current is None or screen.current.ref != stake.ref:
            await press_settled(pilot, "j")
        await press_settled(pilot, "space")  # the stake: every source's record of it
        assert app.selection.refs == [stake.ref, *stake.also] and len(stake.also) == 1
        await press_settled(pilot, "ctrl+a")
        assert len(app.selection) == len(store.timeline_refs())


async def test_a_companys_timeline_shows_the_stake_and_partnership_once(store):
    mistral = store.find_company("Mistral AI")
    own = store.timeline(mistral.id)
    app = DealsApp(store)
    async with app.run_test(size=(120, 20)) as pilot:
        app.open_company(mistral.id, mistral.name)
        await press_settled(pilot, "t")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        shown = await shown_titles(pilot, screen, len(own))
        assert shown.count(STAKE) == shown.count(PARTNERSHIP) == 1
        assert sum(t.startswith("Microsoft invests") for t in shown) == 1


def row_text(row) -> str:
    return "".join(text for text, _, _ in row.pieces)


async def test_the_page_lists_the_partnership_once_space_takes_both_and_r_reviews_each_sources_record(store):
    from ai_deals.tui.screens.review import ReviewScreen

    mistral = store.find_company("Mistral AI")
    app = DealsApp(store)
    async with app.run_test(size=(120, 50)) as pilot:
        app.open_company(mistral.id, mistral.name)
        await settle(pilot)
        page = app.screen.query_one("#page")
        ((index, row),) = [
            (i, r)
            for i, r in enumerate(page.rows)
            if r.ref and r.ref.record_type == "partnership" and "Nvidia" in row_text(r)
        ]
        assert "2 sources" in row_text(row) and len(row.refs) == 2
        page.move_to(index)
        await press_settled(pilot, "space")
        assert set(app.selection.refs) == set(row.refs) and app.selected_count == 2
        await press_settled(pilot, "r")
        assert isinstance(app.screen, ReviewScreen)
        sentences = {record.evidence[0].sentence for record in app.screen.records}
        assert len(sentences) == 2 and any(s.startswith("Nvidia et Mistral AI") for s in sentences)
