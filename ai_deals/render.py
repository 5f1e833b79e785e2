"""Human output of the CLI: rich tables whose cells are Text, so data is never read as markup."""

from __future__ import annotations

import errno
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import IO

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ai_deals.importers.models import NOT_RAISED_YET
from ai_deals.store.formatting import (
    basis_label,
    computed_note,
    dates_nest,
    format_amount,
    format_share,
    investor_label,
    metric_label,
    plural,
    portfolio_type_label,
    round_label,
    round_roles,
    status_label,
    status_words,
)
from ai_deals.store.models import (
    Acquisition,
    CoInvestor,
    CompanyPage,
    Conflict,
    Evidence,
    Metric,
    Overview,
    Record,
    RecordRef,
    Round,
    SearchHit,
    SourceSummary,
    Stake,
    TimelineEvent,
    TimelineOutline,
)
from ai_deals.store.money_raised import (
    cumulative_note,
    cumulative_stakes,
    raise_status_words,
    raised_text,
    record_status_label,
    total_to_date_notes,
    tranche_terms,
)
from ai_deals.store.same_partnership import until_words
from ai_deals.store.same_raise import dated_on_or_before, investor_part
from ai_deals.store.same_stake import round_investor_names
from ai_deals.tui.formatting import date_label, on_or_before
from ai_deals.tui.safe_text import clean


def visible(text: str | None) -> str:
    """`text` with terminal control characters shown as placeholders (the TUI's rule, shared)."""
    return clean(text)


FILE_WIDTH = 100_000
"""The width output to a file or a pipe is drawn at: every line whole. At the 80 columns Rich
assumes there, `show X > file` cut each source's URL to `https://news.…`, every row the same."""


class StdoutConsole(Console):
    """A console on standard output. A pipe closed early (`show X | head -1` read what it wanted)
    is raised as the BrokenPipeError the command line ends on quietly, with 0 (`cli.main`): Rich's
    own `on_broken_pipe` exits with 1 first."""

    def on_broken_pipe(self) -> None:
        self.quiet = True  # nothing more is written: the pipe is gone
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))


def stdout_console() -> Console:
    """The console of standard output: a terminal's width, where a cell's long word (a URL) is
    folded onto the next lines, never cut; a file or a pipe at `FILE_WIDTH` (unless COLUMNS says
    a width), so nothing there is wrapped or cut."""
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return StdoutConsole()
    return StdoutConsole(width=FILE_WIDTH)


def cell(value: object) -> Text:
    return Text(visible("" if value is None else str(value)))


def table(title: str, columns: list[str], rows: list[list[object]]) -> Table:
    result = Table(title=Text(visible(title)), title_justify="left", show_lines=False)
    for column in columns:
        # A word longer than its column (a URL, the traceable part of a source) is folded onto
        # the next lines whole, not cut short with an ellipsis.
        result.add_column(column, overflow="fold")
    for row in rows:
        result.add_row(*(cell(value) for value in row))
    return result


BIG_TABLE = 200
"""Rows past which `print_table` draws a table itself, a chunk of lines at a time: Rich measures and
renders every cell of a table before printing its first line (5,000 rows took 9 s; `show` of an
investor in 15,000 rounds, 30 s)."""
CHUNK = 500
"""Rows drawn and printed at a time: the first lines reach a pager at once."""


def print_table(console: Console, title: str, columns: list[str], rows: list[list[object]]) -> None:
    """A table as `table` draws it (Rich's heavy-head box), streamed when it has many rows."""
    if len(rows) <= BIG_TABLE:
        console.print(table(title, columns, rows))
        return
    cells = [[visible("" if value is None else str(value)) for value in row] for row in rows]
    natural = [max([cell_len(name), *(cell_len(row[i]) for row in cells)]) for i, name in enumerate(columns)]
    print_big_table(
        console,
        title,
        columns,
        natural,
        (cells[start : start + CHUNK] for start in range(0, len(cells), CHUNK)),
    )


