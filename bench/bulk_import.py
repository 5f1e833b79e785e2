"""Bulk import of 1M stake rows from CSV, against a plain sqlite3 executemany of the same rows.

    python bench/bulk_import.py                 # 1,000,000 rows
    python bench/bulk_import.py --rows 100000

Both run in their own process, on the same CSV, each into a new database file in one transaction:
- sqlite3: csv.reader, then executemany into one table of text columns (no validation, no ids);
- ours: the `ai-deals import` path (validation, entity resolution, evidence, one transaction).
Prints both times, the ratio, and each process's peak resident memory.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).parent / "data"


def plain_sqlite(csv_path: Path, db_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(db_path)
    with csv_path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        columns = ", ".join(f'"{name}" TEXT' for name in header)
        conn.execute(f"CREATE TABLE deals ({columns})")
        marks = ", ".join("?" for _ in header)
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO deals VALUES ({marks})", reader)
        conn.commit()
    conn.close()


def ours(csv_path: Path, db_path: Path) -> None:
    import io

    from rich.console import Console

    from ai_deals.store import Store
    from ai_deals.structured_import import import_structured

    with Store.open(db_path) as store:
        import_structured(store, csv_path, skip_bad_rows=False, console=Console(file=io.StringIO()))


def run_phase(phase: str, csv_path: Path, db_path: Path) -> None:
    """One side of the comparison, in this process; prints seconds and peak RSS as JSON."""
    for leftover in db_path.parent.glob(db_path.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    (plain_sqlite if phase == "sqlite3" else ours)(csv_path, db_path)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--phase", choices=["sqlite3", "ours"], help=argparse.SUPPRESS)
    parser.add_argument("--csv", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    csv_path = args.csv or DATA / f"stakes-{args.rows}.csv"
    if args.phase:
        run_phase(args.phase, csv_path, DATA / f"bulk-{args.phase}-{args.rows}.db")
        return 0
    print(f"command: python bench/bulk_import.py --rows {args.rows}")
    if not csv_path.exists():
        subprocess.run(
            [sys.executable, str(Path(__file__).parent / "make_dataset.py"), "--companies", str(args.rows),
             "--stakes-only", "--out", str(csv_path)],
            check=True,
        )  # fmt: skip
    results = {}
    for phase in ("sqlite3", "ours"):
        out = subprocess.run(
            [sys.executable, __file__, "--phase", phase, "--rows", str(args.rows), "--csv", str(csv_path)],
            check=True,
            capture_output=True,
            text=True,
        )
        results[phase] = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{phase:8} {results[phase]['seconds']:7.1f} s   peak RSS {results[phase]['peak_mb']:6.0f} MB")
    ratio = results["ours"]["seconds"] / results["sqlite3"]["seconds"]
    print(f"{args.rows:,} stake rows: ours / sqlite3 executemany = {ratio:.1f}x (target <= 3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
