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


def test_backers_who_injected_a_sum_each_are_investors():
    text = (
        "La start-up Bocalia lève 4 millions d'euros.\n\n"
        "Serrano Capital et Ventoux Partners y ont injecté 1,5 M€ chacun, le solde venant de business angels."
    )
    investments = {f.investor: f.amount for f in of_kind(facts_of(text, language="fr"), "investment")}
    assert investments == {"Serrano Capital": 1_500_000, "Ventoux Partners": 1_500_000}


def test_people_with_a_role_aside_who_each_put_in_a_sum():
    text = (
        "La start-up Bocalia lève 2 millions d'euros.\n\n"
        "Les entrepreneurs Paul Vernier, fondateur de Cartopia, et Lucie Marchal, patronne de Vitrea, ont "
        "également mis 300 000 euros chacun."
    )
    investments = {f.investor: f.amount for f in of_kind(facts_of(text, language="fr"), "investment")}
    assert investments == {"Paul Vernier": 300_000, "Lucie Marchal": 300_000}


def test_english_pair_with_an_aside_each_put_in():
    text = (
        "Fernwick, a startup, raised $3 million in a seed round.\n\n"
        "Dana Whitcombe and Rohan Mehta, both former directors at Stripe, each put in $200,000, the company said."
    )
    investments = {f.investor: f.amount for f in of_kind(facts_of(text), "investment")}
    assert investments == {"Dana Whitcombe": 200_000, "Rohan Mehta": 200_000}


def test_relative_after_an_already_shareholders_aside_with_each_after_the_sum():
    text = (
        "La start-up Bocalia lève 10 millions d'euros.\n\n"
        "Le tour est mené par Serrano Capital, accompagné par Ventoux Partners et Garrigue Invest, déjà présents "
        "au capital, qui ont remis 2 M€ chacun."
    )
    investments = {f.investor: f.amount for f in of_kind(facts_of(text, language="fr"), "investment")}
    assert investments == {"Ventoux Partners": 2_000_000, "Garrigue Invest": 2_000_000}


def test_counted_vcs_are_no_name():
    text = (
        "Kestrava raised a €10m seed round co-led by Northwind and Fjordline.\n\n"
        "The two VCs each put in €5m, the company said."
    )
    investors = {f.investor for f in of_kind(facts_of(text), "investment")}
    assert "VCs" not in investors


def test_backer_entered_in_an_aside_with_a_ticket_is_an_investor():
    text = (
        "Le groupe Suez rachète la start-up Bocalia.\n\n"
        "Le fonds Garrigue Invest, entré au capital en 2019 avec un ticket de 7 millions d'euros, cède sa "
        "participation."
    )
    fact = only(facts_of(text, language="fr"), "investment")
    assert (fact.investor, fact.amount, fact.date) == ("Garrigue Invest", 7_000_000, "2019")


def test_second_backer_with_its_descriptor_and_plural_verb_each():
    text = (
        "La start-up Bocalia lève 8 millions d'euros.\n\n"
        "Le nantais Serrano Capital et le lyonnais Ventoux Partners investissent chacun 2 M€."
    )
    investments = {f.investor: f.amount for f in of_kind(facts_of(text, language="fr"), "investment")}
    assert investments == {"Serrano Capital": 2_000_000, "Ventoux Partners": 2_000_000}
