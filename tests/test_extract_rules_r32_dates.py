"""Round 32: a figure compared with an older one keeps today's date; the older one is dated back.

"up from X a year ago" dates only X; a figure a sentence says is today's ("now employs") takes no year
from another clause; "a year earlier" counts back from neither a founding year nor another clause's year.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind

PUBLISHED = "2026-03-02"


def _by_amount(facts, kind):
    return {fact.amount: fact.date for fact in of_kind(facts, kind)}


def test_up_from_a_year_ago_dates_only_the_older_figure():
    text = (
        "Kelpline, a seaweed packaging startup, raised $8 million in a Series A led by Atomico. "
        "Its annual recurring revenue has climbed to $6 million, up from $2 million a year ago."
    )
    dates = _by_amount(facts_of(text, published=PUBLISHED), "revenue")
    assert dates == {6_000_000: PUBLISHED, 2_000_000: "2025-03"}


def test_up_from_a_spelled_count_a_year_ago_leaves_the_present_count_undated_back():
    text = (
        "Kelpline, a seaweed packaging startup, raised $8 million in a Series A led by Atomico. "
        "Its trays are now sold in 40 supermarkets, up from a handful a year ago."
    )
    metric = next(f for f in of_kind(facts_of(text, published=PUBLISHED), "metric") if f.amount == 40)
    assert metric.date == PUBLISHED


def test_headcount_said_to_be_now_takes_no_year_of_another_clause():
    text = (
        "Kelpline, a seaweed packaging startup, raised $8 million in a Series A led by Atomico. "
        "Sales rose to $5 million last year from $1 million in 2024, and the startup now employs 120 people, "
        "up from 45 a year earlier."
    )
    dates = _by_amount(facts_of(text, published=PUBLISHED), "metric")
    assert dates == {120: PUBLISHED, 45: "2025"}


def test_a_year_earlier_does_not_count_back_from_the_founding_year():
    text = (
        "Kelpline, a seaweed packaging startup, raised $8 million in a Series A led by Atomico. "
        "Kelpline, founded in 2021 by two marine biologists, has annual recurring revenue of $9 million, "
        "up from $4 million a year earlier."
    )
    dates = _by_amount(facts_of(text, published=PUBLISHED), "revenue")
    assert dates[4_000_000] == "2025"


def test_a_year_of_another_figure_does_not_date_a_count():
    text = (
        "Kelpline, a seaweed packaging startup, raised $8 million in a Series A led by Atomico. "
        "Its trays are stocked by 300 grocers, and it shipped about 2 million trays last year."
    )
    metric = next(f for f in of_kind(facts_of(text, published=PUBLISHED), "metric") if f.amount == 300)
    assert metric.date == PUBLISHED
