"""Dates in a sentence, resolved against the article's publication date.

- Weekdays ("vendredi", "on Monday") are the most recent such day on or before publication.
- Months without a year ("en avril", "in December") take the publication year, or the previous year
  when followed by "dernier"/preceded by "last", the next one after "prochain"/"next".
- Years carry a role: "dès 2016", "depuis 2019", "since 2019" start something (`since`); "d'ici 2029",
  "by 2029", "through 2029" end a projection (`until`); "en 2025", "in fiscal 2025" date a figure.
All patterns are bounded (fixed words, digit runs), so matching is linear in the sentence length.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import partial

WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}


@dataclass(frozen=True)
class DateMention:
    """A resolved date: `value` is ISO at `precision`; `role` is 'point', 'since' or 'until' ('fiscal' for the
    close of a fiscal year, 'earlier' for "a year earlier", which dates only the figure it follows)."""

    value: str
    precision: str
    role: str
    span: tuple[int, int]
    relative: bool = False


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
_ISO_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DAY_MONTH_RE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<month>{_MONTH_NAMES})\.?(?:\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_MONTH_DAY_RE = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_MONTH_RE = re.compile(
    rf"\b(?P<last>last\s+|next\s+)?(?P<month>{_MONTH_NAMES})\b(?:\s+(?P<year>(?:19|20)\d\d)|"
    r"\s+(?P<lastyear>last year|(?:de\s+)?l['’]an(?:née)? (?:dernier|dernière|passée?))|\s+(?P<rel>dernier|prochain))?",
    re.IGNORECASE,
)
# Years named relative to publication: "last year", "l'an dernier", "cette année", "a year ago".
_RELATIVE_YEAR_RE = re.compile(
    # "after taking a 10% stake for $300 million earlier that year", "plus tôt cette année-là": the year the
    # sentence named before, known only to its year (never the month of the date it named).
    r"\b(?P<thatyear>(?:earlier|later)\s+(?:that|the\s+same)\s+year|that\s+same\s+year|"
    r"(?:plus\s+tôt|plus\s+tard)\s+(?:cette\s+année-là|la\s+même\s+année|dans\s+l['’]année)|"
    r"cette\s+année-là|la\s+même\s+année)(?![\w-])|"
    r"\b(?P<last>last year|l['’]an(?:née)? (?:dernier|dernière|passée?)|l['’]année dernière)\b|"
    # "by the end of the year", "d'ici la fin de l'année": the year of publication.
    r"\b(?P<this>this year|cette année|cette annee)\b|(?P<this2>(?<=\bend of )the year|(?<=\bfin de )l['’]année|"
    r"(?<=\bfin d['’])année|(?<=\bby )year[- ]end)\b(?![\s\u00a0]+(?:19|20)\d\d)|"
    r"\b(?P<next>next year|l['’]an prochain|l['’]année prochaine)\b|"
    r"\b(?P<ago>a year ago|one year ago|il y a un an)\b|"
    # "up from 90 two years ago", "contre 40 il y a trois ans": that many years before publication.
    r"\b(?:(?P<nago>two|three|four|five|[2-9])\s+years\s+ago|il y a (?P<nilya>deux|trois|quatre|cinq|[2-9]) ans)\b|"
    # "rose to £24.5m in 2023 from £9m a year earlier": the year before the one the sentence gave.
    r"\b(?P<earlier>a year earlier|the (?:year before|previous year|prior year)|un an plus tôt|l['’]année précédente)\b",
    re.IGNORECASE,
)
# A figure compared with the one before it, right before "a year ago": "up from 30", "down from $4 million",
# "contre 40", "compared with about 12,000", "up from a few dozen".
_COMPARED_FIGURE_BEFORE_RE = re.compile(
    r"\b(?:(?:up|down)\s+from|contre|compared\s+(?:with|to)|versus|vs\.?)\s+(?:[^\s;]*[^\s,;]\s+){1,4}$",
    re.IGNORECASE,
)
# A past figure named without its amount, right before "a year ago": "more than double its valuation a year
# ago", "up from its revenue a year ago", "trois fois plus qu'il y a un an", "contre sa valorisation d'il y a
# un an". The date is that past figure's, never the sentence's figure.
_COMPARED_PAST_FIGURE_BEFORE_RE = re.compile(
    r"\b(?:double|triple|twice|times|more|less|higher|lower|above|below|up\s+from|down\s+from|"
    r"compared\s+(?:with|to)|versus|than)\b[^.;]{0,30}?\b(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:valuation|value|revenue|sales|level|figure|worth)\s+(?:of\s+)?$|"
    r"\b(?:plus|moins)\s+qu['’]\s*$|"
    r"\b(?:contre|que|qu['’])\s*(?:sa|la|leur|son|celle|celui)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:valorisation|valeur|chiffre\s+d['’]affaires|niveau)?\s*(?:d['’]|de\s+)?\s*$|"
    # « plus du double de la valorisation de mars »: the past figure's month, not the sentence's.
    r"\b(?:double|triple)\s++(?:de\s++)?(?:sa|la|leur|celle)\s++(?:valorisation|valeur|chiffre\s++d['’]affaires)"
    r"\s++(?:d['’]|de\s++)$",
    re.IGNORECASE,
)
# A present-time adverb: the figure after it is today's, whatever year the sentence named before.
_PRESENT_NOW_RE = re.compile(
    r"\b(?:now|currently|today|désormais|aujourd['’]hui|actuellement)\b", re.IGNORECASE
)
_YEARS_AGO = {"two": 2, "three": 3, "four": 4, "five": 5, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
# A sentence about what is still to come: a month without a year is the next one, not the last one.
_FUTURE_RE = re.compile(
    r"\b(?:will|would|shall|sera|seront|serait|va|vont|devra|devrait|doit|prévu\w*|expected|plans?|"
    r"compte|entend|jusqu['’]à)\b",
    re.IGNORECASE,
)
# The close of a fiscal year: "in the year to March", "for the 12 months ended June", "l'exercice clos fin mars".
_FISCAL_TO_RE = re.compile(
    r"\b(?:year|months|exercice)\s+(?:to|through|ended|ending|clos\w*(?:\s+(?:à\s+)?fin)?|achevé\w*\s+(?:à\s+)?fin)\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(rf"\b(?P<weekday>{_WEEKDAY_NAMES})\b", re.IGNORECASE)
_PUBLISHED_BEFORE_RE = re.compile(
    r"\b(?:article|papier|édition|story|piece|column)\s+(?:[\w'’-]+\s+)?"
    r"(?:publiée?|parue?|mise?\s+en\s+ligne|published|posted|ran)\s+(?:(?:le|on|ce|this|last)\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_RE = re.compile(r"\b(?P<word>hier|yesterday|aujourd['’]hui|today|avant-hier)\b", re.IGNORECASE)
# A decade ("les années 1990", "the 1990s") is no year a figure is dated by.
_YEAR_RE = re.compile(
    r"(?<![\d,.])(?<!années )(?<!années\u00a0)(?P<year>(?:19[5-9]|20\d)\d)(?![\d,.]\d)(?!s\b)(?!(?<=0)['’]s\b)"
    r"(?!\s?(?:%|milliards?|millions?|billion))"
)
_SINCE_CUE_RE = re.compile(
    r"(?:\bdès|\bdepuis|\bsince|\bfrom|\bà partir de|\bstarting in|\bbeginning in)\s+(?:l['’]an\s+|fin\s+|début\s+)?$",
    re.I,
)
_UNTIL_CUE_RE = re.compile(
    r"(?:\bd['’]ici(?:\s+à)?|\bby|\bthrough|\bjusqu['’](?:en|à)|\buntil|\bto|\bhorizon|\bbefore|\bavant)\s+(?:(?:the\s+)?end\s+of\s+|(?:la\s+)?fin\s+(?:de\s+|d['’])?)?$",
    re.I,
)
# The verbs that date a start, defined once for every founding-date reader (here and the fact builder's
# `_FOUNDING_BEFORE_DATE_RE`): "founded in 2019", "fondée en 2020", "founded last year". Only
# `FOUNDING_VERBS` make a relative year a founding ("fondée l'an dernier"); a birth or a launch
# (`LAUNCH_VERBS`: "née en 2018", "launched in 2021") founds only a year written after "in"/"en".
FOUNDING_VERBS = r"fondée?s?|créée?s?|founded|established|created"
LAUNCH_VERBS = r"née?s?|launched|lancée?s?"
_FOUNDED_RE = re.compile(
    rf"\b(?:{FOUNDING_VERBS}|{LAUNCH_VERBS}|since its founding|depuis sa création)\s+(?:en|in)\s+$",
    re.IGNORECASE,
)
# "founded last year", "fondée l'an dernier": a relative year needs no "in" after the founding verb.
_FOUNDED_RELATIVE_RE = re.compile(rf"\b(?:{FOUNDING_VERBS})\s+(?:(?:en|in)\s+)?$", re.IGNORECASE)
# Short months that are also common words are only dates next to a day number.
_AMBIGUOUS_MONTHS = {"mar", "jan", "dec", "oct", "nov", "sep", "sept", "aug", "jun", "jul", "feb", "apr"}


def parse_iso(value: str | None) -> dt.date | None:
    """A `date` from 'YYYY-MM-DD', or None when absent or invalid."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve_weekday(weekday: int, published: dt.date) -> dt.date:
    """The most recent `weekday` (0 = Monday) on or before `published`."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def resolve_month_year(month: int, published: dt.date | None, relation: str | None) -> int | None:
    """The year of a month written without one ('en avril dernier', 'next December')."""
    if published is None:
        return None
    if relation in ("last", "dernier"):
        return published.year if month < published.month else published.year - 1
    if relation in ("next", "prochain", "future"):
        return published.year if month >= published.month else published.year + 1
    if relation == "lastyear":
        return published.year - 1
    # "in December" in an article of January: the most recent December on or before publication.
    return published.year if month <= published.month else published.year - 1


# A wire dispatch's opening: a capitalised place, a comma, a short date, the agency in brackets, a dash.
_DATELINE_RE = re.compile(
    r"\s*[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{1,30},\s[^()\n]{3,25}?\s?\([A-Za-z][\w .-]{0,15}\)\s?[-–—]"
)


FIRST_YEAR, LAST_YEAR = 1900, 2100
"""The years a written date may have (as a header's or a deal file's date: `reading.py`)."""
# A date written with a four-digit year outside those ("on March 3, 2150", "3 March 2150", "in 2150",
# "In 1850,"): no date to read. The year is checked in code (`_unusable_year_spans`); after a bare
# preposition of time a number is a year only where a clause goes on or ends ("in 2150 it raised", "In
# 1850,"), never before a noun it counts ("in 2500 cities"); after "from", "by" or "to" it is a count
# ("rose from 1000 to 2000 users", "grew by 1500").
_WRITTEN_YEAR_RE = re.compile(
    rf"(?:\b(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+)?(?:{_MONTH_NAMES})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+|"
    r"\b(?:in|en|since|until|through|during|depuis|dès|d['’]ici|année|year)\s+)"
    r"(?P<year>\d{4})(?![\d,.]\d)"
    r"(?=\s*(?:[,.;:!?)—–-]|$)|\s+(?:it|its|they|their|he|she|we|the|a|an|and|or|when|after|before|as|that|"
    r"with|for|at|on|in|il|elle|ils|elles|et|le|la|les|l['’]|avec|pour|après|avant)\b)",
    re.IGNORECASE,
)

_FOUR_DIGITS_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _unusable_year_spans(sentence: str) -> list[tuple[int, int]]:
    """The spans of the dates `sentence` writes with a year outside FIRST_YEAR-LAST_YEAR."""
    if not any(not FIRST_YEAR <= int(number) <= LAST_YEAR for number in _FOUR_DIGITS_RE.findall(sentence)):
        return []  # most sentences: the date patterns are not tried
    return [
        match.span()
        for match in _WRITTEN_YEAR_RE.finditer(sentence)
        if not FIRST_YEAR <= int(match.group("year")) <= LAST_YEAR
        # "Barclays, founded in 1690, invested…", "a client since 1850": when something began, not the
        # date of what the sentence tells.
        and _role_before(sentence, match.start()) not in ("founded", "since")
        and _role_before(sentence, match.start("year")) not in ("founded", "since")
    ]


def names_unusable_date(sentence: str) -> bool:
    """Whether `sentence` writes a date with a year no date has ("on March 3, 2150", "In 1850,"): what
    it tells is of that date, which is none: never of a guessed year, nor of the story's day."""
    return bool(_unusable_year_spans(sentence))


