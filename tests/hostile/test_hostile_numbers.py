"""Hostile numbers in articles: a sane amount or no fact, never infinity, NaN, zero, a negative or an overflow.

The limit is documented in importers/extract/amounts.py: amounts above 10^15 are no fact.
"""

from __future__ import annotations

import math

import pytest

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.amounts import MAX_AMOUNT


def amounts(sentence: str) -> list[float]:
    return [fact.amount for fact in parse_article(sentence, published="2026-02-27").facts if fact.amount]


@pytest.mark.parametrize(
    "sentence",
    [
        "OpenAI lève 1e309 dollars.",
        "OpenAI lève NaN milliards de dollars.",
        "OpenAI lève inf milliards de dollars.",
        "OpenAI raises $Infinity billion.",
        "OpenAI lève -5 milliards de dollars.",
        "OpenAI lève −5 milliards de dollars.",
        "OpenAI lève 0 dollar.",
        "OpenAI raises $0 from Amazon.",
        "OpenAI lève 110 milliards de milliards de dollars.",
        "OpenAI raises $999999999999999999999999 billion.",
        "OpenAI raises $9,999,999 trillion.",
    ],
)
def test_absurd_numbers_give_no_fact(sentence):
    assert amounts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("OpenAI lève ９００ millions de dollars.", 900e6),
        ("OpenAI raises $1_000_000 from Amazon.", 1e6),
        ("Kivu lève 1'234'567 francs auprès de Swisscom.", 1_234_567),
        ("Kivu lève 1\u00a0234\u00a0567 euros auprès de Bpifrance.", 1_234_567),
        ("Kivu lève 1\u202f234\u202f567 euros auprès de Bpifrance.", 1_234_567),
        ("Kivu raises 1,234,567 dollars from Index.", 1_234_567),
    ],
)
def test_grouped_and_full_width_numbers_read_as_their_value(sentence, value):
    assert amounts(sentence) == [value]


def test_every_amount_is_finite_positive_and_under_the_cap():
    text = " ".join(
        f"OpenAI lève {n} milliards de dollars."
        for n in ("1e309", "NaN", "-1", "0", "999999999", "5", "84,7")
    )
    for value in amounts(text):
        assert math.isfinite(value) and 0 < value <= MAX_AMOUNT
