"""A company's displayed name, chosen by what its sources write, not by the order they came in.

Sources write one name in ways that are the same name but for case and accents ("poolside",
"Poolside"). The one shown (companies.name: page titles, search, timelines, exports) is the spelling
most sources use; of spellings as many sources use, one with capitals before an all-lowercase one (a
company whose own style is lowercase shows it by more sources writing it so); then the one seen
first. A name a person chose (the company `ai-deals merge` kept, the one `ai-deals split` made) is
never changed, nor is the name the knowledge file gives a company it knows (a deal file writing "SEQUOIA
CAPITAL" in every row does not rename Sequoia Capital: `known_spelling`). Evidence: `spelling_sources`, a row for each source writing each spelling (a source
removed, or imported again corrected, is forgotten: `forget_spellings`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from .known_names import knowledge_names
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


def known_spelling(spellings: Iterable[Spelling]) -> Spelling | None:
    """The spelling that is the knowledge file's own name of the company, if one is: the company's name
    as it writes it, whatever case more sources write it in."""
    names = knowledge_names()
    return next(
        (s for s in spellings if (known := names.get(s.text)) is not None and known.name == s.text), None
    )


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
    _settle_differing(db, rows)


# The companies a source wrote the name of, kept while its spellings are forgotten (it is removed,
# or its corrected version writes its own): a deal file's can be a million, so a table, not a set.
SPELT_BEFORE = "temp._spelt_before"


def forget_spellings(db: Database, source_id: int) -> None:
    """Forget how the source writes the companies' names, keeping which companies it wrote for
    `settle_companies_spelt_before`: one may show a spelling no source writes any more."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS _spelt_before (company_id INTEGER PRIMARY KEY)")
    db.execute(f"DELETE FROM {SPELT_BEFORE}")
    db.execute(
        f"INSERT OR IGNORE INTO {SPELT_BEFORE} SELECT company_id FROM spelling_sources WHERE source_id = ?",
        [source_id],
    )
    db.execute("DELETE FROM spelling_sources WHERE source_id = ?", [source_id])


def settle_companies_spelt_before(db: Database) -> None:
    """Give each company `forget_spellings` kept, still here, the name the evidence left prefers. Only
    those some source writes otherwise than shown can change: one query finds them."""
    if not db.execute("SELECT 1 FROM sqlite_temp_master WHERE name = '_spelt_before'").fetchone():
        return
    rows = db.execute(
        f"""SELECT s.company_id, c.name, s.spelling FROM {SPELT_BEFORE} b
            JOIN companies c ON c.id = b.company_id
            JOIN spelling_sources s ON s.company_id = b.company_id
            WHERE s.spelling != c.name"""
    ).fetchall()
    db.execute(f"DELETE FROM {SPELT_BEFORE}")
    _settle_differing(db, rows)


def _settle_differing(db: Database, rows: Iterable[tuple[int, str, str]]) -> None:
    """Settle the companies of `rows` (company, displayed name, a spelling a source writes) written
    differently only by case or accents."""
    differing = {company_id for company_id, name, spelling in rows if fold(spelling) == fold(name)}
    for company_id in sorted(differing):
        _settle(db, company_id)


def _settle(db: Database, company_id: int) -> None:
    """Show the spelling the evidence prefers, unless a person chose the name (`companies.name_chosen`,
    m030: kept by a merge standing, made by a split)."""
    row = db.execute("SELECT name, name_chosen FROM companies WHERE id = ?", [company_id]).fetchone()
    if row is None or row[1]:
        return
    name = row[0]
    spellings = _spellings_of(db, company_id, name)
    best = known_spelling(spellings) or preferred(spellings)
    if best.text != name:  # the same key: only case or accents differ
        db.execute("UPDATE companies SET name = ? WHERE id = ?", [best.text, company_id])


def _spellings_of(db: Database, company_id: int, name: str) -> list[Spelling]:
    """The spellings of the company's name that differ from `name` only by case or accents, each with
    the sources writing it so (`spelling_sources`) and its place among the company's aliases."""
    folded = fold(name)
    first: dict[str, int] = {}
    for alias, alias_id in db.execute(
        "SELECT alias, id FROM aliases WHERE company_id = ? ORDER BY id", [company_id]
    ):
        if fold(alias) == folded:
            first.setdefault(alias, alias_id)
    first.setdefault(name, -1)  # a name no alias row records is the longest established
    sources: dict[str, set[int]] = defaultdict(set)
    for spelling, source_id in db.execute(
        "SELECT spelling, source_id FROM spelling_sources WHERE company_id = ?", [company_id]
    ):
        if spelling in first:
            sources[spelling].add(source_id)
    return [Spelling(text, len(sources[text]), order) for text, order in first.items()]
