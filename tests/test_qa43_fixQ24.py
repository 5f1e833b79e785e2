"""Quarters a tester (qa43) found misdated (fixQ24): a quarter told of last year or this year is that year's
quarter, not the nearest one; "the last quarter of 2025" is its fourth."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts_of, only

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
