"""Removing an imported source: `ai-deals remove`, the way out of a wrong file short of rejecting
each of its facts one by one.

A source's records are its own (another source telling the same figure has a record of its own),
so removing one takes its records, their evidence, tranches and round memberships, the aliases it
gave, the company details only it gave, and the companies nothing names any more (no record, and no
other source's company row: `source_companies`); what other sources tell stays. Review decisions
stay too: a source imported again is read as reviewed.
"""

from __future__ import annotations

from sqlite_utils import Database

from .display_names import forget_spellings, settle_companies_spelt_before
from .merging import (
    NAMED_BEFORE,
    clear_details_only_file_gave,
    companies_named_by_source,
    details_given,
    note_companies_listed,
    note_companies_named,
    refill_cleared_details,
    refresh_replaced_details,
    remove_companies_no_longer_named,
)
from .models import SourceRemoval
from .schema import RECORD_TABLES
from .stake_joins import rejoin_stakes
from .writing import delete_source_records, retire_source_id


def remove_source(db: Database, source_id: int) -> SourceRemoval:
    """Delete source `source_id` and everything only it supports (see the module); call it inside a
    transaction. Returns what went."""
    title, kind = db.execute("SELECT title, kind FROM sources WHERE id = ?", [source_id]).fetchone()
    records = _record_counts(db, source_id)
    note_companies_named(db, source_id)  # those only it names go at the end
    note_companies_listed(db, source_id)  # its company rows' too: another source may still name them
    given = _forget_details(db, source_id, kind)
    unjoined = delete_source_records(db, source_id)  # other sources' stakes in its rounds are in none now
    _note_companies_aliased(db, source_id)
    db.execute("DELETE FROM aliases WHERE source_id = ?", [source_id])
    forget_spellings(db, source_id)  # the names it alone wrote so are chosen again at the end
    # No split may follow the id (never given again now, but it was before: `retire_source_id`).
    db.execute("DELETE FROM split_sources WHERE source_id = ?", [source_id])
    db.execute("DELETE FROM sources WHERE id = ?", [source_id])  # its trigger updates sources_fts
    retire_source_id(db, source_id)  # imported again, it is a new source
    if kind == "article":
        refresh_replaced_details(db, given)
    else:
        refill_cleared_details(db)
    rejoin_stakes(db.conn, unjoined)  # each joins another source's round of its type that day, if any
    companies = remove_companies_no_longer_named(db, f"removing “{title}” took its last record", source_id)
    settle_companies_spelt_before(db)
    return SourceRemoval(source_id=source_id, title=title, kind=kind, records=records, companies=companies)


def _note_companies_aliased(db: Database, source_id: int) -> None:
    """Add to the companies `note_companies_named` kept those the source's aliases name: an export's
    or deal file's company rows create companies no record names (an investor named only in a
    companies list), which go with the source unless something else names them. One another source
    gave an alias of stays (read by the aliases' (company, alias) key, not a pass over them)."""
    db.execute(
        f"""INSERT OR IGNORE INTO {NAMED_BEFORE}
            SELECT company_id FROM aliases a WHERE source_id = :id
              AND NOT EXISTS (SELECT 1 FROM aliases o WHERE o.company_id = a.company_id AND o.source_id != :id)""",
        {"id": source_id},
    )


def _record_counts(db: Database, source_id: int) -> dict[str, int]:
    """How many records of each type (those it has) the source brought."""
    counts = {}
    for record_type, table in RECORD_TABLES.items():
        (count,) = db.execute(f"SELECT count(*) FROM {table} WHERE source_id = ?", [source_id]).fetchone()
        if count:
            counts[record_type] = count
    return counts


def _forget_details(db: Database, source_id: int, kind: str) -> dict[int, dict[str, str | None]]:
    """Read (an article) or clear (a deal file) the company details the source gave, before its
    records go: the articles left give them again, or not."""
    if kind == "article":
        return details_given(db, source_id, companies_named_by_source(db, source_id))
    clear_details_only_file_gave(db, source_id)
    return {}
