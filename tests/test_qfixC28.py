"""What tester qa52 (a journalist on "circular" AI financing) found (qfixC28): every figure of a sentence that holds
several is kept, each traced to its sentence."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind

STORY_DAY = "2026-01-15"

# -- #1 several figures in one sentence: two dated past investments and the share held today ---------------------

HISTORY_FR = (
    "Microsoft, qui a investi 1 milliard de dollars dans OpenAI en 2019, puis 10 milliards de dollars en janvier "
    "2023, détient désormais environ 27% de l'entité commerciale du créateur de ChatGPT."
)
HISTORY_EN = (
    "Microsoft, which invested $1 billion in OpenAI in 2019 and then $10 billion in January 2023, now owns about "
    "27% of OpenAI."
)


@pytest.mark.parametrize(("text", "language"), [(HISTORY_FR, "fr"), (HISTORY_EN, "en")])
def test_two_dated_past_sums_of_one_backer_are_two_investments_and_the_share_held_now_a_stake(text, language):
    stakes = of_kind(facts_of(text, language, STORY_DAY), "investment")
    found = [(f.investor, f.company, f.amount, f.date, f.percentage) for f in stakes]
    assert found == [
        ("Microsoft", "OpenAI", 1e9, "2019", None),
        ("Microsoft", "OpenAI", 10e9, "2023-01", None),
        ("Microsoft", "OpenAI", None, STORY_DAY, 27.0),
    ]


def test_a_plans_tranches_in_one_year_stay_tranches_of_one_investment():
    text = "SoftBank will invest $30 billion in OpenAI: $10 billion in April and $20 billion in December."
    investment = of_kind(facts_of(text, "en", "2025-03-31"), "investment")
    assert [(f.amount, len(f.tranches)) for f in investment] == [(30e9, 2)]
