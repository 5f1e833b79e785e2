"""A company page as rows of one list: section headers, then one row per record.

One list (rather than a table per section) gives one cursor that walks the whole page with ↑/↓,
works at 80×24, and lets `Enter`, `space` and `s` mean the same thing on every row.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, overload

from rich.cells import cell_len
from rich.text import Text

from ai_deals.store.formatting import (
    LENDER,
    computed_note,
    deals_shared,
    format_share,
    investor_label,
    metric_name,
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
    Partnership,
    RecordRef,
    Round,
    SourceSummary,
    Stake,
    Statement,
    Tranche,
    at_line,
    at_lines,
)
from ai_deals.store.money_raised import (
    CUMULATIVE,
    raise_status_words,
    record_status_label,
    split_words,
    tranche_terms,
)
from ai_deals.store.names import fold
from ai_deals.store.round_order import UNDATED_PLACE, place_dates
from ai_deals.store.same_partnership import renewal_words, until_words
from ai_deals.store.same_raise import dated_on_or_before, investor_part
from ai_deals.store.same_stake import round_investor_names

from ..fact_words import valued_label_within
from ..formatting import DATE_WIDTH, date_label, money, on_or_before, plural, quantity
from ..safe_text import clean_line
from ..widgets.virtual_list import RowStyles

Piece = tuple[str, str, int]
"""(text, role, width): role names a `VirtualList` row style ("" for none); width 0 means as long as it is."""


@dataclass(frozen=True)
class SourceChoice:
    """One of the sources a row several sources tell was read from, as `Enter` or `s` offers it."""

    source_id: int
    focus: RecordRef | None
    """That source's record of the row's figure: the source view opens on its sentence."""
    label: str
    """Who said it, when, in which document ("Reuters · 2024-05-02 · Mistral raises…")."""
    sentence: str
    """The words that source said it in."""
    read_from: str | None = None
    """The deal file a row citing the source was read from; None for the source's own record."""


@dataclass(frozen=True)
class PageRow:
    """One line of the company page and what `Enter`, `space` and `s` do on it."""

    pieces: tuple[Piece, ...]
    role: str = "record"
    """"header" (cursor skips it), "info" (cursor skips it), "record", or "tranche" (an installment
    of the record above it, `ref`)."""
    ref: RecordRef | None = None
    company: str = ""
    """The company the record belongs to (names the export)."""
    target_id: int | None = None
    """Company `Enter` opens."""
    target_name: str = ""
    source_id: int | None = None
    """Source `s` (or `Enter` on a source row) opens."""
    source_focus: RecordRef | None = None
    """On a source row of a deal file (or of a source its rows cite): the record whose rows it opens at."""
    also: tuple[RecordRef, ...] = ()
    """Other records the row stands for: a raise several sources tell is one round row (store/same_raise.py),
    a stake several sources tell one stake row (store/same_stake.py), and selecting, exporting or
    reviewing it takes every source's record."""
    tranche: str = ""
    """On a tranche's row, its label ("tranche 2"): selecting it selects its stake's or round's record."""
    selection_note: str = ""
    """Said in the status line when space selects the row (a co-investor's: the rounds it took)."""
    sources: Callable[[], tuple[SourceChoice, ...]] | None = field(default=None, compare=False)
    """On such a row, each source telling what it shows, listed when `Enter` or `s` is pressed (not
    for every row made): two or more, and the key asks which one to open."""
    sources_title: str = ""
    """The title of that list when it is not one figure's sources (a co-investor's: the rounds shared)."""
    fit_details: Callable[[int], str] | None = field(default=None, compare=False)
    """The details (the last piece) in at most the cells given, for a row that says in its own words what
    it leaves out (a co-investor's companies: "…, +4 more"); `fit_words` cuts the others'."""

    @property
    def refs(self) -> list[RecordRef]:
        """Every record the row stands for, `ref` first."""
        return [self.ref, *self.also] if self.ref is not None else []

    @property
    def actionable(self) -> bool:
        """Whether the cursor may land here."""
        return self.role not in ("header", "info")


def render_page_row(row: PageRow, styles: RowStyles, room: int = 0) -> Text:
    """Draw one page row: every piece cleaned of control characters, padded to its column width; given
    the `room` the row has, its last free piece (the details) gives up words before a figure rather
    than have the figure cut mid-number ("lead · in the … €120M · 4 sources", not "… of €1…")."""
    text = Text(no_wrap=True, style=styles.get(row.role, ""))
    values = [clean_line(value) for value, _, _ in row.pieces]
    # The details: the last piece, free, after columns (a conflict's line, all free, keeps its order).
    free = len(values) - 1
    columned = any(width for _, _, width in row.pieces) and not row.pieces[free][2]
    if room and columned and values[free]:
        used = sum(width or len(values[i]) for i, (_, _, width) in enumerate(row.pieces) if i != free)
        fit = row.fit_details or partial(fit_words, values[free])
        values[free] = fit(room - used)
    for value, (_, role, width) in zip(values, row.pieces, strict=True):
        piece = Text(value, style=styles.get(role, ""))
        if width:
            piece.truncate(width, overflow="ellipsis", pad=True)
        text.append_text(piece)
    return text


# A word holding an amount ("€120M", "$1B–$2B", "CN¥5B", "45M"): cut, it would read as another one.
_FIGURE_WORD_RE = re.compile(r"\S*(?:[$€£¥₹]\S*\d|\d[\d.,]*[KMBT]\b)\S*")


