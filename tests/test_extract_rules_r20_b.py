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
