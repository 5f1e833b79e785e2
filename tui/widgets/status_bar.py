"""A line above the footer: what the screen is showing on the left, how many records are selected on the right."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from ..formatting import events_selected
from ..safe_text import clean_line

CHECKING_NOTE = "Checking what to export… (esc cancels)"
"""Said while the keys typed after `e` wait for a check that takes long (a store locked by a write)."""


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

    checking: reactive[bool] = reactive(False)
    """Keys wait for a slow check before the export dialog opens (`BurstKeys.keys_wait_for_worker`)."""

    events: reactive[int | None] = reactive(None)
    """How many events (rows) the selected records were picked as (`DealsApp.selected_events`)."""

    def on_mount(self) -> None:
        if hasattr(self.app, "selected_count"):
            self.watch(self.app, "selected_count", self._selection_changed)
        if hasattr(self.app, "selected_events"):
            self.watch(self.app, "selected_events", self._events_changed)
        if hasattr(self.app, "export_progress"):
            self.watch(self.app, "export_progress", self._export_changed)
        if hasattr(self.app, "keys_wait_for_worker"):
            self.watch(self.app, "keys_wait_for_worker", self._checking_changed)

    def _selection_changed(self, count: int) -> None:
        self.selected = count

    def _events_changed(self, events: int | None) -> None:
        self.events = events

    def _export_changed(self, note: str) -> None:
        self.exporting = note

    def _checking_changed(self, checking: bool) -> None:
        self.checking = checking

    def render(self) -> Text:
        message = clean_line(self.message)
        width = self.size.width
        right = next(
            (shown for shown in self._right_sides() if cell_len(message) + 1 + cell_len(shown) <= width),
            self._right_sides()[-1],
        )
        left = Text(message, no_wrap=True, overflow="ellipsis")
        left.truncate(max(0, width - cell_len(right) - 1), overflow="ellipsis", pad=True)
        return left + Text(" " + right if right else "", style="bold")

    def _right_sides(self) -> list[str]:
        """The selection count, from its longest wording ("3 records selected · e export · x clear") to
        its shortest ("3 records selected · x clear", then without its hints): the screen's message is the point ("Correcting this round: ctrl+s saves · esc
        cancels" was cut to "esc cance…" beside "104 records selected · e export"), so the count gives
        up its words first."""
        waiting = [CHECKING_NOTE] if self.checking else []
        if not self.selected:
            return [" · ".join(x for x in (*waiting, self.exporting) if x)]
        export_key = getattr(self.screen, "export_key", "e")
        selected = events_selected(self.events or 0, self.selected)
        shortest = [f"{self.selected:,} selected"]
        if self.events is not None and 0 < self.events < self.selected:
            # A raise's other sources come with its event: both counts, so 31 records for 19 events
            # picked reads as what it is (qa50), not as 31 deals; the events first, as what was picked
            # (qa54): "19 events selected (31 records)", beside a timeline's long message too.
            shortest.insert(0, f"{self.events:,} events ({self.selected:,} records)")
        count = f"{selected} · {export_key} export"
        counts = [
            # `x` is not in the footer (its room at 80 columns is Help's); not where a text box takes
            # the letters typed (the search screen exports with ctrl+e for that reason). Short of room,
            # `e export` goes first: the footer names `e` (the timeline's "… · g date" beside "12 records
            # selected · e export" had no room left for `x clear` at 80 columns).
            *([f"{count} · x clear", f"{selected} · x clear"] if export_key == "e" else []),
            count,
            selected,
            *shortest,
        ]
        return [" · ".join(x for x in (*waiting, self.exporting, count) if x) for count in counts]
