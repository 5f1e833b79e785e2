"""A raise a sentence only recalls in passing: its figure right after a recalling cue.

"Nordwind, which raised $48 million in a Series A, opened a Munich office", "after its $45 million
Series A", "fresh off a $45 million raise", « Héliade, qui a levé 120 millions d'euros en série B, ouvre
un bureau », « fort de sa levée de 20 M€ »: the article's news is the office, not the raise. Such a
raise happened on or before the article's day; the fact is marked `recalled` so that the store joins
it to the raise it recalls instead of reading it as that day's news (store/same_raise.py).
"""

from __future__ import annotations

import re

from .amounts import AmountMention

# The words that recall a raise, ending right where its figure starts (trailing spaces included).
_RECALL_CUE_RE = re.compile(
    r",\s*(?:which|that|who)\s+(?:had\s+|has\s+|recently\s+|previously\s+)*(?:raised|secured|closed|landed)\s+"
    r"|,\s*(?:after|following)\s+(?:its|their|a)\s+(?:recent\s+)?"
    r"|\bfresh\s+(?:off|from)\s+(?:a|its|their)\s+(?:recent\s+)?"
    r"|,\s*qui\s+(?:a|avait)\s+(?:récemment\s+|déjà\s+)?(?:levé|bouclé|réuni)\s+"
    r"|\b(?:après|fort|forte)\s+de\s+sa\s+(?:récente\s+)?levée\s+de\s+",
    re.IGNORECASE,
)


def recalls_figure(text: str, amount: AmountMention) -> bool:
    """Whether `amount` (a mention of `text`, the sentence it was parsed from) comes right after a
    recalling cue: the raise it states is one the sentence only recalls."""
    start = amount.bound_start  # "which raised more than $20 million": the bound is the figure's
    return any(cue.end() == start for cue in _RECALL_CUE_RE.finditer(text, 0, start))
