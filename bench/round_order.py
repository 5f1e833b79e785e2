"""Time `in_stage_order` on a company with many rounds: 20,000 dated and 1,000 undated (of known and
unknown stages), the shape that took 44 s when each undated round scanned the whole list.

    python bench/round_order.py [--dated 20000] [--undated 1000]
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import dataclass

from ai_deals.store.round_order import in_stage_order

TYPES = ["Pre-seed", "Seed", "Series A", "Series B", "Series C", "Series D", "Grant", "growth", None]


@dataclass
class _Round:
    date: str | None
    round_type: str | None


def _rounds(dated: int, undated: int, seed: int = 7) -> list[_Round]:
    rng = random.Random(seed)
    rounds = [
        _Round(
            f"{rng.randint(1996, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", rng.choice(TYPES)
        )
        for _ in range(dated)
    ]
    rounds += [_Round(None, rng.choice(TYPES)) for _ in range(undated)]
    rng.shuffle(rounds)
    return rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dated", type=int, default=20_000)
    parser.add_argument("--undated", type=int, default=1_000)
    args = parser.parse_args()
    rounds = _rounds(args.dated, args.undated)
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        ordered = in_stage_order(rounds)
        timings.append(time.perf_counter() - start)
    assert len(ordered) == len(rounds)
    timings.sort()
    print(f"in_stage_order: {args.dated:,} dated + {args.undated:,} undated rounds")
    print(f"  median {timings[2] * 1000:.1f} ms, max {timings[-1] * 1000:.1f} ms (5 runs)")


if __name__ == "__main__":
    main()
