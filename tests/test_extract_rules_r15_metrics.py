"""Round 15, metrics: who owns a count, chips a company runs, headcounts written as adjectives, and
companies the text presents by where they are based or as a studio."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def _metric(facts, amount):
    found = [f for f in of_kind(facts, "metric") if f.amount == amount]
    assert len(found) == 1, [f.model_dump(exclude_defaults=True) for f in facts]
    return found[0]


# -- chips a company operates are its fleet, chips it buys are not ---------------------------------------


def test_gpus_a_company_operates_are_its_metric_not_the_chipmakers():
    facts = facts_of(
        "Brimvale Compute, a Dallas-based cloud provider, raised $80 million. The company operates roughly "
        "30,000 Nvidia GPUs across its data centers."
    )
    fact = _metric(facts, 30_000)
    assert (fact.company, fact.unit) == ("Brimvale Compute", "gpus")


def test_graphics_processors_written_in_full_are_counted_as_gpus_in_both_languages():
    english = facts_of(
        "Brimvale Compute, a Dallas-based cloud provider, raised $80 million. It operates about 12,000 "
        "graphics processing units in Texas."
    )
    assert _metric(english, 12_000).unit == "gpus"
    french = facts_of(
        "La start-up Brimvale a levé 40 millions d'euros. Elle exploite environ 9 000 processeurs "
        "graphiques à Lyon.",
        "fr",
    )
    fact = _metric(french, 9_000)
    assert (fact.company, fact.unit) == ("Brimvale", "gpus")


def test_chips_bought_from_a_maker_are_no_metric():
    facts = facts_of(
        "Brimvale Compute, a Dallas-based cloud provider, raised $80 million. It will buy 20,000 Nvidia "
        "GPUs with the money."
    )
    assert not [f for f in facts if f.unit == "gpus"]


# -- headcount written as a compound adjective ----------------------------------------------------------


def test_the_n_person_team_is_the_companys_headcount():
    facts = facts_of(
        "Quorvia, a Lisbon-based startup, raised $12 million. The 35-person company plans to open an office "
        "in Madrid."
    )
    fact = _metric(facts, 35)
    assert (fact.company, fact.unit, fact.bound) == ("Quorvia", "employees", "exact")


def test_a_team_to_be_doubled_keeps_its_current_size_as_a_metric():
    facts = facts_of(
        "Quorvia, a Lisbon-based startup, raised $12 million. Quorvia plans to double its 40-person team "
        "by the end of 2027."
    )
    fact = _metric(facts, 40)
    assert fact.company == "Quorvia"
    assert not of_kind(facts, "projection")


def test_a_target_described_as_an_n_person_company_is_left_to_the_deal():
    facts = facts_of(
        "The software group Tellmark said it had agreed to acquire Ondri, a 25-person company based in Ghent."
    )
    assert not of_kind(facts, "metric")
    assert only(facts, "acquisition").company == "Ondri"


# -- a possessive inside a prepositional phrase owns nothing ---------------------------------------------


def test_a_former_employers_possessive_does_not_own_the_headcount():
    facts = facts_of(
        "Corvane Games will invest $20 million in Pellimo, a Seoul-based studio. Pellimo was founded by "
        "former developers at Corvane's Busan studio and now has about 90 staff."
    )
    fact = _metric(facts, 90)
    assert fact.company == "Pellimo"


# -- companies presented by where they are based, or as a studio -----------------------------------------


def test_a_name_said_to_be_based_somewhere_is_a_company_in_both_languages():
    english = facts_of(
        "Tessaly Systems raised $30 million. Tessaly Systems will buy Nordvik, which makes sensors. "
        "Nordvik, based in Bergen, has about 60 employees."
    )
    assert _metric(english, 60).company == "Nordvik"
    french = facts_of(
        "La start-up Tessaly a levé 30 millions d'euros. Brunelle, basée à Nantes, emploie 45 personnes.",
        "fr",
    )
    assert _metric(french, 45).company == "Brunelle"


def test_a_city_based_name_is_the_company():
    facts = facts_of("Bergen-based Nordvik raised $9 million from Halden Capital. It has 50 employees.")
    assert only(facts, "round").company == "Nordvik"


def test_a_studio_presented_in_apposition_is_a_company():
    facts = facts_of(
        "The publisher Corvane Games will invest $15 million in Pellimo, a Seoul-based studio that makes "
        "puzzle games."
    )
    fact = only(facts, "investment")
    assert (fact.company, fact.investor) == ("Pellimo", "Corvane Games")


def test_a_place_followed_by_based_is_not_a_company():
    facts = facts_of("Brimvale, a Denver-based startup, raised $5 million. Denver, based in Colorado, grew.")
    assert {f.company for f in facts} == {"Brimvale"}


# -- a public statistic credited to an institution is nobody's metric -------------------------------------


def test_a_count_credited_to_an_institution_is_a_sector_statistic_in_both_languages():
    english = facts_of(
        "Quorvia, a Lisbon-based startup, raised $12 million. About 2 million small farms operate in "
        "Portugal, according to the National Statistics Institute."
    )
    assert not of_kind(english, "metric")
    french = facts_of(
        "La start-up Quorvia a levé 10 millions d'euros. Environ 3 millions de personnes souffrent "
        "d'asthme en France, selon la Fédération des pneumologues.",
        "fr",
    )
    assert not of_kind(french, "metric")


def test_a_count_the_company_reports_through_a_source_stays_its_metric():
    facts = facts_of(
        "Quorvia, a Lisbon-based startup, raised $12 million. Quorvia has more than 4,000 customers, "
        "according to the company."
    )
    assert _metric(facts, 4_000).company == "Quorvia"
