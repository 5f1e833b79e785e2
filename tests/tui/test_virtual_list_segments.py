"""A line's segments are read straight off its spans when they follow one another (a row's appended
parts): the same cells, in the same styles, as Rich's `Text.render` under the list's style, whose stack
of styles at each span's edge was a third of drawing a line (bench/RESULTS.md §4, session 27)."""

from __future__ import annotations

import pytest
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text

from ai_deals.tui.widgets.virtual_list import _styled_segments

BASE = Style(color="#e0e0e0", bgcolor="#1e1e1e")


def appended() -> Text:
    line = Text()
    line.append("● ", style=Style(color="green"))
    line.append("2015-01-01  ")
    line.append("Strøbjørg AB", style="bold")
    line.append("  raises €49M ", style=Style(italic=True))
    line.append("", style="bold")  # an empty part: no cell
    line.append("(Seed) 🤖 from Fund0", style="#ff8800 on #003054")
    return line


def overlapping() -> Text:
    line = Text("company   Riha Robotik  raised")
    line.stylize("bold", 10, 22)
    line.stylize(Style(color="yellow", underline=True), 10, 12)  # a match inside the name
    return line


def unsorted() -> Text:
    return Text("abc def ghi", spans=[Span(8, 11, "bold"), Span(0, 3, "italic")])


def empty_span_after_a_gap() -> Text:
    """A company page's row: its last part empty, after blanks no part styles."""
    return Text(
        "2026-02-27  valuation   $730B      post-money", spans=[Span(0, 10, "bold"), Span(44, 44, "italic")]
    )


def with_own_style() -> Text:
    return Text.assemble(("name", "bold"), " rest", style="dim")


@pytest.mark.parametrize(
    "make", [appended, overlapping, unsorted, empty_span_after_a_gap, with_own_style, Text]
)
def test_a_line_s_segments_draw_what_rich_s_render_draws(make):
    console = Console(width=80, color_system="truecolor")
    line = make()
    rich_drawn = list(Segment.apply_style(line.render(console, end=""), BASE))
    drawn = _styled_segments(line, BASE, console)
    assert cells(drawn) == cells(rich_drawn)
    if line.plain:
        assert all(segment.text for segment in drawn), "no empty segment (Textual warns of them)"


def cells(segments: list[Segment]) -> list[tuple[str, Style | None]]:
    return [(character, segment.style) for segment in segments for character in segment.text]


def test_a_row_of_appended_parts_is_not_rendered_by_rich(monkeypatch):
    console = Console(width=80, color_system="truecolor")
    monkeypatch.setattr(Text, "render", lambda *args, **kwargs: pytest.fail("Text.render called"))
    assert (
        "".join(segment.text for segment in _styled_segments(appended(), BASE, console)) == appended().plain
    )
