"""Money a firm raised for its own fund is that fund closed, never a round of the firm; a fund's target is no
revenue, a fund's name no investor, and a sum in scientific notation no sum."""

from __future__ import annotations

from extract_helpers import facts_of


def _told(text: str, language: str) -> list[tuple]:
    facts = facts_of(text, language=language, published="2026-03-10")
    return [(fact.kind, fact.company, fact.amount, fact.metric, fact.investor, tuple(fact.investors)) for fact in facts]


def test_a_fund_raised_from_its_backers_is_the_fund_closed_not_a_round_of_the_firm():
    text = "Éclair Ventures raised $300 million from Bpifrance and the European Investment Fund for its third fund."
    assert _told(text, "en") == [("metric", "Éclair Ventures", 300e6, "fund_closed", None, ())]


def test_a_fund_raised_aupres_de_its_backers_is_the_fund_closed_not_a_round_of_the_firm():
    text = "Éclair Ventures a levé 300 millions d'euros auprès de Bpifrance pour son troisième fonds."
    assert _told(text, "fr") == [("metric", "Éclair Ventures", 300e6, "fund_closed", None, ())]


def test_a_fund_whose_raise_was_closed_with_its_backers_is_the_fund_closed():
    text = (
        "Éclair Ventures a bouclé la levée de son fonds Éclair Fund III à 300 millions d'euros, "
        "auprès de Bpifrance et du FEI."
    )
    facts = facts_of(text, language="fr", published="2026-03-10")
    assert [(fact.kind, fact.metric, fact.description, fact.investors) for fact in facts] == [
        ("metric", "fund_closed", "Éclair Fund III", [])
    ]


def test_a_funds_target_told_with_its_first_close_is_no_revenue_projection():
    text = "Éclair Ventures held a first close of its Fund III at $150 million, targeting $300 million."
    assert _told(text, "en") == [("metric", "Éclair Ventures", 150e6, "fund_closed", None, ())]


def test_the_firm_that_closed_a_fund_not_the_funds_name_invests_in_the_same_sentence():
    text = "Éclair Ventures closed its $300 million Fund III, backed by Bpifrance, and invested $10 million in Zorgly AI."
    investments = [fact for fact in facts_of(text, language="en") if fact.kind == "investment"]
    assert [(fact.company, fact.investor) for fact in investments] == [("Zorgly AI", "Éclair Ventures")]


def test_a_sum_written_in_scientific_notation_records_nothing():
    assert _told("Éclair Ventures has closed its oversubscribed debut fund at $1e308 million.", "en") == []
    assert _told("Helix Robotics raised $1E+5 million from Index Ventures.", "en") == []
