"""A reviewer's findings on session 28's second batch of merges (mend28b): money paid « à » a town or a supplier,
a future word pushing a past month to next year, "as X said" read as a deal clause."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind

from ai_deals.importers.extract.attributions import attribution_spans


@pytest.mark.parametrize(
    "text",
    [
        "Kima Ventures a versé 20 millions d'euros à Villeurbanne.",
        "Kima Ventures a injecté 20 millions d'euros à Montreuil, selon la mairie.",
        "Lynx IA a versé 20 millions d'euros à Nvidia pour l'achat de puces.",
        "Mistral AI a versé 15 M€ à OVHcloud pour louer des serveurs.",
        "Renault a versé 3 M€ à Stellantis au titre d'une amende.",
        "Bpifrance a versé 3 M€ à Lynx IA au titre de son programme.",
        "Lynx IA a versé 20 millions d'euros à Nvidia.",
        "Kima Ventures a investi 20 millions d'euros à Lyon.",
    ],
)
def test_money_paid_to_a_town_a_supplier_or_a_payee_is_no_stake(text):
    """« versé … à » a town, a supplier paid for chips or servers, a fine's or a programme's payee: no one's stake,
    and the town is no company."""
    facts = facts_of(text, "fr")
    assert of_kind(facts, "investment") == []
    assert not {"Villeurbanne", "Montreuil", "Lyon"} & {
        party for f in facts for party in (f.company, f.investor)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kima Ventures a versé 20 millions d'euros à Lynx IA.",
        "Kima Ventures a versé 20 millions d'euros à Ombrelle lors de sa levée de fonds.",
        "Kima Ventures a apporté 20 millions d'euros à Ombrelle, qui entre ainsi à son capital.",
    ],
)
def test_money_paid_to_a_trade_named_company_or_in_a_financing_sentence_is_still_a_stake(text):
    """« à Lynx IA » (a name built on « IA »), or any name in a sentence about a raise or a stake: money put in."""
    [stake] = of_kind(facts_of(text, "fr"), "investment")
    assert (stake.investor, stake.amount, stake.currency) == ("Kima Ventures", 20e6, "EUR")


def test_a_future_in_a_later_clause_leaves_past_tranche_months_in_their_year():
    """« versés en deux tranches : 10 milliards en avril et 20 milliards en mai ; la société investira aussi
    ailleurs »: the future is the last clause's, April and May are this year's, already past."""
    text = (
        "SoftBank a investi 30 milliards de dollars dans OpenAI, versés en deux tranches : 10 milliards en avril "
        "et 20 milliards en mai ; la société investira aussi ailleurs."
    )
    facts = facts_of(text, "fr", published="2026-06-15")
    dates = {date for fact in facts for date in (fact.date, *(t.date for t in fact.tranches or []))}
    assert {date for date in dates if date} & {"2027-04", "2027-05"} == set()
    assert {"2026-04", "2026-05"} <= dates


@pytest.mark.parametrize(
    "text",
    [
        "Oracle's cloud contract with OpenAI, as Microsoft noted on Monday, is worth $300 billion for OpenAI.",
        "Oracle signed a cloud contract with OpenAI, as SoftBank said on Monday, worth $300 billion for OpenAI.",
    ],
)
def test_an_as_x_said_aside_is_a_teller_not_the_deals_own_clause(text):
    """ ", as Microsoft noted on Monday, ": who told the news; the $300 billion contract stays Oracle's with
    OpenAI, never the teller's."""
    [deal] = of_kind(facts_of(text), "partnership")
    assert {deal.company, deal.partner} == {"Oracle", "OpenAI"}
    assert deal.amount == 300e9


def test_an_as_x_said_aside_is_an_attribution():
    text = "Oracle signed a cloud contract with OpenAI, as SoftBank said on Monday, worth $300 billion."
    start = text.index(", as")
    assert attribution_spans(text) == [(start, text.index(", worth"))]


def test_a_sum_in_its_own_as_clause_is_still_that_clauses_deal():
    """ ", as the Claude maker committed to buy $30 billion … from Microsoft's Azure cloud": the clause holds its
    sum, Anthropic's deal with Microsoft, as before."""
    text = (
        "Microsoft will invest up to $5 billion and Nvidia up to $10 billion in Anthropic, as the Claude maker "
        "committed to buy $30 billion of computing capacity from Microsoft's Azure cloud."
    )
    [deal] = of_kind(facts_of(text), "partnership")
    assert (deal.company, deal.partner, deal.amount) == ("Anthropic", "Microsoft", 30e9)
