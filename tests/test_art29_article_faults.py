"""English article faults left from session 28: a fund named in brackets, a denied part in a round, a bare past
perfect investment (art29)."""

from __future__ import annotations

import pytest

from ai_deals.importers.article import parse_article


def _facts(text: str):
    return parse_article(text, published="2026-03-20", language="en").facts


@pytest.mark.parametrize(
    "text",
    [
        "Éclair Ventures closed its third fund (Éclair Fund III) at $300 million.",
        "Éclair Ventures closed [its third fund] (Éclair Fund III) at $300 million.",
        "Éclair Ventures closed [its third fund], Éclair Fund III, at $300 million.",
        "Éclair Ventures closed its third fund [Éclair Fund III] at $300 million.",
        "Éclair Ventures closed Éclair Fund III (its third fund) at $300 million.",
    ],
)
def test_a_fund_named_in_brackets_is_the_firms_fund_closed_never_a_round(text):
    facts = _facts(text)
    assert [(f.kind, f.metric, f.company, f.amount) for f in facts] == [
        ("metric", "fund_closed", "Éclair Ventures", 300_000_000)
    ]
    assert facts[0].description == "Éclair Fund III"


def test_a_fund_sized_in_brackets_is_the_firms_fund_closed():
    facts = _facts("Éclair Ventures closed its third fund ($300 million).")
    assert [(f.kind, f.metric, f.amount) for f in facts] == [("metric", "fund_closed", 300_000_000)]


def test_a_firm_with_its_fund_in_brackets_raised_no_round():
    assert not [
        f
        for f in _facts("Éclair Ventures (Éclair Fund III) has $300 million to invest.")
        if f.kind == "round"
    ]


def _rounds(facts):
    return [(f.company, f.amount, sorted(f.investors)) for f in facts if f.kind in ("round", "investment")]


def test_a_round_a_party_denies_joining_is_kept_without_it():
    facts = _facts("Nvidia denied it had joined Zeta's $100 million round.")
    assert _rounds(facts) == [("Zeta", 100_000_000, [])]


def test_a_round_told_then_denied_in_the_same_sentence_keeps_its_other_investors():
    facts = _facts(
        "Zeta raised $100 million led by Sequoia, but Nvidia denied it had joined Zeta's $100 million round."
    )
    assert _rounds(facts) == [("Zeta", 100_000_000, ["Sequoia Capital"])]


def test_a_round_told_then_denied_in_another_sentence_keeps_its_other_investors():
    facts = _facts(
        "Zeta raised $100 million in a round led by Sequoia. Nvidia denied it had joined Zeta's $100 million round."
    )
    assert all("Nvidia" not in f.investors + f.lead_investors for f in facts)
    assert ("Zeta", 100_000_000, ["Sequoia Capital"]) in _rounds(facts)


def test_an_investment_its_investor_denies_counts_nothing():
    assert _rounds(_facts("Nvidia denied reports it had invested $50 million in Zeta.")) == []


def test_a_bare_past_perfect_investment_is_recalled_not_the_articles_news():
    [fact] = _facts("Microsoft had invested $13 billion in OpenAI.")
    assert (fact.kind, fact.investor, fact.company) == ("investment", "Microsoft", "OpenAI")
    assert fact.recalled and fact.date is None


@pytest.mark.parametrize(
    "text",
    ["Microsoft said it had invested $13 billion in OpenAI.", "Microsoft invested $13 billion in OpenAI."],
)
def test_an_investment_reported_or_told_in_the_past_is_the_articles_news(text):
    [fact] = _facts(text)
    assert not fact.recalled and fact.date == "2026-03-20"


def test_a_past_perfect_investment_with_its_year_keeps_it():
    [fact] = _facts("Microsoft had invested $13 billion in OpenAI in 2023.")
    assert fact.date == "2023"


def test_money_paid_to_a_company_for_its_new_shares_is_a_stake_in_it():
    [fact] = _facts("SoftBank paid $22.5 billion to OpenAI for newly issued shares.")
    assert (fact.kind, fact.investor, fact.company, fact.amount) == (
        "investment",
        "SoftBank",
        "OpenAI",
        22.5e9,
    )


def test_a_company_paid_by_a_backer_for_a_stake_sold_it_that_stake():
    [fact] = _facts("Intel was paid $5 billion by Nvidia for a 4% stake.")
    assert (fact.kind, fact.investor, fact.company, fact.percentage) == ("investment", "Nvidia", "Intel", 4.0)


@pytest.mark.parametrize(
    "text", ["Microsoft paid $1 billion to Nvidia for chips.", "Zeta paid $10 million to settle the lawsuit."]
)
def test_money_paid_for_goods_or_a_settlement_is_no_stake(text):
    assert _rounds(_facts(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The agreement, under which Nvidia would invest $2 billion in xAI, fell apart.",
        "The deal, which would have seen Nvidia invest $2 billion in xAI, collapsed.",
        "Nvidia agreed in March to invest $2 billion in xAI, but the deal collapsed.",
        "Nvidia had agreed to invest $2 billion in xAI, but the agreement later fell apart over pricing.",
        "Nvidia agreed to invest $2 billion in xAI, a deal that collapsed last week.",
        "Nvidia agreed to invest $2 billion in xAI in a deal that later collapsed.",
        "Nvidia agreed to invest $2 billion in xAI; the deal collapsed in May.",
    ],
)
def test_a_deal_told_as_collapsed_after_its_figure_counts_nothing(text):
    assert _rounds(_facts(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Talks with Google collapsed, but Amazon invested $1 billion in Anthropic.",
        "Amazon invested $1 billion in Anthropic, but the deal with Google collapsed.",
        "Amazon invested $1 billion in Anthropic, but a separate deal with Google collapsed.",
        "The deal, in which Amazon invested $1 billion in Anthropic, closed on Friday.",
    ],
)
def test_another_deal_collapsing_leaves_the_money_invested_counted(text):
    assert _rounds(_facts(text)) == [("Anthropic", 1e9, [])]


def test_a_planned_raise_takes_no_date_from_the_raise_recalled_before_it():
    facts = _facts("After a $50 million round in 2023, Zeta plans to raise $200 million.")
    dated = {(f.amount, f.status): f.date for f in facts if f.kind == "round"}
    assert dated == {(50e6, "announced"): "2023", (200e6, "planned"): "2026-03-20"}
