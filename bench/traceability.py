"""Check that every figure a record states is written in the sentence(s) it is cited to.

Usage: python bench/traceability.py [DIR_OR_FILE ...]   (default: every tests/fixtures/articles* folder)

A record's amount, top of range, equivalent amount, percentage and stated tranche amounts must each be
read (within 0.5 %) from its own sentence, one of its further sentences (`Fact.more_evidence`) or, for a
tranche, the tranche's own sentence: a reader who opens the cited sentence sees the figure. A folder's
articles are its `NAME.txt` files with their `key: value` header (as bench/extraction.py reads them); a
file named on the command line is read as the importer reads it (.txt, .md, .html).
Prints each figure cited to sentences that do not hold it, and the count per folder and in all.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from extraction import parse_case

from ai_deals.importers.extract.amounts import parse_amounts, parse_percentages
from ai_deals.importers.loading import load_article, read_one
from ai_deals.importers.models import Fact, ParsedSource

TOLERANCE = 0.005
FIXTURES = Path(__file__).resolve().parents[1] / "tests/fixtures"


def cited_sentences(fact: Fact) -> list[str]:
    """The sentences a record is cited to: its own and its further ones."""
    return [fact.sentence, *(more.sentence for more in fact.more_evidence)]


def written_amounts(sentences: list[str], language: str | None) -> set[float]:
    """Every amount (and top of a range) the sentences state."""
    values: set[float] = set()
    for sentence in sentences:
        for amount in parse_amounts(sentence, language):
            values.add(amount.value)
            if amount.amount_max:
                values.add(amount.amount_max)
    return values


def written_percentages(sentences: list[str]) -> set[float]:
    return {percent.value for sentence in sentences for percent in parse_percentages(sentence)}


def _held(value: float, written: set[float]) -> bool:
    return any(abs(value - seen) <= TOLERANCE * abs(value) for seen in written)


def unheld_figures(fact: Fact, language: str | None) -> list[str]:
    """The figures of `fact` that none of its cited sentences states, named ("amount 8000000000.0")."""
    sentences = cited_sentences(fact)
    amounts = written_amounts(sentences, language)
    missing = [
        f"{name} {value}"
        for name in ("amount", "amount_max", "equivalent_amount")
        if (value := getattr(fact, name)) is not None and not _held(value, amounts)
    ]
    if fact.percentage is not None and not _held(fact.percentage, written_percentages(sentences)):
        missing.append(f"percentage {fact.percentage}")
    for tranche in fact.tranches:
        if tranche.amount is None or tranche.computed:
            continue
        own = written_amounts([tranche.sentence], language) if tranche.sentence else set()
        if not _held(tranche.amount, amounts | own):
            missing.append(f"tranche amount {tranche.amount}")
    return missing


def _sources(target: Path) -> Iterator[tuple[Path, ParsedSource]]:
    if target.is_dir():
        for path in sorted(target.glob("*.txt")):
            yield path, parse_case(path)
    else:
        yield target, load_article(read_one(str(target)))


def check(target: Path) -> tuple[int, int]:
    """(figures not held by their sentences, records read) for a folder or a file; prints each miss."""
    unheld = records = 0
    for path, source in _sources(target):
        for fact in source.facts:
            records += 1
            for figure in unheld_figures(fact, source.language):
                unheld += 1
                print(f"  {path.name}: {fact.kind} {fact.company}: {figure} not in {fact.sentence[:90]!r}")
    return unheld, records


def main(argv: list[str]) -> int:
    targets = [Path(arg) for arg in argv[1:]] or sorted(FIXTURES.glob("articles*"))
    total_unheld = total_records = 0
    for target in targets:
        unheld, records = check(target)
        total_unheld += unheld
        total_records += records
        print(f"{target}: records {records}  figures not in their sentences: {unheld}")
    print(f"all: records {total_records}  figures not in their sentences: {total_unheld}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
