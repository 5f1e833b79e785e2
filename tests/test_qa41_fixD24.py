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


# -- #6 a sum split into equity and debt is the equity round -------------------------------------------------


def test_a_sum_comprising_equity_and_venture_debt_is_the_equity_round():
    raised = only(
        facts_of(
            "Berlin-based Tacora AI raised $60 million, comprising $45 million in equity led by Lightspeed and "
            "$15 million in venture debt from Silicon Valley Bank."
        ),
        "round",
    )
    assert (raised.company, raised.amount) == ("Tacora AI", 45e6)
    assert raised.lead_investors == raised.investors == ["Lightspeed Venture Partners"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tacora AI raised $60 million, including $45 million in equity and $15 million in venture debt.",
            "en",
        ),
        (
            "Tacora AI a levé 60 millions d'euros, dont 45 millions en fonds propres et 15 millions de dette.",
            "fr",
        ),
        (
            "Tacora AI raised €60 million: €45 million in equity from Partech and €15 million in bank loans.",
            "en",
        ),
    ],
)
def test_an_equity_part_told_with_a_debt_part_is_the_round(text, language):
    raised = only(facts_of(text, language), "round")
    assert (raised.company, raised.amount) == ("Tacora AI", 45e6), text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La start-up bordelaise Nérée lève 15 millions d'euros auprès d'Elaia et de Serena, dont 5 millions "
            "d'euros sous forme de dette bancaire.",
            "fr",
        ),
        (
            "Nérée lève 15 millions d'euros auprès d'Elaia et de Serena, dont 5 millions d'euros sous la forme "
            "d'un prêt bancaire.",
            "fr",
        ),
        (
            "Nérée raised €15 million from Elaia and Serena, including €5 million in the form of bank debt.",
            "en",
        ),
    ],
)
def test_a_part_in_the_form_of_debt_comes_off_the_round(text, language):
    raised = only(facts_of(text, language), "round")
    assert (raised.company, raised.amount, raised.investors) == ("Nérée", 10e6, ["Elaia", "Serena"]), text


def test_an_equity_part_whose_debt_does_not_add_up_leaves_the_round_whole():
    raised = only(
        facts_of(
            "Tacora AI raised $60 million, including $45 million in equity and $5 million in venture debt."
        ),
        "round",
    )
    assert raised.amount == 60e6
