"""The review screen's edit form: correct a fact's company, investor (a round's investors and type, a
partnership's partner), amount, currency, bound and date (a metric's projection flag, a valuation's
basis): only the fields the fact can take are shown. A stake's or round's tranches are shown read-only.

Validation is `FactEdit`'s (the store's model), so the form and `ai-deals` agree on what is valid; a
refused value keeps the form open with the reason shown under it. Only the fields a person changed
are sent, so an untouched field never overwrites what the importer read. A company or investor name
that no company (name or alias) has exactly is a typo more often than a new company: the form shows
the closest existing names and creates a company only when the person says so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from pydantic import ValidationError
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from ai_deals.importers.cells import (
    TYPED_BOUND_SIGNS,
    NotAnAmountError,
    parse_currency,
    parse_percentage,
    refuse_under_one_unit,
)
from ai_deals.importers.cells import parse_amount as parse_amount_cell
from ai_deals.store.formatting import display_unit, format_amount, format_share, short_number
from ai_deals.store.models import Record
from ai_deals.store.money_raised import paired_tranches
from ai_deals.store.review import EDITABLE_COLUMNS, FactEdit

from ..fact_words import shown_valuation
from ..safe_text import clean_line
from .base import DealsScreen
from .error import error_message
from .fields import FieldsScreen

if TYPE_CHECKING:
    from ai_deals.store import Store

FIELDS = (
    "company",
    "investor",
    "partner",
    "investors",
    "round_type",
    "amount",
    "currency",
    "bound",
    "percentage",
    "date",
    "valuation",
    "basis",
    "is_projection",
)
"""Every field the form knows, in order; a record is shown only those it can take (`editable_fields`)."""
LABELS = {"round_type": "round type", "is_projection": "projection", "percentage": "share"}
PLACEHOLDERS = {
    "investors": "names, separated by commas",
    "round_type": "Series B, seed, série A, Stake sale…",
    "date": "2021-12-31, 2021-12, 2021 or 31/12/2021",
    "basis": "pre-money, post-money or unstated",
    "valuation": "the round's valuation: $600M, ~€1.2B, at least 2B",
    "bound": "exact, approx (~), minimum (≥), maximum (≤) or range",
    "percentage": "share of the company: 31, 31%, ~8% or ≥10%",
    "is_projection": "yes or no",
}
_YES_NO = {"yes": True, "y": True, "true": True, "no": False, "n": False, "false": False}
NAME_FIELDS = ("company", "investor", "partner")
LIST_SEPARATOR = ","
"""A round's investors are typed as one comma-separated list."""
TRANCHES_HINT = "read-only here: a computed balance follows the amount; reject the fact if a tranche is wrong"
"""Why the tranches shown under the fields take no typing."""
SUGGESTIONS = 5
"""How many existing names the form offers for a name it does not know."""


_ZERO_SHARE = re.compile(r"0+(?:[.,]0*)?\s*%?")


class FormError(ValueError):
    """A value the form cannot read, with the message to show."""


AMOUNT_HELP = (
    "amount: write a number such as 50B, $35M, €1.2B, USD 35M, 900M, 2 milliards or 13000000000, "
    "with ~ (about), ≥ (at least) or ≤ (at most) before it if it is not exact"
)


def _money_help(field: str) -> str:
    """`AMOUNT_HELP` for the form field `field` ('valuation: write a number such as 50B, ...')."""
    return f"{field}: {AMOUNT_HELP.removeprefix('amount: ')}"


def parse_money(text: str, *, money: bool = True, field: str = "amount") -> tuple[float | None, str | None]:
    """An amount with the currency written in it, read as deal files read it (`parse_deal_amount`:
    the one amount reader): '$35M' -> (35e6, 'USD'), '35 M€' -> (35e6, 'EUR'), '12,5 Mio. €' ->
    (12.5e6, 'EUR'), '900M' -> (900e6, None); '' -> (None, None). What deal files refuse ('-5M',
    '1,500', '0.5') is refused with their reason; zero, or a word for no amount ('n/a'), too.
    With `money` False (a metric counted in gigawatts or employees, no currency) a value under one
    ('0.5' GW) is a value, not a unit left out. Refusals name the form field `field`."""
    if not text.strip():
        return None, None
    try:
        amount, currency = parse_amount_cell(text)
        if money or currency is not None:  # money: under one unit of its currency is a slip
            refuse_under_one_unit(amount, text)
    except NotAnAmountError:
        raise FormError(_money_help(field)) from None
    except ValueError as error:
        raise FormError(f"{field}: {error}") from None
    if amount is None:  # zero, or "n/a": the form corrects an amount, it does not remove one
        said = "is zero" if any(char.isdigit() for char in text) else "states no amount"
        raise FormError(f"{field}: must be a positive number; {clean_line(text.strip())[:40]!r} {said}")
    return amount, currency


