"""Which source to open, on a row several sources tell (a raise two articles report)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from .company_rows import SourceChoice


def choice_prompt(choice: SourceChoice) -> Text:
    """Who said it, then the sentence it was said in (dimmed): plain text, never markup."""
    prompt = Text(choice.label or "source", style="bold")
    if choice.sentence:
        prompt.append("\n")
        prompt.append(choice.sentence, style="dim")
    return prompt


class SourcePickScreen(ModalScreen[SourceChoice | None]):
    """Dismisses with the source chosen (Enter, or a click), None on Esc."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", key_display="esc", id="pick.cancel", tooltip="Open no source"),
    ]

    def __init__(self, choices: Sequence[SourceChoice], title: str = "") -> None:
        super().__init__()
        self.choices = list(choices)
        self.title_words = title or f"Told by {len(self.choices)} sources: open which one?"
        """What the list is (a co-investor's rounds shared), else one figure's sources."""

    def compose(self) -> ComposeResult:
        with Vertical(id="pick-dialog", classes="dialog"):
            yield Static(self.title_words, classes="dialog-title", markup=False)
            yield OptionList(*self._options(), id="pick-sources")
        yield Footer(compact=True)

    def _options(self) -> list[Option | None]:
        """One option per source, a rule between two (each may take several lines)."""
        options: list[Option | None] = []
        for index, choice in enumerate(self.choices):
            options += [None] if options else []
            options.append(Option(choice_prompt(choice), id=str(index)))
        return options

    def on_mount(self) -> None:
        sources = self.query_one("#pick-sources", OptionList)
        sources.highlighted = 0
        sources.focus()

    @on(OptionList.OptionSelected, "#pick-sources")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[int(event.option.id or 0)])

    def action_cancel(self) -> None:
        """Esc: stay on the page."""
        self.dismiss(None)
