"""Dates resolved against the publication date: weekdays, months, years with their role."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ai_deals.importers.extract.dates import find_dates, find_inline_date, resolve_weekday

FRIDAY = dt.date(2026, 2, 27)


def test_weekday_is_the_most_recent_on_or_before_publication():
    assert resolve_weekday(4, FRIDAY) == FRIDAY
    assert resolve_weekday(0, FRIDAY) == dt.date(2026, 2, 23)
    assert resolve_weekday(5, FRIDAY) == dt.date(2026, 2, 21)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)), st.integers(0, 6))
def test_resolved_weekday_is_that_day_within_the_past_week(published, weekday):
    day = resolve_weekday(weekday, published)
    assert day.weekday() == weekday and 0 <= (published - day).days < 7


@pytest.mark.parametrize(
    ("sentence", "value", "precision", "role"),
    [
        ("OpenAI a annoncé vendredi une levée", "2026-02-27", "day", "point"),
        ("Anthropic said on Monday it raised", "2026-02-23", "day", "point"),
        ("versés en avril", "2025-04", "month", "point"),
        ("paid in December", "2025-12", "month", "point"),
        ("in February", "2026-02", "month", "point"),
        ("seront versés en avril", "2026-04", "month", "point"),
        ("will be paid in December", "2026-12", "month", "point"),
        ("in July last year", "2025-07", "month", "point"),
        ("en septembre de l'an dernier", "2025-09", "month", "point"),
        ("last year", "2025", "year", "point"),
        ("l'an dernier", "2025", "year", "point"),
        ("l'an passé", "2025", "year", "point"),
        ("this year", "2026", "year", "point"),
        ("cette année", "2026", "year", "point"),
        ("next year", "2027", "year", "point"),
        ("a year ago", "2025-02", "month", "point"),
        ("en avril dernier", "2025-04", "month", "point"),
        ("last March", "2025-03", "month", "point"),
        ("dès 2016 avec un accord", "2016", "year", "since"),
        ("Depuis 2019, le groupe", "2019", "year", "since"),
        ("since 2019", "2019", "year", "since"),
        ("d'ici 2029", "2029", "year", "until"),
        ("by 2029", "2029", "year", "until"),
        ("through 2029", "2029", "year", "until"),
        ("en 2025", "2025", "year", "point"),
        ("in fiscal 2025", "2025", "year", "point"),
        ("le 3 mars 2025", "2025-03-03", "day", "point"),
        ("on March 3, 2025", "2025-03-03", "day", "point"),
        ("hier", "2026-02-26", "day", "point"),
    ],
)
def test_dates_in_sentences(sentence, value, precision, role):
    (date,) = find_dates(sentence, FRIDAY)
    assert (date.value, date.precision, date.role) == (value, precision, role)


def test_a_month_without_year_is_the_latest_one_on_or_before_publication():
    (date,) = find_dates("It raised $9M in December.", dt.date(2026, 1, 14))
    assert date.value == "2025-12"


def test_amount_digits_are_not_years():
    assert find_dates("2025 milliards de dollars et 2026 %", FRIDAY) == []


def test_may_as_a_verb_is_not_a_month():
    assert find_dates("the deal may close soon", FRIDAY) == []


def test_inline_date_marker_of_the_seed():
    assert find_inline_date(" date 2026-02-27 La start-up") == ("2026-02-27", (0, 17))
    assert find_inline_date("La start-up date 2026-02-27") is None
    assert find_inline_date(" date 2026-02-31 x") is None


def test_a_long_line_of_dates_finishes():
    assert len(find_dates("vendredi 2019 en avril, " * 20_000, FRIDAY)) == 60_000


@pytest.mark.parametrize(
    "sentence",
    [
        "Kirameki, founded last year by veterans of Toshiba, said Toyota had invested 10 billion yen.",
        "Kirameki, fondée l'an dernier par d'anciens ingénieurs, a levé 20 millions d'euros.",
    ],
)
def test_a_company_founded_last_year_dates_its_founding_not_the_sentence(sentence):
    (mention,) = find_dates(sentence, dt.date(2021, 10, 27))
    assert (mention.value, mention.role) == ("2020", "founded")


def test_a_fiscal_year_close_does_not_make_later_months_of_the_sentence_past():
    sentence = "Revenue was £2m in the year to March, and it will open a plant in June."
    assert [(m.value, m.role) for m in find_dates(sentence, dt.date(2025, 9, 1))] == [
        ("2025-03", "fiscal"),
        ("2026-06", "point"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value"), [("In 2024's first half it raised $5m.", "2024"), ("from 2023's level", "2023")]
)
def test_a_year_with_a_possessive_is_a_year_not_a_decade(sentence, value):
    assert [m.value for m in find_dates(sentence, dt.date(2025, 9, 1))] == [value]


def test_a_decade_is_no_year():
    assert find_dates("in the 1990s and the 1980's", dt.date(2025, 9, 1)) == []
