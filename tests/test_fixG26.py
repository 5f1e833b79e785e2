"""Tester qa49's article readings: hires "supplémentaires" count people, a one-word backer after "with" is kept
without a lead, and a partnership is dated by its story, not by the raise a relative clause recalls."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, only

STORY_DAY = "2026-11-27"


# -- #1 hires said "supplémentaires", "more" or "additional" count people -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Quantia, qui emploie 140 personnes, prévoit d'en recruter 50 supplémentaires d'ici 2027.", "fr"),
        ("Quantia, qui emploie 140 personnes, prévoit d'en recruter 50 de plus d'ici 2027.", "fr"),
        ("Quantia, which employs 140 people, plans to hire 50 more by 2027.", "en"),
        ("Quantia, which employs 140 people, plans to hire 50 additional by 2027.", "en"),
    ],
)
def test_hires_supplementaires_or_more_count_people_hired(sentence, language):
    opening = "Quantia a levé 5 millions d'euros." if language == "fr" else "Quantia raised €5 million."
    hires = only(facts_of(f"{opening} {sentence}", language=language, published=STORY_DAY), "projection")
    assert (hires.metric, hires.amount, hires.unit, hires.date) == ("new_hires", 50, "employees", "2027")


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        ("La société compte 140 salariés. Elle prévoit d'en recruter 50 supplémentaires d'ici 2027.", "fr"),
        (
            "La société compte 140 salariés. Elle prévoit d'en embaucher 50 de plus d'ici à la fin de 2027.",
            "fr",
        ),
        ("The company has 140 staff. It plans to hire 50 more by 2027.", "en"),
    ],
)
def test_hires_added_to_a_staff_told_in_an_earlier_sentence_count_people_hired(sentences, language):
    opening = "Quantia a levé 5 millions d'euros." if language == "fr" else "Quantia raised €5 million."
    hires = only(facts_of(f"{opening} {sentences}", language=language, published=STORY_DAY), "projection")
    assert (hires.metric, hires.amount, hires.unit, hires.date) == ("new_hires", 50, "employees", "2027")


# -- #3 a partnership is not dated by the raise a "which" / « qui » clause recalls --------------------------------


@pytest.mark.parametrize(
    ("text", "language", "description"),
    [
        (
            "Heliade, which landed €120 million last week, has signed a deal with Airbus.",
            "en",
            "Heliade has signed a deal with Airbus.",
        ),
        (
            "Héliade, qui a bouclé une levée de 120 millions d'euros la semaine dernière, signe un partenariat "
            "avec Airbus.",
            "fr",
            "Héliade signe un partenariat avec Airbus.",
        ),
    ],
)
def test_a_partnership_is_not_dated_by_the_raise_a_which_clause_recalls(text, language, description):
    partnership = only(facts_of(text, language=language, published=STORY_DAY), "partnership")
    assert (partnership.partner, partnership.date) == ("Airbus", STORY_DAY)
    assert partnership.description == description


# -- #2 a backer named right after a round's "with" / « avec » is kept with no lead told ----------------------------


@pytest.mark.parametrize(
    ("text", "language", "investors"),
    [
        ("Acme AI raised $5 million in a seed round with Plural.", "en", ["Plural"]),
        ("Acme AI raised $5 million in a seed round with Plural participating.", "en", ["Plural"]),
        ("Acme AI raised $5 million in a seed round with Index Ventures.", "en", ["Index Ventures"]),
        ("Acme IA a levé 5 millions d'euros en amorçage avec Plural.", "fr", ["Plural"]),
    ],
)
def test_a_backer_named_right_after_a_round_s_with_is_kept_without_a_lead(text, language, investors):
    round_ = only(facts_of(text, language=language, published=STORY_DAY), "round")
    assert (round_.investors, round_.lead_investors) == (investors, [])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Acme AI raised $5 million in a seed round with the help of Index Ventures.", "en"),
        ("Acme AI raised $5 million in a seed round, with plans to open an office in Berlin.", "en"),
        ("Acme AI raised $5 million in a seed round, with a valuation of $50 million.", "en"),
        ("Acme AI raised $5 million in a seed round with revenue of $1 million.", "en"),
        ("Acme AI raised $5 million to deepen its partnership with Airbus.", "en"),
        ("Acme IA a levé 5 millions d'euros en amorçage avec l'aide de Bpifrance.", "fr"),
    ],
)
def test_what_follows_with_is_no_backer_unless_a_name_comes_right_after_a_round(text, language):
    round_ = only(facts_of(text, language=language, published=STORY_DAY), "round")
    assert round_.investors == []
