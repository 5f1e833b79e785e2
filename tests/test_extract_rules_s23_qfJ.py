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


# -- each raise of an English run keeps its own year --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "investor", "amount", "year"),
    [
        (
            "Founded in 2018, Helix Labs had raised $5 million in a seed round led by Accel in 2019, then $30 "
            "million in a Series A led by Index Ventures in 2021, and finally $12 million from Salesforce Ventures "
            "in 2023.",
            "Salesforce Ventures",
            12e6,
            "2023",
        ),
        (
            "Zorgly had raised €2 million in a seed round led by Kima Ventures in 2020, then €15 million in a "
            "Series A led by Partech in 2022, and finally €9 million from General Catalyst in 2024.",
            "General Catalyst",
            9e6,
            "2024",
        ),
    ],
)
def test_the_last_raise_of_a_run_is_dated_by_its_own_year_not_the_previous_raises(
    text, investor, amount, year
):
    facts = facts_of(text, published=PUBLISHED)
    last = [f for f in facts if f.amount == amount]
    assert [(f.investor or f.investors[0], f.date) for f in last] == [(investor, year)]


@pytest.mark.parametrize(
    ("text", "language", "lead", "years"),
    [
        (
            "Helix Labs raised $5 million in seed funding in 2019 and $30 million in Series A funding in 2021, "
            "both led by Accel.",
            "en",
            "Accel",
            ["2019", "2021"],
        ),
        (
            "Zorgly raised €3 million in seed funding in 2020 and €12 million in Series A funding in 2022, both "
            "led by Partech.",
            "en",
            "Partech",
            ["2020", "2022"],
        ),
        (
            "Zorgly a levé 3 millions d'euros en amorçage en 2020 et 12 millions d'euros en série A en 2022, tous "
            "deux menés par Partech.",
            "fr",
            "Partech",
            ["2020", "2022"],
        ),
    ],
)
def test_a_lead_told_once_for_both_rounds_of_a_run_leads_each(text, language, lead, years):
    rounds = of_kind(facts_of(text, language=language, published=PUBLISHED), "round")
    assert [(r.round_type, r.lead_investors) for r in rounds] == [("Seed", [lead]), ("Series A", [lead])]
    assert [r.date for r in rounds] == years


def test_a_lead_of_one_round_of_a_run_stays_that_rounds():
    text = (
        "Helix Labs raised $5 million in a seed round in 2019 and $30 million in a Series A led by Accel in "
        "2021."
    )
    rounds = of_kind(facts_of(text, published=PUBLISHED), "round")
    assert [r.lead_investors for r in rounds] == [[], ["Accel"]]


# -- a backer that joins another in a round: both back it ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "company", "amount", "currency", "date", "backers"),
    [
        (
            "Microsoft a participé en juin 2023 au tour de 1,3 milliard de dollars d'Inflection AI aux côtés de "
            "Nvidia.",
            "fr",
            "Inflection AI",
            1.3e9,
            "USD",
            "2023-06",
            {"Microsoft", "Nvidia"},
        ),
        (
            "Bpifrance a participé en mars 2024 au tour de 50 millions d'euros de Zorgly aux côtés d'Accel.",
            "fr",
            "Zorgly",
            50e6,
            "EUR",
            "2024-03",
            {"Bpifrance", "Accel"},
        ),
        (
            "Nvidia joined Microsoft in Inflection AI's $1.3 billion funding round in June 2023.",
            "en",
            "Inflection AI",
            1.3e9,
            "USD",
            "2023-06",
            {"Microsoft", "Nvidia"},
        ),
        (
            "Lightspeed Venture Partners joined Accel in Zorgly's €50 million Series A in March 2024.",
            "en",
            "Zorgly",
            50e6,
            "EUR",
            "2024-03",
            {"Lightspeed Venture Partners", "Accel"},
        ),
        (
            "Nvidia a rejoint Microsoft dans le tour de 1,3 milliard de dollars d'Inflection AI en juin 2023.",
            "fr",
            "Inflection AI",
            1.3e9,
            "USD",
            "2023-06",
            {"Microsoft", "Nvidia"},
        ),
    ],
)
def test_a_backer_joining_another_in_a_round_and_the_one_it_joins_both_back_it(
    text, language, company, amount, currency, date, backers
):
    round_ = only(facts_of(text, language=language, published=PUBLISHED), "round")
    assert (round_.company, round_.amount, round_.currency, round_.date) == (company, amount, currency, date)
    assert set(round_.investors) == backers
    assert not round_.lead_investors


def test_a_backer_taking_part_in_a_round_without_a_date_between_still_backs_it():
    round_ = only(
        facts_of("Accel a participé au tour de 50 millions d'euros de Zorgly.", language="fr"), "round"
    )
    assert (round_.company, round_.investors) == ("Zorgly", ["Accel"])


@pytest.mark.parametrize(
    ("text", "language", "company", "backers"),
    [
        (
            "Nvidia joined Microsoft in a $1.3 billion round in Inflection AI.",
            "en",
            "Inflection AI",
            {"Nvidia", "Microsoft"},
        ),
        (
            "Google joined Amazon in a $4 billion funding round in Anthropic in 2024.",
            "en",
            "Anthropic",
            {"Google", "Amazon"},
        ),
        (
            "Nvidia a rejoint Microsoft dans un tour de 1,3 milliard de dollars dans Inflection AI.",
            "fr",
            "Inflection AI",
            {"Nvidia", "Microsoft"},
        ),
    ],
)
def test_the_backer_joined_in_a_round_named_after_its_company_did_not_raise_it(
    text, language, company, backers
):
    round_ = only(facts_of(text, language=language), "round")
    assert (round_.company, set(round_.investors)) == (company, backers)


def test_a_company_that_joined_an_accelerator_before_its_raise_still_raised_it():
    round_ = only(facts_of("Zorgly, which joined Y Combinator in 2020, raised $5 million."), "round")
    assert round_.company == "Zorgly"