def table_widths(console: Console, natural: list[int]) -> list[int]:
    """The widths `print_table` draws columns of these `natural` widths (their widest cells) at."""
    return fit_widths(natural, console.width - 3 * len(natural) - 1)


def print_big_table(
    console: Console, title: str, columns: list[str], natural: list[int], chunks: Iterable[list[list[str]]]
) -> None:
    """A table as `print_table` draws one of many rows, its rows (`visible` cells) coming in `chunks`
    and printed as they come; `natural`: each column's widest cell, its header's included."""
    widths = table_widths(console, natural)
    span = sum(widths) + 3 * len(columns) + 1
    for line in wrap(visible(title), span):
        console.print(Text(line, style="table.title"), crop=False, soft_wrap=True)
    console.out("┏" + "┳".join("━" * (w + 2) for w in widths) + "┓", highlight=False)
    for line in _row_lines(list(columns), widths, "┃", bottom=True):
        console.print(Text(line, style="table.header"), crop=False, soft_wrap=True)
    console.out("┡" + "╇".join("━" * (w + 2) for w in widths) + "┩", highlight=False)
    for chunk in chunks:
        lines = [line for row in chunk for line in _row_lines(row, widths, "│")]
        # Plain lines (cells are `visible` text, never styled): straight to the file, as Rich would
        # write them after turning each line back into a `Text` (a third of the time, measured).
        console.file.write("\n".join(lines) + "\n")
    console.out("└" + "┴".join("─" * (w + 2) for w in widths) + "┘", highlight=False)


def fit_widths(widths: list[int], room: int) -> list[int]:
    """Column widths narrowed to `room` cells in all as Rich narrows a table too wide for the
    terminal: the widest columns down to the next widest, in turn; then, if they are all as wide,
    every column evenly."""
    padded = [width + 2 for width in widths]  # Rich narrows widths with their padding
    room += 2 * len(widths)
    excess = sum(padded) - room
    while excess > 0:
        widest = max(padded)
        column_difference = widest - max((w for w in padded if w != widest), default=0)
        if not column_difference:
            break
        ratios = [1 if w == widest else 0 for w in padded]
        padded = _ratio_reduce(excess, ratios, [min(excess, column_difference)] * len(padded), padded)
        excess = sum(padded) - room
    if excess > 0:
        padded = _ratio_reduce(excess, [1] * len(padded), padded, padded)
    return [max(width - 2, 0) for width in padded]


def _ratio_reduce(total: int, ratios: list[int], maximums: list[int], values: list[int]) -> list[int]:
    """`values` less `total` shared in proportion to `ratios`, none by more than its maximum (Rich's
    own rule, so a big table wraps as a small one would)."""
    ratios = [ratio if maximum else 0 for ratio, maximum in zip(ratios, maximums, strict=True)]
    total_ratio, remaining, result = sum(ratios), total, []
    for ratio, maximum, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            distributed = min(maximum, round(ratio * remaining / total_ratio))
            result.append(value - distributed)
            remaining -= distributed
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def wrap(value: str, width: int) -> list[str]:
    """`value` cut into lines of at most `width` cells at spaces; a word longer than a line (a URL)
    is folded onto lines of its own. What Rich does to a table cell, without its `Text.wrap`
    (~100 µs a cell) but for the rare cell holding such a word."""
    lines: list[str] = []
    for paragraph in value.split("\n"):
        line = ""
        for word in re.split(r"(?<= )", paragraph):
            if cell_len((line + word).rstrip()) <= width:
                line += word
                continue
            # Only a word that does not fit can be too long for a line: measured here, not up front.
            if any(cell_len(part) > width for part in word.split()):
                return _folded(value, width)
            if line.strip():
                lines.append(line.rstrip())
            line = word.rstrip() + " "
        lines.append(line.rstrip())
    return lines


def _folded(value: str, width: int) -> list[str]:
    """`value` wrapped as a table cell whose long words are folded (`table`'s columns): by Rich."""
    console = Console(file=io.StringIO(), width=max(width, 1))
    lines = Text(value).wrap(console, max(width, 1), overflow="fold")
    return [line.plain.rstrip() for line in lines]


