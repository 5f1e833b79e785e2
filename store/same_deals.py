"""One round reported by several sources is one round on a company's page.

An article and a deal file (or two articles) that report the same raise give two `rounds` rows: each
source's claim is kept as it was read, for review and export. A reader of the company page, and of its
chart, must see the raise once, with every source's evidence and every investor either names.

Two rounds are the same raise when they state the same amount in the same currency and their dates
agree at the precision both give ("2026-02" and "2026-02-27"). Rounds that disagree stay apart, and
`conflicts.py` points out what they disagree on.
"""

from __future__ import annotations

from .models import Round


def one_per_raise(rounds: list[Round]) -> list[Round]:
    """The rounds with each raise reported by several sources folded into its most precisely dated one."""
    kept: list[Round] = []
    for round_ in rounds:
        same = next((other for other in kept if _same_raise(other, round_)), None)
        if same is None:
            kept.append(round_)
        else:
            kept[kept.index(same)] = _folded(same, round_)
    return kept


def _same_raise(one: Round, other: Round) -> bool:
    if one.source_id == other.source_id or one.amount is None or one.date is None or other.date is None:
        return False
    shorter, longer = sorted((one.date, other.date), key=len)
    return (one.amount, one.currency) == (other.amount, other.currency) and longer.startswith(shorter)


def _folded(one: Round, other: Round) -> Round:
    """The better dated of the two, completed by the other: its evidence, investors and details."""
    first, second = (one, other) if len(one.date or "") >= len(other.date or "") else (other, one)
    investors = list(first.investors)
    company_ids = list(first.investor_company_ids)
    for name, company_id in zip(second.investors, second.investor_company_ids, strict=False):
        if name not in investors:
            investors.append(name)
            company_ids.append(company_id)
    filled = {
        field: getattr(second, field)
        for field in ("round_type", "post_money_valuation", "pre_money_valuation", "valuation_currency")
        if getattr(first, field) is None
    }
    return first.model_copy(
        update={
            **filled,
            "evidence": [*first.evidence, *second.evidence],
            "investors": investors,
            "investor_company_ids": company_ids,
            "lead_investors": list(dict.fromkeys([*first.lead_investors, *second.lead_investors])),
        }
    )