def fit_words(text: str, room: int) -> str:
    """`text` for `room` cells, as a list cuts it (at room - 1, then "…"), except that an amount the cut
    would fall in or hide stays whole: the words just before it give way to "…" ("lead · in the Series
    B of €120M" in 26 cells: "lead · in the … €120M"); with no word left to give, the line ends before it."""
    if room <= 0 or len(text) <= room:
        return text
    keep = room - 1  # the cells before the list's own "…"
    figure = next((m for m in _FIGURE_WORD_RE.finditer(text) if m.end() > keep), None)
    if figure is None:
        return text
    words = text[: figure.start()].split()
    if not words:
        return text  # a figure wider than the room: nothing to give way
    indent = text[: len(text) - len(text.lstrip())]
    rest = text[figure.start() :]
    while words:
        before = indent + " ".join(words) + " … "
        if len(before + rest) <= room or len(before) + len(figure.group()) <= keep:
            return before + rest
        words.pop()
    return text[: figure.start()].rstrip() + " …"


FITTED_WIDTH = 32
"""The widest a fitted column grows (`fit_columns`): a long name is still cut, the details keep room."""


def fit_columns(rows: list[PageRow]) -> list[PageRow]:
    """A section's rows with their columns (the date's aside) as wide as their longest cell, up to
    `FITTED_WIDTH`: a fixed 22 cut "Lightspeed Venture Pa…" and "annualized revenue …" with 40 columns
    blank at 120, and padded "Eurazeo" to 22 while its details were cut at 80. Rows of another shape
    (pieces of other kinds at a place) keep their widths."""
    if len({len(row.pieces) for row in rows}) != 1:
        return rows
    widths = [width for _, _, width in rows[0].pieces]
    for place in range(1, len(widths)):
        if not widths[place] or any(not row.pieces[place][2] for row in rows):
            continue
        longest = max(len(clean_line(row.pieces[place][0])) for row in rows)
        widths[place] = max(1, min(max(FITTED_WIDTH, widths[place]), longest))
    return [
        replace(row, pieces=tuple((v, r, widths[i] if w else 0) for i, (v, r, w) in enumerate(row.pieces)))
        for row in rows
    ]


def _cols(*pieces: tuple[str | None, str, int]) -> tuple[Piece, ...]:
    """Pieces with None turned into "" and a space between columns."""
    out: list[Piece] = []
    for value, role, width in pieces:
        out.append((value or "", role, width))
        if width:
            out.append((" ", "", 0))
    return tuple(out)


def _evidence_source(record) -> int | None:
    return record.evidence[0].source_id if record.evidence else record.source_id


def source_choices(records: Sequence[Round | Stake | Partnership]) -> tuple[SourceChoice, ...]:
    """Each source telling `records` (a row's sources' records), once, with its own record (its
    figure's sentence): one row stands for them all, and each must stay reachable from it (the
    sentence "Series C" came from was in the second source only). Of an article and a deal file's
    row citing it (one source), the article's own record is the choice, whichever was imported
    first: it opens on the article's text, as the page's Sources list does (`_distinct_sources`)."""
    chosen: dict[tuple, SourceChoice] = {}
    for record in records:
        for evidence in record.evidence:
            held = chosen.get(evidence.source_identity)
            if held is None or (held.read_from and not evidence.read_from):
                chosen[evidence.source_identity] = _source_choice(record, evidence)
    return tuple(chosen.values())


def _source_choice(record: Round | Stake | Partnership, evidence: Evidence) -> SourceChoice:
    """The choice of opening `evidence`'s source on `record`: who said it, in which sentence."""
    # `label_at`: a deal file's row is named by its file and line ("vendorA.csv:4"), and one citing
    # only a URL by them too, the URL after.
    said = (evidence.publisher, evidence.published, evidence.label_at)
    label = " · ".join(clean_line(part) for part in said if part)
    return SourceChoice(
        evidence.source_id, record.ref, label, clean_line(evidence.sentence), evidence.read_from
    )


def told_by(records: Sequence[Round | Stake | Partnership]) -> Callable[[], tuple[SourceChoice, ...]]:
    """A row's sources, listed when asked for (`source_choices`)."""
    return partial(source_choices, records)


def header_rows(page: CompanyPage) -> list[PageRow]:
    """Name, what kind of organisation it is, aliases and description."""
    company = page.company
    facts = [company.entity, company.investor_kind and f"investor ({company.investor_kind})"]
    facts += [company.sector, company.city, company.country]
    rows = [PageRow((("  ·  ".join(f for f in facts if f), "muted", 0),), role="info")]
    if company.aliases:  # "; " as `ai-deals show` and exports join them: a name may hold a comma
        rows.append(
            PageRow((("also known as ", "muted", 0), ("; ".join(company.aliases), "", 0)), role="info")
        )
    if company.description:
        rows.append(PageRow(((company.description, "", 0),), role="info"))
    return rows


class Made:
    """Rows not made yet: one per item, made by `make` when the list first asks for it; `refs` tells
    the records a row of an item stands for without making it (`PageRow.refs`; none by default)."""

    __slots__ = ("items", "make", "refs")

    def __init__(
        self,
        items: Sequence[Any],
        make: Callable[[Any], PageRow],
        refs: Callable[[Any], list[RecordRef]] = lambda item: [],
    ) -> None:
        self.items = items
        self.make = make
        self.refs = refs

    def __len__(self) -> int:
        return len(self.items)


Part = list[PageRow] | Made
"""Rows made, or to make."""


