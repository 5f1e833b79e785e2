"""Structures understood in round 10 of the importer's tuning, each proved on sentences written for these
tests (not taken from any corpus)."""

from extract_helpers import facts_of as _facts
from extract_helpers import only as _one

from ai_deals.importers.extract.amounts import parse_amounts

# -- counts of any thing a company runs, not only listed units ----------------------------------------------


def test_a_count_of_an_unlisted_thing_a_verb_governs_is_a_metric():
    (amount,) = parse_amounts("Brelune exploite aujourd'hui 14 entrepôts automatisés.", "fr")
    assert (amount.value, amount.unit, amount.open_unit) == (14, "entrepôts automatisés", True)
    fact = _one(
        _facts(
            "Tarvio Freight, a Dutch logistics startup, raised €9 million on Monday. "
            "Tarvio now runs 85 electric barges on Dutch canals.",
            published="2026-03-02",
        ),
        "metric",
    )
    assert (fact.company, fact.amount, fact.currency) == ("Tarvio Freight", 85, None)


def test_a_count_used_by_users_after_a_preposition_still_counts():
    (amount,) = parse_amounts("The tool is used by about 2,300 public libraries in Spain.", "en")
    assert (amount.value, amount.bound, amount.unit) == (2300, "approx", "public libraries")


def test_circumstances_are_not_counts():
    assert parse_amounts("Il a vécu 12 ans à Lyon.", "fr") == []
    assert parse_amounts("The firm operates in 12 countries.", "en") == []
    assert parse_amounts("The two companies signed in 2024.", "en") == []
    assert parse_amounts("Annoncé le 19 mars, le tour a été bouclé.", "fr") == []
    # A plural French scale without "de" is money whose currency is written elsewhere, not a count.
    assert [a.unit for a in parse_amounts("dont 15 millions payables en 2027", "fr")] == [None]


def test_downloads_counted_as_times():
    (amount,) = parse_amounts("Its game was downloaded more than 3 million times last year.", "en")
    assert (amount.value, amount.unit, amount.bound) == (3e6, "downloads", "minimum")


def test_a_count_whose_clause_opens_on_a_common_noun_is_no_company_fact():
    facts = _facts(
        "Solvane, une start-up lyonnaise, a levé 5 millions d'euros. "
        "Le ministère a recensé 40 friches industrielles disponibles pour de tels projets.",
        language="fr",
    )
    assert not [f for f in facts if f.amount == 40]


def test_a_dated_plan_for_an_unlisted_count_is_a_projection_but_an_undated_one_is_left_out():
    fact = _one(
        _facts(
            "Korvel Space, a satellite startup, raised $30 million. "
            "Korvel plans to launch 60 satellites by 2029.",
        ),
        "projection",
    )
    assert (fact.company, fact.amount, fact.date) == ("Korvel Space", 60, "2029")
    facts = _facts(
        "Korvel Space, a satellite startup, raised $30 million. Korvel plans to launch 60 satellites."
    )
    assert not [f for f in facts if f.amount == 60]


# -- counts in words, collectives, speech ---------------------------------------------------------------------


def test_a_count_in_words_a_verb_governs_is_a_count():
    (amount,) = parse_amounts("Brelune exploite désormais quatorze entrepôts en Belgique.", "fr")
    assert (amount.value, amount.unit) == (14, "entrepôts")
    (amount,) = parse_amounts("Hollow Peak operates fourteen cold-storage depots.", "en")
    assert amount.value == 14


def test_a_count_in_words_beside_figures_in_digits_is_a_detail():
    amounts = parse_amounts("It runs 9,000 drones from five depots.", "en")
    assert [a.value for a in amounts] == [9000]


def test_people_a_team_counts_in_words_are_staff_but_others_are_not():
    (amount,) = parse_amounts("L'atelier, qui emploie quatre-vingts personnes, ouvre à Nantes.", "fr")
    assert (amount.value, amount.unit) == (80, "employees")
    assert parse_amounts("Three people familiar with the talks said so.", "en") == []


def test_a_collective_noun_counts_its_members():
    (amount,) = parse_amounts("Zephra runs a fleet of 340 cargo bikes.", "en")
    assert (amount.value, amount.unit) == (340, "cargo bikes")
    (amount,) = parse_amounts("It now has a team of about 75.", "en")
    assert (amount.value, amount.unit, amount.bound) == (75, "employees", "approx")


def test_a_count_in_quoted_speech_is_no_company_fact():
    facts = _facts(
        'Quarrow Labs, a Berlin startup, raised $6 million. "Most shops juggle eleven separate apps," '
        "CEO Mira Holt says."
    )
    assert not [f for f in facts if f.amount == 11]
