"""Two faults the session-33 review found in that session's new rules (fixr33a): a backer adding money to a round
("Bpifrance added €15 million to the round", « Bpifrance a ajouté 15 millions d'euros à ce tour ») was read as the
raiser of a round of its own; and a description set off by a comma before the name it describes ("The Paris-based
AI startup, Mistral AI, raised …", "the venture fund, Partech,") was lost."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind

from ai_deals.importers.article import parse_article

_ADDED = [
    (
        "en",
        "Mistral AI has raised a $60 million Series B led by Index Ventures. "
        "Bpifrance added €15 million to the round in October.",
    ),
    (
        "fr",
        "Mistral AI a levé 60 millions d'euros en série B menée par Index Ventures. "
        "En octobre, Bpifrance a ajouté 15 millions d'euros à ce tour.",
    ),
]


def _rounds(text: str, language: str) -> list[tuple]:
    return [(f.company, f.amount, f.investors) for f in of_kind(facts_of(text, language), "round")]


@pytest.mark.parametrize(("language", "text"), _ADDED, ids=["en", "fr"])
def test_a_backer_adding_money_to_the_storys_round_is_its_investor_not_a_raiser(language, text):
    rounds = _rounds(text, language)
    assert all(company != "Bpifrance" for company, _, _ in rounds), rounds
    assert ("Mistral AI", 15e6, ["Bpifrance"]) in rounds, rounds


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Bpifrance added €15 million to the round in October."),
        ("fr", "En octobre, Bpifrance a ajouté 15 millions d'euros à ce tour."),
    ],
    ids=["en", "fr"],
)
def test_a_fund_adding_money_to_a_round_of_nobody_named_gives_no_round(language, text):
    assert _rounds(text, language) == []


def test_a_company_adding_money_to_its_own_round_keeps_its_extension():
    rounds = _rounds(
        "Vesperal ajoute 15 millions d'euros à ce tour, désormais porté à 60 millions d'euros, avec l'arrivée de "
        "Nvidia, via NVentures.",
        "fr",
    )
    assert [(company, amount) for company, amount, _ in rounds] == [("Vesperal", 15e6)], rounds


def _descriptions(text: str) -> dict[str, str | None]:
    source = parse_article(f"title: Mistral raises\n\n{text}", published="2025-05-06", language="en")
    return {company.name: company.description for company in source.companies}


def test_a_description_set_off_by_a_comma_before_the_name_still_describes_it():
    descriptions = _descriptions(
        "The Paris-based AI startup, Mistral AI, raised €100 million led by the venture fund, Partech, and Elaia."
    )
    assert descriptions["Mistral AI"] == "Paris-based AI startup"
    assert descriptions["Partech"] == "venture fund"


def test_an_arms_description_apposed_to_its_name_still_describes_no_next_backer():
    descriptions = _descriptions(
        "Mistral AI has raised €100 million. NVentures, Nvidia's venture fund, Partech and Elaia also participated."
    )
    assert descriptions["Partech"] is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Kestrel raised $30 million led by Accel. Separately, Vesperal added $15 million to its Series B."),
        ("fr", "Kestrel a levé 30 millions d'euros. Par ailleurs, Vesperal ajoute 15 millions d'euros à sa série B."),
    ],
    ids=["en", "fr"],
)
def test_a_company_adding_money_to_its_own_round_after_anothers_raise_keeps_its_extension(language, text):
    rounds = _rounds(text, language)
    assert ("Vesperal", 15e6) in [(company, amount) for company, amount, _ in rounds], rounds
