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
from .dates import COUNT_WORDS, COUNTS

# A raise named after a French cue, up to where its figure starts: « levée de », « récente levée de fonds de »,
# « tour de table de », « série B de ».
_RECALLED_RAISE = (
    r"(?:(?:récente|dernière|précédente|nouvelle|premier|dernier|précédent|nouveau|récent)\s+)?"
    # « son tour d'amorçage de 105 millions », « sa levée d'amorçage de »: its seed round (before a bare « levée »,
    # whose « d' » would end the cue before « amorçage », never where the figure starts).
    r"(?:(?:tour|levée)\s+d['’]\s*amorçage|levée(?:\s+de\s+fonds)?|tour\s+de\s+table|tour\s+de\s+financement|"
    r"série\s+[A-H]|augmentation\s+de\s+capital)\s+(?:de\s+|d['’]\s*)"
)
# A company's name as the owner of a raise: capitalised words (at most four), then "'s" ("Mistral AI's").
_POSSESSOR = r"(?-i:[A-Z][\w&.-]{0,40}+(?:\s[A-Z][\w&.-]{0,40}+){0,3}+)['’]s"
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
    # « Fort de sa levée de 20 M€ », « Après sa levée de 20 millions d'euros en 2024 », « Forte d'un tour de table
    # de 15 M€ bouclé en mars »: its own raise; « après un/une » only fronted or after a comma, as "after a".
    r"|\b(?:(?:fort|forte|forts|fortes)\s+(?:de\s+(?:sa|son|leur)|d['’]\s*(?:un|une))|après\s+(?:sa|son|leur))\s+"
    rf"{_RECALLED_RAISE}"
    r"|(?:^\W*|,\s*)après\s+(?:un|une)\s+"
    rf"{_RECALLED_RAISE}"
    # « H Company, la start-up parisienne d'agents IA qui avait levé », "Zorgly, the Lyon startup that raised": the
    # relative after an apposition, opened with or without a comma.
    r"|,\s+(?:la|le|une?|the|an?)\s+[^,;:()«»\"]{1,80}?,?\s+(?:qui\s+(?:a|avait)\s+(?:récemment\s+|déjà\s+)?"
    r"(?:levé|bouclé|réuni)|(?:which|that|who)\s+(?:had\s+|has\s+|recently\s+|previously\s+)*"
    r"(?:raised|secured|closed|landed))\s+"
    r"|\b(?:après|fort|forte)\s+de\s+sa\s+(?:récente\s+)?levée\s+de\s+"
    # "The funding comes a year after Mistral AI's €105M seed round": another company's or its own earlier raise
    # the news is counted from. Only after a span of time, whose count dates it (`months_before_news`): "rose
    # after Nvidia's $5 billion investment" may tell the news. The name is capitalised words (at most four).
    r"|(?P<counted>(?:(?<=years\s)|(?<=year\s)|(?<=months\s)|(?<=month\s))(?:after|following)\s++"
    rf"{_POSSESSOR}\s++(?:recent\s++)?)"
    # "in the year after Zorgly's $10 million seed round", "in the months after its", "since its $10 million seed
    # round in 2024", « depuis sa levée de », « dans l'année qui a suivi son tour d'amorçage de »: a stretch of time
    # the news comes in, from the earlier raise on. No count of it dates the raise (`undated_recall`).
    r"|(?P<stretch>\b(?:(?:in|during|within|over)\s++the\s++(?:(?:first|following|next)\s++)?"
    r"(?:year|years|months|weeks)\s++(?:after|following)|since)\s++"
    rf"(?:(?:its|their)\s++|{_POSSESSOR}\s++)(?:recent\s++)?"
    rf"|\bdepuis\s++(?:sa|son|leur)\s++{_RECALLED_RAISE}"
    r"|\bdans\s++(?:l['’]\s*+année|les\s++(?:[\w-]++\s++)?(?:années|mois|semaines))\s++qui\s++(?:a|ont)\s++"
    rf"suivi\s++(?:sa|son|leur)\s++{_RECALLED_RAISE})",
    re.IGNORECASE,
)


# Where a clause recalling a raise ends: its comma, semicolon or dash ("which raised $48 million in a Series A,
# opened…"), else the sentence's end ("…opened an office after its $45 million Series A.").
RECALL_CLAUSE_END_RE = re.compile(r"[,;]|\s[–—]\s")


def recalls_figure(text: str, amount: AmountMention) -> bool:
    """Whether `amount` (a mention of `text`, the sentence it was parsed from) comes right after a
    recalling cue: the raise it states is one the sentence only recalls."""
    return _recall_cue(text, amount) is not None