# A capacity's unit as typed ("GW", "500MWh", "gigawatts", "mégawatt-heures"): the unit it is stored
# in (the metric's kind of unit) and how many of that unit one of it is. Capacities are stored in mega.
_CAPACITY_UNIT = re.compile(
    r"(?P<prefix>k|m|g|t|kilo|m[ée]ga|giga|t[ée]ra)(?:w|watts?)(?P<hours>h|[ -]?(?:hours?|heures?))?",
    re.IGNORECASE,
)
_PREFIX_FACTORS = {"k": 1e-3, "m": 1.0, "g": 1e3, "t": 1e6}
_CAPACITY_KINDS = {
    "megawatts": "megawatts",
    "megawatt-hours": "megawatt-hours",
    "megawatt_hours": "megawatt-hours",
}
_UNIT_SYMBOLS = {"megawatts": "MW", "megawatt-hours": "MWh", "megawatt_hours": "MWh"}
"""Capacities as the form writes them, short to type: "450 MW", "1 GW" (from 1,000 MW, as pages)."""
_CAPACITY_EXAMPLES = {"megawatts": "500 MW or 0.5 GW", "megawatt-hours": "500 MWh or 0.5 GWh"}


def capacity_unit(word: str) -> tuple[str, float] | None:
    """A capacity unit as typed -> (the unit it is stored in, how many of it one is): 'GW' ->
    ('megawatts', 1000.0), 'MWh' -> ('megawatt-hours', 1.0), 'kW' -> ('megawatts', 0.001); None for
    any other word ('users', 'M')."""
    match = _CAPACITY_UNIT.fullmatch(word.strip())
    if match is None:
        return None
    factor = _PREFIX_FACTORS[match.group("prefix")[0].casefold()]
    return ("megawatt-hours" if match.group("hours") else "megawatts"), factor


def unit_label(unit: str) -> str:
    """A stored unit as the form writes it: 'megawatts' -> 'MW', 'GW' -> 'GW', 'active_users' ->
    'active users'."""
    return _UNIT_SYMBOLS.get(unit, unit.replace("_", " "))


def _unit_of(text: str, unit: str | None = None) -> str | None:
    """The unit a value is written with: a capacity's ('1 GW', '500MW' -> 'GW', 'MW') or the metric's
    own `unit` ('900M users' -> 'users'); None for a bare number ('450', '900M')."""
    words = [_CAPACITY_UNIT.pattern]
    if unit:
        words += [re.escape(unit_label(unit)), re.escape(unit)]
    match = re.search(rf"(?:(?<=\d)|\s)\s*(?P<unit>{'|'.join(words)})\s*$", text, re.IGNORECASE)
    return match.group("unit") if match else None


def parse_quantity(text: str, unit: str, shown: str | None = None) -> tuple[float, str | None]:
    """A metric's value counted in `unit` (its stored unit: 'megawatts', 'users'), with its bound if
    written: '0.5 GW' -> 500.0, '500 MW' -> 500.0, '~1.2 GWh' on megawatt-hours -> (1200.0, 'approx'),
    '900M users' -> 900e6. A bare number is in the unit the field `shown` ('0.5' where the field said
    '1 GW' is 500 megawatts). Money ('€5M') or a unit of another kind ('5 GWh' on megawatts, '5 GW' on
    users) is refused with a one-line FormError."""
    kind = _CAPACITY_KINDS.get(unit)
    help_text = (
        f"amount: write a number such as {_CAPACITY_EXAMPLES[kind]}"
        if kind
        else (f"amount: write a number of {unit_label(unit)} such as 85, 1.5k or 900M")
    )
    bound, rest = split_bound(text)
    written = _unit_of(rest, unit)
    number = rest[: rest.rstrip().rfind(written)].strip() if written else rest
    typed = capacity_unit(written) if written else None
    factor = 1.0
    if typed is not None:
        if typed[0] != kind:
            raise FormError(
                f"amount: {clean_line(written or '')} is {_KIND_SAID[typed[0]]}, but this metric "
                f"is counted in {unit_label(unit)}: {help_text.removeprefix('amount: ')}"
            )
        factor = typed[1]
    elif shown is not None and (field := capacity_unit(shown)) is not None and field[0] == kind:
        factor = field[1]  # a bare number is in the unit the field showed
    if not number:  # "GW" alone
        raise FormError(help_text)
    try:
        value, currency = parse_money(number, money=False)
    except FormError as error:  # the money reader's help names currencies: this one names the unit
        raise FormError(help_text if str(error) == AMOUNT_HELP else str(error)) from None
    if currency is not None:
        raise FormError(
            f"amount: {clean_line(rest)[:40]} is money, but this metric is counted in "
            f"{unit_label(unit)}: {help_text.removeprefix('amount: ')}"
        )
    assert value is not None  # parse_money refuses an empty value and zero
    return value * factor, bound


