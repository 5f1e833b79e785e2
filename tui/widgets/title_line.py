"""A page's one-line header: a name and what is known about it, the name cut short to leave room."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

GAP = "   "
MIN_NAME = 12
"""Cells of a name kept however narrow the line: enough to tell which company it is."""


def fitted_title(name: str, rest: str, width: int) -> Text:
    """'Name   rest' in `width` cells: a name too long for the line is ellipsised, not the rest after it
    (a 200-letter name pushed '4 rounds · 8 investors · 1 source' off the screen)."""
    title = Text(name, style="bold")
    if rest:
        room = max(MIN_NAME, width - cell_len(GAP) - cell_len(rest))
        if cell_len(name) > room:
            title.truncate(room, overflow="ellipsis")
        title.append(GAP + rest, style="dim")
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
        self.tooltip = self._title if fitted.plain != self.content.plain else None

    def render(self) -> Text:
        return fitted_title(self._title, self._rest, self.content_size.width)
