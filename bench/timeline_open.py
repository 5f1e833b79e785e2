"""Opening the whole timeline on a dense database: few companies, many records each (CPU and wall time).

    python bench/make_dataset.py --companies 2000 --rows 100000 --out /tmp/dense.csv
    ai-deals --db /tmp/dense.db import /tmp/dense.csv
    python bench/timeline_open.py --db /tmp/dense.db

bench/timeline.py's database has one record per company, mostly: nothing there can fold, so the work
the whole timeline does to fold what several sources tell (store/timeline_folds.py) went unmeasured.
Here 2,000 names share 100,000 rows: every company has two stakes of one investor and two rounds in
one currency, as a real database of a few well-covered companies does.

Measured, each in a new process as a person opens it: the store calls the explorer's timeline makes
in its worker when ctrl+t opens it (`Store.timeline_outline()`, the first and the last windows), and
`ai-deals timeline --limit 20` (the whole command, Python's start included). CPU time (user + system)
is what the code costs; wall time depends on the machine's load, printed beside it.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

OPEN = """
import resource, sys, time
from ai_deals.store import Store
from ai_deals.tui.screens.timeline import WINDOW

with Store.open(sys.argv[1]) as store:
    started, cpu = time.perf_counter(), time.process_time()
    outline = store.timeline_outline()
    store.timeline_window(None, limit=WINDOW)
    store.timeline_window(None, limit=WINDOW, backward=True)
    print(outline.total, time.process_time() - cpu, time.perf_counter() - started)
"""


def children_cpu() -> float:
    """User and system CPU seconds of every child process waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def open_in_worker(db: Path) -> str:
    """The store calls of the explorer's ctrl+t, in a new process: events, CPU s, wall s."""
    done = subprocess.run([sys.executable, "-c", OPEN, str(db)], check=True, capture_output=True, text=True)
    total, cpu, wall = done.stdout.split()
    return f"ctrl+t's store calls: {int(total):,} events, {float(cpu):.2f} s CPU, {float(wall):.2f} s wall"


def limit_command(db: Path) -> str:
    """`ai-deals timeline --limit 20`, the whole process: CPU s (its own and its children's), wall s."""
    command = [sys.executable, "-m", "ai_deals", "--db", str(db), "timeline", "--limit", "20"]
    before, started = children_cpu(), time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, "COLUMNS": "100"})
    wall, cpu = time.perf_counter() - started, children_cpu() - before
    return f"ai-deals timeline --limit 20: {cpu:.2f} s CPU, {wall:.2f} s wall"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", type=Path, required=True, help="a database imported from make_dataset's dense CSV"
    )
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        parser.error(f"{args.db}: no such database (see the commands in this file's docstring)")
    for run in range(1, args.runs + 1):
        print(f"run {run}: {open_in_worker(args.db)}; {limit_command(args.db)}")
        print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