def find_dates(sentence: str, published: dt.date | None = None) -> list[DateMention]:
    """Every date of `sentence`, in order, the most precise reading winning where two overlap; none
    from a date written with a year outside FIRST_YEAR-LAST_YEAR ("March 3, 2150" is no March 3)."""
    found: list[DateMention] = []
    starts: list[int] = []  # sorted starts of `found`, for a logarithmic overlap check
    for finder in (
        _iso_dates,
        _day_dates,
        _relative_dates,
        _month_dates,
        _relative_months,
        _months_ago,
        _weeks_ago,
        _last_week,
        _quarters,
        _relative_seasons,
        _relative_years,
        _year_dates,
    ):
        for mention in finder(sentence, published):
            at = bisect.bisect_left(starts, mention.span[0])
            before = found[at - 1] if at else None
            after = found[at] if at < len(found) else None
            if (before and before.span[1] > mention.span[0]) or (after and after.span[0] < mention.span[1]):
                continue
            starts.insert(at, mention.span[0])
            found.insert(at, mention)
    dateline = _DATELINE_RE.match(sentence)
    if dateline:
        # "PARIS, 21 jan 2026 (AFP) - …", "LONDON, March 3 (Reuters) - …": the wire's dateline dates the
        # dispatch, not the facts the sentence reports.
        found = [mention for mention in found if mention.span[0] >= dateline.end()]
    unusable = _unusable_year_spans(sentence)
    if unusable:
        found = [mention for mention in found if not any(_overlap(mention.span, span) for span in unusable)]
    return found


