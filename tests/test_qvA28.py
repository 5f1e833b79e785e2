"""qa53's findings: a deal a sentence denies records nothing; an investor paying a startup is an investment."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind, only

DENIALS = [
    ("Nvidia is no longer investing $2 billion in xAI, sources said.", "en"),
    ("Nvidia ne participera pas à la levée de 20 milliards de dollars de xAI.", "fr"),
    ("Finalement, Nvidia ne mettra pas 2 milliards de dollars dans xAI.", "fr"),
    ("Accel n'a pas participé au tour de 20 millions d'euros de Quantyx.", "fr"),
    ("Nvidia ne prendra pas part à la levée de 20 milliards de dollars de xAI.", "fr"),
    ("Nvidia did not take part in xAI's $20 billion round.", "en"),
    ("Nvidia will not take part in xAI's $20 billion round.", "en"),
]


@pytest.mark.parametrize(("text", "language"), DENIALS)
def test_a_denied_investment_records_no_money(text, language):
    facts = facts_of(text, language)
    assert not [fact for fact in facts if fact.amount is not None], [
        f.model_dump(exclude_defaults=True) for f in facts
    ]


def test_the_denier_of_a_round_is_not_given_the_round():
    facts = facts_of("Nvidia ne participera pas à la levée de 20 milliards de dollars de xAI.", "fr")
    assert not [fact for fact in facts if fact.company == "Nvidia"]


def test_a_deal_that_fell_through_is_no_partnership():
    facts = facts_of("The $2 billion deal between Nvidia and xAI fell through last week.")
    assert not of_kind(facts, "partnership")
    assert not [fact for fact in facts if fact.amount is not None]


def test_not_only_investing_is_still_an_investment():
    fact = only(
        facts_of("Nvidia is not only investing $2 billion in xAI but also supplying chips."), "investment"
    )
    assert (fact.investor, fact.company, fact.amount) == ("Nvidia", "xAI", 2_000_000_000)


def test_no_longer_a_startup_still_raised_its_round():
    fact = only(facts_of("No longer a startup, Quantyx raised $5 million from Accel."), "round")
    assert (fact.company, fact.amount) == ("Quantyx", 5_000_000)


def test_a_denial_of_another_party_leaves_the_clause_after_it():
    facts = facts_of("Accel did not take part, and Bpifrance invested €5 million in Quantyx.")
    fact = only(facts, "investment")
    assert (fact.investor, fact.company, fact.amount) == ("Bpifrance", "Quantyx", 5_000_000)
