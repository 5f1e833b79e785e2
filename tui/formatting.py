"""Short, human labels for amounts, bounds and dates, shared by every screen."""

from __future__ import annotations

from ai_deals.store.formatting import (
    BOUND_SIGNS,
    CURRENCY_SIGNS,
    display_unit,
    on_or_before,
    plural,
    short_number,
)

# Shared with the command line and the timeline, so all say it alike.
__all__ = ["events_selected", "on_or_before", "plural"]


def with_currency(value: float, currency: str | None) -> str:
    """A compact number with its currency sign (the command line's: "CN¥5B") or ISO code in front."""
    number = short_number(value)
    if not currency:
        return number
    symbol = CURRENCY_SIGNS.get(currency.upper())
    return f"{symbol}{number}" if symbol else f"{currency} {number}"


def bound_prefix(bound: str | None) -> str:
    """The command line's bound sign, "≥" and "≤" spaced from the amount on screens ("≥ $13B"): the
    edit form reads that form back."""
    sign = BOUND_SIGNS.get(bound or "exact", "")
    return f"{sign} " if sign in ("≥", "≤") else sign


def money(
    amount: float | None, currency: str | None, bound: str | None = None, amount_max: float | None = None
) -> str:
    """An amount as people say it: "$110B", "≥ $13B", "~€2M", "$1B–$2B"; "" when unknown."""
    if amount is None:
        return ""
    if amount_max is not None and (bound == "range" or amount_max != amount):
        return f"{with_currency(amount, currency)}–{with_currency(amount_max, currency)}"
    return bound_prefix(bound) + with_currency(amount, currency)


def quantity(
    value: float | None,
    unit: str | None,
    currency: str | None,
    bound: str | None = None,
    value_max: float | None = None,
) -> str:
    """A metric's value: money when it has a currency, else a number with its unit ("900M users",
    "65–90 GW": capacities of 1,000 MW and more in GW)."""
    if value is None:
        return ""
    if currency:
        return money(value, currency, bound, value_max)
    value, value_max, unit = display_unit(value, value_max, unit)
    label = bound_prefix(bound) + short_number(value)
    if value_max is not None and value_max != value:
        label += f"–{short_number(value_max)}"
    return f"{label} {unit.replace('_', ' ')}" if unit else label


DATE_WIDTH = len("for 2026-03-04")
"""Room for any date label: a projection's full date with its word."""


def date_label(date: str | None, is_projection: bool = False) -> str:
    """A date at its stored precision; projections read "for 2029": the year (or month, or day) a
    figure is expected for, as sources say "in 2027" or "by 2029" ("through" read as a sum to then)."""
    if not date:
        return "undated"
    return f"for {date}" if is_projection else date


def events_selected(events: int, records: int, verb: str = "selected") -> str:
    """A selection counted as its rows: "3 events selected (4 records)" when a raise's other sources came
    with its row (a row told by two sources is two records), else "4 records selected". qa54 read "3
    events, 4 records selected" as two things selected; the events are what was picked."""
    if 0 < events < records:
        return f"{plural(events, 'event')} {verb} ({plural(records, 'record')})"
    return f"{plural(records, 'record')} {verb}"
