"""A round's valuation named in the clause telling who led it is the funded company's, never the lead's
("Elaia led the round at a pre-money valuation of €40 million"): the lead is a backer, as one that
"participated" is (qa32)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, only

VEYLIS_FR = (
    "Veylis lève 12,5 millions d'euros\n\n"
    "La medtech lyonnaise Veylis, qui développe une intelligence artificielle d'aide à la lecture des IRM, lève "
    "12,5 millions d'euros en amorçage. Elaia mène le tour, aux côtés de Bpifrance, de Partech et de plusieurs "
    "business angels, sur une valorisation pré-money de 40 millions d'euros."
)
VEYLIS_EN = (
    "Veylis raises €12.5 million\n\n"
    "Veylis, a Lyon startup building AI to read heart scans, has raised €12.5 million in seed funding. Elaia "
    "led the round at a pre-money valuation of €40 million."
)


@pytest.mark.parametrize(("text", "language"), [(VEYLIS_FR, "fr"), (VEYLIS_EN, "en")], ids=["fr", "en"])
def test_the_valuation_told_with_the_rounds_lead_is_the_funded_companys(text, language):
    valuation = only(facts_of(text, language), "valuation")
    assert (valuation.company, valuation.amount, valuation.basis) == ("Veylis", 40_000_000, "pre_money")
