"""Turn data strings into `rich.text.Text` that can neither be markup nor reach the terminal raw.

Imported text is hostile: a company called ``[@click=app.quit]Y[/]`` must show those characters, and
an article holding ``ESC ] 52`` (a clipboard write) or a bidi override must not drive the terminal.
`Text(...)` never parses markup; the translation table below swaps every control character for a
visible stand-in so the bytes stay inspectable on screen.
"""

from __future__ import annotations

from rich.style import StyleType
from rich.text import Text

REPLACEMENT = "\ufffd"
"""Shown for C1 controls and bidi overrides, which have no control picture of their own."""

_BIDI_CONTROLS = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]


def _control_table() -> dict[int, str]:
    """Map C0 (to their U+2400 control pictures), DEL, C1 and bidi controls to visible glyphs."""
    table: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\n\t"}
    table[0x7F] = "\u2421"
    table.update({code: REPLACEMENT for code in range(0x80, 0xA0)})
    table.update({code: REPLACEMENT for code in _BIDI_CONTROLS})
    return table


_CONTROLS = _control_table()
_ONE_LINE = {**_CONTROLS, ord("\n"): " ", ord("\t"): " ", 0x2028: " ", 0x2029: " "}


def clean(value: object) -> str:
    """`value` as a string with control characters replaced; newlines and tabs kept."""
    return "" if value is None else str(value).translate(_CONTROLS)


def clean_line(value: object) -> str:
    """`value` as one line: controls replaced, newlines, tabs and line separators become spaces."""
    return "" if value is None else str(value).translate(_ONE_LINE)


def safe_text(value: object, style: StyleType = "") -> Text:
    """A `Text` showing `value` literally (never markup), newlines kept."""
    return Text(clean(value), style=style)


def safe_line(value: object, style: StyleType = "") -> Text:
    """A one-line `Text` showing `value` literally (never markup)."""
    return Text(clean_line(value), style=style, no_wrap=True)
