"""Backers "each investing" a sum "as part of a round in" a company: each has its stake in that company's round.

"Mizuho and SoftBank are each investing ¥20 billion as part of a ¥55 billion round in Sakana Tensor.": the
round is Sakana Tensor's (never a backer's), and a co-investor the knowledge file does not know (Mizuho) is
kept beside the one it knows (SoftBank), whether the sentence opens the story or follows its introduction.
"""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind, only

_SENTENCE = (
    "Mizuho and SoftBank are each investing ¥20 billion as part of a ¥55 billion round in Sakana Tensor."
)
_INTRODUCTION = "Sakana Tensor, a Tokyo AI lab, is growing fast. "


@pytest.mark.parametrize("text", [_SENTENCE, _INTRODUCTION + _SENTENCE], ids=["opening", "after-intro"])
def test_a_round_in_a_company_is_filed_under_that_company_not_a_backer(text):
    round_ = only(facts_of(text), "round")
    assert (round_.company, round_.amount, round_.currency) == ("Sakana Tensor", 55e9, "JPY")


@pytest.mark.parametrize("text", [_SENTENCE, _INTRODUCTION + _SENTENCE], ids=["opening", "after-intro"])
def test_each_backer_investing_keeps_its_own_stake_known_or_not(text):
    stakes = {(f.investor, f.company, f.amount, f.currency) for f in of_kind(facts_of(text), "investment")}
    assert stakes == {
        ("Mizuho", "Sakana Tensor", 20e9, "JPY"),
        ("SoftBank", "Sakana Tensor", 20e9, "JPY"),
    }


def test_a_round_in_a_month_names_no_company():
    round_ = only(facts_of("Sakana Tensor closed a $55 million round in March, led by Sequoia."), "round")
    assert (round_.company, round_.date) == ("Sakana Tensor", "2026-03")


def test_investing_with_no_sum_after_it_names_no_backer():
    assert facts_of("Investors are investing heavily in AI startups, Sakana Tensor said.") == []


def test_a_backer_with_slashed_initials_investing_is_named_whole():
    """ "Oak HC/FT is investing $10 million": the stake is Oak HC/FT's, not an "FT" cut from its name."""
    text = "Brightwell Health raised $45 million. Oak HC/FT is investing $10 million of the new money."
    stake = only(facts_of(text), "investment")
    assert (stake.investor, stake.company, stake.amount) == ("Oak HC/FT", "Brightwell Health", 10e6)


def test_ai_ml_is_no_part_of_a_name():
    text = "Brightwell Health raised $45 million from Oak Ventures AI/ML fund."
    assert "Oak Ventures AI/ML" not in only(facts_of(text), "round").investors
