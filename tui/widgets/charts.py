"""Charts drawn with block characters: money raised over time, who put what into a round, an investor's bets.

Drawn by hand rather than with plotext: textual-plotext 1.0.1 runs on Textual 8, but it draws vertical
plots that need ~15 rows to be legible, prints axis ticks instead of the amounts, and cannot hatch part
of a bar. One line per bar keeps every name and amount on screen as text, fits 80 columns, and the
colours come from the theme through component classes (styled in app.tcss). Conditional money is drawn
with a different character (░ instead of █), so it stands out in any theme, and in monochrome.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.geometry import Size
from textual.widget import Widget

from ai_deals.importers.models import PLANNED
from ai_deals.store.formatting import (
    dates_nest,
    is_debt,
    is_stake_held,
    is_stake_sold,
    is_stake_traded,
    round_label,
    status_words,
)
from ai_deals.store.models import CompanyPage, Metric, Round, Stake
from ai_deals.store.money_raised import (
    CUMULATIVE,
    called_off_words,
    counted_raises,
    cumulative_investment_note,
    cumulative_note,
    cumulative_stakes,
    in_round_money,
    is_ceiling,
    lifetime_total,
    not_raised_status,
    not_raised_yet,
    page_raises,
    promised_in_rounds,
    raise_status_words,
    round_split,
    round_stakes,
    split_committed,
    stakes_outside_rounds,
    total_to_date_notes,
)
from ai_deals.store.same_raise import investor_part

from ..fact_words import shown_valuation, valued_label
from ..formatting import date_label, money
from ..safe_text import clean_line

SOLID = "█"
HATCHED = "░"
EIGHTHS = " ▏▎▍▌▋▊▉"
"""Partial blocks, so a solid bar ends at a precision of 1/8 of a cell."""
TRACK = "─"
MARKER = "◆"
MIN_BAR = 10
MAX_BARS = 24
"""More bars than this in one chart are added up by year: 30,000 stakes drawn one a line were
20,000 lines (seconds of layout on every key) that said nothing a screenful could show."""
MAX_MAKEUPS = 5
"""Rounds whose make-up is charted (the latest ones); the page's list has every round."""
ROLES = ("title", "bar", "conditional", "amount", "valuation", "muted")
ChartStyles = Mapping[str, Style]


@dataclass(frozen=True)
class Bar:
    """One line of a chart: `committed` drawn solid, `conditional` hatched, `marker` on its own scale."""

    label: str
    detail: str = ""
    committed: float = 0.0
    conditional: float = 0.0
    amount_text: str = ""
    note: str = ""
    marker: float | None = None
    marker_text: str = ""
    muted: bool = False
    # Bars are drawn to scale only against bars of the same currency: ¥330M is not twice $150M.
    currency: str | None = None
    marker_currency: str | None = None
    counted: bool = True
    """Whether money raised counts it (store/money_raised.py): a rival account of a day's raises is
    drawn, muted, but not added into a year's bar."""
    ceiling: bool = False
    """Whether its committed amount is only a ceiling ("up to $100 billion"): a year's bar tells it
    beside the money it adds up, never in it, as money raised does (store/money_raised.py)."""

    @property
    def total(self) -> float:
        return self.committed + self.conditional


@dataclass(frozen=True)
class ChartSection:
    """A titled group of bars; `legend` explains the characters used."""

    title: str
    bars: tuple[Bar, ...]
    legend: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)


# -- from a company page to bars (pure, testable without Textual) ----------------------------------


