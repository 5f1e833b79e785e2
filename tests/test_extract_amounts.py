"""Amounts: every spelling the issue lists, bounds, ranges, and properties that hold for any input."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_deals.importers.extract.amounts import MAX_AMOUNT, parse_amounts, parse_number, parse_percentages


@pytest.mark.parametrize(
    ("text", "language", "value", "currency"),
    [
        ("110 milliards de dollars", "fr", 110e9, "USD"),
        ("84,7 milliards de francs", "fr", 84.7e9, "CHF"),
        ("1,7 milliard d'euros", "fr", 1.7e9, "EUR"),
        ("1,7 milliard d’euros", "fr", 1.7e9, "EUR"),
        ("1,7 Md€", "fr", 1.7e9, "EUR"),
        ("2,2 Md$", "fr", 2.2e9, "USD"),
        ("600 millions d'euros", "fr", 600e6, "EUR"),
        ("385 M€", "fr", 385e6, "EUR"),
        ("$4 billion", "en", 4e9, "USD"),
        ("US$4bn", "en", 4e9, "USD"),
        ("$6.6B", "en", 6.6e9, "USD"),
        ("€600m", "en", 600e6, "EUR"),
        ("1.3 billion euros", "en", 1.3e9, "EUR"),
        ("CHF 2 Mrd", "fr", 2e9, "CHF"),
        ("2,5 Mrd CHF", "fr", 2.5e9, "CHF"),
        ("15 millions de francs suisses", "fr", 15e6, "CHF"),
        ("£100m", "en", 100e6, "GBP"),
        ("$300,000,000", "en", 300e6, "USD"),
        ("1 000 000 euros", "fr", 1e6, "EUR"),
        ("$1.5 trillion", "en", 1.5e12, "USD"),
    ],
)
def test_amount_spellings(text, language, value, currency):
    (amount,) = parse_amounts(f"Elle a obtenu {text} hier.", language)
    assert amount.value == pytest.approx(value)
    assert amount.currency == currency
    assert f"Elle a obtenu {text} hier."[amount.span[0] : amount.span[1]] == text


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("environ 5 milliards de dollars", "approx"),
        ("about $5 billion", "approx"),
        ("plus de 5 milliards de dollars", "minimum"),
        ("more than $5 billion", "minimum"),
        ("pas moins de 5 milliards de dollars", "minimum"),
        ("at least $5 billion", "minimum"),
        ("un total supérieur à 5 milliards de dollars", "minimum"),
        ("jusqu'à 5 milliards de dollars", "maximum"),
        ("jusqu’à 5 Md$", "maximum"),
        ("up to $5 billion", "maximum"),
        ("5 milliards de dollars", "exact"),
    ],
)
def test_bounds_come_from_the_words_before(text, bound):
    (amount,) = parse_amounts(text, "en" if "$5" in text else "fr")
    assert amount.bound == bound
    assert amount.value == 5e9


@pytest.mark.parametrize(
    "text",
    [
        "entre 4 et 5 milliards de dollars",
        "between $4 billion and $5 billion",
        "$4bn-$5bn",
        "4 to 5 billion dollars",
        "de 4 à 5 milliards de dollars",
    ],
)
def test_ranges_become_one_amount(text):
    (amount,) = parse_amounts(text, "fr" if "milliards" in text else "en")
    assert (amount.value, amount.amount_max, amount.bound, amount.currency) == (4e9, 5e9, "range", "USD")


def test_bare_scaled_amount_takes_the_currency_written_before_it():
    amounts = parse_amounts("Amazon apporte 50 milliards de dollars et Nvidia 30 milliards.", "fr")
    assert [(a.value, a.currency, a.currency_implied) for a in amounts] == [
        (50e9, "USD", False),
        (30e9, "USD", True),
    ]


def test_parenthesised_equivalent_does_not_lend_its_currency():
    amounts = parse_amounts(
        "110 milliards de dollars (environ 84,7 milliards de francs), valorisé 730 milliards", "fr"
    )
    assert [a.currency for a in amounts] == ["USD", "CHF", "USD"]
    assert amounts[1].in_parentheses and amounts[1].bound == "approx"


def test_counted_quantities_carry_a_unit_not_a_currency():
    (amount,) = parse_amounts("plus de 900 millions d'utilisateurs hebdomadaires", "fr")
    assert (amount.value, amount.currency, amount.unit, amount.bound) == (900e6, None, "users", "minimum")


def test_years_and_plain_numbers_are_not_amounts():
    assert (
        parse_amounts("En 2025, 3 groupes et 12 salariés? Non: en 2025 ils étaient 40.", "fr")[0].unit
        == "employees"
    )
    assert parse_amounts("Depuis 2019 et jusqu'en 2029, rien.", "fr") == []


def test_a_short_scale_needs_a_sign_or_to_touch_the_number():
    assert parse_amounts("a 600 m road", "en") == []
    assert parse_amounts("a €600m loan", "en")[0].value == 600e6


def test_french_billion_is_a_million_million():
    assert parse_amounts("2 billions d'euros", "fr")[0].value == 2e12


def test_amounts_over_the_cap_are_rejected():
    assert parse_amounts("999 999 999 trillion dollars", "en") == []
    assert parse_amounts(f"{'9' * 400} dollars", "en") == []


def test_percentages_with_their_bound():
    (percent,) = parse_percentages("avec environ 11 % du capital")
    assert (percent.value, percent.bound) == (11.0, "approx")
    assert [p.value for p in parse_percentages("a 49% stake and 2.5 per cent")] == [49.0, 2.5]


def test_decimal_comma_and_thousands_by_language():
    assert parse_number("84,7") == 84.7
    assert parse_number("1,250", "fr", scaled=True) == 1.25
    assert parse_number("1,250", "en") == 1250
    assert parse_number("1 000 000") == 1e6


def test_garbled_grouping_keeps_only_its_tail():
    text = ",".join(["1"] * 10_000) + " millions d'euros"
    amounts = parse_amounts(text, "fr")
    assert len(amounts) == 1 and amounts[0].value == pytest.approx(1.1e6)
    assert text[amounts[0].span[0] : amounts[0].span[1]] == "1,1 millions d'euros"


def test_a_megabyte_line_finishes():
    line = ("OpenAI 1,2 Md$ plus de (environ " * 40_000)[:1_000_000]
    assert len(parse_amounts(line, "fr")) > 0


_pieces = st.sampled_from(
    [
        "1",
        "0",
        "9",
        ",",
        ".",
        " ",
        "\u00a0",
        "'",
        "milliards",
        "millions",
        "bn",
        "B",
        "m",
        "$",
        "€",
        "CHF",
        "US$",
        "de",
        "dollars",
        "euros",
        "plus de",
        "up to",
        "entre",
        "et",
        "to",
        "-",
        "(",
        ")",
        "%",
        "Md€",
        "x",
        "utilisateurs",
        "9" * 30,
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces, max_size=40).map("".join))
def test_amounts_are_always_finite_positive_and_capped(text):
    for amount in parse_amounts(text, "fr") + parse_amounts(text, "en"):
        assert math.isfinite(amount.value) and 0 <= amount.value <= MAX_AMOUNT
        assert amount.amount_max is None or amount.value <= amount.amount_max <= MAX_AMOUNT
        assert 0 <= amount.span[0] < amount.span[1] <= len(text)
        assert any(ch.isdigit() for ch in text[amount.span[0] : amount.span[1]])
        assert amount.bound in {"exact", "approx", "minimum", "maximum", "range"}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_parses_without_error(text):
    for amount in parse_amounts(text):
        assert math.isfinite(amount.value) and amount.value <= MAX_AMOUNT


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from([("milliards", 1e9), ("millions", 1e6)]),
)
def test_written_french_decimal_reads_back(whole, tenth, scale):
    word, factor = scale
    (amount,) = parse_amounts(f"{whole},{tenth} {word} d'euros", "fr")
    assert amount.value == pytest.approx((whole + tenth / 10) * factor)
    assert amount.currency == "EUR"


def test_a_round_count_of_millions_with_a_currency_is_an_approximate_amount():
    (amount,) = parse_amounts("Le rachat valoriserait la cible une trentaine de millions de francs.", "fr")
    assert (amount.value, amount.currency, amount.bound) == (30e6, "CHF", "approx")
    (amount,) = parse_amounts("Elle a réuni une centaine de milliards de dollars.", "fr")
    assert (amount.value, amount.currency) == (100e9, "USD")


def test_a_count_word_before_millions_is_not_a_small_count():
    assert parse_amounts("Le service touche une dizaine de millions de foyers.", "fr") == []
