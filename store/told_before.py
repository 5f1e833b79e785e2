"""What a deal file's import brings that the database did not have, for its dry run to say.

Two vendors' exports of the same deals are two sources of the same raises: pages show each raise once
("2 sources", store/same_raise.py), but "would add: 16 rows, 16 facts" does not say that 14 of them are
raises already here. Nor does it say which names the file would make companies or investors of: a
vendor's "a16z" that the database knew by another name would show up only once imported. Read in the
dry run's transaction, right after its trial import (and undone with it): the rounds the import wrote
(ids from `first_round` on) of companies it did not make are grouped as their pages group them, and
the companies it made (ids from `first_company` on) are named, investors first (unless the database
had none: then every name is new).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from .id_lists import in_chunks, placeholders
from .queries import fetch_records, page_ordered
from .same_raise import group_raises

NEW_NAMES_SHOWN = 10
"""New investors (and new companies) a dry run names; past it, only how many more."""


@dataclass
class DealFileNews:
    """What an import of a deal file brought: its rounds, of which `rounds_known` joined a raise other
    sources tell; the investors and other companies it made (the first few named, all counted)."""

    rounds: int = 0
    rounds_known: int = 0
    new_investors: list[str] = field(default_factory=list)
    new_investor_count: int = 0
    new_companies: list[str] = field(default_factory=list)
    new_company_count: int = 0


def deal_file_news(db: Database, source_id: int, first_round: int, first_company: int) -> DealFileNews:
    """What the import of source `source_id` just made: rounds from id `first_round` on, companies
    from id `first_company` on (see `DealFileNews`)."""
    news = DealFileNews()
    news.rounds, news.rounds_known = _rounds_known(db, source_id, first_round, first_company)
    if not db.execute("SELECT 1 FROM companies WHERE id < ? LIMIT 1", [first_company]).fetchone():
        return news  # into an empty database every name is new: naming them all would say nothing
    made = "c.id >= ? AND EXISTS (SELECT 1 FROM investors i WHERE i.company_id = c.id)"
    news.new_investors, news.new_investor_count = _names(db, made, first_company)
    news.new_companies, news.new_company_count = _names(
        db, made.replace("AND EXISTS", "AND NOT EXISTS"), first_company
    )
    return news


def _rounds_known(db: Database, source_id: int, first_round: int, first_company: int) -> tuple[int, int]:
    """How many rounds the source's import wrote, and how many of them are raises another source
    tells too, as the company's page groups them (`group_raises`). A company the import made has no
    other source's rounds: only the others are read."""
    written = db.execute(
        "SELECT count(*) FROM rounds WHERE id >= ? AND source_id = ?", [first_round, source_id]
    ).fetchone()[0]
    company_ids = [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT company_id FROM rounds WHERE id >= ? AND source_id = ? AND company_id < ?",
            [first_round, source_id, first_company],
        )
    ]
    known = 0
    for chunk in in_chunks(company_ids):
        rounds = fetch_records(db, "round", f"r.company_id IN ({placeholders(chunk)})", chunk)
        for members in group_raises(page_ordered(rounds)):
            ours = sum(1 for round_ in members if round_.source_id == source_id)
            if ours and ours < len(members):
                known += ours
    return written, known


def _names(db: Database, where: str, first_company: int) -> tuple[list[str], int]:
    """The first `NEW_NAMES_SHOWN` names of the companies `where` selects (in the order made), and how many."""
    count = db.execute(f"SELECT count(*) FROM companies c WHERE {where}", [first_company]).fetchone()[0]
    names = db.execute(
        f"SELECT c.name FROM companies c WHERE {where} ORDER BY c.id LIMIT ?",
        [first_company, NEW_NAMES_SHOWN],
    )
    return [row[0] for row in names], count
