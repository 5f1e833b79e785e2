"""The explorer's whole timeline (ctrl+t) and a company's (`t`) show a raise two sources tell as one
event, as the company's page shows one round "2 sources": its status count, steps, ctrl+a and space
agree with the folded list (store/timeline_folds.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_timeline_raise_accounts import FOLDED, LES_ECHOS, REUTERS

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.widgets.status_bar import StatusBar

from tui_helpers import import_one_by_one, press_settled, settle


@pytest.fixture
def store(tmp_path: Path):
    """The French account, naming the lead only, imported first: its round is the one the event stands on."""
    db = tmp_path / "raise.db"
    import_one_by_one(
        db, tmp_path, (("lesechos.md", LES_ECHOS.format(amount="385")), ("reuters.txt", REUTERS))
    )
    with Store.open(db) as store:
        yield store


async def shown_events(pilot, screen: TimelineScreen, count: int) -> list:
    """The events the cursor steps through, `count` of them from the top."""
    shown = []
    for _ in range(count):
        await settle(pilot)
        shown.append(screen.current)
        await pilot.press("j")
    return shown


async def test_the_whole_timeline_shows_a_raise_two_sources_tell_once_and_space_takes_both(store):
    whole = store.timeline()
    records = store.timeline_refs()
    (raise_,) = [event for event in whole if "(Series A)" in event.title]
    assert raise_.title == FOLDED and len(raise_.also) == 1
    app = DealsApp(store)
    async with app.run_test(size=(120, 20)) as pilot:
        await press_settled(pilot, "ctrl+t")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        assert screen.query_one(StatusBar).message.startswith(f"{len(whole)} events · all companies")
        shown = await shown_events(pilot, screen, len(whole))
        assert [event.title for event in shown] == [event.title for event in whole]
        assert [event.title for event in shown].count(FOLDED) == 1
        await press_settled(pilot, "home")
        while screen.current is None or screen.current.ref != raise_.ref:
            await press_settled(pilot, "j")
        await press_settled(pilot, "space")  # the raise: every source's record of it
        assert app.selection.refs == [raise_.ref, *raise_.also]
        await press_settled(pilot, "ctrl+a")
        assert len(app.selection) == len(records)


async def test_a_companys_timeline_shows_the_raise_once_as_its_page_does(store):
    mistral = store.find_company("Mistral AI")
    own = store.timeline(mistral.id)
    app = DealsApp(store)
    async with app.run_test(size=(120, 20)) as pilot:
        app.open_company(mistral.id, mistral.name)
        await press_settled(pilot, "t")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        shown = await shown_events(pilot, screen, len(own))
        assert [event.title for event in shown].count(FOLDED) == 1
        assert sum("(Series A)" in event.title for event in shown) == 1
