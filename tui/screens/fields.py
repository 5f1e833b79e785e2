"""Tab and Shift+Tab between the fields of a form act as the app reads them (see `tui.bursts`).

Typed in one burst with text, "ab⇥c" gave "abc" to the first field: the app had handed the letters
after Tab to that field before Tab, bubbling up to the app's binding, moved the focus. As priority
bindings they move it as they are read, and the letters after them go to the next field.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.screen import Screen


class FieldsScreen(Screen):
    """Mixed into every screen and dialog with several fields to Tab between (its bindings merge
    with the screen's own). List it LAST among the bases (`class X(ModalScreen[T], FieldsScreen)`):
    Textual takes a screen's CSS types from its first base only, so listed first it hid ModalScreen's
    styles and dialogs were drawn in the top-left corner over a blank screen."""

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
