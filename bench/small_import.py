"""A small deal file into a big database: names read key by key (lazily) against every name read first.

    python bench/small_import.py --db bench/data/deals-1m.db --csv bench/data/deals-1m.csv --rows 10

Copies `--db` twice into a temporary folder (never writes it), writes a file of `--rows` rows taken
from the middle of `--csv` plus rows naming some of them run together ("GioveSistemi") or spaced
otherwise, and imports it into each copy in a child process: once with every name read up front
(`eager`), once key by key (`lazy`). Prints each side's import time and peak memory, then compares
every table of the two databases (bench/bulk_equal.py's `difference`); exits 1 on a difference.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bulk_equal import difference  # noqa: E402


def small_file(source: Path, rows: int, out: Path) -> Path:
    """`rows` rows from the middle of `source`, then each of the first few companies spelt otherwise."""
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        for _ in range(50_000):  # past the first rows: names the database holds
            if next(reader, None) is None:
                break
        taken = [row for _, row in zip(range(rows), reader, strict=False)]
    variants = []
    for row in taken[:3]:
        name = row[0]
        other = name.replace(" ", "") if " " in name else f"{name[:3]} {name[3:]}"
        variants.append([other, *row[1:6], "2031-01-01", *row[7:]])
    text = io.StringIO()
    csv.writer(text).writerows([header, *taken, *variants])
    out.write_text(text.getvalue(), encoding="utf-8", newline="")
    return out


def child(db: Path, path: Path, mode: str) -> None:
    """Import `path` into `db` with names read `mode` (eager, lazy); print time and peak memory."""
    from rich.console import Console

    import ai_deals.store.bulk as bulk
    from ai_deals.store import Store
    from ai_deals.structured_import import import_structured

    if mode != "auto":
        bulk.resolves_lazily = lambda conn, hint: mode == "lazy"
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with Store.open(db) as store:
        started = time.perf_counter()
        import_structured(store, path, skip_bad_rows=True, console=Console(quiet=True))
        took = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {"mode": mode, "seconds": round(took, 3), "peak_mb": peak // 1024, "open_mb": before // 1024}
        )
    )


def without_drawn_values(db: Path) -> None:
    """The values no two imports share whatever they write: the search token (random) and the time."""
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TRIGGER IF EXISTS _search_state_token")  # it would draw the token again
        conn.execute("UPDATE _search_state SET token = ''")
        conn.execute("UPDATE sources SET imported_at = ''")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--csv", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=10)
    parser.add_argument("--child", nargs=3, metavar=("DB", "FILE", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), args.child[2])
        return 0
    with tempfile.TemporaryDirectory(prefix="small-import-", dir="/tmp") as folder:
        path = small_file(args.csv, args.rows, Path(folder) / "small.csv")
        copies = {}
        for mode in ("eager", "lazy"):
            copies[mode] = Path(folder) / f"{mode}.db"
            shutil.copy(args.db, copies[mode])
            index = args.db.with_name(args.db.name + ".search-index")
            if index.exists():  # else opening the copy would build one, in neither side's figures
                shutil.copy(index, copies[mode].with_name(copies[mode].name + ".search-index"))
            done = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--db",
                    "-",
                    "--csv",
                    "-",
                    "--child",
                    str(copies[mode]),
                    str(path),
                    mode,
                ],
                capture_output=True,
                text=True,
            )
            if done.returncode:
                raise SystemExit(f"{mode} import failed:\n{done.stderr}")
            print(done.stdout.strip())
        for copy in copies.values():
            without_drawn_values(copy)
        differs = difference(copies["eager"], copies["lazy"])
        print("same tables" if differs is None else f"DIFFERENT: {differs}")
        return 0 if differs is None else 1


if __name__ == "__main__":
    raise SystemExit(main())
