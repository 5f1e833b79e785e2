"""Grants the round rules leave unread or without their giver: a sum granted with no grant noun ("Lynx AI was
granted €5 million by the EU", "The European Innovation Council awarded Lynx AI €5 million"), and the European
Union as a giver ("a €5 million grant from the EU", "a €5 million EU grant").

"EU" is no name to the entity reader (it is a place word: "EU-based", "the EU AI Act"), so a grant given "by the
EU" kept no giver while one "from the European Union" had it. A grant's giver named "EU" is the European Union: the
same party whichever way the article writes it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable

from ..models import GRANT, Fact
from .amounts import AmountMention, parse_amounts
from .dates import point_date_or_published
from .facts import MAX_SENTENCE
from .sentences import Sentence
from .stake_purchases import longest_org_at
from .whole_names import rfind_name

EUROPEAN_UNION = "European Union"
# Word gaps are bounded ("\s{1,3}"), as the patterns beside them in facts.py: a run of spaces costs no more
# than a word.
_EU = r"(?:the\s{1,3})?(?-i:EU\b|E\.U\.|European\s{1,3}Union\b)"
_EU_RE = re.compile(_EU, re.IGNORECASE)
_EU_AT_END_RE = re.compile(_EU + r"\s{0,3}$", re.IGNORECASE)
_GRANT_NOUN = r"(?:(?:research|innovation|public|non-dilutive)\s{1,3})?grants?"
# The EU giving the grant, told after its sum ("… grant from the EU", "a €5 million grant, awarded by the EU", "€5
# million by the EU"), or as the grant's initials ("a €5 million EU grant").
_EU_AFTER_SUM_RE = re.compile(
    rf"(?:\s{{1,3}}{_GRANT_NOUN})?,?\s{{1,3}}(?:(?:awarded|granted|given|provided)\s{{1,3}})?(?:by|from)\s{{1,3}}{_EU}|"
    r"\s{1,3}(?-i:EU)\s{1,3}grants?\b",
    re.IGNORECASE,
)
# The EU as the subject giving it, before its sum: "The EU awarded Lynx AI a €5 million grant", "the EU has granted".
_EU_GIVES_BEFORE_RE = re.compile(
    _EU + r"\s{1,3}(?:(?:has|have)\s{1,3})?(?:awarded|granted|gave|given)\b[^.;]{0,60}$", re.IGNORECASE
)

# A sum granted to a company, no grant noun needed: "Lynx AI was granted €5 million", "has been awarded €5 million".
_GRANTED_TO_SUBJECT_RE = re.compile(
    r"\s{1,3}(?:was|were|(?:has|have|had)\s{1,3}been)\s{1,3}(?:granted|awarded)\s{1,3}"
    r"(?:(?:about|around|nearly|some|more\s{1,3}than)\s{1,3})?$",
    re.IGNORECASE,
)
# The giver granting a company a sum: "The European Innovation Council granted Lynx AI €5 million".
_GIVER_GRANTED_RE = re.compile(r"\s{1,3}(?:(?:has|have)\s{1,3})?(?:granted|awarded)\s{1,3}$", re.IGNORECASE)
# Grant words after a sum: "in grants", "in non-dilutive funding".
_IN_GRANTS = (
    r"in\s{1,3}(?:grants?|grant\s{1,3}funding|non-dilutive\s{1,3}funding|public\s{1,3}funding|funding)\b"
)
# What may follow a sum granted: the sentence's end, its giver, its grant words, its day. A sum "in damages", "in
# contracts" or "to build" is no grant.
_AFTER_GRANTED_SUM_RE = re.compile(
    rf"(?:\s{{1,3}}{_IN_GRANTS})?(?:\s{{0,3}}(?:$|[.;])|,\s|\s{{1,3}}(?:by|from|on|last|this|in\s{{1,3}}(?=\d))\b)",
    re.IGNORECASE,
)
_BY_GIVER_RE = re.compile(
    rf"(?:\s{{1,3}}{_IN_GRANTS})?\s{{1,3}}(?:by|from)\s{{1,3}}(?:the\s{{1,3}})?", re.IGNORECASE
)
# An aside closing the subject: "Lynx AI, a Lyon start-up, was granted".
_ASIDE_AT_END_RE = re.compile(r",\s+[^,;()]{1,80},$")


def give_grants_the_eu(facts: list[Fact]) -> None:
    """Name the European Union as the giver of each grant without one its sentence says the EU gave."""
    for fact in facts:
        if fact.kind != "round" or fact.round_type != GRANT or fact.investors or fact.amount is None:
            continue
        sum_told = _sum_of(fact)
        if sum_told is not None and _eu_gives(fact.sentence, sum_told):
            fact.investors = [EUROPEAN_UNION]


def _sum_of(fact: Fact) -> AmountMention | None:
    """The mention of the fact's amount in its sentence."""
    amount = fact.amount or 0.0
    return next(
        (m for m in parse_amounts(fact.sentence) if m.currency and abs(m.value - amount) <= amount * 0.005),
        None,
    )