class PageRows(Sequence[PageRow]):
    """A page's rows, each made the first time it is asked for and kept.

    An investor in 15,000 rounds has 30,000 rows (its rounds joined, their sources), 0.2 s to make
    all of them, while the list draws a screenful: made here as they are drawn, walked or exported.
    """

    def __init__(self, parts: Sequence[Part]) -> None:
        self._parts = [part for part in parts if len(part)]
        self._starts: list[int] = []
        length = 0
        for part in self._parts:
            self._starts.append(length)
            length += len(part)
        self._made: list[PageRow | None] = [None] * length

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> PageRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[PageRow]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._made)))]
        row = self._made[index]  # IndexError past the end, as a list's
        if row is None:
            index %= len(self._made)
            number = bisect_right(self._starts, index) - 1
            part, offset = self._parts[number], index - self._starts[number]
            row = part.make(part.items[offset]) if isinstance(part, Made) else part[offset]
            self._made[index] = row
        return row

    def __iter__(self) -> Iterator[PageRow]:
        for index in range(len(self._made)):
            yield self[index]

    def section_start(self, title: str) -> int | None:
        """The index of the first row under the section header titled `title` ("Portfolio"), found
        among the rows made already (a header is), without making the others; None without one."""
        for start, part in zip(self._starts, self._parts, strict=True):
            if isinstance(part, list) and part[0].role == "header":
                if part[0].pieces[0][0].startswith(f"{title} ("):
                    return start + len(part)
        return None

    def refs(self) -> Iterator[RecordRef]:
        """The records every row stands for, in order (`PageRow.refs`), without making the rows."""
        for refs in self.row_refs():
            yield from refs

    def row_refs(self) -> Iterator[list[RecordRef]]:
        """The records each row stands for, its own first (`PageRow.refs`), without making the rows."""
        for part in self._parts:
            if isinstance(part, Made):
                for item in part.items:
                    yield part.refs(item)
            else:
                for row in part:
                    yield row.refs


def _refs(item: Round | Stake | Metric) -> list[RecordRef]:
    """What the row of a round (every record a raise stands for), a stake or a figure (every source's
    record of it) stands for."""
    return item.refs if isinstance(item, (Round, Metric)) else [item.ref]


def section(title: str, rows: Part, count: int | str | None = None, *, cut: bool = False) -> list[Part]:
    """A header row ("Investors (3)") followed by `rows`, or nothing when there are none; a list
    `cut` short (the first rows of a page, the rest being read) says so instead of a count."""
    if not len(rows):
        return []
    if cut:
        total = "more loading…"
    else:
        total = count if isinstance(count, str) else f"{len(rows) if count is None else count:,}"
    return [[PageRow(((f"{title} ({total})", "header", 0),), role="header")], rows]


def _also(item: Round) -> tuple[RecordRef, ...]:
    """The records folded into a round (`Round.refs` after its own), made only when there are some."""
    return tuple(RecordRef(record_type="round", record_id=id_) for id_ in item.same_raise_ids)


EDITED = "✎ edited"
"""Said on a record's row when a person corrected it by hand: its figures may differ from its source's."""


def _sources(item: Round) -> str:
    return f"{item.source_count} sources" if item.source_count > 1 else ""


def _joined(*parts: str | bool | None) -> str:
    """The non-empty parts joined with ' · ': no dangling dot when the last is empty."""
    return " · ".join(part for part in parts if isinstance(part, str) and part)


OTHER_WIDTH, AMOUNT_WIDTH = 22, 10
"""A stake's or round joined's row: the company (or investor) column and the amount column, at most."""


ROUND_WIDTH = 14
"""The rounds' second column (the round's type; a tranche's label under it)."""


def round_row(item: Round, stakes: Sequence[Stake] = ()) -> PageRow:
    # Said within its column, so that every row of the rounds lines up (`valued_label_within`).
    valuation = valued_label_within(item, VALUATION_WIDTH)
    # Its lead marked, as `show` marks it: a vendor's "Lightspeed" leading is its row's full name's.
    investors = ", ".join(
        investor_label(name, item.lead_investors) for name in round_investor_names(item, list(stakes))
    )
    edited = item.edited or item.valuation_edited  # its figures, or the valuation beside them
    pieces = _cols(
        (date_label(item.date), "muted", 11),
        (round_label(item.round_type), "", ROUND_WIDTH),
        (money(item.amount, item.currency, item.bound, item.amount_max), "amount", 10),
        (valuation, "", VALUATION_WIDTH),
        # "in talks", "conditional" first: money not raised must not be cut off on a narrow screen
        (
            _joined(
                edited and EDITED,
                _recalled_date(item),
                raise_status_words(item),
                _sources(item),
                investors,
                _round_condition(item),
            ),
            "muted",
            0,
        ),
    )
    return PageRow(
        pieces,
        ref=item.ref,
        company=item.company,
        source_id=_evidence_source(item),
        also=_also(item),
        sources=told_by(item.whole_accounts),  # those its "N sources" counts, not an investor's part
    )


def _recalled_date(item: Round) -> str | None:
    """ "on or before 2026-11-27" for a raise only articles recalling it date, as `show`'s date cell says:
    the date column holds no more than the day."""
    return on_or_before(item.date) if item.date and dated_on_or_before(item) else None


VALUATION_WIDTH = 15
"""The rounds' fourth column ("valued $120M", "€5.2B pre-money"), the same on every row of the rounds: a
pre-money row that widened it to 22 for "valued €5.2B pre-money" pushed its details out of line with the
others'. 15 rather than 14 keeps "-money" after the usual figures ("$600M", "€5.2B")."""


def _round_condition(item: Round) -> str | None:
    """A round's condition, when no tranche of it says it (its tranche rows then do)."""
    if item.condition and not any(tranche.condition for tranche in item.tranches):
        return f"condition: {item.condition}"
    return None


def valuation_row(item: Metric) -> PageRow:
    """A stated valuation among the rounds, in the rounds' columns: date, "valuation", the figure."""
    basis = (item.basis or "").replace("_", "-")
    pieces = _cols(
        (date_label(item.date, item.is_projection), "muted", 11),
        ("valuation", "", ROUND_WIDTH),
        (quantity(item.value, item.unit, item.currency, item.bound), "amount", 10),
        (basis, "", VALUATION_WIDTH),
        # "in talks" first, as on a round's row: the value of a raise not made must not be cut off
        (
            _joined(
                item.edited and EDITED, status_words(item.status), _figure_sources(item), item.description
            ),
            "muted",
            0,
        ),
    )
    return _figure_row(pieces, item)


