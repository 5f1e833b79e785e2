"""Article extraction time against the article's size (qa45 #8: it grew faster than the size).

    python bench/article_size.py [SIZE_KB ...]            (default: 100 1000)
    python bench/article_size.py --import [SIZE_KB ...]   (default: 25 50 100 220)
    python bench/article_size.py --joined [SIZE_KB ...]   (default: 40)

Two shapes at each size: one round per paragraph, each of a company named once ("Co17 AI … Fund 17"),
and one paragraph repeating the same sentence. Prints CPU seconds (the machine is shared) and the
time per 100 KB, which stays flat when extraction is linear in the article's length.

With --import, the distinct rounds are parsed (not timed) and imported into an empty database:
the import's CPU seconds against the companies it made (scale26: 220 KB, ~2,900 new companies).
With --joined, the distinct rounds are imported, then timed: the same rounds with every company's
name run together ("Co17AI" after "Co17 AI"), each spelt like a known one but for its spaces
(perf27: 40 KB, 538 such names).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from ai_deals.importers.article import parse_article


def distinct_rounds(size: int) -> str:
    paragraphs, length, index = [], 0, 0
    while length < size:
        paragraph = (
            f"Co{index} AI said it raised ${index + 1} million in a Series A round led by Fund {index}."
        )
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
        index += 1
    return "\n\n".join(paragraphs)


def repeated_sentence(size: int) -> str:
    sentence = "Zeta AI raised $20 million from Vantor Capital. "
    return (sentence * (size // len(sentence) + 1))[:size]


def import_times(sizes: list[int]) -> None:
    """CPU seconds of importing each size's distinct rounds into an empty database."""
    from ai_deals.store import Store

    for kilobytes in sizes:
        source = parse_article(distinct_rounds(kilobytes * 1000), title="Big", published="2024-03-01")
        with tempfile.TemporaryDirectory() as folder:
            store = Store.open(Path(folder) / "bench.db")
            started = time.process_time()
            store.import_sources([source])
            spent = time.process_time() - started
            companies = store.db.execute("SELECT count(*) FROM companies").fetchone()[0]
            store.close()
        print(
            f"import {kilobytes:>6} KB  {companies:>6} companies  {spent:7.2f} s CPU  "
            f"{spent / companies * 1000:6.2f} ms per company",
            flush=True,
        )


def joined_import_times(sizes: list[int]) -> None:
    """CPU seconds of importing each size's rounds with names run together, after the spaced ones."""
    from ai_deals.store import Store

    for kilobytes in sizes:
        text = distinct_rounds(kilobytes * 1000)
        spaced = parse_article(text, title="Spaced", published="2024-03-01")
        joined = parse_article(text.replace(" AI said", "AI said"), title="Joined", published="2024-03-02")
        with tempfile.TemporaryDirectory() as folder:
            store = Store.open(Path(folder) / "bench.db")
            store.import_sources([spaced])
            known = store.db.execute("SELECT count(*) FROM companies").fetchone()[0]
            started = time.process_time()
            store.import_sources([joined])
            spent = time.process_time() - started
            made = store.db.execute("SELECT count(*) FROM companies").fetchone()[0] - known
            store.close()
        print(
            f"joined {kilobytes:>6} KB  {known:>6} companies known  {made:>4} made  {spent:7.2f} s CPU",
            flush=True,
        )


def main(argv: list[str]) -> int:
    if argv[:1] == ["--import"]:
        import_times([int(arg) for arg in argv[1:]] or [25, 50, 100, 220])
        return 0
    if argv[:1] == ["--joined"]:
        joined_import_times([int(arg) for arg in argv[1:]] or [40])
        return 0
    sizes = [int(arg) for arg in argv] or [100, 1000]
    for shape in (distinct_rounds, repeated_sentence):
        for kilobytes in sizes:
            text = shape(kilobytes * 1000)
            started = time.process_time()
            source = parse_article(text, title="Big", published="2024-03-01")
            spent = time.process_time() - started
            print(
                f"{shape.__name__:<18} {kilobytes:>6} KB  {len(source.facts):>6} facts  "
                f"{spent:7.2f} s CPU  {spent / kilobytes * 100:5.2f} s per 100 KB",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
