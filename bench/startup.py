"""Startup: `ai-deals` to its first frame on the 1M database, against a minimal Textual app.

    python bench/startup.py --db bench/data/deals-1m.db

Each run is a new process (python start and imports included). The minimal app has one Input and
one OptionList. Both run headless through the same hook: when Textual hands its first composited
frame to the driver (`App._display`), the time since the process was spawned is printed and the
process ends. Median of --runs runs each; the ratio is ours / minimal.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

# Run in the child: every app reports its first frame and the process ends there.
HOOK = """
import os, sys, time
spawned = float(sys.argv[1])
import textual.app

_display = textual.app.App._display

def _first_frame(self, screen, renderable):
    # The first composited frame handed to the driver (headless: not written, same work otherwise).
    if renderable is not None and not self._batch_count:
        print(f"FIRST_FRAME {time.time() - spawned:.4f}", flush=True)
        os._exit(0)  # a worker still busy (a slow query) must not delay the measurement
    return _display(self, screen, renderable)

_run = textual.app.App.run

def _headless(self, *args, **kwargs):
    kwargs.update(headless=True)
    return _run(self, *args, **kwargs)

textual.app.App._display = _first_frame
textual.app.App.run = _headless
"""

OURS = (
    HOOK
    + """
from ai_deals.cli import main
main(["--db", sys.argv[2]])
"""
)

MINIMAL = (
    HOOK
    + """
from textual.app import App
from textual.widgets import Input, OptionList

class Minimal(App):
    def compose(self):
        yield Input(placeholder="search")
        yield OptionList(*[f"name {n}" for n in range(50)])

Minimal().run()
"""
)


def first_frame(code: str, db: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", code, repr(time.time()), str(db)], capture_output=True, text=True, check=False
    )
    for line in out.stdout.splitlines():
        if line.startswith("FIRST_FRAME"):
            return float(line.split()[1])
    raise RuntimeError(f"no first frame: {out.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(__file__).parent / "data" / "deals-1m.db")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"command: python bench/startup.py --db {args.db} --runs {args.runs}")
    first_frame(MINIMAL, args.db)  # warm the file cache for both
    first_frame(OURS, args.db)
    minimal = [first_frame(MINIMAL, args.db) for _ in range(args.runs)]
    ours = [first_frame(OURS, args.db) for _ in range(args.runs)]
    ratio = statistics.median(ours) / statistics.median(minimal)
    print(
        f"minimal Textual app: median {statistics.median(minimal) * 1000:6.0f} ms (runs: {', '.join(f'{t * 1000:.0f}' for t in minimal)})"
    )
    print(
        f"ai-deals on {args.db.name}: median {statistics.median(ours) * 1000:6.0f} ms (runs: {', '.join(f'{t * 1000:.0f}' for t in ours)})"
    )
    print(f"ratio {ratio:.2f}x (target <= 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
