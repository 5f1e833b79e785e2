"""A deal a sentence tells as called off: no money moved, so its figure is no fact.

"Nvidia has abandoned plans to invest $2 billion in xAI", "Nvidia scrapped its $2 billion investment",
"Talks for Nvidia to invest $2 billion in xAI collapsed", « Nvidia a renoncé à son projet d'investir 2
milliards de dollars dans xAI », « Nvidia n'investira finalement pas 2 milliards », « L'investissement de 2
milliards … a été annulé »: the sum is the one the deal would have moved. Read as an investment it would
count money never paid (a later dispatch telling a deal off would add it again, dated its own day).

The words must be in the figure's own clause (no comma, semicolon or point between them and the figure):
"X, which scrapped its IPO last year, raised $50 million" is a raise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import CALLED_OFF, Fact
from .amounts import AmountMention
from .sentences import Sentence

_I = re.IGNORECASE

# "not only", "won't just": the negation bears on "only", the money still moves.
_NOT_ONLY = r"(?:only|just|merely|simply)\b"
# "scrapped its IPO to raise $500 million privately": the raise is what the deal was given up for; but "abandoned
# plans to raise $500 million" gives up the raise itself.
_TO_RAISE_INSTEAD = (
    r"(?<!\bplan\s)(?<!\bplans\s)(?<!\bbid\s)(?<!\beffort\s)(?<!\befforts\s)(?<!\battempt\s)(?<!\battempts\s)"
    r"\bto\s+raise\b"
)

# Giving a deal up, ending before the figure in the same clause.
_CALLED_OFF_BEFORE_RE = re.compile(
    r"(?:\b(?:call(?:s|ed|ing)?|broke|break(?:s|ing)?)\s+off"
    r"|\b(?:scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|shelv(?:es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|"
    r"terminat(?:es|ed|ing)|ditch(?:es|ed|ing)?)\s+(?:its|their|his|her|the|a|an|plans?|talks)\b"
    r"|\bwithdr(?:ew|awn|aws?|awing)\s+(?:from|its|their|the|a|an|plans?)\b"
    # "dropped its plan to invest"; not "its valuation dropped from $10 billion".
    r"|\bdrop(?:s|ped|ping)?\s+(?:(?:its|their|the|a)\s+)?(?:plans?|bid|offer|investment|deal|talks|proposal)\b"
    r"|\b(?:walk(?:s|ed|ing)?\s+away|pull(?:s|ed|ing)?\s+out|back(?:s|ed|ing)?\s+out)\s+(?:of|from)\b"
    r"|\b(?:decided|chose|opted)\s+not\s+to\s+(?:invest|inject|put|contribute|proceed|go\s+ahead)\b"
    # "will not only invest $10 billion … but also": a negation that adds, not one that withdraws.
    r"|\b(?:will|would|shall)\s+(?:not|no\s+longer|never)\s+"
    r"(?!" + _NOT_ONLY + r")(?:\w+\s+)?(?:invest|inject|put|contribute)\b"
    r"|\bwon['’]t\s+(?!" + _NOT_ONLY + r")(?:\w+\s+)?(?:invest|inject|put|contribute)\b"
    # French: « a renoncé à son projet d'investir », « a abandonné son investissement ».
    r"|\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:finalement\s+|donc\s+)?(?:renoncé|abandonné|annulé)\b"
    r"|\b(?:renonce|renoncent|abandonne|abandonnent)\s+(?:à|au|aux|son|sa|ses|leur|leurs)\b"
    r"|\bn['’]\s*(?:investira|investiront|injectera|injecteront|apportera|apporteront|versera|verseront|"
    r"mettra|mettront|financera|financeront)\s+(?:finalement\s+|donc\s+|plus\s+)?(?:pas|plus|jamais)\b"
    r"(?!\s+(?:seulement|uniquement|que|qu['’]))"
    r"|\bne\s+(?:va|vont)\s+(?:finalement\s+|donc\s+)?(?:pas|plus)\s+(?:investir|injecter|apporter|verser)\b)"
    # Up to the figure without a new clause: "a abandonné son ancien nom et lève 100 millions" is a raise, and so
    # is what a deal was given up for: « a renoncé à son IPO au profit d'une levée », "scrapped its IPO to raise".
    r"(?:(?!\b(?:and|et|but|mais|puis|then|while|tandis|pour|afin|instead|in\s+favou?r\s+of|in\s+order\s+to|"
    r"au\s+profit\s+d)\b|" + _TO_RAISE_INSTEAD + r")[^.;,]){0,80}$",
    _I,
)
# A participle aside between the figure's noun and its verb: "the $25 million Series A led by Index, announced in
# January, has fallen through". The aside tells when the deal was made; the clause goes on after it.
_PARTICIPLE_ASIDE = r"(?:,\s*(?:first\s+)?(?:announced|unveiled|reported|disclosed|agreed|signed|struck)\b[^.;,]{0,60},[^.;,]{0,20}?)?"
# The deal given up, told after the figure in the same clause: "… collapsed", "… has fallen through",
# « … a été annulé ». It must open within _CALLED_OFF_REACH characters of the figure, before any point, semicolon
# or comma (but the comma opening a participle aside): see _told_called_off_after.
_CALLED_OFF_REACH = 100
_CALLED_OFF_AFTER_RE = re.compile(
    _PARTICIPLE_ASIDE
    + r"(?:\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:now\s+|since\s+|later\s+)?"
    r"(?:called\s+off|scrapped|abandoned|cancell?ed|shelved|terminated|withdrawn|dropped)\b"
    r"|\b(?:collapsed|(?:fell|fallen)\s+(?:through|apart)|broke\s+down)\b"
    r"|\b(?:a|ont|avait|avaient)\s+(?:finalement\s+)?été\s+(?:annulée?s?|abandonnée?s?)\b"
    r"|\b(?:a|ont|avaient|avait)\s+échoué\b|\btombée?s?\s+à\s+l['’]eau\b)",
    _I,
)
# A reason, a time or a relative clause after the figure is another event: "invested $2B after talks with Y
# collapsed", "raised $3B from investors whose talks with Google collapsed".
_OTHER_CLAUSE_RE = re.compile(
    r"\b(?:after|when|because|since|as|once|while|après|lorsque|lorsqu['’]|quand|car|parce|puisque"
    r"|whose|which|that|who|dont|qui)\b",
    _I,
)


# A deal's failure told as a verb: "collapsed", "has since fallen apart", "was scrapped", "later fell through".
_FAILED = (
    r"(?:has\s+|have\s+|had\s+)?(?:(?:since|later|now|subsequently|eventually|ultimately|then)\s+)?"
    r"(?:collapsed|fall(?:en)?\s+(?:apart|through)|fell\s+(?:apart|through)|broken?\s+down|"
    r"(?:was|were|been)\s+(?:called\s+off|scrapped|cancell?ed|abandoned|terminated))\b"
)
_DEAL_NOUN = r"(?:deal|agreement|investment|transaction|talks|negotiations|accord)"
# The figure's deal taken up after it and told as failed: "agreed to invest $2 billion in xAI, but the deal
# collapsed", "…, a deal that later collapsed". The deal is the one just told: "the deal" with no other party
# ("but the deal with Google collapsed" may be another), never "another deal", "a separate deal".
_DEAL_THEN_FAILED_RE = re.compile(
    # A run of spaces is entered only at its first space and read once (`(?<!\s)\s++`): a search over a long
    # run of spaces stays linear.
    r"(?:(?:[,;]\s*+(?:but\s++|and\s++)?|(?<!\s)\s++(?:but|and)\s++)(?:the|that|this)\s++"
    + _DEAL_NOUN
    + r"\s++|(?:,\s*+|(?<!\s)\s++in\s++)an?\s++"
    + _DEAL_NOUN
    + r"\s++(?:that|which)\s++)"
    + _FAILED,
    _I,
)
# The deal's mention opens within this many characters of the figure, in its clause.
_DEAL_THEN_FAILED_REACH = 200
# Room past that for the mention itself ("but the negotiations have since been called off" is ~50 characters).
_DEAL_THEN_FAILED_LENGTH = 200
_CLAUSE_END_RE = re.compile(r"[.;]")
# What ends the stretch after a figure where its deal may be told given up ("…, which later collapsed" is another
# clause).
_CLAUSE_STOP_RE = re.compile(r"[.;,]")
# The deal named first, the figure in a clause about it, then its failure: "The agreement, under which Nvidia
# would invest $2 billion in xAI, fell apart", "The deal, which would have seen Nvidia invest $2 billion, collapsed".
_DEAL_ASIDE_BEFORE_RE = re.compile(
    r"^\W*(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?"
    + _DEAL_NOUN
    + r"\s*,\s*(?:under\s+which|in\s+which|which|that)\b"
    r"[^.;,]*$",
    _I,
)
_ASIDE_THEN_FAILED_AFTER_RE = re.compile(r"[^.;,]*,\s*" + _FAILED, _I)


def told_failed_after(text: str, amount: AmountMention) -> bool:
    """Whether the sentence `text` goes on to tell the deal of `amount` failed ("…, but the deal collapsed"), or
    names the deal first and tells it failed after the clause holding the figure ("The agreement, under which …
    $2 billion …, fell apart")."""
    if _deal_then_failed(text, amount.span[1]):
        return True
    return bool(
        _DEAL_ASIDE_BEFORE_RE.search(text, 0, amount.bound_start)
        and _ASIDE_THEN_FAILED_AFTER_RE.match(text, amount.span[1])
    )


def _deal_then_failed(text: str, start: int) -> bool:
    """Whether the clause from `start` takes the deal up and tells it failed. Searched in the clause, not matched
    with a lazy prefix: a regex trying every prefix length from every start backtracked for minutes on long runs."""
    end = _CLAUSE_END_RE.search(text, start)
    told = _DEAL_THEN_FAILED_RE.search(text, start, start + _DEAL_THEN_FAILED_REACH + _DEAL_THEN_FAILED_LENGTH)
    # It opens in the clause, or at the semicolon closing it ("…in xAI; the deal collapsed").
    return told is not None and told.start() - start <= _DEAL_THEN_FAILED_REACH and (end is None or told.start() <= end.start())


def called_off(text: str, amount: AmountMention) -> bool:
    """Whether the sentence `text` tells the deal `amount` states (a mention of it) as called off."""
    before = text[max(0, amount.bound_start - 160) : amount.bound_start]
    if _CALLED_OFF_BEFORE_RE.search(before) or told_failed_after(text, amount):
        return True
    after = text[amount.span[1] :]
    other = _OTHER_CLAUSE_RE.search(after)
    return _told_called_off_after(after[: other.start()] if other else after)


def _told_called_off_after(clause: str) -> bool:
    """Whether `clause`, which follows a figure, tells the deal given up within _CALLED_OFF_REACH characters and
    before any point, semicolon or comma. Searched once, not matched with a lazy prefix: a regex retrying the words
    after every prefix length, from every start, was the slowest of the backtracking probe."""
    stop = _CLAUSE_STOP_RE.search(clause, 0, _CALLED_OFF_REACH)
    reach = stop.start() if stop else _CALLED_OFF_REACH
    told = _CALLED_OFF_AFTER_RE.search(clause)
    # The leftmost place the words are told at: if it is past the reach, no place within it tells them.
    return told is not None and told.start() <= reach


# A relative aside telling a deal of its antecedent's failed: "Helix Robotics, whose $25 million Series A deal fell
# through in January, raised $30 million": its words (a round type, a date) are the failed deal's.
_FAILED_RELATIVE_ASIDE_RE = re.compile(
    r",\s*(?:whose|which|that)\b[^.;,]*?\b(?:"
    + _FAILED
    + r"|(?:was|were|has\s+been|had\s+been)\s+(?:called\s+off|scrapped|cancell?ed|abandoned|shelved|terminated))"
    r"[^.;,]*(?=,|$)",
    _I,
)


def failed_relative_asides(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that are relative asides telling a deal as failed ("…, whose Series A deal fell through in
    January, …"): what they name belongs to that deal, never to a figure told outside them."""
    return [match.span() for match in _FAILED_RELATIVE_ASIDE_RE.finditer(text)]


# The deal just told, taken up at the opening of the next sentence and told as failed: "The deal collapsed in
# March.", "However, the agreement was later called off.", « L'accord a finalement été abandonné. », « Mais les
# négociations ont échoué. ». Its noun comes right after its article and right before its verb: "The 2023 deal
# with Intel collapsed" or "Its deal with Intel fell through" is another deal, never this one. Matched at the
# sentence's start, every run read possessively: no backtracking over long runs of spaces or words.
_OPENER = r"\W{0,3}+(?:(?:but|however|yet|mais|toutefois|cependant|finalement)\b,?+\s++)?+"
_LATER = r"(?:since|later|now|subsequently|eventually|ultimately|then|finally|quietly)\s++"
_NEXT_FAILED = (
    r"(?:(?:has|have|had)\s++)?+(?:" + _LATER + r")?+"
    r"(?:collapsed|fall(?:en)?\s++(?:apart|through)|fell\s++(?:apart|through)|broken?\s++down"
    r"|(?:was|were|been)\s++(?:" + _LATER + r")?+(?:called\s++off|scrapped|cancell?ed|abandoned|terminated|shelved))\b"
)
_NEXT_DEAL_FAILED_EN = (
    r"(?:the|that|this)\s++(?:proposed\s++|planned\s++|potential\s++)?+" + _DEAL_NOUN + r"\s++" + _NEXT_FAILED
)
_NEXT_DEAL_FAILED_FR = (
    r"(?:l['’]\s*+(?:accord|opération|investissement|entente|affaire)|le\s++(?:projet|deal|contrat|financement)"
    r"|la\s++(?:transaction|négociation|prise\s++de\s++participation)"
    r"|les\s++(?:négociations|discussions|pourparlers))\s++"
    r"(?:a|ont|avait|avaient|est|sont)\s++(?:(?:finalement|depuis|ensuite|toutefois|cependant|donc)\s++)?+"
    r"(?:été\s++(?:abandonnée?s?|annulée?s?|rompue?s?)|échoué|capoté|avorté|tombée?s?\s++à\s++l['’]eau)\b"
)
_NEXT_DEAL_FAILED_RE = re.compile(_OPENER + r"(?:" + _NEXT_DEAL_FAILED_EN + r"|" + _NEXT_DEAL_FAILED_FR + r")", _I)


def told_failed_next(sentence: str) -> bool:
    """Whether `sentence` opens by telling the deal the sentence before it told as failed ("The deal collapsed in
    March.", « L'accord a finalement été abandonné. »), naming no other deal."""
    return _NEXT_DEAL_FAILED_RE.match(sentence) is not None


def deals_failed_next(
    facts: list[Fact], sentences: Sequence[Sentence], published: str | None
) -> tuple[list[Fact], list[Fact]]:
    """`facts` without the deal a sentence told that the next sentence opens by telling failed ("Nvidia agreed to
    invest $2 billion in Zeta. The deal collapsed in March."), and that deal as a call-off (status `called_off`,
    dated the article's day, `published`, its evidence both sentences), as `called_off` keeps one told in its own
    sentence: it marks the same deal an earlier article told. Only a sentence telling one deal, an investment or
    a round of one investor, is taken up so: "the deal" of a sentence telling two is neither for sure."""
    by_sentence: dict[int, list[Fact]] = {}
    for fact in facts:
        if fact.line is None and fact.kind in ("investment", "round"):
            index = _sentence_of(fact, sentences)
            if index is not None:
                by_sentence.setdefault(index, []).append(fact)
    failed: dict[int, Fact] = {}
    for index, told in by_sentence.items():
        if len(told) != 1 or index + 1 >= len(sentences) or not told_failed_next(sentences[index + 1].text):
            continue
        (fact,) = told
        investor = fact.investor or (fact.investors[0] if len(fact.investors) == 1 else None)
        if investor is not None and fact.status != CALLED_OFF:
            failed[id(fact)] = _call_off_of(fact, investor, sentences[index], sentences[index + 1], published)
    return [fact for fact in facts if id(fact) not in failed], list(failed.values())


def _sentence_of(fact: Fact, sentences: Sequence[Sentence]) -> int | None:
    """The index of the sentence `fact` was read from."""
    return next((i for i, sentence in enumerate(sentences) if sentence.start <= fact.start < sentence.end), None)


def _call_off_of(fact: Fact, investor: str, told: Sentence, failed: Sentence, published: str | None) -> Fact:
    """The call-off of the deal `fact` (an investment of `investor`) the sentence `failed` tells failed."""
    return fact.model_copy(
        update={
            "kind": "investment",
            "investor": investor,
            "investors": [],
            "lead_investors": [],
            "status": CALLED_OFF,
            "date": published or fact.date,
            "date_precision": "day" if published else fact.date_precision,
            "sentence": f"{told.text} {failed.text}",
            "start": told.start,
            "end": failed.end,
        }
    )
