"""Wordings a tester (qa43) found misread (fixQ24): a quarter told of last year or this year is that year's
quarter, not the nearest one; "the last quarter of 2025" is its fourth; a company telling its revenue with
"said revenue reached"; secondary sales told by their sellers or as a tender offer a buyer leads."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.extract.dates import find_dates

STORY_DAY = "2026-03-12"


def _facts(text: str, language: str = "en"):
    return facts_of(text, language=language, published=STORY_DAY)


# -- #1 a quarter of last year is the previous year's, told after the quarter or before it --------------------


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Paris-based Ombrelle said its revenue reached $3 million in the third quarter of last year.", "en",
         "revenue"),
        ("La start-up parisienne Ombrelle a réalisé un chiffre d'affaires de 3 millions d'euros au troisième "
         "trimestre de l'an dernier.", "fr", "revenue"),
        ("Ombrelle raised $18 million in the third quarter of last year from Partech.", "en", "round"),
        ("Ombrelle raised $18 million in last year's third quarter from Partech.", "en", "round"),
    ],
)  # fmt: skip
def test_the_third_quarter_of_last_year_is_the_previous_year_s_third_quarter(text, language, kind):
    fact = only(_facts(text, language), kind)
    assert (fact.date, fact.date_precision) == ("2025-09", "month")


def test_q3_of_last_year_is_dated_like_the_third_quarter_of_last_year():
    mentions = find_dates(
        "Ombrelle said revenue reached $3 million in Q3 of last year.", dt.date(2026, 3, 12)
    )
    assert [(m.value, m.precision) for m in mentions] == [("2025-09", "month")]


def test_this_year_s_first_quarter_is_the_current_year_s():
    round_ = only(_facts("Ombrelle raised $18 million in this year's first quarter from Partech."), "round")
    assert (round_.date, round_.date_precision) == ("2026-03", "month")


def test_a_french_quarter_of_this_year_is_the_current_year_s():
    mentions = find_dates(
        "Ombrelle a levé 18 millions d'euros au premier trimestre de cette année.", dt.date(2026, 3, 12)
    )
    assert [(m.value, m.precision) for m in mentions] == [("2026-03", "month")]


# -- #8 the last quarter of a year named is its fourth ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La start-up Ombrelle a levé 18 millions d'euros au dernier trimestre 2025 auprès de Partech.",
            "fr",
        ),
        ("Ombrelle raised $18 million in the last quarter of 2025 from Partech.", "en"),
    ],
)
def test_the_last_quarter_of_a_named_year_is_dated_by_its_fourth_quarter(text, language):
    round_ = only(_facts(text, language), "round")
    assert (round_.date, round_.date_precision) == ("2025-12", "month")


def test_the_last_quarter_without_its_year_is_no_fourth_quarter():
    assert find_dates("Ombrelle raised $18 million in the last quarter.", dt.date(2026, 3, 12)) == []


# -- #8 a company telling its revenue without "its" or a place before its name --------------------------------


def test_a_company_that_said_revenue_reached_a_sum_has_that_revenue():
    revenue = only(_facts("Ombrelle said revenue reached $3 million in Q3 2025."), "revenue")
    assert (revenue.company, revenue.amount, revenue.date) == ("Ombrelle", 3e6, "2025-09")


def test_a_person_the_story_named_telling_revenue_stays_a_person():
    facts = _facts(
        "Ombrelle, a Paris-based startup, is led by chief executive Jane Smith. Smith said revenue reached $3 "
        "million last year."
    )
    assert only(facts, "revenue").company == "Ombrelle"


# -- #7 secondary sales: the valuation after a comma, sellers selling, a tender offer a buyer leads -----------


def test_a_secondary_share_sale_keeps_the_valuation_told_after_a_comma():
    facts = _facts(
        "Early employees of Velmont AI sold about $200 million of shares to Coatue in a secondary share sale, "
        "valuing the company at $3 billion."
    )
    assert (only(facts, "investment").investor, only(facts, "investment").round_type) == (
        "Coatue",
        "Stake purchase",
    )
    valuation = only(facts, "valuation")
    assert (valuation.company, valuation.amount) == ("Velmont AI", 3e9)


def test_existing_shareholders_selling_stock_to_a_fund_is_the_fund_s_stake_purchase():
    facts = _facts(
        "Velmont AI said existing shareholders sold $150 million of stock to General Catalyst; the company did "
        "not receive any proceeds."
    )
    purchase = only(facts, "investment")
    assert (purchase.company, purchase.investor, purchase.amount) == ("Velmont AI", "General Catalyst", 150e6)
    assert (purchase.round_type, purchase.status) == ("Stake purchase", "completed")
    assert not of_kind(facts, "round")


def test_a_tender_offer_led_by_a_fund_is_the_fund_s_announced_stake_purchase():
    facts = _facts(
        "Velmont AI is conducting a $500 million tender offer led by Thrive Capital that would let employees "
        "sell shares at a $4 billion valuation."
    )
    purchase = only(facts, "investment")
    assert (purchase.company, purchase.investor, purchase.amount) == ("Velmont AI", "Thrive Capital", 500e6)
    assert (purchase.round_type, purchase.status) == ("Stake purchase", "announced")
    assert only(facts, "valuation").amount == 4e9


def test_a_tender_offer_still_in_talks_is_a_stake_purchase_in_talks():
    facts = _facts("Velmont AI is in talks to hold a $500 million tender offer led by Thrive Capital.")
    purchase = only(facts, "investment")
    assert (purchase.investor, purchase.round_type, purchase.status) == (
        "Thrive Capital",
        "Stake purchase",
        "in_talks",
    )
