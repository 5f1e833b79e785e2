"""Sentences that told an earlier round's type or date as the new round's, dated a run's last stake by the raise
before it, gave one lead to one round of two "both led by" it, or left out a backer that joined another (qfJ)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind, only

PUBLISHED = "2025-11-11"

# -- a type and a date inside a comparison with an earlier round are that round's ----------------------------


@pytest.mark.parametrize(
    ("text", "company", "amount"),
    [
        (
            "Lumio a levé 50 millions d'euros, une valorisation inférieure à celle de sa série B de 2022, lors "
            "d'un tour mené par Eurazeo.",
            "Lumio",
            50e6,
        ),
        (
            "Zorgly a levé 30 millions d'euros, une valorisation supérieure à celle de sa série A de 2021, lors "
            "d'un tour mené par Partech.",
            "Zorgly",
            30e6,
        ),
    ],
)
def test_a_type_and_date_in_a_french_comparison_with_an_earlier_round_are_not_the_new_rounds(
    text, company, amount
):
    round_ = only(facts_of(text, language="fr", published=PUBLISHED), "round")
    assert (round_.company, round_.amount, round_.round_type) == (company, amount, None)
    assert round_.date == PUBLISHED


@pytest.mark.parametrize(
    ("text", "company", "amount", "earlier", "earlier_year"),
    [
        (
            "Stability AI raised $80 million at a $500 million valuation, down from the $1 billion it fetched in "
            "its Series C in 2022.",
            "Stability AI",
            80e6,
            1e9,
            "2022",
        ),
        (
            "Helvora raised $40 million at a $300 million valuation, down from the $600 million it was valued at "
            "in its Series B in 2021.",
            "Helvora",
            40e6,
            600e6,
            "2021",
        ),
    ],
)
def test_a_type_in_an_english_comparison_with_an_earlier_round_is_not_the_new_rounds(
    text, company, amount, earlier, earlier_year
):
    facts = facts_of(text, published=PUBLISHED)
    round_ = only(facts, "round")
    assert (round_.company, round_.amount, round_.round_type, round_.date) == (
        company,
        amount,
        None,
        PUBLISHED,
    )
    # The figure compared keeps the date written beside it.
    assert [v.date for v in of_kind(facts, "valuation") if v.amount == earlier] == [earlier_year]


def test_a_year_of_an_earlier_round_compared_right_after_the_sum_does_not_date_the_new_round():
    round_ = only(
        facts_of("Zorgly raised $30 million, below its October 2022 Series B.", published=PUBLISHED), "round"
    )
    assert (round_.round_type, round_.date) == (None, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "round_type"),
    [
        ("Zorgly raised $50 million in its Series B led by Accel.", "Series B"),
        ("Lumio a levé 50 millions d'euros lors de sa série B, menée par Eurazeo.", "Series B"),
    ],
)
def test_a_round_named_with_its_own_possessive_and_no_comparison_keeps_its_type(text, round_type):
    language = "fr" if "levé" in text else "en"
    assert only(facts_of(text, language=language), "round").round_type == round_type


def test_a_round_dated_by_its_own_possessive_year_keeps_that_year():
    round_ = only(facts_of("Zorgly raised $50 million in its 2025 Series B led by Accel."), "round")
    assert round_.date == "2025"
