"""Rounds misread (tester qa41 #4, #5, #6): "since its founding" told of something else than the sum is no
running total; a round told in a "whose rival …" relative clause is the rival's, the main clause's the subject's;
a sum split into equity and debt is the equity round."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind, only

# -- #4 "since its founding" makes a running total only of the sum it governs -----------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soutenue par Bpifrance depuis sa création, la start-up lilloise Ombrelle a levé 18 millions d'euros "
            "auprès de Partech.",
            "fr",
        ),
        (
            "Backed by Bpifrance since its founding in 2021, Lille-based startup Ombrelle raised €18 million from "
            "Partech.",
            "en",
        ),
        ("Profitable since inception, Ombrelle raised €18 million from Partech.", "en"),
        ("Ombrelle a levé 18 millions d'euros auprès de Partech, qui la soutient depuis sa création.", "fr"),
        ("Ombrelle raised €18 million from Partech, its backer since its founding.", "en"),
    ],
)
def test_since_its_founding_told_of_something_else_leaves_a_new_round(text, language):
    facts = facts_of(text, language)
    assert not of_kind(facts, "metric"), text
    raised = only(facts, "round")
    assert (raised.company, raised.amount, raised.investors) == ("Ombrelle", 18e6, ["Partech"]), text
    assert raised.status != "cumulative", text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ombrelle a levé 18 millions d'euros depuis sa création.", "fr"),
        ("Depuis sa création, Ombrelle a levé 18 millions d'euros.", "fr"),
        ("Since its founding in 2021, Ombrelle has raised €18 million.", "en"),
        ("Ombrelle has raised €18 million since its founding.", "en"),
        ("Ombrelle has raised €18 million since inception.", "en"),
    ],
)
def test_since_its_founding_governing_the_sum_is_still_the_total_raised(text, language):
    facts = facts_of(text, language)
    assert not of_kind(facts, "round"), text
    total = only(facts, "metric")
    assert (total.company, total.amount, total.metric) == ("Ombrelle", 18e6, "total_raised_to_date"), text


# -- #5 a rival's round in a "whose"/"dont" relative clause --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La start-up Ombrelle, dont le concurrent Poolside a levé 500 millions de dollars l'an dernier, a "
            "bouclé une levée de 18 millions d'euros.",
            "fr",
        ),
        ("Ombrelle, whose rival Poolside raised $500 million last year, closed an €18 million round.", "en"),
    ],
)
def test_a_round_after_a_whose_rival_relative_is_the_subjects(text, language):
    rounds = of_kind(facts_of(text, language, published="2026-03-12"), "round")
    assert [(r.company, r.amount, r.currency, r.date) for r in rounds] == [
        ("Poolside", 500e6, "USD", "2025"),
        ("Ombrelle", 18e6, "EUR", "2026-03-12"),
    ], text


def test_the_new_rounds_backers_stay_off_the_rivals_round_in_the_relative():
    text = "Ombrelle, whose rival Poolside raised $500 million last year, raised €18 million from Partech."
    rounds = {r.company: r for r in of_kind(facts_of(text), "round")}
    assert (rounds["Poolside"].investors, rounds["Ombrelle"].investors) == ([], ["Partech"])
