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
        verb = _BOUGHT_OUT_BEFORE_RE.search(text, max(0, start - 40), start)
        if verb is None:
            continue
        company = _company_backed(
            text, start + len(deal.company), orgs, besides=(deal.company, deal.investor)
        )
        if company is None:
            return None
        status = "completed" if _PAST_RE.search(verb.group("verb")) else deal.status
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
        return longest_org_at(text, aside.end(), orgs, besides=besides)
    fronted = _FRONTED_IN_RE.match(text)
    if fronted is None:
        return None
    company = longest_org_at(text, fronted.end(), orgs, besides=besides)
    if company is None or not text.startswith(",", fronted.end() + len(company)):
        return None
    return company
