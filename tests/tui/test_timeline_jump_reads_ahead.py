"""A run of year jumps on the whole timeline reads ahead only what the next jump shows: the screen above
the year jumped to (a page up, the last events of the year left) is read once the keys rest, not on
every jump (a third of a jump's CPU at 100k events: bench/timeline.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens import timeline
from ai_deals.tui.screens.timeline import EventWindows, TimelineScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import open_whole_timeline, rounds_store, settle

ROWS = "kind,company,investors,amount,currency,date,round_type\n" + "".join(
    f"round,Co{n % 9},Fund{n % 4},{(n + 1) * 1e6},USD,{2015 + n // 60}-0{1 + n % 9}-01,Seed\n"
    for n in range(240)
)  # 60 rounds a year, 2015-2018: a year is several screens long


@pytest.fixture
def store(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(TimelineScreen, "window_size", 4)
    monkeypatch.setattr(timeline, "KEPT_WINDOWS", 16)
    with rounds_store(tmp_path, ROWS) as store:
        yield store


async def test_a_year_jump_reads_the_screen_above_it_only_once_the_keys_rest(store):
    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await open_whole_timeline(pilot)
        assert isinstance(screen.events, EventWindows)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        events = screen.query_one("#events", VirtualList)
        year = screen._years.index("2016")
        assert events.cursor == screen._year_starts[year]
        above = events.cursor - events.size.height
        assert screen.events.is_read(screen._year_starts[year + 1])  # what `]` shows next: read at once
        assert not screen.events.is_read(above)
        screen._keys_rested()  # as its timer does, KEY_PAUSE after the last key
        await settle(pilot)
        assert screen.events.is_read(above)
        await pilot.press("pageup")
        await settle(pilot)
        assert "…" not in "".join(line.text for line in map(events.render_line, range(events.size.height)))


async def test_year_jumps_held_after_a_pause_read_no_window_beside_the_keys(store, monkeypatch):
    """Once the keys rest, the nearest years' first screens are read: a held `]` found the next year
    read but read the one after it beside every jump (~2 ms of a worker's CPU a key at 100k events)."""
    monkeypatch.setattr(timeline, "KEPT_WINDOWS", 64)
    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await open_whole_timeline(pilot)
        screen._keys_rested()  # as its timer does, KEY_PAUSE after the opening's last move
        await app.workers.wait_for_complete()
        await settle(pilot)
        reads: list[object] = []
        window = store.timeline_window
        monkeypatch.setattr(store, "timeline_window", lambda *a, **k: reads.append(a) or window(*a, **k))
        events = screen.query_one("#events", VirtualList)
        for year in range(1, len(screen._years)):
            await pilot.press("right_square_bracket")
            assert events.cursor == screen._year_starts[year]
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert reads == []
        assert "…" not in "".join(line.text for line in map(events.render_line, range(events.size.height)))


async def test_the_years_read_ahead_fill_half_the_windows_kept_and_let_none_go(store, monkeypatch):
    """Read while fewer than half the windows kept are: the last window (End at once) and those around
    the cursor stay, and what the keys draw next has room without letting the years go."""
    monkeypatch.setattr(timeline, "KEPT_WINDOWS", 24)
    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await open_whole_timeline(pilot)
        await app.workers.wait_for_complete()
        kept = set(screen.events._windows)  # the opening's (and its pause's, if it came already)
        screen._keys_rested()
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert kept <= set(screen.events._windows)
        assert len(screen.events._windows) == 12, "half the windows kept: the years' first screens"
        assert screen.events.is_read(screen._year_starts[1])


def test_the_years_are_read_ahead_nearest_first_each_way():
    assert list(timeline.nearest_first(2, 5)) == [3, 1, 4, 0]
    assert list(timeline.nearest_first(0, 4)) == [1, 2, 3]
    assert list(timeline.nearest_first(0, 1)) == []
