"""A stake bought: "Eurazeo has acquired a 30% stake in Kappa Vision for €60 million", "bought a stake",
"a racheté une participation de 20 % dans". The money may go to the shareholders who sold, not to the
company: unless the article says the company raised money or issued new shares, such a stake is typed
`STAKE_PURCHASE` (store/money_raised.py does not count it as money raised), and a purchase told in the
past tense is completed, not announced.

A stake sold: "SoftBank said it sold its entire stake in Nvidia for $5.83 billion", "a cédé sa participation
dans". The holder (the fact's investor) parts with shares it held: typed `STAKE_SALE`, never money raised by
the company nor a round's part, told as an exit on the seller's page."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Iterator

from ..models import Fact
from .amounts import parse_amounts
from .attributions import blank_attributions
from .dates import find_dates
from .facts import _INVESTED_RE, STAKE_GIVEN_VERB_RE, _named_right_after, _outside_closed_relatives
from .priced_stakes import (
    HOLDERS_STAKE_BOUGHT_FOR_PRICE_RE,
    STAKE_BOUGHT_FOR_PRICE_DONE_RE,
    STAKE_BOUGHT_FOR_PRICE_RE,
)
from .whole_names import find_name, is_named, name_starts, named_at

STAKE_PURCHASE = "Stake purchase"
"""The round type of a stake bought whose money the article does not say went to the company."""
STAKE_HELD = "Stake held"
"""The round type of a stake its holder holds, told with its worth ("Google holds a 10% stake in Anthropic
valued at $3 billion"): the stake's value, no money raised by the company, no purchase told."""
STAKE_SALE = "Stake sale"
"""The round type of a stake its holder (the fact's investor) sold: an exit, no money for the company."""
PARTIAL_STAKE_SALE = "Partial stake sale"
"""The round type of part of a stake its holder sold ("has sold part of its stake in", « a cédé une partie de sa
participation »): no money for the company, and no exit, the holder keeps the rest."""
SALE_TYPES = frozenset({STAKE_SALE, PARTIAL_STAKE_SALE})
"""The round types of a stake its holder sold, whole or in part."""

# "the entire 10% stake": the whole of a holding (`_WHOLE_STAKE_RE`) may be told before its share.
_SHARE = r"(?:an?\s+|the\s+|its\s+|une\s+|la\s+|sa\s+)?(?:(?:entire|whole|full)\s+)?(?:(?:about|around|roughly|nearly|almost|some)\s+)?(?:\d+(?:[.,]\d+)?\s?%\s+|minority\s+|majority\s+)?"
# A share of a company right after a verb of buying: " 20% of", " 15 % de", " 15 % du capital de".
_SHARE_OF = r"\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?\d+(?:[.,]\d+)?\s?%\s+of\b"
_SHARE_DE = r"\s+(?:(?:environ|près\s+de)\s+)?\d+(?:[.,]\d+)?\s?%\s+(?:de\b|du\s+capital\b|d['’])"
# Another holder's stake, or part of it, named by its holder: "half of Pelican Capital's stake", "Tiger Global's 5%
# stake". The holder is the seller (`sellers_of_stakes_bought`).
_PART_OF = r"(?:(?:all|part|some|most|half|a\s+portion|the\s+rest|the\s+remainder)\s+of\s+)?"
_HOLDERS_STAKE = (
    rf"{_PART_OF}(?P<holder>(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){{0,3}})['’]s\s+"
    # "Pelican Capital's entire stake", "its whole 10% holding": the holder's whole stake.
    r"(?:(?:entire|whole|full|remaining)\s+)?(?:\d+(?:[.,]\d+)?\s?%\s+)?"
    r"(?:stake|holding|shareholding|shares)\b"
)
# "bought out Pelican Capital's stake": the holder bought out of the company.
_HOLDERS_STAKE_BOUGHT_RE = re.compile(
    rf"\b(?:acquir\w*|bought|buy\w*|purchas\w*)\s+(?:out\s+)?{_HOLDERS_STAKE}",
    re.IGNORECASE,
)
# The same told as done: "bought half of Pelican Capital's stake".
_HOLDERS_STAKE_BOUGHT_DONE_RE = re.compile(
    rf"\b(?:(?:has|have|had)\s+(?:\w+\s+)?)?(?:acquired|bought|purchased)\s+(?:out\s+)?{_HOLDERS_STAKE}",
    re.IGNORECASE,
)
# The same in French, the holder named after its stake and before its company: « a racheté la participation de
# Pelican Capital dans Kestrel IA », « a repris une partie des parts de Pelican Capital dans ».
_PART_OF_FR = (
    r"(?:(?:une\s+partie|la\s+moitié|la\s+totalité|l['’]intégralité)\s+(?:de\s+la\s+|de\s+l['’]|des\s+)|"
    r"la\s+|l['’]|les\s+|des\s+)"
)
_HOLDERS_STAKE_FR = (
    rf"{_PART_OF_FR}(?:participation|parts|actions|titres)\s+(?:de\s+\d+(?:[.,]\d+)?\s?%\s+)?"
    r"(?:de\s+|d['’]|du\s+|détenue?s?\s+par\s+)"
    r"(?P<holder>(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3})\s+dans\b"
)
_HOLDERS_STAKE_BOUGHT_FR_RE = re.compile(
    rf"\b(?:rach[eè]t\w*|repri[st]\w*|reprend\w*|acqu[ié]\w*|achet\w*)\s+{_HOLDERS_STAKE_FR}",
    re.IGNORECASE,
)
_HOLDERS_STAKE_BOUGHT_FR_DONE_RE = re.compile(
    rf"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:racheté|repris|acquis|acheté)\s+{_HOLDERS_STAKE_FR}",
    re.IGNORECASE,
)
# An aside telling who a holder is, between commas right after its name: ", its longtime backer, ", ", an early
# investor, ", ", which had backed it since 2019, ", « , son actionnaire historique, ». It opens on a determiner or a
# relative pronoun, so a list's next name is none.
_HOLDER_ASIDE = (
    r",\s+(?:its|their|an?|the|one\s+of|which|who|son|sa|ses|leur|un|une|le|la|l['’]|qui)\s*[^,;.()]{1,50}?,"
)
# The holder a stake is bought from, told right after the verb, and the space before what is bought: "bought from
# Pelican Capital a 10% stake", "bought, from Pelican Capital, a 10% stake", "bought from Pelican Capital, its
# longtime backer, a 10% stake", « a racheté à Pelican Capital une participation »; a bare space without one.
_FROM_HOLDER = (
    r"(?:,?\s+(?:from|à)\s+(?:the\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}"
    rf"(?:{_HOLDER_ASIDE}|,)?)?\s+"
)
# Buying a stake (any tense): "acquire a 30% stake", "bought a minority stake", "racheter une participation";
# building one up on the market ("had built a 4.9% stake in Nvidia") is buying shares from their holders too.
_STAKE_BOUGHT_RE = re.compile(
    rf"\b(?:acquir\w*|bought|buy\w*|purchas\w*|buil[dt]\w*|amass\w*|accumulat\w*|pick(?:s|ed|ing)\s+up)"
    rf"{_FROM_HOLDER}{_SHARE}stake\b|"
    # Shares bought from their holder: "took a minority stake in X, buying shares from Pelican Capital".
    r"\b(?:bought|buy\w*|purchas\w*)\s+(?:existing\s+)?shares\s+from\b|"
    rf"\b(?:rach[eè]t\w*|acqu[ié]\w*|achet\w*|constitu\w*)(?:\s+en\s+\d{{4}})?{_FROM_HOLDER}{_SHARE}"
    r"(?:participation|part)\b|"
    # A share of the company bought, no stake word: "bought 20% of Zorgly", "a acquis 15 % de Velora".
    rf"\b(?:acquir\w*|bought|buy\w*|purchas\w*){_SHARE_OF}|\b(?:rach[eè]t\w*|acqu[ié]\w*|achet\w*){_SHARE_DE}",
    re.IGNORECASE,
)
# Raising one's stake for a price is buying shares: "raised its stake in Arm to 90% …, paying $8 billion",
# "a porté sa participation dans Arm de 75% à 90% pour 8 milliards" (unless money is invested: `_INVESTED_RE`).
_STAKE_RAISED_RE = re.compile(
    r"\b(?:raised|raises|increased|increases|lifted|lifts|boosted|boosts|upped|ups)\s+(?:its|their)\s+stake\b|"
    r"\b(?:port[ée]\w*|relev[ée]\w*|augment[ée]\w*)\s+(?:sa|leur)\s+participation\b",
    re.IGNORECASE,
)
# The same told as done: "has acquired a 30% stake", "bought a stake", "a racheté une participation".
_STAKE_BOUGHT_DONE_RE = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:raised|increased|lifted|boosted|upped)\s+(?:its|their)\s+stake\b|"
    r"\b(?:a|ont|avait|avaient)\s+(?:porté|relevé|augmenté)\s+(?:sa|leur)\s+participation\b|"
    rf"\b(?:(?:has|have|had)\s+(?:\w+\s+)?(?:acquired|bought|purchased|built|amassed|accumulated)|acquired|bought|"
    rf"purchased|built|amassed|accumulated|picked\s+up|took){_FROM_HOLDER}{_SHARE}stake\b|"
    rf"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:racheté|acquis|acheté|constitué)(?:\s+en\s+\d{{4}})?"
    rf"{_FROM_HOLDER}{_SHARE}(?:participation|part)\b|"
    rf"\b(?:(?:has|have|had)\s+(?:\w+\s+)?)?(?:acquired|bought|purchased){_SHARE_OF}|"
    rf"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:racheté|acquis|acheté){_SHARE_DE}",
    re.IGNORECASE,
)
# The holder selling its own stake in a company: "sold its entire stake in", "is selling part of its holding in",
# "a cédé l'intégralité de sa participation dans". "sold a 10% stake to Y" (the company selling new shares) is
# not one: the stake sold is the subject's own ("its"), in another company ("in").
_STAKE_SOLD_RE = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:sold|sells?|selling|offload(?:s|ed|ing)?|divest(?:s|ed|ing)?|"
    # "has sold down part of its stake in": "down" or "off" may follow the verb.
    r"unload(?:s|ed|ing)?|dump(?:s|ed|ing)?)\s+(?:(?:down|off)\s+)?(?:(?:all|part|some|most|half|a\s+portion|the\s+rest|the\s+remainder)\s+of\s+|half\s+)?"
    r"(?:its|their|his|her)\s+(?:(?:entire|whole|remaining|full|residual|\d+(?:[.,]\d+)?\s?%)\s+)*"
    r"(?:stake|holding|shareholding|shares|participation)\s+in\b|"
    # The company named before the shares: "had sold all of its Nvidia shares", "offloaded its Nvidia stake".
    r"\b(?:(?:has|have|had)\s+)?(?:sold|sells?|selling|offload(?:s|ed|ing)?|divest(?:s|ed|ing)?|"
    r"unload(?:s|ed|ing)?|dump(?:s|ed|ing)?)\s+(?:(?:all|part|some|most|half|a\s+portion)\s+of\s+)?(?:its|their|his|her)\s+"
    r"(?:(?:entire|whole|remaining|full|residual)\s+)?(?=(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,2}\s+"
    r"(?:stake|holding|shareholding|shares)\b)|"
    # « a revendu sa participation dans »: selling again what it bought is selling it.
    r"\b(?:(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:cédé|(?:re)?vendu)|avoir\s+(?:cédé|(?:re)?vendu)|cèdent|cède|"
    r"(?:re)?vendent|(?:re)?vend)\s+"
    # "a cédé mardi l'intégralité de sa participation": the day told between the verb and the stake.
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|récemment|finalement)\s+)?"
    r"(?:(?:la\s+totalité|l['’]intégralité|une\s+partie|la\s+moitié|le\s+reste)\s+de\s+)?(?:sa|leur|ses|leurs)\s+"
    r"(?:participation|parts|actions)\s+(?:dans|de|au\s+capital\s+de)\b|"
    # "a revendu ses actions Nvidia", "en cédant ses titres": the company named right after the shares.
    r"\b(?:(?:(?:a|ont|avait|avaient)\s+(?:\w+\s+)?|avoir\s+)(?:re)?vendu|(?:(?:a|ont|avait|avaient)\s+(?:\w+\s+)?|avoir\s+)?cédé|"
    r"(?:re)?vendant|cédant)\s+(?:(?:la\s+totalité|une\s+partie|la\s+moitié)\s+de\s+)?(?:ses|leurs)\s+(?:actions|titres|parts)\b"
    # « a revendu ses actions de Nvidia »: the company named after "de".
    r"(?:\s+(?:de|dans)\b|\s+d['’])?",
    re.IGNORECASE,
)
# A holder reducing its own stake in a company to a share: selling part of it. "trimmed its stake in OpenAI to
# 27%", "a réduit sa participation dans X à 17 %": the share left is the record's.
_STAKE_REDUCED_RE = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:trimm(?:ed|ing)|trims|cut(?:s|ting)?|reduc(?:ed|es|ing)|lower(?:ed|s|ing)|"
    r"par(?:ed|es|ing)(?:\s+(?:back|down))?)\s+(?:its|their|his|her)\s+(?:stake|holding|shareholding|ownership)\s+in\b|"
    # « a allégé sa participation dans X »: lightened, the holder keeping the rest.
    r"\b(?:(?:a|ont|avait|avaient)\s+)?(?:réduit|abaissé|ramené|diminué|allégé)\s+(?:sa|leur)\s+participation\s+"
    r"(?:dans|de|au\s+capital\s+de)\b",
    re.IGNORECASE,
)
# A holder leaving a company by selling its own shares: "cashed out of Nvidia, selling its shares for", "s'est
# désengagé de Nvidia en cédant ses titres pour".
_STAKE_EXITED_RE = re.compile(
    r"\b(?:cash(?:ed|es|ing)\s+out\s+of|exit(?:ed|s|ing)|s['’]est\s+désengagée?\s+(?:de|du|d['’])|"
    r"(?:est|sont)\s+sortie?s?\s+du\s+capital\s+(?:de|du|d['’]))"
    r"(?=[^.;]{0,80}\b(?P<sold>(?:selling|sold|offloading|(?:re)?vendant|cédant)\s+(?:all\s+of\s+)?(?:its|their|ses|leurs)\s+"
    r"(?:shares|stake|holding|titres|actions|participation))\b)",
    re.IGNORECASE,
)
# The words of a sale of part of a stake, the holder keeping the rest: "sold part of its stake", "some of its
# shares", "half of its holding", « une partie de sa participation », « la moitié de ses actions ».
_PART_SOLD_RE = re.compile(
    r"\b(?:part|some|most|half|a\s+portion)\s+of\b|\bhalf\s+(?:its|their|his|her)\b|\b(?:une\s+partie|la\s+moitié)\s+d",
    re.IGNORECASE,
)
# The sale told as done ("sold", "has sold", "a cédé"), not planned ("is selling", "plans to sell").
_SOLD_DONE_RE = re.compile(
    r"^(?:(?:has|have|had)\s+)?(?:sold|offloaded|divested|unloaded|dumped|trimmed|cut|reduced|lowered|pared)\b|"
    r"^cédé\b|^(?:cashed|exited)\b|^s['’]est\s|^(?:est|sont)\s+sorti|"
    r"^(?:a|ont|avait|avaient|avoir)\s|^(?:réduit|abaissé|ramené|diminué|allégé)\b",
    re.IGNORECASE,
)
# The article says money went to the company: new shares issued, money raised.
_NEW_MONEY_RE = re.compile(
    r"\bnew(?:ly issued)? (?:shares|money|capital|equity)\b|\bfresh (?:capital|funding|money)\b|"
    r"\bcapital increase\b|\bprimary (?:shares|issuance|capital)\b|\bproceeds\b|\brais(?:e|es|ed|ing)\b(?!\s+(?:its|their)\s+stake\b)|\bfunding round\b|"
    r"\baugmentation de capital\b|\bactions nouvelles\b|\bargent frais\b|\blev(?:é|ée|er|ée?s)\b|"
    r"\btour de table\b",
    re.IGNORECASE,
)
# The sale's proceeds told after it: "for $5 billion", ", raising $5.8 billion", "to raise", "pour 5 milliards".
_PROCEEDS = r"for|pour|worth|valued|at|à|soit|rais(?:e|ing)|net(?:ting)?|reap(?:ing)?|pocket(?:ing)?|fetch(?:ing)?|generat(?:e|ing)"
# The deal a sale is part of, told after a comma: ", in a secondary deal worth", « , dans le cadre d'une opération
# secondaire de », « , lors d'une transaction de », or named by an apposition (", a deal worth", « , une opération
# secondaire de »): the sale's own clause goes on to its price.
_SALE_FRAME = (
    r"in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:deal|transaction|sale|trade)|as\s+part\s+of|"
    # An apposition is the sale's own deal only when its price follows it: ", a deal that let it fund its $40
    # billion investment in OpenAI" tells another act.
    r"(?:a|an|the)\s+(?:secondary\s+)?(?:deal|transaction|sale|trade)\s+(?:worth|valued\s+at|of)|"
    r"une?\s+(?:opération|transaction|cession)(?:\s+secondaire)?\s+(?:de|d['’]un\s+montant\s+de|valorisée\s+à)|"
    r"(?:dans\s+le\s+cadre|lors|au\s+cours|à\s+l['’]occasion|par\s+le\s+biais)\s+d['’]une?|via\s+une?"
)
# Where a sale's own clause ends before another act: "sold its stake in Nvidia to fund its $40 billion
# investment in OpenAI", "…; it then…". Not a buyer ("to Microsoft", "to the fund") nor the sale's proceeds.
_SALE_CLAUSE_END_RE = re.compile(
    rf";|,(?!\s*(?:{_PROCEEDS}|selling|{_SALE_FRAME})\b)|\b(?:in\s+order\s+)?to\s+(?!(?:the|an?|its|their|{_PROCEEDS})\b)[a-z]{{3,}}\b|"
    r"\b(?:pour|afin\s+de)\s+[a-zé]+(?:er|ir|re)\b"
)


