"""The order a company's rounds are read in: on its page, in `show` and beside its timeline.

Dated rounds come by date. An undated round whose type tells its stage (pre-seed, seed, Series A, B…)
comes where that stage falls among the dated ones: an undated article's "previously raised a Series A"
comes before the dated Series B, not above the latest round. An undated round of no known stage (a grant,
a growth round) says nothing of its place: it comes last, "undated".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from .formatting import round_kind

UNDATED_PLACE = "~"
"""The place-date of an undated round with no stage to place it: after every date ("~" sorts after digits)."""

_SERIES_RE = re.compile(r"series ([a-z])")


class _Dated(Protocol):
    date: str | None
    round_type: str | None


R = TypeVar("R", bound=_Dated)


def round_stage(round_type: str | None) -> int | None:
    """Where a round type comes in a company's life (pre-seed, seed, Series A, B…); None for others
    (a grant, a growth round, debt), which say nothing of the order."""
    kind = round_kind(round_type)
    if kind in ("pre-seed", "seed"):
        return ("pre-seed", "seed").index(kind)
    match = _SERIES_RE.match(kind or "")
    return 2 + ord(match.group(1)) - ord("a") if match else None


def in_stage_order(rounds: Sequence[R]) -> list[R]:
    """`rounds` dated ones by date (their given order kept among equal dates), each undated one of a known
    stage before the first dated round of a later stage, the other undated ones last."""
    ordered = sorted((r for r in rounds if r.date), key=lambda r: r.date or "")
    undated = sorted((r for r in rounds if not r.date), key=_stage_or_last)
    for item in undated:
        ordered.insert(_place_of(ordered, round_stage(item.round_type)), item)
    return ordered


def _stage_or_last(item: _Dated) -> int:
    """An undated round's stage, for placing them earliest first; those of no stage last."""
    stage = round_stage(item.round_type)
    return 99 if stage is None else stage


def _place_of(ordered: list[R], stage: int | None) -> int:
    """Where an undated round of `stage` goes in `ordered`: before the first dated round of a later
    stage; at the end when none is later or its stage is unknown."""
    if stage is not None:
        for index, item in enumerate(ordered):
            later = round_stage(item.round_type)
            if item.date and later is not None and later > stage:
                return index
    return len(ordered)


def place_dates(ordered: Sequence[R]) -> list[str]:
    """For rounds `in_stage_order`, the date each is placed at, to merge other dated rows with them:
    its own date, or the date of the next dated round after it, or UNDATED_PLACE for the last ones."""
    places: list[str] = []
    following = UNDATED_PLACE
    for item in reversed(ordered):
        following = item.date or following
        places.append(item.date or following)
    return places[::-1]
