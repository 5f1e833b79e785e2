"""`g` on the timeline: a year, month or day typed, the first event on or after it highlighted on the
top line; the whole timeline answers from its outline, reading no event on the UI thread."""

from __future__ import annotations

import threading

import pytest
from test_timeline_year_at_top import open_timeline, store  # noqa: F401 (the `store` fixture)
from textual.widgets import Input, Static

from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.jump_date import JumpDateScreen, parse_jump_date
from ai_deals.tui.screens.timeline import EventWindows, TimelineScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle, shown, type_text


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        ("2024", "2024"),
        ("2024-03", "2024-03"),
        ("2024-3-5", "2024-03-05"),
        (" 2024/03/05 ", "2024-03-05"),
        ("march 2024", "2024-03"),
        ("15/03/2024", "2024-03-15"),
    ],
)
def test_a_year_month_or_day_typed_is_read_as_a_timeline_date(typed, date):
    assert parse_jump_date(typed) == date


@pytest.mark.parametrize("typed", ["", "24", "2024-13", "2023-02-29", "2024-03-05x", "soon"])
def test_what_is_no_date_is_refused(typed):
    with pytest.raises(ValueError, match="is not a date"):
        parse_jump_date(typed)


async def jump(pilot, typed: str) -> None:
    await pilot.press("g")
    await settle(pilot)
    assert isinstance(pilot.app.screen, JumpDateScreen)
    await type_text(pilot, typed)
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await settle(pilot)


@pytest.mark.parametrize("whole", [False, True], ids=["one company", "whole"])
async def test_g_jumps_to_the_first_event_on_or_after_the_date_typed(store, whole):  # noqa: F811
    app = DealsApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline(pilot, store, whole)
        events = screen.query_one("#events", VirtualList)
        await jump(pilot, "2017-03")
        assert isinstance(app.screen, TimelineScreen)
        here = events.cursor
        assert screen.current.date >= "2017-03" and screen.current.date.startswith("2017-03")
        assert screen.events[here - 1].date < "2017-03", "the event before it is earlier"
        assert int(events.scroll_offset.y) == here, "on the top line"
        assert shown(app, "StatusBar").startswith("First event on or after 2017-03")


async def test_the_whole_timeline_jumps_from_its_outline_reading_no_event_on_the_ui_thread(store):  # noqa: F811
    app = DealsApp(store)
    ui_thread = threading.get_ident()
    read_on_ui_thread = []
    window = store.timeline_window

    def watched_window(*args, **kwargs):
        if threading.get_ident() == ui_thread:
            read_on_ui_thread.append(args)
        return window(*args, **kwargs)

    store.timeline_window = watched_window
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline(pilot, store, whole=True)
        assert isinstance(screen.events, EventWindows)
        await jump(pilot, "2019")
        assert screen.current.date.startswith("2019")
    assert read_on_ui_thread == []


async def test_a_date_after_the_last_event_is_said_and_the_cursor_stays(store):  # noqa: F811
    app = DealsApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline(pilot, store, whole=False)
        before = screen.query_one("#events", VirtualList).cursor
        await jump(pilot, "2031")
        assert screen.query_one("#events", VirtualList).cursor == before
        assert shown(app, "StatusBar").startswith("No event on or after 2031: the last is of 2019")


async def test_no_date_typed_keeps_the_dialog_open_saying_what_to_type_and_esc_leaves_it(store):  # noqa: F811
    app = DealsApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline(pilot, store, whole=False)
        before = screen.query_one("#events", VirtualList).cursor
        await jump(pilot, "2017-13")
        assert isinstance(app.screen, JumpDateScreen)
        hint = str(app.screen.query_one("#jump-hint", Static).render())
        assert (
            hint
            == "'2017-13' is not a date (no such date). Type a year (2024), a month (2024-03) or a day (2024-03-15)."
        )
        assert app.screen.query_one("#jump-date", Input).value == "2017-13"
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen and screen.query_one("#events", VirtualList).cursor == before


async def test_g_is_named_by_the_status_line_and_the_help(store):  # noqa: F811
    from ai_deals.tui.screens.help import HelpScreen

    app = DealsApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline(pilot, store, whole=False)
        assert shown(app, "StatusBar").rstrip().endswith("· g date")
        assert "g goes to a date" in screen.help_text
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert "Jump to the first event on or after a year, month or day typed" in " ".join(
            str(row) for row in app.screen.rows
        )
