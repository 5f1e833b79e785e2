"""Pages of investors in thousands of rounds: the explorer's page, source view and Esc back, `show`.

    python bench/make_dataset.py --companies 100000 --out bench/data/deals-100k.csv
    python bench/big_pages.py            # builds bench/data/deals-100k-stars.db first (~15 s)

The 100k data set's rounds name no investors, so this bench gives them some: each round row names
one or two investors at random, and four investors join many rounds ("star" investors: 15,000, 5,000,
2,000 and 500 of the 16,445 rounds). The same 108,381 facts from one deal file, rebuilt with the
structured importer as `ai-deals import` does.

Figures, each the median of `--runs` runs (wall time on a shared machine; the UI thread's CPU and
the process's, all threads, too):
- `Store.company()` of each star investor;
- in the explorer (headless pilot, 120×40): opening the page until its first rows are in the list
  and until the whole page is (read in two steps: `Store.company_head`, then `Store.company`), `s`
  (the source view of the highlighted round) until it is drawn, Esc back to the page, Esc back to
  search;
- `ai-deals show` of each star's page and `ai-deals timeline` (108k events) drawn to a file.

With `--investor NAME` (and `--db` a database that has it, such as a copy of the tester's big.db with
"Giga Fund": 20,000 stakes and 10,000 rounds joined), the explorer on that one page instead: opening it,
each key once it is whole (until the screen is drawn again), Enter on a company and Esc back, Esc back
to search, and the process's memory (RSS) fresh, with the page open, and after each of `--reopen`
more openings and closings.

    python bench/big_pages.py --db /tmp/big.db --investor "Giga Fund" --runs 3
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import random
import statistics
import sys
import time
from pathlib import Path

DATA = Path(__file__).parent / "data"
STARS = {"Minana Holdings": 15000, "Nisuna Invest": 5000, "Ixnexquantel Bank": 2000, "Artri Fonds": 500}


def star_csv(source: Path, out: Path, seed: int = 7) -> None:
    """The 100k data set with investors on its round rows, four of them in very many rounds."""
    rng = random.Random(seed)
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    investors = sorted({r["investor"] for r in rows if r["kind"] == "investment" and r["investor"]})
    rounds = [r for r in rows if r["kind"] == "round"]
    for row in rounds:
        row["investor"] = "; ".join(rng.sample(investors, rng.randint(1, 2)))
    for star, count in STARS.items():
        for row in rng.sample(rounds, count):
            row["investor"] += f"; {star}"
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def build(source: Path, db: Path) -> None:
    from rich.console import Console

    from ai_deals.store import Store
    from ai_deals.structured_import import import_structured

    path = db.with_suffix(".csv")
    star_csv(source, path)
    with Store.open(db) as store:
        import_structured(store, path, skip_bad_rows=True, console=Console(stderr=True, quiet=True))


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:7.0f} ms"


def store_side(db: Path, runs: int) -> dict[str, int]:
    from ai_deals.store import Store

    ids = {}
    with Store.open(db) as store:
        for name in STARS:
            company = store.find_company(name, exact=True)
            ids[name] = company.id
            walls = []
            for _ in range(runs):
                started = time.perf_counter()
                page = store.company(company.id)
                walls.append(time.perf_counter() - started)
            print(f"Store.company({name!r}): {len(page.rounds_joined):,} rounds joined  {median_ms(walls)}")
    return ids


async def wait_for(pilot, done, timeout: float = 60.0) -> None:
    started = time.perf_counter()
    while not done():
        if time.perf_counter() - started > timeout:
            raise RuntimeError("timed out")
        await pilot.pause(0.005)


async def tui_run(db: Path, company_id: int, name: str) -> dict[str, float]:
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.screens.company import CompanyScreen
    from ai_deals.tui.screens.search import SearchScreen
    from ai_deals.tui.screens.source import SourceScreen
    from ai_deals.tui.widgets.virtual_list import VirtualList

    figures: dict[str, float] = {}
    app = DealsApp(db_path=db)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.store is not None  # opened before timing (the app opens it in a worker at launch)

        def page_shown() -> bool:
            screen = app.screen
            lists = screen.query("#page").results(VirtualList) if isinstance(screen, CompanyScreen) else ()
            return any(page_list.rows for page_list in lists)

        def page_whole() -> bool:
            return page_shown() and app.screen.page is not None

        started, ui, cpu = time.perf_counter(), time.thread_time(), time.process_time()
        app.open_company(company_id, name)
        await wait_for(pilot, page_shown)
        drawn: list[bool] = []  # not pilot.pause(): it waits for the whole process to idle
        app.screen.call_after_refresh(lambda: drawn.append(True))
        await wait_for(pilot, lambda: bool(drawn))
        figures["open page: first rows"] = time.perf_counter() - started
        await wait_for(pilot, page_whole)
        await pilot.pause()
        figures["open page: whole page"] = time.perf_counter() - started
        figures["open page, UI thread CPU"] = time.thread_time() - ui
        # Every thread's: the steadier figure on a shared machine (the read is in a worker).
        figures["open page, process CPU"] = time.process_time() - cpu
        page = app.screen

        started = time.perf_counter()
        await pilot.press("s")
        await wait_for(pilot, lambda: isinstance(app.screen, SourceScreen) and app.screen.source is not None)
        await pilot.pause()
        figures["s: source view"] = time.perf_counter() - started

        started, ui = time.perf_counter(), time.thread_time()
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is page and page_shown())
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        figures["Esc back to the page"] = time.perf_counter() - started
        figures["Esc back, UI thread CPU"] = time.thread_time() - ui

        started = time.perf_counter()
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, SearchScreen))
        await pilot.pause()
        figures["Esc back to search"] = time.perf_counter() - started
    return figures


def rss_mb() -> float:
    """The process's resident memory, in MB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def drawn_after(pilot, action, done=None) -> float:
    """Seconds from `action` until `done()` holds and the screen is drawn again."""
    started = time.perf_counter()
    await action()
    while done is not None and not done():
        await asyncio.sleep(0.001)
    drawn: list[bool] = []
    pilot.app.screen.call_after_refresh(lambda: drawn.append(True))
    while not drawn:
        await asyncio.sleep(0.001)
    return time.perf_counter() - started


