"""Stake sales and a stake's worth in other wordings and in French (tester qa39): a stake sold is a "Stake sale"
whatever words tell it, a stake's worth is the stake's value (never a valuation of its holder nor money raised),
a stake held with its worth is a "Stake held", and a stake raised for a price is shares bought at the new share."""

from __future__ import annotations

import json

import pytest
from cli_helpers import import_article, run_ok

from ai_deals.importers.article import parse_article
from ai_deals.importers.models import Fact


def facts_of(sentence: str, language: str = "en") -> list[Fact]:
    return parse_article(sentence, published="2025-11-11", language=language).facts


def stake_of(sentence: str, language: str = "en") -> Fact:
    facts = facts_of(sentence, language)
    assert not [fact for fact in facts if fact.kind in ("valuation", "projection", "round")]
    (stake,) = [fact for fact in facts if fact.kind == "investment"]
    return stake


@pytest.mark.parametrize(
    ("sentence", "language", "seller", "company", "amount"),
    [
        (
            "SoftBank Group a annoncé mardi avoir cédé l'intégralité de sa participation dans Nvidia pour 5,83 "
            "milliards de dollars en octobre.",
            "fr",
            "SoftBank",
            "Nvidia",
            5.83e9,
        ),
        (
            "SoftBank Group a cédé mardi l'intégralité de sa participation dans Nvidia pour 5,83 milliards de "
            "dollars en octobre.",
            "fr",
            "SoftBank",
            "Nvidia",
            5.83e9,
        ),
        (
            "SoftBank Group a annoncé avoir vendu sa participation dans Nvidia pour 5,83 milliards de dollars.",
            "fr",
            "SoftBank",
            "Nvidia",
            5.83e9,
        ),
        (
            "Eurazeo a indiqué jeudi avoir vendu la totalité de sa participation dans Mistral AI pour 60 "
            "millions d'euros.",
            "fr",
            "Eurazeo",
            "Mistral AI",
            60e6,
        ),
        (
            "SoftBank Group said on Tuesday it had sold all of its Nvidia shares for $5.83 billion.",
            "en",
            "SoftBank",
            "Nvidia",
            5.83e9,
        ),
        ("SoftBank offloaded its Nvidia shares for $5.83 billion.", "en", "SoftBank", "Nvidia", 5.83e9),
        (
            "SoftBank Group said on Tuesday it had sold all of its shares in Nvidia for $5.83 billion.",
            "en",
            "SoftBank",
            "Nvidia",
            5.83e9,
        ),
        ("Tencent sold its shares in Mistral AI for $70 million.", "en", "Tencent", "Mistral AI", 70e6),
        (
            "Tiger Global sold its entire Databricks stake for $40 million.",
            "en",
            "Tiger Global",
            "Databricks",
            40e6,
        ),
    ],
)
def test_a_stake_sold_in_other_wordings_is_a_completed_stake_sale(
    sentence, language, seller, company, amount
):
    stake = stake_of(sentence, language)
    assert (stake.investor, stake.company, stake.amount) == (seller, company, amount)
    assert (stake.round_type, stake.status) == ("Stake sale", "completed")


@pytest.mark.parametrize(
    ("sentence", "holder", "company", "share", "amount", "date"),
    [
        (
            "Le Vision Fund de SoftBank avait constitué en 2017 une participation de 4,9% dans Nvidia, valorisée "
            "environ 4 milliards de dollars, avant de la revendre début 2019.",
            "SoftBank",
            "Nvidia",
            4.9,
            4e9,
            "2017",
        ),
        (
            "Eurazeo avait constitué en 2020 une participation de 12% dans Mistral AI, valorisée environ 50 "
            "millions d'euros.",
            "Eurazeo",
            "Mistral AI",
            12,
            50e6,
            "2020",
        ),
    ],
)
def test_a_french_stake_built_with_its_worth_is_a_stake_purchase_of_its_year(
    sentence, holder, company, share, amount, date
):
    facts = facts_of(sentence, "fr")
    assert not [fact for fact in facts if fact.kind in ("valuation", "projection", "round")]
    (stake,) = [fact for fact in facts if fact.kind == "investment" and fact.round_type != "Stake sale"]
    assert (stake.investor, stake.company, stake.percentage, stake.amount, stake.date) == (
        holder,
        company,
        share,
        amount,
        date,
    )
    assert (stake.round_type, stake.status) == ("Stake purchase", "completed")


