"""A store that raises shows an error and the app stays up."""

from __future__ import annotations

from textual.widgets import Static

from ai_deals.store import StoreError
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.error import ErrorScreen
from ai_deals.tui.screens.search import SearchScreen

from tui_helpers import settle, type_text


def fail(*_args, **_kwargs):
    raise StoreError("deals.db: database disk image is malformed")


async def test_a_failing_company_query_shows_an_error_and_the_app_survives(app, monkeypatch):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        monkeypatch.setattr(app.store, "company", fail)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ErrorScreen)
        message = app.screen.query_one("#error-message", Static).content.plain
        assert message == "deals.db: database disk image is malformed"
        await pilot.press("enter")
        assert isinstance(app.screen, CompanyScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, SearchScreen)
        monkeypatch.undo()
        await type_text(pilot, "nvdia")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.page.company.name == "Nvidia"


async def test_a_failing_search_shows_an_error_and_typing_goes_on(app, monkeypatch):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        monkeypatch.setattr(app.store, "search", fail)
        await type_text(pilot, "x")
        await settle(pilot)
        assert isinstance(app.screen, ErrorScreen)
        await pilot.press("escape")
        monkeypatch.undo()
        await type_text(pilot, "y")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen) and app.is_running


async def test_a_failed_search_says_so_instead_of_searching_and_no_match(app, monkeypatch):
    from ai_deals.tui.widgets.status_bar import StatusBar

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        monkeypatch.setattr(app.store, "search", fail)
        await type_text(pilot, "x")
        await settle(pilot)
        await pilot.press("escape")
        screen = app.screen
        status = str(screen.query_one(StatusBar).message)
        assert status == "Failed: deals.db: database disk image is malformed"
        assert "The search failed." in screen.query_one("#results").render_line(0).text
        monkeypatch.undo()
        await type_text(pilot, "y")
        await settle(pilot)
        assert "failed" not in screen.query_one("#results").render_line(0).text


async def test_an_unexpected_exception_is_named_in_the_modal(app, monkeypatch):
    def boom(*_args):
        raise RuntimeError("disk full")

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        monkeypatch.setattr(app.store, "timeline_outline", boom)  # what the whole timeline reads first
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert app.screen.query_one("#error-message", Static).content.plain == "RuntimeError: disk full"


async def test_a_database_that_cannot_be_opened_shows_the_error_instead_of_crashing(tmp_path):
    broken = tmp_path / "not-a-db.db"
    broken.write_bytes(b"this is not sqlite" * 100)
    app = DealsApp(db_path=broken)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ErrorScreen)
        assert "not-a-db.db" in app.screen.query_one("#error-message", Static).content.plain
        assert app.is_running
