"""Two sums told as money that are not new money (fixm33): the worth of the stake an investment just bought
("Nvidia invested $500 million in Korvane, giving it a 10% stake worth $600 million": one stake, $500M invested, not
"raised $1.1B"), and the size a round reaches after a sum added to it ("Vesperal adds $15 million to its Series B,
bringing it to $60 million": one extension of $15M, not a second $60M round)."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, run_ok
from extract_helpers import facts_of, of_kind


def _dump(facts) -> list[dict]:
    return [fact.model_dump(exclude_defaults=True, exclude={"sentence", "evidence"}) for fact in facts]


def _headline(page: str) -> str:
    """The lines of a `show` page above its first table: the name, its description and what it raised."""
    return page.split("┏", 1)[0]


@pytest.mark.parametrize(
    ("sentence", "language", "share"),
    [
        ("Nvidia invested $500 million in Korvane, giving it a 10% stake worth $600 million.", "en", 10.0),
        (
            "Nvidia invested $500 million in Korvane, giving it a 10% stake worth about $600 million.",
            "en",
            10.0,
        ),
        ("Nvidia invested $500 million in Korvane, which gives it a stake worth $600 million.", "en", None),
        ("Nvidia invested $500 million in Korvane, valuing its stake at $600 million.", "en", None),
        (
            "Nvidia a investi 500 millions de dollars dans Korvane, lui donnant une participation de 10 % valorisée "
            "600 millions de dollars.",
            "fr",
            10.0,
        ),
    ],
    ids=["giving-it", "giving-it-about", "which-gives-it", "valuing-its-stake", "lui-donnant"],
)
def test_the_worth_of_the_stake_an_investment_bought_is_not_a_second_stake(sentence, language, share):
    facts = facts_of(sentence, language)
    stakes = of_kind(facts, "investment")
    assert [(f.investor, f.company, f.amount, f.currency) for f in stakes] == [
        ("Nvidia", "Korvane", 500e6, "USD")
    ], _dump(facts)
    assert all(f.amount != 600e6 for f in facts), _dump(facts)
    assert stakes[0].percentage == share, _dump(facts)


@pytest.mark.parametrize(
    ("sentence", "language", "currency"),
    [
        ("Vesperal adds $15 million to its Series B, bringing it to $60 million.", "en", "USD"),
        ("Vesperal adds $15 million to its Series B, bringing the round to $60 million.", "en", "USD"),
        ("Vesperal adds $15 million to its Series B, bringing the total to $60 million.", "en", "USD"),
        ("Vesperal added $15 million to its Series B round, taking it to $60 million.", "en", "USD"),
        ("Vesperal adds $15 million to its Series B, for a total of $60 million.", "en", "USD"),
        ("Vesperal ajoute 15 millions d'euros à ce tour, pour un total de 60 millions d'euros.", "fr", "EUR"),
        (
            "Vesperal ajoute 15 millions d'euros à ce tour, désormais porté à 60 millions d'euros.",
            "fr",
            "EUR",
        ),
    ],
    ids=[
        "bringing-it",
        "bringing-the-round",
        "bringing-the-total",
        "taking-it",
        "for-a-total",
        "pour-un-total",
        "porte-a",
    ],
)
def test_the_size_a_round_reaches_after_a_sum_added_is_not_raised_again(sentence, language, currency):
    facts = facts_of(sentence, language)
    rounds = of_kind(facts, "round")
    assert [(f.company, f.amount, f.currency, f.status) for f in rounds] == [
        ("Vesperal", 15e6, currency, "announced")
    ], _dump(facts)
    assert all(f.amount != 60e6 for f in facts), _dump(facts)


def test_a_running_total_told_after_a_sum_added_to_a_round_stays_a_total_to_date():
    # "its total raised" is the company's funding to date, not the round's new size: kept as that figure.
    facts = facts_of("Vesperal adds $15 million to its Series B, bringing its total raised to $100 million.")
    assert [(f.kind, f.amount) for f in facts] == [("round", 15e6), ("metric", 100e6)], _dump(facts)


KORVANE = (
    "title: Nvidia invests $500 million in Korvane\n"
    "date: 2025-06-01\n\n"
    "Korvane, a Paris AI start-up, builds inference chips.\n\n"
    "Nvidia invested $500 million in Korvane, giving it a 10% stake worth $600 million.\n"
)
VESPERAL = (
    "title: Vesperal extends its Series B\n"
    "date: 2025-07-08\n\n"
    "Vesperal, a Paris AI start-up, builds voice agents. In March it raised a $45 million Series B led by Partech.\n\n"
    "Vesperal adds $15 million to its Series B, bringing it to $60 million.\n"
)


def test_an_article_on_a_stake_bought_with_its_worth_shows_the_sum_invested_raised(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("korvane.txt", KORVANE))
    korvane = run_ok(capsys, db, "show", "Korvane")
    assert "raised $500M" in _headline(korvane), korvane
    assert "$600M" not in korvane and "10%" in korvane


def test_an_article_on_a_round_extended_shows_the_round_and_its_extension_raised(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("vesperal.txt", VESPERAL))
    vesperal = run_ok(capsys, db, "show", "Vesperal")
    assert "raised $60M" in _headline(vesperal), vesperal  # $45M in March, $15M added now.
    assert "$15M" in vesperal and "$60M" not in vesperal.split("┏", 1)[1]
