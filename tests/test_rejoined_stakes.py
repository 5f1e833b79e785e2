"""A stake typed "Series A" that was in a source's round joins another source's round of its type that
day when that source's round goes: by a corrected re-import (an article's or a deal file's) as by
`ai-deals remove`, each stake looked up by its id."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cli_helpers import (
    private_default_db,  # noqa: F401 (autouse: no command touches the default db)
    run,
)

ROUND_SENTENCE = "Zeta AI raised $20 million in a Series A round led by Vantor Capital on February 3, 2026.\n"
ARTICLE_A = (
    "title: Zeta AI raises $20 million\ndate: 2026-02-03\nurl: https://example.org/zeta-a\n\n"
    + ROUND_SENTENCE
)
CORRECTED_A = (
    "title: Zeta AI hires a chief executive\ndate: 2026-02-03\nurl: https://example.org/zeta-a\n\n"
    "Zeta AI named Jane Doe its chief executive on February 3, 2026.\n"
)
ARTICLE_B = (
    "title: Zeta AI closes its Series A\ndate: 2026-02-03\nurl: https://example.org/zeta-b\n\n"
    + ROUND_SENTENCE
)
STAKE = (
    "kind,company,investor,amount,currency,date,round_type\n"
    "investment,Zeta AI,Osk Partners,5000000,USD,2026-02-03,Series A\n"
)
ROUND_FILE = (
    "kind,company,investors,amount,currency,date,round_type,source_url\n"
    "round,Zeta AI,Vantor Capital,20000000,USD,2026-02-03,Series A,https://example.org/other\n"
)
CORRECTED_ROUND_FILE = (
    "kind,company,investors,amount,currency,date,round_type,source_url\n"
    "round,Brisa AI,Nuvola Fund,2000000,USD,2024-02-03,Seed,https://example.org/other\n"
)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _import(capsys, db: Path, *paths: Path) -> None:
    empty = [] if db.exists() else ["--empty"]  # no seed articles: the one stake is the file's
    code, _, err = run(capsys, "--db", str(db), *empty, "import", *map(str, paths))
    assert code == 0, err


def _stake_round_source(db: Path) -> int | None:
    """The source of the round the one stake is in (None: in no round)."""
    with sqlite3.connect(db) as conn:
        ((source_id,),) = conn.execute(
            "SELECT r.source_id FROM stakes s LEFT JOIN rounds r ON r.id = s.round_id"
        ).fetchall()
    return source_id


def _source_id(db: Path, url: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id FROM sources WHERE url = ?", [url]).fetchone()[0]


def test_a_corrected_article_without_its_round_leaves_the_stake_in_the_other_articles_round(capsys, tmp_path):
    db = tmp_path / "t.db"
    article = _write(tmp_path / "a.txt", ARTICLE_A)
    _import(capsys, db, _write(tmp_path / "stake.csv", STAKE))
    _import(capsys, db, article, _write(tmp_path / "b.txt", ARTICLE_B))
    assert _stake_round_source(db) == _source_id(db, "https://example.org/zeta-a")
    _import(capsys, db, _write(article, CORRECTED_A))
    assert _stake_round_source(db) == _source_id(db, "https://example.org/zeta-b")


def test_a_corrected_deal_file_without_its_round_leaves_the_stake_in_the_articles_round(capsys, tmp_path):
    db = tmp_path / "t.db"
    rounds = _write(tmp_path / "other.csv", ROUND_FILE)
    _import(capsys, db, _write(tmp_path / "stake.csv", STAKE), rounds)
    _import(capsys, db, _write(tmp_path / "b.txt", ARTICLE_B))
    assert _stake_round_source(db) != _source_id(db, "https://example.org/zeta-b")
    _import(capsys, db, _write(rounds, CORRECTED_ROUND_FILE))
    assert _stake_round_source(db) == _source_id(db, "https://example.org/zeta-b")


def test_removing_the_round_the_stake_is_in_leaves_it_in_the_other_articles_round(capsys, tmp_path):
    db = tmp_path / "t.db"
    article = _write(tmp_path / "a.txt", ARTICLE_A)
    _import(capsys, db, _write(tmp_path / "stake.csv", STAKE))
    _import(capsys, db, article, _write(tmp_path / "b.txt", ARTICLE_B))
    code, _, err = run(capsys, "--db", str(db), "remove", "https://example.org/zeta-a", "--yes")
    assert code == 0, err
    assert _stake_round_source(db) == _source_id(db, "https://example.org/zeta-b")