def point_date_or_published(text: str, published: dt.date | None) -> tuple[str | None, str | None]:
    """The first point date `text` tells (value, precision), else the publication day, else nothing."""
    point = next((d for d in find_dates(text, published) if d.role == "point"), None)
    if point is not None:
        return point.value, point.precision
    return (published.isoformat(), "day") if published else (None, None)


def _overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def _role_before(sentence: str, start: int) -> str:
    """'since' after 'depuis/dès/since', 'until' after "d'ici/by/through", 'founded' after 'fondée en', else 'point'."""
    before = sentence[max(0, start - 30) : start]
    if _FOUNDED_RE.search(before):
        return "founded"
    if _SINCE_CUE_RE.search(before):
        return "since"
    if _UNTIL_CUE_RE.search(before):
        return "until"
    return "point"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _iso_dates(sentence: str, published: dt.date | None):
    for match in _ISO_RE.finditer(sentence):
        day = _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if day:
            yield DateMention(day.isoformat(), "day", _role_before(sentence, match.start()), match.span())


def _day_dates(sentence: str, published: dt.date | None):
    for pattern in (_DAY_MONTH_RE, _MONTH_DAY_RE):
        for match in pattern.finditer(sentence):
            month = MONTHS[match.group("month").lower()]
            year = (
                int(match.group("year"))
                if match.group("year")
                else resolve_month_year(month, published, None)
            )
            day = _safe_date(year, month, int(match.group("day"))) if year else None
            if day:
                yield DateMention(day.isoformat(), "day", _role_before(sentence, match.start()), match.span())


def _relative_dates(sentence: str, published: dt.date | None):
    if published is None:
        return
    for match in _WEEKDAY_RE.finditer(sentence):
        if _PUBLISHED_BEFORE_RE.search(sentence, max(0, match.start() - 45), match.start()):
            continue  # "notre article publié mardi": the day a text came out, not a deal's day.
        day = resolve_weekday(WEEKDAYS[match.group("weekday").lower()], published)
        yield DateMention(day.isoformat(), "day", "point", match.span(), relative=True)
    for match in _RELATIVE_RE.finditer(sentence):
        word = match.group("word").lower()
        back = 2 if word == "avant-hier" else 1 if word in ("hier", "yesterday") else 0
        day = published - dt.timedelta(days=back)
        yield DateMention(day.isoformat(), "day", "point", match.span(), relative=True)


# French months, written in lowercase in running text: capitalised inside a sentence, one is a name ("le
# groupe Avril", "Avril, le groupe agro-industriel").
_FRENCH_MONTHS = frozenset(
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre".split()
)
_NAME_APPOSITION_AFTER_RE = re.compile(
    r",\s+(?:le|la|les|l['’]|un|une|the|a|an|qui|which|dont)\b|\s+(?:SA|SAS|Group|Groupe)\b"
)


def month_written_as_name(sentence: str, start: int, end: int) -> bool:
    """Whether the French month word at `start:end` is a name rather than a month: written with a capital
    inside a sentence ("le groupe Avril", "et Avril y apportent"), or opening it with an apposition after it
    ("Avril, le groupe agro-industriel, …"). A day number before it or a year after it keeps it a date
    ("le 3 Avril", "Avril 2025")."""
    word = sentence[start:end]
    if word.lower() not in _FRENCH_MONTHS or not word[:1].isupper() or word.isupper():
        return False
    if re.search(r"\d(?:er)?\s*$", sentence[max(0, start - 6) : start]):
        return False
    after = sentence[end : end + 40]
    if re.match(r"\s*(?:(?:19|20)\d\d|dernier|prochain)\b", after):
        return False
    if re.search(
        r"\b(?:en|début|fin|mi|courant|depuis|d['’]ici|mois\s+d['’]|mois\s+de)[\s-]*$", sentence[:start], re.I
    ):
        return False  # "en Avril", "fin Mai": a month a writer capitalised.
    before = sentence[:start].rstrip(" \t\"'«“(")
    if not before or before[-1] in ".!?:\n—–-•":
        return _NAME_APPOSITION_AFTER_RE.match(after) is not None
    return True