def _row_lines(row: list[str], widths: list[int], bar: str, *, bottom: bool = False) -> list[str]:
    """One table row as lines of text: each cell wrapped to its column, padded, between bars; at
    the top of the row, or at its `bottom` (a header's, as Rich aligns them)."""
    parts = []
    for value, width in zip(row, widths, strict=True):
        lines = [value] if "\n" not in value and cell_len(value) <= width else wrap(value, width)
        parts.append([line + " " * (width - cell_len(line)) for line in lines] or [" " * width])
    height = max(len(part) for part in parts)
    filled = [
        [" " * width] * (height - len(part)) + part if bottom else part + [" " * width] * (height - len(part))
        for part, width in zip(parts, widths, strict=True)
    ]
    return [f"{bar} " + f" {bar} ".join(part[n] for part in filled) + f" {bar}" for n in range(height)]


def print_overview(console: Console, overview: Overview) -> None:
    """The database's path, then one row per table counted: readable in any width."""
    console.print(Text(f"ai-deals database: {visible(overview.path)}"))
    counts = table("What is in the store", ["table", "rows"], [])
    counts.columns[1].justify = "right"
    for name in Overview.COUNTED:
        counts.add_row(Text(name), Text(f"{getattr(overview, name):,}"))
    console.print(counts)


def print_hits(console: Console, hits: list[SearchHit]) -> None:
    rows = [
        [h.name, h.hit_type, h.matched if h.matched != h.name else "", f"{h.score:.0f}", h.summary]
        for h in hits
    ]
    console.print(table("Search results", ["name", "type", "matched alias", "score", "summary"], rows))


def _sector_and_description(sector: str | None, description: str | None) -> str:
    """The company's sector then its description, the sector left out when the description already opens on
    it ("AI coding start-up", not "AI · AI coding start-up")."""
    if sector and description and re.match(rf"{re.escape(sector)}\b", description, re.IGNORECASE):
        sector = None
    return " · ".join(p for p in (sector, description) if p)


