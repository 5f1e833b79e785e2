"""The review screen's edit form: correct a fact's company, investor, amount, currency, bound and date.

Validation is `FactEdit`'s (the store's model), so the form and `ai-deals` agree on what is valid; a
refused value keeps the form open with the reason shown under it. Only the fields a person changed
are sent, so an untouched field never overwrites what the importer read.
"""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import ValidationError
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from ai_deals.store.models import Record
from ai_deals.store.review import EDITABLE_COLUMNS, FactEdit

from ..formatting import compact_number
from ..safe_text import clean_line

FIELDS = ("company", "investor", "amount", "currency", "bound", "date")
_SUFFIXES = {"": 1.0, "k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12}
_AMOUNT_INPUT = re.compile(r"(?P<number>\d+(?:[.,]\d+)?(?:e\d{1,2})?)(?P<suffix>k|m|bn|b|t)?", re.IGNORECASE)
_THOUSANDS = str.maketrans("", "", " _'\u00a0\u202f")


class FormError(ValueError):
    """A value the form cannot read, with the message to show."""


def parse_amount(text: str) -> float | None:
    """'50B', '1.7b', '900M', '1,7B', '13000000000', '5e9' -> a number; '' -> None."""
    compact = text.translate(_THOUSANDS)
    if not compact:
        return None
    match = _AMOUNT_INPUT.fullmatch(compact)
    if match is None:
        raise FormError("amount: write a number such as 50B, 1.7B, 900M or 13000000000")
    return float(match.group("number").replace(",", ".")) * _SUFFIXES[(match.group("suffix") or "").lower()]


def editable_fields(record: Record) -> set[str]:
    """The form fields this kind of record can take: its table's columns, the company, a stake's investor."""
    fields = {"company", *EDITABLE_COLUMNS.get(record.record_type, {})}
    return fields | {"investor"} if record.record_type == "stake" else fields


def initial_values(record: Record) -> dict[str, str]:
    """The record's current values as the form shows them ("50B" rather than 50000000000.0)."""
    amount = getattr(record, "amount", None)
    if amount is None:
        amount = getattr(record, "value", None)
    date = getattr(record, "date", None) or getattr(record, "since", None)
    values = {
        "company": record.company,
        "investor": getattr(record, "investor", None),
        "amount": compact_number(amount) if amount is not None else None,
        "currency": getattr(record, "currency", None),
        "bound": getattr(record, "bound", None),
        "date": date,
    }
    return {name: clean_line(value) if value is not None else "" for name, value in values.items()}


def build_edit(initial: dict[str, str], entered: dict[str, str]) -> FactEdit | None:
    """The changes between `initial` and `entered` as a validated FactEdit; None when nothing changed.

    Raises FormError with a one-line message when a value is refused.
    """
    changed = {
        name: value.strip() for name, value in entered.items() if value.strip() != initial.get(name, "")
    }
    changed = {name: value for name, value in changed.items() if value}
    if not changed:
        return None
    values: dict[str, object] = dict(changed)
    if "amount" in changed:
        values["amount"] = parse_amount(changed["amount"])
    try:
        return FactEdit(**values)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise FormError(f"{field}: {first['msg'].removeprefix('Value error, ')}") from None


class FactEditScreen(ModalScreen[FactEdit | None]):
    """Dismisses with the validated changes, or None when cancelled or nothing changed."""

    DEFAULT_CSS = """
    FactEditScreen .edit-row {
        height: 1;
    }
    FactEditScreen .edit-label {
        width: 10;
    }
    FactEditScreen .edit-row Input {
        width: 1fr;
    }
    FactEditScreen #edit-error {
        height: auto;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "cancel", "Cancel", id="edit.cancel", tooltip="Close the form without changing the fact"
        ),
        Binding("ctrl+s", "save", "Save", id="edit.save", tooltip="Save the corrections"),
    ]

    def __init__(self, record: Record) -> None:
        super().__init__()
        self.record = record
        self.initial = initial_values(record)
        self.allowed = editable_fields(record)

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-dialog", classes="dialog"):
            title = Text(f"Correct this {self.record.record_type}", style="bold")
            yield Static(title, classes="dialog-title", markup=False)
            for name in FIELDS:
                with Horizontal(classes="edit-row"):
                    yield Label(name, classes="edit-label", markup=False)
                    yield Input(
                        self.initial[name],
                        id=f"edit-{name}",
                        compact=True,
                        disabled=name not in self.allowed,
                        tooltip=None
                        if name in self.allowed
                        else f"a {self.record.record_type} has no {name}",
                    )
            yield Static("", id="edit-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", id="edit-save", variant="primary", compact=True)
                yield Button("Cancel", id="edit-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#edit-company", Input).focus()

    def entered(self) -> dict[str, str]:
        """What the form holds now, for the fields this record can take."""
        return {name: self.query_one(f"#edit-{name}", Input).value for name in FIELDS if name in self.allowed}

    def action_save(self) -> None:
        """Validate; close with the changes, or show why not and stay open."""
        try:
            changes = build_edit(self.initial, self.entered())
        except FormError as error:
            self.query_one("#edit-error", Static).update(Text(clean_line(error), style="bold"))
            return
        self.dismiss(changes)

    def action_cancel(self) -> None:
        """Close without changes."""
        self.dismiss(None)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#edit-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#edit-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
