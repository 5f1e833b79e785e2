"""A stake bought: "Eurazeo has acquired a 30% stake in Kappa Vision for €60 million", "bought a stake",
"a racheté une participation de 20 % dans". The money may go to the shareholders who sold, not to the
company: unless the article says the company raised money or issued new shares, such a stake is typed
`STAKE_PURCHASE` (store/money_raised.py does not count it as money raised), and a purchase told in the
past tense is completed, not announced."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import Fact

STAKE_PURCHASE = "Stake purchase"
"""The round type of a stake bought whose money the article does not say went to the company."""

_SHARE = r"(?:an?\s+|the\s+|its\s+|une\s+|la\s+|sa\s+)?(?:(?:about|around|roughly|nearly|almost|some)\s+)?(?:\d+(?:[.,]\d+)?\s?%\s+|minority\s+|majority\s+)?"
# Buying a stake (any tense): "acquire a 30% stake", "bought a minority stake", "racheter une participation".
_STAKE_BOUGHT_RE = re.compile(
    rf"\b(?:acquir\w*|bought|buy\w*|purchas\w*)\s+{_SHARE}stake\b|"
    rf"\b(?:rach[eè]t\w*|acqu[ié]\w*|achet\w*)\s+{_SHARE}(?:participation|part)\b",
    re.IGNORECASE,
)
# The same told as done: "has acquired a 30% stake", "bought a stake", "a racheté une participation".
_STAKE_BOUGHT_DONE_RE = re.compile(
    rf"\b(?:(?:has|have|had)\s+(?:\w+\s+)?(?:acquired|bought|purchased)|acquired|bought|purchased)\s+{_SHARE}stake\b|"
    rf"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:racheté|acquis|acheté)\s+{_SHARE}(?:participation|part)\b",
    re.IGNORECASE,
)
# The article says money went to the company: new shares issued, money raised.
_NEW_MONEY_RE = re.compile(
    r"\bnew(?:ly issued)? (?:shares|money|capital|equity)\b|\bfresh (?:capital|funding|money)\b|"
    r"\bcapital increase\b|\bprimary\b|\bproceeds\b|\brais(?:e|es|ed|ing)\b|\bfunding round\b|"
    r"\baugmentation de capital\b|\bactions nouvelles\b|\bargent frais\b|\blev(?:é|ée|er|ée?s)\b|\blevée\b|"
    r"\btour de table\b",
    re.IGNORECASE,
)


def mark_stakes_bought(facts: list[Fact], sentences: Iterable[str]) -> None:
    """Type each untyped stake whose sentence buys it `STAKE_PURCHASE`, unless the article (its
    `sentences`) tells new money for the company or a round of it ("The investment is part of a $45
    million Series B round"); and make a stake bought in the past tense completed."""
    new_money = any(_NEW_MONEY_RE.search(sentence) for sentence in sentences)
    with_rounds = {fact.company for fact in facts if fact.kind == "round"}
    for fact in facts:
        if fact.kind != "investment" or not _STAKE_BOUGHT_RE.search(fact.sentence):
            continue
        if fact.round_type is None and not new_money and fact.company not in with_rounds:
            fact.round_type = STAKE_PURCHASE
        if fact.status == "announced" and _STAKE_BOUGHT_DONE_RE.search(fact.sentence):
            fact.status = "completed"
