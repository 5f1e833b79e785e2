"""Lists of ids in a query's `IN (…)`: a few hundred a query, within SQLite's bound on variables."""

from __future__ import annotations

from collections.abc import Iterator, Sized

CHUNK_SIZE = 500


def in_chunks(ids: list, size: int = CHUNK_SIZE) -> Iterator[list]:
    """`ids` in slices of at most `size`, each for one query."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def placeholders(values: Sized) -> str:
    """The `?, ?, …` of an `IN (…)` holding `values`."""
    return ", ".join("?" * len(values))
