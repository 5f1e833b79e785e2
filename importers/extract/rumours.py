"""A takeover only rumoured or considered, and the denial that follows it.

« Selon plusieurs médias, Apple aurait envisagé un rachat de Mistral AI au printemps. La société a démenti toute
discussion en ce sens. », "Apple reportedly considered buying Mistral AI; Mistral AI denied it." The conditional
of hearsay (« aurait envisagé », « serait en discussions pour racheter », « rachèterait ») and the words of a deal
only weighed ("is said to be considering", "was in talks to acquire") tell no takeover: at most one in talks.
A denial right after it, in the same sentence or the next one, leaves nothing of it. So does the company's own
denial of a raise only in talks: "Poolside was in talks to raise $2 billion at a $12 billion valuation. A Poolside
spokesperson denied the report." leaves neither the raise nor its valuation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import IN_TALKS, NOT_RAISED_YET, Fact
from .sentences import Sentence

_I = re.IGNORECASE

# Words of a deal only considered or told by hearsay, before the deal's noun or verb in its clause. Not "would"
# nor "will" ("said it would acquire X" tells an agreed deal), nor "plans to" (an intent the buyer announces).
_MOOTED_RE = re.compile(
    r"\b(?:aurai(?:t|ent)\s+(?:envisagé|étudié|songé|réfléchi|discuté|négocié|approché|tenté|voulu|cherché)|"
    r"envisag(?:e|ent|erait|eraient)|étudi(?:erait|eraient)|songerai(?:t|ent)|"
    r"(?:serai(?:t|ent)\s+)?en\s+(?:discussions?|négociations?|pourparlers)|"
    r"discut(?:e|ent|erait|eraient)|négoci(?:e|ent|erait|eraient)|pourrai(?:t|ent)|lorgn(?:e|ent|erait|eraient)|"
    r"s['’]intéresserai(?:t|ent)|chercherai(?:t|ent)|voudrai(?:t|ent)|"
    r"reportedly|rumou?red|(?:is|are|was|were)\s+(?:said|reported|understood|believed|thought)\s+to|"
    r"in\s+(?:advanced\s+|early\s+|preliminary\s+)?(?:talks|discussions|negotiations))\b|"
    # An English verb of weighing right before the deal's words: "considered buying", "is weighing a bid for";
    # not "X acquired Y, considered the largest deal", whose "considered" follows the deal.
    r"\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|explor(?:es|ed|ing)|eye(?:s|d|ing)|"
    r"contemplat(?:es|ed|ing)|(?:could|may|might))\s+(?:[\w-]+\s+){0,3}$",
    _I,
)
# The buying verb itself in the conditional of hearsay: « Apple rachèterait Mistral AI ».
_CONDITIONAL_PURCHASE_RE = re.compile(
    r"\b(?:rach[eè]terai(?:t|ent)|achèterai(?:t|ent)|acquerrai(?:t|ent)|absorberai(?:t|ent)|"
    r"mettrai(?:t|ent)\s+la\s+main)\b",
    _I,
)

# A denial: « La société a démenti toute discussion », « Mistral AI dément », « ce que la banque a démenti »,
# "Mistral AI denied the report", "the company has denied any talks".
_DENIAL_RE = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:formellement\s+|aussitôt\s+|depuis\s+)?(?:démenti|nié|contesté)\b|"
    r"\b(?:dément|démentent|nie|nient)\b|\bdémenti(?:s)?\s+par\b|"
    r"\b(?:(?:has|have|had)\s+)?(?:denied|denies|deny|rejected\s+the\s+report|dismissed\s+the\s+report)\b",
    _I,
)


def mooted(before: str, cue: str) -> bool:
    """Whether a takeover is told only considered or rumoured: `before`, its clause's words up to its `cue` (the
    noun or verb telling it), say so (« Apple aurait envisagé un rachat de », "Apple is said to be considering
    buying"), or the cue is a buying verb's conditional (« rachèterait »)."""
    return bool(_MOOTED_RE.search(before) or _CONDITIONAL_PURCHASE_RE.match(cue))


# Words that deny nothing: "declined to confirm or deny", "neither confirmed nor denied", « ni confirmé ni démenti ».
_NO_DENIAL_RE = re.compile(
    r"\bconfirm(?:ed)?\s+(?:or|nor)\s+den(?:y|ied)\b|\bni\s+confirmé\s+ni\s+démenti\b|"
    r"\bn['’](?:a|ont)\s+pas\s+(?:\w+\s+)?(?:démenti|nié)\b|\b(?:did|does|has|have)\s*(?:not|n['’]t)\s+den",
    _I,
)


def denies(text: str) -> bool:
    """Whether `text` tells a denial: « La société a démenti toute discussion en ce sens », "X denied the report";
    not "declined to confirm or deny"."""
    return bool(_DENIAL_RE.search(text)) and not _NO_DENIAL_RE.search(text)


def without_denied_rumours(facts: list[Fact], sentences: Sequence[Sentence]) -> list[Fact]:
    """`facts` without each takeover told as rumoured (in talks) that a denial follows: in the rest of its own
    sentence ("…; Mistral AI denied it", « …, ce que la société a démenti ») or in the next one; nor each raise in
    talks the company itself denies there, with the valuation its sentence gives it."""
    denied_raises = [fact for fact in facts if _denied_raise(fact, sentences)]
    kept = [fact for fact in facts if not _denied_rumour(fact, sentences) and fact not in denied_raises]
    return [fact for fact in kept if not _valuation_of_denied_raise(fact, denied_raises, kept)]


def _denied_rumour(fact: Fact, sentences: Sequence[Sentence]) -> bool:
    if fact.kind != "acquisition" or fact.status != IN_TALKS or fact.line is not None:
        return False
    told = _told_after(fact, sentences)
    return told is not None and (denies(told[0]) or denies(told[1]))


def _told_after(fact: Fact, sentences: Sequence[Sentence]) -> tuple[str, str] | None:
    """What a denial of `fact` may be read in: its sentence after the company's name, and the opening of the next
    sentence ("La société a démenti…", not "…, which it denied" of a later deal). None for a fact of no sentence."""
    index = next((i for i, s in enumerate(sentences) if s.start <= fact.start < s.end), None)
    if index is None:
        return None
    own = sentences[index].text
    named_at = own.find(fact.company)
    rest = own[named_at + len(fact.company) :] if named_at >= 0 else ""
    following = sentences[index + 1].text if index + 1 < len(sentences) else ""
    return rest, following[:120]


# Who may deny a company's raise for it: the company named ("Poolside denied", "A Poolside spokesperson denied",
# "a spokesperson for Poolside denied") or referred to (« La société a démenti », "The company denied").
_COMPANY_REFERENCE_RE = re.compile(
    r"\b(?:the\s+(?:company|start-?up|firm|group)|(?:la|cette)\s+(?:société|start-?up|jeune\s+pousse)|"
    r"l['’]entreprise|le\s+groupe)\b",
    _I,
)
# A pronoun right before the denying verb: "…, which it denied", « …, ce qu'elle a démenti ».
_PRONOUN_SUBJECT_RE = re.compile(r"\b(?:it|elle)\s+(?:(?:has|had|a|avait)\s+)?(?:\w+\s+)?$", _I)
# How far before the denying verb its subject is looked for: "A spokesperson for Poolside AI denied".
_SUBJECT_SPAN = 60


def _denied_raise(fact: Fact, sentences: Sequence[Sentence]) -> bool:
    """Whether `fact` is a raise only in talks or planned the company denies in the rest of its sentence or at the opening of
    the next: "Poolside was in talks to raise $2 billion. A Poolside spokesperson denied the report." A denial by
    someone else ("Nvidia denied the report") or none ("declined to comment") leaves the raise in talks."""
    if fact.kind != "round" or fact.status not in NOT_RAISED_YET or fact.line is not None or not fact.company:
        return False
    told = _told_after(fact, sentences)
    return told is not None and any(_company_denies(text, fact.company) for text in told)


def _company_denies(text: str, company: str) -> bool:
    """Whether `text` tells `company` (or "the company", « la société ») denying."""
    if not denies(text):
        return False
    for denial in _DENIAL_RE.finditer(text):
        subject = text[max(0, denial.start() - _SUBJECT_SPAN) : denial.start()]
        if company in subject or _COMPANY_REFERENCE_RE.search(subject) or _PRONOUN_SUBJECT_RE.search(subject):
            return True
    return False


def _valuation_of_denied_raise(fact: Fact, denied_raises: list[Fact], kept: list[Fact]) -> bool:
    """Whether `fact` is the valuation told in the sentence of a denied raise ("at a $12 billion valuation"),
    which no raise of the company kept in that sentence claims."""
    if fact.kind != "valuation" or fact.status not in (None, *NOT_RAISED_YET):
        return False
    same_sentence = [f for f in denied_raises if f.company == fact.company and f.start == fact.start]
    still_raised = any(f.kind == "round" and f.company == fact.company and f.start == fact.start for f in kept)
    return bool(same_sentence) and not still_raised
