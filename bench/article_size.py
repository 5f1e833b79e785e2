"""Article extraction time against the article's size (qa45 #8: it grew faster than the size).

    python bench/article_size.py [SIZE_KB ...]   (default: 100 1000)

Two shapes at each size: one round per paragraph, each of a company named once ("Co17 AI … Fund 17"),
and one paragraph repeating the same sentence. Prints CPU seconds (the machine is shared) and the
time per 100 KB, which stays flat when extraction is linear in the article's length.
"""

from __future__ import annotations

import sys
import time

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


def main(argv: list[str]) -> int:
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