def _split_note(stake: Stake | Round, committed: float, conditional: float) -> str:
    """'$15B committed · rest $35B conditional' when a stake is partly conditional, 'conditional' when
    wholly (its amount beside it says how much), else ''.

    A part the text does not state (what the stated tranches leave of the total) says so: the
    page must not pass a subtraction off as a figure from the source.
    """
    if not conditional:
        return ""
    if not committed and not stake.tranches:
        return (
            "conditional"  # the whole amount, shown beside it: "≤$1B conditional", not "≤$1B $1B conditional"
        )
    # A computed tranche amount (the total less the stated ones) is no stated figure: its part reads "rest".
    stated = [t for t in stake.tranches if not t.computed]
    stated_committed = sum(t.amount or 0.0 for t in stated if not t.condition)
    stated_conditional = sum(t.amount or 0.0 for t in stated if t.condition)
    derived = bool(stake.tranches)

    def part(amount: float, stated: float, word: str) -> str:
        rest = "rest " if derived and amount > stated else ""
        return f"{rest}{money(amount, stake.currency)} {word}"

    parts = [part(committed, stated_committed, "committed")] if committed else []
    parts.append(part(conditional, stated_conditional, "conditional"))
    return " · ".join(parts)


def stake_bar(stake: Stake, label: str, detail: str = "") -> Bar:
    """A stake as a bar, its conditional part hatched."""
    committed, conditional = split_committed(stake)
    return Bar(
        label=label,
        detail=detail,
        committed=committed,
        conditional=conditional,
        amount_text=money(stake.amount, stake.currency, stake.bound, stake.amount_max),
        note=_split_note(stake, committed, conditional),
        currency=stake.currency,
        ceiling=is_ceiling(stake),
    )


def _round_valuation(item: Round) -> tuple[float | None, str]:
    """The valuation a round's source stated, with its bound, as its row says it ("valued ~$210M",
    "valued $450M pre-money"): `shown_valuation`."""
    shown = shown_valuation(item)
    return (None, "") if shown is None else (shown.value, valued_label(item))


def _sort_key(pair: tuple[str | None, Bar]) -> tuple[bool, str]:
    """Dated bars in date order, undated ones last."""
    return (pair[0] is None, pair[0] or "")


NOT_COUNTED = "not counted: another source's figure for this day"
"""The note on a round whose day another source tells differently, its figure counted instead."""
IN_TALKS_NOTE = "not counted: still in talks"
"""The note on a raise its sources tell as still negotiated ("is in talks to raise $1 billion")."""
PLANNED_NOTE = "not counted: only planned"
"""The note on a raise its sources tell only as the company's plan ("plans to raise $50 million")."""


LIFETIME_TOTAL_NOTE = "not counted: a running total of earlier rounds"
"""The note on a raise its sources tell as a total so far ("had raised $118 million from investors including")."""


DEBT_NOTE = "not counted: borrowed, not raised"
"""The note on a deal file's debt row ("Debt Financing", a loan: `formatting.is_debt`)."""
TRADED_NOTE = "not counted: shares changed hands, no money raised"
"""The note on a secondary ("Secondary Market", a tender offer: `formatting.is_stake_traded`): the sellers' money."""


def _not_counted_note(members: list[Round]) -> str:
    """Why a raise (its rounds, as `page_raises` gives them) is not counted in money raised. A call-off first, as
    the page's status words say it (`raise_status_words`): a planned raise called off is called off."""
    if off := next((member for member in members if member.called_off_by), None):
        return called_off_words(off)  # "called off (Daily, 2026-05-10)": why it is drawn muted
    if status := not_raised_status(members):
        return PLANNED_NOTE if status == PLANNED else IN_TALKS_NOTE
    if is_debt(members[0].round_type):
        return DEBT_NOTE
    if is_stake_traded(members[0].round_type):
        return TRADED_NOTE
    return LIFETIME_TOTAL_NOTE if lifetime_total(members) else NOT_COUNTED


