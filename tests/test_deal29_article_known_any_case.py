"""An article's names in any case find the knowledge file's companies, as a deal file's investor cells do."""

from __future__ import annotations

import sqlite3

from cli_helpers import import_files, private_default_db  # noqa: F401 (autouse fixture)

STORY = "# Acme AI raises $50M\n\nPublished: 2025-06-10\n\nAcme AI raised $50 million in a Series B round. {body}\n"
DEALS = "company,round_type,amount,currency,date,investors\nBeta,Seed,1000000,USD,2025-01-01,Sequoia Capital; a16z\n"


def _investors(db) -> set[str]:
    conn = sqlite3.connect(db)
    names = {
        name
        for (name,) in conn.execute("SELECT c.name FROM investors i JOIN companies c ON c.id = i.company_id")
    }
    conn.close()
    return names


def test_an_articles_name_in_capitals_finds_the_known_investor_a_deal_files_cell_made(capsys, tmp_path):
    story = STORY.format(body="SEQUOIA CAPITAL led the round, with A16Z participating.")
    db = import_files(capsys, tmp_path, ("deals.csv", DEALS), ("story.md", story))
    assert _investors(db) == {"Sequoia Capital", "Andreessen Horowitz"}


def test_an_articles_name_in_capitals_alone_is_made_under_the_knowledge_files_name(capsys, tmp_path):
    story = STORY.format(body="SEQUOIA CAPITAL led the round, with A16Z participating.")
    db = import_files(capsys, tmp_path, ("story.md", story))
    assert _investors(db) == {"Sequoia Capital", "Andreessen Horowitz"}


def test_a_common_word_of_an_article_in_capitals_joins_no_fund(capsys, tmp_path):
    story = STORY.format(body="INDEX led the round, with GENERAL participating.")
    db = import_files(capsys, tmp_path, ("story.md", story))
    assert not _investors(db) & {"Index Ventures", "General Catalyst"}
