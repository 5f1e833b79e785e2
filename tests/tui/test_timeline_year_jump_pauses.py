"""A year jump on the whole timeline costs one repaint, never a window read first nor a garbage
collector's full pass: the windows the next jump shows are read once the cursor's own window came,
and the full passes wait for a pause in the keys (bench/timeline.py's worst year jumps)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.store.collector import FULL_PASSES_HELD, HeldFullPasses
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


async def test_full_collector_passes_wait_while_the_cursor_moves_and_come_back_on_leaving(store):
    before = gc.get_threshold()
    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        await open_whole(pilot)
        await pilot.press("right_square_bracket")
        assert gc.get_threshold()[2] == FULL_PASSES_HELD
        assert gc.get_threshold()[:2] == before[:2]  # the young generations are still collected
        await pilot.press("end")
        await settle(pilot)
        pilot.app.screen._release_full_passes()  # the pause after End (its timer, without waiting)
        assert gc.get_threshold() == before
        await pilot.press("right_square_bracket")  # past the last year: a key still, not a pause
        assert gc.get_threshold()[2] == FULL_PASSES_HELD
        await pilot.press("escape")
        await settle(pilot)
        assert gc.get_threshold() == before


def test_a_held_full_pass_runs_in_the_pause_when_one_is_due():
    before = gc.get_threshold()
    held = HeldFullPasses()
    held.hold()
    assert held.holding and gc.get_threshold() == (*before[:2], FULL_PASSES_HELD)
    for _ in range(before[2] + 1):  # young-generation passes enough for a full one to be due
        gc.collect(1)
    assert gc.get_count()[2] > before[2]
    held.release(collect=True)
    assert not held.holding and gc.get_threshold() == before
    assert gc.get_count()[2] == 0  # the full pass ran