def _figure_sources(item: Metric) -> str:
    """ "2 sources" on a figure several sources state alike (store/same_metric.py)."""
    return f"{item.source_count} sources" if item.source_count > 1 else ""


def rounds_and_valuations(page: CompanyPage) -> Made:
    """The rounds (each followed by its tranches) and the valuations stated (a valuation is its own
    fact), by date: the rounds in the store's order (an undated one placed by its stage, or last), each
    valuation beside the rounds of its date (an undated one last)."""
    places = place_dates(page.rounds)
    dated = [(place, 0, item) for place, item in zip(places, page.rounds, strict=True)]
    dated += [(item.date or UNDATED_PLACE, 1, item) for item in page.metrics if is_valuation(item)]
    dated.sort(key=lambda entry: entry[:2])  # stable: the store's order within a place and kind
    entries = [
        part
        for entry in dated
        for part in (
            entry,
            *((entry[0], 2, (tranche, entry[2])) for tranche in (entry[2].tranches if entry[1] == 0 else ())),
        )
    ]
    made: dict[int, PageRow] = {}  # each round's row, made once for it and for its tranches' rows

    def row_of(item: Round) -> PageRow:
        if item.id not in made:
            made[item.id] = round_row(item, page.investors)
        return made[item.id]

    makers = (row_of, valuation_row, lambda told: tranche_row(told[0], row_of(told[1]), ROUND_WIDTH))
    return Made(
        entries,
        lambda entry: makers[entry[1]](entry[2]),
        lambda entry: [] if entry[1] == 2 else _refs(entry[2]),
    )


def is_valuation(item: Metric) -> bool:
    """A valuation stated (not projected): listed with the rounds rather than with the metrics."""
    return item.metric == "valuation" and not item.is_projection


def round_investor_row(
    item: Round,
    investor: str,
    investor_id: int,
    *,
    outgoing: bool,
    widths: tuple[int, int] = (OTHER_WIDTH, AMOUNT_WIDTH),
) -> PageRow:
    """An investor named in a round without an amount of its own: on the round's company page it
    opens the investor; on the investor's page (`outgoing`) it opens the company that raised."""
    other, other_id = (item.company, item.company_id) if outgoing else (investor, investor_id)
    round_money = money(item.amount, item.currency, item.bound, item.amount_max)
    what = f"{round_label(item.round_type)}{f' of {round_money}' if round_money else ''}"
    # The lead flag first: the round's words after it are the part a narrow screen cuts. A loan's lender
    # ("lender · in the Debt Financing of $3B") joined no equity round: no co-investor of anyone.
    details = round_roles(item.round_type, investor in item.lead_investors)
    details.append(f"joined {what}" if outgoing and LENDER not in details else f"in the {what}")
    if said := raise_status_words(item):  # "joined Series B of $2B · in talks"
        details.append(said)
    # Its sources: the raise's, and one telling only this investor's part of it (whose money is shown).
    told = item.investor_source_count(investor_id)
    if told > 1:
        details.append(f"{told} sources")
    pieces = _cols(
        (date_label(item.date), "muted", 11),
        (other, "bold", widths[0]),
        (row_money(item, investor_id), "amount", widths[1]),
        (" · ".join(details), "muted", 0),
    )
    return PageRow(
        pieces,
        ref=item.ref,
        company=investor if outgoing else item.company,
        target_id=other_id,
        target_name=other,
        source_id=_evidence_source(item),
        also=_also(item),
        sources=told_by(item.investor_accounts(investor_id)),  # as `told` counts
    )


def investors_count(page: CompanyPage, investments: int) -> str:
    """The Investors section's count: its investors, as the page's header counts them ("9"), and,
    when some put money in more than once, the investments listed ("9 · 27 investments"); a running
    total the table lists ("≥$13B since 2019") is no investment, counted apart ("4 · 5 investments · 1
    running total")."""
    investors = page.investor_count or len(
        {stake.investor_company_id for stake in page.investors}
        | {company_id for item in page.rounds for company_id in item.investor_company_ids}
    )
    counted = (
        f"{investors:,}"
        if investments == investors
        else f"{investors:,} · {plural(investments, 'investment')}"
    )
    totals = len(running_totals(page.investors))
    return f"{counted} · {plural(totals, 'running total')}" if totals else counted


def running_totals(stakes: Sequence[Stake]) -> list[Stake]:
    """The stakes telling what an investor put in over years (status cumulative), not one investment."""
    return [stake for stake in stakes if stake.status == CUMULATIVE]


def round_only_investors(rounds: list[Round], stakes: list[Stake]) -> list[tuple[str, PageRow]]:
    """A row per investor of these rounds who has no stake of its own in the same round (in any of
    the records a raise several sources tell stands for), each with its round's date ("" undated)."""
    with_stake = {(round_id, stake.investor_company_id) for stake in stakes for round_id in stake.round_ids}
    return [
        (item.date or "", round_investor_row(item, name, company_id, outgoing=False))
        for item in rounds
        for name, company_id in zip(item.investors, item.investor_company_ids, strict=False)
        if not any((round_id, company_id) in with_stake for round_id in item.record_ids)
    ]


def investor_rows(page: CompanyPage) -> tuple[list[PageRow], int]:
    """The Investors section's rows and how many investments they list (running totals apart:
    `investors_count`): the stakes (each followed by
    its tranches) and the rounds' investors with no stake of their own, in one date order as the
    rounds are listed (undated first; on one date, stakes before round participations). A list of
    stakes then one of participations went from 2024 back to 2023."""
    dated: list[tuple[str, list[PageRow]]] = [
        (stake.date or "", [row := stake_row(stake, outgoing=False), *tranche_rows(stake, row)])
        for stake in page.investors
    ]
    round_only = round_only_investors(page.rounds, page.investors)
    dated += [(date, [row]) for date, row in round_only]
    dated.sort(key=lambda entry: entry[0])  # stable: each list's own order within a date
    investments = len(page.investors) - len(running_totals(page.investors)) + len(round_only)
    return [row for _, rows in dated for row in rows], investments


