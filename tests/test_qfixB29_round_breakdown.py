"""What tester qa54 found in a wire's Series B: "The round comprises 468 million euros in equity and 132 million
euros in convertible debt" read as a €468M round of its own, which lost the €600M round the sentence before told."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, run_ok
from extract_helpers import facts_of, of_kind

RAISE = (
    "PARIS, June 11 (Wire) - French start-up Ventoux AI said on Tuesday it has raised 600 million euros ($640 "
    "million) in a Series B round led by General Catalyst, valuing the company at 5.8 billion euros."
)


@pytest.mark.parametrize(
    "breakdown",
    [
        "The round comprises 468 million euros in equity and 132 million euros in convertible debt, according to "
        "a person familiar with the deal.",
        "The funding is made up of 468 million euros in equity and 132 million euros in convertible debt.",
    ],
)
def test_a_breakdown_of_the_round_told_before_is_its_make_up_not_a_new_round(breakdown):
    rounds = of_kind(facts_of(f"{RAISE}\n\n{breakdown}", published="2024-06-11"), "round")
    assert [(r.amount, r.currency, r.round_type) for r in rounds] == [(600e6, "EUR", "Series B")]
    assert rounds[0].lead_investors == ["General Catalyst"]


def test_one_sum_the_round_includes_is_still_read_on_its_own():
    text = f"{RAISE}\n\nThe round includes 50 million euros from Nvidia."
    assert any(f.amount == 50e6 for f in facts_of(text, published="2024-06-11"))


SERIES_B_WIRE = f"""title: Ventoux AI raises $640 million
date: 2024-06-11
language: en

{RAISE}

The round comprises 468 million euros in equity and 132 million euros in convertible debt.
"""
LATER_RECALL_FR = """title: Ventoux AI lève 1,7 milliard d'euros
date: 2025-09-09
language: fr

PARIS, 9 septembre 2025 - La start-up Ventoux AI a annoncé mardi avoir levé 1,7 milliard d'euros lors d'une \
série C menée par ASML.

Ventoux AI avait levé 600 millions d'euros en juin 2024, pour une valorisation de 5,8 milliards d'euros, lors \
d'un tour mené par General Catalyst.
"""


def test_a_later_articles_recall_joins_the_round_whose_breakdown_was_told(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("b.txt", SERIES_B_WIRE), ("c.txt", LATER_RECALL_FR))
    page = run_ok(capsys, db, "show", "Ventoux AI")
    rounds_table = page.split("Rounds told by several sources")[0]
    assert "raised €2.3B\n" in page
    assert rounds_table.count("€600M") == 1 and "€468M" not in page