_KIND_SAID = {"megawatts": "a power (watts)", "megawatt-hours": "an energy (watt-hours)"}


def refuse_capacity_as_money(text: str, field: str = "amount") -> None:
    """'5 GW' typed as a revenue or a valuation: a capacity is not money, said in one line naming
    the form field `field`."""
    written = _unit_of(split_bound(text)[1])
    if written is not None and capacity_unit(written) is not None:
        raise FormError(
            f"{field}: {clean_line(written)} is a capacity, but this figure is money: write an amount such as "
            "$35M or €1.2B"
        )


def parse_amount(text: str, *, money: bool = True) -> float | None:
    """The amount alone, as `parse_money` reads it: '50B', '1,7B', '13 000 000 000' -> a number."""
    return parse_money(text, money=money)[0]


# The bound an amount's sign or words state, as the card shows it ("~$35M", "≥ $13B", "≤€2M") or as
# people write it ("about $35M", "at least $13B", "up to €2M"); longest first, so "at least" is not "a".
# The signs are the importers' (`TYPED_BOUND_SIGNS`); a bare > or <, which a deal file's share
# cell also takes, the form does not (it never has).
_BOUND_PHRASES = {
    "approx": ("about", "around", "approximately", "approx.", "approx", "roughly", "circa", "some"),
    "minimum": ("at least", "more than", "over", "min.", "min"),
    "maximum": ("at most", "up to", "max.", "max"),
}
_BOUND_WORDS = {bound: (*TYPED_BOUND_SIGNS[bound], *words) for bound, words in _BOUND_PHRASES.items()}
_BOUND_PREFIX = re.compile(
    "|".join(
        sorted(
            (
                re.escape(word) + (r"\b" if word[-1].isalpha() else "")
                for words in _BOUND_WORDS.values()
                for word in words
            ),
            key=len,
            reverse=True,
        )
    ),
    re.IGNORECASE,
)
_BOUND_OF = {word.casefold(): bound for bound, words in _BOUND_WORDS.items() for word in words}
BOUND_HELP = "bound: write exact, approx (~), minimum (≥, at least), maximum (≤, at most) or range"
_BOUND_NAMES = ("exact", "approx", "minimum", "maximum", "range")


def split_bound(text: str) -> tuple[str | None, str]:
    """The bound an amount's leading sign or words state, and the rest: '~$35M' -> ('approx', '$35M'),
    '≥ $13B' -> ('minimum', '$13B'), 'at most €2M' -> ('maximum', '€2M'), '$35M' -> (None, '$35M')."""
    stripped = text.strip()
    match = _BOUND_PREFIX.match(stripped)
    if match is None:
        return None, stripped
    return _BOUND_OF[match.group().casefold()], stripped[match.end() :].strip()


def parse_bound(text: str) -> str:
    """A bound as typed: its name ('approx', 'Minimum') or a sign or words for it ('~', '≥', 'at most')."""
    typed = text.strip().casefold()
    if typed in _BOUND_NAMES:
        return typed
    bound, rest = split_bound(typed)
    if bound is None or rest:
        raise FormError(BOUND_HELP)
    return bound


def parse_money_bound(
    text: str, *, money: bool = True, field: str = "amount"
) -> tuple[float | None, str | None, str | None]:
    """An amount with its currency and bound if written in it: '~$35M' -> (35e6, 'USD', 'approx'),
    'at least 13B' -> (13e9, None, 'minimum'), '€2M' -> (2e6, 'EUR', None). Refusals name the form
    field `field`."""
    bound, rest = split_bound(text)
    if bound is not None and not rest:
        raise FormError(_money_help(field))
    amount, currency = parse_money(rest, money=money, field=field)
    return amount, currency, bound


