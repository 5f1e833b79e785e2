"""A stake bought with its price told first: « Thrive Capital a racheté pour 30 millions d'euros la participation
de Partech dans Lynx IA », « a acquis pour 40 M€ une participation dans Rivet Code ». The sum is the stake's
price, not the price of the company: the buyer's stake purchase, and the holder's sale when one is named."""

from __future__ import annotations

import re

# The verb of buying and "pour", right before the price: « a racheté pour », « rachète pour environ ».
_BOUGHT_FOR_BEFORE_RE = re.compile(
    r"\b(?:rach[eè]t\w*|acqu[ié]\w*|achet\w*|achète\w*|repri[st]|reprend\w*)\s+pour\s+"
    r"(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?$",
    re.IGNORECASE,
)
# The stake right after the price: « la participation », « une partie des parts », « 10 % du capital ».
_STAKE_AFTER_PRICE_RE = re.compile(
    r"\s++(?:(?:une\s++partie|la\s++moitié|la\s++totalité|l['’]intégralité)\s++(?:de\s++la\s++|de\s++l['’]|des\s++)|"
    r"la\s++|l['’]|les\s++|des\s++|une\s++|sa\s++)?(?:(?:minoritaire|majoritaire)\s++)?"
    r"(?:participation|parts|actions|titres)\b|"
    r"\s++\d+(?:[.,]\d+)?\s?%\s++(?:du\s++capital\b|de\s|d['’])",
    re.IGNORECASE,
)
# The same price-first purchase of another holder's stake, the holder named between its stake and the company:
# « a racheté pour 30 millions d'euros la participation de Partech dans Lynx IA ». `holder` is the seller.
HOLDERS_STAKE_BOUGHT_FOR_PRICE_RE = re.compile(
    r"\b(?:rach[eè]t\w*|acqu[ié]\w*|achet\w*|repri[st]|reprend\w*)\s+pour\s+[^.;]{1,40}?\s+"
    r"(?:(?:une\s+partie|la\s+moitié|la\s+totalité|l['’]intégralité)\s+(?:de\s+la\s+|de\s+l['’]|des\s+)|"
    r"la\s+|l['’]|les\s+|des\s+)(?:participation|parts|actions|titres)\s+(?:de\s+\d+(?:[.,]\d+)?\s?%\s+)?"
    r"(?:de\s+|d['’]|du\s+|détenue?s?\s+par\s+)"
    r"(?P<holder>(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3})\s+dans\b",
    re.IGNORECASE,
)
# A sentence buying a stake with its price told first, whoever held it: « a acquis pour 40 M€ une participation ».
STAKE_BOUGHT_FOR_PRICE_RE = re.compile(
    r"\b(?:rach[eè]t\w*|acqu[ié]\w*|achet\w*|achète\w*|repri[st]|reprend\w*)\s+pour\s+[^.;]{1,40}?"
    rf"(?:{_STAKE_AFTER_PRICE_RE.pattern})",
    re.IGNORECASE,
)
# The same told as done: « a racheté pour », « ont acquis pour ».
STAKE_BOUGHT_FOR_PRICE_DONE_RE = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:racheté|acquis|acheté|repris)\s+pour\s+", re.IGNORECASE
)


def stake_priced_first(text: str, start: int, end: int) -> bool:
    """Whether the amount from `start` to `end` of `text` is a stake's price told before the stake: a verb of
    buying and "pour" right before it, the stake right after it."""
    return bool(
        _BOUGHT_FOR_BEFORE_RE.search(text, max(0, start - 60), start)
        and _STAKE_AFTER_PRICE_RE.match(text, end)
    )
