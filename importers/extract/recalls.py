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
    # "After its $45 million Series A, Nordwind…", "…opened an office after its $45 million Series A": its own
    # earlier raise wherever the sentence says it; "after a" only fronted or after a comma ("rose on Tuesday
    # after a $300 million round" may tell the news).
    r"|(?:^\W*|,\s*)(?:after|following)\s+a\s+(?:recent\s+)?"
    r"|\b(?:after|following)\s+(?:its|their)\s+(?:recent\s+)?"
    r"|\bfresh\s+(?:off|from)\s+(?:a|its|their)\s+(?:recent\s+)?"
    r"|,\s*qui\s+(?:a|avait)\s+(?:récemment\s+|déjà\s+)?(?:levé|bouclé|réuni)\s+"
    # « H Company, la start-up parisienne d'agents IA qui avait levé », "Zorgly, the Lyon startup that raised": the
    # relative after an apposition, opened with or without a comma.
    r"|,\s+(?:la|le|une?|the|an?)\s+[^,;:()«»\"]{1,80}?,?\s+(?:qui\s+(?:a|avait)\s+(?:récemment\s+|déjà\s+)?"
    r"(?:levé|bouclé|réuni)|(?:which|that|who)\s+(?:had\s+|has\s+|recently\s+|previously\s+)*"
    r"(?:raised|secured|closed|landed))\s+"
    r"|\b(?:après|fort|forte)\s+de\s+sa\s+(?:récente\s+)?levée\s+de\s+",
    re.IGNORECASE,
)


# Where a clause recalling a raise ends: its comma, semicolon or dash ("which raised $48 million in a Series A,
# opened…"), else the sentence's end ("…opened an office after its $45 million Series A.").
_RECALL_CLAUSE_END_RE = re.compile(r"[,;]|\s[–—]\s")


def recalls_figure(text: str, amount: AmountMention) -> bool:
    """Whether `amount` (a mention of `text`, the sentence it was parsed from) comes right after a
    recalling cue: the raise it states is one the sentence only recalls."""
    start = amount.bound_start  # "which raised more than $20 million": the bound is the figure's
    return any(cue.end() == start for cue in _RECALL_CUE_RE.finditer(text, 0, start))


def recalled_clause(text: str, amount: AmountMention) -> tuple[int, int] | None:
    """The span of the words recalling `amount`'s raise, from its cue to the end of its clause ("which raised
    $48 million in a Series A" in "Nordwind, which raised $48 million in a Series A, opened an office on
    Thursday"), or None when the figure is no recalled one. A date outside it is another event's."""
    start = amount.bound_start
    cue = next((c for c in _RECALL_CUE_RE.finditer(text, 0, start) if c.end() == start), None)
    if cue is None:
        return None
    end = _RECALL_CLAUSE_END_RE.search(text, amount.span[1])
    return cue.start(), end.start() if end else len(text)


def opens_recall_cue(text: str, position: int) -> bool:
    """Whether a recalling cue opens at `position` ("Fresh off a $45 million raise, Nordwind…"): its capitalised
    first word is no company's name."""
    return any(cue.start() == position for cue in _RECALL_CUE_RE.finditer(text, position, position + 80))
