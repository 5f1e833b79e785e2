"""mend28c in the explorer: a failed read of a deal file's next rows (the source removed from another
shell while its view is open) is said on one line and forgotten: ↓/End read again, never "loading" for ever."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from test_qhfixB28_app import CROWD, PAGE, ROWS, label, open_crowd_rows, status
from textual.worker import get_current_worker

from ai_deals.store import StoreError, queries
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens import timeline
from ai_deals.tui.screens.source import SourceScreen
from ai_deals.tui.screens.timeline import EventWindows, TimelineScreen

from tui_helpers import open_whole_timeline, press_settled, rounds_store, settle


@pytest.fixture
def crowd(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(queries, "FOCUS_ROWS_PAGE", PAGE)
    with rounds_store(tmp_path, CROWD) as store:
        yield store


async def test_a_failed_page_read_of_the_rows_is_said_and_a_later_end_reads_again(crowd, monkeypatch):
    app = DealsApp(crowd)
    async with app.run_test(size=(160, 30)) as pilot:
        screen = await open_crowd_rows(pilot, crowd)
        read_source = crowd.source

        def removed(*args, **kwargs):
            raise StoreError("source 1 no longer exists")

        monkeypatch.setattr(crowd, "source", removed)
        await press_settled(pilot, "end")
        if not isinstance(app.screen, SourceScreen):  # the error modal, closed
            await press_settled(pilot, "escape")
        assert app.screen is screen
        assert screen._move_when_rows_read is None
        said = status(app)
        assert f"Could not read the rows after row {PAGE}: source 1 no longer exists" in said
        assert "Reading the rows" not in said and "\n" not in said
        # The store answers again: End reads the next page, it is not taken for a read under way.
        monkeypatch.setattr(crowd, "source", read_source)
        await press_settled(pilot, "end")
        assert label(screen).startswith(f"Row {2 * PAGE}/{ROWS}")


YEARS = "kind,company,investors,amount,currency,date,round_type\n" + "".join(
    f"round,Co{n % 9},Fund{n % 4},{(n + 1) * 1e6},USD,{2015 + n // 20}-0{1 + n % 9}-01,Seed\n"
    for n in range(240)
)  # 20 rounds a year, 2015-2026: a dozen years whose first screens the read-ahead reads once the keys rest


@pytest.fixture
def years(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(TimelineScreen, "window_size", 4)
    monkeypatch.setattr(timeline, "KEPT_WINDOWS", 64)
    with rounds_store(tmp_path, YEARS) as store:
        yield store


async def rest_and_block_the_read_ahead(
    pilot, store, monkeypatch
) -> tuple[TimelineScreen, list, threading.Event]:
    """The whole timeline with its keys rested, its read-ahead worker held inside its first window's read."""
    screen = await open_whole_timeline(pilot)
    reads: list[object] = []
    reading, go_on = threading.Event(), threading.Event()
    window = store.timeline_window

    def held_read(*args, **kwargs):
        reads.append(get_current_worker())
        reading.set()
        go_on.wait(10)
        return window(*args, **kwargs)

    monkeypatch.setattr(store, "timeline_window", held_read)
    screen._keys_rested()  # as its timer does, KEY_PAUSE after the last key
    rested = screen._rested_reads
    assert rested is not None
    await asyncio.to_thread(reading.wait, 10)
    return screen, reads, go_on


async def test_a_key_cancels_the_read_ahead_of_the_rested_keys_and_its_windows_are_wanted_again(
    years, monkeypatch
):
    app = DealsApp(years)
    async with app.run_test(size=(100, 20)) as pilot:
        screen, reads, go_on = await rest_and_block_the_read_ahead(pilot, years, monkeypatch)
        rested = screen._rested_reads
        await pilot.press("down")  # keys resume: the read-ahead stops after the window it is reading
        go_on.set()
        await settle(pilot)
        assert rested.is_cancelled
        assert [worker for worker in reads if worker is rested] == [rested]
        windows = screen.events
        assert isinstance(windows, EventWindows)
        assert not [number for number in range(len(windows._window_starts)) if windows.is_asked(number)]


async def test_the_read_ahead_stops_once_the_timeline_closes(years, monkeypatch):
    app = DealsApp(years)
    async with app.run_test(size=(100, 20)) as pilot:
        screen, reads, go_on = await rest_and_block_the_read_ahead(pilot, years, monkeypatch)
        rested = screen._rested_reads
        app.pop_screen()
        await pilot.pause()
        go_on.set()
        await settle(pilot)
        assert rested.is_cancelled
        assert [worker for worker in reads if worker is rested] == [rested]
