"""A date an article writes with a year no date has (outside 1900-2100, as header and deal-file dates
are refused): the fact it dates stays undated, never of a guessed year nor of the story's day (qa45 #3)."""

from __future__ import annotations

import datetime as dt

import pytest

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.dates import find_dates, names_unusable_date

PUBLISHED = "2024-01-01"


@pytest.mark.parametrize(
    "sentence",
    [
        "Zeta AI said on March 3, 2150 it raised $20 million in a Series A round led by Vantor Capital.",
        "Zeta AI said on 3 March 2150 it raised $20 million in a Series A round led by Vantor Capital.",
        "Zeta AI said in 2150 it raised $20 million in a Series A round led by Vantor Capital.",
        "In 1850, Zeta AI raised $20 million in a Series A round led by Vantor Capital.",
        "In March 2150, Zeta AI raised $20 million in a Series A round led by Vantor Capital.",
    ],
)
def test_a_fact_dated_with_an_impossible_year_stays_undated(sentence):
    source = parse_article(sentence, title="Fut", published=PUBLISHED)
    rounds = [fact for fact in source.facts if fact.kind == "round"]
    assert [(fact.company, fact.amount) for fact in rounds] == [("Zeta AI", 20e6)]
    assert rounds[0].date is None, "neither 2023-03-03 (a guessed year) nor the story's day"


def test_a_month_and_day_with_an_impossible_year_is_no_date_of_a_guessed_year():
    assert find_dates("Zeta AI said on March 3, 2150 it raised $20 million.", dt.date(2024, 1, 1)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Zeta AI operates in 2500 cities and raised $2 million on March 3.",
        "On March 3, 2500 people signed up and Zeta AI raised $2 million.",
        "Users rose from 1000 to 2000 after Zeta AI raised $2 million.",
        "Zeta AI raised $2 million in 1990.",
        "Barclays, founded in 1690, invested $5 million in Zeta AI.",
        "Zeta AI, a client of the bank since 1850, raised $5 million.",
    ],
)
def test_counts_and_years_in_range_are_no_impossible_date(sentence):
    assert not names_unusable_date(sentence)


def test_an_impossible_year_in_another_sentence_leaves_the_others_dated():
    text = (
        "In 1850, Beta AI raised $5 million from Old Fund. "
        "Zeta AI raised $20 million in a Series A round led by Vantor Capital."
    )
    source = parse_article(text, title="Fut", published=PUBLISHED)
    dates = {fact.company: fact.date for fact in source.facts if fact.kind == "round"}
    assert dates == {"Beta AI": None, "Zeta AI": PUBLISHED}


def test_a_founding_year_out_of_range_leaves_the_fact_of_the_story_day():
    source = parse_article(
        "Barclays, founded in 1690, invested $5 million in Zeta AI.", title="Fut", published=PUBLISHED
    )
    assert [(fact.investor, fact.date) for fact in source.facts] == [("Barclays", PUBLISHED)]
