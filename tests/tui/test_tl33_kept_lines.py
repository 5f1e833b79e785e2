"""The whole timeline keeps the lines it painted: Textual redraws every widget the changed lines'
bounding box meets, so a step asked the list for all its lines; only the cursor's old and new line
(and a row scrolled into view) are drawn again, and what is shown is what a full redraw shows."""

from __future__ import annotations

from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import record_styles_asked, settle


async def open_whole_timeline(pilot) -> VirtualList:
    pilot.app.action_open_timeline()
    await settle(pilot)
    assert isinstance(pilot.app.screen, TimelineScreen)
    return pilot.app.screen.query_one("#events", VirtualList)


def count_lines_drawn(events: VirtualList, monkeypatch) -> list[int]:
    drawn: list[int] = []
    line_of = events._line
    monkeypatch.setattr(events, "_line", lambda y, frame: drawn.append(y) or line_of(y, frame))
    return drawn


def painted(events: VirtualList) -> list[str]:
    """The list's lines as the compositor asks for them (every line at once), left of the scroll bar."""
    width = events.scrollable_content_region.width
    return [line.crop(0, width).text for line in events.render_lines(events.size.region)]


def redrawn(events: VirtualList) -> list[str]:
    """The same lines drawn anew (nothing kept)."""
    events.refresh()
    return painted(events)


async def test_a_step_within_the_screen_draws_only_the_two_lines_the_cursor_left_and_reached(
    app, monkeypatch
):
    async with app.run_test(size=(100, 16)) as pilot:
        events = await open_whole_timeline(pilot)
        assert len(events.rows) > events.size.height  # the list scrolls: a bar cell ends each line
        drawn = count_lines_drawn(events, monkeypatch)
        await pilot.press("down")
        await settle(pilot)
        assert events.cursor == 1
        assert sorted(drawn) == [0, 1], drawn  # not every line of the list (8 lines here)
        shown = painted(events)
        assert shown == redrawn(events)


async def test_a_step_that_scrolls_draws_the_row_brought_into_view_and_keeps_the_others(app, monkeypatch):
    async with app.run_test(size=(100, 16)) as pilot:
        events = await open_whole_timeline(pilot)
        for _ in range(events.size.height - 1):  # to the bottom line: the next step scrolls
            await pilot.press("down")
        await settle(pilot)
        drawn = count_lines_drawn(events, monkeypatch)
        await pilot.press("down")
        await settle(pilot)
        assert int(events.scroll_offset.y) == 1
        # The cursor's old line and its new one (the row scrolled into view), and any line whose
        # scroll bar cell changed as the thumb moved: never every line.
        bottom = events.size.height - 1
        assert {bottom - 1, bottom} <= set(drawn) and len(drawn) < events.size.height, drawn
        shown = painted(events)
        assert shown == redrawn(events)


async def test_marks_changed_while_another_screen_was_shown_are_drawn_once_the_timeline_is_back(app):
    async with app.run_test(size=(100, 16)) as pilot:
        events = await open_whole_timeline(pilot)
        await pilot.press("down")
        await settle(pilot)
        first_line = painted(events)[1]
        assert "●" not in first_line[:3]  # unmarked
        event = app.screen.current
        await pilot.press("enter")  # the event's company page
        await settle(pilot)
        assert not isinstance(app.screen, TimelineScreen)
        app.toggle_selection(event.ref, event.company, event.also, timeline_event=True)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert painted(events)[1].lstrip().startswith("● ")


def cursor_look(events: VirtualList) -> tuple[object, ...]:
    """The colours and weight of the cursor line's first cell of text (left of it: the list's padding)."""
    line = events.render_lines(events.size.region)[events.cursor - int(events.scroll_offset.y)]
    style = next(segment.style for segment in line if segment.text.strip())
    return style.color, style.bgcolor, style.bold, style.reverse


def look_of(style) -> tuple[object, ...]:
    return style.color, style.bgcolor, style.bold, style.reverse


async def test_steps_do_not_ask_the_styles_for_the_cursors_but_a_focus_change_shows_in_it(app, monkeypatch):
    async with app.run_test(size=(100, 16)) as pilot:
        events = await open_whole_timeline(pilot)
        asked, component_style = record_styles_asked(events, monkeypatch)
        for _ in range(3):
            await pilot.press("down")
        await settle(pilot)
        assert "virtual-list--cursor" not in asked  # kept until the styles change, not asked each paint
        focused_style = component_style("virtual-list--cursor", partial=True)
        focused = cursor_look(events)
        app.screen.set_focus(None)
        await settle(pilot)
        blurred_style = component_style("virtual-list--cursor", partial=True)
        assert look_of(blurred_style) != look_of(focused_style)  # the theme draws them apart
        unfocused = cursor_look(events)
        assert unfocused != focused
        assert all(
            mine == theirs for mine, theirs in zip(unfocused, look_of(blurred_style), strict=True) if theirs
        )
        events.focus()
        await settle(pilot)
        assert cursor_look(events) == focused


async def test_a_list_that_keeps_no_paint_remembers_no_rows_to_paint_however_far_its_cursor_moves(app):
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        results = app.screen.query_one("#results", VirtualList)
        assert len(results.rows) > 2
        for key in ["down", "down", "up", "end", "home"]:
            await pilot.press(key)
        await settle(pilot)
        assert results._rows_to_paint == set()  # only the timeline's list clears them at its paint