def parse_share_bound(text: str) -> tuple[float, str]:
    """A share with the bound written in it, as amounts take theirs: '31%' -> (31.0, 'exact'), '~8%'
    or 'about 8%' -> (8.0, 'approx'), '≥10%' or 'at least 10%' -> (10.0, 'minimum'), '≤20%' ->
    (20.0, 'maximum')."""
    bound, rest = split_bound(text)
    if bound is not None and not rest:
        raise FormError("share: write a percentage such as 31 or 31%, with ~ or ≥ before it if need be")
    try:
        share = parse_percentage(rest)
    except ValueError as error:
        if "more than 100" in str(error):
            raise FormError(f"share: {text.strip()} is more than 100%") from None
        share = None
    if (share is not None and share <= 0) or _ZERO_SHARE.fullmatch(text.strip()):
        raise FormError(f"share: {text.strip()} is not a share: a share must be more than 0%")
    if share is None:
        raise FormError("share: write a percentage such as 31 or 31%")
    return share, bound or "exact"


def editable_fields(record: Record) -> set[str]:
    """The form fields this kind of record can take: its table's columns, the company, a stake's
    investor, a round's investors."""
    fields = {"company", *EDITABLE_COLUMNS.get(record.record_type, {})}
    if getattr(record, "metric", None) != "valuation":
        fields.discard("basis")  # only a valuation is pre- or post-money
    if record.record_type == "stake":
        fields.add("investor")
    if record.record_type == "partnership":
        fields.add("partner")
    if record.record_type == "round":
        # its source's valuation record and that one's basis; given one, or taken away
        fields |= {"investors", "valuation", "basis"}
    fields.discard("percentage_bound")  # typed in the share field: "~8%"
    return fields


def clearable_fields(record: Record) -> frozenset[str]:
    """The form fields this record may be saved with empty: a stake's or a round's round type (many
    sources state none, "raised €15M from Microsoft"; emptied, none is recorded and a stake is in no
    round of a type), a round's valuation (emptied, taken away) and its basis (emptied: unstated)."""
    return frozenset(_CLEARABLE.get(record.record_type, ()))


_CLEARABLE = {"stake": ("round_type",), "round": ("round_type", "valuation", "basis")}


def split_names(text: str) -> list[str]:
    """'Sofina, Bpifrance,  EIC Fund' -> the names, stripped, without empty ones or repeats."""
    return list(dict.fromkeys(name.strip() for name in text.split(LIST_SEPARATOR) if name.strip()))


def initial_values(record: Record) -> dict[str, str]:
    """The record's current values as the form shows them ("50B" rather than 50000000000.0)."""
    amount = getattr(record, "amount", None)
    if amount is None:
        amount = getattr(record, "value", None)
    date = getattr(record, "date", None) or getattr(record, "since", None)
    investors = getattr(record, "investors", None) if record.record_type == "round" else None
    values = {
        "company": record.company,
        "investor": getattr(record, "investor", None),
        "partner": getattr(record, "partner", None),
        "investors": f"{LIST_SEPARATOR} ".join(investors) if investors else None,
        "round_type": getattr(record, "round_type", None),
        "amount": amount_text(record, amount),
        "currency": getattr(record, "currency", None),
        "bound": getattr(record, "bound", None),
        "percentage": format_share(
            getattr(record, "percentage", None), getattr(record, "percentage_bound", None)
        )
        or None,
        "date": date,
        "valuation": valuation_text(record),
        "basis": (_basis_of(record) or "").replace("_", "-"),
        "is_projection": "yes" if getattr(record, "is_projection", False) else "no",
    }
    return {name: clean_line(value) if value is not None else "" for name, value in values.items()}


def valuation_text(record: Record) -> str | None:
    """A round's valuation as the form shows it, its currency and bound written in it ('$600M',
    '~€1.2B'): the one pages show beside the round (post-money or unstated, else pre-money)."""
    if record.record_type != "round" or (shown := shown_valuation(record)) is None:
        return None
    return format_amount(shown.value, shown.currency, shown.bound)


