"""Article readings testers found wrong (art23): a part of a round told after it as the sentence's subject,
a monthly recurring revenue, and a company named after a city adjective."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

SERIES_A = "Zorgly raised $20 million in a Series A round. "

# -- a part of the round set after it ("The deal, $5 million of which…") is part of it, no raise of its own -----


def test_a_part_of_the_deal_that_came_from_a_backer_is_its_stake_in_the_round():
    facts = facts_of(
        SERIES_A + "The deal, $5 million of which came from Nvidia, values Zorgly at $1 billion."
    )
    stake = only(facts, "investment")
    assert (stake.company, stake.investor, stake.amount) == ("Zorgly", "Nvidia", 5e6)
    assert [f.amount for f in of_kind(facts, "round")] == [20e6]
    assert not of_kind(facts, "partnership")


def test_a_part_of_it_from_a_backer_is_its_stake_in_the_round():
    facts = facts_of(SERIES_A + "The deal, $5 million of it from Nvidia, values Zorgly at $1 billion.")
    stake = only(facts, "investment")
    assert (stake.investor, stake.amount) == ("Nvidia", 5e6)
    assert [f.amount for f in of_kind(facts, "round")] == [20e6]


def test_a_part_of_the_deal_from_a_backer_with_no_round_told_is_still_its_stake():
    facts = facts_of("The deal, $5 million of which came from Nvidia, values Zorgly at $1 billion.")
    stake = only(facts, "investment")
    assert (stake.company, stake.investor, stake.amount) == ("Zorgly", "Nvidia", 5e6)
    assert not of_kind(facts, "partnership")


def test_a_french_part_brought_by_a_backer_is_its_stake_in_the_round():
    facts = facts_of(
        "La start-up Zorgly a levé 20 millions d'euros, dont 5 millions apportés par Nvidia.", language="fr"
    )
    stake = only(facts, "investment")
    assert (stake.investor, stake.amount) == ("Nvidia", 5e6)
    assert [f.amount for f in of_kind(facts, "round")] == [20e6]


def test_a_part_of_the_round_in_convertible_notes_is_no_second_round():
    facts = facts_of(
        SERIES_A + "The round, $2 million of it in convertible notes, values Zorgly at $1 billion."
    )
    assert [f.amount for f in of_kind(facts, "round")] == [20e6]


def test_a_part_of_the_round_that_came_in_notes_is_no_second_round():
    facts = facts_of(SERIES_A + "The round, $2 million of which came in convertible notes, was led by Accel.")
    assert [f.amount for f in of_kind(facts, "round")] == [20e6]
