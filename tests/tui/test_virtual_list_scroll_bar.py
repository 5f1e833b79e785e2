"""The list draws its own scroll bar, in the last cell of the lines it draws: Textual's vertical scroll
bar (a widget of its own) is hidden, whose one-cell lines a year jump made anew, 37 strips and their
garbage a key (bench/RESULTS.md §4, session 27). It looks and answers the mouse as Textual's did: the
thumb moves with the rows shown, a press above or below it scrolls a page, dragging it scrolls."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.scrollbar import ScrollBar

from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle

SIZE = (40, 12)


class ListHost(App[None]):
    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def compose(self) -> ComposeResult:
        yield VirtualList(lambda row, styles: Text(row), id="rows")

    def on_mount(self) -> None:
        self.query_one(VirtualList).set_rows([f"row {n}" for n in range(self.count)])
        self.query_one(VirtualList).focus()


def thumb_lines(rows: VirtualList) -> list[int]:
    """The screen lines whose last cell is the thumb (drawn reversed, or an eighth-of-a-cell end)."""
    thumb = []
    for y in range(rows.size.height):
        last = list(rows.render_line(y))[-1]
        if last.text[-1] in "▁▂▃▄▅▆▇" or (last.text[-1] == " " and last.style and last.style.reverse):
            thumb.append(y)
    return thumb


def bar_column(rows: VirtualList) -> int:
    return rows.region.width - 1


async def test_the_list_shows_no_textual_scroll_bar_and_draws_a_thumb_that_follows_the_cursor():
    app = ListHost(500)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = app.query_one(VirtualList)
        widget, _ = app.screen.get_widget_at(bar_column(rows), 3)
        assert widget is rows and not isinstance(widget, ScrollBar)
        assert all(len(rows.render_line(y).text) == rows.size.width for y in range(rows.size.height))
        assert thumb_lines(rows) == [0]
        await pilot.press("end")
        await settle(pilot)
        assert thumb_lines(rows)[-1] == rows.size.height - 1
        await pilot.press("home", *["pagedown"] * 20)
        await settle(pilot)
        middle = thumb_lines(rows)
        assert middle and 0 < middle[0] and middle[-1] < rows.size.height - 1


async def test_rows_that_fit_draw_no_scroll_bar_cell():
    app = ListHost(5)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = app.query_one(VirtualList)
        assert thumb_lines(rows) == []
        assert rows.render_line(0).text.rstrip() == "row 0"
        assert rows.scrollable_content_region.width == rows.size.width


async def test_a_click_in_the_bar_column_scrolls_a_page_and_leaves_the_cursor():
    app = ListHost(500)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = app.query_one(VirtualList)
        await pilot.click(rows, offset=(bar_column(rows), 8))  # below the thumb: a page down
        await pilot.wait_for_scheduled_animations()
        await settle(pilot)
        assert int(rows.scroll_offset.y) == rows.size.height
        assert rows.cursor == 0
        rows.scroll_to(y=250, animate=False)  # the thumb mid-way down
        await settle(pilot)
        await pilot.click(rows, offset=(bar_column(rows), 0))  # above it: a page up
        await pilot.wait_for_scheduled_animations()
        await settle(pilot)
        assert int(rows.scroll_offset.y) == 250 - rows.size.height
        assert rows.cursor == 0


async def test_dragging_the_thumb_scrolls_the_rows_it_stands_for():
    app = ListHost(500)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = app.query_one(VirtualList)
        column = bar_column(rows)
        await pilot.mouse_down(rows, offset=(column, 0))
        await pilot.hover(rows, offset=(column, 3))  # three cells down: three cells' worth of rows
        await pilot.mouse_up(rows, offset=(column, 3))
        await settle(pilot)
        rows_a_cell = 500 / rows.size.height
        assert int(rows.scroll_offset.y) == int(3 * rows_a_cell)
        assert thumb_lines(rows)[0] >= 2
        assert rows.cursor == 0


async def test_the_bar_lights_up_under_the_mouse_as_textual_s_did():
    app = ListHost(500)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = app.query_one(VirtualList)

        def thumb_colour() -> object:
            return list(rows.render_line(0))[-1].style.color

        resting = thumb_colour()
        await pilot.hover(rows, offset=(bar_column(rows), 5))
        await settle(pilot)
        assert thumb_colour() != resting
        assert thumb_colour().triplet == rows.styles.scrollbar_color_hover.rich_color.triplet
        await pilot.hover(rows, offset=(0, 5))  # back over the rows
        await settle(pilot)
        assert thumb_colour() == resting
