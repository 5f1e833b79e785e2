"""A deal a sentence denies: "Nvidia is no longer investing $2 billion in xAI", « Nvidia ne participera pas à
la levée de 20 milliards de dollars de xAI », "The $2 billion deal between Nvidia and xAI fell through".

The figure is the one a deal would have moved; read as an investment (or the round as the denier's own, or the
deal as a partnership) it would record money and ties that never were. `called_off` tells deals given up by a
verb of abandoning; this module tells plain negations of taking part, kept apart so each rule reads alone.

The negation must govern an investing verb in the figure's own clause: "no longer a startup, X raised $5
million" negates being a startup, and "is not only investing $2 billion … but also …" adds, not denies.
"""

from __future__ import annotations

import re

from .amounts import AmountMention

_I = re.IGNORECASE

# Verbs of putting money in or taking part in a round (stems: "invest" covers "investing", "invested").
_EN_TAKE_PART = r"(?:invest|inject|put|contribut|participat|tak(?:e|es|ing)\s+part|took\s+part|join|back|fund|lead|led\b|commit)"
# "not only … but also", "not just …": an addition, never a denial.
_NOT_ADDITIVE = r"(?!(?:only|just|merely|simply)\b)"

_NEGATED_BEFORE_RE = re.compile(
    r"(?:\bno\s+longer\s+(?:plans?\s+to\s+|planning\s+to\s+|going\s+to\s+|set\s+to\s+)?"
    + _EN_TAKE_PART
    + r"|\b(?:is|are|was|were|am)\s+(?:not|no\s+longer)\s+"
    + _NOT_ADDITIVE
    + r"(?:\w+\s+)?"
    + _EN_TAKE_PART
    + r"|\b(?:isn|aren|wasn|weren)['’]t\s+"
    + _NOT_ADDITIVE
    + r"(?:\w+\s+)?"
    + _EN_TAKE_PART
    + r"|\b(?:did|does|do|has|have|had)\s*(?:\s+not|n['’]t)\s+"
    + _NOT_ADDITIVE
    + r"(?:\w+\s+)?"
    + _EN_TAKE_PART
    + r"|\b(?:will|would|shall)\s+(?:not|no\s+longer|never)\s+"
    + _NOT_ADDITIVE
    + r"(?:\w+\s+)?"
    r"(?:tak(?:e)\s+part|participat|join|back|fund|lead)"
    r"|\bwon['’]t\s+" + _NOT_ADDITIVE + r"(?:\w+\s+)?(?:take\s+part|participat|join|back|fund|lead)"
    r"|\bnever\s+(?:invested|participated|took\s+part|joined|backed|funded)"
    # French: « ne participera pas à », « ne prendra pas part », « ne mettra pas », « n'investit plus ».
    r"|\bne\s+(?:participe|participent|participera|participeront|participerait|participeraient|prendra|"
    r"prendront|prend|prennent|mettra|mettront|met|mettent|mettrait|mettraient)\s+"
    r"(?:finalement\s+|donc\s+)?(?:pas|plus|jamais)\b"
    r"|\bn['’]\s*(?:investit|investissent|investirait|investiraient|injecte|injectent|apporte|apportent)\s+"
    r"(?:finalement\s+|donc\s+)?(?:pas|plus|jamais)\b"
    # « n'a pas participé », « n'ont finalement pas investi »: the participle must be one of taking part.
    r"|\bn['’]\s*(?:a|ont|avait|avaient|aura|auront|aurait|auraient)\s+(?:finalement\s+|donc\s+)?"
    r"(?:pas|plus|jamais)\s+(?:participé|investi|pris\s+part|injecté|apporté|mis|misé)\b)"
    # Up to the figure without a new clause: "n'a pas participé à la levée, et Y a investi 5 millions" is a raise.
    r"(?:(?!\b(?:and|et|but|mais|puis|then|while|tandis)\b)[^.;,]){0,80}$",
    _I,
)

# A deal named, then told as failed in the same clause: "The $2 billion deal between Nvidia and xAI fell through".
_DEAL_FELL_THROUGH_RE = re.compile(
    r"\b(?:deal|agreement|partnership|talks|negotiations|investment|accord|contrat|partenariat|"
    r"négociations|investissement)s?\b[^.;,]{0,120}?"
    r"(?:\b(?:fell|fall(?:s|ing)?|has\s+fallen|had\s+fallen)\s+(?:through|apart)|\bcollapsed\b|\bbroke\s+down\b"
    r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:called\s+off|scrapped|abandoned|cancell?ed)\b"
    r"|\b(?:a|ont|avait|avaient)\s+(?:finalement\s+)?(?:échoué|capoté)\b|\btombée?s?\s+à\s+l['’]eau\b"
    r"|\b(?:a|ont)\s+(?:finalement\s+)?été\s+(?:annulée?s?|abandonnée?s?)\b)",
    _I,
)


# A party denying it took part: "Nvidia denied it had joined X's $100 million round", "denies reports that it
# invested $50 million in X", "denied taking part in". The denied verb ends before the figure, in its clause.
_DENIED_BEFORE_RE = re.compile(
    r"\b(?P<verb>den(?:y|ies|ied|ying))\s+(?:(?:media\s+|press\s+)?(?:reports?|claims?|rumou?rs?)\s+)?(?:that\s+)?"
    r"(?:(?:it|they|he|she|the\s+(?:company|group|firm|fund))\s+)?"
    r"(?:(?:had|has|have|was|were|is|are|would|will|did)\s+(?:ever\s+|been\s+)?)?"
    r"(?:join(?:ed|ing|s)?|invest(?:ed|ing|s)?|participat(?:ed|ing|es)|t(?:ook|aken|aking|akes?)\s+part|"
    r"back(?:ed|ing|s)?|fund(?:ed|ing|s)?|l(?:ed|ead|eading|eads)|contribut(?:ed|ing|es))\b"
    r"(?:(?!\b(?:and|but|while|then)\b)[^.;,]){0,80}$",
    _I,
)


def denial_start(text: str, amount: AmountMention) -> int | None:
    """Where the verb denying taking part in the deal `amount` states starts ("Nvidia denied it had joined X's $100
    million round"), or None when no denial governs the figure. The deniers are named before it: the deal may stand
    (X's round is told as fact), without them."""
    window = max(0, amount.bound_start - 160)
    found = _DENIED_BEFORE_RE.search(text, window, amount.bound_start)
    return found.start("verb") if found else None


def negated(text: str, amount: AmountMention) -> bool:
    """Whether the sentence `text` denies taking part in the deal `amount` states (a mention of it)."""
    return bool(_NEGATED_BEFORE_RE.search(text[max(0, amount.bound_start - 160) : amount.bound_start]))


def deal_fell_through(text: str) -> bool:
    """Whether the sentence `text` tells a deal as failed: no partnership to record from it."""
    return bool(_DEAL_FELL_THROUGH_RE.search(text))
