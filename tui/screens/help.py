"""Every binding of the screen underneath (focused widget, screen and app), with what it does."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.actions import parse as parse_action
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

KeyRow = tuple[str, str, str]
"""(keys, description, tooltip)"""


def refused(node: DOMNode, binding: Binding) -> bool:
    """The node's `check_action` says no to the binding (as the footer hides it): a review on a
    read-only database refuses y, n, Enter and u, so Help does not list them either."""
    destination, name, parameters = parse_action(binding.action)
    if destination:  # "app.focus_next" and the like: another node's action, not asked here
        return False
    return node.check_action(name, parameters) is False


def chain_bindings(screen: Screen) -> list[tuple[str, Binding]]:
    """(key, binding) that really acts on `screen`, one per key, ours (they carry an id) listed first.

    Textual's `active_bindings` lets a focused Input's "scroll up" hide the screen's "move up", although
    the Input skips that action (it cannot scroll); here a scroll binding gives way to a later one.
    """
    candidates: dict[str, list[Binding]] = {}
    for node, bindings in screen._modal_binding_chain:  # focused widget, its ancestors, screen, app
        for key, binding in bindings:
            if not binding.system and not refused(node, binding):
                candidates.setdefault(key, []).append(binding)
    chosen = {key: _acting(found) for key, found in candidates.items()}
    return sorted(chosen.items(), key=lambda item: item[1].id is None)


def _acting(found: list[Binding]) -> Binding:
    """Which of a key's bindings (focused widget first) acts: a priority one before any other, as
    Textual checks them (the search screen's ctrl+e exports; the box's "ctrl+e: go to end" never acts),
    then the first not a scroll the widget cannot do."""
    return next(
        (b for b in found if b.priority),
        next((b for b in found if b.id or not b.action.startswith("scroll_")), found[0]),
    )


def key_rows(screen: Screen, key_display: Callable[[Binding], str]) -> list[KeyRow]:
    """One row per action, its keys joined ("↑/k"), ours first in the order they were found."""
    grouped: dict[tuple[str, str], list[str]] = {}
    tooltips: dict[tuple[str, str], str] = {}
    for key, binding in chain_bindings(screen):
        group = (binding.action, binding.description)
        keys = grouped.setdefault(group, [])
        shown = key_display(binding.with_key(key))
        if shown not in keys:
            keys.append(shown)
        tooltips[group] = binding.tooltip
    return [("/".join(keys), group[1] or group[0], tooltips[group]) for group, keys in grouped.items()]


def keys_table(rows: list[KeyRow]) -> Table:
    """A borderless two-column table of keys and what they do (all cells literal Text)."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
    table.add_column("keys", style="bold", no_wrap=True)
    table.add_column("what")
    for keys, description, tooltip in rows:
        what = Text(description, style="bold")
        if tooltip:
            what.append(f"  {tooltip}", style="dim")
        table.add_row(Text(keys), what)
    return table


# Rows of the help dialog around its scrolling part: border 2, padding 2, title and its margin 2, closing line 1.
_CHROME = 7


class HelpScreen(ModalScreen[None]):
    """The keys of the screen it was opened from."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark", "close", "Close", id="help.close", tooltip="Close the help"),
    ]

    def __init__(self, title: str, intro: str, rows: list[KeyRow]) -> None:
        super().__init__()
        self.title_text = title
        self.intro = intro
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            yield Static(
                Text(f"Keys · {self.title_text}", style="bold"), classes="dialog-title", markup=False
            )
            with VerticalScroll(id="help-keys"):
                if self.intro:
                    yield Static(Text(self.intro), id="help-intro", markup=False)
                yield Static(keys_table(self.rows), markup=False)
            yield Static(Text("Escape closes · ctrl+p opens the command palette", style="dim"), markup=False)

    def on_mount(self) -> None:
        self._fit()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        """Let the scrolling part fill the dialog's 90% of the screen, less its border, padding, title
        and closing line, so nothing is cut off below what scrolls (End then reaches the last key)."""
        self.query_one("#help-keys").styles.max_height = max(3, int(self.size.height * 0.9) - _CHROME)

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
