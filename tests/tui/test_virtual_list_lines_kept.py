"""A step that scrolls the list repaints every line on screen: the lines of rows drawn before are
kept and only the row brought into view (and the cursor's) is drawn again; a row read meanwhile
(another object at its index), a mark changed or the cursor moved is drawn anew."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.strip import Strip

from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle, shown_lines


class Row:
    """A row as the whole timeline's are: an object per index, replaced once its window is read."""

    def __init__(self, label: str) -> None:
        self.label = label


class ListHost(App[None]):
    def __init__(self, rows: list[Row]) -> None:
        super().__init__()
        self.rows = rows
        self.marked: set[str] = set()
        self.drawn: list[str] = []

    def compose(self) -> ComposeResult:
        yield VirtualList(self.draw, is_marked=lambda row: row.label in self.marked, id="rows")

    def draw(self, row: Row, styles) -> Text:
        self.drawn.append(row.label)
        return Text(row.label)

    def on_mount(self) -> None:
        self.query_one(VirtualList).set_rows(self.rows)
        self.query_one(VirtualList).focus()


def count_strips(rows_list: VirtualList, monkeypatch) -> list[int]:
    made: list[int] = []
    strip_of = rows_list._strip
    monkeypatch.setattr(rows_list, "_strip", lambda *args: made.append(1) or strip_of(*args))
    return made


async def test_a_step_that_scrolls_draws_only_the_rows_whose_lines_changed(monkeypatch):
    app = ListHost([Row(f"row {n}") for n in range(500)])
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        rows = app.query_one(VirtualList)
        for _ in range(rows.size.height - 1):  # to the bottom line: the next step scrolls
            await pilot.press("down")
        await settle(pilot)
        made = count_strips(rows, monkeypatch)
        await pilot.press("down")
        await settle(pilot)
        assert int(rows.scroll_offset.y) == 1
        assert len(made) <= 2, made  # the row scrolled into view (the cursor's) and the one it left
        assert shown_lines(rows)[-1].endswith(f"row {rows.size.height}")


async def test_a_row_read_meanwhile_or_marked_is_drawn_anew_without_a_refresh_of_the_rows():
    app = ListHost([Row(f"row {n}") for n in range(50)])
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        rows = app.query_one(VirtualList)
        assert shown_lines(rows)[3].endswith("row 3")
        app.rows[3] = Row("row 3, read")  # the whole timeline's "…" once its window came
        app.marked.add("row 5")
        rows.refresh()
        await settle(pilot)
        lines = shown_lines(rows)
        assert lines[3].endswith("row 3, read")
        assert lines[5].strip().startswith("●") and lines[4].strip().startswith("row 4")


CUT_ROWS = [
    "Zorgaxis Systems … raises €12M (Series A) from “Foo Ventures” — and Bar Capital · 2 sources",
    "Strøbjø Strøsveha Systemer AS valuation: €1.2B",
    "short",
    "中文公司 raises ¥100M from 深圳资本 and others, a row of wide characters",
    "Cafe\u0301 Ltd raises $1M: a combining accent",
]


async def test_a_row_is_cut_and_padded_as_rich_cuts_it_and_one_of_one_cell_characters_quickly(monkeypatch):
    import rich.cells

    app = ListHost([Row(label) for label in CUT_ROWS])
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        rows = app.query_one(VirtualList)
        width, visible = rows.size.width, rows.scrollable_content_region.width
        for y, label in enumerate(CUT_ROWS):
            expected = Text("  " + label)
            expected.truncate(visible, overflow="ellipsis")
            expected.truncate(width, pad=True)
            assert rows.render_line(y).text == expected.plain
        graphemes = []
        split = rich.cells.split_graphemes
        monkeypatch.setattr(rich.cells, "split_graphemes", lambda *args: graphemes.append(1) or split(*args))
        rows.refresh_rows()
        for y in range(2):  # a "…", a "€", quotes and dashes: cut by the string's length
            rows.render_line(y)
        assert graphemes == []


async def test_a_line_is_one_strip_styled_as_the_list_and_the_cursor_are(monkeypatch):
    """A line was a strip, then the same strip with the list's style (`Strip.apply_style`): two strips
    of seven caches each, young objects for the garbage collector to scan (bench/timeline.py)."""
    # Rows that fit: no scroll bar cell at the lines' end (its own test: test_virtual_list_scroll_bar.py).
    app = ListHost([Row(f"row {n}") for n in range(8)])
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        rows = app.query_one(VirtualList)
        rows._strip_cache.clear()  # drawn anew, not the lines the first frame kept
        made: list[int] = []
        strip_init = Strip.__init__
        monkeypatch.setattr(Strip, "__init__", lambda self, *args: made.append(1) or strip_init(self, *args))
        base, cursor_style, _ = rows._line_styles()
        lines = [rows.render_line(0), rows.render_line(1)]  # the cursor's row, then another
        assert len(made) == 2
        monkeypatch.setattr(Strip, "__init__", strip_init)
        width = rows.size.width
        for n, (line, style) in enumerate(zip(lines, (base + cursor_style, base), strict=True)):
            text = Text(f"  row {n}".ljust(width))  # unmarked rows start with two blanks
            as_before = Strip(list(text.render(app.console, end="")), width).apply_style(style)
            assert cells(line) == cells(as_before)


def cells(line: Strip) -> list[tuple[str, object]]:
    """Each character of a line with its style: the same drawing, however it is cut in segments."""
    return [(character, segment.style) for segment in line for character in segment.text]