def print_company(console: Console, page: CompanyPage, edits: Edits | None = None) -> None:
    """The company's page as tables; `edits` (`Store.edited_fields`) says which cells of an edited
    record a person changed, marked `(edited)`."""
    c = page.company
    edits = edits or {}
    place = ", ".join(p for p in (c.city, c.country) if p)
    console.print(Text(visible(f"{c.name}  ({place})" if place else c.name), style="bold"))
    if c.description or c.sector:
        console.print(Text(visible(_sector_and_description(c.sector, c.description))))
    if c.aliases:
        console.print(Text("also known as: " + visible("; ".join(c.aliases))))
    if (
        page.raised or page.raised_conditional or page.raised_ceiling
    ):  # as its search result and page header say it (money_raised.py)
        console.print(Text(raised_text(page.raised, page.raised_conditional, page.raised_ceiling)))
    for note in total_to_date_notes(page):  # told beside money raised, never in it
        console.print(Text(note))
    for stake in cumulative_stakes(page.investors):
        console.print(Text(visible(cumulative_note(stake))))
    money = format_amount
    sections = [
        (
            "Rounds",
            ["date", "round", "amount", "valuation", "investors", "sources"],
            [
                [
                    edited_row(_round_date(r), r, edits, _ROUND_CELLS),
                    edited(round_label(r.round_type) if r.round_type else "", r, edits, "round_type"),
                    edited(money(r.amount, r.currency, r.bound, r.amount_max) + _talks(r), r, edits, *FIGURE),
                    _valuation(r, page.metrics),
                    edited(_investors_with_parts(r, page.investors), r, edits, "investor_names"),
                    plural(r.source_count, "source"),
                ]
                for r in page.rounds
            ],
        ),
        (
            "Rounds in tranches",
            ["date", "round", "tranche", "amount", "condition"],
            [
                [
                    tranche.date or r.date,  # its own ("$13 million in June 2024"), else the round's
                    round_label(r.round_type) if r.round_type else "",
                    tranche.label or f"tranche {tranche.seq}",
                    money(tranche.amount, tranche.currency, tranche.bound)
                    + computed_note(tranche, r.amount, r.currency),
                    tranche.condition,
                ]
                for r in page.rounds
                for tranche in r.tranches
            ]
            + [
                [r.date, round_label(r.round_type) if r.round_type else "", "", "", r.condition]
                for r in page.rounds
                if r.condition and not any(tranche.condition for tranche in r.tranches)
            ],
        ),
        (
            "Rounds told by several sources: each source's words",
            ["date", "amount", "source", "sentence or row"],
            [
                [
                    edited(a.date or "", a, edits, "date"),
                    edited(money(a.amount, a.currency, a.bound, a.amount_max), a, edits, *FIGURE)
                    + (" (retracted)" if a.id in r.withdrawn_ids else ""),  # its outlet corrected it
                    _cited(e),
                    e.sentence,
                ]
                for r in page.rounds
                if r.told_count > 1  # several records of one source are not "several sources"
                for a in r.accounts  # each source's own figures, when several records are folded
                for e in a.evidence
            ],
        ),
        (
            "Investors",
            ["date", "investor", "amount", "share", "round", "status", "tranche", "condition"],
            [
                [
                    edited_row(s.date, s, edits, _STAKE_CELLS),
                    edited(s.investor, s, edits, "investor_id"),
                    edited(money(s.amount, s.currency, s.bound, s.amount_max), s, edits, *FIGURE),
                    edited(_share(s), s, edits, *SHARE),
                    round_label(s.round_type) if s.round_type else None,
                    record_status_label(s),
                    *tranche_terms(s),  # each tranche's amount beside its own condition
                ]
                for s in page.investors
            ],
        ),
        (
            "Portfolio",
            ["date", "company", "amount", "share", "round", "status"],
            [
                [
                    edited_row(s.date, s, edits, _STAKE_CELLS),
                    edited(s.company, s, edits, "company_id"),
                    edited(money(s.amount, s.currency, s.bound, s.amount_max), s, edits, *FIGURE),
                    edited(_share(s), s, edits, *SHARE),
                    portfolio_type_label(s.round_type),  # a stake it sold: "exit"
                    record_status_label(s),
                ]
                for s in page.portfolio
            ],
        ),
        (
            "Stakes told by several sources: each source's words",
            ["date", "investor", "company", "amount", "source", "sentence or row"],
            [
                [
                    a.date,
                    a.investor,
                    a.company,
                    money(a.amount, a.currency, a.bound, a.amount_max),
                    _cited(e),
                    e.sentence,
                ]
                for s in [*page.investors, *page.portfolio]
                if s.source_count > 1
                for a in s.accounts  # each source's own figures, when several records are folded
                for e in a.evidence
            ],
        ),
        (
            "Rounds joined",
            ["date", "company", "round", "round amount", "role", "sources"],
            [
                [
                    r.date,
                    r.company,
                    round_label(r.round_type) if r.round_type else None,
                    money(r.amount, r.currency, r.bound, r.amount_max)
                    + _part_note(r, c.id)
                    + (_talks(r) if r.called_off_by else ""),  # its one investor walked away
                    # "lead", "lender" for a loan's (co-investor of no one: store/coinvestors.py)
                    " · ".join(round_roles(r.round_type, c.name in r.lead_investors)),
                    plural(r.investor_source_count(c.id), "source"),
                ]
                for r in page.rounds_joined
            ],
        ),
        (
            "Partnerships",
            ["since", "until", "with", "kind", "value", "description", "sources"],
            [
                [
                    edited_row(p.since, p, edits, ("since",)),
                    until_words(p),
                    p.partner if p.company_id == c.id else p.company,
                    p.kind,
                    money(p.amount, p.currency, p.bound, p.amount_max),
                    p.description,
                    plural(p.source_count, "source"),
                ]
                for p in page.partnerships
            ],
        ),
        (
            "Partnerships told by several sources: each source's words",
            ["since", "with", "kind", "source", "sentence or row"],
            [
                [
                    a.since,
                    a.partner if a.company_id == c.id else a.company,
                    a.kind,
                    _cited(e),
                    e.sentence,
                ]
                for p in page.partnerships
                if p.source_count > 1
                for a in p.accounts  # each source's own record, its sentence kept
                for e in a.evidence
            ],
        ),
        (
            "Metrics",
            ["date", "metric", "value", "basis", "projection", "sources"],
            [
                [
                    edited_row(
                        date_label(m.date, True) if m.is_projection and m.date else m.date,  # "for 2018"
                        m,
                        edits,
                        _METRIC_CELLS,
                    ),
                    metric_label(m.metric, m.description),
                    edited(
                        money(m.value, m.currency, m.bound, m.value_max, m.unit) + _in_talks(m),
                        m,
                        edits,
                        *FIGURE,
                    ),
                    edited(basis_label(m.basis), m, edits, "basis"),
                    _projection(m, edits),
                    plural(m.source_count, "source"),
                ]
                for m in page.metrics
            ],
        ),
        (
            "Statements",
            ["date", "by", "text"],
            [[edited_row(s.date, s, edits, ("date",)), s.company, s.text] for s in page.statements],
        ),
        (
            "Acquisitions",
            ["date", "acquirer", "company", "amount", "share", "status"],
            [
                [
                    edited_row(a.date, a, edits, ("date", *FIGURE, *SHARE)),
                    a.acquirer,
                    a.company,
                    edited(money(a.amount, a.currency, a.bound), a, edits, *FIGURE),
                    edited(_share(a), a, edits, *SHARE),
                    status_label(a.status),
                ]
                for a in page.acquisitions
            ],
        ),
        (
            "Sources",
            ["published", "publisher", "title", "url", "read from"],
            [[s.published, s.publisher, s.title, s.url, s.read_at] for s in page.sources],
        ),
        ("Co-investors", CO_INVESTOR_COLUMNS, [co_investor_cells(co) for co in page.co_investors]),
    ]
    for title, columns, rows in sections:
        if rows:
            print_table(console, title, *_without_empty_round(title, columns, rows))
    for conflict in page.conflicts:
        console.print(Text(visible(conflict_line(conflict)), style="bold red"))


