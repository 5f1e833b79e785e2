"""A reviewer's findings (mend25c): new article rules dropped or invented money in ordinary wording. A
"reported" near a raise word is no earlier report unless the report's own object is the raise."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind

STORY_DAY = "2024-10-15"


@pytest.mark.parametrize(
    "text",
    [
        "Orca9 AI had reported strong revenue growth and raised $50 million from Quill Capital in March.",
        "After it had reported a profit, Orca9 AI raised $50 million from Quill Capital on Tuesday.",
        "As Bloomberg had reported last week, Orca9 AI raised $50 million led by Quill Capital.",
        "Despite initial reports of trouble, Orca9 AI closed a funding round of $50 million led by Quill Capital.",
        "Orca9 AI, which had earlier reported a loss, said it raised $50 million in a funding round led by Quill "
        "Capital.",
    ],
)
def test_a_report_word_near_a_raise_told_as_news_keeps_the_round(text):
    rounds = of_kind(facts_of(text, published=STORY_DAY), "round")
    assert [f.amount for f in rounds] == [5e7]


@pytest.mark.parametrize(
    "text",
    [
        "Orca9 AI raised fresh capital on Tuesday, selling shares worth $50 million to Quill Capital and Albion "
        "Growth.",
        "Orca9 AI is selling shares worth $50 million to Quill Capital in a new funding round.",
        "Orca9 AI sold shares worth $50 million to Quill Capital in its Series B.",
    ],
)
def test_a_company_selling_its_own_new_shares_raises_the_sum_and_sells_no_stake(text):
    facts = facts_of(text, published=STORY_DAY)
    assert [f for f in of_kind(facts, "investment") if f.investor == "Orca9 AI"] == []
    assert [(f.company, f.amount) for f in of_kind(facts, "round")] == [("Orca9 AI", 5e7)]


def test_a_report_of_a_much_smaller_earlier_raise_stays_its_own_round():
    text = (
        "In January, TechCrunch reported that Orca9 AI had raised $3 million from angel investors. On Tuesday "
        "Orca9 AI said it raised $50 million in a Series A led by Quill Capital."
    )
    rounds = of_kind(facts_of(text, published="2024-03-12"), "round")  # January: two months before
    assert sorted(f.amount for f in rounds) == [3e6, 5e7]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In 2021 Orca9 AI raised $20 million, two years after a first raise of $2 million.", "en"),
        ("En 2021, Orca9 IA a levé 20 millions d'euros, deux ans après une première levée de 2 millions d'euros.",
         "fr"),
    ],
)  # fmt: skip
def test_a_first_raise_years_after_is_counted_back_from_the_round_it_follows(text, language):
    rounds = of_kind(facts_of(text, language=language, published=STORY_DAY), "round")
    assert sorted((f.amount, f.date) for f in rounds) == [(2e6, "2019"), (2e7, "2021")]


def test_a_part_paid_upon_closing_makes_no_condition():
    text = (
        "Orca9 AI raised $90 million led by Quill Capital, with $30 million paid upon closing and $60 million "
        "in 2026."
    )
    rounds = of_kind(facts_of(text, published=STORY_DAY), "round")
    assert [(f.amount, f.status) for f in rounds] == [(9e7, "announced")]
    assert all(t.condition is None for f in rounds for t in f.tranches)


def test_a_raise_closed_after_long_negotiations_is_completed_not_in_talks():
    text = (
        "Au terme de longues négociations pour lever 20 millions d'euros, Orca9 IA a finalement bouclé son tour "
        "de table auprès de Quill Capital."
    )
    rounds = of_kind(facts_of(text, language="fr", published=STORY_DAY), "round")
    assert [(f.amount, f.status) for f in rounds] == [(2e7, "completed")]
