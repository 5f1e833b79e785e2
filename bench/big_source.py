"""Moving fact to fact in the source view of a big article (433k characters, ~2,000 facts).

    python bench/big_source.py --db /tmp/big-article.db    # builds and imports the article first (~6 s)

The article is the seed article's paragraphs told again and again with other names (so each
telling's facts are facts of their own), about 227 times. Figures: opening the source view until it
shows its first screen; each key (↓, and ↑ every tenth) sent one after another for the first 5 s after
opening, until the screen is drawn again, median and worst; then 40 more keys, median and worst.
The keys are posted as a terminal sends them, not with `pilot.press`: Pilot waits on every widget of
the screen after each key (twice 2,300 paragraphs here), a cost no user pays.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from pathlib import Path

SEED = Path(__file__).parent.parent / "seeds"
SYLLABLES = ["ka", "lo", "mi", "ra", "zen", "tor", "vex", "qui", "nor", "bel", "dax", "fin", "gor", "hal"]


def big_article(out: Path, size: int = 433_000, seed: int = 3) -> None:
    """The seed article told again with other names until it is `size` characters long."""
    text = next(SEED.glob("2026-02-27-*.txt")).read_text(encoding="utf-8").split("\n", 1)[1]
    rng = random.Random(seed)

    def name() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()

    parts: list[str] = []
    while sum(map(len, parts)) < size:
        company = name() + " AI"
        told = text.replace("OpenAI", company).replace("ChatGPT", company + " Chat")
        for old, new in (("Amazon", " Capital"), ("Nvidia", " Chips"), ("SoftBank", " Bank")):
            told = told.replace(old, name() + new)
        parts.append(told.strip() + "\n\n")
    out.write_text(
        "title: Les grandes levées de l'IA\ndate: 2026-02-27\n\n" + "".join(parts), encoding="utf-8"
    )


async def wait_for(done, timeout: float = 120.0) -> None:
    started = time.perf_counter()
    while not done():
        if time.perf_counter() - started > timeout:
            raise RuntimeError("timed out")
        await asyncio.sleep(0.002)


async def one_key(app, screen, key: str) -> float:
    """Seconds from `key` sent until the fact moved and the screen is drawn again."""
    from textual import events

    before, drawn = screen.current, []
    started = time.perf_counter()
    app.post_message(events.Key(key, None))
    await wait_for(lambda: screen.current != before)
    screen.call_after_refresh(lambda: drawn.append(True))
    await wait_for(lambda: bool(drawn))
    return time.perf_counter() - started


async def run(db: Path, keys: int) -> None:
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.screens.source import SourceScreen

    try:
        from ai_deals.tui.widgets.text_view import paragraphs
    except ImportError:  # the code before the virtual view, for "before" figures
        from ai_deals.tui.screens.source import paragraphs  # type: ignore[no-redef]

    app = DealsApp(db_path=db)
    async with app.run_test(size=(120, 40)) as pilot:
        big = max(app.store.sources(), key=lambda source: source.fact_count)
        started = time.perf_counter()
        app.open_source(big.id)
        await wait_for(lambda: isinstance(app.screen, SourceScreen) and app.screen.source is not None)
        screen = app.screen
        body = screen.query_one("#source-body")
        # The text's first lines (before the virtual view: its first paragraphs, mounted).
        await wait_for(lambda: getattr(body, "line_count", 0) or screen.query(".paragraph"))
        drawn: list[bool] = []
        screen.call_after_refresh(lambda: drawn.append(True))
        await wait_for(lambda: bool(drawn))
        first = time.perf_counter() - started
        # Keys one after another for the first 5 s after opening: each must be answered at once.
        during: list[float] = []
        while time.perf_counter() - started < 5.0:
            during.append(await one_key(app, screen, "up" if len(during) % 10 == 9 else "down"))
        print(
            f"open: first screen {first:.2f} s ({len(screen.source.text):,} characters, "
            f"{len(screen.source.spans):,} facts, {len(paragraphs(screen.source.text)):,} paragraphs, "
            f"{getattr(body, 'line_count', 0):,} lines at {body.size.width} columns, {len(screen.query('*'))} widgets)"
        )
        print(
            f"keys in the first 5 s after opening ({len(during)} keys): median "
            f"{statistics.median(during) * 1000:.0f} ms, worst {max(during) * 1000:.0f} ms"
        )
        await pilot.pause()
        times = [await one_key(app, screen, "up" if index % 10 == 9 else "down") for index in range(keys)]
        median, worst = statistics.median(times) * 1000, max(times) * 1000
        print(f"per key ({keys} keys): median {median:.0f} ms, worst {worst:.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--keys", type=int, default=40)
    args = parser.parse_args()
    if not args.db.exists():
        from rich.console import Console

        from ai_deals.importing import Overrides, parse_paths
        from ai_deals.store import Store

        article = args.db.with_suffix(".txt")
        big_article(article)
        with Store.open(args.db) as store:
            store.import_sources(parse_paths([str(article)], Overrides()))
        Console(stderr=True).print(f"built {args.db} from {article}")
    asyncio.run(run(args.db, args.keys))
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