_STAKE_TABLES = ("Investors", "Portfolio")
"""The page's tables of stakes, whose `round` column is the round type each stake states."""


def _round_date(round_: Round) -> str | None:
    """A round's date cell: "on or before 2026-11-27" for a raise only articles recalling it date."""
    return on_or_before(round_.date) if round_.date and dated_on_or_before(round_) else round_.date


def _without_empty_round(
    title: str, columns: list[str], rows: list[list[object]]
) -> tuple[list[str], list[list[object]]]:
    """A stakes table without its `round` column when no stake in it states a round type: one column
    fewer keeps an 80-column terminal from cutting the dates short ("2024-06-…")."""
    if title not in _STAKE_TABLES:
        return columns, rows
    at = columns.index("round")
    if any(row[at] for row in rows):
        return columns, rows
    return columns[:at] + columns[at + 1 :], [row[:at] + row[at + 1 :] for row in rows]


def _share(record: Stake | Acquisition) -> str:
    """A stake's or an acquisition's share of the company's capital, as the explorer shows it ("31%",
    "~8%")."""
    return format_share(record.percentage, record.percentage_bound)


def _talks(item: Round) -> str:
    """' (in talks)' after the amount of a raise its sources tell as still negotiated (listed, not
    raised), ' (conditional)' after money promised on a condition: `raise_status_words`."""
    words = raise_status_words(item)
    if item.called_off_by:  # "$2B called off (Daily, 2026-05-10)": its words hold their own brackets
        return f" {words}"
    return f" ({words})" if words else ""