@pytest.mark.parametrize(
    ("sentence", "language", "holder", "company", "share", "amount"),
    [
        ("Google holds a 10% stake in Anthropic valued at $3 billion.", "en", "Google", "Anthropic", 10, 3e9),
        ("Amazon owns a 15% stake in Zorgly valued at $600 million.", "en", "Amazon", "Zorgly", 15, 600e6),
        (
            "Microsoft owns a 49% stake in OpenAI, worth about $130 billion at the latest valuation.",
            "en",
            "Microsoft",
            "OpenAI",
            49,
            130e9,
        ),
        (
            "Google détient 14% d'Anthropic, une participation estimée à 3 milliards de dollars.",
            "fr",
            "Google",
            "Anthropic",
            14,
            3e9,
        ),
        (
            "Bpifrance détient 20% de Mistral AI, une participation valorisée à 40 millions d'euros.",
            "fr",
            "Bpifrance",
            "Mistral AI",
            20,
            40e6,
        ),
    ],
)
def test_a_stake_held_with_its_worth_is_a_stake_held_not_a_valuation_of_its_holder(
    sentence, language, holder, company, share, amount
):
    stake = stake_of(sentence, language)
    assert (stake.investor, stake.company, stake.percentage, stake.amount) == (holder, company, share, amount)
    assert stake.round_type == "Stake held"


def test_a_stake_held_with_its_worth_is_no_money_raised_by_its_company(capsys, tmp_path, monkeypatch):
    article = "title: t101\ndate: 2025-11-11\nlanguage: en\n\nGoogle holds a 10% stake in Anthropic valued at $3 billion.\n"
    db = import_article(capsys, tmp_path, monkeypatch, article)
    page = run_ok(capsys, db, "show", "Anthropic")
    assert "$3B" in page
    assert "raised" not in page
    timeline = run_ok(capsys, db, "timeline", "--company", "Anthropic")
    assert "Google holds a 10% stake in Anthropic ($3B)" in timeline
    assert "invests" not in timeline


@pytest.mark.parametrize(
    ("sentence", "language", "holder", "company", "share", "amount"),
    [
        (
            "SoftBank raised its stake in Arm to 90% from 75%, paying $8 billion for the additional shares.",
            "en",
            "SoftBank",
            "Arm",
            90,
            8e9,
        ),
        (
            "Tencent increased its stake in Zorgly to 30% from 20%, paying $120 million for the shares.",
            "en",
            "Tencent",
            "Zorgly",
            30,
            120e6,
        ),
        (
            "SoftBank a porté sa participation dans Arm de 75% à 90% pour 8 milliards de dollars.",
            "fr",
            "SoftBank",
            "Arm",
            90,
            8e9,
        ),
    ],
)
def test_a_stake_raised_for_a_price_is_shares_bought_at_the_new_share(
    sentence, language, holder, company, share, amount
):
    stake = stake_of(sentence, language)
    assert (stake.investor, stake.company, stake.percentage, stake.amount) == (holder, company, share, amount)
    assert (stake.round_type, stake.status) == ("Stake purchase", "completed")


@pytest.mark.parametrize(
    ("sentence", "language", "seller", "buyer", "company"),
    [
        (
            "Tiger Global sold its 5% stake in Zorgly to General Catalyst for $40 million.",
            "en",
            "Tiger Global",
            "General Catalyst",
            "Zorgly",
        ),
        (
            "Eurazeo a cédé sa participation dans Mistral AI à Bpifrance pour 60 millions d'euros.",
            "fr",
            "Eurazeo",
            "Bpifrance",
            "Mistral AI",
        ),
    ],
)
def test_a_stake_sold_to_a_named_buyer_is_also_the_buyers_stake_purchase(
    sentence, language, seller, buyer, company
):
    stakes = {fact.investor: fact for fact in facts_of(sentence, language) if fact.kind == "investment"}
    assert set(stakes) == {seller, buyer}
    assert stakes[seller].round_type == "Stake sale"
    assert (stakes[buyer].company, stakes[buyer].round_type) == (company, "Stake purchase")
    assert stakes[buyer].amount == stakes[seller].amount