PORTFOLIO_ORDERS = ("date", "amount", "name")
"""The orders the Portfolio is shown in, as `o` cycles through them (the first the page opens in)."""


def portfolio_rows(page: CompanyPage, order: str = "date") -> Made:
    """The stakes it took and the other companies' rounds it joined (unless it has a stake of its own
    there), in one date order (a list of stakes then one of rounds went from 2025 back to 2000), or
    largest amount first, or by the company's name; rows are made only as they are drawn."""
    page_id = page.company.id
    led = page.led_round_ids() if page.portfolio else set()

    dated: list[tuple[str, Stake | Round]] = [(item.date or "", item) for item in page.portfolio]
    dated += [(item.date or "", item) for item in page.joined_rounds_shown()]
    widths = _portfolio_widths([item for _, item in dated], page_id)

    def make(entry: tuple[str, Stake | Round]) -> PageRow:
        item = entry[1]
        if isinstance(item, Stake):
            return stake_row(item, outgoing=True, lead=not led.isdisjoint(item.round_ids), widths=widths)
        name = item.investors[item.investor_company_ids.index(page_id)]
        return round_investor_row(item, name, page_id, outgoing=True, widths=widths)

    dated.sort(key=lambda entry: entry[0])  # stable: each list's own order within a date
    if order == "amount":
        _order_by_amount(dated, page_id)
    elif order == "name":
        # Case and accents aside, as people look a name up in a list ("Ōka" among the O's, not after "Zorg").
        dated.sort(key=lambda entry: fold(entry[1].company))
    return Made(dated, make, lambda entry: _refs(entry[1]))


def _portfolio_widths(items: Sequence[Stake | Round], page_id: int) -> tuple[int, int]:
    """The Portfolio's company column as wide as its longest name, up to `OTHER_WIDTH`, and its amount
    column as wide as its longest amount (never cut): at 80 columns a page of short names and rounds
    joined without an amount of its own left ~25 cells to the details, cutting "lead · joined Series …
    $20M"; an amount column no row fills is no column."""
    names = max((len(clean_line(item.company or "")) for item in items), default=0)
    amounts = max((len(row_money(item, page_id)) for item in items), default=0)
    return max(1, min(OTHER_WIDTH, names)), amounts


def row_money(item: Stake | Round, investor_id: int | None = None) -> str:
    """The amount a stake's or a round investor's row shows (`stake_row`, `round_investor_row`, and the
    Portfolio's column width): a stake's, or investor `investor_id`'s own part of a round it joined."""
    if isinstance(item, Stake):
        return money(item.amount, item.currency, item.bound, item.amount_max)
    part = investor_part(item, investor_id)
    return money(part[0], part[1]) if part else ""


def _order_by_amount(dated: list[tuple[str, Stake | Round]], page_id: int) -> None:
    """Largest amount first within each currency, the currency most rows are in first (amounts in two
    currencies do not compare: ¥10B is not more than $100M), rows without an amount last; date order
    kept among equals."""
    shown = {id(item): _shown_money(item, page_id) for _, item in dated}
    counts = Counter(currency for amount, currency in shown.values() if amount is not None)
    ranked = sorted(counts, key=lambda currency: (-counts[currency], currency or ""))
    rank = {currency: place for place, currency in enumerate(ranked)}

    def key(entry: tuple[str, Stake | Round]) -> tuple[bool, int, float]:
        amount, currency = shown[id(entry[1])]
        if amount is None:
            return (True, 0, 0.0)
        return (False, rank[currency], -amount)

    dated.sort(key=key)


def _shown_money(item: Stake | Round, investor_id: int) -> tuple[float | None, str | None]:
    """The amount a portfolio row shows and its currency: a stake's, or the investor's own part of a
    round it joined."""
    if isinstance(item, Stake):
        return item.amount, item.currency
    part = investor_part(item, investor_id)
    return part if part else (None, None)


def stake_row(
    item: Stake, *, outgoing: bool, lead: bool = False, widths: tuple[int, int] = (OTHER_WIDTH, AMOUNT_WIDTH)
) -> PageRow:
    """An investor's stake; `outgoing` rows (portfolio) name the investee instead of the investor.
    `lead`: its investor led the round the stake is in (said first, as a round joined's row says it)."""
    other, other_id = (
        (item.company, item.company_id) if outgoing else (item.investor, item.investor_company_id)
    )
    # "2 sources" before the tranche and condition, whose words are the part a narrow screen cuts.
    tranche, condition = tranche_terms(item)  # each tranche's amount beside its own condition
    paired = tranche != item.tranche  # the tranches' own words, not the stake's
    details = [
        item.edited and EDITED,
        *round_roles(item.round_type, lead),
        portfolio_type_label(item.round_type)
        if outgoing
        else item.round_type and round_label(item.round_type),
        item.source_count > 1 and f"{item.source_count} sources",
        tranche and f"{'tranches' if paired else 'tranche'}: {tranche}",
        # "in talks", "$15B committed · $35B conditional", as `show` says them; paired tranches say the split
        "" if paired and split_words(item) else record_status_label(item),
    ]
    details.append(_share(item))
    details.append(condition and f"condition: {condition}")
    pieces = _cols(
        (date_label(item.date), "muted", 11),
        (other, "bold", widths[0]),
        (row_money(item), "amount", widths[1]),
        (" · ".join(d for d in details if d), "muted", 0),
    )
    owner = item.investor if outgoing else item.company
    return PageRow(
        pieces,
        ref=item.ref,
        company=owner,
        target_id=other_id,
        target_name=other,
        source_id=_evidence_source(item),
        also=tuple(RecordRef(record_type="stake", record_id=id_) for id_ in item.same_stake_ids),
        sources=told_by(item.accounts or [item]),
    )


