"""Importer regressions a reviewer found (rev24b): a list of backers before "since its founding", a share of
something the company has, and a decimal amount before the round it was raised in."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind, only

# -- #1 "since its founding" after a list of backers still makes the running total ----------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Zorgly, une start-up parisienne, a levé 20 millions d'euros auprès d'Accel. La société a levé "
            "80 millions d'euros auprès d'Accel, d'Index Ventures et de Balderton depuis sa création.",
            "fr",
        ),
        (
            "Zorgly, a Paris-based startup, raised €20 million from Accel. It has raised $80 million from Accel, "
            "Index Ventures and others since inception.",
            "en",
        ),
        (
            "Zorgly, a Paris-based startup, raised €20 million from Accel. It has raised $80 million from "
            "investors including Accel, Index Ventures and Balderton since its founding.",
            "en",
        ),
    ],
)
def test_since_its_founding_after_a_list_of_backers_is_still_the_total_raised(text, language):
    facts = facts_of(text, language, published="2026-03-10")
    total = only(facts, "metric")
    assert (total.company, total.amount, total.metric) == ("Zorgly", 80e6, "total_raised_to_date"), text
    rounds = of_kind(facts, "round")
    assert [r.amount for r in rounds] == [20e6], [r.model_dump(exclude_defaults=True) for r in rounds]


# -- #2 a share of something the company has is no stake in it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Zorgly raised $30 million in a Series A led by Accel. Microsoft accounts for 20% of Zorgly revenue, "
            "the company said.",
            "en",
        ),
        (
            "Zorgly a levé 30 millions de dollars en série A menée par Accel. Amazon représente 20 % de Zorgly en "
            "chiffre d'affaires.",
            "fr",
        ),
    ],
)
def test_a_share_of_the_companys_revenue_is_no_stake_and_no_backer(text, language):
    facts = facts_of(text, language)
    assert not of_kind(facts, "stake"), [f.model_dump(exclude_defaults=True) for f in facts]
    series_a = only(facts, "round")
    assert series_a.investors == ["Accel"], series_a.model_dump(exclude_defaults=True)


# -- #3 "has already raised $1.5 million in a seed round" is that earlier round --------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Zorgly raised $30 million in a Series A led by Accel. The company has already raised $1.5 million "
            "in a seed round led by Index Ventures.",
            "en",
        ),
        (
            "Zorgly a levé 30 millions d'euros en série A menée par Accel. La société a déjà réuni 1,5 million "
            "d'euros lors d'un tour d'amorçage mené par Index Ventures.",
            "fr",
        ),
        (
            "Zorgly a levé 30 millions d'euros en série A menée par Accel. La société a déjà levé 1,5 million "
            "d'euros lors d'un tour d'amorçage mené par Index Ventures.",
            "fr",
        ),
    ],
)
def test_already_raised_a_decimal_amount_in_a_seed_round_is_that_seed_round(text, language):
    facts = facts_of(text, language)
    assert not of_kind(facts, "metric"), [f.model_dump(exclude_defaults=True) for f in facts]
    rounds = {r.amount: r for r in of_kind(facts, "round")}
    assert set(rounds) == {30e6, 1.5e6}, [r.model_dump(exclude_defaults=True) for r in rounds.values()]
    assert rounds[30e6].investors == ["Accel"]
    assert rounds[1.5e6].investors == ["Index Ventures"]


# -- #4 a decimal amount of shares bought from early investors is a secondary purchase ------------------------


def test_shares_bought_from_early_investors_for_a_decimal_amount_are_a_stake_purchase():
    facts = facts_of(
        "SoftBank bought $1.5 billion of Cohere shares from early investors.", published="2026-03-12"
    )
    purchases = [
        (f.company, f.investor, f.amount, f.round_type, f.status) for f in of_kind(facts, "investment")
    ]
    assert purchases == [("Cohere", "SoftBank", 1.5e9, "Stake purchase", "completed")]


# -- #5 a revenue milestone the company expects to reach keeps its pace word ------------------------------------


@pytest.mark.parametrize(
    ("pace", "metric"),
    [
        ("annual recurring revenue", "annual_recurring_revenue"),
        ("annualized revenue", "annualized_revenue_run_rate"),
        ("revenue", "revenue"),
    ],
)
def test_a_revenue_milestone_the_company_expects_to_reach_keeps_its_pace_word(pace, metric):
    facts = facts_of(
        "Kiln raised $10 million from Accel, with a second tranche due once Kiln reaches $20 million in "
        f"{pace}, a target it expects to hit next year."
    )
    projection = only(facts, "projection")
    assert (projection.company, projection.amount, projection.metric) == ("Kiln", 20e6, metric)
