"""A yes/no question, answered with y/n, Enter/Escape or the mouse."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from ..safe_text import clean


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True for yes, False for no; "no" has focus so Enter alone never destroys anything."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes", tooltip="Yes, go ahead"),
        Binding("n", "answer(False)", "No", id="confirm.no", tooltip="No, leave things as they are"),
        Binding(
            "escape",
            "cancel",  # its own action: the footer shows one key per action
            "Cancel",
            key_display="esc",
            id="confirm.cancel",
            tooltip="No, leave things as they are",
        ),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog", classes="dialog"):
            yield Static(Text(clean(self.question)), id="confirm-question", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Yes (y)", id="confirm-yes", variant="warning")
                yield Button("No (n)", id="confirm-no")
        # Its own footer, over the screen's below: that one offered keys (Back, Undo) the question
        # does not take.
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        """Answer the question."""
        self.dismiss(yes)

    def action_cancel(self) -> None:
        """Esc: no."""
        self.dismiss(False)
