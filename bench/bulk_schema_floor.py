"""What do the SQLite writes of our own schema cost at best, with no Python work per row at all?

    python bench/bulk_schema_floor.py                 # the database bulk_import.py wrote for 1,000,000 rows
    python bench/bulk_schema_floor.py --rows 100000

`bench/bulk_import.py` leaves the database our import wrote (`bench/data/bulk-ours-N.db`). This copies its
rows, table by table, into a new database of the same schema (made by `Store.open`, so the same pragmas,
WAL included) in one transaction, the way the bulk import writes a big file: secondary indexes and triggers
dropped first, then `INSERT INTO main.t SELECT * FROM src.t` (SQLite copies the rows in C: nothing per row
in Python), every index and trigger recreated from its own SQL, commit. A second copy writes the same rows
with `executemany` from Python tuples read beforehand, off the clock: what binding each value from Python
costs on top. Both are compared with `bulk_import.py`'s baseline (csv.reader + executemany into one text
table), timed in the same process on the same CSV.

The first copy is the floor for any importer that ends with these rows in this schema: whatever it reads,
validates and resolves must fit in what is left of 3x the baseline.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

from bulk_import import DATA, plain_sqlite


def _new_schema_db(path: Path) -> None:
    from ai_deals.store import Store

    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    with Store.open(path):
        pass


def _copied_tables(conn: sqlite3.Connection) -> list[str]:
    """The source's tables holding rows, FTS shadow tables and SQLite's own left out (a few rows)."""
    names = conn.execute(
        "SELECT name FROM src.sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'sources_fts%'"
    ).fetchall()
    return [name for (name,) in names]


def _shared_columns(conn: sqlite3.Connection, table: str) -> str:
    """Columns both schemas have, by name (the source may be one migration behind)."""
    target = [row[1] for row in conn.execute(f'PRAGMA main.table_info("{table}")')]
    source = {row[1] for row in conn.execute(f'PRAGMA src.table_info("{table}")')}
    return ", ".join(f'"{column}"' for column in target if column in source)


def _drop_indexes_and_triggers(conn: sqlite3.Connection) -> list[str]:
    objects = conn.execute(
        "SELECT type, name, sql FROM main.sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    for kind, name, _ in objects:
        conn.execute(f'DROP {kind.upper()} main."{name}"')
    return [sql for _, _, sql in objects]


def copy_rows(source: Path, target: Path, *, from_python: bool) -> dict[str, float]:
    """Seconds for rows, indexes and commit; with `from_python`, rows go through executemany."""
    _new_schema_db(target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("ATTACH ? AS src", (str(source),))
    tables = _copied_tables(conn)
    prepared = {}
    if from_python:  # off the clock: the rows as Python tuples, as a writer would hold them
        prepared = {
            name: conn.execute(f'SELECT {_shared_columns(conn, name)} FROM src."{name}"').fetchall()
            for name in tables
        }
    started = time.perf_counter()
    conn.execute("BEGIN")
    recreate = _drop_indexes_and_triggers(conn)
    for name in tables:
        columns = _shared_columns(conn, name)
        conn.execute(f'DELETE FROM main."{name}"')
        if from_python:
            rows = prepared[name]
            if rows:
                marks = ", ".join("?" for _ in rows[0])
                conn.executemany(f'INSERT INTO main."{name}" ({columns}) VALUES ({marks})', rows)
        else:
            conn.execute(f'INSERT INTO main."{name}" ({columns}) SELECT {columns} FROM src."{name}"')
    rows_done = time.perf_counter()
    for sql in recreate:
        conn.execute(sql)
    indexes_done = time.perf_counter()
    conn.execute("COMMIT")
    committed = time.perf_counter()
    conn.close()
    return {
        "rows": rows_done - started,
        "indexes": indexes_done - rows_done,
        "commit": committed - indexes_done,
        "total": committed - started,
        "indexes_made": sum(1 for sql in recreate if sql.lstrip().upper().startswith("CREATE")),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    source = DATA / f"bulk-ours-{args.rows}.db"
    csv_path = DATA / f"stakes-{args.rows}.csv"
    print(f"command: python bench/bulk_schema_floor.py --rows {args.rows}")
    if not source.exists() or not csv_path.exists():
        print(f"run `python bench/bulk_import.py --rows {args.rows}` first: it writes {source.name}")
        return 2
    baseline_db = DATA / f"floor-baseline-{args.rows}.db"
    for leftover in DATA.glob(baseline_db.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    plain_sqlite(csv_path, baseline_db)
    baseline = time.perf_counter() - started
    print(f"baseline, csv.reader + executemany into one text table: {baseline:.2f} s")
    for label, from_python in (
        ("INSERT … SELECT (no Python per row)", False),
        ("executemany of prebuilt tuples", True),
    ):
        parts = copy_rows(source, DATA / f"floor-copy-{args.rows}.db", from_python=from_python)
        print(
            f"our schema's rows, {label}: rows {parts['rows']:.2f} s, {parts['indexes_made']} indexes and triggers"
            f" {parts['indexes']:.2f} s, commit {parts['commit']:.2f} s: {parts['total']:.2f} s"
            f" = {parts['total'] / baseline:.2f}x the baseline"
        )
    for leftover in [*DATA.glob("floor-baseline-*"), *DATA.glob("floor-copy-*")]:
        leftover.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
