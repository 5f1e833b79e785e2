"""A line above the footer: what the screen is showing on the left, how many records are selected on the right."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from ..formatting import plural
from ..safe_text import clean_line


class StatusBar(Widget):
    """Status text plus the app-wide selection count (watched from `DealsApp.selected_count`)."""

    DEFAULT_CSS = """
    StatusBar {
        height: 1;
    }
    """

    message: reactive[str] = reactive("")
    """What the screen shows ("12 results", "Loading…")."""

    selected: reactive[int] = reactive(0)
    """How many records are selected in the whole app."""

    exporting: reactive[str] = reactive("")
    """An export under way ("Exporting… 4,000 of 100,000 records"), shown until it ends."""

    def on_mount(self) -> None:
        if hasattr(self.app, "selected_count"):
            self.watch(self.app, "selected_count", self._selection_changed)
        if hasattr(self.app, "export_progress"):
            self.watch(self.app, "export_progress", self._export_changed)

    def _selection_changed(self, count: int) -> None:
        self.selected = count

    def _export_changed(self, note: str) -> None:
        self.exporting = note

    def render(self) -> Text:
        right = f"{plural(self.selected, 'record')} selected · e export" if self.selected else ""
        right = " · ".join(x for x in (self.exporting, right) if x)
        left = Text(clean_line(self.message), no_wrap=True, overflow="ellipsis")
        width = self.size.width
        left.truncate(max(0, width - len(right) - 1), overflow="ellipsis", pad=True)
        return left + Text(" " + right if right else "", style="bold")
