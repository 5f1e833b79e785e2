"""qa41 items 7 and 8: investors put on the wrong round, read as the wrong party, or dropped from a list."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind


def test_lead_of_new_round_is_not_given_to_raise_told_in_a_relative_clause():
    text = (
        "Paris-based Kyutai-Labs, which raised $50 million last year, said on Thursday it had secured $120 "
        "million in new funding at a $1 billion valuation led by Lightspeed."
    )
    earlier, new = sorted(of_kind(facts_of(text), "round"), key=lambda fact: fact.amount)
    assert (earlier.amount, earlier.investors, earlier.lead_investors) == (50e6, [], [])
    assert (new.amount, new.lead_investors) == (120e6, ["Lightspeed Venture Partners"])
