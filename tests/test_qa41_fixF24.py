"""Wire stories a tester (qa41) found misread (fixF24): a correction's right reading, a Reuters or AFP dateline's
day, "last week" and a quarter's dates, a valuation basis told in French or not told for a figure compared with,
and an annual recurring revenue next to a run-rate."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cli_helpers import import_deals, run
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.dates import find_dates

STORY_DAY = "2026-03-12"


def _facts(text: str, language: str = "en", published: str = STORY_DAY):
    return facts_of(text, language=language, published=published)


# -- #2a a correction giving the right reading of its earlier dispatch: that reading is the round -------------


def test_a_french_correction_s_right_reading_is_the_round_dated_by_the_corrected_dispatch():
    facts = parse_article(
        "CORRIGÉ - Dans une dépêche publiée le 12 mars, il fallait lire que la start-up zurichoise Lumença AI a "
        "levé 380 millions de francs, et non 350 millions de francs, lors de son tour de série C mené par Thrive "
        "Capital.",
        title="Lumença AI lève 380 millions de francs (CORRECTION)",
        published="2026-03-13",
        language="fr",
    ).facts
    round_ = only(facts, "round")
    assert (round_.company, round_.amount, round_.currency) == ("Lumença AI", 380e6, "CHF")
    assert (round_.lead_investors, round_.date) == (["Thrive Capital"], "2026-03-12")


def test_an_english_correction_s_right_reading_is_the_round_not_the_misstated_amount():
    facts = parse_article(
        "An earlier version of this story misstated the amount; Kestrava Robotics raised $85 million, not $75 "
        "million.",
        title="CORRECTION - Kestrava Robotics raises $85 million",
        published="2026-03-06",
        language="en",
    ).facts
    assert [(f.company, f.amount) for f in of_kind(facts, "round")] == [("Kestrava Robotics", 85e6)]


def test_an_earlier_version_that_incorrectly_said_a_figure_still_gives_no_fact():
    facts = _facts(
        "An earlier version of this article incorrectly said the company raised $250 million at a valuation of "
        "$1.8 billion."
    )
    assert not facts


# -- #2b a wire's dateline day dates the story's facts when the header gives another day ------------------------

REUTERS_CORRECTED = (
    "(Corrects amount raised in paragraph 1 to $85 million from $75 million)\n\n"
    "LONDON, March 5 (Reuters) - Kestrava Robotics, a London-based maker of warehouse robots, has raised $85 "
    "million at a pre-money valuation of $400 million, people familiar with the matter said."
)


def test_a_reuters_dateline_day_dates_a_story_refiled_the_next_day():
    source = parse_article(REUTERS_CORRECTED, published="2026-03-06", language="en")
    assert {(f.kind, f.date) for f in source.facts} == {("round", "2026-03-05"), ("valuation", "2026-03-05")}
    assert source.published == "2026-03-06"


def test_the_correction_note_line_gives_no_fact():
    source = parse_article(REUTERS_CORRECTED, published="2026-03-06", language="en")
    assert [f.amount for f in of_kind(source.facts, "round")] == [85e6]


def test_an_afp_dateline_day_in_french_dates_the_story_s_facts():
    facts = _facts(
        "PARIS, 5 mars (AFP) - La start-up parisienne Zorgly a levé 20 millions d'euros.", "fr", "2026-03-06"
    )
    assert only(facts, "round").date == "2026-03-05"


def test_a_dateline_far_from_the_publication_date_leaves_it_the_facts_day():
    facts = _facts("LONDON, January 5 (Reuters) - Zorgly has raised $85 million.", published="2026-03-06")
    assert only(facts, "round").date == "2026-03-06"


# -- #9 "last week" and a quarter without its year -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("London-based Faculty-X raised $40 million last week in a round led by Atomico.", "en"),
        ("La parisienne Dust a levé 40 millions de dollars la semaine dernière.", "fr"),
    ],
)
def test_a_round_raised_last_week_is_dated_the_month_of_that_week_not_the_story_s_day(text, language):
    round_ = only(_facts(text, language), "round")
    assert (round_.date, round_.date_precision) == ("2026-03", "month")


def test_last_week_across_a_month_end_is_the_month_holding_most_of_that_week():
    facts = _facts("London-based Faculty-X raised $40 million last week.", published="2026-03-03")
    assert only(facts, "round").date == "2026-02"


def test_revenue_in_the_fourth_quarter_told_in_march_is_the_previous_year_s_fourth_quarter():
    facts = _facts(
        "Paris-based Ombrelle said its revenue reached €4 million in the fourth quarter, and it expects €30 "
        "million in revenue in 2027."
    )
    revenue = only(facts, "revenue")
    assert (revenue.amount, revenue.date, revenue.date_precision) == (4e6, "2025-12", "month")


def test_a_quarter_with_its_year_is_dated_by_its_last_month():
    facts = _facts("Paris-based Ombrelle said its revenue reached €4 million in Q3 2025.")
    assert only(facts, "revenue").date == "2025-09"


def test_a_quarter_ahead_told_in_the_quarter_before_is_the_coming_one():
    mentions = find_dates(
        "Vontobel versera 60 millions de francs à la finalisation de la transaction, attendue au deuxième "
        "trimestre.",
        dt.date(2022, 3, 30),
    )
    assert [(m.value, m.precision) for m in mentions] == [("2022-06", "month")]


# -- #10 valuation basis: French words for pre- and post-money; none for a figure it is compared with -----------


def test_a_french_pre_monetary_valuation_is_pre_money():
    facts = _facts(
        "La start-up parisienne Ombrelle a levé 18 millions d'euros, sur la base d'une valorisation "
        "pré-monétaire de 72 millions d'euros.",
        "fr",
    )
    assert only(facts, "valuation").basis == "pre_money"


def test_a_french_post_monetary_valuation_is_post_money():
    facts = _facts(
        "La start-up zurichoise Lumença AI a levé 380 millions de francs. La valorisation post-monétaire est de "
        "2,1 milliards de francs.",
        "fr",
    )
    assert only(facts, "valuation").basis == "post_money"


def test_an_earlier_valuation_compared_with_a_pre_money_one_gets_no_basis():
    facts = _facts(
        "Kestrava Robotics has raised $75 million at a pre-money valuation of $400 million, down from the $1.1 "
        "billion it was valued at in 2024, people familiar with the matter said."
    )
    bases = {f.amount: f.basis for f in of_kind(facts, "valuation")}
    assert bases == {400e6: "pre_money", 1.1e9: None}


# -- #12 an annual recurring revenue is its own metric, apart from a run-rate ---------------------------------


def test_an_arr_told_next_to_a_run_rate_is_its_own_metric():
    facts = _facts(
        "Stability-Vision raised $25 million. The startup also said its annualised revenue run-rate hit $12 "
        "million, while ARR stood at $9 million."
    )
    assert [(f.amount, f.metric) for f in of_kind(facts, "revenue")] == [
        (12e6, "annualized_revenue_run_rate"),
        (9e6, "annual_recurring_revenue"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Kestrava Robotics raised $75 million. Kestrava had annual recurring revenue of $22 million at the end "
            "of 2025, it said.",
            "en",
        ),
        ("Zorgly raised $20 million. Its annualized recurring revenue reached $9 million.", "en"),
        (
            "Pigment lève 145 millions de dollars. Son chiffre d'affaires récurrent annuel atteint 100 millions "
            "de dollars.",
            "fr",
        ),
    ],
)
def test_annual_recurring_revenue_written_out_is_an_arr(text, language):
    assert only(_facts(text, language), "revenue").metric == "annual_recurring_revenue"


def test_kind_revenue_keeps_an_annual_recurring_revenue(capsys, tmp_path: Path):
    deals = (
        "kind,company,investors,amount,currency,date,round_type,metric\n"
        "metric,Zorgly,,9000000,USD,2024-06,,annual_recurring_revenue\n"
    )
    db = import_deals(capsys, tmp_path, deals)
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "json", "--kind", "revenue")
    assert code == 0, err
    records = [r for r in json.loads(out)["records"] if r["record_type"] != "company"]
    assert ("Zorgly", "annual_recurring_revenue") in {(r["company"], r["kind"]) for r in records}


def test_an_arr_and_a_run_rate_of_one_day_are_two_metrics_in_no_conflict(fresh_store):
    fresh_store.import_source(
        parse_article(
            "Stability-Vision raised $25 million. The startup also said its annualised revenue run-rate hit $12 "
            "million, while ARR stood at $9 million.",
            title="Stability-Vision",
            published=STORY_DAY,
            language="en",
        )
    )
    page = fresh_store.company(fresh_store.find_company("Stability-Vision").id)
    assert sorted(m.metric for m in page.metrics if m.metric != "valuation") == [
        "annual_recurring_revenue",
        "annualized_revenue_run_rate",
    ]
    assert not page.conflicts