def _in_talks(metric: Metric) -> str:
    """' (in talks)' after the value of a raise still negotiated, ' (planned)' after one only planned
    (`Metric.status`), as after its amount."""
    words = status_words(metric.status)
    return f" ({words})" if words else ""


def _investors_with_parts(item: Round, stakes: list[Stake]) -> str:
    """The round's investors, each noted with whether it led and the part of it a source states:
    "Vantor Capital (lead, part: $12M), Osk Partners" (same_raise.investor_part). A lead a source names
    by a short form of another investor's name is that one's row (same_raise.one_investor_each):
    "Lightspeed" leading is "Lightspeed Venture Partners (lead)"."""
    ids = dict(zip(item.investors, item.investor_company_ids, strict=False))
    return ", ".join(
        _investor_with_notes(item, name, ids.get(name)) for name in round_investor_names(item, stakes)
    )


def _investor_with_notes(item: Round, name: str, company_id: int | None) -> str:
    """'Vantor Capital (lead, part: $12M)', 'Osk Partners': the notes `_investors_with_parts` gives."""
    part = investor_part(item, company_id) if company_id is not None else None
    notes = [f"part: {format_amount(part[0], part[1])}"] if part else []
    return investor_label(name, item.lead_investors, *notes)


def _part_note(item: Round, investor_company_id: int) -> str:
    """' (part: $12M)' when a source states the investor's part of the round, else ''."""
    part = investor_part(item, investor_company_id)
    return f" (part: {format_amount(part[0], part[1])})" if part else ""


def _valuation(item: Round, metrics: list[Metric]) -> str:
    """The valuation a round's source stated, with its basis as the explorer labels it ("$600M
    pre-money", "$90M post-money"; bare when the source did not say); a raise still in talks says
    so after it ("$4B (in talks)"), as its amount and the valuation's own Metrics row do: a valuation
    only talked of is no valuation the company reached."""
    stated = [
        (value, basis, bound)
        for value, basis, bound in (
            (item.post_money_valuation, None, item.valuation_bound),
            (item.pre_money_valuation, "pre_money", item.pre_money_valuation_bound),
        )
        if value is not None
    ]
    shown = []
    for value, basis, bound in stated:
        read_from = [
            m
            for m in metrics
            if m.metric == "valuation" and dates_nest(m.date, item.date) and m.value == value
        ]
        if basis is None:  # post-money, or a basis not stated: the metric it was read from says which
            basis = next((m.basis for m in read_from if m.basis), None)
        figure = format_amount(value, item.valuation_currency, bound)
        # Corrected by hand (the round's form edits its valuation record): said as other edits are.
        edited = " (edited)" if any(m.edited for m in read_from) else ""
        shown.append(f"{figure} {basis_label(basis)}".strip() + edited + _talked_of(item))
    return ", ".join(shown)


def _talked_of(item: Round) -> str:
    """' (in talks)' after a figure of a raise still negotiated, ' (planned)' after one only planned
    (`raise_status_words`), else ''."""
    words = raise_status_words(item)
    return f" ({words})" if words in {status_words(status) for status in NOT_RAISED_YET} else ""


Edits = dict[RecordRef, list[str]]
"""Of each edited record, the columns the edit changed (`Store.edited_fields`)."""
FIGURE = ("amount", "value", "currency", "bound")
"""The columns an amount cell shows: a change to any of them marks it."""
_ROUND_CELLS = ("date", "round_type", *FIGURE, "investor_names")
SHARE = ("percentage", "percentage_bound")
"""The columns a share cell shows."""
_STAKE_CELLS = ("date", "investor_id", "company_id", *FIGURE, *SHARE)
_METRIC_CELLS = ("date", *FIGURE, "basis", "is_projection")
_FIELD_NAMES = {
    "company_id": "company",
    "investor_id": "investor",
    "partner_id": "partner",
    "investor_names": "investors",
    "round_type": "round type",
    "percentage": "share",
    "percentage_bound": "share",
    "is_projection": "projection",
    "since": "date",
    "value": "amount",
    "currency": "amount",
    "bound": "amount",
}


