"""The whole timeline open while another process changes the database (`ai-deals remove` or an
import from another shell): it notices, reads its outline and windows again near the same date and
says so; no row stays "…", no key waits on a window that will not come."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from test_export import export_to
from test_select_all import exported
from textual.widgets import Static

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.messages import TimelineChanged
from ai_deals.tui.screens import timeline
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.timeline import EventWindows, TimelineScreen
from ai_deals.tui.widgets.status_bar import StatusBar
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import burst, press_settled, settle, shown_lines

KEPT = "kind,company,investors,amount,currency,date\n" + "".join(
    f"round,Keep{n % 3},KeepFund,{(n + 1) * 1e6},USD,{2012 + n % 8}-05-01\n" for n in range(16)
)
"""16 events over 2012-2019 that stay."""
GONE = "kind,company,investors,amount,currency,date\n" + "".join(
    f"round,Gone{n % 7},GoneFund{n % 3},{(n + 1) * 1e5},EUR,{2010 + n % 12}-0{1 + n % 9}-01\n"
    for n in range(120)
)
"""120 events over 2010-2021 of companies only this file names: removed from another shell."""
SIZE = 4


@pytest.fixture
def db(tmp_path: Path, monkeypatch) -> Path:
    for name, text in (("kept.csv", KEPT), ("gone.csv", GONE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "deals.db"
    assert (
        main(["--db", str(db), "--empty", "import", str(tmp_path / "kept.csv"), str(tmp_path / "gone.csv")])
        == 0
    )
    monkeypatch.setattr(TimelineScreen, "window_size", SIZE)
    monkeypatch.setattr(timeline, "KEPT_WINDOWS", 8)
    return db


def remove_from_another_shell(db: Path) -> None:
    assert main(["--db", str(db), "remove", str(db.parent / "gone.csv"), "--yes"]) == 0


async def open_whole_timeline(pilot) -> TimelineScreen:
    await press_settled(pilot, "ctrl+t")
    screen = pilot.app.screen
    assert isinstance(screen, TimelineScreen) and isinstance(screen.events, EventWindows)
    return screen


def status(screen: TimelineScreen) -> str:
    return screen.query_one(StatusBar).message


async def test_a_date_jumped_to_after_another_shell_removed_a_source_shows_the_events_left(db):
    with Store.open(db) as store:
        app = DealsApp(store)
        notes: list[str] = []
        async with app.run_test(size=(100, 20)) as pilot:
            app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
            screen = await open_whole_timeline(pilot)
            assert status(screen).startswith("136 events")
            remove_from_another_shell(db)
            await press_settled(pilot, "g", "2", "0", "1", "5", "enter")
            events = screen.query_one("#events", VirtualList)
            lines = shown_lines(events)
            assert not any(line.strip().endswith("…") and len(line.strip()) <= 3 for line in lines), lines
            assert not any("Gone" in line for line in lines), lines
            # (the status says where the jump went when the re-read came first, else the new count)
            assert screen._usual_status.startswith("16 events")
            assert screen.current is not None and screen.current.date.startswith("2015")
            assert "The database changed: timeline re-read." in notes


async def test_enter_after_another_shell_removed_a_source_opens_the_event_and_esc_is_at_once(db):
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 20)) as pilot:
            screen = await open_whole_timeline(pilot)
            remove_from_another_shell(db)
            await press_settled(pilot, "end", "enter")
            assert isinstance(app.screen, CompanyScreen) and app.screen.crumb.startswith("Keep")
            await press_settled(pilot, "escape")
            assert app.screen is screen
            await press_settled(pilot, "escape")
            assert not isinstance(app.screen, TimelineScreen)


async def test_end_after_another_shell_removed_a_source_shows_no_event_of_a_company_gone(db):
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 20)) as pilot:
            screen = await open_whole_timeline(pilot)
            await press_settled(pilot, "end")
            remove_from_another_shell(db)
            await press_settled(pilot, "home", "end")
            lines = [line for line in shown_lines(screen.query_one("#events", VirtualList)) if line.strip()]
            assert lines and not any("Gone" in line or line.strip() == "…" for line in lines), lines
            assert screen.query_one("#sentence", Static) is not None


async def test_a_whole_timeline_read_to_the_end_notices_another_shells_remove_without_a_key(db):
    """Every window read already (nothing left to read would notice): the periodic look does."""
    with Store.open(db) as store:
        app = DealsApp(store)
        notes: list[str] = []
        async with app.run_test(size=(100, 20)) as pilot:
            app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
            screen = await open_whole_timeline(pilot)
            await press_settled(pilot, "end")
            remove_from_another_shell(db)
            screen._look_for_changes()  # what the screen's interval timer calls (`CHANGE_CHECK`)
            await settle(pilot)
            assert status(screen).startswith("16 events")
            assert notes == ["The database changed: timeline re-read."]
            lines = [line for line in shown_lines(screen.query_one("#events", VirtualList)) if line.strip()]
            assert lines and not any("Gone" in line for line in lines), lines
            assert screen.current is not None and screen.current.company.startswith("Keep")


async def test_keys_held_for_an_event_still_being_read_go_on_when_the_database_changed(db):
    """Enter on a row still "…" waits for its window; the database changed meanwhile: the window
    will not come as asked, so Esc typed after it leaves at once rather than after 10 s."""
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 20)) as pilot:
            screen = await open_whole_timeline(pilot)
            events = screen.query_one("#events", VirtualList)
            remove_from_another_shell(db)
            events.move_to(60)  # a window not read: "…" until it is
            assert events.highlighted is timeline.PENDING
            burst(app, "enter", "escape")  # typed before the window's read comes back
            await settle(pilot)
            assert not isinstance(app.screen, TimelineScreen)


def import_from_another_shell(db: Path) -> None:
    assert main(["--db", str(db), "import", str(db.parent / "gone.csv")]) == 0


def marked_lines(screen: TimelineScreen) -> list[str]:
    return [line for line in shown_lines(screen.query_one("#events", VirtualList)) if line.startswith("●")]


async def test_the_whole_timeline_selected_before_a_remove_and_reimport_holds_none_of_the_reimport(
    db, tmp_path
):
    """ctrl+a, then another shell removes gone.csv and imports it again: its records are new ones
    the user never selected. The marks, the status count and the export agree: the 16 kept."""
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 20)) as pilot:
            screen = await open_whole_timeline(pilot)
            await press_settled(pilot, "ctrl+a")
            assert len(app.selection) == 136
            remove_from_another_shell(db)
            screen._look_for_changes()
            await settle(pilot)
            assert len(app.selection) == 16
            import_from_another_shell(db)
            screen._look_for_changes()
            await settle(pilot)
            assert len(app.selection) == 16
            assert "16 records selected" in screen.query_one(StatusBar).render().plain
            await press_settled(pilot, "g", "2", "0", "1", "5", "enter")
            shown = [line for line in shown_lines(screen.query_one("#events", VirtualList)) if line.strip()]
            assert any("Gone" in line for line in shown)  # the re-import's events are listed…
            assert not any("Gone" in line for line in marked_lines(screen))  # …not selected
            assert all("Keep" in line for line in marked_lines(screen)) and marked_lines(screen)
            path = tmp_path / "sel.json"
            await export_to(pilot, "json", path)
            assert isinstance(app.screen, TimelineScreen)
            await settle(pilot)
    records = exported(path)
    assert len(records) == 16
    assert not any("Gone" in json.dumps(record) for record in records)


async def test_the_whole_timeline_selected_before_another_import_counts_and_exports_only_what_it_held(
    db, tmp_path
):
    """Without a remove: a file imported from another shell after ctrl+a is not in the selection."""
    (tmp_path / "later.csv").write_text(
        "kind,company,investors,amount,currency,date\nround,Later,LateFund,5000000,USD,2016-02-01\n",
        encoding="utf-8",
    )
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 20)) as pilot:
            screen = await open_whole_timeline(pilot)
            await press_settled(pilot, "ctrl+a")
            assert main(["--db", str(db), "import", str(tmp_path / "later.csv")]) == 0
            screen._look_for_changes()
            await settle(pilot)
            assert len(app.selection) == 136
            await press_settled(pilot, "space")  # the first event unselected: 135
            assert len(app.selection) == 135
            path = tmp_path / "sel.json"
            await export_to(pilot, "json", path)
            await settle(pilot)
    records = exported(path)
    assert len(records) == 135
    assert not any("Later" in json.dumps(record) for record in records)


async def test_the_whole_timeline_selected_follows_a_corrected_file_imported_again_in_place(db, tmp_path):
    """A corrected gone.csv imported again replaces the same source's records (new ids): the whole
    timeline selected before still holds them, as it held that source; no remove came between."""
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 20)) as pilot:
            screen = await open_whole_timeline(pilot)
            await press_settled(pilot, "ctrl+a")
            corrected = GONE.replace(",100000.0,EUR,", ",150000.0,EUR,")
            assert corrected != GONE
            (db.parent / "gone.csv").write_text(corrected, encoding="utf-8")
            import_from_another_shell(db)
            screen._look_for_changes()
            await settle(pilot)
            assert len(app.selection) == 136
            await press_settled(pilot, "g", "2", "0", "1", "5", "enter")
            shown = [line for line in shown_lines(screen.query_one("#events", VirtualList)) if line.strip()]
            assert all(line.startswith("●") for line in shown), shown
            path = tmp_path / "sel.json"
            await export_to(pilot, "json", path)
            await settle(pilot)
    assert len(exported(path)) == 136


async def test_keys_held_for_an_event_still_being_read_go_on_when_the_timeline_is_read_again_meanwhile(
    db, monkeypatch
):
    """The change seen first: while the timeline is read again, Enter on a row still "…" waits;
    the new list comes without that row's window: Esc typed after Enter still leaves at once.
    Row 60's window read, under way since the move, finds the change too: the timeline is being
    read again already, so the Enter stays held (a second read dropped it)."""
    monkeypatch.setattr(timeline, "CHANGE_CHECK", 3600.0)  # the change is seen where this test says
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 20)) as pilot:
            screen = await open_whole_timeline(pilot)
            events = screen.query_one("#events", VirtualList)
            windows_read, window = threading.Event(), store.timeline_window
            monkeypatch.setattr(
                store, "timeline_window", lambda *a, **k: windows_read.wait(10) and window(*a, **k)
            )
            remove_from_another_shell(db)
            events.move_to(60)
            assert events.highlighted is timeline.PENDING
            outlined, outline = threading.Event(), store.timeline_outline
            monkeypatch.setattr(store, "timeline_outline", lambda: outlined.wait(10) and outline())
            stale = screen.events
            screen._read_again()  # as the change seen reads it again: its outline held back
            burst(app, "enter")  # on the row still "…": done once it is read
            await pilot.pause()
            assert screen._when_read is not None
            screen.post_message(TimelineChanged(stale, store.change_stamp()[1]))  # what row 60's read says
            await pilot.pause()
            assert screen._when_read is not None
            burst(app, "escape")  # typed before the new list comes: held for the Enter
            await pilot.pause()
            assert app.screen is screen
            windows_read.set()
            outlined.set()
            await settle(pilot)
            assert not isinstance(app.screen, TimelineScreen)


async def test_the_apps_own_write_reads_the_whole_timeline_again_once_and_silently(db):
    """ "merge: Undo last" with the whole timeline in view: a change check that saw the app's own
    write said "The database changed", and the timeline was read twice (the undo reads it too)."""
    with Store.open(db) as store:
        app = DealsApp(store)
        notes: list[str] = []
        async with app.run_test(size=(100, 20)) as pilot:
            app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
            screen = await open_whole_timeline(pilot)
            reads: list[None] = []
            read_again = screen._read_again
            screen._read_again = lambda: (reads.append(None), read_again())[1]  # type: ignore[method-assign]
            windows = screen.events
            store.merge_companies(store.find_company("Keep0").id, store.find_company("Keep1").id)
            screen.check_for_changes(windows)  # the 2 s check, started during the write
            await settle(pilot)
            screen.on_screen_resume()  # what the undo does once written (`_merge_undone`)
            await settle(pilot)
            assert not any("database changed" in note for note in notes), notes
            assert len(reads) == 1
