"""Article readings testers found wrong (art23): a part of a round told after it as the sentence's subject,
a monthly recurring revenue, and a company named after a city adjective."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article

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


# -- a monthly recurring revenue is its own figure: no year's revenue, no annual run-rate ---------------------

RAISED = "Zorgly, a Paris-based AI startup, raised $20 million. "


@pytest.mark.parametrize(
    "said",
    [
        "It now has monthly recurring revenue of $2 million.",
        "Its MRR reached $2 million.",
        "It reports $2 million MRR.",
    ],
)
def test_a_monthly_recurring_revenue_is_stored_as_one(said):
    revenue = only(facts_of(RAISED + said), "revenue")
    assert (revenue.amount, revenue.metric) == (2e6, "monthly_recurring_revenue")


def test_a_french_monthly_recurring_revenue_is_stored_as_one():
    facts = facts_of(
        "La start-up Zorgly a levé 20 millions d'euros. Elle affiche un revenu mensuel récurrent de 2 millions "
        "d'euros.",
        language="fr",
    )
    assert only(facts, "revenue").metric == "monthly_recurring_revenue"


def test_an_mrr_and_the_arr_it_makes_are_each_their_own_metric():
    facts = facts_of(RAISED + "Its MRR reached $2 million, or $24 million ARR.")
    assert [(f.amount, f.metric) for f in of_kind(facts, "revenue")] == [
        (2e6, "monthly_recurring_revenue"),
        (24e6, "annual_recurring_revenue"),
    ]


def test_a_monthly_recurring_revenue_is_never_in_conflict_with_the_year_s_revenue(fresh_store):
    for title, said in [
        ("Monthly", "Its monthly recurring revenue reached $2 million on Monday."),
        ("Yearly", "Its revenue reached $10 million on Monday."),
    ]:
        text = RAISED + said
        fresh_store.import_source(parse_article(text, title=title, published="2026-03-02", language="en"))
    page = fresh_store.company(fresh_store.find_company("Zorgly").id)
    assert sorted(m.metric for m in page.metrics) == ["monthly_recurring_revenue", "revenue"]
    assert not page.conflicts


# -- "de la start-up lyonnaise X": the name after a descriptor is the company, the adjective its city ----------

DESCRIBED = [
    ("la start-up lyonnaise Zorgly", "Lyon"),
    ("la jeune pousse parisienne Zorgly", "Paris"),
    ("la société bordelaise Zorgly", "Bordeaux"),
]


def _zorgly(text: str):
    source = parse_article(text, published="2026-03-02", language="fr")
    return source.facts, next((c for c in source.companies if c.name == "Zorgly"), None)


@pytest.mark.parametrize(("described", "city"), DESCRIBED)
def test_the_founders_of_a_described_start_up_raise_for_it(described, city):
    facts, company = _zorgly(f"Les fondateurs de {described} ont levé 20 millions d'euros auprès d'Accel.")
    round_ = only(facts, "round")
    assert (round_.company, round_.investors, round_.amount) == ("Zorgly", ["Accel"], 20e6)
    assert company.city == city


@pytest.mark.parametrize(("described", "city"), DESCRIBED)
def test_entering_the_capital_of_a_described_start_up_is_a_stake_in_it(described, city):
    facts, company = _zorgly(f"Accel entre au capital de {described} pour 5 millions d'euros.")
    stake = only(facts, "investment")
    assert (stake.company, stake.investor) == ("Zorgly", "Accel")
    assert company.city == city


@pytest.mark.parametrize(("described", "city"), DESCRIBED)
def test_the_raise_of_a_described_start_up_is_its_round_not_its_backer_s(described, city):
    facts, company = _zorgly(f"Le fonds Accel a bouclé la levée de 20 millions d'euros de {described}.")
    assert (only(facts, "round").company, company.city) == ("Zorgly", city)
