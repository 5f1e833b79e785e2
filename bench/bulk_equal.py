"""Proof that a faster bulk import writes the same database: old code and new code, row by row.

    python bench/bulk_equal.py --old-python /tmp/venv-old/bin/python

`--old-python` is an interpreter with the code to compare against installed (a second worktree of the
commit before the change, `pip install -e` in its own venv); this interpreter runs the new code. Each
case imports the same files with `ai-deals import --skip-bad-rows` (seeds loaded, as a user's first
import) into one new database per side, then compares every table (`SELECT * FROM t ORDER BY rowid`)
and the schema. Cases: the bench's stake file, the first rows of the every-kind file, each file of
tests/fixtures/structured/, both files into one database (the second against companies already
there), and an ai-deals export (CSV and JSON) of such a database imported into a new one.
Prints one line per case; exits 1 on the first difference, naming the table and row.

A change that adds a column (`--added evidence.line`, line27's m041) is compared as the old code would
have written it: the new database's copy without the column and without the migrations the old
database has not applied; each case's line then says how many rows give the column a value.
"""

from __future__ import annotations

import argparse
import itertools
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
FIXTURES = ROOT / "tests" / "fixtures" / "structured"


def head(source: Path, rows: int, out: Path, *, skip: int = 0) -> Path:
    """The header and `rows` lines of a CSV after its first `skip` (one line per row in the bench files)."""
    with source.open(encoding="utf-8", newline="") as handle:
        header = next(handle)
        taken = itertools.islice(handle, skip, skip + rows)
        out.write_text(header + "".join(taken), encoding="utf-8", newline="")
    return out


def ai_deals(python: str, db: Path, *args: str) -> None:
    """One `ai-deals` command run by `python`'s installed code."""
    command = [python, "-m", "ai_deals", "--db", str(db), *args]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")


def imported(python: str, db: Path, files: list[Path]) -> Path:
    """A new database holding `files`, imported one command each, in order."""
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    for path in files:
        ai_deals(python, db, "import", "--skip-bad-rows", str(path))
    return db


def without_added(old: Path, new: Path, added: list[str]) -> Path:
    """A copy of `new` as the old code would have left it: `added` columns ("table.column") dropped,
    the migrations `old` never applied forgotten, its schema version `old`'s."""
    copy = new.with_name(new.stem + "-as-old.db")
    for leftover in copy.parent.glob(copy.name + "*"):
        leftover.unlink()
    with sqlite3.connect(new) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with sqlite3.connect(old) as before, sqlite3.connect(copy) as conn:
        for name in added:
            table, column = name.split(".")
            conn.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
        applied = [name for (name,) in before.execute("SELECT name FROM _sqlite_migrations")]
        marks = ", ".join("?" for _ in applied)
        conn.execute(f"DELETE FROM _sqlite_migrations WHERE name NOT IN ({marks})", applied)
        conn.execute(f"PRAGMA user_version = {before.execute('PRAGMA user_version').fetchone()[0]}")
    return copy


def set_values(db: Path, added: list[str]) -> str:
    """How many rows give each `added` column a value: what the new column brings."""
    with sqlite3.connect(db) as conn:
        parts = []
        for name in added:
            table, column = name.split(".")
            set_count = conn.execute(f'SELECT count("{column}") FROM "{table}"').fetchone()[0]
            parts.append(f"{name} set on {set_count}")
    return ", ".join(parts)


