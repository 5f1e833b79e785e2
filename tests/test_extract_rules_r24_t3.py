"""Round 24, deal facts: a rival named at a sentence's start, a purchase priced after its target's
description, a neobank described rather than named.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_rival_at_sentence_start_is_not_part_of_the_rivals_name():
    text = (
        "Dunmore Analytics, a Boston startup, has raised $20 million in a Series A.\n\n"
        "The market is heating up. Rival Pellworth Labs raised $45 million at a $300 million valuation in May."
    )
    facts = facts_of(text)
    rounds = {fact.company: fact.amount for fact in of_kind(facts, "round")}
    assert rounds.get("Pellworth Labs") == 45_000_000
    assert "Rival Pellworth Labs" not in rounds
    assert only(facts, "valuation").company == "Pellworth Labs"


def test_competitor_at_sentence_start_is_not_part_of_the_name():
    text = (
        "Brackenfold, which sells farm sensors, has raised $8 million.\n\n"
        "Competitor Soilgraph raised $12 million in March."
    )
    companies = {fact.company for fact in of_kind(facts_of(text), "round")}
    assert "Soilgraph" in companies
    assert "Competitor Soilgraph" not in companies


def test_price_after_target_description_is_the_acquisition_price():
    text = (
        "Orbiscale has agreed to acquire Tallyfern, a young startup that automates revenue reporting for "
        "retailers, for about $120 million in cash and stock, a person briefed on the deal said."
    )
    facts = facts_of(text)
    deal = only(facts, "acquisition")
    assert (deal.company, deal.investor, deal.amount) == ("Tallyfern", "Orbiscale", 120_000_000)
    assert not of_kind(facts, "revenue")


def test_french_price_after_target_description_is_the_acquisition_price():
    text = (
        "Verdelune a signé un accord pour racheter Comptaly, un éditeur nantais de logiciels de chiffre "
        "d'affaires, pour environ 30 millions d'euros."
    )
    facts = facts_of(text, language="fr")
    deal = only(facts, "acquisition")
    assert (deal.company, deal.investor, deal.amount) == ("Comptaly", "Verdelune", 30_000_000)
    assert not of_kind(facts, "revenue")


def test_neobank_description_stands_for_the_buyer():
    text = (
        "La fintech Banquiz poursuit ses emplettes. Selon nos informations, la néobanque a signé lundi un accord pour "
        "racheter Factolia, un éditeur de logiciels, pour environ 20 millions d'euros."
    )
    deal = only(facts_of(text, language="fr"), "acquisition")
    assert (deal.company, deal.investor, deal.amount) == ("Factolia", "Banquiz", 20_000_000)