def _recall_cue(text: str, amount: AmountMention) -> re.Match[str] | None:
    """The recalling cue ending right where `amount`'s figure starts, if any."""
    start = amount.bound_start  # "which raised more than $20 million": the bound is the figure's
    cue = next((cue for cue in _RECALL_CUE_RE.finditer(text, 0, start) if cue.end() == start), None)
    if cue is not None and cue.group("counted") and _time_before(text, cue) is None:
        # "rose in the months after Nvidia's $5 billion investment", "in the year after Zorgly's…": no span of
        # time counted back from the news, which the cue needs to tell a recall.
        return None
    return cue


def _time_before(text: str, cue: re.Match[str]) -> re.Match[str] | None:
    """The span of time counted right before `cue` ("a year", "six months", « deux ans »), if any."""
    return _TIME_BEFORE_CUE_RE.search(text, max(0, cue.start() - 30), cue.start())


# The span of time a recalled raise came before the news, right before its cue: "a year after its $45 million
# Series A", "six months after Zeta's", « un an après sa levée de », « deux ans après son tour d'amorçage de ».
_TIME_BEFORE_CUE_RE = re.compile(
    rf"\b(?P<count>half\s++an?|\d{{1,2}}|(?<!half\s)a|{COUNT_WORDS})\s++"
    r"(?P<unit>years?|months?|ans?|mois)\s++$",
    re.IGNORECASE,
)


def months_before_news(text: str, amount: AmountMention) -> int | None:
    """How many months before the article's news the raise `amount` recalls came, when its cue counts them
    ("The funding comes a year after Mistral AI's €105M seed round": 12), else None."""
    cue = _recall_cue(text, amount)
    if cue is None:
        return None
    span = _time_before(text, cue)
    if span is None:
        return None
    word = span.group("count").lower()
    months = span.group("unit").lower().startswith(("month", "mois"))
    if word.startswith("half"):  # "half a year after": six months
        return None if months else 6
    count = int(word) if word.isdigit() else COUNTS[word]
    return count if months else count * 12


def undated_recall(text: str, amount: AmountMention) -> bool:
    """Whether `amount`'s raise is recalled as the start of a stretch of time no count measures ("in the year after
    Zorgly's $10 million seed round", "since its $10 million seed round", « depuis sa levée de 10 M€ »): it came
    before the news, how long before the sentence does not say, so no day of the story dates it."""
    cue = _recall_cue(text, amount)
    return cue is not None and cue.group("stretch") is not None and _time_before(text, cue) is None


def recalled_by_stretch(text: str, amount: AmountMention) -> bool:
    """Whether `amount`'s raise opens a stretch of time the sentence tells ("since its $10 million seed round",
    « depuis sa levée de 10 M€ », "in the months after its"): its "since" recalls that raise, it sums no others."""
    cue = _recall_cue(text, amount)
    return cue is not None and cue.group("stretch") is not None


# A past perfect right before the figure: "Microsoft had invested $13 billion in OpenAI" tells money put in before
# the story's time, not its news. Not in reported speech: "said Wednesday it had raised $73 million" is the news.
_PAST_PERFECT_BEFORE_RE = re.compile(
    r"\bhad\s+(?:(?:already|previously|earlier|once|also|together)\s+)?"
    r"(?:invested|raised|put|poured|injected|committed|pumped|plowed|ploughed)\s+(?:(?:in|into)\s+)?$",
    re.IGNORECASE,
)
_REPORTED_BEFORE_RE = re.compile(
    r"\b(?:said|says|say|announced|announces|told|tells|confirmed|confirms|disclosed|discloses|revealed|reveals|"
    r"reported|reports|stated|added|according)\b",
    re.IGNORECASE,
)


def told_in_past_perfect(text: str, amount: AmountMention) -> bool:
    """Whether `amount` follows a bare past perfect ("Microsoft had invested $13 billion in OpenAI"): money put in on
    or before the article's day, recalled, when no date of the sentence says when."""
    before = text[max(0, amount.bound_start - 120) : amount.bound_start]
    cue = _PAST_PERFECT_BEFORE_RE.search(before)
    return cue is not None and _REPORTED_BEFORE_RE.search(before, 0, cue.start()) is None


def recalled_clause(text: str, amount: AmountMention) -> tuple[int, int] | None:
    """The span of the words recalling `amount`'s raise, from its cue to the end of its clause ("which raised
    $48 million in a Series A" in "Nordwind, which raised $48 million in a Series A, opened an office on
    Thursday"), or None when the figure is no recalled one. A date outside it is another event's."""
    cue = _recall_cue(text, amount)
    if cue is None:
        return None
    end = RECALL_CLAUSE_END_RE.search(text, amount.span[1])
    return cue.start(), end.start() if end else len(text)


def opens_recall_cue(text: str, position: int) -> bool:
    """Whether a recalling cue opens at `position` ("Fresh off a $45 million raise, Nordwind…"): its capitalised
    first word is no company's name."""
    return any(cue.start() == position for cue in _RECALL_CUE_RE.finditer(text, position, position + 80))
