"""A search index is never stale, not even after a write that was rolled back: the counters a
rollback puts back are moved again by the next write, over other names, and an index built inside
the undone write must not pass for that write's."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from ai_deals.importers.models import CompanyInfo, ParsedSource
from ai_deals.store import Store, search_cache, search_service
from ai_deals.store.versions import MIGRATION_NAMES

from factories import make_source

BUILD_FROM_EVERY_NAME = search_service.build_index_arrays


def _article(title: str, *names: str) -> ParsedSource:
    return ParsedSource(
        title=title,
        text=f"{' et '.join(names)} lèvent des fonds.",
        companies=[CompanyInfo(name=name) for name in names],
    )


def _found(store: Store, query: str) -> list[str]:
    return [hit.name for hit in store.search(query, 5)]


def _search_undone_write(store: Store) -> None:
    """Add a company inside a write that searches (building an index that holds it), then roll back."""
    with pytest.raises(RuntimeError), store.transaction():
        store.import_source(_article("Undone", "Zorblax Robotics"))
        assert _found(store, "zorblax") == ["Zorblax Robotics"]  # the index of the write under way
        raise RuntimeError("rolled back")


def _searched_in_a_new_process(db_path, *queries: str) -> list[list[str]]:
    """What a new process's search finds, from the saved index alone (a rebuild would fail)."""
    code = textwrap.dedent(
        f"""
        import json
        from ai_deals.store import Store, search_service

        def no_rebuild(*args, **kwargs):
            raise AssertionError("rebuilt instead of reading the saved index")

        search_service.build_index_arrays = no_rebuild
        with Store.open({str(db_path)!r}) as store:
            print(json.dumps([[hit.name for hit in store.search(q, 5)] for q in {list(queries)!r}]))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_a_company_added_after_a_rolled_back_one_is_found_and_the_undone_one_is_not(db_path, monkeypatch):
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)
    with Store.open(db_path) as store:
        store.import_source(make_source())
        assert _found(store, "openai")[0] == "OpenAI"
        _search_undone_write(store)
        # Another process's write: it moves the counters to the values the undone one had.
        with Store.open(db_path) as other:
            other.import_source(_article("Kept", "Quillon Labs"))
        assert _found(store, "quillon") == ["Quillon Labs"]
        assert _found(store, "zorblax") == []


def test_a_rolled_back_write_leaves_no_stale_saved_index_for_a_new_process(db_path, monkeypatch):
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)
    with Store.open(db_path) as store:
        store.import_source(make_source())
        store.search("openai")
        _search_undone_write(store)
        with Store.open(db_path) as other:
            other.import_source(_article("Kept", "Quillon Labs"))
        store.search("quillon")
        with Store.open(db_path) as other:
            other.import_source(_article("Later", "Vantor Systems"))
        assert _found(store, "vantor") == ["Vantor Systems"]  # extended, and saved next to the database
    assert _searched_in_a_new_process(db_path, "quillon", "zorblax", "vantor") == [
        ["Quillon Labs"],
        [],
        ["Vantor Systems"],
    ]


def test_an_index_built_inside_a_write_that_commits_serves_after_it(db_path, monkeypatch):
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)
    with Store.open(db_path) as store:
        store.import_source(make_source())
        with store.transaction():
            store.import_source(_article("Kept", "Zorblax Robotics"))
            assert _found(store, "zorblax") == ["Zorblax Robotics"]
        assert _found(store, "zorblax") == ["Zorblax Robotics"]
        store.import_source(_article("Later", "Vantor Systems"))
        assert _found(store, "vantor") == ["Vantor Systems"]
    assert _searched_in_a_new_process(db_path, "zorblax", "vantor") == [
        ["Zorblax Robotics"],
        ["Vantor Systems"],
    ]


def test_searches_inside_a_write_of_several_imports_build_from_every_name_once(db_path, monkeypatch):
    """Each import of a transaction searches with the names of the ones before: the index of the
    committed names is built once (on a connection of its own) and extended at each, not rebuilt."""
    with Store.open(db_path) as store:
        store.import_source(make_source())
    builds = []

    def counted_build(*args, **kwargs):
        builds.append(1)
        return BUILD_FROM_EVERY_NAME(*args, **kwargs)

    monkeypatch.setattr(search_service, "build_index_arrays", counted_build)
    with Store.open(db_path) as store, store.transaction():
        for name in ("Zorblax Robotics", "Quillon Labs", "Vantor Systems"):
            store.import_source(_article(name, name))
            assert _found(store, name) == [name]
    assert len(builds) == 1


def _as_saved_before_the_token(db_path) -> None:
    """Make the database one of before m023, with its index saved by that version (format 1)."""
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER _search_state_token")
    conn.execute("ALTER TABLE _search_state DROP COLUMN token")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm023_search_token'")
    conn.execute(f"PRAGMA user_version = {len(MIGRATION_NAMES) - 1}")
    conn.commit()
    stamp = {**search_service.read_stamp(conn), "coverage": search_service.read_coverage(conn)}
    del stamp["token"]  # as that version wrote its header
    arrays = BUILD_FROM_EVERY_NAME(conn)
    conn.close()
    format_now = search_cache.FORMAT
    search_cache.FORMAT = 1
    try:
        assert search_cache.save(search_cache.cache_path(db_path), arrays, stamp)
    finally:
        search_cache.FORMAT = format_now


def test_the_first_search_after_the_upgrade_rebuilds_the_saved_index_once(db_path, monkeypatch):
    """A saved index of the older format may hold names of a write rolled back: it is rebuilt, once."""
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)
    with Store.open(db_path) as store:
        store.import_source(make_source())
    _as_saved_before_the_token(db_path)
    builds = []

    def counted_build(*args, **kwargs):
        builds.append(1)
        return BUILD_FROM_EVERY_NAME(*args, **kwargs)

    monkeypatch.setattr(search_service, "build_index_arrays", counted_build)
    with Store.open(db_path) as store:  # migrated: the counters carry a token again
        assert search_service.read_stamp(store.db.conn)["token"]
        store.prepare_search()  # as the explorer's warm-up worker, at launch
        assert _found(store, "openai")[0] == "OpenAI"
    with Store.open(db_path) as store:
        assert _found(store, "openai")[0] == "OpenAI"
    assert len(builds) == 1
