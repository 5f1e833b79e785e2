"""Wording classes understood in round 9 of the importer's tuning, each proved on sentences written for
these tests (not taken from any corpus)."""

from extract_helpers import facts_of as _facts
from extract_helpers import of_kind as _kind
from extract_helpers import only as _one

from ai_deals.importers.article import parse_article


def test_an_ongoing_working_relationship_with_its_start_is_a_partnership():
    fact = _one(
        _facts(
            "Pelmora Robotics, a Leeds-based startup, builds warehouse arms. Pelmora has collaborated with "
            "the retailer Brightmart since 2022 on picking trials."
        ),
        "partnership",
    )
    assert (fact.company, fact.partner, fact.date) == ("Pelmora Robotics", "Brightmart", "2022")
    fact = _one(
        _facts(
            "La start-up nantaise Ostralis a levé 4 millions d'euros. Elle travaille depuis 2020 avec "
            "l'armateur Navalis sur la maintenance prédictive.",
            "fr",
        ),
        "partnership",
    )
    assert (fact.company, fact.partner, fact.date) == ("Ostralis", "Navalis", "2020")


def test_a_person_working_with_a_company_is_no_partnership():
    facts = _facts(
        "Pelmora Robotics raised $5 million. Its founder Clara Voss has worked with Brightmart since 2015."
    )
    assert not _kind(facts, "partnership")


def test_an_institution_defined_by_its_acronym_is_named_in_full():
    fact = _one(
        _facts(
            "La medtech lilloise Vitalys a levé 3 millions d'euros. Elle collabore depuis 2021 avec "
            "l'Institut national de recherche en santé (INRS) pour valider son algorithme.",
            "fr",
        ),
        "partnership",
    )
    assert fact.partner == "Institut national de recherche en santé"
    assert (fact.company, fact.date) == ("Vitalys", "2021")


def test_the_latter_is_the_last_party_named_even_a_person():
    facts = _facts(
        "Korvane lève 40 millions de dollars. Index Ventures, Salesforce, Bpifrance et Xavier Niel "
        "participent à l'opération. Ce dernier investit environ 8 millions de dollars.",
        "fr",
    )
    investments = _kind(facts, "investment")
    assert all(f.investor in (None, "Xavier Niel") for f in investments), investments


def test_a_round_label_or_a_single_letter_is_never_the_company():
    facts = _facts(
        "Au sein de Corvalis Bio, chercheurs et ingénieurs travaillent côte à côte. La biotech a annoncé "
        "lundi avoir levé 60 millions d'euros lors d'une série C menée par Eurazeo. L'opération valorise la "
        "société 400 millions d'euros.",
        "fr",
    )
    assert {(f.kind, f.company) for f in facts if f.kind in ("round", "valuation")} == {
        ("round", "Corvalis Bio"),
        ("valuation", "Corvalis Bio"),
    }


def test_a_possessed_tool_is_no_party():
    fact = _one(
        _facts(
            "Tivane, qui aide les commerciaux à tenir à jour leur CRM, a annoncé une levée de 9 millions "
            "d'euros.",
            "fr",
        ),
        "round",
    )
    assert fact.company == "Tivane"


def test_a_well_known_product_is_never_the_company():
    facts = _facts(
        "Budgeo, éditeur lillois de logiciels, a levé 5 millions d'euros. La start-up veut remplacer les "
        "classeurs Excel des contrôleurs de gestion. La jeune pousse revendique 300 clients.",
        "fr",
    )
    assert {f.company for f in facts} == {"Budgeo"}


def test_a_regional_adjective_is_no_company():
    fact = _one(
        _facts(
            "Fjordwatt, a Bergen start-up, said Tuesday it had closed a $90 million round, the largest for a "
            "battery start-up in the Nordic region."
        ),
        "round",
    )
    assert fact.company == "Fjordwatt"


def test_control_characters_inside_a_name_do_not_break_it():
    text = (
        "Brenner Ventures backed three startups this year. Nova\x1b[32mLoom\x07, a Lisbon-based AI startup, "
        "said on Tuesday it raised $4 million in a seed round led by Halden Partners."
    )
    source = parse_article(text, published="2026-03-02", language="en")
    fact = _one(source.facts, "round")
    assert (fact.company, fact.amount, fact.lead_investors) == ("NovaLoom", 4e6, ["Halden Partners"])
    assert source.text[fact.start : fact.end] == fact.sentence  # the evidence quotes the original characters
    assert "\x1b[32m" in fact.sentence


def test_markup_around_a_name_keeps_the_sentence_and_its_fact():
    text = (
        "Brenner Ventures backed three startups this year. [i]Quarry Capital[/i] led a $6 million seed "
        "round in Tessory Labs, a Lyon-based AI startup."
    )
    source = parse_article(text, published="2026-03-02", language="en")
    fact = _one(source.facts, "round")
    assert (fact.company, fact.amount) == ("Tessory Labs", 6e6)
    assert fact.lead_investors == ["Quarry Capital"]
    assert fact.sentence.startswith("[i]Quarry Capital[/i]")
    assert source.text[fact.start : fact.end] == fact.sentence


def test_a_sum_restated_as_an_equivalent_is_no_second_fact():
    facts = _facts(
        "Solvik, an Oslo start-up, raised $120 million in a round led by Halden Partners. The new money, "
        "equivalent to about 110 million euros, will fund a plant near Bergen."
    )
    assert [(f.kind, f.amount) for f in facts if f.kind == "round"] == [("round", 120e6)]
    facts = _facts(
        "La start-up Ostralis a levé 50 millions de dollars. Cette somme, soit l'équivalent de 46 millions "
        "d'euros, financera son usine.",
        "fr",
    )
    assert [(f.kind, f.amount) for f in facts if f.kind == "round"] == [("round", 50e6)]
