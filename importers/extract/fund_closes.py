"""A fund an investor closed: "Éclair Ventures has closed its third fund, Éclair Fund III, at €300 million", « a
annoncé la clôture de son troisième fonds, Éclair Fund III, doté de 300 millions d'euros », « a bouclé son
troisième fonds de 300 millions d'euros », "has closed Index Origin III, a $500 million fund", "raised $500 million
for Index Origin III, its third fund", « a levé 150 millions d'euros pour son nouveau fonds, Kima Fund IV », « a
finalisé la levée de son fonds Partech Growth IV, doté de 400 millions d'euros ».

The money is committed to the investor's fund by its own backers: it is no round of the investor, nor money
raised by a company. It is kept as a figure of the investor (`FUND_CLOSED`, a metric: amount, currency, date,
the fund's name as its description, the sentence as evidence), which money raised never counts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable

from ..models import FUND_CLOSED, Fact
from .amounts import AmountMention, parse_amounts
from .dates import point_date_or_published
from .entities import knowledge
from .facts import MAX_SENTENCE
from .sentences import FILLER, Sentence, readable
from .whole_names import rfind_name

# A sum written inside the fund's words is masked as one "§" (the text keeps its length): "the €300M fund".
_MASK = "§"
_CAPITAL = r"(?-i:[A-ZÀ-ÖØ-Ý])"
# Words that may stand between the determiner and the fund: "its third", "a new", "the oversubscribed €300M".
_FUND_WORDS_EN = (
    r"(?:§|new|two|three|four|latest|debut|maiden|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|flagship|"
    r"oversubscribed|dedicated|early-stage|late-stage|growth|seed|venture|opportunity|opportunities|continuation|"
    r"AI|climate|deep-tech|deeptech)"
)
_FUND_WORDS_FR = (
    r"(?:§|nouveau|nouvel|premier|deuxième|second|troisième|quatrième|cinquième|sixième|septième|huitième|"
    r"dernier|tout|phare|dédié|d['’]amorçage|de\s+croissance|de\s+capital-risque)"
)
# The fund itself: its own name ("Éclair Fund III", "Fonds Ambition II"), or the noun. A vehicle is a fund only
# as an investment or fund vehicle ("a new vehicle" may be a car); a fund noun before "financing", "round",
# "platform", "strategy" or "investment" names what the money is for ("the vehicle financing", "a new fund of
# funds investment strategy"), not a fund the subject closed.
_FUND_NOUN = (
    rf"(?:(?:{_CAPITAL}[\w'’-]*\s+){{0,3}}(?-i:Fund|Fonds)(?:\s+(?:[IVX]{{1,4}}|\d{{1,2}})\b)?|funds?|fonds|"
    r"(?:investment|fund)\s+vehicle|véhicule\s+d['’]investissement)"
    r"(?![\w-])(?!\s+(?:of\s+funds\s+)?(?:financing|round|platform|strategy|investment)s?\b)"
    # Not « fonds de roulement », « fonds propres »: a company's working capital and equity.
    r"(?!\s+(?:de\s+roulement|propres)\b)"
)
# A name of capitalised words ("Index Origin III", "Partech Growth IV"): a fund's own name where the sentence
# puts it in apposition to the fund's words.
_NAME = rf"{_CAPITAL}[\w'’-]*(?:\s+{_CAPITAL}[\w'’-]*){{0,3}}"
# A fund's name right after the noun, with no comma (« son fonds Partech Growth IV »): numbered, so that no
# word the sentence goes on with ("its fund Thursday") is taken for one.
_NUMBERED_NAME = rf"(?:{_CAPITAL}[\w'’-]*\s+){{1,3}}(?-i:[IVX]{{1,4}}|\d{{1,2}})\b"
# Verbs that say a fund was closed (not only raised): a company closes a round, never its "third fund".
_CLOSE_VERBS_EN = (
    r"(?:(?:the\s+)?final\s+)?close\s+(?:of|on)|clos(?:ed|es|ing)?|wrapped\s+up|finali[sz](?:ed|es)|"
    r"held\s+(?:the\s+)?final\s+close\s+(?:of|on)"
)
# A fund's own numbered name with no determiner: "closed Fund IV at $400 million", "closed Eclair Fund III".
_NUMBERED_FUND = rf"(?-i:(?:{_CAPITAL}[\w'’-]*\s+){{0,3}}Fund\s+(?:[IVX]{{1,4}}|\d{{1,2}}))\b"
# When a fund was closed, told between the French verb and the fund: « a bouclé jeudi son nouveau fonds ».
_WHEN_FR = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|cette\s+semaine|ce\s+mois-ci|"
    r"la\s+semaine\s+dernière|le\s+mois\s+dernier)"
)
# Who put money in the fund, told between the sum and the fund it is for: "raised $300 million from Bpifrance and
# the European Investment Fund for its third fund", « a levé 300 millions d'euros auprès de Bpifrance pour son
# fonds ». Names only: no sum, no clause's punctuation.
_BACKERS = r"[^§.;:!?()]{1,120}?"
# A fund closed or raised by the subject: "has closed its third fund", "closes the €300M Éclair Fund III",
# "raised $300 million for its second fund", « la clôture de son troisième fonds », « a bouclé un nouveau fonds »;
# the fund named first, its words in apposition: "has closed Index Origin III, a $500 million fund", "raised $500
# million for Index Origin III, its third fund"; « a levé 150 millions d'euros pour son nouveau fonds ».
_FUND_CLOSED_RE = re.compile(
    rf"\b(?P<verb_en>{_CLOSE_VERBS_EN}|raised|raises|raising|secured|secures|securing)\s+"
    rf"(?:§\s+(?:for|in|across)\s+|§\s+(?P<backers_en>from\s+{_BACKERS})\s+for\s+)?"
    rf"(?:(?P<named_first>{_NAME}),\s+)?(?:(?:its|their|a|an|the|two|three|four)\s+(?:{_FUND_WORDS_EN}[\s-]+){{0,4}}{_FUND_NOUN}|"
    rf"{_NUMBERED_FUND})|"
    r"\b(?P<verb_fr>(?:clôtur|boucl|finalis)(?:e|é|er)\s+la\s+levée|clôtur(?:e|é|er)|boucl(?:e|é|er)|"
    r"closing(?:\s+final)?|lev(?:é|ée|er)|lève|finalis(?:e|é|er))"
    rf"(?:\s+(?:{_WHEN_FR}))?\s+(?:de\s+|d['’]|§\s+pour\s+|§\s+(?P<backers_fr>auprès\s+{_BACKERS})\s+pour\s+)?"
    rf"(?:son|sa|leur|un|une|le|ce)\s+(?:{_FUND_WORDS_FR}\s+){{0,3}}{_FUND_NOUN}",
    re.IGNORECASE,
)
# The fund's name right after its words: "its new fund, Kima Fund IV", « son fonds Partech Growth IV ».
_NAMED_AFTER_RE = re.compile(rf",\s+(?P<named>{_NAME})|\s+(?P<numbered>{_NUMBERED_NAME})")
# The words that put a fund's size after it: "at", "of", « doté de », « de », « à » (« son fonds à 300 M€ »).
_SIZE_WORD = (
    r"(?:at|of|with|totall?ing|worth|sized\s+at|with\s+commitments\s+of|dotée?\s+de|d['’]un\s+montant\s+de|de|d['’]|"
    r"à\s+hauteur\s+de|à|pour\s+un\s+montant\s+de|d['’]une\s+taille\s+de)"
)
# When the fund was closed, told between its words and its size: "its fund Thursday at $500 million", "its third
# fund on Friday at", "its fund last week at".
_WHEN_EN = (
    r"(?:on\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:this|last)\s+(?:week|month)|"
    r"today|yesterday"
)
# A fund's name in apposition, between commas, as the firm writes it: "Eclair Fund No. 3", "Eclair AI & Data
# Fund", "Eclair Fund III (Opportunity)", '"Eclair Growth"', "Fund `III`": any characters but a comma or a sum,
# opening on no lowercase letter ("its fund, the firm said, at" names none).
# Or in brackets, a comma after them or not: "its third fund (Éclair Fund III) at $300 million".
_APPOSED = (
    r"\s*,\s+(?P<apposed>(?-i:[^\s,§a-zà-ÿ])[^,§]{0,59}?),"
    r"|\s*\((?P<bracketed>(?-i:[^\s()§a-zà-ÿ])[^()§]{0,59}?)\),?"
)
_APPOSED_RE = re.compile(_APPOSED)
# An aside telling who says it, no fund's name: "its latest fund, Reuters reported, at $500 million".
_SAID_RE = re.compile(
    r"\b(?:said|says|reported|reports|told|announced|according|a\s+indiqué|selon)\b", re.IGNORECASE
)
# Between the fund's words and its size: its name in apposition or the day it closed, then a size word, after a
# comma only with that word ("its latest fund, at $500 million": "its fund, $2 million of which…" tells none).
# An aside in brackets ("Éclair Fund III (its third fund) at") is no gap either, nor a bracket opening on the size
# ("its third fund ($300 million)").
_SIZE_GAP_RE = re.compile(
    rf"(?:{_APPOSED}|\s*\([^()§]{{1,60}}\),?|\s+{_NUMBERED_NAME},?)?(?:\s+(?:{_WHEN_EN}))?"
    rf"(?:,\s*{_SIZE_WORD}\s*|\s*(?:{_SIZE_WORD}\s*)?|\s*\(\s*)",
    re.IGNORECASE,
)
# A fund's own name: capitalised words, then "Fund" or "Fonds" and its number.
_FUND_NAME_RE = re.compile(
    rf"{_CAPITAL}[\w'’-]*(?:\s+{_CAPITAL}[\w'’-]*){{0,3}}\s+(?:Fund|Fonds)(?:\s+(?:[IVX]{{1,4}}|\d{{1,2}})\b)?|"
    rf"(?:Fund|Fonds)\s+{_CAPITAL}[\w'’-]*(?:\s+(?:[IVX]{{1,4}}|\d{{1,2}})\b)?"
)


def take_funds_closed(
    facts: list[Fact], sentences: Iterable[Sentence], orgs: Collection[str], published: dt.date | None
) -> None:
    """Tell each fund an investor closed as its `FUND_CLOSED` figure: a round read of the same sum for the
    investor in that sentence is that fund (no money the investor raised for itself), replaced; a sentence no
    rule read adds it. One figure per fund and article."""
    for sentence in sentences:
        if len(sentence.text) > MAX_SENTENCE or not re.search(
            r"\b(?:funds?|fonds|vehicle|véhicule)\b", sentence.text, re.I
        ):
            continue
        found = _fund_closed(sentence, orgs, published)
        if found is None or _already_told(facts, found[0]):
            continue
        fund, closed = found
        same_sum = [fact for fact in facts if _the_same_sum_as_a_round(fact, fund)]
        # A fund closed is one for sure: its backers ("backed by Bpifrance") are the fund's, no round's.
        if not closed and not all(_may_be_the_fund(fact, sentence.text) for fact in same_sum):
            continue  # a company's round backed by investors: the money it raised, kept
        facts[:] = [
            _invested_by_the_firm(fact, fund)
            for fact in facts
            if fact not in same_sum and not _the_funds_target(fact, fund)
        ]
        facts.append(fund)


# A fund's target, told with its close: "held a first close at $150 million, targeting $300 million", « avec un
# objectif de 300 millions d'euros ».
_TARGET_RE = re.compile(
    r"\b(?:target(?:s|ed|ing)?|aim(?:s|ed|ing)?\s+(?:at|for)|hard\s+cap|objectif|cible|visant|vise)\b", re.IGNORECASE
)


def _the_funds_target(fact: Fact, fund: Fact) -> bool:
    """Whether `fact` is a projection of the fund's investor, read in the fund's sentence that tells a target: the
    size the fund aims at, no revenue the firm expects."""
    return (
        fact.kind == "projection"
        and fact.start == fund.start
        and fact.company == fund.company
        and _TARGET_RE.search(fund.sentence or "") is not None
    )


def _invested_by_the_firm(fact: Fact, fund: Fact) -> Fact:
    """`fact` with the fund closed in its sentence, named as an investor ("closed its $300 million Fund III … and
    invested $10 million in Zorgly AI"), told as the firm that closed it: the sentence's subject invests, and a
    fund's name is no firm of the database."""
    name = fund.description
    if fact.start != fund.start or not name or fact is fund:
        return fact

    def firm(names: list[str]) -> list[str]:
        return list(dict.fromkeys(fund.company if each == name else each for each in names))

    return fact.model_copy(
        update={
            "investor": fund.company if fact.investor == name else fact.investor,
            "investors": firm(fact.investors),
            "lead_investors": firm(fact.lead_investors),
        }
    )


def _fund_closed(
    sentence: Sentence, orgs: Collection[str], published: dt.date | None
) -> tuple[Fact, bool] | None:
    """The fund the sentence tells its subject closed, with its size, and whether a verb says it was closed
    (not only raised: "has closed its third fund", « a bouclé »); None when no investor or size is told."""
    text = sentence.text
    amounts = [mention for mention in parse_amounts(text) if mention.currency]
    masked = _masked(text, amounts)
    for cue in _FUND_CLOSED_RE.finditer(masked):
        size = _size(masked, cue, amounts)
        investor = _last_org_before(text[: cue.start()], orgs)
        if size is None or investor is None:
            continue
        date, precision = point_date_or_published(text, published)
        fact = Fact(
            kind="metric",
            company=investor,
            metric=FUND_CLOSED,
            amount=size.value,
            amount_max=size.amount_max,
            currency=size.currency,
            bound=size.bound,
            date=date,
            date_precision=precision,
            description=_fund_name(masked, cue, size),
            sentence=text,
            start=sentence.start,
            end=sentence.end,
        )
        return fact, _told_closed(cue)
    return None


def _told_closed(cue: re.Match[str]) -> bool:
    """Whether the cue's verb says the fund was closed, which no company says of a round it raised."""
    if cue.group("backers_en") or cue.group("backers_fr"):
        return True  # money raised from backers for the subject's own fund: that fund, not a round of the subject
    if cue.group("verb_en"):
        return re.fullmatch(_CLOSE_VERBS_EN, cue.group("verb_en"), re.IGNORECASE) is not None
    return not cue.group("verb_fr").lower().startswith(("lev", "lèv"))


def _fund_name(masked: str, cue: re.Match[str], size: AmountMention) -> str | None:
    """The fund's own name: put before its words ("Index Origin III, its third fund"), inside them or between
    them and its size ("its third fund, Éclair Fund III, at €300 million"), or right after them ("its new fund,
    Kima Fund IV"; « son fonds Partech Growth IV »)."""
    if cue.group("named_first"):
        return cue.group("named_first")
    apposed = _APPOSED_RE.match(masked, cue.end())
    name = apposed and (apposed.group("apposed") or apposed.group("bracketed"))
    if name and apposed.end() <= size.bound_start and not _SAID_RE.search(name):
        # Written whole, as the firm names it ("Eclair Fund III-A", not cut at its number); quotes are no part.
        return name.strip().strip("\"'“”‘’«» ") or None
    # Not a backer's name ("from the European Investment Fund for its third fund"): the fund's words come after.
    backers_end = max(cue.end("backers_en"), cue.end("backers_fr"))
    named = _FUND_NAME_RE.search(masked, max(cue.start(), backers_end), max(cue.end(), size.span[0]))
    if named is not None:
        return named.group(0)
    after = _NAMED_AFTER_RE.match(masked, cue.end())
    if after is None:
        return None
    if after.group("numbered"):
        return after.group("numbered")
    # After a comma only a name that says it is a fund's: "its new fund, Reuters reported" names none.
    apposed = _FUND_NAME_RE.fullmatch(after.group("named"))
    return apposed.group(0) if apposed else None


# An editor's insertion in square brackets: words with a space between them, no bracket inside.
_EDITORS_BRACKETS_RE = re.compile(r"\[([^\[\]\s]*\s[^\[\]]*)\]")


def _masked(text: str, amounts: list[AmountMention]) -> str:
    """`text` with each sum written as "§" and spaces, of the same length: offsets stay the text's. Square brackets
    around words with a space between them are spaces too: an editor's words in them ("closed [its third fund] at
    $300 million") read as the sentence's; a name's own brackets ("[red]Fund III[/]") stay."""
    text = _EDITORS_BRACKETS_RE.sub(lambda m: f" {m.group(1)} ", text)
    for mention in amounts:
        start, end = mention.bound_start, mention.span[1]
        text = text[:start] + _MASK + " " * (end - start - 1) + text[end:]
    return text


def _size(masked: str, cue: re.Match[str], amounts: list[AmountMention]) -> AmountMention | None:
    """The fund's size: the sum masked inside the fund's words ("the €300M fund"), else the one right after them
    ("at €300 million", « doté de 300 millions d'euros »)."""
    inside = [m for m in amounts if cue.start() <= m.bound_start < cue.end()]
    if inside:
        return inside[0]
    after = next((m for m in amounts if m.bound_start >= cue.end()), None)
    if after is None:
        return None
    gap = _SIZE_GAP_RE.fullmatch(masked, cue.end(), after.bound_start)
    return after if gap is not None else None


def _last_org_before(before: str, orgs: Collection[str]) -> str | None:
    """The organisation named last before the fund's words (the subject that closed it), not a fund's name."""
    before = readable(before).replace(FILLER, "")  # "[red]Eclair[/] Ventures": a tag does not split a name
    spots = [
        (at, len(name), name)
        for name in orgs
        if not name.endswith(("Fund", "Fonds")) and (at := rfind_name(before, name)) >= 0
    ]
    return max(spots)[2] if spots else None


def _already_told(facts: list[Fact], fund: Fact) -> bool:
    """Whether the article already told this fund (its headline, then its body): a close of the same size
    by the same investor, unless both name their funds and the names differ ("Éclair Fund IV" and "Éclair
    Opportunity Fund II", both $300 million: two funds)."""
    return any(
        fact.kind == "metric"
        and fact.metric == FUND_CLOSED
        and (fact.company, fact.amount, fact.currency) == (fund.company, fund.amount, fund.currency)
        and not names_another_fund(fact, fund)
        for fact in facts
    )


def names_another_fund(fund: Fact | object, other: Fact | object) -> bool:
    """Whether two closes of funds name different funds (their descriptions, case aside); a close naming
    no fund may be either's."""
    named, other_named = getattr(fund, "description", None), getattr(other, "description", None)
    return bool(named and other_named) and str(named).casefold() != str(other_named).casefold()


def _the_same_sum_as_a_round(fact: Fact, fund: Fact) -> bool:
    """Whether `fact` is a round (or stake) of the fund's investor of the fund's size told in its sentence."""
    return (
        fact.kind in ("round", "investment")
        and fact.start == fund.start
        and fact.company == fund.company
        and (fact.amount, fact.currency) == (fund.amount, fund.currency)
    )


# The sentence tells its subject is an investor: "the venture capital firm", "VC", « le fonds de capital-risque ».
_INVESTOR_SAID_RE = re.compile(
    r"\b(?:VC|venture(?:\s+capital)?\s+(?:firm|investor|fund|group|house)|investment\s+(?:firm|manager|house)|"
    r"(?:private\s+equity|asset\s+management|asset\s+manager)\b|investor|fonds\s+(?:de\s+capital-risque|"
    r"d['’]investissement|de\s+capital-investissement)|capital-risqueur|société\s+de\s+gestion)",
    re.IGNORECASE,
)


def _may_be_the_fund(fact: Fact, text: str) -> bool:
    """Whether a round of the fund's sum may be the fund read as a round: its company is an investor (known as
    one, or the sentence says so), or no investor backs the round. A company's round led by backers is its own
    money, whatever the sentence calls what it is for."""
    if not fact.investors and not fact.lead_investors and fact.investor is None:
        return True
    known = knowledge().by_name.get(fact.company or "")
    return (known is not None and known.kind == "investor") or _INVESTOR_SAID_RE.search(text) is not None
