"""Rivals and debt parts misread (tester qa43 #2, #3): a raise told in a relative clause after "a rival of X" /
« concurrente de X qui … » is the rival's own round, not the subject's; a debt part set off by commas leaves the
round told after it its lead."""

from __future__ import annotations

import pytest
from extract_helpers import company_named, facts_of, of_kind, only

# -- #2 a rival's raise told in a relative clause after the rival's name ----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ombrelle, concurrente de Mistral AI qui a levé 1,7 milliard d'euros en septembre, lève 20 millions "
            "d'euros auprès de Partech.",
            "fr",
        ),
        (
            "Ombrelle, a rival of Mistral AI, which raised €1.7 billion in September, raised €20 million from "
            "Partech.",
            "en",
        ),
    ],
)
def test_a_raise_told_in_a_relative_after_a_rival_of_x_is_the_rivals_own_round(text, language):
    rounds = of_kind(facts_of(text, language, published="2026-03-12"), "round")
    assert [(r.company, r.amount, r.currency, r.date, r.investors) for r in rounds] == [
        ("Mistral AI", 1.7e9, "EUR", "2025-09", []),
        ("Ombrelle", 20e6, "EUR", "2026-03-12", ["Partech"]),
    ], text


def test_a_rivale_de_x_apposition_leaves_both_rounds():
    text = "Ombrelle, rivale de Poolside, qui a levé 500 millions de dollars l'an dernier, lève 20 millions d'euros."
    rounds = of_kind(facts_of(text, "fr", published="2026-03-12"), "round")
    assert [(r.company, r.amount, r.currency, r.date) for r in rounds] == [
        ("Poolside", 500e6, "USD", "2025"),
        ("Ombrelle", 20e6, "EUR", "2026-03-12"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ombrelle, concurrente de Mistral AI qui a levé 1,7 milliard d'euros en septembre, lève 20 millions "
            "d'euros auprès de Partech.",
            "fr",
        ),
        (
            "Ombrelle, a rival of Mistral AI, which raised €1.7 billion in September, raised €20 million from "
            "Partech.",
            "en",
        ),
    ],
)
def test_being_another_companys_rival_is_no_description(text, language):
    assert company_named(text, "Ombrelle", language).description is None, text


# -- #3 a debt part set off by commas leaves the round told after it its lead --------------------------------


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        (
            "Ombrelle raised $30 million, including $10 million of debt from HSBC, in a round led by Partech.",
            "en",
            "USD",
        ),
        (
            "Ombrelle a levé 30 millions d'euros, dont 10 millions d'euros de prêt de la BEI, lors d'un tour mené "
            "par Partech.",
            "fr",
            "EUR",
        ),
    ],
)
def test_the_round_after_a_debt_part_keeps_its_lead_and_the_lender_is_no_investor(text, language, currency):
    raised = only(facts_of(text, language), "round")
    assert (raised.company, raised.amount, raised.currency) == ("Ombrelle", 20e6, currency), text
    assert raised.investors == raised.lead_investors == ["Partech"], text


def test_a_rivals_raise_a_week_before_the_story_is_dated_the_week_before_not_the_story_day():
    text = "Ombrelle raised €20 million from Partech, a week after its rival Poolside raised $500 million."
    rounds = of_kind(facts_of(text, published="2026-03-12"), "round")
    assert [(r.company, r.amount, r.date) for r in rounds] == [
        ("Ombrelle", 20e6, "2026-03-12"),
        ("Poolside", 500e6, "2026-03"),
    ]