def difference(old: Path, new: Path) -> str | None:
    """The first difference between two databases (schema, a table's rows), or None."""
    with sqlite3.connect(old) as a, sqlite3.connect(new) as b:
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        if a.execute(schema).fetchall() != b.execute(schema).fetchall():
            return "schema differs"
        tables = [row[0] for row in a.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table.startswith("sqlite_") or table.endswith(("_data", "_idx", "_docsize", "_config")):
                continue  # SQLite's own and FTS shadow tables: their content follows the tables compared
            query = f'SELECT * FROM "{table}" ORDER BY rowid'
            try:
                rows_a, rows_b = a.execute(query), b.execute(query)
            except sqlite3.OperationalError:  # a WITHOUT ROWID table or a virtual one
                query = f'SELECT * FROM "{table}" ORDER BY 1, 2'
                rows_a, rows_b = a.execute(query), b.execute(query)
            names = [column[0] for column in rows_a.description]
            for number, (row_a, row_b) in enumerate(itertools.zip_longest(rows_a, rows_b), 1):
                if comparable(names, row_a) != comparable(names, row_b):
                    return f"{table} row {number}: {first_change(names, row_a, row_b)}"
    return None


def first_change(names: list[str], old: tuple | None, new: tuple | None) -> str:
    """The first column two rows differ in, with both values (or which side has no such row)."""
    if old is None or new is None:
        return f"only {'new' if old is None else 'old'} has it: {old or new!r:.300}"
    kept = [name for name in names if not _unshared(name)]
    changes = zip(kept, comparable(names, old), comparable(names, new), strict=True)
    name, before, after = next(change for change in changes if change[1] != change[2])
    return f"{name}: old {before!r:.200}, new {after!r:.200}"


def _unshared(column: str) -> bool:
    """A column two runs of the same code fill differently (see `comparable`)."""
    return column.endswith("_at") or column in ("database_id", "token")  # token: m023's random stamp


def comparable(names: list[str], row: tuple | None) -> tuple | None:
    """A row without what two runs of the same code cannot share: when it was written (`…_at`
    columns: a migration's, a source's import), the database's random id and search token (both in
    `_search_state`, drawn by `randomblob`) and where the seed articles sit (each side's worktree)."""
    if row is None:
        return None
    kept = []
    for name, value in zip(names, row, strict=True):
        if _unshared(name):
            continue
        if name == "path" and isinstance(value, str) and "/seeds/" in value:
            value = value[value.rindex("/seeds/") :]
        kept.append(value)
    return tuple(kept)


def counted(db: Path) -> str:
    """How many rows the main tables hold, to show what a case compared."""
    with sqlite3.connect(db) as conn:
        parts = [f"{t} {conn.execute(f'SELECT count(*) FROM {t}').fetchone()[0]}" for t in _SHOWN]
    return ", ".join(parts)


_SHOWN = ("companies", "aliases", "stakes", "rounds", "evidence")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old-python", required=True, help="interpreter with the old code installed")
    parser.add_argument(
        "--rows",
        type=int,
        default=20_000,
        help="rows of the every-kind file; the stake file gives five times as many",
    )
    parser.add_argument(
        "--added",
        action="append",
        default=[],
        metavar="TABLE.COLUMN",
        help="a column the new code adds: compared without it (repeat for several)",
    )
    args = parser.parse_args()
    new_python = sys.executable
    with tempfile.TemporaryDirectory(prefix="bulk-equal-") as tmp:
        work = Path(tmp)
        stakes = head(DATA / "stakes-100000.csv", args.rows * 5, work / "stakes.csv")
        # The every-kind file's first 10,000 rows are stakes only: its rounds, revenues and
        # partnerships come after them.
        deals = head(DATA / "deals-100k.csv", args.rows, work / "deals.csv", skip=10_000)
        cases = {
            f"stakes ({args.rows * 5:,} rows)": [stakes],
            "every kind": [deals],
            "both, one database": [stakes, deals],
        }
        cases |= {f"fixture {path.name}": [path] for path in sorted(FIXTURES.iterdir())}
        # An export of a database with every kind of record, imported again: the export's own path.
        exported = imported(new_python, work / "to-export.db", [deals, *sorted(FIXTURES.iterdir())])
        for fmt in ("csv", "json"):
            out = work / f"export.{fmt}"
            ai_deals(new_python, exported, "export", "--format", fmt, "--out", str(out))
            cases[f"ai-deals export ({fmt})"] = [out]
        for name, files in cases.items():
            old = imported(args.old_python, work / "old.db", files)
            new = imported(new_python, work / "new.db", files)
            compared = without_added(old, new, args.added) if args.added else new
            if (found := difference(old, compared)) is not None:
                print(f"DIFFERENT  {name}: {found}")
                return 1
            added = f"; {set_values(new, args.added)}" if args.added else ""
            print(f"same       {name}: {counted(new)}{added}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