def send_key(app, key: str):
    """An action handing `key` to the app as a terminal does (`Pilot.press` also waits for the whole
    process to idle, ~60 ms whatever the key does)."""
    from textual import events

    async def send() -> None:
        app._driver.send_message(events.Key(key, None))

    return send


async def investor_run(db: Path, name: str, reopen: int) -> dict[str, float]:
    """One run of the explorer on one big investor's page: timings (s) and RSS figures (MB)."""
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.screens.company import CompanyScreen
    from ai_deals.tui.screens.search import SearchScreen
    from ai_deals.tui.widgets.virtual_list import VirtualList

    figures: dict[str, float] = {}
    app = DealsApp(db_path=db)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        company = app.store.find_company(name, exact=True)
        figures["RSS MB fresh"] = rss_mb()

        def whole() -> bool:
            return isinstance(app.screen, CompanyScreen) and app.screen.page is not None

        async def open_page() -> None:
            app.open_company(company.id, company.name)
            await wait_for(pilot, whole, timeout=300)

        figures["open page: whole page"] = await drawn_after(pilot, open_page)
        page = app.screen
        page_list = page.query_one("#page", VirtualList)
        figures["RSS MB page open"] = rss_mb()
        for key in ("end", "up", "pageup", "home", "down", "pagedown"):
            before = page_list.cursor
            figures[f"key {key}"] = await drawn_after(
                pilot, send_key(app, key), lambda before=before: page_list.cursor != before
            )
        figures["Enter: a company's page"] = await drawn_after(
            pilot, send_key(app, "enter"), lambda: app.screen is not page and whole()
        )
        figures["Esc back to the page"] = await drawn_after(
            pilot, send_key(app, "escape"), lambda: app.screen is page
        )
        figures["Esc back to search"] = await drawn_after(
            pilot, send_key(app, "escape"), lambda: isinstance(app.screen, SearchScreen)
        )
        for n in range(reopen):
            await open_page()
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, SearchScreen))
            await app.workers.wait_for_complete()
            figures[f"RSS MB after reopen {n + 1}"] = rss_mb()
    return figures


def investor_side(db: Path, name: str, runs: int, reopen: int) -> None:
    """Each run in a fresh process: its memory figures start from a fresh app."""
    import json
    import subprocess

    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        command = [sys.executable, __file__, "--db", str(db), "--investor", name, "--reopen", str(reopen)]
        out = subprocess.run([*command, "--one-run"], check=True, capture_output=True, text=True).stdout
        for label, value in json.loads(out.splitlines()[-1]).items():
            samples.setdefault(label, []).append(value)
    print(f"explorer, {name} (medians of {runs} runs, each in a fresh process):")
    for label, values in samples.items():
        if label.startswith("RSS"):
            print(f"  {label:28} {statistics.median(values):7.0f} MB")
        else:
            print(f"  {label:28} {median_ms(values)}")


def tui_side(db: Path, ids: dict[str, int], runs: int, names: list[str]) -> None:
    for name in names:
        samples: dict[str, list[float]] = {}
        for _ in range(runs):
            for label, value in asyncio.run(tui_run(db, ids[name], name)).items():
                samples.setdefault(label, []).append(value)
        print(f"explorer, {name} ({STARS[name]:,} rounds joined):")
        for label, values in samples.items():
            print(f"  {label:28} {median_ms(values)}")


def cli_side(db: Path, ids: dict[str, int], runs: int) -> None:
    from rich.console import Console

    from ai_deals import render
    from ai_deals.store import Store

    with Store.open(db) as store:
        for name in STARS:
            page = store.company(ids[name])
            walls = []
            for _ in range(runs):
                out = io.StringIO()
                started = time.perf_counter()
                render.print_company(Console(file=out, width=120), page)
                walls.append(time.perf_counter() - started)
            lines = out.getvalue().count("\n")
            print(f"ai-deals show {name!r}: drawing {lines:,} lines  {median_ms(walls)}")
        events = store.timeline()
        walls = []
        for _ in range(max(1, runs // 2)):
            out = io.StringIO()
            started = time.perf_counter()
            render.print_timeline(Console(file=out, width=120), events)
            walls.append(time.perf_counter() - started)
        print(f"ai-deals timeline: drawing {len(events):,} events  {median_ms(walls)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DATA / "deals-100k.csv")
    parser.add_argument("--db", type=Path, default=DATA / "deals-100k-stars.db")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--investor", help="time the explorer on this investor's page of --db only")
    parser.add_argument("--reopen", type=int, default=3, help="with --investor: openings after the first")
    parser.add_argument("--one-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.investor and args.one_run:
        import json

        print(json.dumps(asyncio.run(investor_run(args.db, args.investor, args.reopen))))
        return 0
    if args.investor:
        investor_side(args.db, args.investor, args.runs, args.reopen)
        print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
        return 0
    if not args.db.exists():
        started = time.perf_counter()
        build(args.csv, args.db)
        print(f"built {args.db} in {time.perf_counter() - started:.1f} s")
    ids = store_side(args.db, args.runs)
    tui_side(args.db, ids, args.runs, ["Minana Holdings", "Nisuna Invest"])
    if not args.skip_cli:
        cli_side(args.db, ids, args.runs)
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