def funding_bars(page: CompanyPage) -> list[Bar]:
    """A bar per round, per investment made outside a round, and a marker per valuation, by date:
    the money store/money_raised.py counts as raised (a cumulative figure is noted instead,
    `funding_notes`)."""
    dated: list[tuple[str | None, Bar]] = []
    raises = page_raises(page.rounds)
    promised_in = promised_in_rounds(raises, page.investors)
    for item, members, counted in zip(page.rounds, raises, counted_raises(raises), strict=True):
        value, text = _round_valuation(item)
        if text and not_raised_yet(members):  # the value of the raise in talks or planned, not of a round made
            text += f" ({raise_status_words(item)})"
        # A round in tranches is drawn as a stake in tranches: its conditional part hatched; so is
        # the conditional part of a stake in it (Amazon's $35B "once certain conditions are met").
        committed, conditional = round_split(item, promised_in)
        bar = Bar(
            label=date_label(item.date),
            detail=round_label(item.round_type),
            committed=committed,
            conditional=conditional,
            amount_text=money(item.amount, item.currency, item.bound, item.amount_max),
            note=_split_note(item, committed, conditional) if counted else _not_counted_note(members),
            marker=value,
            marker_text=text,
            muted=not counted,
            currency=item.currency,
            marker_currency=item.valuation_currency or item.currency,
            counted=counted,
            ceiling=is_ceiling(item),
        )
        dated.append((item.date, bar))
    for stake in stakes_outside_rounds(page.investors, raises):
        dated.append((stake.date, stake_bar(stake, date_label(stake.date), stake.investor)))
    # A raise several sources tell is valued on each source's date: its valuation, drawn on its row,
    # is not drawn again as a metric of the date another source gave it.
    valued = {
        (account.date, _round_valuation(item)[0])
        for item in page.rounds
        if _round_valuation(item)[0] is not None
        for account in item.accounts or [item]
    }
    valued_dates = {date for date, _ in valued}
    for metric in page.metrics:
        # A round made more precise by hand (2019-09 -> 2019-09-30) keeps the valuation of its month.
        if _is_valuation(metric) and not (
            metric.date in valued_dates
            or any(dates_nest(metric.date, date) and metric.value == value for date, value in valued)
        ):
            dated.append((metric.date, _valuation_bar(metric)))
    dated.sort(key=_sort_key)
    return by_year(dated, "round")


def by_year(dated: list[tuple[str | None, Bar]], noun: str) -> list[Bar]:
    """The bars as they are when there are few (`MAX_BARS`), else a bar per year and currency adding
    them up ("2025  1,200 rounds  $3.1B"), with the year's last valuation as its marker; past
    `MAX_BARS` years, the earliest ones added up in one bar per currency ("2000–2003")."""
    if len(dated) <= MAX_BARS:
        return [bar for _, bar in dated]
    years = list(dict.fromkeys((date or "")[:4] or "undated" for date, _ in dated))  # in date order
    dated_years = [year for year in years if year != "undated"]
    kept = MAX_BARS - 1 - (len(years) - len(dated_years))  # a bar for the earlier ones, one for undated
    earlier = set(dated_years[: max(0, len(dated_years) - kept)]) if len(years) > MAX_BARS else set()
    span = f"{min(earlier)}–{max(earlier)}" if earlier else ""
    groups: dict[tuple[str, str | None], list[Bar]] = {}
    for date, bar in dated:  # in date order: each group's bars too
        year = (date or "")[:4] or "undated"
        groups.setdefault((span if year in earlier else year, bar.currency), []).append(bar)
    return [_year_bar(year, currency, group, noun) for (year, currency), group in groups.items()]


def _year_bar(year: str, currency: str | None, group: list[Bar], noun: str) -> Bar:
    committed = sum(bar.committed for bar in group if bar.counted and not bar.ceiling)
    ceilings = sum(bar.committed for bar in group if bar.counted and bar.ceiling)
    conditional = sum(bar.conditional for bar in group if bar.counted)
    counted = [bar for bar in group if bar.counted and (bar.total > 0 or bar.amount_text)]
    valued = [bar for bar in group if bar.marker is not None]
    last = valued[-1] if valued else None
    return Bar(
        label=year,
        detail=f"{len(counted):,} {noun}{'' if len(counted) == 1 else 's'}" if counted else "",
        committed=committed,
        conditional=conditional,
        amount_text=_year_amount(committed + conditional, ceilings, currency),
        marker=last.marker if last else None,
        marker_text=last.marker_text if last else "",
        currency=currency,
        marker_currency=last.marker_currency if last else None,
    )


