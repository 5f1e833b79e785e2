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

from .amounts import AmountMention

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