def _basis_of(record: Record) -> str | None:
    """A valuation's basis; a round's, that of the valuation `valuation_text` shows."""
    if record.record_type != "round":
        return getattr(record, "basis", None)
    shown = shown_valuation(record)
    return shown.basis if shown is not None else None


def metric_unit(record: Record) -> str | None:
    """The unit a metric's value is counted in ('megawatts', 'users'); None for money and other facts."""
    unit = getattr(record, "unit", None)
    return unit if unit and not getattr(record, "currency", None) else None


def amount_text(record: Record, amount: float | None) -> str | None:
    """The amount as the form shows it: '50B'; a metric's with its unit as pages show it ('1 GW' for
    1,000 megawatts, '450 MW', '85 employees'): the unit a bare number typed in its place is in."""
    if amount is None:
        return None
    unit = metric_unit(record)
    if unit is None:
        return short_number(amount)
    value, _, shown = display_unit(amount, getattr(record, "value_max", None), unit)
    return f"{short_number(value)} {unit_label(shown or unit)}"


def tranches_text(record: Record) -> str | None:
    """A stake's or round's tranches as pages pair them ('$10B (2025-04) · $20B conditional (2025): …'),
    for the form to show read-only; None for a record without tranches."""
    tranches = getattr(record, "tranches", None)
    if not tranches:
        return None
    return paired_tranches(tranches, getattr(record, "currency", None))


def amount_hint(record: Record) -> str | None:
    """What a bare number typed in a metric's amount means, and how to write another unit."""
    unit = metric_unit(record)
    if unit is None:
        return None
    shown = _unit_of(initial_values(record)["amount"]) or unit_label(unit)
    if _CAPACITY_KINDS.get(unit) is None:
        return f"a number of {unit_label(unit)}: 85, 1.5k, 900M"
    hours = "h" if shown.endswith("h") else ""
    other = f"500 MW{hours}" if shown.startswith("G") else f"1.2 GW{hours}"
    return f"0.5 means 0.5 {shown} · or type the unit: {other}"


def _agree(typed: str, changed: dict[str, str], entered: dict[str, str], values: dict[str, object]) -> None:
    """A currency written in the amount ("$35M") sets the fact's currency; one also typed in the
    currency field must be the same."""
    box = entered.get("currency", "").strip()
    try:
        code = parse_currency(box) if box else None
    except ValueError:
        code = None  # refused below, by the currency field's own check
    if code is not None and code != typed:
        # Also when the currency field was left as it was: it said another currency, and a
        # sign typed in passing must not change the fact's currency without a word.
        raise FormError(
            f"amount: {changed['amount']} is in {typed} but the currency field says {box}: "
            "write the same currency in both, or leave it out of the amount"
        )
    if code != typed:
        values["currency"] = typed


def _agree_bound(bound: str, changed: dict[str, str], values: dict[str, object]) -> None:
    """A bound written in the amount ("~$35M", "at least $13B") sets the fact's bound; one also typed
    in the bound field must be the same."""
    if "bound" in changed and values["bound"] != bound:
        raise FormError(
            f"amount: {changed['amount']} is {_BOUND_SAID[bound]} but the bound field says "
            f"{changed['bound']}: write the same bound in both, or leave it out of the amount"
        )
    values["bound"] = bound


_BOUND_SAID = {
    "approx": "approximate (approx)",
    "minimum": "at least (minimum)",
    "maximum": "at most (maximum)",
}