# A purchase still to come between a stake bought and the amount: "Eurazeo, which bought a minority stake in
# 2021, has agreed to acquire a further 30% stake … for €60 million" (the amount's own deal is pending).
PENDING_WORDS = r"agreed to|agrees to|will|plans? to|is to|set to|intends? to|a accepté de|va|doit|prévoit de"
_PENDING_RE = re.compile(rf"\b(?:{PENDING_WORDS})\b", re.IGNORECASE)


def mark_stakes_bought(facts: list[Fact], sentences: Iterable[str]) -> None:
    """Type each untyped stake whose sentence buys it `STAKE_PURCHASE`, unless its own sentence or a
    neighbour (of `sentences`) tells new money for the company, or the article tells a round of it on
    the stake's date ("The investment is part of a $45 million Series B round"); and make a stake bought
    in the past tense completed."""
    texts = list(sentences)
    for fact in facts:
        if fact.kind != "investment" or not _buys_stake(fact.sentence):
            continue
        if fact.round_type is None and not _told_as_new_money(fact, facts, texts):
            fact.round_type = STAKE_PURCHASE
        if fact.status == "announced" and _bought_done(fact):
            fact.status = "completed"


# A holder holding a stake, its worth told: "holds a 10% stake in Anthropic valued at", "owns a 49% stake in
# OpenAI, worth about", "détient 14% d'Anthropic, une participation estimée à".
_STAKE_HELD_RE = re.compile(
    r"\b(?:holds?|held|holding|owns?|owned|owning|détien(?:t|nent)|détenait|détenaient|possède|possèdent)\b",
    re.IGNORECASE,
)
_WORTH_RE = re.compile(
    r"\b(?:worth|valued\s+at|valu(?:é|ée|és|ées)|valoris(?:é|ée|és|ées)|estim(?:é|ée|és|ées)|évalu(?:é|ée|és|ées))\b",
    re.IGNORECASE,
)