CO_INVESTOR_WIDTH = 28
"""The co-investors' name column: most fund names whole ("Lightspeed Venture Partners")."""


def co_investor_widths(items: Sequence[CoInvestor]) -> tuple[int, int]:
    """The co-investors' name and deal-count columns as wide as their longest cell (the name's up to
    `CO_INVESTOR_WIDTH`): at 80 columns the cells padded blank were the companies' room."""
    names = max((cell_len(clean_line(item.name)) for item in items), default=CO_INVESTOR_WIDTH)
    rounds = max((len(deals_shared(item.rounds, item.stake_deals)) for item in items), default=ROUNDS_WIDTH)
    return min(names, CO_INVESTOR_WIDTH), rounds


ROUNDS_WIDTH = 12
"""The co-investors' deal count: "1,234 rounds" whole."""


def co_investor_row(
    item: CoInvestor, investor: str = "", widths: tuple[int, int] = (CO_INVESTOR_WIDTH, ROUNDS_WIDTH)
) -> PageRow:
    """An investor sharing the page's deals: who, how many ("3 rounds"; "3 deals" when some are stakes
    taken the same day in no round, never called rounds), when, how many it led, with whom (as many
    companies as fit, then how many more: "+4 more"). `Enter` opens its page; space selects the deals
    shared (for an export of what they did together); `s` lists the rounds, each company's whole."""
    refs = item.refs
    shared = deals_shared(item.rounds, item.stake_deals)
    span = _month_span(item.first, item.last)
    details = _joined(f"lead in {item.led}" if item.led else "", ", ".join(item.companies))
    first = next((r.evidence[0] for r in reversed(item.shared_rounds) if r.evidence), None)
    pieces = _cols(
        (item.name, "bold", widths[0]),
        (shared, "", widths[1]),
        (span, "muted", 17),
        (details, "muted", 0),
    )
    return PageRow(
        pieces,
        ref=refs[0] if refs else None,
        # Names the export of what it selects: the two funds' deals, not the co-investor's own records.
        company=f"{investor} with {item.name}" if investor else item.name,
        target_id=item.company_id,
        target_name=item.name,
        also=tuple(refs[1:]),
        selection_note=f"the {shared} shared with {item.name}",
        source_id=first.source_id if first else None,
        # Every deal the line counts, stake deals too, under the line's own count words ("3 deals").
        sources=partial(shared_round_choices, _deals_by_date(item)),
        sources_title=f"{shared} shared with {item.name}: open which one's source?",
        fit_details=partial(companies_within, item.led, item.companies),
    )


def companies_within(led: int, companies: Sequence[str], room: int) -> str:
    """A co-investor's details in at most `room` cells: "lead in 3 · Solstice Chips, Nova Kernel, +4 more",
    as many companies whole as fit and how many more there are (a cut "Nova Ke…" said neither); at 80
    columns, where none fits, how many: "lead in 3 · 6 companies", "led 3 · 6 companies" (as `ai-deals
    coinvestors` heads it), "6 companies"; cut by the list only when even that does not fit."""
    names = [clean_line(company) for company in companies]  # as drawn: a control character is one cell
    lead = f"lead in {led}" if led else ""
    shown = _most_names_within(lead, names, room)
    if shown:
        more = [f"+{len(names) - shown} more"] if shown < len(names) else []
        return _joined(lead, ", ".join([*names[:shown], *more]))
    if len(names) == 1:
        cut = _one_company_cut(f"led {led}" if led else "", names[0], room)
        if cut:
            return cut
    count = f"{len(names):,} compan{'y' if len(names) == 1 else 'ies'}"
    tries = [_joined(lead, count), _joined(f"led {led}" if led else "", count), count]
    return next((words for words in tries if cell_len(words) <= room), tries[-1])


# Cells of a cut company name below which it says too little to be read ("Mi…"): its count is said instead.
_LEAST_NAME_CELLS = 6


def _one_company_cut(lead: str, name: str, room: int) -> str:
    """A co-investor's only company cut with "…" to fit after `lead` ("led 1 · Mistral…"): qa54 read "led
    1 · 1 company" at 80 columns, where a name's first letters say which; "" when too few cells are left."""
    joined = _joined(lead, name)
    left = room - (cell_len(joined) - cell_len(name))
    if left < _LEAST_NAME_CELLS:
        return ""
    cut = Text(name, no_wrap=True)
    cut.truncate(left, overflow="ellipsis")
    return _joined(lead, cut.plain)


def _most_names_within(lead: str, names: Sequence[str], room: int) -> int:
    """How many of `names` (the first ones, and "+N more" for the rest) fit in `room` cells after `lead`;
    0 when not even one does. Each name is measured once, the widths summed as they go: a co-investor in
    2,000 companies is drawn at every width without measuring 2,000 lists of up to 2,000 names."""
    lead_cells, name_cells = cell_len(lead), 0
    widths = []  # cells of the first k names joined with ", ", for k = 1..len(names)
    for index, name in enumerate(names):
        name_cells += cell_len(name) + (len(", ") if index else 0)
        widths.append(name_cells)
    for shown in range(len(names), 0, -1):
        rest = len(names) - shown
        listed = widths[shown - 1] + (len(f", +{rest} more") if rest else 0)
        if lead_cells + (len(" · ") if lead and listed else 0) + listed <= room:  # as `_joined` joins
            return shown
    return 0


def _deals_by_date(item: CoInvestor) -> list[Round | Stake]:
    """A co-investor's shared deals, rounds and stake deals, oldest first (as `shared_rounds` are)."""
    return sorted([*item.shared_rounds, *item.shared_stakes], key=lambda deal: deal.date or "")


