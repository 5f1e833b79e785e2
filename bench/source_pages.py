"""CPU time of reading a deal file's rows page by page in the source view (`Store.source`), as ↓/End
read them: a round read from 200,000 rows (one investor each).

    python bench/source_pages.py --db /tmp/big-rows.db    # builds and imports the file first (minutes)

Figure: CPU time (`time.process_time`) of reading the last page (End pressed with every earlier page
shown), the mean of `--repeat` reads. Works with the code before keyset paging too
(`Store.source(id, focus, skip)` without `after`), for "before" figures.
"""

from __future__ import annotations

import argparse
import inspect
import subprocess
import time
from pathlib import Path

ROWS = 200_000


def build(db: Path, rows: int) -> None:
    """A deal file of one round told by `rows` rows, one investor each, imported into `db`."""
    deals = db.with_suffix(".csv")
    with deals.open("w", encoding="utf-8") as out:
        out.write("company,investors,amount,currency,date,round\n")
        for i in range(rows):
            out.write(f"Hugeco,Investor {i:06d} Partners,1000000000,USD,2024-01-05,Series A\n")
    subprocess.run(["ai-deals", "--db", str(db), "--empty", "import", str(deals)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=ROWS, help="rows when building the database")
    parser.add_argument("--round-id", type=int, default=1, help="the round read from the rows (built: 1)")
    parser.add_argument("--repeat", type=int, default=20, help="times the last page is read")
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, args.rows)

    from ai_deals.store import Store, queries
    from ai_deals.store.models import RecordRef

    focus = RecordRef(record_type="round", record_id=args.round_id)
    with Store.open(args.db) as store:
        (source,) = [s for s in store.sources() if s.kind == "dataset"]
        keyset = "after" in inspect.signature(store.source).parameters
        page_rows = queries.FOCUS_ROWS_PAGE
        rows = store.source(source.id, focus).row_count
        skip = (rows - 1) // page_rows * page_rows  # the rows before the last page
        after = None
        if keyset:  # where the last page starts: the rows before it read as one page (not timed)
            queries.FOCUS_ROWS_PAGE = skip
            after = store.source(source.id, focus).last_row_id
            queries.FOCUS_ROWS_PAGE = page_rows

        def page():
            return (
                store.source(source.id, focus, skip, after)
                if keyset
                else store.source(source.id, focus, skip)
            )

        assert len(page().spans) == rows - skip
        started = time.process_time()
        for _ in range(args.repeat):
            page()
        last = (time.process_time() - started) / args.repeat
    kind = "keyset" if keyset else "offset"
    print(f"{kind}: last page of {rows:,} rows ({page_rows:,} a page): {last * 1000:.1f} ms CPU")


if __name__ == "__main__":
    main()