# A holder's own stake, its worth told with no verb of holding: "Google's 14% stake in Anthropic is valued at",
# "Amazon's stake in Anthropic is now worth about".
_OWN_STAKE_WORTH = (
    r"(?:(?:about|around|roughly|nearly|almost|some)\s+)?(?:\d+(?:[.,]\d+)?\s?%\s+)?"
    r"(?:stake|holding|shareholding)\b[^.;]{0,80}?\b(?:is|was|are|were)\s+(?:now\s+|currently\s+)?"
    r"(?:worth|valued\s+at)\b"
)
_POSSESSED_STAKE_WORTH_RE = re.compile(rf"['’]s\s+{_OWN_STAKE_WORTH}", re.IGNORECASE)
# The same told by a sentence opening on its subject's stake: "Its 7% holding in CoreWeave was worth" (the holder
# is the story's subject, told before).
_OPENING_OWN_STAKE_WORTH_RE = re.compile(rf"\s*(?:its|their)\s+{_OWN_STAKE_WORTH}", re.IGNORECASE)


# The same in French, the holder named after its stake: "La participation de Google dans Anthropic vaut",
# "… est valorisée à".
_STAKE_OF_WORTH_RE = re.compile(
    r"\bparticipation\s+(?:de\s+\d+(?:[.,]\d+)?\s?%\s+)?(?:de\s+|d['’])", re.IGNORECASE
)
_FR_WORTH_RE = re.compile(
    r"\b(?:vaut|valait|est\s+(?:(?:désormais|aujourd['’]hui)\s+)?(?:valoris|estim|évalu)ée)\b", re.IGNORECASE
)