def shared_round_choices(rounds: Sequence[Round | Stake]) -> tuple[SourceChoice, ...]:
    """The deals (rounds, and stakes taken together) a co-investor shares, latest first as its line names their companies, each a choice of
    opening its (first) source: its company, date, round and amount, then who said it, in which sentence."""
    choices = []
    for round_ in reversed(rounds):
        if not round_.evidence:
            continue
        evidence = round_.evidence[0]
        amount = money(round_.amount, round_.currency, round_.bound, round_.amount_max)
        said = (round_.company, date_label(round_.date), round_label(round_.round_type), amount)
        said += (evidence.publisher, evidence.label_at)
        label = " · ".join(clean_line(part) for part in said if part)
        choices.append(
            SourceChoice(
                evidence.source_id, round_.ref, label, clean_line(evidence.sentence), evidence.read_from
            )
        )
    return tuple(choices)


def _month_span(first: str | None, last: str | None) -> str:
    """'2025-03 – 2026-05': the months of the first and last shared rounds ('2025-03' when one)."""
    months = list(dict.fromkeys(date[:7] for date in (first, last) if date))
    return " – ".join(months) if months else "undated"


def tranche_rows(item: Stake | Round, parent: PageRow) -> list[PageRow]:
    """The installments of a stake (or a round), indented under it (`parent`, its row)."""
    return [tranche_row(tranche, parent) for tranche in item.tranches]


def tranche_row(tranche: Tranche, parent: PageRow, width: int = 22) -> PageRow:
    """One installment, indented under its stake (or, `width` 14, its round), with its own date when
    the source gives one: "2024-06  └ tranche 2  $13M". A tranche is no record of its own (it is
    exported in its stake's or round's `tranches`): space on it selects `parent`'s record, `s` opens
    its source."""
    label = tranche.label or f"tranche {tranche.seq}"
    amount = money(tranche.amount, tranche.currency, tranche.bound)
    # After the amount's narrow column, before the condition: "computed: the rest · condition: …".
    computed = computed_note(tranche).strip(" ()")
    condition = " · ".join(
        p for p in (computed, tranche.condition and f"condition: {tranche.condition}") if p
    )
    date = date_label(tranche.date) if tranche.date else ""
    return PageRow(
        _cols(
            (date, "muted", 11),
            (f"└ {label}", "muted", width),
            (amount, "amount", 10),
            (condition, "muted", 0),
        ),
        role="tranche",
        ref=parent.ref,
        company=parent.company,
        source_id=parent.source_id,
        also=parent.also,
        sources=parent.sources,
        tranche=label,
    )


def tranche_selection_note(row: PageRow, selected: bool) -> str:
    """What space on a tranche's row did, said in the status line: a tranche is no record, so its
    stake's (or round's) record was selected: "tranche 2: part of its investment, now selected"."""
    kind = "investment" if row.ref is not None and row.ref.record_type == "stake" else "round"
    return f"{clean_line(row.tranche)}: part of its {kind}, now {'selected' if selected else 'unselected'}"


SINCE_WIDTH = len("since 2026-03-04")
"""A partnership's date column: room for "since" and a full date (other sections' dates need 11)."""


def partnership_row(item: Partnership, page_id: int) -> PageRow:
    """A partnership seen from the page's company: the other party is named, whichever side it was on."""
    other, other_id = (
        (item.company, item.company_id) if item.partner_id == page_id else (item.partner, item.partner_id)
    )
    since = f"since {item.since}" if item.since else "undated"
    until = f"until {until_words(item)}" if item.until else (renewal_words(item) or "")
    told = f"{item.source_count} sources" if item.source_count > 1 else ""
    worth = money(item.amount, item.currency, item.bound, item.amount_max)
    pieces = _cols(
        (since, "muted", SINCE_WIDTH),
        (other, "bold", 22),
        (item.kind or "", "", 10),
        (
            " · ".join(x for x in (item.edited and EDITED, worth, until, told, item.description or "") if x),
            "muted",
            0,
        ),
    )
    return PageRow(
        pieces,
        ref=item.ref,
        company=item.company,
        target_id=other_id,
        target_name=other,
        source_id=_evidence_source(item),
        # several sources' records of one partnership (store/same_partnership.py): space takes them all
        also=tuple(RecordRef(record_type="partnership", record_id=id_) for id_ in item.same_partnership_ids),
        sources=told_by(item.accounts or [item]),
    )


def metric_row(item: Metric) -> PageRow:
    value = quantity(item.value, item.unit, item.currency, item.bound, item.value_max)
    pieces = _cols(
        (date_label(item.date, item.is_projection), "muted", DATE_WIDTH),
        (metric_name(item.metric), "", 20),
        (value, "amount", 22),
        (
            _joined(
                item.edited and EDITED,
                status_words(item.status),
                item.basis,
                _figure_sources(item),
                item.description,
            ),
            "muted",
            0,
        ),
    )
    return _figure_row(pieces, item)


def statement_row(item: Statement, page_id: int) -> PageRow:
    """A statement; when someone else said it about this company, the speaker is named and opens."""
    about_us = item.company_id != page_id
    speaker = (f"{item.company}: ", "bold", 0) if about_us else ("", "", 0)
    pieces = (
        *_cols((date_label(item.date), "muted", 11)),
        speaker,
        (f"“{item.text}”", "", 0),
        (f" · {EDITED}" if item.edited else "", "muted", 0),
    )
    other_id, other = (
        (item.company_id, item.company) if about_us else (item.counterpart_id, item.counterpart or "")
    )
    return PageRow(
        pieces,
        ref=item.ref,
        company=item.company,
        target_id=other_id,
        target_name=other,
        source_id=_evidence_source(item),
    )


def _share(item: Stake | Acquisition) -> str | None:
    """A stake's or an acquisition's share of the company ("60%", "~8%"): a part-purchase is no takeover."""
    return format_share(item.percentage, item.percentage_bound) or None


