"""qa41 #3: shares bought from their holders (a secondary sale, a tender offer) are a stake purchase, never
money the company raised; a tender offer's valuation is the company's."""

from __future__ import annotations

from cli_helpers import import_article, run_ok

from ai_deals.importers.article import parse_article

SECONDARY_SALE = """title: SoftBank buys stake in Cohere from early investors
date: 2026-01-22
publisher: Reuters
language: en

TORONTO, Jan 22 (Reuters) - SoftBank Group has bought a 4% stake in Canadian AI company Cohere from early \
investors for about $280 million in a secondary sale, two sources said.

The transaction does not bring new capital to Cohere, which was last valued at $6.8 billion in a 2025 funding round.
"""


def facts_of(sentence: str, language: str = "en"):
    """The facts one short wire story of `sentence`, published 2026-03-12, gives."""
    return parse_article(sentence, published="2026-03-12", language=language).facts


def told(facts, kind: str):
    """(company, investor, amount, currency, round type, share, status) of each fact of `kind`."""
    return [
        (f.company, f.investor, f.amount, f.currency, f.round_type, f.percentage, f.status)
        for f in facts
        if f.kind == kind
    ]


def test_a_stake_bought_from_early_investors_in_a_secondary_sale_is_a_stake_purchase():
    facts = parse_article(SECONDARY_SALE, language="en").facts
    assert told(facts, "investment") == [
        ("Cohere", "SoftBank", 280e6, "USD", "Stake purchase", 4.0, "completed")
    ]


def test_a_secondary_sale_is_not_counted_as_money_the_company_raised(capsys, tmp_path, monkeypatch):
    db = import_article(capsys, tmp_path, monkeypatch, SECONDARY_SALE)
    out = run_ok(capsys, db, "show", "Cohere")
    assert "Stake purchase" in out
    assert "raised" not in out.lower()


def test_a_french_stake_bought_from_historical_shareholders_is_a_completed_stake_purchase():
    facts = facts_of(
        "Le fonds Eurazeo a racheté 15 % du capital de la start-up parisienne Pennylane à des actionnaires "
        "historiques pour 150 millions d'euros.",
        "fr",
    )
    assert told(facts, "investment") == [
        ("Pennylane", "Eurazeo", 150e6, "EUR", "Stake purchase", 15.0, "completed")
    ]


def test_shares_bought_from_early_investors_in_a_secondary_transaction_are_the_buyers_stake_purchase():
    facts = facts_of(
        "SoftBank bought $280 million of Cohere shares from early investors in a secondary transaction."
    )
    assert told(facts, "investment") == [
        ("Cohere", "SoftBank", 280e6, "USD", "Stake purchase", None, "completed")
    ]


def test_shares_sold_to_a_buyer_in_a_tender_offer_are_its_stake_purchase_and_value_the_company():
    facts = facts_of(
        "Employees of Databricks sold $1 billion worth of shares to Thrive Capital in a tender offer that "
        "valued the company at $62 billion."
    )
    assert told(facts, "investment") == [
        ("Databricks", "Thrive Capital", 1e9, "USD", "Stake purchase", None, "completed")
    ]
    (valuation,) = [f for f in facts if f.kind == "valuation"]
    assert (valuation.company, valuation.amount, valuation.date) == ("Databricks", 62e9, "2026-03-12")


def test_a_tender_offer_valuing_it_gives_the_company_s_valuation():
    facts = facts_of("Databricks employees sold shares in a tender offer valuing it at $62 billion.")
    assert [(f.company, f.amount) for f in facts if f.kind == "valuation"] == [("Databricks", 62e9)]


def test_a_french_employee_tender_offer_is_the_buyers_stake_purchase_and_values_the_company():
    facts = facts_of(
        "Des salariés de Mistral AI ont cédé 100 millions d'euros d'actions à General Catalyst dans le cadre "
        "d'une offre de rachat d'actions aux salariés valorisant la société à 12 milliards d'euros.",
        "fr",
    )
    assert told(facts, "investment") == [
        ("Mistral AI", "General Catalyst", 100e6, "EUR", "Stake purchase", None, "completed")
    ]
    assert [(f.company, f.amount) for f in facts if f.kind == "valuation"] == [("Mistral AI", 12e9)]


def test_a_round_raised_from_existing_investors_stays_money_raised():
    facts = facts_of("Zorgly raised $20 million from existing investors Accel and Index Ventures.")
    assert [(f.kind, f.amount, f.round_type) for f in facts if f.kind in ("round", "investment")][0] == (
        "round",
        20e6,
        None,
    )


def test_money_invested_before_shares_bought_from_employees_is_not_a_stake_purchase():
    facts = facts_of(
        "Thrive Capital invested $500 million in Databricks and also bought $100 million of shares from employees."
    )
    assert told(facts, "investment") == [
        ("Databricks", "Thrive Capital", 500e6, "USD", None, None, "announced")
    ]
