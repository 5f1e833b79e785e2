"""A stake sold ("SoftBank said it sold its entire stake in Nvidia for $5.83 billion") is the seller's exit:
typed "Stake sale", never money raised by the company nor a round's part, told on the timeline as a sale,
on the seller's page as an exit, exported with its type (FollowTheMoney: an ownership that ended)."""

from __future__ import annotations

import json

import pytest
from cli_helpers import import_article, run_ok

from ai_deals.cli import main
from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.stake_purchases import mark_stakes_sold
from ai_deals.importers.models import Fact
from ai_deals.store.review import FactEdit

EXIT = """title: SoftBank sells entire Nvidia stake for $5.83 billion
date: 2025-11-11
publisher: Reuters
language: en

TOKYO, Nov 11 (Reuters) - SoftBank Group said on Tuesday it sold its entire stake in Nvidia for $5.83 billion \
in October, freeing cash for its investment in OpenAI.
"""


def sale_of(text: str, language: str = "en"):
    (stake,) = [
        fact
        for fact in parse_article(text, published="2025-11-11", language=language).facts
        if fact.kind == "investment"
    ]
    return stake


def stake_told(sentence: str, company: str, investor: str) -> Fact:
    """An announced stake of `investor` in `company` stated by `sentence`, as the extractor gives it."""
    return Fact(
        kind="investment",
        company=company,
        investor=investor,
        sentence=sentence,
        start=0,
        end=len(sentence),
        status="announced",
    )


def test_a_stake_sold_by_its_investor_is_a_completed_stake_sale():
    stake = sale_of(EXIT)
    assert (stake.investor, stake.company, stake.amount, stake.date) == (
        "SoftBank",
        "Nvidia",
        5.83e9,
        "2025-10",
    )
    assert (stake.round_type, stake.status) == ("Stake sale", "completed")


def test_an_english_stake_sold_in_the_past_tense_keeps_its_share():
    stake = sale_of(
        "Eurazeo has sold its 20% stake in Kappa Vision for €60 million, the firm said on Monday."
    )
    assert (stake.investor, stake.percentage, stake.round_type, stake.status) == (
        "Eurazeo",
        20,
        "Stake sale",
        "completed",
    )


def test_a_french_stake_sold_is_a_stake_sale():
    sentence = "Eurazeo a cédé l'intégralité de sa participation dans Kappa Vision pour 60 millions d'euros."
    stake = stake_told(sentence, "Kappa Vision", "Eurazeo")
    mark_stakes_sold([stake])
    assert (stake.round_type, stake.status) == ("Stake sale", "completed")


def test_a_company_selling_a_stake_to_an_investor_is_no_stake_sale():
    stake = stake_told("Kappa Vision sold a 10% stake to Eurazeo for €60 million.", "Kappa Vision", "Eurazeo")
    mark_stakes_sold([stake])
    assert stake.round_type is None


def test_a_stake_sold_is_no_money_raised_and_is_an_exit_on_the_sellers_page(capsys, tmp_path, monkeypatch):
    db = import_article(capsys, tmp_path, monkeypatch, EXIT)
    page = run_ok(capsys, db, "show", "Nvidia")
    assert "raised" not in page
    assert "Stake sale" in next(line for line in page.splitlines() if "SoftBank" in line and "$5.83B" in line)
    assert "raised" not in run_ok(capsys, db, "search", "Nvidia")
    seller = run_ok(capsys, db, "show", "SoftBank")
    assert "exit" in next(line for line in seller.splitlines() if "Nvidia" in line and "$5.83B" in line)


def test_a_stake_sold_reads_as_a_sale_on_the_timeline(capsys, tmp_path, monkeypatch):
    db = import_article(capsys, tmp_path, monkeypatch, EXIT)
    timeline = run_ok(capsys, db, "timeline", "--company", "Nvidia")
    assert (
        "SoftBank sells its stake in Nvidia ($5.83B, completed)" not in timeline
    )  # status words: only unraised
    assert "SoftBank sells its stake in Nvidia ($5.83B)" in timeline
    assert "invests" not in timeline


def test_a_stake_sold_is_exported_with_its_type_and_as_an_ended_ownership(capsys, tmp_path, monkeypatch):
    db = import_article(capsys, tmp_path, monkeypatch, EXIT)
    records = json.loads(run_ok(capsys, db, "export", "--format", "json", "--kind", "investment"))["records"]
    (row,) = [record for record in records if record["record_type"] == "stake"]
    assert (row["counterpart"], row["company"], row["round"]) == ("SoftBank", "Nvidia", "Stake sale")
    lines = run_ok(capsys, db, "export", "--format", "ftm").splitlines()
    (sale,) = [json.loads(line) for line in lines if '"stake' in line and "Ownership" in line]
    assert sale["properties"]["endDate"] == ["2025-10"]
    assert not [line for line in lines if "Payment" in line]