def acquisition_row(item: Acquisition, page_id: int) -> PageRow:
    """An acquisition seen from the page's company: the acquirer's page names the company it bought,
    the bought company's page names its acquirer; Enter opens the one named."""
    other, other_id = (
        (item.company, item.company_id) if item.acquirer_id == page_id else (item.acquirer, item.acquirer_id)
    )
    pieces = _cols(
        (date_label(item.date), "muted", 11),
        (other, "bold", 22),
        (money(item.amount, item.currency, item.bound), "amount", 10),
        (
            " · ".join(x for x in (item.edited and EDITED, _share(item), status_label(item.status)) if x),
            "muted",
            0,
        ),
    )
    return PageRow(
        pieces,
        ref=item.ref,
        company=item.company,
        target_id=other_id,
        target_name=other,
        source_id=_evidence_source(item),
    )


def conflict_pieces(conflict: Conflict) -> tuple[Piece, ...]:
    """'valuation 2025-09-09: €11.7B vs €12B · per AFP title vs Reuters title': the figures first, their
    sources after in the same order, so a row cut at 80 columns still shows every figure."""
    pieces: list[Piece] = [(f"{conflict.what}: ", "bold", 0)]
    for index, stated in enumerate(conflict.stated):
        if index:
            pieces.append((" vs ", "", 0))
        pieces.append((stated.value, "amount", 0))
    sources = " vs ".join("; ".join(stated.sources) for stated in conflict.stated)
    pieces.append((f" · per {sources}", "muted", 0))
    return tuple(pieces)


def source_row(source: SourceSummary) -> PageRow:
    """A source of the page's records: date, title, publisher, how many facts, the file it was read from."""
    return PageRow(
        _cols(
            (source.published or "", "muted", 11),
            # a deal file's own rows at their lines, as `show` names them: "hostile.csv lines 2–17"
            (_title_at_lines(source), "", 0),
            (f"  {source.publisher}" if source.publisher else "", "muted", 0),
            (f"  {_facts_told(source)}", "muted", 0),
            # "from deals.csv:12": the company's first row of the file citing it (`SourceSummary.line`)
            (f"  from {at_line(source.read_from, source.line)}" if source.read_from else "", "muted", 0),
        ),
        role="source",
        source_id=source.id,
        source_focus=source.focus,
    )


def _title_at_lines(source: SourceSummary) -> str:
    """A source's title; a deal file's own rows (citing no source) with their lines."""
    if source.kind != "dataset" or source.read_from is not None:
        return source.title
    return at_lines(source.title, source.first_line, source.last_line) or source.title


def _facts_told(source: SourceSummary) -> str:
    """ "4 facts": a document's own facts, as on every page; "4 facts + 1 from deals.csv" when a data
    file's rows of this company cite it (the same AFP article read "5 facts" on Mistral AI's page and
    "4 facts" on an investor's, with nothing saying why)."""
    own = plural(source.fact_count - source.cited_fact_count, "fact")
    if not source.cited_fact_count:
        return own
    return f"{own} + {source.cited_fact_count} from {source.cited_in}"


def build_rows(page: CompanyPage, portfolio_order: str = "date") -> PageRows:
    """Every row of the page, section by section: those of the long lists (rounds, portfolio,
    sources) made as the list asks for them (`PageRows`); the Portfolio in `portfolio_order`
    (`PORTFOLIO_ORDERS`), which its header names when it is not the date."""
    page_id = page.company.id
    investors, investments = investor_rows(page)
    conflicts = [PageRow(conflict_pieces(c), role="info") for c in page.conflicts]
    bought = [a for a in page.acquisitions if a.acquirer_id == page_id and a.company_id != page_id]
    acquired_by = [a for a in page.acquisitions if a.acquirer_id != page_id or a.company_id == page_id]
    cut = set(page.cut)
    rounds = rounds_and_valuations(page)
    portfolio = portfolio_rows(page, portfolio_order)
    figures = sum(1 for entry in rounds.items if entry[1] != 2)  # tranche rows are not counted
    parts = [
        header_rows(page),
        *section("Rounds and valuations", rounds, figures, cut=bool(cut & {"rounds", "metrics"})),
        *section(
            "Investors",
            fit_columns(investors),
            investors_count(page, investments),
            cut=bool(cut & {"investors", "rounds"}),
        ),
        *section(
            "Portfolio",
            portfolio,
            None if portfolio_order == "date" else f"{len(portfolio):,} · by {portfolio_order}",
            cut=bool(cut & {"portfolio", "rounds_joined"}),
        ),
        *section(
            "Co-investors",
            # No records of the page's own (`PageRows.refs`: what `e` and ctrl+a take): space on a
            # line takes the deals it stands for, other funds' stakes among them.
            Made(
                page.co_investors,
                partial(
                    co_investor_row, investor=page.company.name, widths=co_investor_widths(page.co_investors)
                ),
            ),
        ),
        *section(
            "Partnerships",
            fit_columns([partnership_row(p, page_id) for p in page.partnerships]),
            cut="partnerships" in cut,
        ),
        *section(
            "Metrics and projections",
            fit_columns([metric_row(m) for m in page.metrics if not is_valuation(m)]),
            cut="metrics" in cut,
        ),
        *section("Statements", [statement_row(s, page_id) for s in page.statements], cut="statements" in cut),
        *section("Acquisitions", [acquisition_row(a, page_id) for a in bought], cut="acquisitions" in cut),
        *section(
            "Acquired by", [acquisition_row(a, page_id) for a in acquired_by], cut="acquisitions" in cut
        ),
        *section("Conflicting figures", conflicts),
        *section("Sources", Made(page.sources, source_row)),
    ]
    return PageRows(parts)


def _figure_row(pieces, item: Metric) -> PageRow:
    """A dated figure's row (a metric or a stated valuation): a projection is styled as one."""
    return PageRow(
        pieces,
        role="projection" if item.is_projection else "record",
        ref=item.ref,
        company=item.company,
        source_id=_evidence_source(item),
        also=tuple(RecordRef(record_type="metric", record_id=id_) for id_ in item.same_metric_ids),
    )
