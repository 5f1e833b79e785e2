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
fact (a figure no kind), so an article's figure and the export's row of it would never meet.

Only the sources an export cites are looked at, each the first time a row cites it: the records whose
evidence is read from a source with that URL (or title), or whose deal-file row cites it (evidence
`cited_url`, `cited_title`: indexed, m011), are read and those whose export row cites that very source
go into a table with an index, in a private temporary database of its own (SQLite keeps it on disk;
records are read `BATCH` at a time), so that looking up writes nothing to the import's connection.
A 10-record export into a million-record database reads the records of its few sources, not the
million. A source cited by no record here is remembered too. Only records that were there when this
was made count (ids up to the highest then): what the import writes is never taken for a record
already there, so two records of one export are never taken for each other. Rejected records count:
a fact rejected here is not brought back by a colleague's export. `load_all` reads every record at
once, for an import big enough to drop the indexes while it writes (store/bulk.py). An edited record
is known by the fact as edited and as first extracted (`review.edited_from`): the article, or an
export made before the edit, states the latter, and the edit here stands for it.

An article imported into a database built from an export of its records (they cite its URL) is
checked the same way (`held_fingerprints`): its records, written in a savepoint rolled back at once,
are read as export rows and looked up here; the facts already held are not written again. Held means
in the article's own words: the export's row carries the article's sentence, while a deal file's row
citing the article (vendor A's "Mistral Forge,…,https://wire.example/forge-b") carries only itself.
Such a row does not stand for the article: its record is written, as it is when the article comes
first, so that its sentence is kept whichever was imported first.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from sqlite_utils import Database

from ai_deals.importers.cells import is_missing
from ai_deals.importers.fact_records import as_model

from .models import RecordRef

if TYPE_CHECKING:  # the deal-file importer loads with a write or an export's check: `show` needs none
    from ai_deals.importers.structured import Citation
from .names import normalize_name
from .queries import records_for, to_export
from .review import edited_from, identity, source_key
from .schema import RECORD_TABLES

_TABLE = "known_records"
BATCH = 2_000  # records read at a time

# Evidence that cites no source of its own (a deal file's row naming its article) is cited to its
# document; one that cites only a publisher or date is titled by its document (queries.CITED_SOURCE_SQL).
_NOT_CITING_OWN = "coalesce(cited_url, cited_title, cited_publisher, cited_date) IS NULL"
_TITLED_BY_DOCUMENT = "cited_url IS NULL AND cited_title IS NULL"


def cited_key(cited: Citation) -> str:
    """The source a row cites (URL, title, publisher, date) as review decisions key it."""
    url, title, _publisher, published = cited
    return source_key(url or None, title or "", published or None)


def _cell(value: str | None) -> str | None:
    """A source's URL or title as an export's row reads back (one line, None when it says nothing)."""
    if value is None or is_missing(value):
        return None
    return " ".join(value.split()) or None


class KnownRecords:
    """The database's records by source and fact identity, as they were when this was made."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # "": a temporary database on disk, deleted when closed; the import's changes (what
        # `total_changes` counts on its connection) are the import's own.
        self.table = sqlite3.connect("", check_same_thread=False, isolation_level=None)
        self.table.execute(
            f"CREATE TABLE {_TABLE} (source_key TEXT, identity TEXT, record_type TEXT, record_id INTEGER,"
            " words TEXT)"
        )
        self.table.execute(f"CREATE INDEX {_TABLE}_key ON {_TABLE} (identity, source_key)")
        # Records written after this (the import's own) are never "already there".
        self.last_ids = {
            record_type: db.conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
            for record_type, table in RECORD_TABLES.items()
        }
        self.loaded: set[str] = set()  # source keys whose records are in the table (or that have none)
        self.everything = False
        # Sources by URL and by title as an export's row reads them back, read once when first needed.
        self._sources: tuple[dict[str, list[int]], dict[str, list[int]]] | None = None

    def find(self, cited: Citation | None, fact: object, words: str | None = None) -> tuple[str, int] | None:
        """The (record type, id) of a record cited to `cited` that states `fact` (in the sentence
        `words`, when given), None when the database has none. A row naming no source is cited to the
        file being imported: new."""
        if cited is None:
            return None
        key = cited_key(cited)
        if not self.everything and key not in self.loaded:
            self._insert(self._keys(self._cited_to(key), only=key))
            self.loaded.add(key)
        row = self.table.execute(
            f"""SELECT record_type, record_id FROM {_TABLE}
                WHERE identity = ? AND source_key = ? AND (?3 IS NULL OR words = ?3) LIMIT 1""",
            [identity(fact), key, _words(words)],  # type: ignore[arg-type]
        ).fetchone()
        if row is None or (row[0] == "round" and self._investors_corrected(fact, row[1])):
            return None
        return (row[0], row[1])

    def _investors_corrected(self, fact: object, round_id: int) -> bool:
        """Whether `fact`, a round a person edited (`review_status` `edited`), names other investors
        than the round `round_id` here: a correction of its investors (a round's identity leaves them
        out), which is new here, not a record already held."""
        if getattr(fact, "review_status", None) != "edited":
            return False
        names = [normalize_name(name) for name in getattr(fact, "investors", None) or []]
        held: dict[int, set[str]] = defaultdict(set)
        for company_id, name in self.db.conn.execute(
            """SELECT c.id, c.normalized FROM round_investors ri JOIN investors i ON i.id = ri.investor_id
                   JOIN companies c ON c.id = i.company_id WHERE ri.round_id = ?
               UNION SELECT a.company_id, a.normalized FROM round_investors ri
                   JOIN investors i ON i.id = ri.investor_id JOIN aliases a ON a.company_id = i.company_id
                   WHERE ri.round_id = ?""",
            [round_id, round_id],
        ):
            held[company_id].add(name)
        named = {company_id for name in names for company_id, known in held.items() if name in known}
        return len(set(names)) != len(held) or named != set(held)

    def load_all(self) -> None:
        """Every record now, whatever source it is cited to (once; before the indexes are dropped)."""
        if self.everything:
            return
        self.table.execute(f"DELETE FROM {_TABLE}")
        self._insert(self._keys(self._every_record()))
        self.everything = True

    def close(self) -> None:
        self.table.close()

    def _insert(self, rows: Iterator[tuple[str, str, str, int, str | None]]) -> None:
        while batch := [row for _, row in zip(range(BATCH), rows, strict=False)]:
            self.table.executemany(f"INSERT INTO {_TABLE} VALUES (?, ?, ?, ?, ?)", batch)

    def _every_record(self) -> Iterator[tuple[str, list[int]]]:
        for record_type, table in RECORD_TABLES.items():
            after = 0
            while ids := [
                row_id
                for (row_id,) in self.db.conn.execute(
                    f"SELECT id FROM {table} WHERE id > ? AND id <= ? ORDER BY id LIMIT ?",
                    [after, self.last_ids[record_type], BATCH],
                )
            ]:
                after = ids[-1]
                yield record_type, ids

    def _cited_to(self, key: str) -> Iterator[tuple[str, list[int]]]:
        """(record type, ids) of the records that may be cited to the source `key`: a superset (one of
        their evidence is read from, or cites, a source of that URL or title), in the order
        `_every_record` gives them."""
        by_url, by_title = self._source_ids()
        if key.startswith("url:"):
            url = key.removeprefix("url:")
            queries = [("cited_url = ?", [url])] + [
                (f"source_id = ? AND {_NOT_CITING_OWN}", [source_id]) for source_id in by_url.get(url, [])
            ]
        else:
            title = key.removeprefix("title:").rsplit("|", 1)[0]
            queries = [("cited_title = ? AND cited_url IS NULL", [title])] + [
                (f"source_id = ? AND {_TITLED_BY_DOCUMENT}", [source_id])
                for source_id in by_title.get(title, [])
            ]
        found: dict[str, set[int]] = defaultdict(set)
        for where, values in queries:
            for record_type, record_id in self.db.conn.execute(
                f"SELECT record_type, record_id FROM evidence WHERE {where}", values
            ):
                if record_id <= self.last_ids.get(record_type, 0):
                    found[record_type].add(record_id)
        for record_type in RECORD_TABLES:
            ids = sorted(found.get(record_type, ()))
            for start in range(0, len(ids), BATCH):
                yield record_type, ids[start : start + BATCH]

    def _source_ids(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """Sources by URL and by title as an export's row reads them back (whitespace made one space:
        a stored title over two lines is still found), from the narrow index on them (m011)."""
        if self._sources is None:
            by_url: dict[str, list[int]] = defaultdict(list)
            by_title: dict[str, list[int]] = defaultdict(list)
            for source_id, url, title in self.db.conn.execute("SELECT id, url, title FROM sources"):
                if (cell := _cell(url)) is not None:
                    by_url[cell].append(source_id)
                by_title[_cell(title) or ""].append(source_id)
            self._sources = by_url, by_title
        return self._sources

    def _keys(
        self, batches: Iterable[tuple[str, list[int]]], only: str | None = None
    ) -> Iterator[tuple[str, str, str, int, str | None]]:
        """(source key, fact identity, record type, id, sentence) of the records named (only those
        cited to the source `only` when given), rejected ones too."""
        for record_type, ids in batches:
            refs = [RecordRef(record_type=record_type, record_id=row_id) for row_id in ids]
            for record in records_for(self.db, refs, rejected=True, exported=True):
                row = to_export(record).model_dump()
                facts, cited = _row_facts(row)
                if cited is None:
                    continue
                key = cited_key(cited)
                if only is None or key == only:
                    first = edited_from(self.db, record.ref) if facts and _is_edited(facts[0]) else None
                    for fact in facts:
                        said = {identity(fact)}  # type: ignore[arg-type]
                        if first:  # an edited record is known by what its source first said too
                            said.add(identity(_as_first_extracted(fact, first)))  # type: ignore[arg-type]
                        for each in said:
                            yield key, each, record_type, record.id, _words(row.get("sentence"))


def _words(sentence: str | None) -> str | None:
    """A sentence as compared: its words one space apart (an export's cell may wrap it)."""
    return (" ".join(sentence.split()) or None) if sentence else None


# An edited record's columns (`review.edited_from`) as the fields of the fact they were read from.
_FACT_FIELDS = {"company_id": "company", "investor_id": "investor", "partner_id": "partner"}


def _is_edited(fact: object) -> bool:
    return getattr(fact, "review_status", None) == "edited"


def _as_first_extracted(fact: object, first: dict | None) -> object:
    """`fact` as its source first stated it, before a person's edit (`first`: what the edit changed,
    from what, `review.edited_from`): an article imported again states that, and its edited record
    is the one already there."""
    if not first:
        return fact
    fact = as_model(fact)  # a deal file's light record as its model, to copy with other values
    fields = type(fact).model_fields  # type: ignore[attr-defined]
    update = {
        field: value
        for column, value in first.items()
        if (field := _FACT_FIELDS.get(column, column)) in fields and field not in ("kind", "review_status")
    }
    return fact.model_copy(update=update) if update else fact  # type: ignore[attr-defined]


def published_dates(db: Database) -> dict[str, str]:
    """The stored publication date of every dated article with a URL, by URL (the first source of a
    URL, by id, when several are): read once, so that a deal file's rows citing articles by URL are
    dated against them with a dict look-up each, not a query per row (~17 µs; 20 s at 1M rows)."""
    dates: dict[str, str] = {}
    for url, published in db.execute(
        "SELECT url, published FROM sources WHERE url IS NOT NULL AND published IS NOT NULL ORDER BY id"
    ):
        dates.setdefault(url, published)
    return dates


def cited_by_other_sources(db: Database, url: str) -> bool:
    """Whether some record here cites the article at `url` without being read from it: a deal
    file's or an export's row naming it (evidence `cited_url`, indexed m011)."""
    return db.execute("SELECT 1 FROM evidence WHERE cited_url = ? LIMIT 1", [url]).fetchone() is not None


def held_fingerprints(db: Database, write: Callable[[], int]) -> set[str]:
    """The facts (by fingerprint) of an article that the database already holds, read from an
    export or deal file citing the article: `write()` writes the article (returning its source id)
    inside a savepoint that is then rolled back, and each record it made is read as its export row
    (`KnownRecords.find`), as the records already there are. A fact is held when all its records are."""
    known = KnownRecords(db)
    db.execute("SAVEPOINT held_elsewhere")
    try:
        source_id = write()
        records: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for record_type, record_id, printed in db.execute(
            "SELECT record_type, record_id, fingerprint FROM evidence WHERE source_id = ?", [source_id]
        ):
            records[printed].append((record_type, record_id))
        refs = [RecordRef(record_type=t, record_id=i) for found in records.values() for t, i in found]
        held = {
            (record.ref.record_type, record.id)
            for record in records_for(db, refs, exported=True)
            if _is_held(known, record)
        }
        return {
            printed for printed, found in records.items() if printed and all(ref in held for ref in found)
        }
    finally:
        db.execute("ROLLBACK TO held_elsewhere")
        db.execute("RELEASE held_elsewhere")
        known.close()


def _row_facts(row: dict) -> tuple[list, Citation | None]:
    """`structured.export_row_facts`, loaded on first use: the deal-file importer (pydantic models,
    a few hundred ms to import) is no part of what a read such as `show` needs."""
    from ai_deals.importers.structured import export_row_facts

    return export_row_facts(row)


def _is_held(known: KnownRecords, record: object) -> bool:
    """Whether the database holds `record`, an article's, in the article's words: a deal file's row
    citing the article states the fact, but not its sentence, which is then written."""
    row = to_export(record).model_dump()  # type: ignore[attr-defined]
    facts, cited = _row_facts(row)
    words = row.get("sentence")
    return cited is not None and bool(facts) and all(known.find(cited, fact, words) for fact in facts)