def test_a_stake_sold_to_its_buyer_is_an_exit_and_a_purchase_but_no_money_raised(
    capsys, tmp_path, monkeypatch
):
    article = (
        "title: Tiger Global exits Zorgly\ndate: 2025-11-11\nlanguage: en\n\n"
        "Tiger Global sold its 5% stake in Zorgly to General Catalyst for $40 million.\n"
    )
    db = import_article(capsys, tmp_path, monkeypatch, article)
    page = run_ok(capsys, db, "show", "Zorgly")
    assert "raised" not in page
    assert "General Catalyst" in page and "Tiger Global" in page
    assert "exit" in run_ok(capsys, db, "show", "Tiger Global")


@pytest.mark.parametrize(
    ("sentence", "language", "holder", "company", "bought", "sold"),
    [
        (
            "SoftBank's Vision Fund had built a 4.9% stake in Nvidia worth about $4 billion in 2017 before selling "
            "it in early 2019.",
            "en",
            "Vision Fund",
            "Nvidia",
            "2017",
            "2019",
        ),
        (
            "Eurazeo avait constitué en 2020 une participation de 12% dans Mistral AI, valorisée environ 50 "
            "millions d'euros, avant de la revendre en 2023.",
            "fr",
            "Eurazeo",
            "Mistral AI",
            "2020",
            "2023",
        ),
    ],
)
def test_a_stake_built_then_sold_later_is_a_purchase_and_a_sale_each_of_its_year(
    sentence, language, holder, company, bought, sold
):
    stakes = {fact.round_type: fact for fact in facts_of(sentence, language) if fact.kind == "investment"}
    assert set(stakes) == {"Stake purchase", "Stake sale"}
    purchase, sale = stakes["Stake purchase"], stakes["Stake sale"]
    assert (purchase.investor, purchase.company, purchase.date) == (holder, company, bought)
    assert (sale.investor, sale.company, sale.date, sale.amount, sale.status) == (
        holder,
        company,
        sold,
        None,
        "completed",
    )
    assert sale.percentage == purchase.percentage


def test_money_invested_while_raising_a_stake_is_no_stake_purchase():
    stake = stake_of("Nvidia invested $250 million in Helixgrid, raising its stake to about 7%.")
    assert (stake.investor, stake.company, stake.amount, stake.percentage) == (
        "Nvidia",
        "Helixgrid",
        250e6,
        7,
    )
    assert stake.round_type is None


def test_a_stake_held_with_its_worth_is_no_bar_of_the_holders_investments_over_time(fresh_store):
    from ai_deals.tui.widgets.charts import investment_bars

    text = (
        "Google holds a 10% stake in Anthropic valued at $3 billion. Google also invested $2 billion in "
        "Mistral AI in March 2025."
    )
    fresh_store.import_source(parse_article(text, title="Google stakes", published="2025-11-11"))
    page = fresh_store.company(fresh_store.find_company("Google").id)
    assert len(page.portfolio) == 2
    assert [bar.detail for bar in investment_bars(page)] == ["Mistral AI"]


def test_a_stake_held_with_its_worth_is_exported_as_an_ownership_as_of_its_date_and_no_payment(
    capsys, tmp_path, monkeypatch
):
    article = "title: t102\ndate: 2025-11-11\nlanguage: en\n\nMicrosoft owns a 49% stake in OpenAI, worth about $130 billion at the latest valuation.\n"
    db = import_article(capsys, tmp_path, monkeypatch, article)
    lines = run_ok(capsys, db, "export", "--format", "ftm").splitlines()
    (held,) = [json.loads(line) for line in lines if '"stake' in line and "Ownership" in line]
    assert held["properties"]["date"] == ["2025-11-11"]
    assert (held["properties"]["sharesValue"], held["properties"]["percentage"]) == (["130000000000"], ["49"])
    assert "startDate" not in held["properties"]
    assert not [line for line in lines if "Payment" in line]


def test_a_stake_held_with_its_worth_is_held_on_the_relationship_map(fresh_store):
    text = "Google holds a 10% stake in Anthropic valued at $3 billion."
    fresh_store.import_source(parse_article(text, title="Google stake", published="2025-11-11"))
    (edge,) = fresh_store.relationship_map(fresh_store.find_company("Anthropic").id).edges
    assert (edge.kind, edge.label) == ("holds stake", "$3B · 10% · 2025")
