"""Round 14: which company a story (and a paragraph) is about, written for these tests."""

from __future__ import annotations

from extract_helpers import facts_of as _facts
from extract_helpers import of_kind as _kind
from extract_helpers import only as _one

from ai_deals.importers.article import parse_article


def test_chemical_formula_in_an_apposition_is_not_the_company():
    facts = _facts(
        "Basaltica, a startup that locks CH4 and CO2 into crushed rock, has raised $14 million "
        "in a Series A led by Ember Capital."
    )
    round_ = _one(facts, "round")
    assert round_.company == "Basaltica"
    assert all(fact.company not in ("CO2", "CH4") for fact in facts)


def test_french_formula_is_not_a_company():
    facts = _facts(
        "Hydrevo, jeune pousse qui produit de l'H2 par électrolyse, a levé 9 millions d'euros "
        "auprès de Demeter.",
        language="fr",
    )
    assert _one(facts, "round").company == "Hydrevo"
    assert all(fact.company != "H2" for fact in facts)


def test_place_based_company_is_the_story_startup_not_a_known_group_named_in_passing():
    facts = _facts(
        "Orchardline, a startup that writes software for fruit growers, raised $22 million led by "
        "Sequoia Capital. GV, Google's venture arm, also joined. "
        "The Mountain View-based company previously raised $6 million in 2021."
    )
    rounds = _kind(facts, "round")
    assert {fact.company for fact in rounds} == {"Orchardline"}
    assert sorted(fact.amount for fact in rounds) == [6_000_000, 22_000_000]


def test_place_based_giant_still_designates_the_known_group():
    facts = _facts(
        "Orchardline, a startup that writes software for fruit growers, raised $22 million. "
        "Google also joined. The Mountain View-based giant invested $3 million of that sum."
    )
    assert all(fact.company == "Orchardline" for fact in _kind(facts, "round"))
    assert all(fact.company != "Google" for fact in _kind(facts, "round"))


def test_comma_closing_a_fronted_clause_opens_the_main_clause():
    facts = _facts(
        "Sylvalis a levé 5 millions d'euros. Issue en 2019 des laboratoires de l'Institut national "
        "de recherche agronomique (INRA), la société coopère depuis 2022 avec Veolia pour valoriser du CO2.",
        language="fr",
    )
    partnership = _one(facts, "partnership")
    assert (partnership.company, partnership.partner) == ("Sylvalis", "Veolia")


def test_headline_buyer_of_s_offre_is_the_company_a_bare_descriptor_designates():
    body = (
        "Vignalog accélère. L'éditeur bordelais de logiciels pour viticulteurs a annoncé mardi le rachat "
        "de l'espagnol Uvasoft pour 40 millions d'euros. Le groupe emploie 210 salariés."
    )
    parsed = _parse(body, title="Agritech : Vignalog s'offre l'espagnol Uvasoft")
    acquisition = _one(parsed.facts, "acquisition")
    assert (acquisition.company, acquisition.investor) == ("Uvasoft", "Vignalog")


def _parse(body: str, title: str):
    """A French article with its headline, which `facts_of` does not take."""
    return parse_article(body, published="2026-03-02", language="fr", title=title)
