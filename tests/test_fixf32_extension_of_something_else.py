"""Session 32 (fixf32): an extension is a round only when the round is what it extends.

ext32 counted an extension's sum as a round when round words followed within 80 characters, so "a $200 million
extension of its cloud contract with Microsoft, months after its Series B round" became a $200M Series B. The
round must be the extension's object ("extension of its seed round") or what the extension grew ("took its seed
round to"); a contract, loan, credit line or agreement named first makes it no round.
"""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Zorglab signed a $200 million extension of its cloud contract with Microsoft, months after its Series "
            "B round.",
            "en",
        ),
        ("Zorglab signed a $50 million extension of its office lease, a year after its seed round.", "en"),
        ("Zorglab agreed an extension of $40 million to its loan from Barclays, ahead of a Series B.", "en"),
        ("Zorglab won a $20 million extension, months after its Series B round.", "en"),
        (
            "Zorglab a signé une extension de 20 millions d'euros de son contrat, un an après sa série A.",
            "fr",
        ),
        ("Zorglab a obtenu une extension de 20 millions d'euros de son prêt, peu après son amorçage.", "fr"),
    ],
)
def test_extension_of_something_other_than_a_round_is_no_round(text, language):
    assert of_kind(facts_of(text, language), "round") == []


@pytest.mark.parametrize(
    ("text", "language", "round_type"),
    [
        ("Zorglab announced a $6 million extension of its seed round.", "en", "Seed"),
        ("Zorglab announced a $6 million extension to its Series A round.", "en", "Series A"),
        ("Zorglab a annoncé une extension de 6 millions d'euros de son amorçage.", "fr", "Seed"),
    ],
)
def test_extension_of_the_round_itself_is_still_a_round(text, language, round_type):
    rounds = of_kind(facts_of(text, language), "round")
    assert [(r.company, r.amount, r.round_type) for r in rounds] == [("Zorglab", 6e6, round_type)]