# A month that starts something still to come: "starting in March", "from March", "à partir de mars".
_STARTING_CUE_RE = re.compile(
    r"(?:\bstarting|\bbeginning|\beffective|\bfrom|\bà\s+partir\s+de|\bto\s+(?:start|begin)|"
    r"\bcommencer(?:a|ont)?|\bdémarrer(?:a|ont)?|\bdue\s+(?:in|by|for)|\b(?:set|scheduled|slated)\s+for|"
    r"\bexpected\s+(?:in|by)|\bprévue?s?\s+(?:en|pour)|\battendue?s?\s+(?:en|pour))"
    r"\s+(?:(?:in|en|le|the|of|early|late|mid|début|fin)[\s-]+){0,2}$",
    re.IGNORECASE,
)
# The verbs that tell when a month is, in the clause around it. Still to come: "will", "expects to",
# "doit", "is set to", a French future ("lèvera", "investira"). Over: "raised", "said", "a noué", "ont signé".
_FUTURE_VERB_RE = re.compile(
    _FUTURE_RE.pattern + r"|\b(?:expects?|aims?|intends?|hopes?|is\s+set\s+to|is\s+due\s+to|going\s+to|"
    r"scheduled|slated|upcoming)\b|['’]ll\b",
    re.IGNORECASE,
)
_FRENCH_FUTURE_RE = re.compile(r"\b(?!(?:cam|op|chim)era\b)[a-zàâçéèêëîïôûù]{2,}(?:era|eront|ira|iront)\b")
# A French past participle ("levé", "réuni", "obtenu", "pris", "ouvert") and the adverbs that come between
# an auxiliary and it ("a déjà levé"). Shared with article.detect_language, which tells French "a" by them.
# Not before a hyphen: "a Paris-based startup", "a Dubai-based fund" are English.
FRENCH_PARTICIPLE = r"[a-zàâçéèêëîïôûù]{2,}(?:é|ée|és|ées|i|is|ise|it|u|ue|us|ert|erte|int)\b(?!-)"
FRENCH_ADVERB = r"(?:déjà|aussi|également|notamment|alors|ensuite|été)"
# Words ending in "ed" that are no past tense: "seed", "need", "exceed", "proceed", "speed", "hundred".
_NOT_PAST_ED = (
    r"(?:expected|planned|scheduled|slated|anticipated|projected|intended|proposed|based|backed|"
    r"[a-z]*(?:seed|need|ceed|speed|feed|bleed|breed|greed|heed|weed|steed)|indeed|deed|"
    r"hundred|kindred|sacred|hatred|embed|bed|red|shed|wed)"
)
_PAST_VERB_RE = re.compile(
    r"\b(?:was|were|had|did|said|told|made|took|struck|led|won|got|sold|bought|paid|began|came|went|"
    rf"(?!{_NOT_PAST_ED}\b)"
    r"[a-z]{2,}ed)\b|"
    r"\b(?:a|ont|avait|avaient|avons|s['’]est|se\s+sont|est|sont|était|étaient)\s+"
    rf"(?:{FRENCH_ADVERB}\s+)?{FRENCH_PARTICIPLE}|"
    # A participle right before its month: "le contrat, signé en novembre", "annoncée début mars".
    r"\b(?!(?:programm|planifi|envisag)é)[a-zàâçéèêëîïôûù]{3,}(?:é|ée|és|ées)(?=\s+(?:en|début|fin|mi)\b)",
    re.IGNORECASE,
)
# A participle after these is still to come: "seront versés en avril", "is to be paid in June".
_FUTURE_AUXILIARY_RE = re.compile(
    r"\b(?:will\s+(?:have\s+)?be(?:en)?|(?:should|would|could|must|is\s+to|are\s+to|to)\s+be|sera|seront|"
    r"serait|seraient|être)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# What bounds the clause a month's verb is looked for in.
_CLAUSE_BREAK_RE = re.compile(r"[.;:!?()\[\]—–]")
_TENSE_REACH = 80  # characters on each side of a month its verb is looked for in


def month_tense(sentence: str, start: int, end: int) -> str | None:
    """'future' or 'past' for the month at `start:end`, read from the verb nearest it in its clause ("the
    figure Zeta reached in March" is over even in a sentence where a new round "would" value it), else None.
    "starting in March" and its kind are always still to come."""
    if _STARTING_CUE_RE.search(sentence, max(0, start - 30), start):
        return "future"
    before = sentence[max(0, start - _TENSE_REACH) : start]
    breaks = list(_CLAUSE_BREAK_RE.finditer(before))
    before = before[breaks[-1].end() :] if breaks else before
    after = sentence[end : end + _TENSE_REACH]
    cut = _CLAUSE_BREAK_RE.search(after)
    after = after[: cut.start()] if cut else after
    nearest_before = _nearest_tense(before, last=True)
    return nearest_before or _nearest_tense(after, last=False)


def _nearest_tense(text: str, *, last: bool) -> str | None:
    """The tense of the verb of `text` nearest the month: its last one (`last`) or its first."""
    cues = [(m.start(), "future") for m in _FUTURE_VERB_RE.finditer(text)]
    cues += [(m.start(), "future") for m in _FRENCH_FUTURE_RE.finditer(text)]
    cues += [
        (
            m.start(),
            "future" if _FUTURE_AUXILIARY_RE.search(text, max(0, m.start() - 25), m.start()) else "past",
        )
        for m in _PAST_VERB_RE.finditer(text)
    ]
    if not cues:
        return None
    # At one position a future reading wins ("expected" is no past): it sorts last there, and first below.
    if last:
        return max(cues, key=lambda cue: (cue[0], cue[1] == "future"))[1]
    return min(cues, key=lambda cue: (cue[0], cue[1] != "future"))[1]


class _FutureUpTo:
    """Whether `sentence` tells what is still to come (an auxiliary, "will", "va", or a French future:
    « SoftBank apportera 30 milliards…, versés en deux tranches : 10 milliards en avril »: April to come)
    before the clause ending after a given place closes: a future in a later clause (« … 10 milliards en
    avril ; la société investira aussi ailleurs ») is another matter's. Read once per sentence (its clause
    breaks and its first future's end), so a line of thousands of months is not searched again for each."""

    def __init__(self, sentence: str) -> None:
        self._breaks = [m.start() for m in _CLAUSE_BREAK_RE.finditer(sentence)]
        self._length = len(sentence)
        # The earliest end of a future word; the cues are whole words, so one ending before a clause break
        # is found in the text up to that break as in the whole sentence.
        ends = [m.end() for m in (_FUTURE_RE.search(sentence), _FRENCH_FUTURE_RE.search(sentence)) if m]
        self._first_future_end = min(ends, default=None)

    def __call__(self, end: int) -> bool:
        if self._first_future_end is None:
            return False
        at = bisect.bisect_left(self._breaks, end)
        cut = self._breaks[at] if at < len(self._breaks) else self._length
        return self._first_future_end <= cut


def _month_dates(sentence: str, published: dt.date | None):
    told_as_future_up_to = _FutureUpTo(sentence)
    for match in _MONTH_RE.finditer(sentence):
        tense = month_tense(sentence, match.start(), match.end())
        # Without a verb of its own near it, a month is still to come in a sentence about what will be, as
        # far as the month's own clause.
        future = tense == "future" if tense else told_as_future_up_to(match.end())
        name = match.group("month").lower()
        if month_written_as_name(sentence, match.start("month"), match.end("month")):
            continue
        if name in _AMBIGUOUS_MONTHS and not match.group("year"):
            continue
        if not match.group("month")[0].isupper() and name in ("march", "may") and not match.group("year"):
            continue
        month = MONTHS[name]
        relation = (match.group("last") or "").strip().lower() or (match.group("rel") or "").lower() or None
        role = _role_before(sentence, match.start())
        if _COMPARED_PAST_FIGURE_BEFORE_RE.search(sentence, max(0, match.start() - 70), match.start()):
            # "double its valuation of March", « le double de la valorisation de mars »: the older figure's month.
            role = "earlier"
        if _FISCAL_TO_RE.search(sentence, max(0, match.start() - 40), match.start()):
            # "revenue of £1.9m in the year to March": a fiscal year's close, not a horizon; in the future
            # only if its own clause says so.
            role = "fiscal"
            future = _FUTURE_RE.search(sentence, max(0, match.start() - 80), match.start()) is not None
        if match.group("lastyear"):
            relation = "lastyear"
        elif relation is None and (role == "until" or future):
            relation = "future"
        year = (
            int(match.group("year"))
            if match.group("year")
            else resolve_month_year(month, published, relation)
        )
        if year:
            yield DateMention(
                f"{year:04d}-{month:02d}", "month", role, match.span(), relative=not match.group("year")
            )


# Months named relative to publication: "next month", "le mois prochain", "last month", "le mois dernier".
_RELATIVE_MONTH_RE = re.compile(
    r"\b(?:(?P<next>next month|le mois prochain|dès le mois prochain)|(?P<last>last month|le mois dernier)|"
    # "Earlier this month", "plus tôt ce mois-ci": the month of publication.
    r"(?P<this>(?:earlier\s+)?this month|(?:plus\s+tôt\s+)?ce mois-ci|(?:au|en)\s+début\s+de\s+(?:ce\s+)?mois))(?![\w-])",
    re.IGNORECASE,
)


# Spelled counts of months or weeks back ("six months ago", "il y a trois semaines").
COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "un": 1, "deux": 2, "trois": 3, "quatre": 4,
    "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "dix-huit": 18, "a": 1,
}  # fmt: skip
COUNT_WORDS = "|".join(sorted((word for word in COUNTS if word != "a"), key=len, reverse=True))
_ABOUT = (
    r"(?:(?:about|some|roughly|around|nearly|almost|just|only|barely|less\s+than|more\s+than|over|"
    r"environ|près\s+de|à\s+peine|seulement|moins\s+de|plus\s+de)\s+)?"
)
_COUNT = rf"(\d{{1,2}}|{COUNT_WORDS}|a)"
# An earlier event counted back from publication: "11 months ago", "il y a six mois", and what the story's
# news "comes two months after": "The funding comes about two months after Zeta raised $100 million".
_MONTHS_AGO_RE = re.compile(
    rf"\b{_ABOUT}{_COUNT}\s+months?\s+ago\b|\bil\s+y\s+a\s+{_ABOUT}{_COUNT}\s+mois\b|"
    rf"\b(?:comes?|came|arrives?|follows?|intervient|arrive)\s+{_ABOUT}{_COUNT}\s+(?:months?|mois)\s+"
    r"(?:after|après)\b",
    re.IGNORECASE,
)
# "weeks ago", "three weeks ago", "il y a quelques semaines", what the news "comes weeks after": the
# month of that many weeks (four when not counted) before publication. Undated, such an earlier round
# could not be told to be the one another source dates ("raised $100 million in July").
_WEEK_COUNT = rf"(?:(\d{{1,2}}|{COUNT_WORDS})\s+)?"
_WEEKS_AGO_RE = re.compile(
    rf"\b{_ABOUT}(?:(?:a\s+few|several|some)\s+)?{_WEEK_COUNT}weeks\s+ago\b|"
    rf"\bil\s+y\s+a\s+{_ABOUT}(?:quelques\s+)?{_WEEK_COUNT}semaines\b|"
    rf"\b(?:comes?|came|arrives?|follows?|intervient|arrive)\s+{_ABOUT}(?:(?:a\s+few|several|some|quelques)\s+)?"
    rf"{_WEEK_COUNT}(?:weeks|semaines)\s+(?:after|après)\b",
    re.IGNORECASE,
)
_UNCOUNTED_WEEKS = 4  # "weeks ago", "il y a quelques semaines"


