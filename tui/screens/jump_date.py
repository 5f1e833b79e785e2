"""The timeline's `g`: a date typed (a year, a month or a day) to jump to."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static

from ai_deals.importers.reading import normalise_date

from ..safe_text import clean_line

DATE_FORMS = "a year (2024), a month (2024-03) or a day (2024-03-15)"


def parse_jump_date(text: str) -> str:
    """`text` as a timeline date at its precision ("2024", "2024-03", "2024-03-05"), zero-padded as
    stored so that it compares with the events' dates: read as an article's or a deal file's date is
    (`normalise_date`, "March 2024" too). Raises ValueError saying why when it is no such date."""
    return normalise_date(text, partial=True)


class JumpDateScreen(ModalScreen[str | None]):
    """Dismisses with the date typed (as `parse_jump_date` gives it), None on Esc."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "cancel", "Cancel", key_display="esc", id="jump.cancel", tooltip="Stay where you are"
        ),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="jump-dialog", classes="dialog"):
            yield Static("Go to the first event on or after:", classes="dialog-title", markup=False)
            yield Input(placeholder="2024, 2024-03 or 2024-03-15", id="jump-date")
            yield Static(Text(f"Type {DATE_FORMS}; Enter jumps."), id="jump-hint", classes="dialog-hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#jump-date", Input).focus()

    @on(Input.Submitted, "#jump-date")
    def _submitted(self, event: Input.Submitted) -> None:
        try:
            when = parse_jump_date(event.value)
        except ValueError as error:  # it names the text and why ("no such date")
            hint = f"{clean_line(str(error))}. Type {DATE_FORMS}."
            self.query_one("#jump-hint", Static).update(Text(hint))
            return
        self.dismiss(when)

    def action_cancel(self) -> None:
        """Esc: no jump."""
        self.dismiss(None)