def _buys_stake(sentence: str) -> bool:
    """Whether `sentence` buys a stake, or raises one with no money invested in the company."""
    if _STAKE_BOUGHT_RE.search(sentence) or any(True for _ in _holders_stakes_bought(sentence)):
        return True
    if STAKE_BOUGHT_FOR_PRICE_RE.search(sentence):
        return True  # « a acquis pour 40 M€ une participation dans Rivet Code »: the price told first.
    return bool(_STAKE_RAISED_RE.search(sentence)) and not _INVESTED_RE.search(sentence)


def _holders_stakes_bought(sentence: str) -> Iterator[re.Match[str]]:
    """Each other holder's stake `sentence` buys, whole or in part, its holder in the group "holder": "bought
    half of Pelican Capital's stake", « a racheté une partie de la participation de Pelican Capital dans »."""
    yield from _HOLDERS_STAKE_BOUGHT_RE.finditer(sentence)
    yield from _HOLDERS_STAKE_BOUGHT_FR_RE.finditer(sentence)
    yield from HOLDERS_STAKE_BOUGHT_FOR_PRICE_RE.finditer(
        sentence
    )  # « a racheté pour 30 M€ la participation de »


def mark_stakes_held(facts: list[Fact]) -> None:
    """Type each untyped stake with an amount whose sentence has its investor hold it and tells its worth
    ("Microsoft owns a 49% stake in OpenAI, worth about $130 billion") `STAKE_HELD`: the stake's value."""
    for fact in facts:
        if (
            fact.kind != "investment"
            or fact.round_type is not None
            or fact.amount is None
            or not fact.investor
        ):
            continue
        at = _amount_start(fact)
        before = fact.sentence[:at] if at is not None else ""
        if _holds_stake_worth(before, fact.investor):
            fact.round_type = STAKE_HELD
            fact.status = "completed"  # a stake held is owned now, not a deal announced