def _counted_back(sentence: str, published: dt.date | None, *, unit: str):
    """'two months ago' in a September article -> July, 'weeks ago' on September 10 -> August: the month
    that many months or weeks (`unit`) before publication. "une start-up créée il y a dix-huit mois" (or
    "quelques semaines") dates its founding."""
    if published is None:
        return
    pattern = _WEEKS_AGO_RE if unit == "weeks" else _MONTHS_AGO_RE
    for match in pattern.finditer(sentence):
        count = next((group for group in match.groups() if group), None)
        number = (
            _UNCOUNTED_WEEKS if count is None else int(count) if count.isdigit() else COUNTS[count.lower()]
        )
        if unit == "weeks":
            day = published - dt.timedelta(weeks=number)
            value = f"{day.year:04d}-{day.month:02d}"
        else:
            value = month_shifted(published.year, published.month, -number)
        role = _compared_role(sentence, match.start())
        if _FOUNDED_RELATIVE_RE.search(sentence[max(0, match.start() - 30) : match.start()]):
            role = "founded"
        yield DateMention(value, "month", role, match.span(), relative=True)


_months_ago = partial(_counted_back, unit="months")
_weeks_ago = partial(_counted_back, unit="weeks")

# The calendar week before publication: "last week", « la semaine dernière », « la semaine passée ».
_LAST_WEEK_RE = re.compile(
    r"\blast\s+week\b|\bthe\s+previous\s+week\b|\bla\s+semaine\s+(?:dernière|passée|précédente)\b",
    re.IGNORECASE,
)