def _is_valuation(metric: Metric) -> bool:
    return metric.metric == "valuation" and metric.value is not None and not metric.is_projection


def _in_talks(status: str | None) -> str:
    """' (in talks)' after a valuation of a raise still negotiated ("would value the AI lab at about $8bn"),
    ' (planned)' after one of a raise only planned."""
    words = status_words(status)
    return f" ({words})" if words else ""


def _valuation_bar(metric: Metric) -> Bar:
    """A valuation stated outside any round: a marker with no bar."""
    return Bar(
        label=date_label(metric.date),
        detail="valuation",
        marker=metric.value,
        marker_text=f"valued {money(metric.value, metric.currency, metric.bound)}" + _in_talks(metric.status),
        marker_currency=metric.currency,
    )


def across_money(bar: Bar, item: Round, stake: Stake) -> Bar:
    """A round's stake told in another currency (with no stated rate to convert by) says so: it is
    drawn, not subtracted from the round's amount."""
    if stake.amount is None or in_round_money(item, stake) is not None:
        return bar
    note = "in another currency" + (f" · {bar.note}" if bar.note else "")
    return replace(bar, note=note)


def part_bars(item: Round, with_stake: set[int]) -> list[Bar]:
    """A bar per investor of the round whose part of it a source states and who has no stake of its
    own in it (a deal file's `Vantor Capital, 12000000, Series A` beside the article's $20M Series A:
    same_raise.investor_part)."""
    bars = []
    for name, company_id in zip(item.investors, item.investor_company_ids, strict=False):
        part = None if company_id in with_stake else investor_part(item, company_id)
        if part is not None:
            amount, currency = part
            bars.append(Bar(name, committed=amount, amount_text=money(amount, currency), currency=currency))
    return bars


def makeup_section(page: CompanyPage, item: Round) -> ChartSection | None:
    """Who put how much into one round; money the article does not attribute is shown muted."""
    stakes = sorted(round_stakes(item, page.investors, page.rounds), key=lambda s: -(s.amount or 0.0))
    parts = part_bars(item, {stake.investor_company_id for stake in stakes})
    if not stakes and not parts:
        return None
    bars = [across_money(stake_bar(stake, stake.investor), item, stake) for stake in stakes[: MAX_BARS - 1]]
    bars += parts
    others = stakes[MAX_BARS - 1 :]
    if others:  # a round with hundreds of investors: the largest, then the rest added up
        rest = sum(in_round_money(item, s) or 0.0 for s in others)
        label = f"{len(others):,} others"
        bars.append(
            Bar(label, committed=rest, amount_text=money(rest, item.currency), currency=item.currency)
        )
    # A stake told in another currency (linked to the round by its source) is not subtracted from
    # the round's amount, unless the round states an equivalent in it to convert by.
    attributed = sum(in_round_money(item, s) or 0.0 for s in stakes)
    attributed += sum(bar.committed for bar in parts if bar.currency == item.currency)
    if item.amount and item.amount - attributed > item.amount * 0.01:
        rest = item.amount - attributed
        bars.append(
            Bar(
                "not attributed",
                committed=rest,
                amount_text=money(rest, item.currency),
                muted=True,
                currency=item.currency,
            )
        )
    title = f"Round of {date_label(item.date)} · {money(item.amount, item.currency, item.bound) or 'amount unknown'}"
    legend = f"{SOLID} committed  {HATCHED} conditional" if any(b.conditional for b in bars) else ""
    conditions = tuple(f"{s.investor}: condition: {s.condition}" for s in stakes if s.condition)
    return ChartSection(title, tuple(bars), legend, conditions + round_terms(item))


