"""In a plain box (the stylesheet's: a background, padding left and right) the list draws each line
whole, its padding and the app's line filters included, and keeps it so: the same cells, in the same
styles, as Textual's per-line styling (`StylesCache`) draws around `render_line`, which made two more
strips of every new line (a padded one and a filtered one), a third of drawing a year jump's 37 lines
(bench/RESULTS.md §4, session 28). A box it does not draw (a border, a tint, padding above) is left to
Textual as before."""

from __future__ import annotations

import pytest
from rich.style import Style
from rich.text import Text
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle

PLAIN = "VirtualList { background: $surface; padding: 0 1; }"


class Row:
    def __init__(self, label: str) -> None:
        self.label = label


class ListHost(App[None]):
    def __init__(self, rows: list[Row], css: str, *, ansi_color: bool = False) -> None:
        self.CSS = css
        super().__init__(ansi_color=ansi_color)
        self.rows = rows
        self.marked = {"row 2"}

    def compose(self) -> ComposeResult:
        yield VirtualList(self.draw, is_marked=lambda row: row.label in self.marked, id="rows")

    def draw(self, row: Row, styles) -> Text:
        line = Text(row.label, style=styles["header"] if row.label.endswith("0") else "")
        line.append(" dim", style="dim")  # the truecolor filter turns dim into a colour
        line.append(" ansi", style=Style(color="red", bgcolor="blue"))  # and ANSI colours into its own
        return line

    def on_mount(self) -> None:
        self.query_one(VirtualList).set_rows(self.rows)
        self.query_one(VirtualList).focus()


def cells(lines: list[Strip]) -> list[list[tuple[str, object]]]:
    """Each line's characters with their styles: the same drawing, however it is cut in segments."""
    return [[(character, segment.style) for segment in line for character in segment.text] for line in lines]


def textual_s_lines(rows: VirtualList, crop: Region) -> list[Strip]:
    """What Textual's per-line styling draws around the list's `render_line`."""
    rows._styles_cache.clear()
    return Widget.render_lines(rows, crop)


CASES = {
    "scrolled, with its bar": (PLAIN, 60, ("down",) * 14),
    "rows that fit": (PLAIN, 5, ()),
    "no padding": ("VirtualList { background: $panel; }", 60, ("pagedown",)),
    "padding right only": ("VirtualList { padding: 0 3 0 0; }", 60, ()),
    "an empty list": (PLAIN, 0, ()),
}


@pytest.mark.parametrize("ansi_color", [False, True], ids=["truecolor filter", "no filter"])
@pytest.mark.parametrize("case", CASES, ids=list(CASES))
async def test_a_line_drawn_whole_is_what_textual_s_per_line_styling_draws(case, ansi_color):
    css, count, keys = CASES[case]
    app = ListHost([Row(f"row {n}") for n in range(count)], css, ansi_color=ansi_color)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
        await settle(pilot)
        rows = app.query_one(VirtualList)
        assert rows._plain_frame() is not None
        for stale in (False, True):  # dimmed rows: a style of the list's own under every cell
            rows.set_stale(stale)
            for crop in (Region(0, 0, rows.region.width, rows.region.height), Region(3, 2, 20, 5)):
                assert cells(rows.render_lines(crop)) == cells(textual_s_lines(rows, crop))


@pytest.mark.parametrize(
    "css",
    [
        PLAIN + " VirtualList { border: round red; }",
        PLAIN + " VirtualList { padding: 1 1; }",
        PLAIN + " VirtualList { tint: red 20%; }",
        PLAIN + " VirtualList { text-opacity: 50%; }",
    ],
    ids=["border", "padding above", "tint", "text opacity"],
)
async def test_a_box_the_list_does_not_draw_is_left_to_textual(css):
    app = ListHost([Row(f"row {n}") for n in range(60)], css)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        rows = app.query_one(VirtualList)
        assert rows._plain_frame() is None
        crop = Region(0, 0, rows.region.width, rows.region.height)
        assert cells(rows.render_lines(crop)) == cells(textual_s_lines(rows, crop))


async def test_a_page_of_new_rows_makes_one_strip_a_line(monkeypatch):
    """A year jump's 37 new rows made 3 strips each (the list's, Textual's padded copy, its filtered
    copy): 127 strips a jump with the other widgets', now 53 (bench/timeline.py --count)."""
    app = ListHost([Row(f"row {n}") for n in range(200)], PLAIN)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        rows = app.query_one(VirtualList)
        made: list[int] = []
        strip_init = Strip.__init__
        monkeypatch.setattr(Strip, "__init__", lambda self, *args: made.append(1) or strip_init(self, *args))
        rows.move_to(100, at_top=True)  # a screen of rows never drawn, as a year jump shows
        crop = Region(0, 0, rows.region.width, rows.region.height)
        lines = rows.render_lines(crop)
        assert len(made) == rows.size.height
        made.clear()
        assert rows.render_lines(crop) == lines  # drawn again (a step): the lines kept, framed
        assert made == []
