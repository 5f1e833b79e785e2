"""How fast could a bulk import of stake rows be at best? Two stripped-down writers against the baseline.

    python bench/bulk_floor.py                  # 1,000,000 rows
    python bench/bulk_floor.py --rows 100000

Both floors keep only what any importer of this data model must do (one company row per distinct name,
one investor row, one stake row and one evidence row per CSV row, the indexes queries need) and leave
out everything else ours does: no validation, no amount or date parsing beyond `float()`, names
normalised by `casefold()` only, no aliases, fingerprints, search generations or valuation metrics.
- set-based: raw rows into a TEMP staging table, then `INSERT … SELECT` per table (indexes live);
- python ids: ids handed out from dicts, `executemany` per table, indexes created after the rows
  (the design `store/bulk.py` follows);
- writes only: the python-ids floor's table rows built in memory first, untimed, then written: the
  SQLite share alone, what even a reader on another core could not take off the clock;
- writer thread / writer process: the python-ids floor with its writes moved off the reading thread, to a
  thread (sqlite3 releases the GIL only inside each row's step) or a forked process fed pickled batches:
  what overlapping reading and writing gains on this machine's vCPUs.
Each runs in this process against `bench/bulk_import.py`'s baseline (csv.reader + executemany into one
text table), on the same CSV, new database files, one transaction each. Prints times and ratios: a
floor near 3x means the issue's 3x cannot be met by this data model in SQLite, whatever the code.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import pickle
import queue
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bulk_import import DATA, plain_sqlite

TABLES = (
    "CREATE TABLE companies (id INTEGER PRIMARY KEY, name TEXT, normalized TEXT, entity TEXT)",
    "CREATE TABLE investors (id INTEGER PRIMARY KEY, company_id INTEGER, kind TEXT)",
    "CREATE TABLE stakes (id INTEGER PRIMARY KEY, amount REAL, currency TEXT, bound TEXT, date TEXT,"
    " company_id INTEGER, investor_id INTEGER, source_id INTEGER)",
    "CREATE TABLE evidence (id INTEGER PRIMARY KEY, source_id INTEGER, record_type TEXT,"
    " record_id INTEGER, sentence TEXT, line INTEGER)",
)
INDEXES = (
    "CREATE UNIQUE INDEX companies_normalized ON companies(normalized)",
    "CREATE UNIQUE INDEX investors_company ON investors(company_id)",
    "CREATE INDEX stakes_company ON stakes(company_id)",
    "CREATE INDEX stakes_investor ON stakes(investor_id)",
    "CREATE INDEX stakes_date ON stakes(date)",
    "CREATE INDEX evidence_record ON evidence(record_type, record_id)",
)


def _rows(csv_path: Path):
    """(line, company, investor, amount, currency, bound, date, raw line) per CSV row."""
    with csv_path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        for line, row in enumerate(reader, 2):
            company, investor, _kind, amount, currency, bound, date = row[:7]
            yield line, company, investor, float(amount), currency, bound, date, ",".join(row)


def set_based(conn: sqlite3.Connection, csv_path: Path) -> None:
    for sql in (*TABLES, *INDEXES):
        conn.execute(sql)
    conn.execute(
        "CREATE TEMP TABLE stage (line INTEGER, company TEXT, company_key TEXT, investor TEXT,"
        " investor_key TEXT, amount REAL, currency TEXT, bound TEXT, date TEXT, raw TEXT)"
    )
    staged = (
        (line, company, company.casefold(), investor, investor.casefold(), amount, currency, bound, date, raw)
        for line, company, investor, amount, currency, bound, date, raw in _rows(csv_path)
    )
    conn.executemany("INSERT INTO stage VALUES (?,?,?,?,?,?,?,?,?,?)", staged)
    for sql in (
        "INSERT OR IGNORE INTO companies(name, normalized, entity) SELECT company, company_key, 'org' FROM stage",
        "INSERT OR IGNORE INTO companies(name, normalized, entity) SELECT investor, investor_key, 'org' FROM stage",
        "INSERT OR IGNORE INTO investors(company_id, kind) SELECT DISTINCT c.id, 'vc'"
        " FROM stage s JOIN companies c ON c.normalized = s.investor_key",
        "INSERT INTO stakes(amount, currency, bound, date, company_id, investor_id, source_id)"
        " SELECT s.amount, s.currency, s.bound, s.date, c.id, i.id, 1 FROM stage s"
        " JOIN companies c ON c.normalized = s.company_key JOIN companies ic ON ic.normalized = s.investor_key"
        " JOIN investors i ON i.company_id = ic.id ORDER BY s.line",
        "INSERT INTO evidence(source_id, record_type, record_id, sentence, line)"
        " SELECT 1, 'stake', st.id, s.raw, s.line FROM stage s JOIN stakes st ON st.rowid = s.rowid",
    ):
        conn.execute(sql)


INSERTS = {
    "companies": "INSERT INTO companies VALUES (?,?,?,?)",
    "investors": "INSERT INTO investors VALUES (?,?,?)",
    "stakes": "INSERT INTO stakes VALUES (?,?,?,?,?,?,?,1)",
    "evidence": "INSERT INTO evidence VALUES (NULL,1,'stake',?,?,?)",
}


def table_rows(csv_path: Path, batch: int | None = None):
    """The four tables' rows, ids handed out from dicts; yields them every `batch` stakes (or once)."""
    company_ids: dict[str, int] = {}
    investor_ids: dict[int, int] = {}
    pending: dict[str, list] = {table: [] for table in INSERTS}

    def company_id(name: str) -> int:
        key = name.casefold()
        found = company_ids.get(key)
        if found is None:
            found = company_ids[key] = len(company_ids) + 1
            pending["companies"].append((found, name, key, "org"))
        return found

    for stake_id, (line, company, investor, amount, currency, bound, date, raw) in enumerate(
        _rows(csv_path), 1
    ):
        target, owner = company_id(company), company_id(investor)
        investor_id = investor_ids.get(owner)
        if investor_id is None:
            investor_id = investor_ids[owner] = len(investor_ids) + 1
            pending["investors"].append((investor_id, owner, "vc"))
        pending["stakes"].append((stake_id, amount, currency, bound, date, target, investor_id))
        pending["evidence"].append((stake_id, raw, line))
        if batch and len(pending["stakes"]) >= batch:
            yield pending
            pending = {table: [] for table in INSERTS}
    yield pending


