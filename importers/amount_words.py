"""Amounts and the tranches of a stake or round as people read them ("≥ $13B", "$30M committed ·
$60M conditional: once milestones are met"): the one wording of the CLI, the TUI, the exports, and of
an export's import, which compares a row's tranche cells with what its export wrote (exported.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

CONDITIONAL = "conditional"
"""The status of money promised on a condition ("could invest up to €1B if …"): told apart from money raised."""


class TrancheTold(Protocol):
    """What the pairing reads of a tranche (the store's, an import's), read only."""

    @property
    def amount(self) -> float | None: ...

    @property
    def currency(self) -> str | None: ...

    @property
    def bound(self) -> str | None: ...

    @property
    def date(self) -> str | None: ...

    @property
    def condition(self) -> str | None: ...

    @property
    def note(self) -> str | None: ...

    @property
    def sentence(self) -> str | None: ...

    @property
    def computed(self) -> bool: ...


CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CHF": "CHF ", "CNY": "CN¥"}
BOUND_SIGNS = {"exact": "", "approx": "~", "minimum": "≥", "maximum": "≤", "range": ""}
_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))
# Capacities are stored in megawatts (megawatt-hours) whatever the text wrote; from 1,000 on they
# read in the larger unit, as sources write them: "65–90 GW", not "65k–90k megawatts".
_THOUSANDFOLD_UNITS = {"megawatts": "GW", "megawatt-hours": "GWh", "megawatt_hours": "GWh"}


def display_unit(
    value: float, value_max: float | None, unit: str | None
) -> tuple[float, float | None, str | None]:
    """A figure's value, upper value and unit as shown: 65000–90000 megawatts -> 65–90 "GW", 1000
    megawatts -> 1 "GW"; below 1,000 (and any other unit) unchanged. Display only: stored as is."""
    larger = _THOUSANDFOLD_UNITS.get(unit or "")
    if larger is None or max(abs(value), abs(value_max or 0)) < 1000:
        return value, value_max, unit
    return value / 1000, None if value_max is None else value_max / 1000, larger


def significant(value: float) -> str:
    """Up to four significant digits, trailing zeros dropped: 116.6, 102.5, 13, 4.5, 1.25 (three
    digits rounded $116.6B up to "$117B", which readers took for the total)."""
    return f"{value:.4g}"


def short_number(value: float) -> str:
    """110000000000 -> '110B', 116600000000 -> '116.6B', 102500000 -> '102.5M', 900000000 -> '900M'."""
    # Rounded first, so 999,960 reads "1M" and never "1000k"
    rounded = float(significant(value)) if abs(value) >= 1000 else value
    for scale, suffix in _SCALES:
        if abs(rounded) >= scale:
            scaled = rounded / scale
            return f"{significant(scaled)}{suffix}" if abs(scaled) < 1000 else f"{scaled:,.0f}{suffix}"
    return f"{value:,.0f}" if value == int(value) else significant(value)


def format_amount(
    amount: float | None,
    currency: str | None = None,
    bound: str | None = None,
    amount_max: float | None = None,
    unit: str | None = None,
) -> str:
    """'≥ $13B', '~CHF 84.7B', '$10B–30B', '900M users', '65–90 GW'; '' when there is no amount."""
    if amount is None:
        return ""
    if unit and not currency:
        amount, amount_max, unit = display_unit(amount, amount_max, unit)
    sign = CURRENCY_SIGNS.get(currency or "", f"{currency} " if currency else "")
    text = f"{sign}{short_number(amount)}"
    if amount_max is not None and amount_max != amount:
        text += f"–{short_number(amount_max)}"
    if unit and not currency:
        text += f" {unit}"
    prefix = BOUND_SIGNS.get(bound or "exact", "")
    return f"{prefix}{text}" if prefix else text


def paired_tranches(
    tranches: Sequence[TrancheTold],
    currency: str | None,
    *,
    quoted_unless: str | None = None,
    quote: bool = False,
) -> str:
    """A record's tranches, each its own amount with its own date, condition and, when `quote`, the
    sentence telling it (unless the record's own, `quoted_unless`): '$100M committed (2023-01-20) · $200M
    conditional: once Halcyon Labs reaches … milestones'. The one pairing the export, `show` and the
    company page say tranches with, so no tranche's amount stands beside another's condition. A sentence
    several tranches share is quoted once, after the last of them."""
    split = any(t.condition for t in tranches) and any(not t.condition for t in tranches)
    parts = []
    for index, tranche in enumerate(tranches):
        words = [format_amount(tranche.amount, tranche.currency or currency, tranche.bound)]
        if split:
            words.append(CONDITIONAL if tranche.condition else "committed")
        if tranche.computed:
            words.append("(computed: the rest)")
        words += [f"({told})" for told in (tranche.date, tranche.note) if told]
        if tranche.condition:
            words[-1] += ":"
            words.append(tranche.condition)
        following = tranches[index + 1].sentence if index + 1 < len(tranches) else None
        if quote and tranche.sentence and tranche.sentence not in (quoted_unless, following):
            words.append(f"— “{tranche.sentence}”")
        parts.append(" ".join(word for word in words if word))
    return " · ".join(parts)


def condition_beside_tranches(condition: str | None, tranches: Sequence[TrancheTold]) -> str | None:
    """A record's condition as told apart from its tranches: None when a tranche holds it, as
    `paired_tranches` tells it beside that tranche's own amount (the $100M "now" stood beside the
    $200M's "once … milestones"); a condition no tranche holds stays the record's."""
    return None if condition in {t.condition for t in tranches} else condition
