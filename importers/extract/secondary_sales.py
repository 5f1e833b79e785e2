"""Shares bought from their holders, not from the company: a secondary sale or a tender offer.

"SoftBank Group has bought a 4% stake in Cohere from early investors for about $280 million in a secondary
sale", « Eurazeo a racheté 15 % du capital de Pennylane à des actionnaires historiques », "Employees of
Databricks sold $1 billion worth of shares to Thrive Capital in a tender offer that valued the company at $62
billion". The money goes to the holders who sold: the buyer's purchase is typed `STAKE_PURCHASE` (never money
raised by the company, whatever a neighbour says of its past rounds), and a tender offer's valuation is the
company's."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable

from ..models import IN_TALKS, Fact
from .amounts import AmountMention, parse_amounts
from .dates import point_date_or_published
from .facts import MAX_SENTENCE
from .holders import HOLDER_WORDS, HOLDERS, holders_sold_before_price, holders_sold_shares_worth
from .sentences import Sentence
from .stake_purchases import (
    PENDING_WORDS,
    STAKE_PURCHASE,
    _amount_start,
    longest_org_at,
    mark_own_stake_sold,
)
from .whole_names import is_named, name_starts, rfind_name

# Words telling shares changing hands between holders: "in a secondary sale", "on the secondary market",
# "in a tender offer", "bought … from early investors", « à des actionnaires historiques », « rachat de titres ».
_SECONDARY_RE = re.compile(
    r"\bsecondary\s+(?:sale|share\s+sale|transaction|deal|market|offering)\b|\btender\s+offer\b|"
    rf"\b(?:bought|buys?|buying|acquir\w*|purchas\w*)\b(?:[^.;]|(?<=\d)\.(?=\d)){{0,120}}?\bfrom\s+{HOLDERS}\b|"
    # "existing shareholders sold $150 million of stock to General Catalyst": holders selling, not the company.
    rf"\b{HOLDERS}\s+(?:(?:have|had)\s+)?(?:sold|sell)\b|"
    r"\b(?:à|auprès)\s+(?:des|d['’]|de\s+ses|de\s+leurs)\s*(?:anciens\s+|premiers\s+)?"
    r"(?:actionnaires|investisseurs|salariés|fondateurs)\s+(?:historiques|existants|minoritaires|actuels)\b|"
    r"\bmarché\s+secondaire\b|\b(?:cession|opération|transaction)\s+secondaire\b|\brachat\s+de\s+titres\b|"
    r"\boffre\s+de\s+rachat\s+d['’]actions\b",
    re.IGNORECASE,
)
# A purchase or sale told as done: "has bought", "sold", « a racheté », « ont cédé ».
_DONE_RE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:\w+\s+)?)?(?:bought|acquired|purchased|sold)\b|"
    r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:racheté|acquis|acheté|cédé|vendu)\b",
    re.IGNORECASE,
)
# A purchase still negotiated: "is in talks to hold a $500 million tender offer led by Thrive Capital".
_IN_TALKS_RE = re.compile(
    r"\bin\s+(?:advanced\s+|early\s+)?(?:talks|discussions|negotiations)\b|"
    r"\ben\s+(?:discussions?|négociations?|pourparlers)\b",
    re.IGNORECASE,
)
# stake_purchases' words of a purchase still to come, and "would" ("SoftBank would buy … from early investors").
_PENDING_RE = re.compile(rf"\b(?:{PENDING_WORDS}|would)\b", re.IGNORECASE)


def mark_secondary_purchases(facts: list[Fact]) -> None:
    """Type each untyped stake whose sentence tells shares bought from their holders `STAKE_PURCHASE`,
    completed when the purchase is told as done: the money went to the sellers, not the company. An
    acquisition whose price buys shares from their holders (« a racheté 100 millions d'euros d'actions … aux
    salariés de Databricks ») is such a stake: the buyer bought shares, not the company."""
    for fact in facts:
        if fact.kind == "acquisition" and _price_of_shares(fact) and _secondary_of_amount(fact):
            fact.kind = "investment"
        if fact.kind != "investment" or fact.round_type is not None or not _secondary_of_amount(fact):
            continue
        if mark_own_stake_sold(fact):
            continue  # the investor sells its own stake: the shares traded are the ones it sold
        fact.round_type = STAKE_PURCHASE
        if fact.status == "announced" and _told_done(fact.sentence):
            fact.status = "completed"


def _secondary_of_amount(stake: Fact) -> bool:
    """Whether words of shares bought from their holders tell the stake's own amount: no other amount of
    money stands between the two ("Thrive invested $500 million in Databricks and bought $100 million of
    shares from employees": the $500 million is new money, the words are the $100 million's)."""
    cues = [match.span() for match in _SECONDARY_RE.finditer(stake.sentence)]
    at = _amount_start(stake)
    if at is None or not cues:
        return bool(cues)
    others = [m.span for m in parse_amounts(stake.sentence) if m.currency and m.span[0] != at]
    return any(not any(_between(span, at, cue) for span in others) for cue in cues)


def _price_of_shares(deal: Fact) -> bool:
    """Whether the deal's amount is the price of shares: "$1 billion of shares", « 100 millions d'euros
    d'actions »."""
    at = _amount_start(deal)
    mention = next((m for m in parse_amounts(deal.sentence) if m.span[0] == at), None)
    return mention is not None and _SHARES_AFTER_PRICE_RE.match(deal.sentence, mention.span[1]) is not None


def _between(span: tuple[int, int], at: int, cue: tuple[int, int]) -> bool:
    """Whether `span` lies between the amount starting `at` and the `cue` words, or inside the cue."""
    low, high = (at, cue[1]) if at < cue[0] else (cue[0], at)
    return low < span[0] < high


def _told_done(sentence: str) -> bool:
    """Whether the purchase is told as done and nothing in its sentence says it is still to come."""
    return bool(_DONE_RE.search(sentence)) and not _PENDING_RE.search(sentence)


# After a price: the shares it bought, their company named before them or after ("$280 million of Cohere
# shares", "$1 billion worth of shares", "$1 billion of shares in Databricks").
_SHARES_AFTER_PRICE_RE = re.compile(
    r"\s+(?:worth\s+)?of\s+(?:(?:its|their|the|his|her)\s+)?(?P<named>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?"
    r"(?:['’]s)?\s+)?(?:shares|stock)\b(?:\s+(?:of|in)\s+(?P<after>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}))?|"
    # « 100 millions d'euros d'actions Mistral AI », « … de titres de Pennylane »
    r"\s+(?:d['’]|de\s+)(?:actions|titres)\b(?:\s+(?:de\s+|d['’])?(?P<fr>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}))?"
)
_BUY_BEFORE_PRICE_RE = re.compile(
    r"\b(?:bought|buys?|buying|purchased|purchases?|acquired|acquires?|picked\s+up)\s+"
    r"(?:(?:about|around|roughly|nearly|some|more\s+than)\s+)?$|"
    r"\b(?:racheté|acheté|acquis|rachète|achète|acquiert)\s+(?:pour\s+)?(?:(?:environ|près\s+de|plus\s+de)\s+)?$",
    re.IGNORECASE,
)
# « ont cédé pour 1 milliard de dollars d'actions »: the French price may follow "pour".
_SELL_BEFORE_PRICE_RE = re.compile(
    r"\b(?:sold|sells?|selling|cédé|vendu|cèdent|vendent)\s+(?:pour\s+)?(?:(?:about|around|roughly|nearly|some|more\s+than|"
    r"environ|près\s+de|plus\s+de)\s+)?$",
    re.IGNORECASE,
)
# A sentence that already told a deal is left to the rules that read it.
_DEAL_KINDS = frozenset({"investment", "round", "acquisition", "partnership"})
# After a price: the tender offer a buyer leads ("a $500 million tender offer led by Thrive Capital").
_TENDER_LED_BY_AFTER_RE = re.compile(r"\s+tender\s+offer\s+(?:led|backed|made)\s+by\s+(?:the\s+)?")
_SOLD_TO_RE = re.compile(r"\s+(?:to|à)\s+(?:the\s+|la\s+|l['’]|au\s+fonds\s+)?")


def secondary_purchases_told(
    sentences: Iterable[Sentence], facts: list[Fact], orgs: Collection[str], published: dt.date | None
) -> list[Fact]:
    """The purchases of shares from their holders told by a sentence no stake came from ("SoftBank bought
    $280 million of Cohere shares from early investors in a secondary transaction"; "Employees of Databricks
    sold $1 billion worth of shares to Thrive Capital in a tender offer"): the buyer's `STAKE_PURCHASE`, and
    the valuation a tender offer gives the company. When another rule already read that valuation, the company
    is the tender offer's: "in a tender offer that valued the company at $62 billion" is the company whose
    shares were sold, not the story's first company."""
    deals = {fact.sentence for fact in facts if fact.kind in _DEAL_KINDS}
    valued = [fact for fact in facts if fact.kind == "valuation"]
    found: list[Fact] = []
    for sentence in sentences:
        if len(sentence.text) > MAX_SENTENCE or not _SECONDARY_RE.search(sentence.text):
            continue
        purchase = None
        if sentence.text not in deals:
            purchase = _shares_bought(sentence, orgs, published) or _holders_shares_bought(
                sentence, orgs, published, _raiser_before(facts, sentence)
            )
            found += [purchase] if purchase else []
        tendered = _tender_valuation(sentence, orgs, published, purchase)
        told = [fact for fact in valued if fact.sentence == sentence.text]
        if told:
            _file_under_tendered_company(told, tendered)
        else:
            found += tendered
    return found


def _file_under_tendered_company(told: list[Fact], tendered: list[Fact]) -> None:
    """File each valuation `told` of the amount a tender offer values under the company the offer values."""
    for value in tendered:
        for fact in told:
            if fact.currency == value.currency and fact.amount == value.amount:
                fact.company = value.company


def _shares_bought(sentence: Sentence, orgs: Collection[str], published: dt.date | None) -> Fact | None:
    """The purchase of shares the sentence tells with its price, buyer and company; None when one is not named."""
    text = sentence.text
    for mention in parse_amounts(text):
        if mention.currency is None:
            continue
        led = _TENDER_LED_BY_AFTER_RE.match(text, mention.span[1])
        if led is not None:
            buyer = longest_org_at(text, led.end(), orgs)
            company = _other_org(text, orgs, buyer)
            if buyer and company:
                return _purchase(sentence, mention, buyer, company, published)
            continue
        shares = _SHARES_AFTER_PRICE_RE.match(text, mention.span[1])
        if shares is None:
            continue
        before = text[: mention.bound_start]
        named = _org_in(shares.group("named") or shares.group("after") or shares.group("fr") or "", orgs)
        if _BUY_BEFORE_PRICE_RE.search(before):
            buyer = _last_org_before(before, orgs)
        elif _SELL_BEFORE_PRICE_RE.search(before):
            buyer = _org_right_after(text, shares.end(), orgs) or _name_right_after(text, shares.end())
        else:
            continue
        company = named or _other_org(text, orgs, buyer)
        if buyer and company and buyer != company:
            return _purchase(sentence, mention, buyer, company, published)
    return None


def _holders_shares_bought(
    sentence: Sentence, orgs: Collection[str], published: dt.date | None, story_company: str | None
) -> Fact | None:
    """The purchase of the shares holders sold to the buyer named after their price: "some early employees sold
    shares worth $50 million to Atomico in a secondary sale", "… sold $50 million worth of shares to Atomico".
    Their company is the one the sentence names, else the story's (`story_company`): "early employees" are the
    raiser's."""
    text = sentence.text
    for mention in parse_amounts(text):
        if mention.currency is None:
            continue
        before = text[: mention.bound_start]
        shares = _SHARES_AFTER_PRICE_RE.match(text, mention.span[1])
        if holders_sold_shares_worth(before):
            sold_to = mention.span[1]
        elif shares is not None and holders_sold_before_price(before):
            sold_to = shares.end()
        else:
            continue
        buyer = _org_right_after(text, sold_to, orgs) or _name_right_after(text, sold_to)
        company = _tendered_company(text, orgs) or _other_org(text, orgs, buyer) or story_company
        if buyer and company and buyer != company:
            return _purchase(sentence, mention, buyer, company, published)
    return None


def _raiser_before(facts: list[Fact], sentence: Sentence) -> str | None:
    """The company of the last round the story told before `sentence`: whose holders sell when it names none."""
    told = [fact for fact in facts if fact.kind == "round" and fact.start < sentence.start]
    return max(told, key=lambda fact: fact.start).company if told else None


def _purchase(
    sentence: Sentence, price: AmountMention, buyer: str, company: str, published: dt.date | None
) -> Fact:
    """The buyer's completed (or announced) stake purchase in `company` at `price`, told by `sentence`."""
    date, precision = point_date_or_published(sentence.text, published)
    return Fact(
        kind="investment",
        company=company,
        investor=buyer,
        amount=price.value,
        amount_max=price.amount_max,
        currency=price.currency,
        bound=price.bound,
        date=date,
        date_precision=precision,
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        round_type=STAKE_PURCHASE,
        status=_purchase_status(sentence.text, price),
    )


def _purchase_status(text: str, price: AmountMention) -> str:
    """In talks when the words before the price say it is negotiated, completed when told as done, else
    announced."""
    if _IN_TALKS_RE.search(text, 0, price.bound_start):
        return IN_TALKS
    return "completed" if _told_done(text) else "announced"


# A tender offer valuing its company: "in a tender offer that valued the company at $62 billion", "in a tender
# offer valuing it at", "a tender offer for shares of Databricks that valued it at", « une offre de rachat
# d'actions aux salariés valorisant la société à ».
_TENDER_VALUES_RE = re.compile(
    r"\b(?:tender\s+offer|secondary\s+(?:sale|share\s+sale|transaction|deal))(?:\s+(?:for|of)\s+[^.;,]{1,60}?)?,?\s+"
    r"(?:that\s+|which\s+)?"
    r"valu(?:ed|es|ing)\s+(?P<whom>.{1,60}?)\s+at\s+$|"
    r"\boffre\s+de\s+rachat\s+d['’]actions\b[^.;]{0,60}?\b(?:valorisant|qui\s+valorise)\s+(?P<qui>.{1,60}?)\s+à\s+$",
    re.IGNORECASE,
)


def _tender_valuation(
    sentence: Sentence, orgs: Collection[str], published: dt.date | None, purchase: Fact | None
) -> list[Fact]:
    """The valuation a tender offer gives its company, the company named or the purchase's."""
    text = sentence.text
    for mention in parse_amounts(text):
        told = _TENDER_VALUES_RE.search(text[: mention.bound_start])
        if told is None or mention.currency is None:
            continue
        whom = told.group("whom") or told.group("qui")
        company = (
            _org_in(whom, orgs)
            or (purchase.company if purchase else None)
            or _tendered_company(text, orgs)
            or _sole_seller_company(text, orgs)
        )
        if company is None:
            return []
        date, precision = point_date_or_published(text, published)
        return [
            Fact(
                kind="valuation",
                company=company,
                amount=mention.value,
                currency=mention.currency,
                date=date,
                date_precision=precision,
                sentence=text,
                start=sentence.start,
                end=sentence.end,
            )
        ]
    return []


def _org_in(words: str, orgs: Collection[str]) -> str | None:
    """The longest known organisation named in `words`."""
    return max((name for name in orgs if is_named(words, name)), key=len, default=None)


def _last_org_before(before: str, orgs: Collection[str]) -> str | None:
    """The known organisation named last in `before` (the buyer, subject of the verb), named whole: "Meta"
    inside "Metaverse" is no mention of Meta."""
    spots = [(at, len(name), name) for name in orgs if (at := rfind_name(before, name)) >= 0]
    return max(spots)[2] if spots else None


def _org_right_after(text: str, position: int, orgs: Collection[str]) -> str | None:
    """The organisation "to" introduces right at `position` ("… to Thrive Capital")."""
    told = _SOLD_TO_RE.match(text, position)
    if told is None:
        return None
    return longest_org_at(text, told.end(), orgs)


# A capitalised name, its words each capitalised: "Atomico", "Thrive Capital".
_CAPITALISED_NAME_RE = re.compile(r"(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3}")


def _name_right_after(text: str, position: int) -> str | None:
    """The capitalised name "to" introduces right at `position` ("… to Atomico in a secondary sale"), for a buyer
    the story names nowhere else, so no rule knew it as an organisation."""
    told = _SOLD_TO_RE.match(text, position)
    name = _CAPITALISED_NAME_RE.match(text, told.end()) if told else None
    return name.group() if name else None


def _other_org(text: str, orgs: Collection[str], buyer: str | None) -> str | None:
    """The one other organisation the sentence names whole (the company whose holders sold), not a piece of
    the buyer's name; None unless one. "Employees of Metaculus" names Metaculus, not Meta."""
    others = {
        name
        for name in orgs
        if name != buyer and is_named(text, name) and not (buyer and is_named(buyer, name))
    }
    return others.pop() if len(others) == 1 else None


# Right before a company: its holders or shares named ("employees of", "shares in", « aux salariés de »).
_HOLDERS_OF_RE = re.compile(
    rf"\b(?:{HOLDERS}|(?:shares|stock)|(?:(?:anciens|premiers)\s+)?(?:salariés|employés|actionnaires|"
    r"investisseurs|fondateurs)|actions|titres)\s+(?:of|in|de|du|d['’])\s*",
    re.IGNORECASE,
)
# Right after a company: its holders or shares ("Databricks employees", "Cohere's early investors", "Cohere
# shares").
_HOLDERS_AFTER_RE = re.compile(rf"(?:['’]s)?\s+(?:{HOLDER_WORDS}|shares|stock)\b")


def _tendered_company(text: str, orgs: Collection[str]) -> str | None:
    """The one company whose holders or shares the sentence names ("Employees of Databricks", "Databricks
    shares", « une offre de rachat d'actions aux salariés de Databricks »): the company whose shares are sold."""
    before = {longest_org_at(text, cue.end(), orgs) for cue in _HOLDERS_OF_RE.finditer(text)}
    after = {
        name
        for name in orgs
        if any(_HOLDERS_AFTER_RE.match(text, at + len(name)) for at in name_starts(text, name))
    }
    named = (before | after) - {None}
    return named.pop() if len(named) == 1 else None


def _sole_seller_company(text: str, orgs: Collection[str]) -> str | None:
    """The company when the sentence names just one organisation."""
    return _other_org(text, orgs, None)
