"""The holders of a company's shares, named by what they are: "early investors", "existing shareholders", "some
early employees". Shares they sell change hands between holders and a buyer: the company raises nothing.

Kept apart so the rule reading a sentence's figures (facts.py) and the one telling the buyer's purchase
(secondary_sales.py) read the same words.
"""

from __future__ import annotations

import re

HOLDER_WORDS = (
    r"(?:(?:early|earlier|existing|current|former|previous|other|minority|founding)\s+)?"
    r"(?:investors|shareholders|stockholders|backers|holders|employees|staff)"
)
HOLDERS = rf"(?:(?:its|the|some|several|a\s+group\s+of)\s+)?{HOLDER_WORDS}"

# Holders selling shares priced by their worth, right before it: "some early employees sold shares worth ",
# "existing shareholders have sold shares worth about ". A company "selling shares worth $50 million" raises it;
# its holders selling them do not.
_HOLDERS_SOLD_SHARES_WORTH_RE = re.compile(
    rf"\b{HOLDERS}\s+(?:(?:have|had)\s+)?(?:sold|sell|are\s+selling|were\s+selling)\s+"
    r"(?:(?:some|part|half|most|a\s+portion)\s+of\s+)?(?:(?:their|its)\s+)?shares\s+worth\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)


# Holders selling, the verb ending the words before a price: "some early employees sold ", "existing shareholders
# have sold about " ("… $50 million worth of shares to Atomico").
_HOLDERS_SOLD_BEFORE_PRICE_RE = re.compile(
    rf"\b{HOLDERS}\s+(?:(?:have|had)\s+)?(?:sold|sell|are\s+selling|were\s+selling)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than)\s+)?$",
    re.IGNORECASE,
)


def holders_sold_before_price(before: str) -> bool:
    """Whether `before` (the words right before a price) ends on holders selling: "some early employees sold "."""
    return bool(_HOLDERS_SOLD_BEFORE_PRICE_RE.search(before[-120:]))


def holders_sold_shares_worth(before: str) -> bool:
    """Whether `before` (the words right before a sum) tells holders selling shares worth it: "some early
    employees sold shares worth $50 million to Atomico"."""
    return bool(_HOLDERS_SOLD_SHARES_WORTH_RE.search(before[-160:]))
