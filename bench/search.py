"""Search, keystroke by keystroke, against `fzf --filter` on the same names (10k, 100k, 1M).

    python bench/search.py                       # all three sizes
    python bench/search.py --sizes 10000 100000

For each size: the index build time; our search time for every keystroke of 36 queries (each prefix
of each query, as typed), median and max; `fzf --filter` time per whole query, median; and how many
queries have the intended company in the top 5, for us and for fzf.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_dataset import names_for  # noqa: E402

from ai_deals.store.search import SearchIndex, build_arrays  # noqa: E402

# Well-known names mixed into the generated ones, with the aliases articles give them.
KNOWN = ["Goldman Sachs", "Société Générale", "Deutsche Börse", "Mistral AI", "OpenAI", "Bpifrance", "Nvidia"]
ALIASES = {"le créateur de ChatGPT": "OpenAI", "Banque publique d'investissement": "Bpifrance"}


def misspell(word: str, variant: int) -> str:
    """A typo: a doubled, dropped or swapped letter."""
    middle = max(1, len(word) // 2)
    if variant == 0:
        return word[:middle] + word[middle] + word[middle:]
    if variant == 1:
        return word[:middle] + word[middle + 1 :]
    return word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]


def strip_accents(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def unique_prefix(name: str, folded_sorted: list[str]) -> str:
    """The shortest prefix (6 characters at least) that only this name starts with: what a user types."""
    import bisect

    folded = strip_accents(name).lower()
    for end in range(6, len(folded) + 1):
        prefix = folded[:end]
        first = bisect.bisect_left(folded_sorted, prefix)
        if first + 1 >= len(folded_sorted) or not folded_sorted[first + 1].startswith(prefix):
            return name.lower()[:end]
    return name.lower()


def queries_for(names: list[str]) -> list[tuple[str, str, str]]:
    """(kind, query, intended name): 36 queries, the same for every size (targets from the first names)."""
    words = [n for n in names[:5000] if len(n.split()) >= 2 and all(len(w) >= 4 for w in n.split()[:2])]
    accented = [n for n in words if n != strip_accents(n)][:8]
    multi = [n for n in words if n not in accented][:6]
    plain = [n for n in names[:5000] if n not in accented and n not in multi and len(n.split()[0]) >= 7][:8]
    folded_sorted = sorted(strip_accents(n).lower() for n in names)
    queries = [
        ("known-misspelt", "goldmann sachs", "Goldman Sachs"),
        ("known-accentless", "societe generale", "Société Générale"),
    ]
    queries += [
        ("known-accentless", "deutsche borse", "Deutsche Börse"),
        ("known-prefix", "mistr", "Mistral AI"),
    ]
    queries += [("alias", "createur de chatgpt", "OpenAI"), ("alias", "banque publique", "Bpifrance")]
    queries += [("prefix", unique_prefix(n, folded_sorted), n) for n in plain[:4] + multi[:2]]
    queries += [
        ("misspelt", misspell(n.split()[0].lower(), i % 3) + " " + " ".join(n.split()[1:2]).lower(), n)
        for i, n in enumerate(plain[4:8])
    ]
    queries += [("accent-less", strip_accents(n).lower(), n) for n in accented[:6]]
    queries += [
        (
            "accent-less-misspelt",
            misspell(strip_accents(n.split()[0]).lower(), 1) + " " + strip_accents(n.split()[1]).lower(),
            n,
        )
        for n in accented[6:8]
    ]
    queries += [("multi-word", " ".join(n.lower().split()[:2]), n) for n in multi[:3]]
    queries += [("multi-word-reordered", " ".join(reversed(n.lower().split()[:2])), n) for n in multi[3:6]]
    queries += [("full-misspelt", misspell(n.lower(), 2), n) for n in plain[:4]]
    return queries  # fmt: skip


def build(names: list[str]) -> tuple[SearchIndex, list[str], list[int], float]:
    texts = names + KNOWN + list(ALIASES)
    ids = list(range(len(names) + len(KNOWN)))
    known_id = {name: len(names) + i for i, name in enumerate(KNOWN)}
    ids += [known_id[target] for target in ALIASES.values()]
    started = time.perf_counter()
    index = SearchIndex.from_arrays(
        build_arrays(ids, texts, [False] * (len(names) + len(KNOWN)) + [True] * len(ALIASES))
    )
    return index, texts, ids, time.perf_counter() - started


def ours(
    index: SearchIndex, texts: list[str], ids: list[int], queries
) -> tuple[list[float], list[float], int]:
    """Wall and CPU seconds per keystroke (every prefix of every query, 50 results) and top-5 hits."""
    id_of = {text: company for text, company in zip(texts, ids, strict=True)}
    # The harness keeps millions of names in Python lists (for fzf and for scoring); the index keeps
    # numpy arrays. Freezing keeps Python's cyclic GC from walking the harness's lists mid-keystroke.
    gc.collect()
    gc.freeze()
    times, cpu, hits = [], [], 0
    for _, query, intended in queries:
        for end in range(1, len(query) + 1):
            started, started_cpu = time.perf_counter(), time.thread_time()
            found = index.search(query[:end], 50)
            times.append(time.perf_counter() - started)
            cpu.append(time.thread_time() - started_cpu)
        hits += id_of[intended] in [m.company_id for m in found[:5]]
    gc.unfreeze()
    return times, cpu, hits


def fzf(names_file: Path, texts: list[str], ids: list[int], queries) -> tuple[list[float], int]:
    """Seconds per `fzf --filter` run (reading the names included, as a shell pipeline does) and top-5 hits."""
    id_of = {text: company for text, company in zip(texts, ids, strict=True)}
    times, hits = [], 0
    for _, query, intended in queries:
        with names_file.open("rb") as names:
            started = time.perf_counter()
            out = subprocess.run(["fzf", "--filter", query], stdin=names, capture_output=True, check=False)
            times.append(time.perf_counter() - started)
        top = out.stdout.decode("utf-8").splitlines()[:5]
        hits += id_of[intended] in [id_of.get(line) for line in top]
    return times, hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    if shutil.which("fzf") is None:
        print("fzf is not installed (apt-get install fzf)")
        return 1
    version = subprocess.run(["fzf", "--version"], capture_output=True, text=True).stdout.strip()
    print(f"command: python bench/search.py --sizes {' '.join(map(str, args.sizes))}   (fzf {version})")
    for size in args.sizes:
        companies, investors = names_for(size, args.seed)
        names = companies + investors
        queries = queries_for(names)
        index, texts, ids, build_seconds = build(names)
        with tempfile.TemporaryDirectory() as folder:
            names_file = Path(folder) / "names.txt"
            names_file.write_text("\n".join(texts) + "\n", encoding="utf-8")
            fzf_times, fzf_hits = fzf(names_file, texts, ids, queries)
        our_times, our_cpu, our_hits = ours(index, texts, ids, queries)
        ms, cpu_ms = sorted(t * 1000 for t in our_times), sorted(t * 1000 for t in our_cpu)
        p99 = ms[int(len(ms) * 0.99)]
        fzf_ms = statistics.median(fzf_times) * 1000
        print(
            f"{len(texts):>9,} names | index build {build_seconds:5.2f} s | ours per keystroke: median {statistics.median(ms):5.1f} ms,"
            f" p99 {p99:5.1f} ms, max {ms[-1]:5.1f} ms wall (CPU max {cpu_ms[-1]:5.1f} ms), {len(ms)} keystrokes"
            f" | fzf --filter per query median {fzf_ms:6.1f} ms ({fzf_ms / statistics.median(ms):.0f}x ours)"
            f" | top-5 hits: ours {our_hits}/{len(queries)}, fzf {fzf_hits}/{len(queries)}"
            f" | load average {os.getloadavg()[0]:.2f}"
        )
        if size == args.sizes[-1]:
            id_of = dict(zip(texts, ids, strict=True))
            for kind, query, intended in queries:
                found = index.search(query, 5)
                verdict = (
                    "hit"
                    if id_of[intended] in [m.company_id for m in found]
                    else f"MISS {[m.text for m in found[:3]]}"
                )
                print(f"    {kind:22} {query!r:34} -> {intended!r:38} {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
