"""Fuzzy search over company names and aliases, in memory.

Case-, accent- and typo-insensitive: names are folded ("Société Générale" -> "societe generale") and
ranked with rapidfuzz. Each hit carries the positions of the matched characters in the original
spelling, so the UI can highlight them.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from .names import fold, fold_with_map

MIN_SCORE = 55.0


@dataclass(frozen=True)
class IndexedName:
    company_id: int
    text: str
    is_alias: bool


@dataclass(frozen=True)
class NameMatch:
    company_id: int
    text: str
    score: float
    positions: list[int]


class SearchIndex:
    """An immutable index of names; build a new one when the names change."""

    def __init__(self, names: list[IndexedName]) -> None:
        self.names = names
        self.folded = [fold(name.text) for name in names]

    def __len__(self) -> int:
        return len(self.names)

    def search(self, query: str, limit: int = 50) -> list[NameMatch]:
        """Best match per company, best first; an empty query matches nothing."""
        folded_query = " ".join(fold(query).split())
        if not folded_query:
            return []
        candidates = process.extract(
            folded_query, self.folded, scorer=_score, limit=limit * 4, score_cutoff=MIN_SCORE
        )
        best: dict[int, NameMatch] = {}
        for _, score, index in candidates:
            name = self.names[index]
            if name.company_id in best and best[name.company_id].score >= score:
                continue
            best[name.company_id] = NameMatch(
                name.company_id, name.text, score, match_positions(folded_query, name.text)
            )
        ranked = sorted(best.values(), key=lambda m: (-m.score, len(m.text), m.text))
        return ranked[:limit]


def _score(query: str, choice: str, **kwargs) -> float:
    """WRatio, nudged so a prefix beats a mid-word match and an exact name beats both."""
    score = fuzz.WRatio(query, choice, **kwargs)
    if choice == query:
        return 100.0
    if choice.startswith(query):
        score = min(99.0, score + 5)
    return score


def match_positions(folded_query: str, original: str) -> list[int]:
    """Indices of `original` whose characters the query matched (for highlighting)."""
    folded, origin = fold_with_map(original)
    positions = set()
    for op in Indel.opcodes(folded_query, folded):
        if op.tag == "equal":
            positions.update(origin[i] for i in range(op.dest_start, op.dest_end))
    return sorted(positions)