def write_tables(conn: sqlite3.Connection, batches) -> None:
    """executemany per table in foreign-key order, then the indexes, built once."""
    for sql in TABLES:
        conn.execute(sql)
    for pending in batches:
        for table, rows in pending.items():
            conn.executemany(INSERTS[table], rows)
    for sql in INDEXES:
        conn.execute(sql)


def python_ids(conn: sqlite3.Connection, csv_path: Path, batch: int = 20_000) -> None:
    write_tables(conn, table_rows(csv_path, batch))


def writer_thread(conn: sqlite3.Connection, csv_path: Path) -> None:
    """The python-ids floor, its executemany calls on a second thread fed through a bounded queue."""
    batches: queue.Queue = queue.Queue(maxsize=4)
    writer = threading.Thread(target=write_tables, args=(conn, iter(batches.get, None)))
    writer.start()
    for pending in table_rows(csv_path, 20_000):
        batches.put(pending)
    batches.put(None)
    writer.join()


def _write_piped(receiving, db_path: Path) -> None:
    """The writer process: its own connection and transaction, batches unpickled as they arrive."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("BEGIN")
    write_tables(conn, iter(lambda: pickle.loads(receiving.recv_bytes()), None))
    conn.execute("COMMIT")
    conn.close()


def writer_process(db_path: Path, csv_path: Path) -> float:
    """The python-ids floor with a forked writer process fed pickled batches; seconds, end to end."""
    for leftover in db_path.parent.glob(db_path.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    receiving, sending = multiprocessing.get_context("fork").Pipe(duplex=False)
    writer = multiprocessing.get_context("fork").Process(target=_write_piped, args=(receiving, db_path))
    writer.start()
    for pending in table_rows(csv_path, 20_000):
        sending.send_bytes(pickle.dumps(pending, protocol=5))
    sending.send_bytes(pickle.dumps(None))
    writer.join()
    seconds = time.perf_counter() - started
    for leftover in db_path.parent.glob(db_path.name + "*"):
        leftover.unlink()
    return seconds


def writes_only(csv_path: Path):
    """The SQLite part alone: every table row built in memory first (untimed), then only written.
    What any design pays even if reading, validating and resolving names cost nothing, or ran on
    another core."""
    prebuilt = list(table_rows(csv_path))
    return lambda conn, _path: write_tables(conn, prebuilt)


def timed(write: Callable[[sqlite3.Connection, Path], None], csv_path: Path, db_path: Path) -> float:
    for leftover in db_path.parent.glob(db_path.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("BEGIN")
    write(conn, csv_path)
    conn.execute("COMMIT")
    conn.close()
    seconds = time.perf_counter() - started
    for leftover in db_path.parent.glob(db_path.name + "*"):
        leftover.unlink()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    csv_path = DATA / f"stakes-{args.rows}.csv"
    if not csv_path.exists():
        print(f"{csv_path}: missing; `python bench/bulk_import.py --rows {args.rows}` writes it")
        return 1
    print(f"command: python bench/bulk_floor.py --rows {args.rows}")
    database = DATA / f"floor-{args.rows}.db"
    started = time.perf_counter()
    plain_sqlite(csv_path, database)
    baseline = time.perf_counter() - started
    for leftover in database.parent.glob(database.name + "*"):
        leftover.unlink()
    print(f"sqlite3 executemany baseline {baseline:7.1f} s")
    floors = (
        ("set-based floor", lambda: set_based),
        ("python-ids floor", lambda: python_ids),
        ("writes only (rows prebuilt)", lambda: writes_only(csv_path)),
        ("python ids, writer thread", lambda: writer_thread),
    )
    for label, prepare in floors:
        seconds = timed(prepare(), csv_path, database)
        print(f"{label:28} {seconds:7.1f} s   {seconds / baseline:4.1f}x the baseline")
    seconds = writer_process(database, csv_path)
    print(f"{'python ids, writer process':28} {seconds:7.1f} s   {seconds / baseline:4.1f}x the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
