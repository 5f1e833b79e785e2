"""The review screen open while another shell removes its article (`ai-deals remove FILE`): deciding
on a fact of it says the fact is no longer in the database, as going back does, never that it
"changed when its article was imported again" (qa45 #7a)."""

from __future__ import annotations

import pytest

from ai_deals.store import Store
from ai_deals.tui.screens.review import NOT_APPLIED_NOTE, SOURCE_REMOVED_NOTE, ReviewScreen

from screen_host import ScreenHost
from tui_helpers import settle, shown


@pytest.mark.parametrize("key", ["n", "y"])
async def test_deciding_on_a_fact_whose_source_was_removed_says_it_is_no_longer_in_the_database(db, key):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 24)) as pilot:
            await settle(pilot)
            assert "$110B" in shown(app, "#review-fact")
            with Store.open(db) as shell:
                shell.remove_source(1)
            await pilot.press(key)
            await settle(pilot)
            assert app.errors == [], "no 'Something went wrong' box"
            status = shown(app, "StatusBar")
            assert status.startswith(SOURCE_REMOVED_NOTE) and "no longer in the database" in status
            assert not status.startswith(NOT_APPLIED_NOTE)