def build_edit(
    initial: dict[str, str],
    entered: dict[str, str],
    unit: str | None = None,
    clearable: frozenset[str] = frozenset(),
) -> FactEdit | None:
    """The changes between `initial` and `entered` as a validated FactEdit; None when nothing changed.
    `unit` is a metric's stored unit ('megawatts', 'users'; `metric_unit`): its amount is read in it.
    The fields in `clearable` may be emptied (a stake's or round's round type: its source states none).

    Raises FormError with a one-line message when a value is refused.
    """
    changed = {
        name: value.strip() for name, value in entered.items() if value.strip() != initial.get(name, "")
    }
    cleared = [name for name, value in changed.items() if not value and name not in clearable]
    if cleared:
        # A field emptied is a change the form can't make: say so rather than "Nothing changed".
        name = cleared[0]
        raise FormError(
            f"{LABELS.get(name, name)}: can't be left empty; write a value, or press Escape "
            f"to keep {initial[name]}"
        )
    if "investors" in changed and split_names(changed["investors"]) == split_names(
        initial.get("investors", "")
    ):
        del changed["investors"]  # the same names, only spaced differently
    if not changed:
        return None
    values: dict[str, object] = dict(changed)
    if "bound" in changed:
        values["bound"] = parse_bound(changed["bound"])
    if "amount" in changed and unit is not None and not entered.get("currency", "").strip():
        values["amount"], bound = parse_quantity(changed["amount"], unit, _unit_of(initial.get("amount", "")))
        if bound is not None:
            _agree_bound(bound, changed, values)
    elif "amount" in changed:
        refuse_capacity_as_money(changed["amount"])
        # A value with no currency anywhere (a metric in people with no unit) may be under one.
        money = bool(entered.get("currency", "").strip() or initial.get("currency", "").strip())
        values["amount"], typed, bound = parse_money_bound(changed["amount"], money=money)
        if typed is not None:
            _agree(typed, changed, entered, values)
        if bound is not None:
            _agree_bound(bound, changed, values)
    if "valuation" in entered and ("valuation" in changed or "basis" in changed):  # a round's
        _read_round_valuation(changed, initial, values)
    if "percentage" in changed:
        values["percentage"], bound = parse_share_bound(changed["percentage"])
        if bound != "exact" or split_bound(initial.get("percentage", ""))[0] is not None:
            values["percentage_bound"] = bound  # "~8%" typed, or "8%" typed for "~8%": now exact
    if "investors" in changed:
        values["investors"] = split_names(changed["investors"])
    if "is_projection" in changed:
        values["is_projection"] = _YES_NO.get(changed["is_projection"].casefold())
        if values["is_projection"] is None:
            raise FormError("projection: write yes (a forecast or plan) or no (a figure of its date)")
    try:
        return FactEdit(**values)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        said = first["msg"].removeprefix("Value error, ").removeprefix(f"{field} ")
        raise FormError(f"{field}: {said}") from None


def _read_round_valuation(
    changed: dict[str, str], initial: dict[str, str], values: dict[str, object]
) -> None:
    """A round's valuation and basis as typed: a valuation typed (given, or corrected), emptied (taken
    away: its basis goes with it), or only its basis changed (emptied: unstated). A basis typed for
    a round with no valuation is refused: it says what the valuation is of."""
    if changed.get("valuation") == "":
        values.pop("valuation")
        values.pop("basis", None)
        values["no_valuation"] = True
        return
    if "valuation" in changed:
        _read_valuation(changed["valuation"], initial.get("valuation", ""), values)
    elif not initial.get("valuation"):
        raise FormError("basis: this round has no valuation; write one, such as $600M, with its basis")
    if changed.get("basis") == "":
        values["basis"] = "unstated"


def _read_valuation(text: str, initial: str, values: dict[str, object]) -> None:
    """A round's valuation as typed, read as its amount is ('$600M', '~€1.2B', 'at least 2B'): the
    figure, its currency when written (else the valuation keeps its own) and its bound (exact when
    none is written over one that had a bound: '$700M' typed over '~$600M')."""
    refuse_capacity_as_money(text, field="valuation")
    values["valuation"], currency, bound = parse_money_bound(text, field="valuation")
    values["valuation_currency"] = currency
    had_bound = split_bound(initial)[0] is not None
    values["valuation_bound"] = bound or ("exact" if had_bound else None)


class NamesChecked(Message):
    """The names in `changes` were looked up: `unknown` is the first field whose name no company has
    (None: every name is known), `suggestions` the closest existing names to it."""

    def __init__(
        self,
        changes: FactEdit,
        unknown: str | None = None,
        suggestions: list[str] | None = None,
        typed: str = "",
    ):
        super().__init__()
        self.changes = changes
        self.unknown = unknown
        self.suggestions = suggestions or []
        self.typed = typed
        """The unknown name itself (one of a round's investors, when `unknown` is "investors")."""


