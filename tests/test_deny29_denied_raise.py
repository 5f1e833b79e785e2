"""A raise only in talks that the company denies right after (qa54's Poolside wire: "was in talks to raise a
further $2 billion at a $12 billion valuation. A Poolside spokesperson denied the report.") is neither a raise in
talks nor a valuation in talks; a denial by someone else, or a refusal to comment, leaves both in talks."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, run_ok
from extract_helpers import facts_of, of_kind

from ai_deals.importers.models import IN_TALKS

RAISED_EN = "Poolside raised $500 million on Wednesday. "
TALKS_EN = "A report on Tuesday said Poolside was in talks to raise a further $2 billion at a $12 billion valuation. "
RAISED_FR = "Poolside a levé 500 millions de dollars mercredi. "
TALKS_FR = (
    "Selon Les Echos, Poolside serait en discussions pour lever 2 milliards de dollars supplémentaires sur la base "
    "d'une valorisation de 12 milliards de dollars. "
)


def _in_talks(text: str, language: str) -> list[tuple[str, float]]:
    facts = facts_of(text, language=language)
    return [(f.kind, f.amount) for f in facts if f.amount in (2e9, 12e9) and f.kind in ("round", "valuation")]


@pytest.mark.parametrize(
    ("denial", "language"),
    [
        ("A Poolside spokesperson denied the report.", "en"),
        ("A spokesperson for Poolside denied the report, saying the company was not raising.", "en"),
        ("Poolside's spokesperson denied it was raising.", "en"),
        ("The company denied the report.", "en"),
        ("La société a démenti.", "fr"),
        ("Poolside dément toute levée en cours.", "fr"),
    ],
)
def test_a_raise_in_talks_the_company_denies_leaves_no_raise_nor_valuation(denial, language):
    opening = RAISED_EN + TALKS_EN if language == "en" else RAISED_FR + TALKS_FR
    assert _in_talks(opening + denial, language) == []
    assert [f.amount for f in of_kind(facts_of(opening + denial, language=language), "round")] == [5e8]


def test_a_raise_in_talks_denied_in_its_own_sentence_is_dropped():
    text = RAISED_FR + "Poolside serait en discussions pour lever 2 milliards de dollars, ce que la société a démenti."
    assert _in_talks(text, "fr") == []


@pytest.mark.parametrize(
    ("near_miss", "language"),
    [
        ("A Poolside spokesperson declined to comment.", "en"),
        ("A Poolside spokesperson declined to confirm or deny the report.", "en"),
        ("Nvidia denied the report.", "en"),
        ("La société n'a pas souhaité commenter.", "fr"),
        ("Nvidia a démenti.", "fr"),
    ],
)
def test_a_raise_in_talks_not_denied_by_the_company_stays_in_talks(near_miss, language):
    opening = RAISED_EN + TALKS_EN if language == "en" else RAISED_FR + TALKS_FR
    facts = facts_of(opening + near_miss, language=language)
    talks = [f for f in of_kind(facts, "round") if f.amount == 2e9]
    assert [(f.company, f.status) for f in talks] == [("Poolside", IN_TALKS)]
    assert [f.company for f in of_kind(facts, "valuation") if f.amount == 12e9] == ["Poolside"]


POOLSIDE = """title: Poolside raises $500 million as AI coding race heats up
date: 2024-10-02
language: en

SAN FRANCISCO, Oct 2 (Wire) - Poolside said on Wednesday it raised $500 million in a Series B round led by Bain \
Capital Ventures, valuing the company at $3 billion.

A report on Tuesday said Poolside was in talks to raise a further $2 billion at a $12 billion valuation. A Poolside \
spokesperson denied the report, saying the company was "not raising".
"""


def test_a_denied_raise_in_talks_is_not_shown_on_the_company(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("poolside.txt", POOLSIDE))
    shown = run_ok(capsys, db, "show", "Poolside")
    assert "in talks" not in shown
    assert "$3B" in shown