def _changed(record: Record, edits: Edits) -> set[str] | None:
    """The columns edited on the record (a folded round's or stake's sources' records too); None
    when it is not edited, or nothing is known of what was changed."""
    records = [record, *getattr(record, "accounts", ())]
    changed = {column for item in records for column in edits.get(item.ref, ())}
    return changed or None


def edited(text: str | None, record: Record, edits: Edits, *columns: str) -> str:
    """A cell of a record a person corrected by hand, marked so when the edit changed what the cell
    shows (`columns`): its figure may not be the source's words (`$36M (edited)` beside a sentence
    saying "$35mn"); an edit of its investors alone leaves its amount unmarked."""
    text = text or ""
    changed = _changed(record, edits)
    return f"{text} (edited)".strip() if changed and changed & set(columns) else text


def _projection(metric, edits: Edits) -> str:
    """The projection cell: `yes`, blank, or `no (edited)` when a correction made it no projection."""
    cell = edited("yes" if metric.is_projection else "", metric, edits, "is_projection")
    return "no (edited)" if cell == "(edited)" else cell


def edited_row(text: str | None, record: Record, edits: Edits, cells: tuple[str, ...]) -> str:
    """A row's first cell (its date): `(edited)` when the date was edited; `(edited: company)` naming
    what the edit changed that no cell of the row shows; `(row edited)` when the record is marked
    edited and which values changed is not known (an export's edited row with no source's record to
    read it against, or values put back)."""
    text = text or ""
    if not record.edited:
        return text
    changed = _changed(record, edits)
    if changed is None:  # not the date's mark: nothing says the date was what changed
        return f"{text} (row edited)".strip()
    marks = ["edited"] if changed & {"date", "since"} else []
    rest = sorted({_FIELD_NAMES.get(column, column) for column in changed - set(cells)})
    if rest:
        marks.append("edited: " + ", ".join(rest))
    return f"{text} ({'; '.join(marks)})".strip() if marks else text


def _cited(evidence: Evidence) -> str:
    """'Title · publisher · date', and the deal file and line a row was read from ("vendorA.csv:12"
    for a row citing no source, "… (from vendorA.csv:12)" for one citing its article)."""
    if evidence.read_from is None and evidence.line is not None:  # the file's own row
        title = evidence.row_at
    else:
        title = evidence.source_title
    cited = " · ".join(x for x in (title, evidence.publisher, evidence.published) if x)
    return cited + (f" (from {evidence.row_at})" if evidence.read_from else "")


def conflict_line(conflict: Conflict) -> str:
    """'CONFLICT valuation 2025-09-09: €11.7B (post-money) per AFP title vs €12B per Reuters title'."""
    if not conflict.stated:
        return f"CONFLICT {conflict.what}: {' vs '.join(conflict.values)} (sources: {'; '.join(conflict.sources)})"
    stated = [f"{item.value} per {'; '.join(item.sources)}" for item in conflict.stated]
    return f"CONFLICT {conflict.what}: {' vs '.join(stated)}"


CO_INVESTOR_COLUMNS = ["investor", "rounds", "stake deals", "led", "first", "last", "companies"]


def co_investor_cells(co: CoInvestor) -> list[object]:
    """One co-investor's line: who, rounds shared, stake deals shared (stakes taken the same day in no
    round: never counted as rounds), how many it led, first and last shared, the companies."""
    return [
        co.name,
        co.rounds,
        co.stake_deals,
        co.led,
        co.first or "",
        co.last or "",
        ", ".join(co.companies),
    ]


def print_co_investors(console: Console, name: str, co_investors: list[CoInvestor]) -> None:
    """The investors sharing deals with `name`, most shared first (`ai-deals coinvestors`)."""
    rows = [co_investor_cells(co) for co in co_investors]
    print_table(console, f"Co-investors of {name} ({len(rows)})", CO_INVESTOR_COLUMNS, rows)


