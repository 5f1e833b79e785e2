"""Keys typed in one burst on a screen with several fields: each goes where it was typed.

A terminal hands the app every key of a burst (a fast typist, a paste, tmux's send-keys) at once, and
the app gives each one to the widget focused when it *reads* it, not when the one before has been
handled. A key that moves the focus or opens a dialog therefore has to act as it is read: "ab⇥c" gave
"abc" to the first field, and "⏎y" typed "y" into the field whose Enter opened a confirmation.
`FieldsScreen` makes Tab and Shift+Tab priority bindings (they move the focus as they are read), and
`DealsApp` holds the keys read after Enter in a field until the field's `Submitted` has been handled
(Enter may open a dialog, which then gets them), and the keys read while a screen opens until its
first field has the focus.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.screen import Screen


class FieldsScreen(Screen):
    """Mixed into every screen and dialog with several fields to Tab between (its bindings merge
    with the screen's own)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "tab",
            "app.focus_next",
            "Next field",
            id="fields.next",
            tooltip="Move to the next field",
            show=False,
            priority=True,
        ),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "Previous field",
            id="fields.previous",
            tooltip="Move to the previous field",
            show=False,
            priority=True,
        ),
    ]

    def on_input_submitted(self) -> None:
        """Enter in a field has been handled (the screen's own handlers run first): the app replays
        the keys typed after it, to the dialog Enter opened if it opened one."""
        field_submitted = getattr(self.app, "field_submitted", None)  # a test's host app has none
        if field_submitted is not None:
            self.app.call_later(field_submitted)
