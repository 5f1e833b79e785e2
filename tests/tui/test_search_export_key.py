"""The search screen names an export key that works while its box has the keys: ctrl+e, and `e`
is still a letter of the query."""

from __future__ import annotations

from textual.widgets import Input

from ai_deals.store.models import RecordRef
from ai_deals.tui.screens.export import ExportScreen
from ai_deals.tui.screens.search import SearchScreen

from tui_helpers import settle, shown


async def select_two_rounds(app, store) -> None:
    for (round_id,) in store.db.execute("SELECT id FROM rounds ORDER BY id LIMIT 2").fetchall():
        app.toggle_selection(RecordRef(record_type="round", record_id=round_id), "OpenAI")


async def test_search_status_names_ctrl_e_and_e_is_still_typed(app, deals_store):
    async with app.run_test(size=(110, 24)) as pilot:
        await settle(pilot)
        await select_two_rounds(app, deals_store)
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert shown(app, "StatusBar").rstrip().endswith("2 records selected · ctrl+e export")
        await pilot.press("e")
        await settle(pilot)
        assert app.screen.query_one("#query", Input).value == "e"
        assert not isinstance(app.screen, ExportScreen)


async def test_ctrl_e_on_the_search_screen_opens_the_export_of_the_selection(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await select_two_rounds(app, deals_store)
        await settle(pilot)
        await pilot.press("ctrl+e")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
