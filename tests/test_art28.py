"""English article phrasings that read wrong (issue 4's extractor): a fund an investor closed with its day or a
comma before its size, a grant given by the EU or told passively, several sellers behind one aside, a stake
"bought out" of a named company, and words for unnamed backers ("angels", "other investors") that name no one."""

from __future__ import annotations

import json

import pytest
from cli_helpers import import_files, run, run_ok  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, of_kind

from ai_deals.importers.models import FUND_CLOSED


@pytest.mark.parametrize(
    "text",
    [
        "Index Ventures closed its fund Thursday at $500 million.",
        "Index Ventures has closed its sixth fund at $500 million.",
        "Index Ventures has closed its latest fund, at $500 million, the firm said.",
        "Index Ventures closed its third fund on Friday at $500 million.",
    ],
)
def test_a_fund_closed_with_its_day_or_a_comma_before_its_size_is_the_investors_fund(text):
    facts = facts_of(text)
    assert not of_kind(facts, "round"), [f.model_dump(exclude_defaults=True) for f in facts]
    [fund] = of_kind(facts, "metric")
    assert (fund.company, fund.metric, fund.amount, fund.currency) == (
        "Index Ventures",
        FUND_CLOSED,
        500e6,
        "USD",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tessera AI closed its Series B at $50 million.",
        "Tessera AI closed its Series B Thursday at $50 million.",
    ],
)
def test_a_startup_closing_its_series_at_a_sum_is_still_its_round(text):
    [round_] = of_kind(facts_of(text), "round")
    assert (round_.company, round_.amount, round_.round_type) == ("Tessera AI", 50e6, "Series B")
    assert not of_kind(facts_of(text), "metric")


@pytest.mark.parametrize(
    "text",
    [
        "Sequoia Capital and Accel, both early backers, sold part of their stakes in Tessera AI to Thrive Capital "
        "for $150 million.",
        "Sequoia Capital and Accel sold part of their stakes in Tessera AI to Thrive Capital for $150 million.",
    ],
)
def test_several_sellers_behind_one_aside_each_sell_and_the_buyer_buys_at_the_price(text):
    stakes = {fact.investor: fact for fact in of_kind(facts_of(text), "investment")}
    assert set(stakes) == {"Sequoia Capital", "Accel", "Thrive Capital"}
    for seller in ("Sequoia Capital", "Accel"):
        sale = stakes[seller]
        assert (sale.company, sale.round_type, sale.status) == (
            "Tessera AI",
            "Partial stake sale",
            "completed",
        )
        assert sale.amount is None  # the price is theirs together, no one seller's share of it
    purchase = stakes["Thrive Capital"]
    assert (purchase.company, purchase.round_type, purchase.amount, purchase.currency) == (
        "Tessera AI",
        "Stake purchase",
        150e6,
        "USD",
    )


def test_several_sellers_selling_their_whole_stakes_without_a_buyer_each_sell():
    text = "Sequoia Capital, Accel and Index Ventures have sold their holdings in Tessera AI."
    sales = of_kind(facts_of(text), "investment")
    assert sorted(sale.investor for sale in sales) == ["Accel", "Index Ventures", "Sequoia Capital"]
    assert {(sale.company, sale.round_type) for sale in sales} == {("Tessera AI", "Stake sale")}


def test_one_seller_behind_an_aside_still_sells_at_the_price():
    text = "Sequoia Capital, an early backer, sold part of its stake in Tessera AI to Thrive Capital for $150 million."
    stakes = {fact.investor: fact for fact in of_kind(facts_of(text), "investment")}
    assert stakes["Sequoia Capital"].round_type == "Partial stake sale"
    assert stakes["Sequoia Capital"].amount == 150e6
    assert stakes["Thrive Capital"].round_type == "Stake purchase"


@pytest.mark.parametrize(
    "text",
    [
        "Lynx AI was granted €5 million by the EU.",
        "Lynx AI received a €5 million grant from the EU.",
        "Lynx AI was awarded a €5 million grant by the EU.",
        "Lynx AI received a €5 million EU grant.",
        "The EU granted Lynx AI €5 million.",
        "Lynx AI received a €5 million grant from the European Union.",
    ],
)
def test_a_grant_the_eu_gave_is_lynxs_grant_given_by_the_european_union(text):
    [grant] = of_kind(facts_of(text), "round")
    assert (grant.company, grant.round_type, grant.amount, grant.currency) == ("Lynx AI", "Grant", 5e6, "EUR")
    assert grant.investors == ["European Union"]


