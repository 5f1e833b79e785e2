"""The order a company's rounds are read in: on its page, in `show` and beside its timeline.

Dated rounds come by date. An undated round whose type tells its stage (pre-seed, seed, Series A, B…)
comes where that stage falls among the dated ones: an undated article's "previously raised a Series A"
comes before the dated Series B, not above the latest round. An undated round of no known stage (a grant,
a growth round) says nothing of its place: it comes last, "undated".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
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
    stage before the first dated round of a later stage, the other undated ones last.

    Each round's stage is read once and each undated round placed by bisection over the highest stage
    dated so far: linear-logarithmic (a scan per undated round took 44 s for 20,000 dated and 1,000
    undated rounds)."""
    ordered = sorted((r for r in rounds if r.date), key=lambda r: r.date or "")
    highest = list(accumulate((_stage_or(item, -1) for item in ordered), max))
    undated = sorted(((_stage_or(r, _NO_STAGE), r) for r in rounds if not r.date), key=lambda pair: pair[0])
    # before_dated[i]: the undated rounds placed just before the i-th dated one (the last: after them all)
    before_dated: list[list[R]] = [[] for _ in range(len(ordered) + 1)]
    for stage, item in undated:
        place = len(ordered) if stage == _NO_STAGE else bisect_right(highest, stage)
        before_dated[place].append(item)
    placed: list[R] = []
    for waiting, item in zip(before_dated[:-1], ordered, strict=True):
        placed += waiting
        placed.append(item)
    return placed + before_dated[-1]


_NO_STAGE = 99
"""The stage of a round of none, to sort undated ones earliest stage first and those of no stage last."""


def _stage_or(item: _Dated, default: int) -> int:
    stage = round_stage(item.round_type)
    return default if stage is None else stage


def place_dates(ordered: Sequence[R]) -> list[str]:
    """For rounds `in_stage_order`, the date each is placed at, to merge other dated rows with them:
    its own date, or the date of the next dated round after it, or UNDATED_PLACE for the last ones."""
    places: list[str] = []
    following = UNDATED_PLACE
    for item in reversed(ordered):
        following = item.date or following
        places.append(item.date or following)
    return places[::-1]
