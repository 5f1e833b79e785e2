"""A whole database's export as the command line runs it: wall time, CPU time and peak memory.

    cp bench/data/deals-100k.db /tmp/copy.db   # opening a database may migrate it: never the bench's own
    python bench/export_whole.py --db /tmp/copy.db --format csv --runs 3

Runs `ai-deals --db DB export --format F --out /dev/null --force` in a child process per run (`--ai-deals`:
another install's command, to compare two versions alternately) and prints one JSON line per run. The
first run of a database freshly copied may migrate it: time it apart.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--format", default="csv", choices=("csv", "json", "md", "ftm"))
    parser.add_argument("--out", default="/dev/null", help="where the export goes (default /dev/null)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--ai-deals", default=_own_command(), help="the command (default: this install's)")
    args = parser.parse_args()
    command = [args.ai_deals, "--db", str(args.db), "export", "--format", args.format, "--out", args.out]
    if args.out != "/dev/null":
        command.append("--force")
    for _ in range(args.runs):
        print(json.dumps(_run(command)), flush=True)


def _own_command() -> str:
    """The `ai-deals` installed beside this Python (its venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name("ai-deals")
    return str(beside) if beside.exists() else shutil.which("ai-deals") or "ai-deals"


def _run(command: list[str]) -> dict:
    """One export in its own process: its wall and CPU seconds and peak RSS, that child's own
    (`os.wait4`: RUSAGE_CHILDREN's maximum is the largest child so far)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stderr = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    took = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        sys.exit(f"export failed ({child.returncode}): {stderr.strip()}")
    return {
        "seconds": round(took, 2),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_rss_mb": usage.ru_maxrss // 1024,
        "load_average": round(os.getloadavg()[0], 1),
    }


if __name__ == "__main__":
    main()
