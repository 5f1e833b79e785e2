"""A round type named in a comparison with an earlier round is that earlier round's, not the new round's."""

from __future__ import annotations

from extract_helpers import facts_of, only


def test_round_type_of_the_earlier_round_a_down_round_is_compared_with_is_not_the_new_rounds():
    text = (
        "Stability AI raised $80 million in a down round that valued the company at $500 million, below the "
        "$1 billion valuation of its October 2022 seed round, people familiar with the matter said on Tuesday."
    )
    fact = only(facts_of(text), "round")
    assert (fact.amount, fact.round_type) == (80e6, None)


def test_round_type_after_a_possessive_of_the_round_itself_stays_its_own():
    fact = only(facts_of("Zorgly raised $50 million in its Series B led by Accel."), "round")
    assert fact.round_type == "Series B"
