"""Round 20, rounds, investments and prices: sums the extractor missed or built wrong.

Money whose count is spelled out ("five billion yen"); a lede that describes the raiser before naming it
("A Japanese chip start-up … said it had raised"); backers each putting in a sum in a reported clause with
no "that" ("said carmaker X, Y and Z had each invested"); one backer's share in an absolute construction
("with X contributing…").
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.extract.amounts import parse_amounts


def test_spelled_out_count_of_billions_is_money_with_its_currency():
    found = [(a.value, a.currency, a.bound) for a in parse_amounts("values it at around six billion euros")]
    assert found == [(6e9, "EUR", "approx")]
    found = [(a.value, a.currency) for a in parse_amounts("a levé cinq millions d'euros en 2021")]
    assert found == [(5e6, "EUR")]


def test_spelled_out_count_without_currency_is_no_money():
    assert all(a.currency is None for a in parse_amounts("the app has three million users"))


def test_lede_describing_the_raiser_takes_the_company_named_next():
    text = (
        "A Danish battery start-up backed by some of Europe's largest utilities said Tuesday it had raised "
        "90 million euros.\n\n"
        "Voltrana Energy, founded in 2021 in Aarhus, said the utility Orsted had invested 20 million euros."
    )
    round_ = only(facts_of(text), "round")
    assert (round_.company, round_.amount, round_.currency) == ("Voltrana Energy", 90e6, "EUR")


def test_backers_each_investing_in_a_clause_reported_without_that():
    text = (
        "Halvorn Robotics said carmaker Toyota, electronics giant Sony Group and telecoms operator NTT "
        "had each invested 4 billion yen."
    )
    found = {(f.company, f.investor, f.amount) for f in of_kind(facts_of(text), "investment")}
    assert found == {
        ("Halvorn Robotics", "Toyota", 4e9),
        ("Halvorn Robotics", "Sony Group", 4e9),
        ("Halvorn Robotics", "NTT", 4e9),
    }


def test_backer_named_in_a_with_construction_gets_its_share():
    text = (
        "Norvik Automation raised 12 billion yen in a round led by SoftBank. Toyota and Mitsubishi UFJ "
        "Financial Group also took part, with Toyota contributing five billion yen."
    )
    fact = only(facts_of(text), "investment")
    assert (fact.company, fact.investor, fact.amount) == ("Norvik Automation", "Toyota", 5e9)


def test_known_groups_subsidiary_keeps_its_own_name():
    text = "Kestrix Mobility raised $40 million from Toyota Tsusho and Sony Interactive Entertainment."
    round_ = only(facts_of(text), "round")
    assert set(round_.investors) == {"Toyota Tsusho", "Sony Interactive Entertainment"}


def test_undisclosed_price_then_reported_estimate_prices_the_acquisition():
    text = (
        "Le groupe allemand Kaltwerk a racheté la start-up lilloise Orvanel, a annoncé mardi la jeune pousse. "
        "Le montant de la transaction n'a pas été dévoilé, mais selon le quotidien Les Echos, il avoisinerait "
        "les 45 millions d'euros."
    )
    fact = only(facts_of(text, language="fr"), "acquisition")
    assert (fact.company, fact.investor, fact.amount, fact.bound) == ("Orvanel", "Kaltwerk", 45e6, "approx")


def test_stake_priced_in_the_next_sentence_gets_the_amount():
    text = (
        "Helvetia Asset Management prend une participation de 30% dans Glaciera SA, exploitant de centres de "
        "données basé à Sion. Le montant de la transaction s'élève à environ 400 millions de francs, a indiqué "
        "jeudi l'entreprise."
    )
    fact = only(facts_of(text, language="fr"), "investment")
    assert (fact.investor, fact.amount, fact.currency) == ("Helvetia Asset Management", 400e6, "CHF")


def test_deal_valuing_the_company_does_not_price_the_stake():
    text = (
        "Helvetia Asset Management prend une participation de 30% dans Glaciera SA, exploitant basé à Sion. "
        "L'opération valorise Glaciera à quelque 1,2 milliard de francs."
    )
    facts = facts_of(text, language="fr")
    assert all(f.amount is None for f in of_kind(facts, "investment"))
    assert only(facts, "valuation").amount == 1.2e9


def test_belgian_public_investors_each_investing_are_read():
    text = (
        "La Société fédérale de participations et d'investissement (SFPI) et Wallonie Entreprendre ont "
        "chacune investi 8 millions d'euros dans Lumenor."
    )
    found = {(f.investor, f.amount) for f in of_kind(facts_of(text, language="fr"), "investment")}
    assert found == {
        ("Société fédérale de participations et d'investissement", 8e6),
        ("Wallonie Entreprendre", 8e6),
    }
