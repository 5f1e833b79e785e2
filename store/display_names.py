"""A company's displayed name, chosen by what its sources write, not by the order they came in.

Sources write one name in ways that are the same name but for case and accents ("poolside",
"Poolside"). The one shown (companies.name: page titles, search, timelines, exports) is the spelling
most sources use; of spellings as many sources use, one with capitals before an all-lowercase one (a
company whose own style is lowercase shows it by more sources writing it so); then the one seen
first. A name a person chose (the company `ai-deals merge` kept, the one `ai-deals split` made) is
never changed. Evidence: each alias row's first source, and `spelling_sources` for the others.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from .names import fold


@dataclass(frozen=True, slots=True)
class Spelling:
    """One way the sources write a company's name: how many write it so, and when it was first seen."""

    text: str
    sources: int
    first: int


def preferred(spellings: Iterable[Spelling]) -> Spelling:
    """The spelling to show: most sources, then one with capitals, then the first seen."""
    return max(spellings, key=lambda s: (s.sources, any(c.isupper() for c in s.text), -s.first))


def settle_display_names(db: Database, source_id: int) -> None:
    """After an import: give each company the source wrote otherwise than its displayed name (case
    or accents) the name its sources' evidence prefers. One query finds them; a few more per company
    found (rare: most sources write a name as it is shown)."""
    rows = db.execute(
        """SELECT s.company_id, c.name, s.spelling FROM spelling_sources s
           JOIN companies c ON c.id = s.company_id
           WHERE s.source_id = ? AND s.spelling != c.name""",
        [source_id],
    )
    differing = {company_id for company_id, name, spelling in rows if fold(spelling) == fold(name)}
    for company_id in sorted(differing - named_by_hand(db, differing)):
        _settle(db, company_id)


def named_by_hand(db: Database, company_ids: set[int]) -> set[int]:
    """Of `company_ids`, those whose name a person chose (`companies.name_chosen`, m030): kept by a
    merge standing, made by a split."""
    if not company_ids:
        return set()
    chosen = db.execute("SELECT id FROM companies WHERE name_chosen")
    return {company_id for (company_id,) in chosen} & company_ids


def _settle(db: Database, company_id: int) -> None:
    name = db.execute("SELECT name FROM companies WHERE id = ?", [company_id]).fetchone()[0]
    best = preferred(_spellings_of(db, company_id, name))
    if best.text != name:  # the same key: only case or accents differ
        db.execute("UPDATE companies SET name = ? WHERE id = ?", [best.text, company_id])


def _spellings_of(db: Database, company_id: int, name: str) -> list[Spelling]:
    """The spellings of the company's name that differ from `name` only by case or accents, each with
    the sources writing it so (its alias row's first source and `spelling_sources`')."""
    folded = fold(name)
    sources: dict[str, set[int]] = defaultdict(set)
    first: dict[str, int] = {}
    for alias, alias_id, source_id in db.execute(
        "SELECT alias, id, source_id FROM aliases WHERE company_id = ? ORDER BY id", [company_id]
    ):
        if fold(alias) == folded:
            first.setdefault(alias, alias_id)
            if source_id is not None:
                sources[alias].add(source_id)
    first.setdefault(name, -1)  # a name no alias row records is the longest established
    for spelling, source_id in db.execute(
        "SELECT spelling, source_id FROM spelling_sources WHERE company_id = ?", [company_id]
    ):
        if spelling in first:
            sources[spelling].add(source_id)
    return [Spelling(text, len(sources[text]), order) for text, order in first.items()]
