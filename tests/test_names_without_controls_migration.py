"""Migration m017: names stored with control characters before keys dropped them are found again."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ai_deals.store import Store
from ai_deals.store.schema import STEPS
from ai_deals.store.versions import MIGRATION_NAMES, MIGRATION_SET

ESCAPED = "Evil\x1b[31mCorp"
INVISIBLE = "Sly\u200bCorp"  # a zero-width space: keyed as a space, "sly corp", before m017


def _database_before_m017(db_path) -> None:
    before = Migrations(MIGRATION_SET)
    for step in STEPS[: MIGRATION_NAMES.index("m017_names_without_controls")]:
        before()(step)
    db = Database(db_path)
    before.apply(db)
    rows = [  # keys as they were made then
        (1, ESCAPED, "evil 31mcorp"),
        (2, "Bell Capital", "bell capital"),
        (3, INVISIBLE, "sly corp"),
        (4, "Deva क्\u200dष", "deva क् ष"),
    ]
    db.conn.executemany("INSERT INTO companies (id, name, normalized) VALUES (?, ?, ?)", rows)
    db.conn.executemany("INSERT INTO aliases (company_id, alias, normalized) VALUES (?, ?, ?)", rows)
    db.conn.commit()
    db.close()


def test_a_name_stored_with_an_escape_sequence_is_keyed_without_it_after_the_migration(db_path):
    _database_before_m017(db_path)
    with Store.open(db_path) as store:
        assert store.find_company("EvilCorp").id == 1  # the key the importers now give the name
        assert store.find_company("Bell Capital").id == 2
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT name, normalized FROM companies WHERE id = 1").fetchone() == (
        ESCAPED,
        "evilcorp",
    )
    assert conn.execute("SELECT normalized FROM aliases WHERE company_id = 1").fetchone() == ("evilcorp",)
    assert conn.execute("SELECT normalized FROM companies WHERE id = 2").fetchone() == ("bell capital",)


def test_a_name_stored_with_an_invisible_character_is_keyed_without_it_after_the_migration(db_path):
    """The GLOB picked only control characters: `Sly\\u200bCorp` kept its key "sly corp", so `SlyCorp`
    written by a later import made a second company shown the same."""
    _database_before_m017(db_path)
    with Store.open(db_path) as store:
        assert store.find_company("SlyCorp").id == 3
        assert store.find_company("Deva क्ष").id == 4
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT name, normalized FROM companies WHERE id = 3").fetchone() == (
        INVISIBLE,
        "slycorp",
    )
    assert conn.execute("SELECT normalized FROM aliases WHERE company_id = 3").fetchone() == ("slycorp",)