def print_timeline(console: Console, events: list[TimelineEvent]) -> None:
    # A projection's title says so ("projected revenue"): no column of its own; its date reads
    # "for 2029" as in the explorer (a bare year read as the year it happened).
    rows = [[date_label(e.date, e.is_projection), e.title] for e in events]
    print_table(console, "Timeline", TIMELINE_COLUMNS, rows)


TIMELINE_COLUMNS = ["date", "event"]
TIMELINE_KEEP = 20_000
"""Rows `print_timeline_windows` keeps in memory while it measures the titles: past them it writes
them to a temporary file."""


def print_timeline_windows(
    console: Console, outline: TimelineOutline, windows: Callable[[], Iterator[list[TimelineEvent]]]
) -> None:
    """The whole timeline (more than `BIG_TABLE` events) as `print_timeline` draws it, printed a
    window of `windows()` at a time, in constant memory. The date column's width comes from the
    outline's dates; the event column's from the titles, read until they are wider than the room
    left (always, on a big database: the windows read then are printed, not read again)."""
    date_width = max(
        [
            cell_len("date"),
            *(
                cell_len(_timeline_cells(key.removesuffix("~"), key.endswith("~"), "")[0])
                for key in outline.keys
            ),
        ]
    )
    title_width = cell_len("event")

    def settled() -> bool:  # wider titles would not widen the event column
        room = [date_width, title_width + console.width]
        return table_widths(console, [date_width, title_width]) == table_widths(console, room)

    def rows(window: list[TimelineEvent]) -> list[list[str]]:
        return [_timeline_cells(e.date, e.is_projection, e.title) for e in window]

    read = windows()
    with _KeptRows() as kept:
        for window in read:
            cells = rows(window)
            title_width = max([title_width, *(cell_len(row[1]) for row in cells)])
            kept.add(cells)
            if settled():
                break
        # The windows measured are printed from what was kept, the rest as it is read: on a
        # terminal wider than every title (all of them measured) the store is still read once.
        chunks = chain(kept.chunks(), (rows(window) for window in read))
        print_big_table(console, "Timeline", TIMELINE_COLUMNS, [date_width, title_width], chunks)


class _KeptRows:
    """Timeline rows read while the titles are measured, kept to be printed once they are: in
    memory up to `TIMELINE_KEEP` rows, past them in a temporary file (deleted when closed)."""

    def __init__(self) -> None:
        self.in_memory: list[list[list[str]]] = []
        self.count = 0
        self.spill: IO[str] | None = None

    def __enter__(self) -> _KeptRows:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.spill is not None:
            self.spill.close()

    def add(self, rows: list[list[str]]) -> None:
        """Keeps `rows`; moves what memory holds to the file once it holds too many."""
        self.in_memory.append(rows)
        self.count += len(rows)
        if self.count > TIMELINE_KEEP:
            if self.spill is None:
                self.spill = tempfile.TemporaryFile("w+", encoding="utf-8")
            # One JSON array a line: json escapes the line breaks a title may hold.
            self.spill.writelines(json.dumps(row) + "\n" for chunk in self.in_memory for row in chunk)
            self.in_memory, self.count = [], 0

    def chunks(self) -> Iterator[list[list[str]]]:
        """The rows kept, in the order they came, `CHUNK` at a time from the file."""
        if self.spill is not None:
            self.spill.seek(0)
            while chunk := [json.loads(line) for line in islice(self.spill, CHUNK)]:
                yield chunk
        yield from self.in_memory


def _timeline_cells(date: str | None, is_projection: bool, title: str | None) -> list[str]:
    """A timeline row's cells as `print_table` draws them."""
    return [visible(date_label(date, is_projection)), visible("" if title is None else title)]


def print_sources(console: Console, sources: list[SourceSummary]) -> None:
    rows = [[s.id, s.published, s.publisher, s.language, s.fact_count, s.title] for s in sources]
    print_table(console, "Sources", ["id", "published", "publisher", "lang", "facts", "title"], rows)
