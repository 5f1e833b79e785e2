"""Round 16, metrics and projections: energy capacities written in any unit a story uses."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_capacity_written_against_its_number_is_read_in_megawatts():
    fact = only(
        facts_of(
            "Quorvane Power raised $20 million from Ardent Capital. The startup plans to reach 320MW by 2029."
        ),
        "projection",
    )
    assert (fact.company, fact.amount, fact.unit) == ("Quorvane Power", 320, "megawatts")
    assert fact.date.startswith("2029")


def test_storage_in_megawatt_hours_is_a_metric_in_french():
    text = (
        "Batterine a levé 12 millions d'euros. "
        "La société exploite aujourd'hui 340 MWh de capacité de stockage dans le Gard."
    )
    fact = only(facts_of(text, language="fr"), "metric")
    assert (fact.company, fact.amount, fact.unit) == ("Batterine", 340, "megawatt-hours")


def test_gigawatt_target_of_the_company_is_stored_in_megawatts():
    text = "Calderix a levé 12 millions d'euros. Elle vise 2 gigawatts de capacité installée d'ici 2031."
    fact = only(facts_of(text, language="fr"), "projection")
    assert (fact.company, fact.amount, fact.unit) == ("Calderix", 2000, "megawatts")


def test_gigawatt_hours_the_company_aims_at_in_english():
    text = (
        "Tidemark Storage raised $20 million. "
        "It aims to reach 1.5 gigawatt-hours of installed batteries by 2030."
    )
    fact = only(facts_of(text), "projection")
    assert (fact.amount, fact.unit) == (1500, "megawatt-hours")


def test_gigawatts_of_a_supply_deal_are_no_capacity_of_the_company():
    text = (
        "Lumenfold raised $90 million. "
        "It struck a deal with Orvex to deploy 4 gigawatts of Orvex accelerators from 2027."
    )
    facts = facts_of(text)
    assert not of_kind(facts, "metric") and not of_kind(facts, "projection")


def test_capacity_sizing_one_installation_is_no_metric():
    text = (
        "Brennfield raised €40m. "
        "A second tranche will be paid once Brennfield commissions its first 30MW plant in Bavaria."
    )
    assert not of_kind(facts_of(text), "metric")


def test_count_of_places_after_a_count_of_users_is_a_metric():
    text = (
        "Wardlight raised $15 million from Pinecove Ventures. "
        "Its triage software is used by more than 7,000 nurses at 95 hospitals."
    )
    amounts = sorted(f.amount for f in of_kind(facts_of(text), "metric"))
    assert amounts == [95, 7000]


def test_count_of_schools_after_a_count_of_pupils_is_a_metric_in_french():
    text = (
        "Cahierno a levé 5 millions d'euros. "
        "Son application est déjà utilisée par 30.000 élèves dans 450 collèges."
    )
    amounts = sorted(f.amount for f in of_kind(facts_of(text, language="fr"), "metric"))
    assert amounts == [450, 30000]


def test_number_after_a_sum_of_money_and_a_preposition_counts_nothing():
    text = "Ostrail raised €20 millions in 3 tranches from Velmont Partners."
    assert not of_kind(facts_of(text), "metric")