def test_a_sum_granted_by_a_named_body_is_its_grant():
    text = "Lynx AI, a Lyon start-up, was awarded €5 million by the European Innovation Council on Tuesday."
    [grant] = of_kind(facts_of(text), "round")
    assert (grant.company, grant.round_type, grant.amount) == ("Lynx AI", "Grant", 5e6)
    assert grant.investors == ["European Innovation Council"]


@pytest.mark.parametrize(
    "text",
    [
        "The court awarded Lynx AI €5 million in damages.",
        "Lynx AI was awarded €5 million in damages by the court.",
        "Lynx AI was awarded a €5 million contract by the EU.",
    ],
)
def test_damages_or_a_contract_awarded_are_no_grant(text):
    assert not [fact for fact in facts_of(text) if fact.round_type == "Grant"]


@pytest.mark.parametrize(
    "text",
    [
        "Thrive Capital bought out Pelican Capital, an early backer of Tessera AI, for $40 million.",
        "In Tessera AI, Thrive Capital bought out Pelican Capital for $40 million.",
        "Thrive Capital has bought out Pelican Capital, one of the first investors in Tessera AI, for $40 million.",
    ],
)
def test_a_holder_bought_out_of_a_named_company_sells_its_stake_to_the_buyer(text):
    facts = facts_of(text)
    assert not of_kind(facts, "acquisition")
    stakes = {fact.investor: fact for fact in of_kind(facts, "investment")}
    assert {name: (f.company, f.round_type, f.amount) for name, f in stakes.items()} == {
        "Thrive Capital": ("Tessera AI", "Stake purchase", 40e6),
        "Pelican Capital": ("Tessera AI", "Stake sale", 40e6),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Thrive Capital bought out Pelican Capital for $40 million.",
        "Thrive Capital bought out Pelican Capital, a maker of chips, for $40 million.",
        "In March, Thrive Capital bought out Pelican Capital for $40 million.",
    ],
)
def test_a_firm_bought_out_with_no_company_it_backs_named_is_still_acquired(text):
    [deal] = of_kind(facts_of(text), "acquisition")
    assert (deal.company, deal.investor, deal.amount) == ("Pelican Capital", "Thrive Capital", 40e6)


def test_a_team_bought_out_is_no_stake():
    assert not of_kind(facts_of("Microsoft bought out Inflection's team for $650 million."), "investment")


@pytest.mark.parametrize(
    "text",
    [
        "Tessera AI raised $50 million in a Series B led by Accel, with participation from angels and other investors.",
        "Tessera AI raised $50 million. Accel led the round, with participation from Angels and Other Investors.",
        "Tessera AI raised $50 million from Accel, Business Angels and Existing Investors.",
        "Tessera AI raised $50 million from Accel and Undisclosed Investors.",
        "Tessera AI raised $50 million from Accel and Angel Investors.",
    ],
)
def test_words_for_unnamed_backers_in_an_article_list_name_no_investor(text):
    [round_] = of_kind(facts_of(text), "round")
    assert round_.investors == ["Accel"]


def test_a_syndicate_named_after_angels_is_still_an_investor():
    [round_] = of_kind(
        facts_of("Tessera AI raised $50 million from Accel and Paris Business Angels."), "round"
    )
    assert round_.investors == ["Accel", "Paris Business Angels"]


UNNAMED_DEALS = (
    "Company Name,Deal Date,Funding Stage,Deal Size (M),Deal Currency,All Investors,Lead Investor(s)\n"
    "Tessera AI,2026-03-02,Series B,50,USD,Accel; Angels; Other investors; Existing investors; "
    "Undisclosed investors; several angels,Accel\n"
)


def test_words_for_unnamed_backers_in_a_deal_file_cell_name_no_investor(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("deals.csv", UNNAMED_DEALS))
    assert "Accel (lead)" in run_ok(capsys, db, "show", "Tessera AI")
    for words in ("angels", "other investors", "existing investors", "undisclosed"):
        code, out, err = run(capsys, "--db", str(db), "search", words, "--json")
        assert json.loads(out)["results"] == [], words
        assert f"no company or investor matches '{words}'" in err
