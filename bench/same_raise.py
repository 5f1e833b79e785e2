"""Grouping a page's rounds into raises (store/same_raise.py) at 100k rounds: one sort, one sweep.

    python bench/same_raise.py                      # in memory: 25k, 50k and 100k rounds per shape
    python bench/same_raise.py --db DB --company X  # and Store.company() of a company in a database

Shapes, each the worst of its kind for the sweep:
- flood: one source gives 100k rounds of one company, one day, one amount (none folds: one source);
- told twice: 50k raises of one company, each told by an article and a deal file (every one folds);
- dense: one company, 7 sources, a spread of amounts and dates over a year (groups stay open for a month);
- investor page: 100k rounds of 50k companies (an investor's "Rounds joined"), told twice each.
Time per round should stay flat as the count doubles (linear); a quadratic grouping would double it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ai_deals.store.models import Round
from ai_deals.store.same_raise import fold_rounds


def make(index: int, source: int, amount: float, date: str, company: int = 1) -> Round:
    return Round(
        id=index, company_id=company, company="C", source_id=source, amount=amount, currency="USD", date=date
    )


def day(index: int) -> str:
    return f"2025-{1 + index % 12:02d}-{1 + index % 28:02d}"


SHAPES = {
    "flood": lambda n: [make(i, 1, 1e6, "2025-01-01") for i in range(n)],
    "told twice": lambda n: [make(i, i % 2, 1e6 * (1 + i // 2), day(i // 2)) for i in range(n)],
    "dense": lambda n: [make(i, i % 7, 1e6 * (1 + (i % 1000) / 1000), day(i)) for i in range(n)],
    "investor page": lambda n: [make(i, i % 2, 1e8, "2025-05-02", company=i // 2) for i in range(n)],
}


def in_memory(sizes: list[int]) -> None:
    for name, build in SHAPES.items():
        figures = []
        for size in sizes:
            rounds = build(size)
            started = time.perf_counter()
            shown = fold_rounds(rounds)
            took = time.perf_counter() - started
            figures.append(
                f"{size:,} → {len(shown):,} rounds in {took:.2f} s ({took / size * 1e6:.1f} µs/round)"
            )
        print(f"{name:14} " + "; ".join(figures))


def store_side(db: Path, company: str) -> None:
    from ai_deals.store import Store

    with Store.open(db) as store:
        found = store.find_company(company)
        if found is None:
            print(f"no company {company!r} in {db}", file=sys.stderr)
            return
        started = time.perf_counter()
        page = store.company(found.id)
        took = time.perf_counter() - started
        print(f"Store.company({found.name!r}): {len(page.rounds):,} rounds shown in {took:.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--company")
    args = parser.parse_args()
    print("python bench/same_raise.py " + " ".join(sys.argv[1:]))
    in_memory(args.sizes)
    if args.db and args.company:
        store_side(args.db, args.company)
    return 0


if __name__ == "__main__":
    sys.exit(main())
