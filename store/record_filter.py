"""Which records a filtered `timeline` or `export` keeps: a date range, kinds and an investor, as SQL.

A date range is inclusive and reads partial dates at their precision: `--from 2024 --to 2024` keeps
a record dated 2024, 2024-05 or 2024-05-03, and a record dated 2024 (a year) is kept by
`--from 2024-06` too, its period overlapping the range. Dates are ISO strings, so the overlap is a
comparison of strings: a record's period ends at its date followed by "~" (after every digit and
"-"), and starts at its date.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .schema import DATE_COLUMN, RECORD_TABLES, TIMELINE_KEY

# Each kind a filter takes: the record type it is, and the clause (if any) picking it among them.
KINDS: dict[str, tuple[str, str | None]] = {
    "round": ("round", None),
    "investment": ("stake", None),
    "partnership": ("partnership", None),
    "acquisition": ("acquisition", None),
    "statement": ("statement", None),
    "metric": ("metric", None),  # every figure, valuations and projections too
    "valuation": ("metric", "metric = 'valuation'"),
    # The article importer writes some revenue as its run rate ("an annualized revenue run-rate of $12M"), as
    # an annual recurring revenue ("ARR of $9M") or as a monthly recurring revenue ("MRR of $2M").
    "revenue": (
        "metric",
        "metric IN ('revenue', 'annualized_revenue_run_rate', 'annual_recurring_revenue', "
        "'monthly_recurring_revenue')",
    ),
    "projection": ("metric", "is_projection"),
}
# What a person may also call a kind (the record type's name, the export's `record_type`).
KIND_ALIASES = {"stake": "investment", "rounds": "round", "investments": "investment"}

# The clause picking the records naming investor `?` (a company id) as backer, buyer or seller (a
# stake it sold is its record too, an exit on its page): as `_PARTIES` in queries.py reads an
# investor's side. Other record types have no investor.
INVESTOR_CLAUSES = {
    "round": """id IN (SELECT ri.round_id FROM round_investors ri JOIN investors i ON i.id = ri.investor_id
                WHERE i.company_id = ?)""",
    "stake": "investor_id IN (SELECT id FROM investors WHERE company_id = ?)",
    "acquisition": "acquirer_id = ?",
}

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class FilterError(ValueError):
    """A filter's value that cannot be read: its message names the option."""


@dataclass(frozen=True)
class RecordFilter:
    """The records kept: dated within `date_from`..`date_to` (partial ISO dates, inclusive), of one of
    `kinds` (KINDS' names; empty: every kind), naming the company `investor_id` as backer, buyer or seller."""

    date_from: str | None = None
    date_to: str | None = None
    kinds: frozenset[str] = frozenset()
    investor_id: int | None = None

    def __bool__(self) -> bool:
        return bool(self.date_from or self.date_to or self.kinds or self.investor_id is not None)

    def keeps_type(self, record_type: str) -> bool:
        """Whether any record of `record_type` can be kept."""
        if self.kinds and not any(KINDS[kind][0] == record_type for kind in self.kinds):
            return False
        return self.investor_id is None or record_type in INVESTOR_CLAUSES

    def clause(self, record_type: str) -> tuple[str, list]:
        """' AND …' and its parameters, on `record_type`'s table unaliased; call only when it
        `keeps_type`."""
        parts: list[str] = []
        params: list = []
        if self.date_from or self.date_to:
            parts.append(_date_clause(record_type, self.date_from, self.date_to, params))
        picked = [KINDS[kind][1] for kind in sorted(self.kinds) if KINDS[kind][0] == record_type]
        if picked and None not in picked:
            parts.append("(" + " OR ".join(f"({sql})" for sql in picked) + ")")
        if self.investor_id is not None:
            parts.append(INVESTOR_CLAUSES[record_type])
            params.append(self.investor_id)
        return "".join(f" AND {part}" for part in parts), params


def overlaps(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    """Whether a record dated `date` (a period: "2024" is the whole year) overlaps `date_from`..`date_to`,
    as `_date_clause` asks SQL: for what is read first and filtered after (co-investors' deals). An
    undated one overlaps only no range at all."""
    if not (date_from or date_to):
        return True
    if not date:
        return False
    return (not date_from or date + "~" >= date_from) and (not date_to or date <= date_to + "~")


def _date_clause(record_type: str, date_from: str | None, date_to: str | None, params: list) -> str:
    """Records whose dated period overlaps `date_from`..`date_to`. The timeline key's bounds (whole
    years, a projection's key "2024~" included) let SQLite read a range of its `*_timeline` index;
    the date's own bounds are the exact overlap."""
    column = DATE_COLUMN.get(record_type, "date")
    key = TIMELINE_KEY[record_type]
    parts = [f"{column} IS NOT NULL"]
    if date_from:
        parts += [f"{key} >= ?", f"{column} || '~' >= ?"]
        params += [date_from[:4], date_from]
    if date_to:
        parts += [f"{key} <= ?", f"{column} <= ?"]
        params += [date_to[:4] + "~", date_to + "~"]
    return " AND ".join(parts)


def parse_date(text: str, option: str) -> str:
    """`text` as a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD) that exists; else FilterError."""
    given = text.strip()
    if not _DATE.fullmatch(given):
        raise FilterError(f"{option}: {text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(part) for part in (given + "-01-01")[:10].split("-"))
    if year < datetime.MINYEAR:  # the calendar starts at year 1: "no such month or day" misled
        raise FilterError(f"{option}: {text!r} is not a date (no year 0000: years start at 0001)")
    try:
        datetime.date(year, month, day)
    except ValueError:
        raise FilterError(f"{option}: {text!r} is not a date (no such month or day)") from None
    return given


def check_range(date_from: str | None, date_to: str | None) -> None:
    """A range that ends before it starts keeps nothing: a mistake said, not an empty export."""
    if date_from and date_to and date_from[: len(date_to)] > date_to:
        raise FilterError(f"--from {date_from} is after --to {date_to}")


def parse_kinds(values: list[str]) -> frozenset[str]:
    """The kinds named by `--kind` values (repeated, or comma lists); FilterError for an unknown one."""
    kinds = set()
    for value in values:
        for word in (part.strip().lower() for part in value.split(",")):
            if not word:
                continue
            kind = KIND_ALIASES.get(word, word)
            if kind not in KINDS:
                raise FilterError(f"--kind: {word!r} is not a kind (one of {', '.join(KINDS)})")
            kinds.add(kind)
    if not kinds:
        raise FilterError(f"--kind: no kind given (one of {', '.join(KINDS)})")
    return frozenset(kinds)


def record_types(record_filter: RecordFilter) -> list[str]:
    """The record types, in RECORD_TABLES' order, of which `record_filter` can keep a record."""
    return [record_type for record_type in RECORD_TABLES if record_filter.keeps_type(record_type)]
