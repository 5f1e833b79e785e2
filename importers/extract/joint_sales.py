"""Stakes several holders sold together: "Sequoia Capital and Accel, both early backers, sold part of their stakes
in Tessera AI to Thrive Capital for $150 million".

One holder selling its own stake is read as its stake, then typed a sale (stake_purchases.py); a subject of
several names is no one investor's, so no rule read the sentence. Each seller's sale is told (part of its stake,
or the whole), without a price: the price is theirs together, no one's share of it (as a purchase "from Pelican
Capital and Albion Growth for $30 million" tells its sellers). The buyer named after the company bought the
shares at that price: its `STAKE_PURCHASE`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable

from ..models import Fact
from .amounts import AmountMention, parse_amounts
from .dates import point_date_or_published
from .facts import MAX_SENTENCE
from .sentences import Sentence
from .slot_names import known_spelling, party_at
from .stake_purchases import PARTIAL_STAKE_SALE, STAKE_PURCHASE, STAKE_SALE

# The holders selling their own stakes in a company, told done: "sold part of their stakes in", "have sold their
# holdings in", "sold all of their shares in".
_THEIR_STAKES_SOLD_RE = re.compile(
    r"\b(?:(?:have|had)\s+)?(?:sold|offloaded|divested|unloaded)\s+(?:(?:down|off)\s+)?"
    r"(?P<part>(?:part|some|most|half|a\s+portion)\s+of\s+)?(?:all\s+of\s+)?their\s+"
    r"(?:(?:entire|whole|remaining|respective)\s+)?(?:stakes?|holdings?|shareholdings?|shares)\s+in\s+",
    re.IGNORECASE,
)
# The same told in French: "ont vendu une partie de leurs parts dans", "ont cédé leurs participations dans".
_THEIR_STAKES_SOLD_FR_RE = re.compile(
    r"\b(?:ont|avaient)\s+(?:vendu|cédé)\s+(?P<part>(?:une\s+partie|la\s+moitié)\s+de\s+)?"
    r"(?:la\s+totalité\s+de\s+)?leurs\s+(?:parts|participations|actions)\s+(?:dans|de)\s+",
    re.IGNORECASE,
)
# An aside closing the sellers' names: ", both early backers,", ", two of its earliest investors,".
_ASIDE_AT_END_RE = re.compile(r",\s+[^,;()]{1,80},$")
# What joins the sellers' names: "A and B", "A, B and C", "A, B, and C".
_JOINER_RE = re.compile(r",\s+(?:and|et)\s+|,\s+|\s+(?:and|et)\s+")
# The buyer named right after the company: "… in Tessera AI to Thrive Capital".
_TO_BUYER_RE = re.compile(r"\s+(?:to|à)\s+(?:the\s+)?")
# The price right before its sum: "for $150 million", "for about $150 million", "worth $150 million".
_PRICE_BEFORE_RE = re.compile(
    r"\b(?:for|worth|pour)\s+(?:(?:about|around|roughly|nearly|some|more\s+than|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)


def joint_stake_sales(
    sentences: Iterable[Sentence], facts: list[Fact], orgs: Collection[str], published: dt.date | None
) -> list[Fact]:
    """The sales of the holders a sentence no deal was read from tells sold their stakes together, and the
    purchase of the buyer it names."""
    read = {fact.sentence for fact in facts if fact.kind in ("investment", "round", "acquisition")}
    found: list[Fact] = []
    for sentence in sentences:
        if len(sentence.text) <= MAX_SENTENCE and sentence.text not in read:
            found += _joint_sale(sentence, orgs, published)
    return found


def _joint_sale(sentence: Sentence, orgs: Collection[str], published: dt.date | None) -> list[Fact]:
    """Each seller's sale and the buyer's purchase the sentence tells; none unless two sellers or more and the
    company are named."""
    text = sentence.text
    sold = _THEIR_STAKES_SOLD_RE.search(text) or _THEIR_STAKES_SOLD_FR_RE.search(text)
    if sold is None:
        return []
    sellers = _sellers(text[: sold.start()], orgs)
    # "their stakes in X": the slot holds the company whatever its shape ("Zorgly").
    company = party_at(text, sold.end(), orgs, besides=sellers)
    if len(sellers) < 2 or company is None:
        return []
    after = sold.end() + len(company)
    base = _sale_base(sentence, company, published)
    kind = PARTIAL_STAKE_SALE if sold.group("part") else STAKE_SALE
    sales = [base.model_copy(update={"investor": seller, "round_type": kind}) for seller in sellers]
    buyer = _buyer(text, after, orgs, besides=(*sellers, company))
    price = _price(text, after)
    if buyer is None or price is None:
        return sales
    purchase = base.model_copy(
        update={
            "investor": buyer,
            "round_type": STAKE_PURCHASE,
            "amount": price.value,
            "amount_max": price.amount_max,
            "currency": price.currency,
            "bound": price.bound,
        }
    )
    return [*sales, purchase]


def _sellers(subject: str, orgs: Collection[str]) -> list[str]:
    """The organisations the subject names, and nothing else: "Sequoia Capital and Accel" (an aside after them
    left out), a knowledge file's spelling by its name ("Sequoia": Sequoia Capital); none when a name of it is
    no known organisation."""
    subject = subject.strip()
    aside = _ASIDE_AT_END_RE.search(subject)
    if aside is not None:
        subject = subject[: aside.start()]
    names = [_known_org(name.strip(), orgs) for name in _JOINER_RE.split(subject)]
    if None in names or len(set(names)) != len(names):
        return []
    return names


def _known_org(name: str, orgs: Collection[str]) -> str | None:
    """`name` when the article knows it as an organisation, else the knowledge file's name it spells."""
    return name if name in orgs else known_spelling(name)


def _buyer(text: str, position: int, orgs: Collection[str], besides: Iterable[str]) -> str | None:
    """The organisation "to" introduces right at `position` ("… to Thrive Capital")."""
    told = _TO_BUYER_RE.match(text, position)
    return party_at(text, told.end(), orgs, besides=besides) if told else None


def _price(text: str, position: int) -> AmountMention | None:
    """The price the sale is told at after `position`: the first sum "for" or "worth" introduces."""
    for mention in parse_amounts(text):
        if (
            mention.currency
            and mention.bound_start >= position
            and _PRICE_BEFORE_RE.search(text[: mention.bound_start])
        ):
            return mention
    return None


def _sale_base(sentence: Sentence, company: str, published: dt.date | None) -> Fact:
    """A completed trade of `company`'s shares told by `sentence`, dated by it (else the publication day)."""
    date, precision = point_date_or_published(sentence.text, published)
    return Fact(
        kind="investment",
        company=company,
        date=date,
        date_precision=precision,
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        status="completed",
    )
