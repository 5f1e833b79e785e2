"""Highlight a fact's words inside the sentence it came from."""

from __future__ import annotations

import re

from rich.style import StyleType
from rich.text import Text

from .safe_text import clean

_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\d+")


def fact_span(
    sentence: str, start: int | None, end: int | None, source_text: str | None
) -> tuple[int, int] | None:
    """Where the fact's words (`source_text[start:end]`) sit in `sentence`; None when unknown or whole."""
    if source_text is None or start is None or end is None or not 0 <= start < end <= len(source_text):
        return None
    fragment = source_text[start:end].strip()
    position = sentence.find(fragment) if fragment else -1
    if position < 0 or fragment == sentence.strip():
        return None
    return position, position + len(fragment)


def keyword_spans(sentence: str, title: str, date: str = "") -> list[tuple[int, int]]:
    """Fallback: the sentence's words and numbers that also appear in the event's title or year."""
    wanted = {word.casefold() for word in _WORD.findall(title) if len(word) > 2}
    wanted |= set(_NUMBER.findall(title)) | set(_NUMBER.findall(date[:4]))
    return [m.span() for m in _WORD.finditer(sentence) if m.group().casefold() in wanted]


def highlighted_sentence(
    sentence: str,
    spans: list[tuple[int, int]],
    style: StyleType,
) -> Text:
    """The sentence, literal (control characters made visible), with `spans` styled."""
    text = Text(clean(sentence))
    for start, end in spans:
        text.stylize(style, start, end)
    return text
