"""What the review screen shows of a fact: its fields as label/value pairs, and which words of its
sentence the importer read them from (names, amounts with their scale word, the year)."""

from __future__ import annotations

import re
from typing import NamedTuple

from rich.cells import cell_len

from ai_deals.store.formatting import format_share, metric_name, round_label, status_label
from ai_deals.store.models import Record, Round, Stake
from ai_deals.store.money_raised import record_status_label, tranche_terms

from .formatting import date_label, money, quantity

_AMOUNT = re.compile(
    r"(?:[$€£]\s?)?(?P<number>\d+(?:[.,]\d+)?)"
    r"(?P<scale>\s*(?:milliards?|millions?|billions?|trillions?|mrd|bn|md|mn|m|b|k)\b)?"
    r"(?:\s+(?:de\s+dollars|d['’]euros|de\s+francs|dollars|euros|francs|USD|EUR|CHF)\b)?",
    re.IGNORECASE,
)
_SCALES = {"milliard": 1e9, "billion": 1e9, "mrd": 1e9, "bn": 1e9, "md": 1e9, "b": 1e9}
_SCALES |= {"million": 1e6, "mn": 1e6, "m": 1e6, "trillion": 1e12, "k": 1e3}
_TOLERANCE = 0.005
_PARTY_FIELDS = ("company", "investor", "partner", "acquirer", "counterpart")
_AMOUNT_FIELDS = ("amount", "value", "post_money_valuation", "pre_money_valuation", "equivalent_amount")


def _scale(word: str | None) -> float:
    if not word:
        return 1.0
    word = word.strip().casefold()
    return _SCALES.get(word.rstrip("s"), _SCALES.get(word, 1.0))


def _readings(number: str) -> set[float]:
    """'1,7' is 1.7 in French; '1,000' may be a thousand: keep every plausible reading."""
    readings = {float(number.replace(",", "."))}
    if re.fullmatch(r"\d+,\d{3}", number):
        readings.add(float(number.replace(",", "")))
    return readings


def amount_spans(sentence: str, amounts: list[float]) -> list[tuple[int, int]]:
    """Where the sentence states one of `amounts` ("110 milliards de dollars", "$50B", "900 millions")."""
    spans = []
    for match in _AMOUNT.finditer(sentence):
        scale = _scale(match.group("scale"))
        for reading in _readings(match.group("number")):
            value = reading * scale
            if any(abs(value - amount) <= amount * _TOLERANCE for amount in amounts if amount > 0):
                spans.append(match.span())
                break
    return spans


def name_spans(sentence: str, names: list[str]) -> list[tuple[int, int]]:
    """Every occurrence of each name, as a whole word, ignoring case."""
    spans = []
    for name in filter(None, names):
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
        spans += [match.span() for match in pattern.finditer(sentence)]
    return spans


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, with overlapping spans joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def record_date(record: Record) -> str | None:
    """The date a record is about (a partnership's start)."""
    return getattr(record, "date", None) or getattr(record, "since", None)


def fact_word_spans(record: Record, sentence: str) -> list[tuple[int, int]]:
    """The words of `sentence` the record's parties, amounts and year were read from."""
    names = [getattr(record, name, None) for name in _PARTY_FIELDS]
    amounts = [getattr(record, name, None) for name in _AMOUNT_FIELDS]
    spans = name_spans(sentence, [n for n in names if isinstance(n, str)])
    spans += amount_spans(sentence, [a for a in amounts if isinstance(a, float | int)])
    year = (record_date(record) or "")[:4]
    if year.isdigit():
        spans += [m.span() for m in re.finditer(rf"(?<!\d){year}(?!\d)", sentence)]
    return merge_spans(spans)


def amount_label(record: Record) -> str:
    """A fact's amount as pages show it: money ("$40B", "~€2M"), or a metric's value with its unit
    ("1 GW", "450 megawatts", "85 employees")."""
    value = getattr(record, "amount", None)
    if value is None:
        value = getattr(record, "value", None)
    currency, bound = getattr(record, "currency", None), getattr(record, "bound", None)
    unit = getattr(record, "unit", None)
    if unit and not currency:
        return quantity(value, unit, None, bound, getattr(record, "value_max", None))
    return money(value, currency, bound)


_OTHER_PARTIES = ("investor", "partner", "acquirer", "counterpart")


def fact_who_and_how_much(record: Record) -> list[str]:
    """Who a fact is about and its figure, as the source view names it under the text: a stake's
    investor, a partnership's partner, an acquisition's acquirer, else the company; then the amount
    ("Nvidia", "$30B"). Three investments in one sentence read alike without them."""
    parties = [getattr(record, name, None) for name in _OTHER_PARTIES]
    party = next((name for name in parties if isinstance(name, str) and name), record.company)
    return [part for part in (party, amount_label(record)) if part]


class ShownValuation(NamedTuple):
    """The valuation shown beside a round, as `shown_valuation` picks it."""

    value: float
    currency: str | None
    bound: str | None
    basis: str | None  # "post_money", "pre_money", or None: the source did not say


