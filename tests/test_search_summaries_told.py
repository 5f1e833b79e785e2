"""A search hit's summary is read once per state of the database: typing on lists many of the same
companies, whose summaries are not read again until a row is written (here or by another process)."""

from __future__ import annotations

import sqlite3

import pytest

from ai_deals.store import Store


def _summary(store: Store, query: str = "openai") -> str:
    return store.search(query, 3)[0].summary


def _statements_during(store: Store, action) -> list[str]:
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        store.db.conn.set_trace_callback(None)
    return statements


def test_a_summary_told_since_the_last_change_is_not_read_again(sample_store):
    _summary(sample_store, "open")
    read = _statements_during(sample_store, lambda: _summary(sample_store, "openai"))
    assert not [statement for statement in read if "round_count" in statement or "FROM rounds r" in statement]


def test_a_summary_is_told_anew_after_this_store_writes(sample_store):
    assert _summary(sample_store).startswith("raised $75B (+ $35B conditional)")
    sample_store.db.execute("UPDATE rounds SET amount = amount * 2")
    sample_store.db.conn.commit()
    assert _summary(sample_store).startswith("raised $185B (+ $35B conditional)")


def test_a_summary_is_told_anew_after_another_process_writes(sample_store, db_path):
    assert _summary(sample_store).startswith("raised $75B (+ $35B conditional)")
    other = sqlite3.connect(db_path)
    with other:
        other.execute("UPDATE rounds SET amount = amount * 2")
    other.close()
    assert _summary(sample_store).startswith("raised $185B (+ $35B conditional)")


def test_a_summary_read_inside_a_write_that_was_rolled_back_is_not_kept(sample_store):
    with pytest.raises(RuntimeError), sample_store.transaction():
        sample_store.db.execute("UPDATE rounds SET amount = amount * 2")
        assert _summary(sample_store).startswith("raised $185B (+ $35B conditional)")
        raise RuntimeError("undone")
    assert _summary(sample_store).startswith("raised $75B (+ $35B conditional)")