def _last_week(sentence: str, published: dt.date | None):
    """'raised $40 million last week' in a story of Thursday 2026-03-12: the week of March 2-8. A date is a day,
    a month or a year: the week's day is not told, so it is the month holding most of that week (its Thursday's,
    as ISO weeks count), 2026-03 here; never the story's own day."""
    if published is None:
        return
    thursday = published - dt.timedelta(days=published.weekday() + 7) + dt.timedelta(days=3)
    for match in _LAST_WEEK_RE.finditer(sentence):
        value = f"{thursday.year:04d}-{thursday.month:02d}"
        yield DateMention(
            value, "month", _compared_role(sentence, match.start()), match.span(), relative=True
        )


_QUARTER_NUMBERS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "premier": 1, "deuxième": 2,
    "troisième": 3, "quatrième": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
_QUARTER_WORDS = "|".join(sorted(_QUARTER_NUMBERS, key=len, reverse=True))
# "the last quarter of 2025", « au dernier trimestre 2025 »: the fourth, read only with its year (without one,
# "the last quarter" is the latest quarter over, not a fourth).
_LAST_QUARTER_WORDS = r"last|final|dernier"
# A year told relative to the story's: "of last year", « de l'an dernier », "last year's", "this year's".
_QUARTER_RELATIVE_YEAR = (
    r"of\s+(?P<of>last|this|next)\s+year|"
    r"de\s+l['’]an(?:née)?\s+(?P<de>dernier|dernière|passée?|prochaine?)|de\s+(?P<cette>cette)\s+année"
)
# "in the fourth quarter", "Q4 2025", "au quatrième trimestre 2025", "T4": a quarter, its year optional.
_QUARTER_RE = re.compile(
    r"(?:\b(?P<owner>last|this|next)\s+year['’]s\s+)?"
    rf"\b(?:(?P<word>{_QUARTER_WORDS}|{_LAST_QUARTER_WORDS})\s+(?:quarter|trimestre)|(?-i:[QT])(?P<digit>[1-4]))\b"
    rf"(?:\s+(?:of\s+|de\s+)?(?P<year>(?:19|20)\d\d)\b|\s+(?:{_QUARTER_RELATIVE_YEAR})\b)?",
    re.IGNORECASE,
)
# How many years a relative year's word sits from the story's year.
_RELATIVE_YEAR_SHIFT = {
    "last": -1, "dernier": -1, "dernière": -1, "passé": -1, "passée": -1,
    "this": 0, "cette": 0, "next": 1, "prochain": 1, "prochaine": 1,
}  # fmt: skip
# A quarter told of the future ("expects revenue to double in the fourth quarter"): the next such quarter.
_FUTURE_QUARTER_BEFORE_RE = re.compile(
    r"\b(?:will|expects?|expected|forecasts?|plans?|aims?|prévoit|prévoient|attend|attendue?s?|devrait|devraient|"
    r"vise)\b",
    re.IGNORECASE,
)


def _quarters(sentence: str, published: dt.date | None):
    """'revenue reached €4 million in the fourth quarter' in a story of March 2026: Q4 2025, the fourth quarter
    nearest the story's day (the next one when told of the future: "expects", « attendue au deuxième trimestre »);
    "the third quarter of last year", "last year's third quarter": Q3 of the year before the story's.
    A date is a day, a month or a year: a quarter is dated by its last month (2025-12), as a figure of the quarter
    is told at its end; its year alone would read as the year's own figure."""
    for match in _QUARTER_RE.finditer(sentence):
        number = _quarter_number(match)
        year = _told_quarter_year(match, number, sentence, published)
        if number is None or year is None:
            continue
        value = f"{year:04d}-{number * 3:02d}"
        yield DateMention(value, "month", _role_before(sentence, match.start()), match.span())


def _quarter_number(match: re.Match[str]) -> int | None:
    """1 to 4; None for "the last quarter" without its year, the latest quarter over rather than a fourth."""
    if match.group("digit"):
        return int(match.group("digit"))
    word = match.group("word").lower()
    if word in _QUARTER_NUMBERS:
        return _QUARTER_NUMBERS[word]
    return 4 if match.group("year") else None


def _told_quarter_year(
    match: re.Match[str], number: int | None, sentence: str, published: dt.date | None
) -> int | None:
    """The year written ("Q4 2025"), else the one told relative to the story's ("of last year"), else the
    nearest (`_quarter_year`); None when the story's day is unknown and the year is not written."""
    if match.group("year"):
        return int(match.group("year"))
    if published is None or number is None:
        return None
    relative = match.group("owner") or match.group("of") or match.group("de") or match.group("cette")
    if relative:
        return published.year + _RELATIVE_YEAR_SHIFT[relative.lower()]
    future = _FUTURE_QUARTER_BEFORE_RE.search(sentence, 0, match.start()) is not None
    return _quarter_year(number, published, future=future)


def _quarter_year(number: int, published: dt.date, *, future: bool) -> int:
    """The year of the quarter `number` told without one: of the quarters `number` around `published`, the one
    nearest it (the one it falls in, else the fewer days away, the earlier on a tie); told of the future, the
    first not yet over."""
    years = (published.year - 1, published.year, published.year + 1)
    if future:
        return next(year for year in years if _quarter_bounds(year, number)[1] >= published)

    def days_away(year: int) -> int:
        start, end = _quarter_bounds(year, number)
        return max((start - published).days, (published - end).days, 0)

    return min(years, key=days_away)


