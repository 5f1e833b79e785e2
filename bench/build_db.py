"""Build a benchmark database from a generated CSV with the structured importer (as `ai-deals import` does).

python bench/make_dataset.py --companies 1000000 --out bench/data/deals-1m.csv
python bench/build_db.py --csv bench/data/deals-1m.csv --db bench/data/deals-1m.db
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rich.console import Console

from ai_deals.store import Store
from ai_deals.structured_import import import_structured


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, required=True)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    with Store.open(args.db) as store:
        report = import_structured(store, args.csv, skip_bad_rows=True, console=Console(stderr=True))
        store.search("warm up")  # builds the search index and saves its cache next to the database
    print(
        f"{report.action}: {report.rows_written:,} rows in {time.perf_counter() - started:.1f} s -> {args.db}"
    )
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