def _eu_gives(text: str, sum_told: AmountMention) -> bool:
    """Whether the sentence tells the EU gave the grant of `sum_told`, after it or as the subject before it."""
    if _EU_AFTER_SUM_RE.match(text, sum_told.span[1]):
        return True
    return (
        _EU_GIVES_BEFORE_RE.search(text, max(0, sum_told.bound_start - 120), sum_told.bound_start) is not None
    )


def grants_told_granted(
    sentences: Iterable[Sentence], facts: list[Fact], orgs: Collection[str], published: dt.date | None
) -> list[Fact]:
    """The grants sentences no fact was read from tell granted: the company's round typed `GRANT`, its giver
    named by "by"/"from" after the sum or as the subject granting it."""
    read = {fact.sentence for fact in facts}
    found: list[Fact] = []
    for sentence in sentences:
        if (
            len(sentence.text) <= MAX_SENTENCE
            and sentence.text not in read
            and _GRANT_WORD_RE.search(sentence.text)
        ):
            found += _granted(sentence, orgs, published)
    return found


_GRANT_WORD_RE = re.compile(r"\b(?:granted|awarded)\b", re.IGNORECASE)


def _granted(sentence: Sentence, orgs: Collection[str], published: dt.date | None) -> list[Fact]:
    """The grant the sentence tells granted, if its company and sum are named."""
    text = sentence.text
    for mention in parse_amounts(text):
        if mention.currency is None or not _AFTER_GRANTED_SUM_RE.match(text, mention.span[1]):
            continue
        told = _recipient_and_givers(text, mention, orgs)
        if told is not None:
            company, givers = told
            return [_grant(sentence, mention, company, givers, published)]
    return []


def _recipient_and_givers(
    text: str, mention: AmountMention, orgs: Collection[str]
) -> tuple[str, list[str]] | None:
    """Who the sum is granted to and who grants it: the subject of "was granted" and the giver "by" names after
    the sum, or the company right before the sum and the subject of "granted" ("The EIC granted Lynx AI €5
    million"). None when no company is named there."""
    before = text[: mention.bound_start]
    passive = _GRANTED_TO_SUBJECT_RE.search(before)
    if passive is not None:
        company = _subject(before[: passive.start()], orgs)
        return (company, _givers_after(text, mention, orgs, company)) if company else None
    company = _org_ending(before, orgs)
    if company is None:
        return None
    verb = _GIVER_GRANTED_RE.search(before, 0, len(before.rstrip()) - len(company))
    if verb is None:
        return None
    giver = _subject(before[: verb.start()], orgs)
    givers = [giver] if giver else _eu_subject(before[: verb.start()])
    return company, [name for name in givers if name != company]


def _subject(before: str, orgs: Collection[str]) -> str | None:
    """The organisation the text before the verb ends on (an aside after it left out)."""
    before = before.rstrip()
    aside = _ASIDE_AT_END_RE.search(before)
    return _org_ending(before[: aside.start()] if aside else before, orgs)


def _org_ending(text: str, orgs: Collection[str]) -> str | None:
    """The longest organisation `text` ends on."""
    text = text.rstrip()
    return max(
        (name for name in orgs if text.endswith(name) and rfind_name(text, name) >= 0), key=len, default=None
    )


def _eu_subject(before: str) -> list[str]:
    """The European Union when the text before the verb ends on it ("The EU granted …")."""
    return [EUROPEAN_UNION] if _EU_AT_END_RE.search(before) else []


def _givers_after(text: str, mention: AmountMention, orgs: Collection[str], company: str | None) -> list[str]:
    """The giver "by" or "from" names after the sum: a known organisation, or the EU."""
    told = _BY_GIVER_RE.match(text, mention.span[1])
    if told is None:
        return []
    if _EU_RE.match(text, told.end()):
        return [EUROPEAN_UNION]
    giver = longest_org_at(text, told.end(), orgs, besides=(company,) if company else ())
    return [giver] if giver else []


def _grant(
    sentence: Sentence, mention: AmountMention, company: str, givers: list[str], published: dt.date | None
) -> Fact:
    """The company's grant of the sum, given by `givers`, dated by the sentence (else the publication day)."""
    date, precision = point_date_or_published(sentence.text, published)
    return Fact(
        kind="round",
        company=company,
        investors=givers,
        amount=mention.value,
        amount_max=mention.amount_max,
        currency=mention.currency,
        bound=mention.bound,
        date=date,
        date_precision=precision,
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        round_type=GRANT,
        status="announced",  # as a grant received is told ("received a €5 million grant")
    )