def _quarter_bounds(year: int, number: int) -> tuple[dt.date, dt.date]:
    """The first and last days of quarter `number` of `year`."""
    start = dt.date(year, number * 3 - 2, 1)
    after = dt.date(year + 1, 1, 1) if number == 4 else dt.date(year, number * 3 + 1, 1)
    return start, after - dt.timedelta(days=1)


def _compared_role(sentence: str, start: int, *, ago: bool = True) -> str:
    """'earlier' for a date right after the older figure of a comparison ("up from $20 million", "compared
    with almost nothing"), or for an "ago" after a past figure named without its amount ("more than double
    its valuation a year ago"): that figure's date, not the sentence's."""
    if _COMPARED_FIGURE_BEFORE_RE.search(sentence, max(0, start - 60), start):
        return "earlier"
    if ago and _COMPARED_PAST_FIGURE_BEFORE_RE.search(sentence, max(0, start - 70), start):
        # Only an "ago": "tripled its revenue last year" tells when the revenue grew, of no older figure.
        return "earlier"
    return _role_before(sentence, start)


def month_shifted(year: int, month: int, shift: int) -> str:
    """The month `shift` months after (before, when negative) `year`-`month`, as "YYYY-MM"."""
    index = year * 12 + month - 1 + shift
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _relative_months(sentence: str, published: dt.date | None):
    """'next month' -> the month after publication, 'last month' -> the month before, 'this month' -> its own."""
    if published is None:
        return
    for match in _RELATIVE_MONTH_RE.finditer(sentence):
        shift = 1 if match.group("next") else 0 if match.group("this") else -1
        value = month_shifted(published.year, published.month, shift)
        yield DateMention(value, "month", _role_before(sentence, match.start()), match.span(), relative=True)


# Seasons named relative to publication: "last fall", "this past summer", "l'automne dernier", "au printemps
# dernier". The month each season opens in (winter: the January it takes in).
_SEASONS = {
    "spring": 3,
    "summer": 6,
    "fall": 9,
    "autumn": 9,
    "winter": 1,
    "printemps": 3,
    "été": 6,
    "automne": 9,
    "hiver": 1,
}
_RELATIVE_SEASON_RE = re.compile(
    r"(?<!\bthe )\b(?:last|this past)\s+(?P<en>spring|summer|fall|autumn|winter)\b|"
    r"\b(?:l['’]|le\s+|au\s+|cet\s+)(?P<fr>printemps|été|automne|hiver)\s+derni(?:er|ère)\b",
    re.IGNORECASE,
)


def _relative_seasons(sentence: str, published: dt.date | None):
    """'last fall' in an April article -> the previous year; in December -> the autumn just over."""
    if published is None:
        return
    for match in _RELATIVE_SEASON_RE.finditer(sentence):
        opens = _SEASONS[(match.group("en") or match.group("fr")).lower()]
        # The most recent such season that is over by publication (three months from its opening).
        year = published.year if published.month > opens + 2 else published.year - 1
        yield DateMention(
            str(year), "year", _role_before(sentence, match.start()), match.span(), relative=True
        )


def _relative_years(sentence: str, published: dt.date | None):
    """'last year' -> year - 1, 'this year' -> year, 'next year' -> year + 1, 'a year ago' -> that month."""
    if published is None:
        return
    years: list[tuple[int, int]] | None = None
    for match in _RELATIVE_YEAR_RE.finditer(sentence):
        role = _role_before(sentence, match.start())
        if _FOUNDED_RELATIVE_RE.search(sentence[max(0, match.start() - 30) : match.start()]):
            role = "founded"
        ago = bool(match.group("ago") or match.group("nago") or match.group("nilya"))
        if _compared_role(sentence, match.start(), ago=ago) == "earlier":
            # "has reached $85 million, up from $20 million a year ago": the older figure's date, never the
            # sentence's point in time (the figure it is compared with is today's).
            role = "earlier"
        if match.group("ago"):
            value = f"{published.year - 1:04d}-{published.month:02d}"
            yield DateMention(value, "month", role, match.span(), relative=True)
            continue
        if match.group("nago") or match.group("nilya"):
            word = (match.group("nago") or match.group("nilya")).lower()
            ago = _YEARS_AGO.get(word) or int(word)
            yield DateMention(str(published.year - ago), "year", role, match.span(), relative=True)
            continue
        if match.group("thatyear"):
            if years is None:  # read once, only for sentences that need them
                years = [(m.start(), int(m.group("year"))) for m in _YEAR_RE.finditer(sentence)]
            named = [value for start, value in years if start < match.start()]
            if (
                named
            ):  # "that year" with no year before it in the sentence is another sentence's: unknown here
                yield DateMention(str(named[-1]), "year", role, match.span(), relative=True)
            continue
        if match.group("earlier"):
            if years is None:  # read once, only for sentences that need them
                years = [(m.start(), int(m.group("year"))) for m in _YEAR_RE.finditer(sentence)]
            # "founded in 2019, has revenue of $95 million, up from $40 million a year earlier", "from £9mn in
            # 2022, and now employs 240 people, up from 90 a year earlier": neither a founding year nor one
            # before a figure said to be today's is the year the comparison counts back from.
            before = [
                value
                for start, value in years
                if start < match.start()
                and _role_before(sentence, start) != "founded"
                and not _PRESENT_NOW_RE.search(sentence, start, match.start())
            ]
            year = before[-1] - 1 if before else published.year - 1
            # Role "earlier": the date of the figure right before it only, never the sentence's point in time.
            yield DateMention(str(year), "year", "earlier", match.span(), relative=True)
            continue
        shift = -1 if match.group("last") else 1 if match.group("next") else 0
        yield DateMention(str(published.year + shift), "year", role, match.span(), relative=True)


# A public programme named by its horizon year ("dans le cadre de France 2030", "Horizon 2020", "Vision 2030"): a
# name, no date of anything the sentence tells.
_PROGRAMME_YEAR_BEFORE_RE = re.compile(r"\b(?:France|Horizon|Vision|Agenda|Industrie)\s+$")


def _year_dates(sentence: str, published: dt.date | None):
    for match in _YEAR_RE.finditer(sentence):
        if _PROGRAMME_YEAR_BEFORE_RE.search(sentence, max(0, match.start() - 20), match.start()):
            continue
        yield DateMention(match.group("year"), "year", _role_before(sentence, match.start()), match.span())


