"""A takeover only rumoured or considered, and the denial that follows it.

« Selon plusieurs médias, Apple aurait envisagé un rachat de Mistral AI au printemps. La société a démenti toute
discussion en ce sens. », "Apple reportedly considered buying Mistral AI; Mistral AI denied it." The conditional
of hearsay (« aurait envisagé », « serait en discussions pour racheter », « rachèterait ») and the words of a deal
only weighed ("is said to be considering", "was in talks to acquire") tell no takeover: at most one in talks.
A denial right after it, in the same sentence or the next one, leaves nothing of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import IN_TALKS, Fact
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
    sentence ("…; Mistral AI denied it", « …, ce que la société a démenti ») or in the next one."""
    return [fact for fact in facts if not _denied_rumour(fact, sentences)]


def _denied_rumour(fact: Fact, sentences: Sequence[Sentence]) -> bool:
    if fact.kind != "acquisition" or fact.status != IN_TALKS or fact.line is not None:
        return False
    index = next((i for i, s in enumerate(sentences) if s.start <= fact.start < s.end), None)
    if index is None:
        return False
    own = sentences[index].text
    target_at = own.find(fact.company)
    rest = own[target_at + len(fact.company) :] if target_at >= 0 else ""
    following = sentences[index + 1].text if index + 1 < len(sentences) else ""
    # The next sentence's denial opens it: "La société a démenti…", not "…, which it denied" of a later deal.
    return denies(rest) or denies(following[:120])
