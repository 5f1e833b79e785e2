"""Fixes from a reviewer's findings: a company's round read as a fund it closed, a grant's giver read from a
person or a law, and the deal-file look-up of the knowledge file matching more than the article reader."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        ("Kestrel Motors raised $50 million for a new vehicle, the company said.", []),
        ("Kestrel Robotics closes the $30 million vehicle financing led by Sequoia.", ["Sequoia Capital"]),
        ("Kestrel AI raised $20 million for a new fund of funds investment strategy.", []),
    ],
)
def test_a_companys_round_for_a_vehicle_or_a_strategy_is_no_fund_closed(text, investors):
    facts = facts_of(text)
    [round_] = of_kind(facts, "round")
    assert (round_.company, round_.investors) == (text.split(" raised")[0].split(" closes")[0], investors)
    assert not of_kind(facts, "metric")


def test_a_companys_round_led_by_backers_is_never_replaced_by_a_fund_figure():
    facts = facts_of("Kestrel Motors raised $50 million for its new fund led by Sequoia.")
    [round_] = of_kind(facts, "round")
    assert (round_.company, round_.lead_investors, round_.amount) == (
        "Kestrel Motors",
        ["Sequoia Capital"],
        50e6,
    )
    assert not of_kind(facts, "metric")


def test_an_investment_vehicle_an_investor_raised_is_its_fund_figure():
    facts = facts_of("Éclair Ventures raised $300 million for its new investment vehicle.")
    assert not of_kind(facts, "round")
    [closed] = of_kind(facts, "metric")
    assert (closed.company, closed.metric, closed.amount) == ("Éclair Ventures", "fund_closed", 300e6)


@pytest.mark.parametrize(
    "text",
    [
        "Commissioner Ursula Schmidt awarded Kestrel AI a €5 million grant.",
        "Minister Clara Chappaz awarded Kestrel AI a €5 million grant.",
        "Energy Secretary Jennifer Granholm awarded Kestrel AI a $5 million grant.",
        "Kestrel AI received a $2 million grant by way of the CHIPS Act.",
    ],
)
def test_a_person_or_a_law_is_never_a_grants_giver(text):
    [grant] = of_kind(facts_of(text), "round")
    assert (grant.company, grant.round_type, grant.investors) == ("Kestrel AI", "Grant", [])


def test_a_body_still_gives_its_grant():
    [grant] = of_kind(
        facts_of("The European Innovation Council awarded Kestrel AI a €5 million grant."), "round"
    )
    assert grant.investors == ["European Innovation Council"]
