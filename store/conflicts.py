"""Sources that disagree: the same kind of figure for the same company and date, different values."""

from __future__ import annotations

from collections import defaultdict

from .formatting import format_amount
from .models import CompanyPage, Conflict


def find_conflicts(page: CompanyPage) -> list[Conflict]:
    """Both values are kept in the tables; this only points the disagreement out."""
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for metric in page.metrics:
        what = f"{metric.metric} {metric.date or ''}".strip()
        value = format_amount(metric.value, metric.currency, metric.bound, metric.value_max, metric.unit)
        if metric.basis:
            value += f" ({metric.basis.replace('_', '-')})"
        groups[what].extend((value, ev.source_title) for ev in metric.evidence)
    for stake in page.investors:
        what = f"{stake.investor} → {stake.company} {stake.date or ''}".strip()
        value = format_amount(stake.amount, stake.currency, stake.bound, stake.amount_max)
        groups[what].extend((value, ev.source_title) for ev in stake.evidence)
    for round_ in page.rounds:
        what = f"round {round_.date or ''}".strip()
        value = format_amount(round_.amount, round_.currency, round_.bound, round_.amount_max)
        groups[what].extend((value, ev.source_title) for ev in round_.evidence)
    conflicts = []
    for what, stated in groups.items():
        values = sorted({value for value, _ in stated})
        sources = sorted({source for _, source in stated})
        if len(values) > 1 and len(sources) > 1:
            conflicts.append(Conflict(what=what, values=values, sources=sources))
    return conflicts