# The words between a stake's worth cue and its amount: "worth roughly ", "valued at ", "estimée à ".
_WORTH_GAP_RE = re.compile(r"[^\d$€£¥,;.]{0,25}")


def _worth_names(before: str, start: int) -> bool:
    """Whether the words `before` an amount (from `start`, after the holding verb) end on a worth cue naming
    that amount: "owns a 7% stake worth roughly $1.5 billion, said it would invest a further $2 billion"
    names the stake's worth, not the new money after it."""
    worths = list(_WORTH_RE.finditer(before, start))
    return bool(worths) and bool(_WORTH_GAP_RE.fullmatch(before, worths[-1].end()))


def _holds_stake_worth(before: str, investor: str) -> bool:
    """Whether the words before a stake's amount have `investor` hold it and tell its worth: "owns a 49% stake
    in OpenAI, worth about", or its own stake's worth, no verb of holding ("Google's stake … is valued at")."""
    held = _STAKE_HELD_RE.search(before)
    if held and is_named(before[: held.start()], investor) and _worth_names(before, held.end()):
        return True
    if _given_stake_worth(before, investor):
        return True
    possessed = _POSSESSED_STAKE_WORTH_RE.search(before)
    if possessed is not None and _ends_on_name(before[: possessed.start()], investor):
        return True
    if _OPENING_OWN_STAKE_WORTH_RE.match(before):
        return True
    french = _STAKE_OF_WORTH_RE.search(before)
    return (
        french is not None and named_at(before, investor, french.end()) and bool(_FR_WORTH_RE.search(before))
    )


def _given_stake_worth(before: str, investor: str) -> bool:
    """Whether the words before a stake's amount have a deal give `investor` the stake and tell its worth:
    "completed its restructuring, giving Microsoft a stake of about 27% worth roughly" (a stake it holds now, no
    money paid in)."""
    return any(
        named_at(before, investor, verb.end()) and _worth_names(before, verb.end())
        for verb in STAKE_GIVEN_VERB_RE.finditer(before)
    )


def _ends_on_name(text: str, name: str) -> bool:
    """Whether `text` ends on `name` named whole ("Google" ends "… Google", not "… SoftGoogle")."""
    return text.endswith(name) and named_at(text, name, len(text) - len(name))


def mark_stakes_sold(facts: list[Fact]) -> None:
    """Type each untyped stake whose sentence has its investor sell its own stake in its company
    ("SoftBank said it sold its entire stake in Nvidia for $5.83 billion") `STAKE_SALE`, or `PARTIAL_STAKE_SALE`
    when it sells part of it or reduces it to a share, completed when the sale is told as done."""
    for fact in facts:
        if fact.kind != "investment" or fact.round_type is not None or not fact.investor:
            continue
        sale = _sale_of(fact)
        if sale is not None:
            _type_as_sale(fact, sale)


def mark_own_stake_sold(stake: Fact) -> bool:
    """Type the stake a sale, as `mark_stakes_sold` does, when its sentence has its investor sell its own stake
    in its company, whatever clause its amount is told in; whether it did. For a stake whose amount other words
    already price as shares traded between holders (« a cédé … à Accel, selon Les Echos, dans une opération
    secondaire de 40 millions »): its investor is their seller, never their buyer."""
    sale = _sale_of(stake, any_clause=True)
    if sale is None:
        return False
    _type_as_sale(stake, sale)
    return True


def _type_as_sale(stake: Fact, sale: re.Match[str]) -> None:
    """Type the stake by the words selling it: part of it or the whole, completed when told as done."""
    stake.round_type = PARTIAL_STAKE_SALE if _sells_part(sale) else STAKE_SALE
    if stake.status == "announced" and _SOLD_DONE_RE.match(sale.group(0)):
        stake.status = "completed"


def _sells_part(sale: re.Match[str]) -> bool:
    """Whether the words of a sale sell part of a stake, the holder keeping the rest: "sold part of its stake",
    or a stake reduced to a share ("trimmed its stake in OpenAI to 27%", « a réduit sa participation »)."""
    return (
        sale.re is _STAKE_REDUCED_RE
        or _PART_SOLD_RE.search(sale.group(0)) is not None
        or _SOLD_DOWN_RE.search(sale.group(0)) is not None
    )


# "sold down its stake in": a holding sold down is cut, the holder keeping the rest ("sold off" sells it all).
_SOLD_DOWN_RE = re.compile(r"\b(?:sold|sells?|selling)\s+down\b", re.IGNORECASE)


# The buyer a stake is sold to, told after the stake: "sold its 5% stake in Zorgly to General Catalyst", or after
# the shares its company names: "sold its Zorgly shares to SoftBank", after the shares a holding sold sells ("part
# of its holding in Zorgly, selling shares to SoftBank") or after their price ("selling $25 million of shares to").
_SOLD_TO_RE = re.compile(
    r"(?:,\s++selling(?:\s++(?:(?:some|part)\s++of\s++)?(?:its|their))?|\s++of|"
    # « a réduit sa participation dans X en cédant des titres à Y »
    r",?\s++en\s++(?:cédant|vendant|revendant)(?:\s++(?:des|(?:une\s++partie\s++de\s++)?(?:ses|leurs)))?)?"
    r"(?:\s++(?:shares|stake|holding|shareholding|actions|titres|parts))?\s++"
    r"(?:to|à|au\s++profit\s++(?:de\s++|d['’]))\s*+(?:the\s++)?",
    re.IGNORECASE,
)


