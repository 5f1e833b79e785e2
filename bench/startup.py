"""Startup: `ai-deals` to its first frame on the 1M database, against a minimal Textual app.

    python bench/startup.py --db bench/data/deals-1m.db

Each run is a new process (python start and imports included). The minimal app has one Input and
one OptionList. Both run headless through the same hook: when Textual hands its first composited
frame to the driver (`App._display`), the time since the process was spawned is printed and the
process ends. Median of --runs runs each, the two apps taking turns (a load that comes and goes
on a shared machine weighs on both alike); the ratio is ours / minimal.

Our modules are compiled to bytecode first, as `pip install` does and as Textual's already are: with
PYTHONDONTWRITEBYTECODE set and no __pycache__ (an editable checkout), every launch would compile
them again, about 15 ms that no installed ai-deals spends. --no-compile measures that case.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
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


def compile_ours() -> list[str]:
    """Write the bytecode of every ai-deals package where the app is imported from (the __pycache__
    folders next to the sources, as `pip install` does); the folders compiled."""
    folders = []
    for package in ("ai_deals", "ai_deals.store", "ai_deals.importers", "ai_deals.tui"):
        spec = importlib.util.find_spec(package)
        assert spec is not None and spec.submodule_search_locations, package
        for folder in spec.submodule_search_locations:
            compileall.compile_dir(folder, quiet=1)
            folders.append(folder)
    return folders


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(__file__).parent / "data" / "deals-1m.db")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--no-compile", action="store_true", help="leave our modules without bytecode (see the docstring)"
    )
    args = parser.parse_args()
    print(
        f"command: python bench/startup.py --db {args.db} --runs {args.runs}{' --no-compile' * args.no_compile}"
    )
    if not args.no_compile:
        print(f"bytecode compiled in: {', '.join(compile_ours())}")
    first_frame(MINIMAL, args.db)  # warm the file cache for both
    first_frame(OURS, args.db)
    minimal, ours = [], []
    for _ in range(args.runs):
        minimal.append(first_frame(MINIMAL, args.db))
        ours.append(first_frame(OURS, args.db))
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
