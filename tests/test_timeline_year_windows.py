"""The whole timeline's windows are cut from each year's first event (`window_starts`): the screen a
year jump (`[`, `]`) shows starts a window, read alone, where windows cut every `size` events from
the first made it straddle two most times (1.7 windows read a jump at 100k events: bench/timeline.py)."""

from __future__ import annotations

from ai_deals.store.models import TimelineOutline
from ai_deals.tui.screens.timeline import EventWindows, window_starts


def test_windows_start_at_each_years_first_event_and_every_size_events_after_it():
    assert window_starts([0, 7, 20], 26, 4) == [0, 4, 7, 11, 15, 19, 20, 24]
    assert window_starts([], 0, 4) == []


def test_a_years_first_screen_is_one_window_and_every_event_is_in_exactly_one():
    outline = TimelineOutline(
        keys=["2019-01-02", "2019-05", "2020", "2020-03-01", "2021-07-07", "2021-08"],
        counts=[30, 43, 5, 61, 12, 9],
    )
    windows = EventWindows(outline, 50, lambda _windows: None)
    years, starts = outline.years()
    assert years == ["2019", "2020", "2021"]
    for start in starts:
        number = windows.number_of(start)
        assert windows.bounds(number)[0] == start
        assert windows.number_of(start + min(37, windows.length(number)) - 1) == number
    numbers = [windows.number_of(index) for index in range(len(windows))]
    assert numbers == sorted(numbers) and set(numbers) == set(range(numbers[-1] + 1))
    assert sum(windows.length(number) for number in set(numbers)) == len(windows) == 160
    assert max(windows.length(number) for number in set(numbers)) == 50