def round_terms(item: Round) -> tuple[str, ...]:
    """A round in tranches, under its make-up: "the round: $30M committed · $15M conditional" and
    its condition; nothing for a round its source tells no tranches or condition of."""
    notes = []
    if item.tranches:
        committed, conditional = split_committed(item)
        notes.append(
            f"the round: {_split_note(item, committed, conditional) or money(committed, item.currency) + ' committed'}"
        )
    if item.condition:
        notes.append(f"the round: condition: {item.condition}")
    return tuple(notes)


def investment_bars(page: CompanyPage) -> list[Bar]:
    """An investor's stakes by date, each named after the company invested in; a cumulative figure
    ("≥$13B in total since 2019") is no investment of its first year: noted under the bars instead. A
    stake it sold ("Stake sale") is an exit, one only told as held with its worth ("Stake held") no money
    moved that day: neither is drawn."""
    dated = [
        (s.date, stake_bar(s, date_label(s.date), s.company))
        for s in page.portfolio
        if s.status != CUMULATIVE and not is_stake_sold(s.round_type) and not is_stake_held(s.round_type)
    ]
    dated.sort(key=_sort_key)
    return by_year(dated, "stake")


def _year_amount(added: float, ceilings: float, currency: str | None) -> str:
    """'$40B', '$40B + up to $100B' when some of the year's money is only a ceiling (never added in)."""
    parts = [money(added, currency)] if added else []
    if ceilings:
        parts.append(f"up to {money(ceilings, currency)}")
    return " + ".join(parts)


# -- from bars to lines of text --------------------------------------------------------------------


def solid_cells(value: float, scale: float, width: int) -> str:
    """A solid bar of `value` on a `width`-cell axis where `scale` fills it, to 1/8 of a cell."""
    if value <= 0 or scale <= 0:
        return ""
    eighths = max(1, round(value / scale * width * 8))
    full, part = divmod(min(eighths, width * 8), 8)
    return SOLID * full + (EIGHTHS[part] if part else "")


def hatched_cells(after: int, total: float, scale: float, width: int) -> str:
    """The hatched cells that follow `after` solid cells, up to where `total` ends (at least one)."""
    if total <= 0 or scale <= 0:
        return ""
    end = max(after + 1, round(total / scale * width))
    return HATCHED * max(0, min(end, width) - after)


@dataclass(frozen=True)
class Columns:
    """Widths of the label, detail, bar and amount columns for one section at one width."""

    label: int
    detail: int
    bar: int
    amount: int


