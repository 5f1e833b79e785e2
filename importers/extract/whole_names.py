"""Names read whole: a known name inside a longer word is no mention of it. "Meta" is not named in "Employees of
Metaculus", nor "Arm" in "SoftBank, through its Armada unit": finding names with `str.find`, `in`,
`startswith` or `endswith` filed a deal under the wrong company. Pure text helpers, imported by the rules
that look names up in a sentence (stake_purchases.py, secondary_sales.py, facts.py, entities.py)."""

from __future__ import annotations

import re


def _whole_name_re(name: str) -> re.Pattern[str]:
    """`name` as a whole name: not a piece of a longer word ("Meta" in "Metaculus", "Arm" in "Armada")."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def named_at(text: str, name: str, position: int) -> bool:
    """Whether `name` is named whole right at `position` of `text`."""
    return text.startswith(name, position) and _whole_name_re(name).match(text, position) is not None


def find_name(text: str, name: str, start: int = 0) -> int:
    """Where `text` first names `name` whole from `start` on (like `str.find`, -1 when it does not): a name
    inside a longer word ("Meta" in "Metaculus") is no mention of it."""
    if name not in text:  # the common case, without a regular expression
        return -1
    found = _whole_name_re(name).search(text, start)
    return found.start() if found else -1


def name_starts(text: str, name: str) -> list[int]:
    """Where `text` names `name` whole, in order."""
    if name not in text:
        return []
    return [found.start() for found in _whole_name_re(name).finditer(text)]


def rfind_name(text: str, name: str) -> int:
    """Where `text` last names `name` whole (like `str.rfind`, -1 when it does not)."""
    return max(name_starts(text, name), default=-1)


def is_named(text: str, name: str) -> bool:
    """Whether `text` names `name` whole, not as a piece of a longer word."""
    return find_name(text, name) >= 0