class UnknownNameScreen(ModalScreen[str | None]):
    """Asks what a name no company has means. Dismisses with the existing name picked, with the typed
    name itself to create a new company under it, or None to go back to the form."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # A priority binding: the list's own Enter is not shown in the footer.
        Binding(
            "enter",
            "use",
            "Use",
            key_display="⏎",
            priority=True,
            id="unknown.use",
            tooltip="Use the highlighted line",
        ),
        Binding("c", "create", "Create", id="unknown.create", tooltip="Create it under the name as typed"),
        Binding("escape", "back", "Back", id="unknown.back", tooltip="Back to the form to correct the name"),
    ]

    def __init__(self, field: str, name: str, suggestions: list[str]) -> None:
        super().__init__()
        self.field = field
        self.typed = name
        self.choices = suggestions
        """The existing names offered, closest first."""

    def compose(self) -> ComposeResult:
        typed = clean_line(self.typed)
        question = f"No {self.field} is called “{typed}”."
        question += " Did you mean one of these?" if self.choices else ""
        options = [Option(Text(clean_line(name)), id=f"name-{i}") for i, name in enumerate(self.choices)]
        # Worded for the field: an investor typed is offered as a new investor (a company that invests).
        created = f"Create a new {self.field} “{typed}” (c)"
        options.append(Option(Text(created, style="italic"), id="create"))
        with Vertical(id="unknown-dialog", classes="dialog"):
            yield Static(Text(question, style="bold"), id="unknown-question", markup=False)
            yield OptionList(*options, id="unknown-choices")
            yield Static(
                Text("Enter uses the highlighted line · Esc goes back to the form", style="dim"), markup=False
            )
        # Its own footer, over the form's: that one offered ctrl+s Save, which the list does not take.
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#unknown-choices", OptionList).focus()

    @on(OptionList.OptionSelected, "#unknown-choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self._use(event.option_index)

    def action_use(self) -> None:
        """Use the highlighted line: an existing name, or the last line (create)."""
        highlighted = self.query_one("#unknown-choices", OptionList).highlighted
        if highlighted is not None:
            self._use(highlighted)

    def _use(self, index: int) -> None:
        if index >= len(self.choices):  # the last line: create
            self.action_create()
        else:
            self.dismiss(self.choices[index])

    def action_create(self) -> None:
        """Create a new company under the name as typed."""
        self.dismiss(self.typed)

    def action_back(self) -> None:
        """Back to the form, the typed name kept."""
        self.dismiss(None)


class FactEditScreen(ModalScreen[FactEdit | None], FieldsScreen):
    """Dismisses with the validated changes, or None when cancelled or nothing changed."""

    DEFAULT_CSS = """
    FactEditScreen .edit-row {
        height: 1;
    }
    FactEditScreen .edit-label {
        width: 11;
    }
    FactEditScreen .edit-row Input {
        width: 1fr;
    }
    FactEditScreen #edit-amount-hint {
        padding-left: 11;
    }
    FactEditScreen #edit-error {
        height: auto;
        display: none;
    }
    FactEditScreen .edit-tranches {
        height: auto;
    }
    FactEditScreen .edit-tranches #edit-tranches {
        width: 1fr;
    }
    FactEditScreen #edit-tranches-hint {
        padding-left: 11;
    }
    /* Save and Cancel stay at the dialog's foot, its fields scrolling above them: at 80x24 a round's
       nine fields and a refusal's three lines pushed them off the screen. */
    FactEditScreen #edit-dialog {
        overflow-y: auto;
    }
    FactEditScreen #edit-dialog > .dialog-buttons {
        dock: bottom;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "cancel", "Cancel", id="edit.cancel", tooltip="Close the form without changing the fact"
        ),
        Binding("ctrl+s", "save", "Save", id="edit.save", tooltip="Save the corrections"),
    ]

    def __init__(self, record: Record, store: Store | None = None) -> None:
        super().__init__()
        self.record = record
        self.initial = initial_values(record)
        self.allowed = editable_fields(record)
        self.store = store
        """Where typed names are looked up (None: saved as typed, without asking)."""
        self._new_names: set[str] = set()
        """Names the person chose to create a new company under."""

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-dialog", classes="dialog"):
            title = Text(f"Correct this {self.record.record_type}", style="bold")
            yield Static(title, classes="dialog-title", markup=False)
            # Only the fields this record can take: a blank box Tab skips helps nobody.
            for name in (field for field in FIELDS if field in self.allowed):
                with Horizontal(classes="edit-row"):
                    yield Label(LABELS.get(name, name), classes="edit-label", markup=False)
                    yield Input(
                        self.initial[name],
                        id=f"edit-{name}",
                        compact=True,
                        placeholder=PLACEHOLDERS.get(name, ""),
                        # A list is added to more often than replaced: Tab leaves the cursor after it.
                        select_on_focus=name != "investors",
                    )
                if name == "amount" and (hint := amount_hint(self.record)):
                    # What a bare number means: "0.5" where the field said "1 GW" is 0.5 GW.
                    yield Static(Text(hint, style="dim"), id="edit-amount-hint", markup=False)
            if (tranches := tranches_text(self.record)) is not None:
                with Horizontal(classes="edit-tranches"):
                    yield Label("tranches", classes="edit-label", markup=False)
                    yield Static(Text(clean_line(tranches)), id="edit-tranches", markup=False)
                yield Static(Text(TRANCHES_HINT, style="dim"), id="edit-tranches-hint", markup=False)
            # Shown only with a refusal in it: empty, it was a blank row above the buttons.
            yield Static("", id="edit-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", id="edit-save", variant="primary", compact=True)
                yield Button("Cancel", id="edit-cancel", compact=True)
        # Its own footer, over the review's: that one offered y Confirm and n Reject, which the form
        # does not take (they type into its fields).
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#edit-company", Input).focus()

    def entered(self) -> dict[str, str]:
        """What the form holds now, for the fields this record can take."""
        return {name: self.query_one(f"#edit-{name}", Input).value for name in FIELDS if name in self.allowed}

    def action_save(self) -> None:
        """Validate; close with the changes (once every typed name is known or confirmed as new), or
        show why not and stay open."""
        try:
            changes = build_edit(
                self.initial, self.entered(), metric_unit(self.record), clearable_fields(self.record)
            )
        except FormError as error:
            self._show_error(str(error))
            return
        if changes is None or self.store is None or not self._names_to_check(changes):
            self.dismiss(changes)
        else:
            self.check_names(changes)

    def _show_error(self, message: str) -> None:
        error = self.query_one("#edit-error", Static)
        error.update(Text(clean_line(message), style="bold"))
        error.display = True

    def _names_to_check(self, changes: FactEdit) -> list[tuple[str, str]]:
        """(field, name) of the typed names not yet confirmed as new companies."""
        names = [(field, getattr(changes, field)) for field in NAME_FIELDS]
        names += [("investors", name) for name in changes.investors or ()]
        return [(field, name) for field, name in names if name and name not in self._new_names]

    @work(thread=True, exclusive=True, group="edit-names", exit_on_error=False)
    def check_names(self, changes: FactEdit) -> None:
        """Look the typed names up in a worker thread; for an unknown one, the closest existing names."""
        assert self.store is not None
        for field, name in self._names_to_check(changes):
            if self.store.find_company(name, exact=True) is None:
                hits = self.store.search(name, SUGGESTIONS * 2)
                suggestions = list(dict.fromkeys(hit.name for hit in hits))[:SUGGESTIONS]
                self.post_message(NamesChecked(changes, field, suggestions, name))
                return
        self.post_message(NamesChecked(changes))

    def on_names_checked(self, message: NamesChecked) -> None:
        """Every name known: save. Else ask what the unknown one means."""
        field = message.unknown
        if field is None:
            self.dismiss(message.changes)
            return
        typed = message.typed or getattr(message.changes, field)
        asked = "investor" if field == "investors" else field
        # The status line above (the review's) said "ctrl+s saves · esc cancels": not the list's keys.
        below = next((s for s in reversed(self.app.screen_stack) if isinstance(s, DealsScreen)), None)
        before = below.status if below is not None else ""
        if below is not None:
            # Whole at 80 columns (it was cut: "… c creates it · esc back to the fo…").
            below.set_status(f"Naming the {asked}: ↑/↓ choose · enter uses it · c creates it · esc: form")

        def answered(answer: str | None) -> None:
            if below is not None:
                below.set_status(before)
            box = self.query_one(f"#edit-{field}", Input)
            if answer is None:
                box.focus()
                return
            if answer == typed:
                self._new_names.add(typed)
            elif field == "investors":  # that one name of the list
                names = split_names(box.value)
                box.value = f"{LIST_SEPARATOR} ".join(answer if name == typed else name for name in names)
            else:
                box.value = answer
            self.action_save()

        self.app.push_screen(UnknownNameScreen(asked, typed, message.suggestions), answered)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed look-up is said under the form, which stays open."""
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self._show_error(f"Could not look the name up: {error_message(event.worker.error)}")

    def action_cancel(self) -> None:
        """Close without changes."""
        self.dismiss(None)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#edit-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#edit-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
