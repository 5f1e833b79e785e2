"""Four article readings a tester found wrong (qa31 F6, F8, F10, F14): a valuation priced on a dated round, a
valuation of a raise in talks, a "before / after" pair of valuations and a backer's conditional top-up told
beside the year of its partnership (val31). Each with the nearest right reading that must not change."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.models import IN_TALKS

PUBLISHED = "2025-02-20"


def _facts(text: str, language: str = "en"):
    return facts_of(text, language=language, published=PUBLISHED)


# F8 ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Codeium raised $150 million. In January 2024 it raised a $65 million Series B led by Kleiner Perkins "
            "at a $500 million valuation.",
            "en",
        ),
        (
            "Codeium a levé 150 M$. En janvier 2024, Codeium a levé 65 M$ en série B menée par Kleiner Perkins "
            "pour une valorisation de 500 M$.",
            "fr",
        ),
    ],
)
def test_a_valuation_priced_on_a_round_described_before_it_is_dated_as_that_round(text, language):
    facts = _facts(text, language)
    valuation = only(facts, "valuation")
    series_b = next(f for f in of_kind(facts, "round") if f.amount == 65_000_000)
    assert (valuation.amount, valuation.date) == (500_000_000, "2024-01")
    assert series_b.date == valuation.date


def test_a_valuation_priced_on_a_round_of_the_day_keeps_the_storys_day():
    valuation = only(
        _facts("Zeta raised $100 million in a Series B led by Index Ventures at a $1 billion valuation."),
        "valuation",
    )
    assert valuation.date == PUBLISHED


def test_a_valuation_right_after_a_dated_round_still_takes_its_date():
    valuation = only(_facts("In 2024, Zeta raised $100 million at an $18 billion valuation."), "valuation")
    assert valuation.date == "2024"


# F10 -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Codeium raised $150 million. Codeium is also in early talks to raise new funding at a valuation of up "
            "to $4 billion, one of the people said.",
            "en",
        ),
        (
            "Codeium a levé 150 M$. Codeium est en discussions pour lever des fonds sur la base d'une valorisation "
            "de 4 milliards de dollars.",
            "fr",
        ),
    ],
)
def test_the_valuation_of_a_raise_in_talks_with_no_sum_is_in_talks(text, language):
    valuation = only(_facts(text, language), "valuation")
    assert (valuation.amount, valuation.status) == (4_000_000_000, IN_TALKS)


def test_the_valuation_of_a_raise_made_stays_a_fact_beside_talks_of_more():
    valuation = only(
        _facts("Codeium, which raised $100 million at a $1 billion valuation, is in talks to raise more."),
        "valuation",
    )
    assert valuation.status is None


# F14 -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Aqemia lève 100 millions d'euros. Le tour valorise la société à 450 M€ avant l'opération (pré-money), "
            "soit 550 M€ après.",
            "fr",
        ),
        (
            "Aqemia raised $100 million. The round values it at $450 million before the money, or $550 million "
            "after.",
            "en",
        ),
    ],
)
def test_a_value_closed_by_a_bare_after_answering_a_pre_money_one_is_post_money(text, language):
    bases = {f.amount: f.basis for f in of_kind(_facts(text, language), "valuation")}
    assert bases == {450_000_000: "pre_money", 550_000_000: "post_money"}


def test_a_value_closed_by_a_bare_before_answering_a_post_money_one_is_pre_money():
    text = "Aqemia lève 100 millions d'euros. Le tour valorise la société à 550 M€ après l'opération, soit 450 M€ avant."
    bases = {f.amount: f.basis for f in of_kind(_facts(text, "fr"), "valuation")}
    assert bases == {550_000_000: "post_money", 450_000_000: "pre_money"}


def test_a_lone_valuation_told_without_a_basis_keeps_none():
    valuation = only(_facts("Aqemia raised $100 million. The round values it at $550 million."), "valuation")
    assert valuation.basis is None


# F6 ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Aqemia lève 100 millions d'euros. Sanofi, partenaire industriel d'Aqemia depuis 2023, pourrait investir "
            "jusqu'à 40 millions d'euros supplémentaires si certains jalons scientifiques sont atteints d'ici à 2026.",
            "fr",
        ),
        (
            "Aqemia raised $100 million. Sanofi, Aqemia's partner since 2023, could invest up to $40 million more if "
            "milestones are met.",
            "en",
        ),
    ],
)
def test_a_partners_top_up_on_milestones_is_conditional_not_its_total_since_the_partnership(text, language):
    investment = only(_facts(text, language), "investment")
    assert (investment.investor, investment.amount, investment.bound) == ("Sanofi", 40_000_000, "maximum")
    assert investment.status == "conditional"
    assert investment.date != "2023"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aqemia raised $100 million. Sanofi has invested $40 million in Aqemia since 2023.", "en"),
        (
            "Aqemia lève 100 millions d'euros. Sanofi, actionnaire depuis 2023, y a investi 40 millions d'euros au "
            "total.",
            "fr",
        ),
    ],
)
def test_money_invested_since_a_year_stays_a_running_total_from_that_year(text, language):
    investment = only(_facts(text, language), "investment")
    assert (investment.status, investment.date) == ("cumulative", "2023")
