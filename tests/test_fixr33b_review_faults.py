"""Four faults the session-33 review found in that session's rules (fixr33b): a stake "in return for" something
swapped its holder and company, a refused stake was recorded as held, a stake's worth landed on the firm that
bought it, a lender of the debt part backed the equity round, and "Other investors include" fell on an undated
seed round although the round told last had a date of its own."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.stake_purchases import STAKE_HELD

LAB = "Velloran, a San Francisco AI lab, builds large language models.\n\n"


def test_a_stake_given_in_return_for_a_cash_injection_is_held_by_the_giver_of_the_cash():
    facts = facts_of(
        LAB + "Microsoft gave Velloran a cash injection in return for a stake worth $10 billion."
    )
    investment = only(facts, "investment")
    assert (investment.investor, investment.company) == ("Microsoft", "Velloran")


def test_a_stake_refused_is_no_stake_held():
    facts = facts_of(LAB + "Velloran refused to give Microsoft a stake worth more than $100 billion.")
    assert not [f for f in of_kind(facts, "investment") if f.round_type == STAKE_HELD]
    assert not [f for f in facts if f.investor == "Velloran" or f.company == "Microsoft"]


def test_a_stake_bought_by_a_firm_and_valued_is_no_valuation_of_that_firm():
    facts = facts_of(
        "Zorgly, a Paris AI startup, raised $50 million. The 10% stake bought by Nvidia was valued at $200 million."
    )
    assert "Nvidia" not in {f.company for f in of_kind(facts, "valuation")}


def test_a_lender_of_the_debt_part_is_no_backer_of_the_equity_round():
    facts = facts_of(
        "Zorgly lève 25 M€ en série A auprès de Partech et de BNP Paribas. Le montant se décompose en 10 M€ de "
        "fonds propres et en 15 M€ de dette bancaire apportée par BNP Paribas.",
        language="fr",
    )
    equity = only(facts, "round")
    assert equity.amount == 10_000_000
    assert equity.investors == ["Partech"]


def test_other_investors_include_join_the_round_told_last_with_its_own_date_in_an_undated_article():
    body = (
        "Zeta AI raised a $5 million seed round from Kima Ventures. In March 2025 Zeta AI raised a $20 million "
        "Series A led by Accel. Other investors include Partech and Elaia."
    )
    facts = parse_article(f"Zeta AI raises funding\n\n{body}", language="en").facts
    assert {f.round_type: f.investors for f in facts if f.kind == "round"} == {
        "Seed": ["Kima Ventures"],
        "Series A": ["Accel", "Partech", "Elaia"],
    }
