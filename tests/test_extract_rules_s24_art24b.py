"""Wire stories the article importer still misread (art24b): a conditional debt part of a round, a total told by a
participle after a round, an executive named by a feminine or joined role, and a running total told "so far"."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, only

STORY_DAY = "2026-03-12"
WIRE_EN = "WASHINGTON, 2026-03-12 (Reuters) - "
WIRE_FR = "PARIS, 2026-03-12 (AFP) - "


def _facts(text: str, language: str = "en"):
    return facts_of(text, language=language, published=STORY_DAY)


# -- a condition told of a debt part is the debt's: the equity round stays as raised ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Zorgly raised $60 million in a Series B led by Accel, including $20 million of venture debt conditional "
        "on milestones.",
        "Zorgly raised $60 million in a Series B led by Accel, of which $20 million is venture debt contingent on "
        "revenue targets.",
        "Zorgly raised $60 million in a Series B led by Accel, including $20 million in venture debt that is "
        "conditional on milestones.",
    ],
)
def test_a_conditional_debt_part_comes_off_the_round_and_leaves_it_unconditional(text):
    round_ = only(_facts(WIRE_EN + text), "round")
    assert (round_.company, round_.amount, round_.lead_investors) == ("Zorgly", 40e6, ["Accel"])
    assert (round_.status, round_.condition, round_.tranches) == ("announced", None, [])


def test_a_condition_of_the_whole_round_still_makes_it_conditional_beside_a_debt_part():
    round_ = only(
        _facts(
            WIRE_EN
            + "Zorgly raised $60 million in a Series B led by Accel, conditional on milestones, including "
            "$20 million of venture debt."
        ),
        "round",
    )
    assert (round_.amount, round_.status) == (40e6, "conditional")


def test_a_conditional_equity_part_is_still_the_round_s_tranche():
    round_ = only(
        _facts(
            WIRE_EN
            + "Zorgly raised $60 million in a Series B led by Accel, of which $25 million is paid upfront "
            "and $35 million is conditional."
        ),
        "round",
    )
    assert [t.amount for t in round_.tranches] == [25e6, 35e6]
