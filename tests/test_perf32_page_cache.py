"""perf32: every connection to a database keeps more of its pages in memory than SQLite's 2,000 KiB default, so
the index pages a search or a timeline window reads keystroke after keystroke are not read from the file again
(on a machine whose file cache is small or shared, each read is a system call and maybe a disk read)."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from ai_deals.store import Store
from ai_deals.store.bulk import IMPORT_CACHE_KIB
from ai_deals.store.connecting import check_database, connect_reader
from ai_deals.store.errors import StoreError
from ai_deals.structured_import import import_structured

_SQLITE_DEFAULT_KIB = 2_000
# Ours (connecting.READ_CACHE_KIB) is well above it: any cache this small holds few index pages of a big file.


def _cache_kib(conn) -> int:
    return -conn.execute("PRAGMA cache_size").fetchone()[0]


def test_a_stores_connection_keeps_more_pages_than_sqlites_default(tmp_path):
    with Store.open(tmp_path / "x.db") as store:
        assert _cache_kib(store.db.conn) > _SQLITE_DEFAULT_KIB


def test_a_readers_connection_keeps_as_many_pages(tmp_path):
    Store.open(tmp_path / "x.db").close()
    reader = connect_reader(tmp_path / "x.db")
    try:
        assert _cache_kib(reader) > _SQLITE_DEFAULT_KIB
    finally:
        reader.close()


def test_a_deal_file_import_gives_the_reading_cache_back(tmp_path):
    deals = tmp_path / "deals.csv"
    deals.write_text("company,investors,amount,currency,date\nZeta AI,Nvidia,2000000,USD,2025-03-01\n")
    with Store.open(tmp_path / "x.db") as store:
        import_structured(store, deals, skip_bad_rows=False, console=Console(file=io.StringIO()))
        # Not SQLite's default, nor the import's own (bulk.IMPORT_CACHE_KIB) left behind.
        assert _SQLITE_DEFAULT_KIB < _cache_kib(store.db.conn) < IMPORT_CACHE_KIB


def test_a_truncated_database_file_is_still_told_damaged_in_one_line(tmp_path):
    # Setting the cache reads the file's catalogue: a torn file must still get the error `check_compatible` gives.
    whole = tmp_path / "whole.db"
    Store.open(whole).close()
    torn = tmp_path / "torn.db"
    torn.write_bytes(whole.read_bytes()[:100])
    with pytest.raises(StoreError, match=r"torn\.db: damaged database file"):
        Store.open(torn)
    with pytest.raises(StoreError, match=r"torn\.db: damaged database file"):
        check_database(torn)
