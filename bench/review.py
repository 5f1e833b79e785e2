"""Review at 100k facts: opening a source's review and deciding one fact (target: well under 1 s).

    python bench/review.py --db bench/data/deals-100k.db            # medians of 5
    python bench/review.py --db bench/data/deals-100k.db --full     # also the old way: read every fact

The database is copied to a temporary folder first (decisions are writes; the original is never
touched). Store side: `review_order` (the queue, as the screen lists it) plus `review_records` of the
50 facts around the first one, then `review` of one fact. TUI side: the app runs headless (Textual's
pilot), opens the review of the source, and times it to the first fact shown, then each `y` to the
next fact shown (wall time, worker included). `--full` also times `review_queue` (every fact read,
with evidence, investors and tranches): what the review screen did on opening and after every
decision before it listed the queue by reference.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _ms(seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    return f"median {statistics.median(ms):7.1f} ms, max {ms[-1]:7.1f} ms ({len(ms)} runs)"


def store_side(db: Path, runs: int, full: bool) -> int:
    from ai_deals.store import Store

    with Store.open(db) as store:
        source_id = store.db.execute(
            "SELECT source_id FROM evidence GROUP BY 1 ORDER BY count(*) DESC"
        ).fetchone()[0]
        loads, decisions = [], []
        for _ in range(runs):
            started = time.perf_counter()
            order = store.review_order(source_id)
            store.review_records([order.ref(i) for i in range(min(50, len(order)))])
            loads.append(time.perf_counter() - started)
        for i in range(runs):
            started = time.perf_counter()
            store.review(order.ref(i), "confirmed")
            decisions.append(time.perf_counter() - started)
        print(f"source {source_id}: {len(order):,} facts to review")
        print(f"store: open the review (queue by reference + 50 facts read): {_ms(loads)}")
        print(f"store: one decision (review)                              : {_ms(decisions)}")
        if full:
            started = time.perf_counter()
            count = len(store.review_queue(source_id))
            print(
                f"store: every fact read (review_queue, {count:,}; the old load, and after each decision): "
                f"{time.perf_counter() - started:.2f} s"
            )
    return source_id


async def tui_side(db: Path, source_id: int, runs: int) -> None:
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.screens.review import ReviewScreen

    async def shown(screen: ReviewScreen) -> None:
        for _ in range(6000):  # at most a minute
            if not screen.busy and screen.current is not None:
                return
            await asyncio.sleep(0.005)
        raise RuntimeError("the review did not show a fact")

    app = DealsApp(db_path=db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        opens, decisions = [], []
        for _ in range(runs):
            started = time.perf_counter()
            screen = ReviewScreen(app.store, source_id)
            await app.push_screen(screen)
            await shown(screen)
            opens.append(time.perf_counter() - started)
            await app.pop_screen()
        screen = ReviewScreen(app.store, source_id)
        await app.push_screen(screen)
        await shown(screen)
        for _ in range(runs):
            before = screen.current.ref
            started = time.perf_counter()
            await pilot.press("y")
            await shown(screen)
            if screen.current.ref == before:
                raise RuntimeError("the decided fact is still shown")
            decisions.append(time.perf_counter() - started)
        print(f"TUI: open the review to the first fact shown: {_ms(opens)}")
        print(f"TUI: y to the next fact shown              : {_ms(decisions)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(__file__).parent / "data" / "deals-100k.db")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--full", action="store_true", help="also time reading every fact (the old way)")
    args = parser.parse_args()
    print(f"command: python bench/review.py --db {args.db} --runs {args.runs}{' --full' * args.full}")
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / args.db.name
        shutil.copyfile(args.db, copy)
        source_id = store_side(copy, args.runs, args.full)
        asyncio.run(tui_side(copy, source_id, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