def columns_for(bars: Iterable[Bar], width: int) -> Columns:
    """Fit the text columns first (capped), then the widest bar that leaves the notes and valuations
    readable, but never less than a third of the room (a long note is cut instead)."""
    bars = list(bars)
    label = min(16, max((len(clean_line(b.label)) for b in bars), default=0))
    detail = min(14, max((len(clean_line(b.detail)) for b in bars), default=0))
    amount = max((len(b.amount_text) for b in bars), default=0)
    room = width - label - 1 - (detail + 1 if detail else 0) - 1
    tails = [amount + (len(b.note) + 1 if b.note else 0) for b in bars]
    tails += [len(b.marker_text) for b in bars if b.marker is not None]
    bar = max(MIN_BAR, room // 3, room - max(tails, default=0))
    return Columns(label, detail, bar, amount)


def _cell(value: str, width: int, style: Style | str = "") -> Text:
    text = Text(clean_line(value), style=style)
    text.truncate(width, overflow="ellipsis", pad=True)
    return text


def _prefix(bar: Bar, cols: Columns, styles: ChartStyles) -> Text:
    line = _cell(bar.label, cols.label, styles["muted"] if bar.muted else "")
    line.append(" ")
    if cols.detail:
        line.append_text(_cell(bar.detail, cols.detail, styles["muted"]))
        line.append(" ")
    return line


def bar_line(bar: Bar, scale: float, cols: Columns, styles: ChartStyles) -> Text:
    """label, detail, the bar (solid then hatched), the amount and the note."""
    line = _prefix(bar, cols, styles)
    solid = solid_cells(bar.committed, scale, cols.bar)
    hatched = hatched_cells(len(solid), bar.total, scale, cols.bar) if bar.conditional else ""
    line.append(solid, style=styles["muted"] if bar.muted else styles["bar"])
    line.append(hatched, style=styles["conditional"])
    line.append(" " * max(0, cols.bar - len(solid) - len(hatched)) + " ")
    line.append(bar.amount_text.ljust(cols.amount), style=styles["muted"] if bar.muted else styles["amount"])
    if bar.note:  # may name a source ("called off (Daily, …)"): its publisher is data, shown cleaned
        line.append(" " + clean_line(bar.note), style=styles["muted"])
    return line


def marker_line(bar: Bar, scale: float, cols: Columns, styles: ChartStyles, labelled: bool) -> Text:
    """The valuation on its own scale: a track ending in a marker, then the value as text."""
    line = _prefix(bar, cols, styles) if labelled else Text(" " * len(_prefix(bar, cols, styles)))
    position = max(0, min(cols.bar - 1, round((bar.marker or 0) / scale * cols.bar) - 1)) if scale else 0
    line.append(TRACK * position, style=styles["muted"])
    line.append(MARKER, style=styles["valuation"])
    line.append(" " * (cols.bar - position - 1) + " ")
    line.append(bar.marker_text, style=styles["valuation"])
    return line


def section_lines(section: ChartSection, width: int, styles: ChartStyles) -> list[Text]:
    """Every line of one titled section, none wider than `width` (long lines end in an ellipsis)."""
    cols = columns_for(section.bars, width)
    scales = _largest_by_currency((b.currency, b.total) for b in section.bars)
    marker_scales = _largest_by_currency((b.marker_currency, b.marker or 0.0) for b in section.bars)
    title = Text(clean_line(section.title), style=styles["title"])
    if section.legend:
        title.append("   " + section.legend, style=styles["muted"])
    lines = [title]
    for bar in section.bars:
        has_bar = bar.total > 0 or bar.amount_text
        if has_bar:
            lines.append(bar_line(bar, scales[bar.currency], cols, styles))
        if bar.marker is not None:
            lines.append(
                marker_line(bar, marker_scales[bar.marker_currency], cols, styles, labelled=not has_bar)
            )
    notes = list(section.notes)
    currencies = sorted({c for c in (*scales, *marker_scales) if c})
    if len(currencies) > 1:
        notes.append(f"Bars compare amounts within one currency only ({', '.join(currencies)}).")
    lines += [Text(clean_line(note), style=styles["muted"]) for note in notes]
    for line in lines:
        line.no_wrap = True
        line.truncate(width, overflow="ellipsis")
    return lines


def _largest_by_currency(amounts: Iterable[tuple[str | None, float]]) -> dict[str | None, float]:
    """The largest amount of each currency: what fills the bar's width for that currency."""
    largest: dict[str | None, float] = {}
    for currency, amount in amounts:
        largest[currency] = max(largest.get(currency, 0.0), amount)
    return largest


# -- widgets ---------------------------------------------------------------------------------------


class BarChart(Widget):
    """Sections of horizontal bars; hidden while it has nothing to show."""

    DEFAULT_CSS = """
    BarChart {
        height: auto;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"chart--{role}" for role in ROLES}

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.sections: list[ChartSection] = []
        self.display = False
        self._lines: dict[int, list[Text]] = {}
        """The lines drawn, by width: a layout pass asks for the height, then they are drawn, and a
        scrollbar coming and going above a big page makes layouts alternate between two widths."""

    def set_sections(self, sections: list[ChartSection]) -> None:
        """Replace what the chart shows."""
        self.sections = [s for s in sections if s.bars or s.notes]
        self._lines = {}
        self.display = bool(self.sections)
        self.refresh(layout=True)

    def notify_style_update(self) -> None:
        """Theme or CSS changed: draw the lines again in the new styles."""
        self._lines = {}
        super().notify_style_update()

    def chart_styles(self) -> dict[str, Style]:
        """The theme's style for each role (empty styles when the stylesheet says nothing)."""
        return {role: self.get_component_rich_style(f"chart--{role}", partial=True) for role in ROLES}

    def lines(self, width: int) -> list[Text]:
        """The chart as lines of text, `width` cells wide at most (drawn once per width and content)."""
        if width not in self._lines:
            if len(self._lines) >= 4:  # a resized terminal: keep the memory of a few widths only
                self._lines.clear()
            self._lines[width] = self._draw(width)
        return self._lines[width]

    def _draw(self, width: int) -> list[Text]:
        styles = self.chart_styles()
        out: list[Text] = []
        for index, section in enumerate(self.sections):
            if index:
                out.append(Text(""))
            out += section_lines(section, width, styles)
        return out

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(max(width, 1)))

    def render(self) -> Text:
        return Text("\n").join(self.lines(max(self.size.width, 1)))


