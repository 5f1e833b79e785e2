"""The whole timeline read a window at a time (a million events opened in a fraction of a second, in
bounded memory): every key works on events not read yet, and shows what reading them all would."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens import timeline
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.export import ExportScreen
from ai_deals.tui.screens.timeline import EventWindows, TimelineScreen, render_event
from ai_deals.tui.widgets.status_bar import StatusBar
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import burst, settle, shown_lines

# 150 events over six years, many on one date (ties across windows), of four record types.
ROWS = "kind,company,investors,amount,currency,date,round_type,metric,unit\n" + "".join(
    f"round,Co{n % 9},Fund{n % 4},{(n + 1) * 1e6},USD,{2015 + n % 6}-0{1 + n % 3}-01,Seed,,\n"
    f"investment,Co{n % 5},Angel{n % 3},{(n + 2) * 1e5},EUR,{2015 + n % 6}-0{1 + n % 3}-01,,,\n"
    f"projection,Co{n % 4},,{n + 10},,{2015 + n % 6},,employees,employees\n"
    for n in range(50)
)
SIZE = 4  # events a window: the 150 events are read in 38 windows, 8 of them kept at a time


@pytest.fixture
def store(tmp_path: Path, monkeypatch):
    path = tmp_path / "many.csv"
    path.write_text(ROWS, encoding="utf-8")
    assert main(["--db", str(tmp_path / "many.db"), "--empty", "import", str(path)]) == 0
    monkeypatch.setattr(TimelineScreen, "window_size", SIZE)
    monkeypatch.setattr(timeline, "KEPT_WINDOWS", 8)  # a screenful of windows and the next
    with Store.open(tmp_path / "many.db") as store:
        yield store


@pytest.fixture
def whole(store):
    """Every event as `Store.timeline()` reads them at once (what the windows must show)."""
    return store.timeline()


async def open_whole_timeline(pilot, store, monkeypatch) -> TimelineScreen:
    reads = []
    timeline_of = store.timeline
    monkeypatch.setattr(
        store, "timeline", lambda company_id=None: reads.append(company_id) or timeline_of(company_id)
    )
    await settle(pilot)
    await pilot.press("ctrl+t")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, TimelineScreen) and isinstance(screen.events, EventWindows)
    assert None not in reads, "the whole timeline is never read at once"
    return screen


def index(screen: TimelineScreen) -> int:
    return screen.query_one("#events", VirtualList).cursor


async def test_every_move_key_walks_the_whole_timeline_read_a_window_at_a_time(store, whole, monkeypatch):
    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await open_whole_timeline(pilot, store, monkeypatch)
        events = screen.query_one("#events", VirtualList)
        status = screen.query_one(StatusBar).message
        assert status == f"{len(whole)} events · all companies, 2015–2020 · g date"

        async def at(expected: int) -> None:
            await settle(pilot)
            assert index(screen) == expected and screen.current == whole[expected]
            top = int(events.scroll_offset.y)
            styles = events._styles()
            drawn = [line[2:] for line in shown_lines(events)]  # past the selection mark's room
            assert drawn == [
                render_event(event, styles).plain.rstrip() for event in whole[top : top + events.size.height]
            ]

        await at(0)
        for step in range(1, 10):  # one event at a time, over windows' edges
            await pilot.press("j")
            await at(step)
        await pilot.press("k")
        await at(8)
        page = events.size.height - 1
        await pilot.press("pagedown")
        await at(8 + page)
        await pilot.press("pagedown", "pagedown")
        await at(8 + 3 * page)
        await pilot.press("pageup")
        await at(8 + 2 * page)
        await pilot.press("end")
        await at(len(whole) - 1)
        await pilot.press("home")
        await at(0)
        starts = [i for i, event in enumerate(whole) if i == 0 or event.date[:4] != whole[i - 1].date[:4]]
        for start in starts[1:]:
            await pilot.press("right_square_bracket")
            await at(start)
        await pilot.press("right_square_bracket")
        assert screen.query_one(StatusBar).message == "Last year: 2020"
        for start in reversed(starts[:-1]):
            await pilot.press("left_square_bracket")
            await at(start)
        await pilot.press("end", "k", "k")
        await at(len(whole) - 3)
        assert len(screen.events._windows) <= 8, "windows let go past KEPT_WINDOWS"


async def test_keys_pressed_on_events_still_being_read_act_on_them_once_they_are(store, whole, monkeypatch):
    import threading

    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await open_whole_timeline(pilot, store, monkeypatch)
        gate = threading.Event()
        window = store.timeline_window
        monkeypatch.setattr(store, "timeline_window", lambda *a, **k: gate.wait(10) and window(*a, **k))
        burst(app, *["pagedown"] * 4, "enter")  # past the windows read with the first frame
        for _ in range(5):
            await pilot.pause()
        assert app.screen is screen and screen.current is None, "its window is still being read"
        assert shown_lines(screen.query_one("#events", VirtualList))[-1].strip() == "…"
        gate.set()
        await settle(pilot, 6)
        assert isinstance(app.screen, CompanyScreen)
        assert index(screen) == 4 * (screen.query_one("#events", VirtualList).size.height - 1)
        assert app.screen.page.company.name == whole[index(screen)].company


async def test_f_on_the_whole_timeline_filters_to_the_events_company_and_back_to_the_same_event(
    store, whole, monkeypatch
):
    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await open_whole_timeline(pilot, store, monkeypatch)
        await pilot.press("pagedown", "pagedown", "j")
        await settle(pilot)
        left = index(screen)
        event = whole[left]
        await pilot.press("f")
        await settle(pilot)
        assert screen.crumb == f"Timeline · {event.company}"
        assert screen.current == event and not isinstance(screen.events, EventWindows)
        await pilot.press("end")  # far from the windows kept: the event's index is asked of the store
        await settle(pilot)
        back = screen.current
        await pilot.press("f")
        await settle(pilot)
        assert screen.crumb == "Timeline" and isinstance(screen.events, EventWindows)
        assert screen.current == back and index(screen) == whole.index(back)
        events = screen.query_one("#events", VirtualList)
        top = int(events.scroll_offset.y)
        assert top <= index(screen) < top + events.size.height, "the event is in view, not the list's top"


async def test_the_whole_timeline_lets_go_of_its_events_once_closed(store, monkeypatch):
    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await open_whole_timeline(pilot, store, monkeypatch)
        await pilot.press("end")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is not screen
        assert len(screen.events) == 0 and not screen._loaded


async def test_e_on_the_whole_timeline_exports_every_event(store, whole, monkeypatch, tmp_path):
    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await open_whole_timeline(pilot, store, monkeypatch)
        refs, label = screen.export_scope()
        assert label == "timeline" and len(refs) == len(whole)
        assert list(refs) == [event.ref for event in whole]


async def test_f_back_from_a_company_whose_events_fit_on_screen_shows_the_event_far_down_the_whole_list(
    store, whole, monkeypatch
):
    """The company's list needed no scrollbar; the whole list, set after it, refused to scroll until
    laid out again: the event was highlighted out of view, the list stayed at its top (1.2M events)."""
    app = DealsApp(store)
    async with app.run_test(size=(100, 50)) as pilot:
        screen = await open_whole_timeline(pilot, store, monkeypatch)
        await pilot.press("end", "f")  # the last event's company; its last event is in a window kept
        await settle(pilot)
        events = screen.query_one("#events", VirtualList)
        assert len(screen.events) < events.size.height, "the company's events fit on screen"
        await pilot.press("end")
        await settle(pilot)
        back = screen.current
        await pilot.press("f")
        await settle(pilot)
        assert index(screen) == whole.index(back) > events.size.height
        top = int(events.scroll_offset.y)
        assert top <= index(screen) < top + events.size.height, "the event is in view, not the list's top"


async def test_windows_read_while_a_company_is_shown_are_drawn_once_f_comes_back(store, whole, monkeypatch):
    """Windows asked for on the whole timeline and read after `f` showed one company's events were
    dropped while still counted as asked: back on the whole timeline, their rows stayed "…"."""
    import threading

    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await open_whole_timeline(pilot, store, monkeypatch)
        gate = threading.Event()
        window = store.timeline_window
        monkeypatch.setattr(store, "timeline_window", lambda *a, **k: gate.wait(10) and window(*a, **k))
        await pilot.press("end")  # the last window is read; those above it, on screen too, are asked for
        await pilot.pause()
        events = screen.query_one("#events", VirtualList)
        assert "…" in [line.strip() for line in shown_lines(events)]
        await pilot.press("f")
        for _ in range(100):  # its windows still being read: no `settle`, which would wait for them
            await pilot.pause(0.02)
            if not isinstance(screen.events, EventWindows):
                break
        assert screen.crumb == f"Timeline · {whole[-1].company}" and screen.current == whole[-1]
        gate.set()
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert screen.crumb == "Timeline" and index(screen) == len(whole) - 1
        top = int(events.scroll_offset.y)
        drawn = [line[2:] for line in shown_lines(events)]
        styles = events._styles()
        assert drawn == [
            render_event(event, styles).plain.rstrip() for event in whole[top : top + events.size.height]
        ]


async def test_e_on_the_whole_timeline_opens_the_dialog_counting_its_events_without_reading_them(
    store, whole, monkeypatch, tmp_path
):
    """On a million events the dialog took 12-31 s to appear, each time 0.6 GB more: every event was
    read as a record to check none was gone. Counted now, as another process left the timeline."""
    app = DealsApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_whole_timeline(pilot, store, monkeypatch)
        more = tmp_path / "more.csv"
        more.write_text("kind,company,investors,amount,currency,date\ninvestment,Co1,Late,1e6,USD,2024\n")
        assert main(["--db", str(store.path), "import", str(more)]) == 0  # another process writes
        read = []
        monkeypatch.setattr(store, "timeline_refs", lambda: read.append("refs") or [])
        monkeypatch.setattr(store, "review_statuses", lambda refs: read.append("statuses") or {})
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert read == []
        assert len(app.screen.refs) == len(whole) + 1
        title = app.screen.query_one(".dialog-title", Static).render()
        assert str(title).startswith(f"Export {len(whole) + 1} records")
