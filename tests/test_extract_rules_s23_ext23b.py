"""Sentences where one backer "joined" another in a company's round lost a backer or gave the round to the
backer joined (ext23b)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, only


@pytest.mark.parametrize(
    ("text", "language", "company", "backers"),
    [
        ("Partech joined Accel in Zorgly's $40 million Series B.", "en", "Zorgly", {"Partech", "Accel"}),
        ("Kestrel joined Accel in Velora's £12 million seed round.", "en", "Velora", {"Kestrel", "Accel"}),
        (
            "Kestrel joined Balderton in a $25 million round in Zorgly.",
            "en",
            "Zorgly",
            {"Kestrel", "Balderton"},
        ),
        (
            "Kestrel a rejoint Balderton dans le tour de 20 millions d'euros de Zorgly.",
            "fr",
            "Zorgly",
            {"Kestrel", "Balderton"},
        ),
    ],
)
def test_a_lone_unknown_name_joining_a_backer_in_a_round_backs_it(text, language, company, backers):
    round_ = only(facts_of(text, language=language), "round")
    assert (round_.company, set(round_.investors)) == (company, backers)


@pytest.mark.parametrize(
    ("text", "company", "backers"),
    [
        ("Nvidia joined Accel in a €50 million Series A in Zorgly.", "Zorgly", {"Nvidia", "Accel"}),
        (
            "Google joined Sequoia in a $20 million Series B round in Velora.",
            "Velora",
            {"Google", "Sequoia Capital"},
        ),
    ],
)
def test_a_labelled_round_joined_in_a_named_company_is_that_companys(text, company, backers):
    round_ = only(facts_of(text), "round")
    assert (round_.company, set(round_.investors)) == (company, backers)


@pytest.mark.parametrize(
    ("text", "company", "backers"),
    [
        (
            "Zorgly is a Paris startup building robots. General Catalyst joined existing investor Index Ventures "
            "in the startup's $40 million Series B.",
            "Zorgly",
            {"General Catalyst", "Index Ventures"},
        ),
        (
            "Velora is a London fintech company. Atomico joined existing investors Balderton and Accel in the "
            "company's £20 million Series A.",
            "Velora",
            {"Atomico", "Balderton", "Accel"},
        ),
        (
            "Kestrel, a Berlin company, makes drones. Atomico joined Accel in its €30 million round.",
            "Kestrel",
            {"Atomico", "Accel"},
        ),
    ],
)
def test_a_round_joined_in_by_reference_is_the_storys_company(text, company, backers):
    round_ = only(facts_of(text), "round")
    assert (round_.company, set(round_.investors)) == (company, backers)


def test_a_name_said_to_be_a_startup_is_read_as_a_company():
    round_ = only(
        facts_of("Zorgly est une start-up parisienne. Elle a levé 5 millions d'euros.", language="fr"),
        "round",
    )
    assert round_.company == "Zorgly"


def test_a_person_who_joined_a_company_in_a_year_is_no_backer():
    facts = facts_of("Zorgly raised $5 million. Marie joined Google in 2020.")
    assert only(facts, "round").investors == []


# -- a descriptor holding a capitalised place does not hide the name after it ---------------------------------


@pytest.mark.parametrize(
    ("text", "language", "company", "amount"),
    [
        (
            "Après trois ans, la pépite d'Île-de-France Vélodrome lève 12 millions d'euros auprès de Partech.",
            "fr",
            "Vélodrome",
            12e6,
        ),
        ("La jeune pousse des Hauts-de-France Kestrel a levé 8 millions d'euros.", "fr", "Kestrel", 8e6),
        ("La start-up de Lyon Vélodrome lève 12 millions d'euros.", "fr", "Vélodrome", 12e6),
        ("The Île-de-France gem Vélodrome raised €12 million.", "en", "Vélodrome", 12e6),
    ],
)
def test_a_descriptor_holding_a_place_does_not_hide_the_name_after_it(text, language, company, amount):
    round_ = only(facts_of(text, language=language), "round")
    assert (round_.company, round_.amount) == (company, amount)


# -- a pronoun raising its stake is the holder the sentence before named --------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "holder", "company", "share", "date"),
    [
        (
            "SoftBank bought 20% of Zorgly in 2021. It raised its stake to 30% in 2024.",
            "en",
            "SoftBank",
            "Zorgly",
            30.0,
            "2024",
        ),
        (
            "Tencent bought a 15% stake in Velora in 2020. The group later raised its stake to 25% in 2023.",
            "en",
            "Tencent",
            "Velora",
            25.0,
            "2023",
        ),
        (
            "SoftBank a acquis 20% de Zorgly en 2021. Le groupe a porté sa participation à 30% en 2024.",
            "fr",
            "SoftBank",
            "Zorgly",
            30.0,
            "2024",
        ),
    ],
)
def test_a_pronoun_raising_its_stake_is_the_holder_told_before(text, language, holder, company, share, date):
    raised = [f for f in facts_of(text, language=language) if f.percentage == share]
    assert [(f.kind, f.investor, f.company, f.date) for f in raised] == [
        ("investment", holder, company, date)
    ]


def test_an_unknown_company_a_share_of_is_bought_is_read_as_a_company():
    # A share of 20% bought is a stake in Zorgly (s24 art24a), no longer the purchase of the company.
    fact = only(facts_of("SoftBank bought 20% of Zorgly in 2021."), "investment")
    assert (fact.investor, fact.company) == ("SoftBank", "Zorgly")
