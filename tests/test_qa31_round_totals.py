"""Sums that are no new round (qa31): a raise told "across two rounds" is the rounds' running total, a round's
size after an extension ("bringing its seed round to $41 million", « portant son amorçage à 41 millions ») is the
round grown, and a convertible note "which converted into the Series A" is that round's money: none is money
raised a second time."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind

TOTAL = "total_raised_to_date"


def _rounds(facts) -> list[tuple[str | None, float | None, str | None]]:
    return sorted((fact.company, fact.amount, fact.currency) for fact in of_kind(facts, "round"))


def _totals(facts) -> list[tuple[str | None, float | None, str | None]]:
    return [(fact.company, fact.amount, fact.currency) for fact in of_kind(facts, "metric") if fact.metric == TOTAL]


@pytest.mark.parametrize(
    ("text", "language", "total"),
    [
        (
            "World Labs said on Friday it had raised $230 million across two funding rounds, the most recent of "
            "which valued the company at more than $1 billion.",
            "en",
            ("World Labs", 230e6, "USD"),
        ),
        (
            "Tessl said on Thursday it had raised £98 million ($125 million) across two rounds to build its "
            "platform.",
            "en",
            ("Tessl", 98e6, "GBP"),
        ),
        ("Acme AI, which has now raised $80 million over three rounds, said revenue doubled.", "en",
         ("Acme AI", 80e6, "USD")),
        ("Acme AI said it raised $125 million in two separate rounds.", "en", ("Acme AI", 125e6, "USD")),
        ("La start-up Acme a levé 98 millions d'euros en deux tours de table.", "fr", ("Acme", 98e6, "EUR")),
    ],
)
def test_a_sum_raised_across_several_rounds_is_a_running_total_not_a_round(text, language, total):
    facts = facts_of(text, language)
    assert _rounds(facts) == [], [fact.model_dump(exclude_defaults=True) for fact in facts]
    assert _totals(facts) == [total]


def test_the_rounds_a_several_rounds_total_lists_are_still_rounds():
    facts = facts_of(
        "Acme AI has raised $50 million in two rounds: a $10 million seed led by Index Ventures and a $40 million "
        "Series A led by Sequoia Capital."
    )
    assert _rounds(facts) == [("Acme AI", 10e6, "USD"), ("Acme AI", 40e6, "USD")]


@pytest.mark.parametrize(
    ("text", "language", "rounds"),
    [
        (
            "Acme AI raised a $6 million extension in October, bringing its seed round to $41 million.",
            "en",
            [("Acme AI", 6e6, "USD")],
        ),
        (
            "Bioptimus avait levé 35 millions de dollars en amorçage en février 2024, puis une extension de 6 "
            "millions de dollars en octobre 2024, portant son amorçage à 41 millions de dollars.",
            "fr",
            [("Bioptimus", 6e6, "USD"), ("Bioptimus", 35e6, "USD")],
        ),
        (
            "Acme a levé 6 millions d'euros supplémentaires, portant sa série A à 41 millions d'euros.",
            "fr",
            [("Acme", 6e6, "EUR")],
        ),
    ],
)
def test_a_rounds_size_after_an_extension_is_not_another_round(text, language, rounds):
    facts = facts_of(text, language)
    assert _rounds(facts) == rounds, [fact.model_dump(exclude_defaults=True) for fact in facts]


def test_a_round_taken_to_its_new_size_by_an_extension_is_not_counted_again():
    # The extension's own "$6 million" is a round since ext32 (test_ext32_extensions_and_earlier_rounds.py).
    facts = facts_of(
        "Acme AI raised $35 million in February, and a $6 million extension in October took its seed round "
        "to $41 million."
    )
    assert 41e6 not in [fact.amount for fact in of_kind(facts, "round")]


@pytest.mark.parametrize(
    "text",
    [
        "Tessl had separately raised a $10 million convertible note from Crane Venture Partners earlier this year, "
        "which converted into the Series A.",
        "Acme AI raised a $10 million convertible note from Crane Venture Partners in March that was later "
        "converted into its Series A.",
    ],
)
def test_a_convertible_note_converted_into_a_round_is_not_counted_beside_it(text):
    assert _rounds(facts_of(text)) == []


def test_a_convertible_note_not_yet_converted_is_still_money_raised():
    facts = facts_of("Acme AI raised a $10 million convertible note from Crane Venture Partners in March.")
    assert _rounds(facts) == [("Acme AI", 10e6, "USD")]