def test_a_stakes_worth_is_the_stakes_value_dated_by_its_year_not_a_valuation_of_its_holder():
    facts = parse_article(
        "SoftBank's Vision Fund had built a 4.9% stake in Nvidia worth about $4 billion in 2017 before selling it "
        "in early 2019.",
        published="2025-11-11",
    ).facts
    assert not [fact for fact in facts if fact.kind == "valuation"]
    (stake,) = [fact for fact in facts if fact.kind == "investment" and fact.round_type != "Stake sale"]
    assert (stake.investor, stake.company, stake.percentage, stake.amount, stake.bound, stake.date) == (
        "Vision Fund",
        "Nvidia",
        4.9,
        4e9,
        "approx",
        "2017",
    )
    assert (stake.round_type, stake.status) == ("Stake purchase", "completed")


def test_a_stake_edited_into_a_sale_leaves_its_round(fresh_store):
    text = (
        "Zorgly raised $100 million on Tuesday. SoftBank invested $20 million in Zorgly, the company said on "
        "Tuesday."
    )
    fresh_store.import_source(parse_article(text, title="Zorgly raises $100 million", published="2026-04-02"))
    zorgly = fresh_store.find_company("Zorgly")
    (stake,) = fresh_store.company(zorgly.id).investors
    assert stake.round_ids  # the day's round holds it
    undo = fresh_store.edit_fact(stake.ref, FactEdit(round_type="Stake sale"))
    (sold,) = fresh_store.company(zorgly.id).investors
    assert (sold.round_type, sold.round_ids) == ("Stake sale", [])
    fresh_store.undo_review(undo)
    (restored,) = fresh_store.company(zorgly.id).investors
    assert (restored.round_type, restored.round_ids) == (None, stake.round_ids)


def test_the_explorers_portfolio_row_of_a_stake_sold_says_exit_and_its_company_row_stake_sale(fresh_store):
    from ai_deals.tui.screens.company_rows import stake_row

    fresh_store.import_source(
        parse_article(EXIT.split("\n\n", 1)[1], title="SoftBank exit", published="2025-11-11")
    )
    (sold,) = fresh_store.company(fresh_store.find_company("SoftBank").id).portfolio

    def words(outgoing: bool) -> str:
        return " ".join(text for text, _, _ in stake_row(sold, outgoing=outgoing).pieces)

    assert "exit" in words(True) and "Stake sale" not in words(True)
    assert "Stake sale" in words(False)


def test_a_stake_sold_is_no_bar_of_the_sellers_investments_over_time(fresh_store):
    from ai_deals.tui.widgets.charts import investment_bars

    text = EXIT.split("\n\n", 1)[1] + " SoftBank also invested $2 billion in OpenAI in March 2025."
    fresh_store.import_source(parse_article(text, title="SoftBank exit", published="2025-11-11"))
    page = fresh_store.company(fresh_store.find_company("SoftBank").id)
    assert len(page.portfolio) == 2
    assert [bar.detail for bar in investment_bars(page)] == ["OpenAI"]


def test_a_stake_sold_is_an_exit_on_the_relationship_map(fresh_store):
    fresh_store.import_source(
        parse_article(EXIT.split("\n\n", 1)[1], title="SoftBank exit", published="2025-11-11")
    )
    (edge,) = fresh_store.relationship_map(fresh_store.find_company("Nvidia").id).edges
    assert (edge.kind, edge.label) == ("sells stake", "$5.83B · 2025")


def test_a_stake_sale_stays_one_after_an_export_round_trip(tmp_path):
    from test_export_same_pages import _round_trip_differences

    path = tmp_path / "exit.md"
    path.write_text(EXIT, encoding="utf-8")
    assert _round_trip_differences([path], tmp_path) == []


def test_an_export_by_investor_keeps_its_stake_sales_and_says_it_keeps_the_sellers_records(
    capsys, tmp_path, monkeypatch
):
    db = import_article(capsys, tmp_path, monkeypatch, EXIT)
    records = json.loads(run_ok(capsys, db, "export", "--format", "json", "--investor", "SoftBank"))[
        "records"
    ]
    assert [(r["company"], r["round"]) for r in records if r["record_type"] == "stake"] == [
        ("Nvidia", "Stake sale")
    ]
    with pytest.raises(SystemExit):
        main(["export", "-h"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "naming this investor as backer, buyer or seller" in help_text
    assert "puts money" not in help_text