class FundingChart(BarChart):
    """Money raised over time: a bar per round (and per investment outside a round), valuations as ◆."""

    def show(self, page: CompanyPage) -> None:
        """Draw the funding history of `page`'s company."""
        bars = funding_bars(page)
        notes = (
            *total_to_date_notes(page),
            *(cumulative_note(stake) for stake in cumulative_stakes(page.investors)),
        )
        self.set_sections(
            [
                ChartSection(
                    "Money raised over time", tuple(bars), f"{SOLID} raised  {MARKER} valuation", notes
                )
            ]
        )


class RoundMakeupChart(BarChart):
    """The make-up of each round: who put in how much, conditional money hatched."""

    def show(self, page: CompanyPage) -> None:
        """Draw one section per round of `page` whose investors are known."""
        sections = [makeup_section(page, item) for item in page.rounds]
        shown = [s for s in sections if s is not None]
        if len(shown) > MAX_MAKEUPS:  # the latest rounds (page.rounds is in date order)
            left = len(shown) - MAX_MAKEUPS
            shown = shown[-MAX_MAKEUPS:]
            note = f"{left:,} earlier rounds' investors are listed on the page below."
            shown[0] = ChartSection(shown[0].title, shown[0].bars, shown[0].legend, (*shown[0].notes, note))
        self.set_sections(shown)


class InvestmentsChart(BarChart):
    """An investor's investments over time."""

    def show(self, page: CompanyPage) -> None:
        """Draw `page`'s portfolio by date."""
        bars = investment_bars(page)
        legend = f"{SOLID} committed  {HATCHED} conditional" if any(b.conditional for b in bars) else ""
        notes = tuple(cumulative_investment_note(stake) for stake in cumulative_stakes(page.portfolio))
        self.set_sections([ChartSection("Investments over time", tuple(bars), legend, notes)])


LOADING_TITLE = "(first rows, loading…)"
"""After a chart's title while only the page's first rows are read."""


class CompanyCharts(Vertical):
    """The three charts of a company page; each hides itself when the page has nothing for it."""

    DEFAULT_CSS = """
    CompanyCharts {
        height: auto;
    }
    """

    def compose(self) -> ComposeResult:
        yield FundingChart(id="funding-chart", classes="chart")
        yield RoundMakeupChart(id="makeup-chart", classes="chart")
        yield InvestmentsChart(id="investments-chart", classes="chart")

    def show(self, page: CompanyPage, loading: bool = False) -> None:
        """Draw every chart for `page`; `loading`: the page's first rows only, as the titles say, the
        charts holding the height they are likely to have whole (see `#company-charts.-loading`)."""
        self.set_class(loading, "-loading")
        for chart in (
            self.query_one(FundingChart),
            self.query_one(RoundMakeupChart),
            self.query_one(InvestmentsChart),
        ):
            chart.show(page)
            if loading and chart.sections:
                chart.set_sections([replace(s, title=f"{s.title} {LOADING_TITLE}") for s in chart.sections])

    @property
    def has_content(self) -> bool:
        """Whether any chart has something to show."""
        return any(chart.sections for chart in self.query(BarChart))
