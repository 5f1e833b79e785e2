"""A dry run on a full disk (qa45 #7d): it names the user's database and says the disk is full, never
the throw-away database it makes in a temporary folder ("/tmp/ai-deals-dry-run-…/new.db: cannot
prepare the database: database or disk is full")."""

from __future__ import annotations

import sqlite3

import pytest
from cli_helpers import run

from ai_deals.store import connecting, trial
from ai_deals.store.errors import StoreError

ARTICLE = "Title: Acme raises\nPublished: 2024-05-01\n\nAcme AI raised $50 million in a Series B round.\n"


class FullDiskConnection(sqlite3.Connection):
    """A connection whose commits fail as SQLite's do when the disk is full."""

    def commit(self) -> None:
        raise sqlite3.OperationalError("database or disk is full")


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _says_disk_full_of(err: str, db) -> None:
    assert err.startswith(f"ai-deals: error: {db}: disk full"), err
    assert "ai-deals-dry-run-" not in err and err.count("\n") == 1


def trial_copy_on_a_full_disk(path, copy):
    """`trial._copy_database` as it fails when the disk fills during the dry run's trial copy."""
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError as error:
        raise StoreError(f"{path}: cannot read the database ({error})") from error


def test_a_dry_run_into_a_new_database_on_a_full_disk_names_the_database(
    tmp_path, capsys, story, monkeypatch
):
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        connecting.sqlite3, "connect", lambda *a, **k: real_connect(*a, factory=FullDiskConnection, **k)
    )
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "import", "--dry-run", str(story))
    assert code == 1
    _says_disk_full_of(err, db)
    assert not db.exists()


def test_a_dry_run_whose_trial_copy_fills_the_disk_names_the_database(tmp_path, capsys, story, monkeypatch):
    db = tmp_path / "deals.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(story))[0] == 0

    monkeypatch.setattr(trial, "_copy_database", trial_copy_on_a_full_disk)
    code, _, err = run(capsys, "--db", str(db), "import", "--dry-run", str(story))
    assert code == 1
    _says_disk_full_of(err, db)
