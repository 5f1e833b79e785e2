"""A year jump on the whole timeline costs one repaint, never a window read first nor a garbage
collector's full pass: the windows the next jump shows are read once the cursor's own window came,
and the collector's passes wait for a pause in the keys, bounded if none comes (bench/timeline.py's
worst year jumps)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.store.collector import (
    MOST_KEYS,
    MOST_PENDING,
    PAUSES_PER_FULL_PASS,
    YOUNG_MOST,
    CollectorHeldForKeys,
)
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens import timeline
from ai_deals.tui.screens.timeline import EventWindows, TimelineScreen

from tui_helpers import settle, type_text

ROWS = "kind,company,investors,amount,currency,date,round_type\n" + "".join(
    f"round,Co{n % 9},Fund{n % 4},{(n + 1) * 1e6},USD,{2015 + n // 25}-0{1 + n % 9}-01,Seed\n"
    for n in range(150)
)  # 25 rounds a year, 2015-2020


@pytest.fixture
def store(tmp_path: Path, monkeypatch):
    path = tmp_path / "rounds.csv"
    path.write_text(ROWS, encoding="utf-8")
    assert main(["--db", str(tmp_path / "rounds.db"), "--empty", "import", str(path)]) == 0
    monkeypatch.setattr(TimelineScreen, "window_size", 4)
    # the drawn screen (4 windows of 4) and what the keys from it show: windows cut from each year's
    # first event (`window_starts`) coincide less often than every 4 events from the first did
    monkeypatch.setattr(timeline, "KEPT_WINDOWS", 12)
    with Store.open(tmp_path / "rounds.db") as store:
        yield store


async def open_whole(pilot) -> TimelineScreen:
    await settle(pilot)
    await pilot.press("ctrl+t")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, TimelineScreen) and isinstance(screen.events, EventWindows)
    return screen


async def test_the_next_years_window_is_read_once_a_jump_to_a_window_not_read_yet_has_come(store):
    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await open_whole(pilot)
        await pilot.press("g")
        await settle(pilot)
        await type_text(pilot, "2017")
        await pilot.press("enter")  # a window no key read ahead: drawn once read
        await app.workers.wait_for_complete()
        await settle(pilot)
        year = screen._years.index("2017")
        assert screen.query_one("#events").cursor == screen._year_starts[year]
        await app.workers.wait_for_complete()
        # `]` from here shows 2018's first events: read already, as after a jump to a window read.
        assert screen.events.is_read(screen._year_starts[year + 1])
        assert screen.events.is_read(screen._year_starts[year - 1])


async def test_the_collector_is_off_while_the_cursor_moves_and_back_on_in_the_pause_and_on_leaving(store):
    assert gc.isenabled()
    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        await open_whole(pilot)
        await pilot.press("right_square_bracket")
        assert not gc.isenabled()
        await pilot.press("end")
        await settle(pilot)
        pilot.app.screen._release_collector()  # the pause after End (its timer, without waiting)
        assert gc.isenabled()
        await pilot.press("right_square_bracket")  # past the last year: a key still, not a pause
        assert not gc.isenabled()
        await pilot.press("escape")
        await settle(pilot)
        assert gc.isenabled()


@pytest.fixture
def collector_running():
    """The collector on, as the app runs it; left on whatever a test did."""
    gc.enable()
    yield
    gc.enable()


def test_keys_without_a_pause_still_collect_the_young_objects_they_leave(collector_running):
    held = CollectorHeldForKeys()
    held.hold()
    assert held.holding and not gc.isenabled()
    kept = [[n] for n in range(YOUNG_MOST + 1)]  # what keys left, more than the bound
    assert gc.get_count()[0] > YOUNG_MOST
    held.hold()  # the next key collects them, and holds on
    assert gc.get_count()[0] < YOUNG_MOST and held.holding and not gc.isenabled()
    del kept


def test_many_keys_without_a_pause_collect_even_if_they_left_few_objects(collector_running):
    held = CollectorHeldForKeys()
    passes = []
    gc.callbacks.append(lambda phase, info: phase == "stop" and passes.append(info))
    try:
        for _ in range(MOST_KEYS + 1):
            held.hold()
    finally:
        gc.callbacks.pop()
    assert [info["generation"] for info in passes] == [1]
    assert held.holding and not gc.isenabled()


def test_a_full_pass_runs_on_a_key_when_too_many_young_passes_waited_for_a_pause(collector_running):
    held = CollectorHeldForKeys()
    held.hold()
    for _ in range(MOST_PENDING + 1):
        gc.collect(1)
    held.hold()
    assert gc.get_count()[2] == 0  # the full pass ran


def test_the_pause_runs_the_young_pass_held_and_a_full_one_when_one_is_due(collector_running):
    held = CollectorHeldForKeys()
    held.hold()
    for _ in range(PAUSES_PER_FULL_PASS + 1):  # young passes enough for a full one to be due
        gc.collect(1)
    kept = [[n] for n in range(100)]
    held.release(collect=True)
    assert not held.holding and gc.isenabled()
    assert gc.get_count()[0] < 100 and gc.get_count()[2] == 0  # the young pass, then the full one
    del kept


def test_a_pause_after_few_young_passes_runs_no_full_pass(collector_running):
    """A pause after each key (a person reading) ran a full pass (13-18 ms) every 11 keys."""
    held = CollectorHeldForKeys()
    gc.collect()
    for _ in range(gc.get_threshold()[2] + 1):  # Python's own count for a full pass, in pauses
        held.hold()
        held.release(collect=True)
    assert 0 < gc.get_count()[2] <= PAUSES_PER_FULL_PASS  # young passes ran, no full one


def test_a_collector_found_off_is_left_off_and_leaving_runs_no_pass(collector_running):
    held = CollectorHeldForKeys()
    gc.disable()  # a page read pauses it (`collector_paused`): that pause turns it back on
    held.hold()
    assert not held.holding
    held.release(collect=True)
    assert not gc.isenabled()
    gc.enable()
    held.hold()
    kept = [[n] for n in range(100)]
    held.release(collect=False)  # another screen opens: no pass on that key
    assert gc.isenabled() and gc.get_count()[0] >= 100
    del kept
