"""A holder "bought out" of a company it backs: "Thrive Capital bought out Pelican Capital, an early backer of
Tessera AI, for $40 million", "In Tessera AI, Thrive Capital bought out Pelican Capital for $40 million".

Read alone, "bought out Pelican Capital" is the purchase of the firm, and so it stays ("Thrive Capital bought out
Pelican Capital for $40 million"). The rule: when the sentence names the company whose stake it is, as the
holder's company in an aside right after it ("an early backer of Tessera AI", "one of its investors in …") or in
front of the clause ("In Tessera AI, …"), what was bought is the holder's stake in that company: the buyer's
`STAKE_PURCHASE` and the holder's whole `STAKE_SALE` (bought out, it leaves), at the price told, as "bought out
Pelican Capital's stake in Tessera AI" is read."""

from __future__ import annotations

import re
from collections.abc import Collection

from ..models import Fact
from .slot_names import party_at
from .stake_purchases import STAKE_PURCHASE, STAKE_SALE, longest_org_at
from .whole_names import name_starts

# "bought out", "has bought out", "buys out", right before the holder.
_BOUGHT_OUT_BEFORE_RE = re.compile(
    r"\b(?P<verb>(?:(?:has|have|had)\s+)?bought|buys|buying|buy)\s+out\s+(?:the\s+)?$", re.IGNORECASE
)
# An aside naming the company the holder backs, right after it: ", an early backer of Tessera AI", ", one of the
# first investors in Tessera AI", ", a longtime shareholder of Tessera AI".
_BACKER_OF_AFTER_RE = re.compile(
    r",\s+(?:an?|the|its|one\s+of\s+(?:the|its))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:backers?|investors?|shareholders?|stockholders?|holders?)\s+(?:of|in)\s+",
    re.IGNORECASE,
)
# The passive, after the holder (and its aside): "Pelican Capital was bought out by Thrive Capital".
_BOUGHT_OUT_BY_AFTER_RE = re.compile(
    r"(?:,[^,;]{1,80},)?\s++(?P<verb>(?:was|were|has\s+been|have\s+been|had\s+been|is|is\s+being|will\s+be)"
    r")\s+bought\s+out\s+by\s+",
    re.IGNORECASE,
)
# The company named as the holder's, right before it: "Tessera AI's early backer Pelican Capital".
_BACKER_BEFORE_RE = re.compile(
    r"(?P<company>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})['’]s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:backer|investor|shareholder|stockholder|holder)\s+$"
)
_PASSIVE_PAST_RE = re.compile(r"^(?:was|were|has\s+been|have\s+been|had\s+been)$", re.IGNORECASE)
# The company fronted before the clause: "In Tessera AI, Thrive Capital bought out …".
_FRONTED_IN_RE = re.compile(r"\s*In\s+")
_PAST_RE = re.compile(r"bought$", re.IGNORECASE)


def stakes_bought_out(facts: list[Fact], orgs: Collection[str]) -> None:
    """Replace each acquisition of a holder "bought out" whose sentence names the company it backs with the
    buyer's purchase of the holder's stake in that company and the holder's sale of it."""
    for fact in list(facts):
        if fact.kind != "acquisition" or not fact.investor:
            continue
        told = _stake_bought_out(fact, orgs)
        if told is not None:
            at = facts.index(fact)
            facts[at : at + 1] = told


def _stake_bought_out(deal: Fact, orgs: Collection[str]) -> list[Fact] | None:
    """The purchase and the sale a buyout of the deal's company tells, when its sentence names the company
    whose stake it is; None when it names none (the firm itself was bought)."""
    text = deal.sentence
    for start in name_starts(text, deal.company):
        holder_end = start + len(deal.company)
        verb = _BOUGHT_OUT_BEFORE_RE.search(text, max(0, start - 40), start)
        passive = None if verb is not None else _BOUGHT_OUT_BY_AFTER_RE.match(text, holder_end)
        if verb is None and passive is None:
            continue
        besides = (deal.company, deal.investor)
        company = _company_backed(text, holder_end, orgs, besides=besides)
        if company is None and passive is not None:
            company = _company_before(text, start, besides)
        if company is None:
            return None
        if verb is not None:
            status = "completed" if _PAST_RE.search(verb.group("verb")) else deal.status
        else:
            status = "completed" if _PASSIVE_PAST_RE.match(passive.group("verb")) else deal.status
        stake = deal.model_copy(update={"kind": "investment", "company": company, "status": status})
        return [
            stake.model_copy(update={"round_type": STAKE_PURCHASE}),
            stake.model_copy(update={"investor": deal.company, "round_type": STAKE_SALE}),
        ]
    return None


def _company_backed(text: str, holder_end: int, orgs: Collection[str], besides: tuple) -> str | None:
    """The company the sentence says the holder backs: named in an aside right after the holder, or fronted
    before the clause ("In Tessera AI, …")."""
    aside = _BACKER_OF_AFTER_RE.match(text, holder_end)
    if aside is not None:
        # The slot holds a name whatever its shape: "an early backer of Zorgly".
        return party_at(text, aside.end(), orgs, besides=besides)
    fronted = _FRONTED_IN_RE.match(text)
    if fronted is None:
        return None
    company = longest_org_at(text, fronted.end(), orgs, besides=besides)
    if company is None or not text.startswith(",", fronted.end() + len(company)):
        return None
    return company


def _company_before(text: str, holder_start: int, besides: tuple) -> str | None:
    """The company named as the holder's right before it: "Tessera AI's early backer Pelican Capital"."""
    told = _BACKER_BEFORE_RE.search(text, max(0, holder_start - 80), holder_start)
    if told is None or told.group("company") in besides:
        return None
    return told.group("company")
