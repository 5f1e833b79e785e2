"""Memory: resident size with the 1M database open and searched (target < 500 MB).

    python bench/memory.py --db bench/data/deals-1m.db            # index cache used if present
    python bench/memory.py --db bench/data/deals-1m.db --rebuild  # index built from the database

Prints RSS (current, from /proc) and peak RSS after opening, after the first search (which loads
or builds the index) and after 200 more searches through `Store.search` (details and summaries
included), with the time the first search and the later ones took.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident size in MB."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def memory() -> str:
    current, peak = rss_mb()
    return f"RSS {current:.0f} MB (peak {peak:.0f} MB)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(__file__).parent / "data" / "deals-1m.db")
    parser.add_argument("--rebuild", action="store_true", help="ignore the saved index (measures a build)")
    args = parser.parse_args()
    print(f"command: python bench/memory.py --db {args.db}{' --rebuild' if args.rebuild else ''}")
    from ai_deals.store import Store, search_cache

    if args.rebuild:
        search_cache.cache_path(args.db).unlink(missing_ok=True)
    print(f"python + imports: {memory()}")
    store = Store.open(args.db)
    print(f"opened ({store.overview().companies:,} companies): {memory()}")
    started = time.perf_counter()
    store.search("goldmann sachs")
    first = time.perf_counter() - started
    how = "built from the database and saved" if args.rebuild else "loaded from the cache file"
    print(f"first search ({how}) {first:.2f} s: {memory()}")
    words = ["kakawald", "robotik", "societe", "lodz", "capital", "ventures", "bjorn", "ai", "s", "data"]
    queries = [word[:end] for word in words for end in range(1, len(word) + 1)]
    queries = (queries * 4)[:200]
    times = []
    for query in queries:
        started = time.perf_counter()
        store.search(query)
        times.append(time.perf_counter() - started)
    ms = sorted(t * 1000 for t in times)
    print(
        f"{len(queries)} Store.search calls (hits with summaries): median {statistics.median(ms):.1f} ms, "
        f"max {ms[-1]:.1f} ms: {memory()}"
    )
    print(f"target: RSS < 500 MB -> {'met' if rss_mb()[0] < 500 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
