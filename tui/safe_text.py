"""Turn data strings into `rich.text.Text` that can neither be markup nor reach the terminal raw.

Imported text is hostile: a company called ``[@click=app.quit]Y[/]`` must show those characters, and
an article holding ``ESC ] 52`` (a clipboard write) or a bidi override must not drive the terminal.
`Text(...)` never parses markup; `clean` swaps every control character for a visible stand-in so the
bytes stay inspectable on screen (the rule lives in `store.formatting`, which Markdown exports share).
"""

from __future__ import annotations

from rich.style import StyleType
from rich.text import Text

from ai_deals.store.formatting import REPLACEMENT, clean, clean_line

__all__ = ["REPLACEMENT", "clean", "clean_line", "safe_line", "safe_text"]


def safe_text(value: object, style: StyleType = "") -> Text:
    """A `Text` showing `value` literally (never markup), newlines kept."""
    return Text(clean(value), style=style)


def safe_line(value: object, style: StyleType = "") -> Text:
    """A one-line `Text` showing `value` literally (never markup)."""
    return Text(clean_line(value), style=style, no_wrap=True)