def buyers_of_stakes_sold(facts: list[Fact], orgs: Collection[str]) -> list[Fact]:
    """The purchase each stake sale tells its buyer made ("Tiger Global sold its 5% stake in Zorgly to General
    Catalyst for $40 million": General Catalyst bought it), a known organisation of `orgs` named right after
    the sold stake's company: the same shares and amount, typed `STAKE_PURCHASE`."""
    bought = []
    for fact in facts:
        if fact.kind != "investment" or fact.round_type not in SALE_TYPES:
            continue
        buyer = _buyer_named(fact, orgs)
        if buyer is not None and not _told_stake(facts, buyer, fact.company):
            bought.append(fact.model_copy(update={"investor": buyer, "round_type": STAKE_PURCHASE}))
    return bought


def _buyer_named(sale: Fact, orgs: Collection[str]) -> str | None:
    """The organisation the sale's sentence sells to, right after its company ("… in Zorgly to General
    Catalyst"): the longest of `orgs` that "to" introduces there; None when none is."""
    sentence = sale.sentence
    ends = [at + len(sale.company) for at in name_starts(sentence, sale.company)]
    # "… in Kestrel AI, selling shares worth $25 million to Orchard Lane Partners": the buyer after the price.
    ends += [end for end in (_amount_end(sale),) if end is not None]
    for end in ends:
        told = _SOLD_TO_RE.match(sentence, end)
        if told is not None:
            return longest_org_at(sentence, told.end(), orgs, besides=(sale.investor, sale.company))
    return None


def longest_org_at(
    text: str, position: int, orgs: Collection[str], besides: Iterable[str] = ()
) -> str | None:
    """The longest known organisation of `orgs` (other than `besides`) named whole right at `position` of
    `text`: "Arm" is not named at the start of "Armada"."""
    left_out = set(besides)
    named = [name for name in orgs if name not in left_out and named_at(text, name, position)]
    return max(named, key=len, default=None)


def sellers_of_stakes_bought(facts: list[Fact], orgs: Collection[str]) -> list[Fact]:
    """The sale each stake purchase tells its seller made ("Orchard Lane Partners bought half of Pelican
    Capital's stake in Kestrel AI for £30 million": Pelican Capital sold part of its stake), a known organisation
    of `orgs` named as the stake's holder: the same shares and amount, typed `PARTIAL_STAKE_SALE` when part of the
    stake is bought, else `STAKE_SALE`."""
    sold = []
    for fact in facts:
        if fact.kind != "investment" or fact.round_type != STAKE_PURCHASE or not fact.investor:
            continue
        for match in _holders_stakes_bought(fact.sentence):
            seller = longest_org_at(
                fact.sentence, match.start("holder"), orgs, besides=(fact.investor, fact.company)
            )
            if seller is None or _told_stake(facts + sold, seller, fact.company):
                continue
            part = _PART_SOLD_RE.search(match.group(0)) is not None
            sold.append(
                fact.model_copy(
                    update={"investor": seller, "round_type": PARTIAL_STAKE_SALE if part else STAKE_SALE}
                )
            )
            break
        else:
            sellers, exits = _sellers_named(fact, orgs)
            # "bought a minority stake in Kestrel AI from Pelican Capital": the seller may keep more shares,
            # unless the sentence has it leave ("…, which exits the company") or sells its whole stake ("the
            # entire stake", "all of the shares").
            exits = exits or _WHOLE_STAKE_RE.search(fact.sentence) is not None
            update = {"round_type": STAKE_SALE if exits else PARTIAL_STAKE_SALE}
            if len(sellers) > 1:
                update |= _NO_PRICE  # "from Pelican Capital and Albion Growth for $30 million": whose share?
            for seller in sellers:
                if not _told_stake(facts + sold, seller, fact.company):
                    sold.append(fact.model_copy(update={"investor": seller, **update}))
    return sold


# A sale's price fields, cleared when the price is several sellers' together.
_NO_PRICE: dict[str, object] = {
    "amount": None, "amount_max": None, "currency": None, "bound": None, "equivalent_amount": None,
    "equivalent_currency": None, "tranche": None, "tranches": [], "condition": None,
}  # fmt: skip


# The holder a stake is bought from, told after the stake's company or its price: "a minority stake in Kestrel AI
# from Pelican Capital", "… for $30 million from Pelican Capital", « une participation dans Kestrel IA à Pelican ».
_BOUGHT_FROM_RE = re.compile(r"\s+(?:from|à|auprès\s+(?:de\s+|d['’]))\s*(?:the\s+|l['’])?", re.IGNORECASE)
# The same told right after the verb of buying: "bought from Pelican Capital a 10% stake", « a racheté à Pelican ».
_BOUGHT_FROM_AFTER_VERB_RE = re.compile(
    r"\b(?:acquir\w*|bought|buy\w*|purchas\w*|rach[eè]t\w*|acqu[ié]\w*|achet\w*),?\s+(?:(?:existing\s+)?shares\s+)?"
    r"(?:from|à)\s+(?:the\s+)?",
    re.IGNORECASE,
)


