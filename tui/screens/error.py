"""A modal that reports a failed store call in one line; closing it leaves the app where it was."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..safe_text import clean


def error_message(error: BaseException) -> str:
    """The error in one line: the message of our own errors, the type name for anything else."""
    text = " ".join(str(error).split()) or type(error).__name__
    module = type(error).__module__
    return text if module.startswith("ai_deals") else f"{type(error).__name__}: {text}"


class ErrorScreen(ModalScreen[None]):
    """Shows what failed; Enter or Escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter", "close", "Close", id="error.close", tooltip="Close this message"),
    ]

    def __init__(self, message: str, title: str = "Something went wrong") -> None:
        super().__init__()
        self.message = message
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(id="error-dialog", classes="dialog"):
            yield Static(Text(self.title_text, style="bold"), classes="dialog-title", markup=False)
            yield Static(Text(clean(self.message)), id="error-message", markup=False)
            yield Button("OK", id="error-ok", variant="error")

    def on_mount(self) -> None:
        self.query_one("#error-ok", Button).focus()

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        """Close the message."""
        self.dismiss(None)
