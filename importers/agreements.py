"""Money an investor puts in under an agreement of its own: "Microsoft will invest up to $20 million in
the company as part of the agreement", "Under the agreement, Siemens will invest $5 million", "dans le
cadre de ce partenariat". Told beside a round, such a stake is a deal of its own, not one of the round's
backers: the article extractor does not join it to the day's round (extract.facts), nor does the store
(store/writing.py `day_round`) unless the round's telling names its investor."""

from __future__ import annotations

import re

_AGREEMENT = r"(?:agreement|partnership|alliance|collaboration|tie-up|pact)"
_ACCORD = r"(?:accord|partenariat|alliance|collaboration)"
# An investment, funding or share-purchase agreement is the round's own paperwork, not a deal of its own:
# "Nvidia invested $20 million as part of the investment agreement" stays in the round.
_ROUND_PAPERWORK = (
    r"(?:investment|funding|financing|subscription|share[- ]purchase|equity|"
    r"investissement|financement|souscription|cession)"
)
_WORD = rf"(?!{_ROUND_PAPERWORK}\b)[\w-]+ "
_UNDER_AN_AGREEMENT_RE = re.compile(
    rf"\b(?:(?:as|in) part of|under) (?:the|this|that|its|their|an?) (?:{_WORD}){{0,2}}{_AGREEMENT}\b|"
    rf"\bdans le cadre (?:de (?:l['’]|cet |ce |cette |leur |son |sa )|du |d['’]une? )(?:{_WORD}){{0,2}}{_ACCORD}\b",
    re.IGNORECASE,
)
# The sentence puts the money in the round all the same: "invests $10 million in the round under the deal",
# "Nvidia invested $30 million in the round", "investit 10 millions d'euros dans ce tour" (store/writing.py too).
IN_THE_ROUND_RE = re.compile(r"\bin (?:the|this) round\b|\bdans (?:ce|le) tour\b", re.IGNORECASE)


def under_an_agreement(sentence: str) -> bool:
    """Whether a stake's `sentence` ties its money to an agreement of its own, not to a round."""
    return bool(_UNDER_AN_AGREEMENT_RE.search(sentence)) and not IN_THE_ROUND_RE.search(sentence)
