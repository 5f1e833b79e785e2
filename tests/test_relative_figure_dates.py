"""Figures dated no more precisely than the text dates them.

- "after taking a 10% stake for $300 million earlier that year": the year the sentence named before
  (year precision), never the month of that earlier date.
- "portant son investissement total à 8 milliards de dollars": a total an investor has put in, as the
  story tells it on its day, is "as of" that day, never "since" it (the total holds earlier stakes);
  a total the text counts from a date ("since 2019") still says "since".
"""

from __future__ import annotations

from cli_helpers import import_article, import_deals, run_ok  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, of_kind

GOOGLE = (
    "Google invested $2 billion in Anthropic in October 2023, after taking a 10% stake for $300 million "
    "earlier that year."
)
AMAZON_TOTAL = """---
title: Amazon porte à 8 milliards de dollars son investissement dans Anthropic
date: 2024-11-22
language: fr
---

Amazon va investir 4 milliards de dollars supplémentaires dans Anthropic, portant son investissement total à 8 milliards de dollars, a annoncé vendredi la start-up.
"""


def _dates(text: str, language: str = "en", published: str = "2024-03-27") -> dict[float, tuple]:
    facts = of_kind(facts_of(text, language, published), "investment")
    return {fact.amount: (fact.date, fact.date_precision) for fact in facts}


def test_a_stake_taken_earlier_that_year_is_dated_to_that_year_only():
    dates = _dates(GOOGLE)
    assert dates[300e6] == ("2023", "year")
    assert dates[2e9] == ("2023-10", "month")


def test_a_stake_taken_plus_tot_cette_annee_la_is_dated_to_that_year_only():
    text = (
        "Google a investi 2 milliards de dollars dans Anthropic en octobre 2023, après avoir pris 10 % du "
        "capital pour 300 millions de dollars plus tôt cette année-là."
    )
    assert _dates(text, "fr")[300e6] == ("2023", "year")


def test_that_year_without_a_year_before_it_is_not_the_story_year():
    """ "that year" refers to a year another sentence named: it is not read as the story's own year."""
    dates = _dates("Google took a 10% stake in Anthropic for $300 million later that year.")
    assert dates[300e6][0] != "2024"


def test_an_investors_total_on_the_storys_day_is_as_of_that_day(capsys, tmp_path, monkeypatch):
    db = import_article(capsys, tmp_path, monkeypatch, AMAZON_TOTAL)
    shown = run_ok(capsys, db, "show", "Anthropic")
    assert "Amazon: $8B in total as of 2024-11-22 (not added to money raised)" in shown
    assert "since 2024-11-22" not in shown
    timeline = run_ok(capsys, db, "timeline", "--company", "Anthropic")
    assert "Amazon has invested $8B in total as of 2024-11-22 in Anthropic" in timeline
    assert "since 2024-11-22" not in timeline


def test_a_total_counted_from_a_year_still_says_since(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    deals = "company,investors,amount,currency,date,status,bound\nCumu,InvA,13000000000,USD,2019,cumulative,minimum\n"
    db = import_deals(capsys, tmp_path, deals)
    assert "InvA: ≥$13B in total since 2019 (not added to money raised)" in run_ok(capsys, db, "show", "Cumu")
    assert "InvA has invested ≥$13B in total since 2019 in Cumu" in run_ok(capsys, db, "timeline")