# Another seller named beside the first: "from Pelican Capital and Albion Growth", « à Pelican et Albion ».
_ANOTHER_SELLER_RE = re.compile(r"(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)(?:the\s+)?", re.IGNORECASE)
# The seller leaving the company: "…, which exits the company", « qui sort du capital ».
_SELLER_EXITS_RE = re.compile(
    r"\b(?:exit(?:s|ed|ing)?|leav(?:es|ing)|left)\s+(?:the\s+company|the\s+capital|its\s+capital)\b|"
    r"\b(?:sort(?:ant|ie)?|quitt(?:e|ant))\s+(?:ainsi\s+|alors\s+)?(?:du|le)\s+capital\b",
    re.IGNORECASE,
)
# The whole of a holding bought: "the entire 10% stake", "its whole holding", "all of the shares", « l'intégralité
# de la participation », « la totalité des actions »: its seller keeps none.
_WHOLE_STAKE_RE = re.compile(
    r"\b(?:entire|whole|full)\s+(?:\d+(?:[.,]\d+)?\s?%\s+)?(?:stake|holding|shareholding|position)\b|"
    r"\ball\s+(?:of\s+)?(?:the|its|their)\s+(?:shares|stake|holding)\b|"
    r"\b(?:l['’]intégralité|la\s+totalité)\s+(?:de\s+(?:la|sa)\s+participation|des\s+(?:actions|parts|titres))\b",
    re.IGNORECASE,
)
# A clause's end: what follows it tells another deal ("…, a year after it bought from Pelican Capital…").
_CLAUSE_BREAK_RE = re.compile(r";|,\s")
# A holder's name and the aside telling who it is, or the comma closing a "from" phrase: "Pelican Capital, its
# longtime backer,", "bought, from Pelican Capital, a 10% stake".
_HOLDER_THEN_ASIDE_RE = re.compile(
    rf"(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){{0,3}}(?:{_HOLDER_ASIDE}|,)", re.IGNORECASE
)
_POSSESSIVE_RE = re.compile(r"['’]s?\b")


def _sellers_named(purchase: Fact, orgs: Collection[str]) -> tuple[list[str], bool]:
    """The organisations the purchase's clause buys the stake from, right after its verb, its company or its
    price: the longest of `orgs` that "from" (« à », « auprès de ») introduces there, with any named beside it
    ("from Pelican Capital and Albion Growth"); none when a holder's own is named ("from Pelican Capital's
    founder"). And whether the sentence has them leave the company ("which exits the company")."""
    sentence = purchase.sentence
    ends = [at + len(purchase.company) for at in name_starts(sentence, purchase.company)]
    ends += [end for end in (_amount_end(purchase),) if end is not None]
    told = [match for end in ends if (match := _BOUGHT_FROM_RE.match(sentence, end))]
    told += [
        match
        for match in _BOUGHT_FROM_AFTER_VERB_RE.finditer(sentence)
        if _in_purchase_clause(sentence, match, ends, purchase.company)
    ]
    besides = (purchase.investor, purchase.company)
    for match in told:
        sellers, end = _sellers_at(sentence, match.end(), orgs, besides)
        if sellers:
            return sellers, _SELLER_EXITS_RE.search(sentence, end) is not None
    return [], False


def _sellers_at(
    sentence: str, position: int, orgs: Collection[str], besides: tuple[str | None, str]
) -> tuple[list[str], int]:
    """The organisations named from `position` on, one after another ("Pelican Capital and Albion Growth"),
    and where they end; none when the first is a possessive ("Pelican Capital's founder")."""
    sellers: list[str] = []
    while (seller := longest_org_at(sentence, position, orgs, besides=besides)) is not None:
        end = position + len(seller)
        if _POSSESSIVE_RE.match(sentence, end):
            return ([], end) if not sellers else (sellers, position)
        sellers.append(seller)
        position = end
        more = _ANOTHER_SELLER_RE.match(sentence, end)
        if more is None:
            break
        position = more.end()
    return sellers, position


def _in_purchase_clause(sentence: str, match: re.Match[str], ends: list[int], company: str) -> bool:
    """Whether a verb of buying from a holder is the purchase's own: told right after its company or price
    ("…in Kestrel AI, buying shares from Pelican Capital") or before its company in one clause ("bought from
    Pelican Capital a 10% stake in Kestrel AI"), not in a clause of another deal ("…, a year after it bought
    from Pelican Capital its stake in Zorgly")."""
    if any(end <= match.start() and not sentence[end : match.start()].strip(", ") for end in ends):
        return True
    # "bought from Pelican Capital, its longtime backer, a 10% stake in Kestrel AI": the aside breaks no clause.
    aside = _HOLDER_THEN_ASIDE_RE.match(sentence, match.end())
    start = aside.end() if aside else match.end()
    return any(
        at >= start and not _CLAUSE_BREAK_RE.search(sentence, start, at)
        for at in name_starts(sentence, company)
    )


def _told_stake(facts: list[Fact], investor: str, company: str) -> bool:
    """Whether a stake of `investor` in `company` is already among `facts`."""
    return any(f.kind == "investment" and f.investor == investor and f.company == company for f in facts)


# A stake bought then sold, told after the purchase: "had built a 4.9% stake … before selling it in early 2019",
# « avait constitué une participation … avant de la revendre début 2019 ».
_RESOLD_AFTER_RE = re.compile(
    r"\b(?:before|then|later)\s+(?:selling|sold|offloading|offloaded|divesting|divested)\s+(?:it|them)\b|"
    r"\bavant\s+de\s+(?:la|le|les|l['’])\s*(?:revendre|céder|vendre)\b|\bpuis\s+(?:l['’]a|les\s+a)\s+(?:revendue?s?|cédée?s?)\b",
    re.IGNORECASE,
)


def sales_after_purchases(facts: list[Fact], published: dt.date | None) -> list[Fact]:
    """The sale each stake purchase's sentence tells after it, on a date of its own ("had built a 4.9% stake in
    Nvidia worth about $4 billion in 2017 before selling it in early 2019": a `STAKE_SALE` of 2019, of no
    stated price); a sale whose words name no date is left out."""
    sales = []
    for fact in facts:
        if fact.kind != "investment" or fact.round_type != STAKE_PURCHASE or not fact.investor:
            continue
        told = _RESOLD_AFTER_RE.search(fact.sentence)
        when = (
            next(
                (
                    d
                    for d in find_dates(fact.sentence[told.end() : told.end() + 40], published)
                    if d.role == "point"
                ),
                None,
            )
            if told
            else None
        )
        if when is not None and when.value != fact.date:
            sales.append(
                fact.model_copy(
                    update=_SALE_OF_UNSTATED_PRICE | {"date": when.value, "date_precision": when.precision}
                )
            )
    return sales


