"""Timeline at 100k events: CPU per one-event step and per year jump in the TUI (target < 16 ms each).

    python bench/make_dataset.py --companies 100000 --out bench/data/deals-100k.csv
    python bench/build_db.py --csv bench/data/deals-100k.csv --db bench/data/deals-100k.db
    python bench/timeline.py --db bench/data/deals-100k.db

Store side: the time `Store.timeline()` takes to load every event (done in a worker by the TUI).
TUI side: the app runs headless (Textual's test pilot), opens the whole timeline, waits for it to be
loaded, then presses ↓ (step) and ] (next year) many times; the CPU time (all threads) of each key,
repaint included, is measured. Medians and maxima are printed.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import time
from pathlib import Path


def store_side(db: Path) -> int:
    from ai_deals.store import Store

    with Store.open(db) as store:
        started = time.perf_counter()
        events = store.timeline()
        print(f"Store.timeline(): {len(events):,} events loaded in {time.perf_counter() - started:.2f} s")
    return len(events)


def _verdict(ms: float) -> str:
    return "met" if ms < 16 else "MISSED"


async def tui_side(db: Path, presses: int, freeze: bool) -> None:
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.screens.timeline import TimelineScreen

    app = DealsApp(db_path=db)
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        app.action_open_timeline()
        for _ in range(600):  # the events load in a worker: wait for them (at most a minute)
            await pilot.pause(0.1)
            screen = app.screen
            if isinstance(screen, TimelineScreen) and len(getattr(screen, "events", []) or []) > 0:
                break
        else:
            raise RuntimeError("the timeline did not load")
        print(f"TUI timeline loaded: {len(app.screen.events):,} events")
        gc.collect()
        if freeze:  # what a TUI can do once a big list is loaded: keep the GC from walking it
            gc.freeze()
        for label, key in (("step one event (down)", "down"), ("jump one year (])", "right_square_bracket")):
            cpu, ui = [], []
            for _ in range(presses):
                started, started_ui = time.process_time(), time.thread_time()
                await pilot.press(key)
                await pilot.pause()
                cpu.append(time.process_time() - started)
                ui.append(time.thread_time() - started_ui)
            if key == "right_square_bracket":
                await pilot.press("home")
            ms, ui_ms = sorted(t * 1000 for t in cpu), sorted(t * 1000 for t in ui)
            print(
                f"{label:24} CPU per key, all threads: median {statistics.median(ms):5.1f} ms, max {ms[-1]:6.1f} ms;"
                f" UI thread only: median {statistics.median(ui_ms):5.1f} ms, max {ui_ms[-1]:6.1f} ms"
                f" ({presses} presses, repaint included) -> median {_verdict(statistics.median(ms))}, max {_verdict(ms[-1])}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(__file__).parent / "data" / "deals-100k.db")
    parser.add_argument("--presses", type=int, default=60)
    parser.add_argument("--freeze", action="store_true", help="gc.freeze() once the events are loaded")
    args = parser.parse_args()
    print(
        f"command: python bench/timeline.py --db {args.db} --presses {args.presses}{' --freeze' * args.freeze}"
    )
    store_side(args.db)
    asyncio.run(tui_side(args.db, args.presses, args.freeze))
    return 0


if __name__ == "__main__":
    sys.exit(main())