def find_inline_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """A leading date marker (' date 2026-02-27 ') as (ISO date, span of the marker)."""
    match = re.match(r"\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})\s+", text[:200], re.IGNORECASE)
    if match and parse_iso(match.group(1)):
        return match.group(1), match.span()
    return None


# The nouns a deal goes by, in English and in French.
_DEAL_NOUNS = (
    r"(?:partnerships?|deals?|contracts?|agreements?|alliances?|collaborations?|pacts?|arrangements?|"
    r"commitments?|licen[cs]es?|leases?|tie-ups?|partenariats?|contrats?|accords?|marchés?)"
)
# A deal's length: "a five-year partnership", "un partenariat de cinq ans", "sur cinq ans", "for five years".
# Never an age ("a five-year-old startup", "a 20-year veteran") nor a time back ("il y a cinq ans", "depuis cinq
# ans"): "N-year" counts only before a deal's noun, a few words of description between ("a 10-year, $2 billion
# cloud computing services agreement") but no preposition ("a three-year search for a supplier") and no comma
# but the one straight after "N-year" ("a 20-year industry veteran, signed a deal" is an age).
_TERM_RE = re.compile(
    rf"\b(?P<en>\d{{1,2}}|{COUNT_WORDS})-years?\b(?!-old),?"
    r"(?:\s+(?!(?:of|for|with|to|in|at|by|from|on|after|as|and|or)\b)[^\s.;:,]+){0,6}?"
    rf"\s+{_DEAL_NOUNS}\b|"
    # A renewed deal's new term: "for five more years", "for a further three years", "for another two years".
    rf"\b(?:for|over|lasting|spanning)\s+(?:the\s+next\s+|a\s+further\s+|another\s+|an\s+(?:additional|extra)\s+)?"
    rf"(?P<for>\d{{1,2}}|{COUNT_WORDS})\s+(?:more\s+|further\s+|additional\s+|extra\s+)?years\b|"
    rf"\bpendant\s+(?P<during>\d{{1,2}}|{COUNT_WORDS})\s+ans\b|"
    # "for a term of three years", "an initial term of five years": the English of « une durée de trois ans ».
    rf"\b(?:term|duration)\s+of\s+(?P<term>\d{{1,2}}|{COUNT_WORDS})\s+years\b|"
    rf"(?:\b(?:partenariat|contrat|accord|alliance|collaboration)\s+(?:\w+\s+)?de|\bsur|\bpour|"
    rf"\bdurée\s+de)\s+(?P<fr>\d{{1,2}}|{COUNT_WORDS})\s+ans\b",
    re.IGNORECASE,
)
# A perfect tense of a verb that lasts: "a supplier it has worked with for five years", "has been a partner for
# five years", "qu'elle a dirigée pendant cinq ans". The length after it is how long something has lasted, not a
# deal's term, unless the deal is its object ("has signed a partnership with X for five years"). Other perfects
# set a term ("has agreed to supply chips for five years"), and so does a passive "been"/"été" ("a été choisie
# pour équiper les trains pendant cinq ans").
_PERFECT_RE = re.compile(r"\b(?:has|have|had|hasn['’]t|haven['’]t|hadn['’]t)\b|['’]ve\b", re.IGNORECASE)
_PASSE_COMPOSE_RE = re.compile(r"\b(?:a|ont|avait|avaient|avons|avez|ai)\b", re.IGNORECASE)
_ONGOING_PARTICIPLE_RE = re.compile(
    r"\s++(?:(?:\w+ly|also|already|long|not|never|déjà|longtemps|aussi|également)\s+)?"
    r"(?:been\b(?!\s+\w+(?:ed|en)\b)|été\b(?!\s+\w+(?:ée?s?|ie?s?|ise?s?|ite?s?|ue?s?)\b)|"
    r"(?:worked|used|known|led|partnered|run|served|operated|collaborated|supplied|relied|employed|held|owned|"
    r"managed|backed)\b|"
    r"(?:dirigé|travaillé|utilisé|collaboré|connu|géré|exploité|fourni|accompagné|présidé|mené|occupé|servi|"
    r"soutenu|équipé)e?s?\b)",
    re.IGNORECASE,
)
_DEAL_NOUN_RE = re.compile(rf"\b{_DEAL_NOUNS}\b", re.IGNORECASE)
_TERM_CLAUSE_BREAK_RE = re.compile(r"[,;:()—–]")


def term_end(sentence: str, start: str | None) -> str | None:
    """The end of a deal the sentence gives a length ("a five-year partnership", "un contrat de cinq ans"),
    counted from its start (ISO, kept at its precision: "2025-04-14" and five years is "2030-04-14");
    None when the sentence states no length or the start is unknown."""
    if not start or not start[:4].isdigit():
        return None
    match = next((m for m in _TERM_RE.finditer(sentence) if not _lasted_so_far(sentence, m)), None)
    if match is None:
        return None
    count = (
        match.group("en")
        or match.group("for")
        or match.group("during")
        or match.group("fr")
        or match.group("term")
    )
    years = int(count) if count.isdigit() else COUNTS[count.lower()]
    end = f"{int(start[:4]) + years:04d}{start[4:]}"
    return end.replace("-02-29", "-02-28") if end.endswith("-02-29") else end


def _lasted_so_far(sentence: str, term: re.Match[str]) -> bool:
    """Whether a 'for N years' / 'pendant N ans' follows a perfect tense of a lasting verb in its clause with no
    deal as the verb's object: how long something has gone on ("it has worked with for five years"), no term."""
    if not (term.group("for") or term.group("during")):
        return False
    breaks = [m.end() for m in _TERM_CLAUSE_BREAK_RE.finditer(sentence, 0, term.start())]
    clause = sentence[breaks[-1] if breaks else 0 : term.start()]
    perfect_re = _PERFECT_RE if term.group("for") else _PASSE_COMPOSE_RE
    perfects = list(perfect_re.finditer(clause))
    if not perfects or not _ONGOING_PARTICIPLE_RE.match(clause, perfects[-1].end()):
        return False
    return not _DEAL_NOUN_RE.search(clause, perfects[-1].end())