# A sale told after a purchase keeps the stake's share, not the purchase's price.
_SALE_OF_UNSTATED_PRICE = {
    "round_type": STAKE_SALE,
    "status": "completed",
    "amount": None,
    "amount_max": None,
    "bound": None,
    "currency": None,
    "equivalent_amount": None,
    "equivalent_currency": None,
}


def _sale_of(stake: Fact, *, any_clause: bool = False) -> re.Match[str] | None:
    """The words of the stake's sentence selling it: a sale verb after its investor, its company named right
    after ("sold its stake in Nvidia", "in the chipmaker Nvidia"), its amount, if any, within the sale's clause
    (anywhere when `any_clause`)."""
    sentence = stake.sentence
    sold = (_STAKE_SOLD_RE, _STAKE_REDUCED_RE, _STAKE_EXITED_RE)
    for match in (match for told in sold for match in told.finditer(sentence)):
        # an exit's amount is that of the sale told after it: "cashed out of Nvidia, selling its shares for"
        sale_end = match.end("sold") if "sold" in match.re.groupindex else match.end()
        if is_named(sentence[: match.start()], stake.investor) and _company_right_after(stake, match.end()):
            if any_clause or _amount_in_sale_clause(stake, sale_end):
                return match
    return None


def _company_right_after(stake: Fact, position: int) -> bool:
    """Whether the stake's company is named right after `position`, directly or after a descriptor of it: not
    a stake sold in another company ("Nvidia, which sold its stake in Arm in 2020, invested … in Mistral AI")."""
    sentence = stake.sentence
    begin = position + len(sentence[position:]) - len(sentence[position:].lstrip())
    at = find_name(sentence, stake.company, begin)
    return at >= 0 and _named_right_after(sentence, begin, at)


def _amount_in_sale_clause(stake: Fact, position: int) -> bool:
    """Whether the stake's amount, if any, is the sale's: before the sale's words or in its clause, not in
    another act the sentence goes on to ("…to fund its $40 billion investment in OpenAI"). An attribution
    aside (« , selon Les Echos, », ", according to Reuters, ") ends no clause."""
    at = _amount_start(stake)
    if at is None or at < position:
        return True
    clause = blank_attributions(stake.sentence)
    return _SALE_CLAUSE_END_RE.search(clause, _past_company_apposition(stake, position), at) is None


# A descriptor of the company set between commas right after its name: "Nvidia, the chipmaker, for …".
_APPOSITION_RE = re.compile(r",\s*(?:the|an?|its|le|la|l')\s*[^,;]{1,60}(?=,)", re.IGNORECASE)


def _past_company_apposition(stake: Fact, position: int) -> int:
    """Where the sale's clause goes on after `position`: past the company's name and a comma-enclosed
    apposition right after it ("sold its entire stake in Nvidia, the chipmaker, for $5.8 billion"), whose
    commas end no clause; `position` itself when there is none."""
    at = find_name(stake.sentence, stake.company, position)
    if at < 0:
        return position
    apposition = _APPOSITION_RE.match(stake.sentence, at + len(stake.company))
    return apposition.end() if apposition else position


def _told_as_new_money(stake: Fact, facts: list[Fact], texts: list[str]) -> bool:
    """Whether new money words stand near the stake, or a round of its company has its date. A raise told
    of another date ("Kappa Vision raised €10 million from Partech in 2021") is the company's history."""
    rounds = [fact for fact in facts if fact.kind == "round" and fact.company == stake.company]
    if any(fact.date == stake.date for fact in rounds):
        return True
    # Money the stake's holder puts in, told in the stake's own sentence: "Nvidia invested $100 million in Zeta
    # AI, building a 5% stake in the startup" (the stake is what the money buys). Not a buyer's description in a
    # relative clause ("Nvidia, which invests in dozens of startups, bought a 5% stake …"), nor a neighbour's.
    if _INVESTED_RE.search(_outside_closed_relatives(stake.sentence, 0, len(stake.sentence))):
        return True
    earlier = {fact.sentence for fact in rounds}
    return any(_NEW_MONEY_RE.search(text) for text in _near(stake.sentence, texts) if text not in earlier)


def _near(sentence: str, texts: list[str]) -> list[str]:
    """The sentence holding `sentence` among `texts` and its neighbours; `sentence` alone when not found."""
    at = next((index for index, text in enumerate(texts) if sentence and sentence in text), None)
    return [sentence] if at is None else texts[max(at - 1, 0) : at + 2]


def _bought_done(stake: Fact) -> bool:
    """Whether a purchase told as done governs the stake's own amount: no pending verb ("has agreed to",
    "will") stands between the two."""
    sentence = stake.sentence
    at = _amount_start(stake)
    done = (
        *_STAKE_BOUGHT_DONE_RE.finditer(sentence),
        *_HOLDERS_STAKE_BOUGHT_DONE_RE.finditer(sentence),
        *_HOLDERS_STAKE_BOUGHT_FR_DONE_RE.finditer(sentence),
        *STAKE_BOUGHT_FOR_PRICE_DONE_RE.finditer(sentence),
    )
    for match in done:
        if at is None or not _PENDING_RE.search(sentence[min(match.end(), at) : max(match.start(), at)]):
            return True
    return False


def _amount_end(stake: Fact) -> int | None:
    """Where the stake's amount ends in its sentence; None when it has none or it is not found."""
    at = _amount_start(stake)
    return next((m.span[1] for m in parse_amounts(stake.sentence) if m.span[0] == at), None)


def _amount_start(stake: Fact) -> int | None:
    """Where the stake's amount stands in its sentence; None when it has none or it is not found."""
    if stake.amount is None:
        return None
    for mention in parse_amounts(stake.sentence):
        if abs(mention.value - stake.amount) <= stake.amount * 0.005:
            return mention.span[0]
    return None
