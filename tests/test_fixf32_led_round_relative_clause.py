"""Session 32 (fixf32): a valuation told of a round's lead in a relative clause is the lead's own.

qa32 gives the funded company the valuation told with "X led the round at a valuation of…". "Nvidia, which led
the round, is itself valued at $4 trillion" values Nvidia: the relative clause only says who it is, and the
valuation words are not in the clause telling the lead. (The French sentence's valuation still goes to the round's
company by an older rule, the latest round's backers; the relative-clause check is pinned on the helper itself.)
"""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, only

from ai_deals.importers.extract.facts import _led_the_round_valued


def test_valuation_of_a_lead_named_in_a_relative_clause_is_not_the_funded_companys():
    text = "Zorglab raised $40 million in a Series B. Nvidia, which led the round, is itself valued at $4 trillion."
    valuation = only(facts_of(text), "valuation")
    assert (valuation.company, valuation.amount) == ("Nvidia", 4e12)


@pytest.mark.parametrize(
    ("text", "sum_opening"),
    [
        ("Nvidia, qui a mené le tour, est elle-même valorisée 4 000 milliards de dollars.", "4 000"),
        ("Nvidia, which led the round, is itself valued at $4 trillion.", "$4"),
        ("Elaia led the round, and Lumio was valued at $90 million.", "$90"),
        ("Elaia led the round. Lumio was valued at $90 million.", "$90"),
    ],
)
def test_lead_told_outside_the_valuations_clause_does_not_value_the_round(text, sum_opening):
    assert _led_the_round_valued(text, text.index(sum_opening)) is None


def test_lead_told_with_an_aside_before_the_valuation_values_the_round():
    text = (
        "Elaia mène le tour, aux côtés de Bpifrance, sur une valorisation pré-money de 40 millions d'euros."
    )
    assert _led_the_round_valued(text, text.index("40")) is not None


def test_valuation_in_the_clause_telling_the_lead_is_still_the_funded_companys():
    text = "Zorglab raised $40 million in a Series B. Accel led the round at a valuation of $400 million."
    valuation = only(facts_of(text), "valuation")
    assert (valuation.company, valuation.amount) == ("Zorglab", 400e6)
