"""Session 32 (text32): money a company is told to receive from a named investor is a raise.

"Zorglab will receive $30 million from Accel" names no funding word, yet an investor's money into the company is
funding. A name that may pay for something else (a company as a customer, a public body's grant), or money the
clause says buys credits, a sale, royalties or a grant, stays no raise.
"""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind, only


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("Zorglab will receive $30 million from Accel, the company said on Monday.", "Accel"),
        ("Zorglab will receive $30 million from Quarry Capital.", "Quarry Capital"),
    ],
)
def test_sum_received_from_a_named_investor_is_a_round(text, investor):
    fact = only(facts_of(text), "round")
    assert (fact.company, fact.amount, fact.investors, fact.status) == (
        "Zorglab",
        30e6,
        [investor],
        "announced",
    )


def test_french_sum_received_from_a_named_fund_is_a_round():
    fact = only(facts_of("Zorglab recevra 30 millions d'euros d'Elaia Partners.", "fr"), "round")
    assert (fact.company, fact.amount, fact.investors) == ("Zorglab", 30e6, ["Elaia Partners"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zorglab will receive $30 million from Microsoft for cloud credits.", "en"),
        ("Zorglab will receive $30 million from Microsoft.", "en"),
        ("Zorglab will receive $30 million from the sale of its robotics unit.", "en"),
        ("Zorglab will receive $30 million from the EU.", "en"),
        ("Zorglab will receive $30 million from Accel for cloud credits.", "en"),
        ("Zorglab will receive $30 million from Accel in royalties.", "en"),
        ("Zorglab will receive $30 million from Quarry Capital for the sale of its robotics unit.", "en"),
        ("Zorglab will receive $30 million from OpenAI under a licensing deal.", "en"),
        ("Shareholders will receive $12 a share from Quarry Capital.", "en"),
        ("Zorglab recevra 30 millions d'euros de Bruxelles.", "fr"),
        ("Zorglab recevra 30 millions d'euros de Bpifrance sous forme de subvention.", "fr"),
        ("Zorglab recevra 30 millions d'euros de l'Union européenne.", "fr"),
    ],
)
def test_sum_received_from_a_payer_that_is_no_investor_is_no_round(text, language):
    assert of_kind(facts_of(text, language), "round") == []
