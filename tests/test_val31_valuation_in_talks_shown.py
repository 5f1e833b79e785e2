"""The valuation of a raise told in talks with no sum of its own ("is also in early talks to raise new funding at a
valuation of up to $4 billion") is shown in talks, as the raise it goes with, on the page and the timeline; the
value a round told as made was priced at stays a fact; a database of schema 42 opens with the new column (m043,
qa31 F10, val31)."""

from __future__ import annotations

import sqlite3

import pytest
from cli_helpers import import_files, run_ok  # noqa: F401 (autouse fixture private_default_db)

STORY_DAY = "2025-02-20"
IN_TALKS_SENTENCE = (
    "Codeium raised $150 million in a round led by General Catalyst. Codeium is also in early talks to raise "
    "new funding at a valuation of up to $4 billion, one of the people said."
)


def _story(sentence: str) -> str:
    return f"title: Codeium tender\ndate: {STORY_DAY}\npublisher: Wire\nlanguage: en\n\n{sentence}\n"


def test_the_valuation_of_a_raise_in_talks_with_no_sum_is_shown_in_talks(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("codeium.txt", _story(IN_TALKS_SENTENCE)))
    assert "≤$4B (in talks)" in run_ok(capsys, db, "show", "Codeium")
    assert "Codeium valuation: ≤$4B (in talks)" in run_ok(capsys, db, "timeline", "--company", "Codeium")


def test_the_value_a_round_made_was_priced_at_is_shown_as_a_fact(capsys, tmp_path):
    story = _story("Codeium, which raised $100 million at a $1 billion valuation, is in talks to raise more.")
    db = import_files(capsys, tmp_path, ("codeium.txt", story))
    page = run_ok(capsys, db, "show", "Codeium")
    assert "$1B" in page
    assert "in talks" not in page


def test_a_schema_42_database_opens_and_marks_new_valuations_in_talks(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("made.txt", _story("Codeium raised $150 million on Thursday.")))
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE metrics DROP COLUMN unmade")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm043_valuations_not_raised_yet'")
        conn.execute("PRAGMA user_version = 42")
    run_ok(capsys, db, "import", str(_written(tmp_path, "talks.txt", _story(IN_TALKS_SENTENCE))))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value, unmade FROM metrics WHERE metric = 'valuation'").fetchall() == [
            (4e9, "in_talks")
        ]


def _written(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


PLANNED_SENTENCE = (
    "Codeium raised $150 million in a round led by General Catalyst. Codeium is also seeking to raise new funding "
    "at a valuation of up to $4 billion."
)


def _round_row(page: str) -> str:
    return next(line for line in page.splitlines() if line.startswith("│") and "$150M" in line)


def test_the_valuation_of_a_planned_raise_with_no_sum_is_shown_planned(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("codeium.txt", _story(PLANNED_SENTENCE)))
    assert "≤$4B (planned)" in run_ok(capsys, db, "show", "Codeium")


@pytest.mark.parametrize("sentence", [IN_TALKS_SENTENCE, PLANNED_SENTENCE], ids=["in-talks", "planned"])
def test_the_value_of_a_raise_not_made_yet_never_values_the_round_made_beside_it(capsys, tmp_path, sentence):
    # review31: the $150M round made was shown valued at "≤$4B", the value of the raise only talked of or sought.
    db = import_files(capsys, tmp_path, ("codeium.txt", _story(sentence)))
    assert "$4B" not in _round_row(run_ok(capsys, db, "show", "Codeium"))


def test_a_planned_raise_with_its_sum_keeps_its_planned_valuation(capsys, tmp_path):
    story = _story("Codeium plans to raise $500 million at a $4 billion valuation.")
    db = import_files(capsys, tmp_path, ("codeium.txt", story))
    page = run_ok(capsys, db, "show", "Codeium")
    assert "$500M (planned) │ $4B (planned)" in page, page
