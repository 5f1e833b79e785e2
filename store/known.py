"""Records an export would bring that the database already holds: the same fact from the same source.

An export's row names the source its record was read from (the article, or the deal file itself) and
states the fact; importing it into a database that already has that record (the shipped seed, an
article both analysts imported, an earlier export of the same records) would count it twice. A record
is "already there" when a record of the database is cited to the same source, as review decisions
identify sources (`review.source_key`: its URL, else its title and date), and states the same fact
(`review.identity`: kind, company, counterpart, figure).

Both sides are read the same way: each record of the database as its export row
(`queries.to_export`) read back as an import reads it (`structured.export_row_facts`). A fact's
identity as its article stated it cannot be compared with the export's: a table keeps less than the
fact (a partnership no amount, a figure no kind), so the article's $30B compute partnership and the
export's row of it would never meet.

The database's keys are worked out once, when the import starts, into a temporary table with an index
(SQLite keeps it on disk; records are read `BATCH` at a time: memory stays flat for a million
records); what the import writes is not in it, so two records of one export are never taken for each
other. Rejected records count: a fact rejected here is not brought back by a colleague's export.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlite_utils import Database

from ai_deals.importers.structured import Citation, export_row_facts

from .models import RecordRef
from .queries import records_for, to_export
from .review import identity, source_key
from .schema import RECORD_TABLES

_TABLE = "known_records"
BATCH = 2_000  # records read at a time


def cited_key(cited: Citation) -> str:
    """The source a row cites (URL, title, publisher, date) as review decisions key it."""
    url, title, _publisher, published = cited
    return source_key(url or None, title or "", published or None)


class KnownRecords:
    """The database's records by source and fact identity, as they were when this was made."""

    def __init__(self, db: Database) -> None:
        self.conn = db.conn
        self.conn.execute(f"DROP TABLE IF EXISTS temp.{_TABLE}")
        self.conn.execute(
            f"CREATE TEMP TABLE {_TABLE} (source_key TEXT, identity TEXT, record_type TEXT, record_id INTEGER)"
        )
        rows = _keys(db)
        while batch := [row for _, row in zip(range(BATCH), rows, strict=False)]:
            self.conn.executemany(f"INSERT INTO temp.{_TABLE} VALUES (?, ?, ?, ?)", batch)
        self.conn.execute(f"CREATE INDEX temp.{_TABLE}_key ON {_TABLE} (identity, source_key)")

    def find(self, cited: Citation | None, fact: object) -> tuple[str, int] | None:
        """The (record type, id) of a record cited to `cited` that states `fact`, None when the
        database has none. A row naming no source is cited to the file being imported: new."""
        if cited is None:
            return None
        row = self.conn.execute(
            f"SELECT record_type, record_id FROM temp.{_TABLE} WHERE identity = ? AND source_key = ? LIMIT 1",
            [identity(fact), cited_key(cited)],  # type: ignore[arg-type]
        ).fetchone()
        return (row[0], row[1]) if row is not None else None

    def close(self) -> None:
        self.conn.execute(f"DROP TABLE IF EXISTS temp.{_TABLE}")


def _keys(db: Database) -> Iterator[tuple[str, str, str, int]]:
    """(source key, fact identity, record type, id) of every record, rejected ones too."""
    for record_type, table in RECORD_TABLES.items():
        after = 0
        while ids := [
            row_id
            for (row_id,) in db.execute(
                f"SELECT id FROM {table} WHERE id > ? ORDER BY id LIMIT ?", [after, BATCH]
            )
        ]:
            after = ids[-1]
            refs = [RecordRef(record_type=record_type, record_id=row_id) for row_id in ids]
            for record in records_for(db, refs, rejected=True):
                facts, cited = export_row_facts(to_export(record).model_dump())
                if cited is not None:
                    key = cited_key(cited)
                    for fact in facts:
                        yield key, identity(fact), record_type, record.id  # type: ignore[arg-type]
