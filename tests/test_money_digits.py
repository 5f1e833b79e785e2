"""Amounts keep up to four significant digits, alike in the command line and every screen."""

import pytest

from ai_deals.store.formatting import format_amount, short_number
from ai_deals.tui.formatting import money


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (116.6e9, "116.6B"),
        (102.5e6, "102.5M"),
        (13e9, "13B"),
        (4.5e6, "4.5M"),
        (1.25e9, "1.25B"),
        (110e9, "110B"),
        (1_234_567, "1.235M"),
    ],
)
def test_amount_keeps_four_significant_digits_without_trailing_zeros(value, shown):
    assert short_number(value) == shown


def test_openai_total_is_not_rounded_up_to_a_larger_sum():
    assert format_amount(116.6e9, "USD") == "$116.6B"
    assert money(116.6e9, "USD") == "$116.6B"


def test_french_amount_keeps_its_decimal():
    assert format_amount(102.5e6, "EUR") == "€102.5M"
    assert money(102.5e6, "EUR") == "€102.5M"


def test_amount_rounding_up_to_a_thousand_moves_to_the_next_scale():
    assert short_number(999_960) == "1M"
    assert short_number(999.96e9) == "1T"


@pytest.mark.parametrize("currency", ["USD", "EUR", "GBP", "JPY", "CHF", "CNY", "SEK"])
def test_screens_sign_every_currency_as_the_command_line_does(currency):
    assert money(5e9, currency) == format_amount(5e9, currency)


def test_a_yuan_amount_reads_with_its_sign_on_screens():
    assert money(5e9, "CNY") == "CN¥5B"
    assert money(13e9, "CNY", "minimum") == "≥ CN¥13B"