def shown_valuation(record: Record) -> ShownValuation | None:
    """The one valuation every view shows beside a round (chart, row, review card, edit form): the
    post-money one (or the one whose basis the source left unstated), else the pre-money one. None
    when the round has neither (or `record` is no round)."""
    currency = getattr(record, "valuation_currency", None) or getattr(record, "currency", None)
    post = getattr(record, "post_money_valuation", None)
    if post is not None:
        basis = getattr(record, "valuation_basis", None)
        return ShownValuation(post, currency, getattr(record, "valuation_bound", None), basis)
    pre = getattr(record, "pre_money_valuation", None)
    if pre is not None:
        return ShownValuation(pre, currency, getattr(record, "pre_money_valuation_bound", None), "pre_money")
    return None


def round_valuation_label(record: Record) -> str:
    """The valuation a round's source stated with it (`shown_valuation`), with its basis whatever
    the basis ("$450M pre-money", "$120M post-money"; bare when the source did not say). Empty when
    there is none (or `record` is no round)."""
    shown = shown_valuation(record)
    if shown is None:
        return ""
    basis = {"post_money": " post-money", "pre_money": " pre-money"}.get(shown.basis or "", "")
    return money(shown.value, shown.currency, shown.bound) + basis


def valued_label(record: Record) -> str:
    """A round's valuation as its row and its chart marker say it: "valued $120M" (post-money, or
    the basis not stated: what "valued" reads as), "valued $450M pre-money" (never passed off as
    post-money). Empty when there is none."""
    shown = shown_valuation(record)
    if shown is None:
        return ""
    pre = " pre-money" if shown.basis == "pre_money" else ""
    return f"valued {money(shown.value, shown.currency, shown.bound)}{pre}"


def valued_label_within(record: Record, cells: int) -> str:
    """`valued_label` in at most `cells` cells, for a column every row shares: its words give way
    before its figure, which is never cut (a cut "valued €5.2B pre-…" or "€5.…" reads as another
    amount). "valued" goes first (the column, and every post-money row's "valued", say what the
    figure is), then "-money": "€5.2B pre-money", then "€12.5B pre". A pre-money figure keeps its
    "pre" as long as one cell is left for it ("€123.5B p…"): shown bare it would pass for post-money."""
    shown = shown_valuation(record)
    if shown is None:
        return ""
    figure = money(shown.value, shown.currency, shown.bound)
    if shown.basis != "pre_money":
        tries = [f"valued {figure}", figure]
    else:
        tries = [f"valued {figure} pre-money", f"{figure} pre-money", f"{figure} pre"]
    fitting = next((label for label in tries if cell_len(label) <= cells), None)
    if fitting is not None or shown.basis != "pre_money":
        return fitting or figure
    # Not even "X pre" fits: the figure whole, and what is left of " pre" cut with "…" when a cell is.
    left = cells - cell_len(figure)
    return f"{figure} p…" if left >= 3 else figure + ("…" if left >= 1 else "")


def fact_fields(record: Record, status: str = "") -> list[tuple[str, str]]:
    """The fact as (label, value) pairs, only those it has, for the review card. `status`: the words
    its page says for its status when they are not its own ("$75B committed · $35B conditional" for a
    round whose stakes promise part of its money: Store.promised_splits)."""
    metric = getattr(record, "metric", None)
    # A figure's name in words ("cash burn"), as its page and `show` say it
    kind = (metric and metric_name(metric)) or getattr(record, "kind", None) or record.record_type
    pairs = [("fact", f"{record.record_type} · {kind}" if kind != record.record_type else kind)]
    pairs += [(name, getattr(record, name, None)) for name in _PARTY_FIELDS]
    pairs += [("amount", amount_label(record))]
    percentage = getattr(record, "percentage", None)
    if percentage is not None:  # a stake's share of the company, often its only figure
        pairs.append(("share", format_share(percentage, getattr(record, "percentage_bound", None))))
    valuation = round_valuation_label(record)
    if valuation:
        edited = " (edited)" if getattr(record, "valuation_edited", False) else ""
        pairs.append(("valuation", valuation + edited))
    basis = getattr(record, "basis", None)
    if basis:  # a valuation's: pre-money and post-money figures are not the same thing
        pairs.append(("basis", basis.replace("_", "-")))
    if getattr(record, "is_projection", False):
        pairs.append(("projection", "yes: a forecast or plan, not a figure of its date"))
    date = record_date(record)
    pairs.append(("date", date_label(date, getattr(record, "is_projection", False)) if date else ""))
    round_type = getattr(record, "round_type", None)
    pairs.append(("round type", round_label(round_type) if round_type else None))
    for name in ("tranche", "condition", "status", "text", "description"):
        value = getattr(record, name, None)
        if name == "tranche" and isinstance(record, Stake) and len(record.tranches) > 1:
            value = tranche_terms(record)[0]  # every tranche, as `show` says them, not only the first's words
        if name == "status":  # "in talks", a split, as `show` and the page say it
            value = status or (
                record_status_label(record) if isinstance(record, Round | Stake) else status_label(value)
            )
        pairs.append((name, value))
    investors = getattr(record, "investors", None)
    if investors:
        pairs.append(("investors", ", ".join(investors)))
    return [(label, str(value)) for label, value in pairs if value]
