"""A page's one-line header: a name and what is known about it, the name cut short to leave room."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

GAP = "   "
MIN_NAME = 12
"""Cells of a name kept however narrow the line: enough to tell which company it is."""
NAME_FIRST = 24
"""Cells of a name kept before the summary after it is cut: the name is what the line is about."""


def fitted_title(name: str, rest: str, width: int) -> Text:
    """'Name   rest' in `width` cells. The name comes first: up to `NAME_FIRST` cells of it are kept,
    and the summary after it ellipsised to what is left; only a longer name is cut short for the
    summary (a 200-letter name pushed '4 rounds · 8 investors · 1 source' off the screen)."""
    title = Text(name, style="bold")
    if not rest:
        return title
    first = min(cell_len(name), max(NAME_FIRST, MIN_NAME))
    room = max(MIN_NAME, min(first, width), width - cell_len(GAP) - cell_len(rest))
    if cell_len(name) > room:
        title.truncate(room, overflow="ellipsis")
    summary = Text(GAP + rest, style="dim")
    left = width - cell_len(title.plain)
    if cell_len(summary.plain) > left:
        summary.truncate(max(left, 0), overflow="ellipsis")
    title.append_text(summary)
    return title


class TitleLine(Static):
    """The header line of a page. `content` keeps the whole title; only what is drawn is fitted, and
    the tooltip gives the whole name when it is cut short."""

    def __init__(self, name: str, **kwargs) -> None:
        super().__init__(Text(name, style="bold"), markup=False, **kwargs)
        self._title, self._rest = name, ""

    def show(self, name: str, rest: str) -> None:
        """Show `name` (literal text, never markup) followed by `rest`, dimmed."""
        self._title, self._rest = name, rest
        whole = Text(name, style="bold")
        if rest:
            whole.append(GAP + rest, style="dim")
        self.update(whole)
        self._name_tooltip()

    def on_resize(self) -> None:
        self._name_tooltip()

    def _name_tooltip(self) -> None:
        """The whole name as the tooltip while the line shows it cut short."""
        fitted = fitted_title(self._title, self._rest, self.content_size.width)
        # A Text, not a str: Textual's Tooltip reads a str as markup ("Acme [/] Labs" would raise).
        self.tooltip = None if fitted.plain.startswith(self._title) else Text(self._title)

    def render(self) -> Text:
        return fitted_title(self._title, self._rest, self.content_size.width)
