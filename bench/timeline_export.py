"""The explorer's export of the whole timeline selected (ctrl+t, ctrl+a, e) at scale: time, peak memory,
and how soon the progress the status bar shows first moves.

    cp bench/data/deals-1m.db /tmp/copy.db   # opening a database may migrate it: never the bench's own
    python bench/timeline_export.py --db /tmp/copy.db --out /tmp/timeline.csv

Runs the export as the app's worker does (`tui.screens.export.write_records` on the selection's
`export_refs()`), without the app; prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from ai_deals.store import Store
from ai_deals.tui.screens.export import write_records
from ai_deals.tui.screens.timeline import TimelineRefs
from ai_deals.tui.selection import Selection


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--format", default="csv")
    args = parser.parse_args()
    with Store.open(args.db) as store:
        total = store.timeline_count()
        selection = Selection()
        selection.select_whole_timeline(TimelineRefs(store, total), total, [])
        started = time.perf_counter()
        first_progress: list[float] = []

        def progress(count: int) -> None:
            if not first_progress:
                first_progress.append(time.perf_counter() - started)

        message = write_records(store, selection.export_refs(), args.format, args.out, True, progress)
        took = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(
        json.dumps(
            {
                "events": total,
                "written": message.count,
                "seconds": round(took, 1),
                "first_progress_s": round(first_progress[0], 1) if first_progress else None,
                "peak_mb": peak,
            }
        )
    )


if __name__ == "__main__":
    main()
