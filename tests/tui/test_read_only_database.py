"""The explorer on a database it cannot write: it browses and searches, says once that the database is
read-only, and refuses reviews and merges in one line."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from textual.widgets import Static

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.confirm import ConfirmScreen
from ai_deals.tui.screens.error import ErrorScreen
from ai_deals.tui.screens.merge import READ_ONLY_MERGES, MergeScreen
from ai_deals.tui.screens.review import ReviewScreen
from ai_deals.tui.screens.search import SearchScreen

from read_only import read_only
from tui_data import build_store, span
from tui_helpers import settle, type_text

DUPLICATE_TEXT = "Thrive Capital a investi 1 milliard de dollars dans Open AI Global en 2024."


def duplicate_source() -> ParsedSource:
    """A story that spells OpenAI differently: a company to merge."""
    fact = Fact(
        kind="investment",
        company="Open AI Global",
        investor="Thrive Capital",
        amount=1e9,
        currency="USD",
        **span(DUPLICATE_TEXT, "1 milliard"),
    )
    return ParsedSource(title="Thrive", text=DUPLICATE_TEXT, published="2024-10-01", facts=[fact])


def wal_database_alone(tmp_path: Path) -> Path:
    """A WAL database made by the app, copied alone (no -wal, no -shm file) into a folder of its own."""
    store = build_store(tmp_path / "made.db")
    store.import_source(duplicate_source())
    store.close()
    with sqlite3.connect(tmp_path / "made.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    folder = tmp_path / "copied"
    folder.mkdir()
    shutil.copy(tmp_path / "made.db", folder / "deals.db")
    return folder / "deals.db"


def error_shown(app: DealsApp) -> str:
    assert isinstance(app.screen, ErrorScreen)
    return app.screen.query_one("#error-message", Static).content.plain


async def test_a_read_only_wal_database_searches_says_so_once_and_refuses_writes_in_one_line(tmp_path):
    path = wal_database_alone(tmp_path)
    with read_only(path.parent):
        app = DealsApp(db_path=path)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, SearchScreen), "warming the search index failed"
            await type_text(pilot, "openai")
            await settle(pilot)
            assert isinstance(app.screen, SearchScreen)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, CompanyScreen) and app.screen.page.company.name == "OpenAI"

            await pilot.press("r")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            status = app.screen.query_one("StatusBar").render().plain
            assert "read-only" in status and "y confirm" not in status
            offered = {key for key, active in app.screen.active_bindings.items() if active.enabled}
            assert not offered & {"y", "n", "enter", "u"}
            await pilot.press("y")
            await settle(pilot)
            assert not isinstance(app.screen, ErrorScreen)
            assert app.screen.query_one("StatusBar").render().plain.startswith("Not taken: read-only")
            await pilot.press("escape")
            await settle(pilot)

            await pilot.press("M")
            await settle(pilot)
            assert isinstance(app.screen, CompanyScreen), "merges are refused at once"

            notes = [note.message for note in app._notifications]
            assert notes == [
                f"{path}: read-only database; reviews, edits and merges are off",
                READ_ONLY_MERGES,
            ]
    assert sorted(p.name for p in path.parent.iterdir()) == ["deals.db"]


async def test_merge_and_unmerge_are_refused_at_once_on_a_read_only_database(tmp_path):
    """M opened the merge screen, offered every candidate and the question, and only then failed with
    an error dialog ("Something went wrong"). Now M, u and the palette's "merge: Undo last" say in one
    line that merges are off, as review does."""
    store = build_store(tmp_path / "deals.db")
    store.import_source(duplicate_source())
    store.close()
    with Store.open(tmp_path / "deals.db", readonly=True) as read_only_store:
        app = DealsApp(read_only_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            app.open_company(read_only_store.find_company("OpenAI").id, "OpenAI")
            await settle(pilot)
            for key in ("M", "u"):
                app.clear_notifications()
                await pilot.press(key)
                await settle(pilot)
                assert isinstance(app.screen, CompanyScreen)
                assert [note.message for note in app._notifications] == [READ_ONLY_MERGES]
            app.clear_notifications()
            await pilot.press("ctrl+p")
            await type_text(pilot, "merge: Undo last")
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert not isinstance(app.screen, (MergeScreen, ConfirmScreen, ErrorScreen))
            assert [note.message for note in app._notifications] == [READ_ONLY_MERGES]


async def test_review_on_a_read_only_database_fits_80_columns_and_its_help_lists_no_refused_key(tmp_path):
    """At 80 columns the status line was cut ("…not confirmed, reje…") and `?` still listed y Confirm,
    n Reject, ⏎ Edit and u Undo, all refused there."""
    from ai_deals.tui.screens.help import HelpScreen

    build_store(tmp_path / "deals.db").close()
    with Store.open(tmp_path / "deals.db", readonly=True) as read_only_store:
        app = DealsApp(read_only_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            app.open_company(read_only_store.find_company("OpenAI").id, "OpenAI")
            await settle(pilot)
            await pilot.press("r")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            bar = app.screen.query_one("StatusBar")
            status = bar.render().plain
            assert "read-only" in status and "editing" in status
            assert len(status) <= bar.content_region.width, f"cut at 80 columns: {status!r}"
            await pilot.press("question_mark")
            await settle(pilot)
            assert isinstance(app.screen, HelpScreen)
            listed = {description for _keys, description, _tooltip in app.screen.rows}
            assert not listed & {"Confirm", "Reject", "Edit", "Undo"}
            assert {"Next", "Previous", "All facts"} <= listed
