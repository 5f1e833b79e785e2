"""Session 22 (fixQ8): a conditional part told after the round's type and lead, and running totals.

"raised $500 million in a Series C round led by Atlas Ventures, of which $100 million is conditional on
milestones" is one $500 million round (not itself conditional) with a $100 million conditional tranche, however
many words (a "funding round", a lead, "with Nvidia also participating") stand between the round and its part.
"""

from __future__ import annotations

from extract_helpers import facts_of, only

WAYVE = "Wayve raised $500 million in a Series C {words}, of which $100 million is conditional on milestones."


def test_a_conditional_part_after_the_rounds_type_and_lead_is_its_tranche_not_a_second_round():
    for words in (
        "round led by Atlas Ventures",
        "funding round led by Atlas Ventures",
        "led by Atlas Ventures, with Nvidia also participating",
    ):
        series_c = only(facts_of(WAYVE.format(words=words)), "round")
        assert (series_c.amount, series_c.round_type, series_c.status) == (500e6, "Series C", "announced"), (
            words
        )
        assert [(t.amount, t.condition) for t in series_c.tranches] == [
            (100e6, "conditional on milestones")
        ], words


def test_a_conditional_part_the_next_sentence_says_the_round_includes_is_its_tranche():
    text = (
        "Wayve raised $500 million in a Series C round led by Atlas Ventures. "
        "The round includes $300m that is conditional on milestones."
    )
    series_c = only(facts_of(text), "round")
    assert (series_c.amount, series_c.status) == (500e6, "announced")
    assert [(t.amount, t.condition) for t in series_c.tranches] == [(300e6, "conditional on milestones")]


def test_a_plain_part_the_next_sentence_says_the_round_includes_is_no_tranche():
    text = "Wayve raised $500 million in a Series C. The round includes $300m from Nvidia."
    series_c = next(fact for fact in facts_of(text) if fact.kind == "round" and fact.amount == 500e6)
    assert series_c.tranches == []


def _the_only_round(text: str, language: str = "en"):
    return only(facts_of(text, language), "round")


def test_a_running_total_in_a_relative_clause_leaves_the_new_round_raised():
    for text, language in (
        (
            "Zeta AI, which has raised $118 million so far, said on Tuesday it raised $40 million in a Series B "
            "led by Vantor Capital.",
            "en",
        ),
        (
            "Zeta AI, which has raised $118 million to date, has closed a $40 million Series B round led by "
            "Vantor Capital.",
            "en",
        ),
        (
            "Zeta AI, qui a déjà levé 118 millions de dollars, annonce une levée de 40 millions de dollars en "
            "série B menée par Vantor Capital.",
            "fr",
        ),
    ):
        series_b = _the_only_round(text, language)
        assert (series_b.amount, series_b.round_type, series_b.lead_investors) == (
            40e6,
            "Series B",
            ["Vantor Capital"],
        ), text
        assert series_b.status != "cumulative", text


def test_a_lifetime_total_raised_from_investors_including_is_cumulative():
    text = (
        "Nvidia has agreed to acquire Run:ai for about $700 million. "
        "Run:ai had raised $118 million from investors including Insight Partners and Tiger Global."
    )
    total = only(facts_of(text), "round")
    assert (total.amount, total.status) == (118e6, "cumulative")


def test_an_earlier_raise_in_a_relative_clause_keeps_no_type_or_lead_of_the_new_round():
    text = (
        "Zeta AI, which raised $10 million last year, said on Tuesday it raised $40 million in a Series B led by "
        "Vantor Capital."
    )
    earlier, series_b = sorted(
        (fact for fact in facts_of(text) if fact.kind == "round"), key=lambda fact: fact.amount
    )
    assert (earlier.amount, earlier.date, earlier.round_type, earlier.lead_investors) == (
        10e6,
        "2025",
        None,
        [],
    )
    assert (series_b.amount, series_b.round_type, series_b.lead_investors) == (
        40e6,
        "Series B",
        ["Vantor Capital"],
    )
