"""Opening a database that needs no migration leaves its file as it was."""

from __future__ import annotations

from pathlib import Path

from ai_deals.store import Store


def _change_counter(path: Path) -> bytes:
    """SQLite's file change counter (header bytes 24–27): it moves with every commit to the file."""
    return path.read_bytes()[24:28]


def test_opening_an_up_to_date_database_read_write_commits_nothing(tmp_path):
    path = tmp_path / "deals.db"
    Store.open(path).close()
    before = _change_counter(path)

    with Store.open(path):
        pass

    assert _change_counter(path) == before
