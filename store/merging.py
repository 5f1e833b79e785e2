"""Merging two companies a person knows are the same, keeping every record, with undo; and
splitting off a company that a shared name joined to another (`split_company`).

A merge moves every reference from the duplicate to the kept company and records exactly what it
moved in `merges.snapshot`, so undoing puts each row back where it was. A split is undone by merging
the two again.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlite_utils import Database

from .errors import SQLITE_INTEGERS, MergeAlreadyUndone, MergeSplitApart, StoreError
from .formatting import quoted
from .id_lists import in_chunks
from .models import MergeSummary, SplitSummary, UnmergeSummary
from .names import fold, is_short_form, normalize_name
from .schema import RECORD_TABLES
from .stake_joins import LIST_INVESTOR_SQL

# Every column that points at a company.
COMPANY_REFERENCES = (
    ("rounds", "company_id"),
    ("stakes", "company_id"),
    ("partnerships", "company_id"),
    ("partnerships", "partner_id"),
    ("metrics", "company_id"),
    ("statements", "company_id"),
    ("statements", "counterpart_id"),
    ("acquisitions", "company_id"),
    ("acquisitions", "acquirer_id"),
)


# Past `COMPANY_REFERENCES`, a record names an investor through its investors row: a stake's, or a
# round member's, whose source is its round's (that join is made only when the source is asked for).
_STAKE_INVESTOR = ("stakes s JOIN investors i ON i.id = s.investor_id", "s.source_id", "i.company_id")
_ROUND_MEMBER = "round_investors ri JOIN investors i ON i.id = ri.investor_id"
_MEMBERS_ROUND = " JOIN rounds r ON r.id = ri.round_id"


def _namings(*, with_source: bool, as_investor: bool = True) -> list[tuple[str, str, str]]:
    """(rows, source column, company column) for each way a record names a company: its own company
    columns, and (`as_investor`) a stake's or a round member's investors row; a round member's rows
    join its round only when its source is wanted (`with_source`)."""
    namings = [(table, "source_id", column) for table, column in COMPANY_REFERENCES]
    if as_investor:
        members = _ROUND_MEMBER + (_MEMBERS_ROUND if with_source else "")
        namings += [_STAKE_INVESTOR, (members, "r.source_id", "i.company_id")]
    return namings


def _naming_queries(select: str, where: str | None = None, as_investor: bool = True) -> list[str]:
    """One query per way a record names a company, for the caller to join (UNION, UNION ALL, OR).
    `select` and `where` say "source" (the record's source) or "company" (the company it names);
    `select` may be a constant ("1"); `where` keeps the rows where that column is `:id`. Without
    `as_investor`, only the record's own company columns (`COMPANY_REFERENCES`) count."""
    queries = []
    for rows, source, company in _namings(with_source="source" in (select, where), as_investor=as_investor):
        columns = {"source": source, "company": company}
        query = f"SELECT {columns.get(select, select)} FROM {rows}"
        queries.append(f"{query} WHERE {columns[where]} = :id" if where else query)
    return queries


def _ids(db: Database, sql: str, params: list) -> list[int]:
    return [row[0] for row in db.execute(sql, params).fetchall()]


def _row(db: Database, table: str, where: str, params: list) -> dict | None:
    rows = list(db.query(f"SELECT * FROM {table} WHERE {where}", params))
    return rows[0] if rows else None


def merge_warnings(db: Database, keep_id: int, duplicate_id: int) -> list[str]:
    """What merging the two would make absurd, one line each: an acquisition of one by the other
    reads, once they are one company, as that company acquiring itself (pages leave it out)."""
    kept = _row(db, "companies", "id = ?", [keep_id])
    if kept is None or keep_id == duplicate_id:
        return []
    rows = db.execute(
        """SELECT DISTINCT ac.name, c.name FROM acquisitions a
           JOIN companies c ON c.id = a.company_id JOIN companies ac ON ac.id = a.acquirer_id
           WHERE a.review_status != 'rejected'
             AND ((a.company_id = :k AND a.acquirer_id = :d) OR (a.company_id = :d AND a.acquirer_id = :k))""",
        {"k": keep_id, "d": duplicate_id},
    ).fetchall()
    return [
        f"{acquirer} acquired {company}: after the merge that acquisition reads as {kept['name']} acquiring"
        " itself (pages and the timeline leave it out)"
        for acquirer, company in rows
    ]


def merge_companies(db: Database, keep_id: int, duplicate_id: int) -> int:
    """Fold `duplicate_id` into `keep_id`; returns the merge id for `undo_merge`. Caller holds the transaction."""
    if keep_id == duplicate_id:
        raise StoreError("cannot merge a company with itself")
    kept = _row(db, "companies", "id = ?", [keep_id])
    duplicate = _row(db, "companies", "id = ?", [duplicate_id])
    if kept is None or duplicate is None:
        from .queries import company_gone  # queries reads through review, which imports this module

        raise company_gone(db, duplicate_id if kept else keep_id)
    snapshot: dict = {
        "company": duplicate,
        "moves": {},
        "deleted_aliases": [],
        "last_ids": _last_record_ids(db),
        "kept_name_chosen": kept["name_chosen"],  # the merge chooses its name; an undo gives back this
    }
    for table, column in COMPANY_REFERENCES:
        ids = _ids(db, f"SELECT id FROM {table} WHERE {column} = ?", [duplicate_id])
        db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", [keep_id, duplicate_id])
        snapshot["moves"][f"{table}.{column}"] = ids
    _merge_investors(db, keep_id, duplicate_id, snapshot)
    _merge_aliases(db, keep_id, duplicate_id, snapshot)
    _merge_listed(db, keep_id, duplicate_id, snapshot)
    _merge_details(db, kept, duplicate, snapshot)
    db.execute("DELETE FROM companies WHERE id = ?", [duplicate_id])
    db.execute("UPDATE companies SET name_chosen = 1 WHERE id = ?", [keep_id])  # never renamed by sources
    return (
        db["merges"]
        .insert(
            {
                "kept_id": keep_id,
                "merged_id": duplicate_id,
                "merged_name": duplicate["name"],
                "snapshot": json.dumps(snapshot),
                "merged_at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        )
        .last_pk
    )


def _last_record_ids(db: Database) -> dict[str, int]:
    """Each record table's last id (retired ones too): a record above it was written after the merge."""
    from .writing import next_record_id  # writing imports this module

    return {table: next_record_id(db, table) - 1 for table in RECORD_TABLES.values()}


def _merge_investors(db: Database, keep_id: int, duplicate_id: int, snapshot: dict) -> None:
    duplicate_investor = _row(db, "investors", "company_id = ?", [duplicate_id])
    if duplicate_investor is None:
        return
    kept_investor = _row(db, "investors", "company_id = ?", [keep_id])
    snapshot["investor"] = duplicate_investor
    if kept_investor is None:
        db.execute("UPDATE investors SET company_id = ? WHERE id = ?", [keep_id, duplicate_investor["id"]])
        snapshot["investor_moved"] = True
        return
    old, new = duplicate_investor["id"], kept_investor["id"]
    snapshot["moves"]["stakes.investor_id"] = _ids(db, "SELECT id FROM stakes WHERE investor_id = ?", [old])
    db.execute("UPDATE stakes SET investor_id = ? WHERE investor_id = ?", [new, old])
    # Undo must remove only the round memberships the merge gave the kept investor.
    snapshot["round_investors"] = list(db.query("SELECT * FROM round_investors WHERE investor_id = ?", [old]))
    snapshot["kept_rounds"] = _ids(db, "SELECT round_id FROM round_investors WHERE investor_id = ?", [new])
    snapshot["kept_links"] = list(
        db.query("SELECT round_id, is_lead, joined FROM round_investors WHERE investor_id = ?", [new])
    )
    # In a round both are in, named by its source (or a lead) through either is so for the one kept.
    db.execute(
        LIST_INVESTOR_SQL.format(
            rows="SELECT round_id, ?, is_lead, joined FROM round_investors WHERE investor_id = ?"
        ),
        [new, old],
    )
    db.execute("DELETE FROM round_investors WHERE investor_id = ?", [old])
    db.execute("DELETE FROM investors WHERE id = ?", [old])
    snapshot["kept_investor_id"] = new


def _merge_aliases(db: Database, keep_id: int, duplicate_id: int, snapshot: dict) -> None:
    """The duplicate's names become the kept company's aliases (search finds it under both), every
    spelling the kept company does not have yet ("Arle Holdings" beside "Arle", though one key)."""
    kept_spellings = {
        r["alias"] for r in db.query("SELECT alias FROM aliases WHERE company_id = ?", [keep_id])
    }
    for alias in list(db.query("SELECT * FROM aliases WHERE company_id = ?", [duplicate_id])):
        if alias["alias"] in kept_spellings:
            snapshot["deleted_aliases"].append(alias)
            db.execute("DELETE FROM aliases WHERE id = ?", [alias["id"]])
        else:
            snapshot["moves"].setdefault("aliases.company_id", []).append(alias["id"])
            db.execute("UPDATE aliases SET company_id = ? WHERE id = ?", [keep_id, alias["id"]])


def _merge_listed(db: Database, keep_id: int, duplicate_id: int, snapshot: dict) -> None:
    """The sources naming the duplicate other than through records (`source_companies`) name the kept
    company now; the snapshot keeps which did, and which named the kept one already, for the undo."""
    sources = _ids(db, "SELECT source_id FROM source_companies WHERE company_id = ?", [duplicate_id])
    snapshot["listed_by"] = sources
    snapshot["kept_listed_by"] = _ids(
        db, "SELECT source_id FROM source_companies WHERE company_id = ?", [keep_id]
    )
    db.execute("DELETE FROM source_companies WHERE company_id = ?", [duplicate_id])
    record_companies_listed(db.conn, ((source_id, keep_id) for source_id in sources))


def _unmerge_listed(db: Database, kept_id: int, duplicate_id: int, snapshot: dict) -> None:
    """Each source that named the merged company other than through records, and names the kept one
    still (not removed since), names the merged one again, and the kept one only if it did before
    the merge (a merge made before `source_companies` recorded none: nothing to give back)."""
    named = "SELECT 1 FROM source_companies WHERE source_id = ? AND company_id = ?"
    still = [s for s in snapshot.get("listed_by", []) if db.execute(named, [s, kept_id]).fetchone()]
    record_companies_listed(db.conn, ((source_id, duplicate_id) for source_id in still))
    before = set(snapshot.get("kept_listed_by", []))
    db.conn.executemany(
        "DELETE FROM source_companies WHERE source_id = ? AND company_id = ?",
        [(source_id, kept_id) for source_id in still if source_id not in before],
    )


def _merge_details(db: Database, kept: dict, duplicate: dict, snapshot: dict) -> None:
    """The details (country, city, sector, description) the kept company lacks come from the duplicate,
    never overwriting its own: a split's undo (a merge) gives back what the split moved away."""
    filled = {field: duplicate[field] for field in COMPANY_DETAILS if not kept[field] and duplicate[field]}
    if filled:
        db["companies"].update(kept["id"], filled)
    snapshot["filled_details"] = sorted(filled)


def _unmerge_details(db: Database, kept_id: int, snapshot: dict) -> None:
    """Empty again what the merge filled in, unless something has changed it since (an edit, an import)."""
    duplicate = snapshot["company"]
    filled = snapshot.get("filled_details", [])  # merges made before it was recorded filled nothing
    for field in (field for field in COMPANY_DETAILS if field in filled):
        db.execute(
            f"UPDATE companies SET {field} = NULL WHERE id = ? AND {field} = ?", [kept_id, duplicate[field]]
        )


def merges(db: Database) -> list[MergeSummary]:
    """Every merge, newest first, with the kept company's current name."""
    rows = db.query(
        """SELECT m.id, m.kept_id, coalesce(c.name, '?') AS kept, m.merged_name, m.merged_at, m.undone_at,
                  m.split_at
           FROM merges m LEFT JOIN companies c ON c.id = m.kept_id ORDER BY m.id DESC"""
    )
    return [MergeSummary.model_validate(row) for row in rows]


def undo_merge(db: Database, merge_id: int) -> UnmergeSummary:
    """Put the merged company and every moved row back, and give it the records written while the
    merge stood whose source names it and not the kept company (`_records_since`)."""
    merge = _row(db, "merges", "id = ?", [merge_id]) if merge_id in SQLITE_INTEGERS else None
    if merge is None:
        raise StoreError(f"no merge {merge_id} to undo")
    if merge["undone_at"] is not None:
        raise MergeAlreadyUndone(f"merge {merge_id} was already undone ({merge['undone_at'][:16]})")
    if merge["split_at"] is not None:
        _refuse_split_apart(db, merge)
    snapshot = json.loads(merge["snapshot"])
    if "last_ids" not in snapshot:  # made before splits marked their merges: only its name tells
        _refuse_if_made_again(db, merge_id, snapshot["company"])
    _refuse_if_later_merge(db, merge)
    duplicate_id = merge["merged_id"]
    since = _records_since(db, merge, snapshot)
    db["companies"].insert(snapshot["company"])
    investor = snapshot.get("investor")
    if investor and snapshot.get("investor_moved"):
        db.execute("UPDATE investors SET company_id = ? WHERE id = ?", [duplicate_id, investor["id"]])
    elif investor:
        db["investors"].insert(investor)
        kept_rounds = set(snapshot["kept_rounds"])
        for row in snapshot["round_investors"]:
            if not db.execute("SELECT 1 FROM rounds WHERE id = ?", [row["round_id"]]).fetchone():
                continue  # its source re-imported during the merge: the new round is among `since`
            db["round_investors"].insert(row)
            if row["round_id"] not in kept_rounds:
                db.execute(
                    "DELETE FROM round_investors WHERE round_id = ? AND investor_id = ?",
                    [row["round_id"], snapshot["kept_investor_id"]],
                )
        for link in snapshot.get("kept_links", []):  # as the kept investor was listed before the merge
            db.execute(
                "UPDATE round_investors SET is_lead = ?, joined = ? WHERE round_id = ? AND investor_id = ?",
                [link["is_lead"], link["joined"], link["round_id"], snapshot["kept_investor_id"]],
            )
    for key, ids in snapshot["moves"].items():
        table, column = key.split(".")
        value = investor["id"] if column == "investor_id" else duplicate_id
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            marks = ", ".join("?" for _ in chunk)
            db.execute(f"UPDATE {table} SET {column} = ? WHERE id IN ({marks})", [value, *chunk])
    for alias in snapshot["deleted_aliases"]:
        db["aliases"].insert(alias)
    _unmerge_listed(db, merge["kept_id"], duplicate_id, snapshot)
    _unmerge_details(db, merge["kept_id"], snapshot)
    _unchoose_kept_name(db, merge, snapshot)
    given_back, untold, unnamed = _give_back_records_since(db, merge, snapshot, since)
    db.execute(
        "UPDATE merges SET undone_at = ? WHERE id = ?",
        [datetime.now(UTC).isoformat(timespec="seconds"), merge_id],
    )
    kept = db.execute("SELECT name FROM companies WHERE id = ?", [merge["kept_id"]]).fetchone()
    return UnmergeSummary(
        company_id=duplicate_id,
        kept=kept[0] if kept else "?",
        given_back=given_back,
        untold=untold,
        unnamed=unnamed,
    )


def _unchoose_kept_name(db: Database, merge: dict, snapshot: dict) -> None:
    """The kept company's name is chosen again only as before the merge. A merge from before m030
    did not say: its name stays chosen if another merge standing kept it or a split made it."""
    kept_id = merge["kept_id"]
    chosen = snapshot.get("kept_name_chosen")
    if chosen is None:
        chosen = db.execute(
            """SELECT EXISTS (SELECT 1 FROM merges WHERE kept_id = :kept AND undone_at IS NULL AND id != :merge)
                   OR EXISTS (SELECT 1 FROM split_sources WHERE other_id = :kept)""",
            {"kept": kept_id, "merge": merge["id"]},
        ).fetchone()[0]
    db.execute("UPDATE companies SET name_chosen = ? WHERE id = ?", [chosen, kept_id])


def _refuse_split_apart(db: Database, merge: dict) -> None:
    """A split separated the merge's company again; a later merge may have joined it back since,
    and that one is what to undo."""
    again = db.execute(
        "SELECT id, merged_name FROM merges WHERE id > ? AND undone_at IS NULL AND split_at IS NULL"
        " ORDER BY id DESC",
        [merge["id"]],
    ).fetchall()
    merged_back = next((mid for mid, name in again if fold(name) == fold(merge["merged_name"])), None)
    separated = f"merge {merge['id']} was already separated by a split ({merge['split_at'][:16]})"
    if merged_back is not None:
        raise MergeSplitApart(
            f"{separated}; merge {merged_back} merged {merge['merged_name']} back since: "
            f"undo that one (ai-deals unmerge {merged_back})"
        )
    raise MergeSplitApart(
        f"{separated}: {merge['merged_name']} is a company of its own again, nothing to undo"
    )


def _refuse_if_later_merge(db: Database, merge: dict) -> None:
    """A standing merge made later that touches one of this merge's companies must be undone first;
    the refusal names the company the two share."""
    ours = {merge["kept_id"], merge["merged_id"]}
    later = db.execute(
        """SELECT id, kept_id, merged_id, merged_name FROM merges
           WHERE id > ? AND undone_at IS NULL AND split_at IS NULL
             AND (kept_id IN (?, ?) OR merged_id IN (?, ?)) ORDER BY id DESC LIMIT 1""",
        [merge["id"], merge["kept_id"], merge["merged_id"], merge["kept_id"], merge["merged_id"]],
    ).fetchone()
    if later is None:
        return
    later_id, kept_id, merged_id, merged_name = later
    shared = sorted(_company_name(db, company_id) for company_id in ours & {kept_id, merged_id})
    kept_name = _company_name(db, kept_id)
    raise StoreError(
        f"merge {later_id} ({merged_name} into {kept_name}) also involves {' and '.join(shared)} "
        f"and came later: undo it first (ai-deals unmerge {later_id})"
    )


def _company_name(db: Database, company_id: int) -> str:
    """A company's name, or, merged away, the name it had (as the merge that folded it recorded)."""
    row = db.execute("SELECT name FROM companies WHERE id = ?", [company_id]).fetchone()
    if row is None:
        row = db.execute(
            "SELECT merged_name FROM merges WHERE merged_id = ? ORDER BY id DESC LIMIT 1", [company_id]
        ).fetchone()
    return row[0] if row else f"company {company_id}"


def _records_since(db: Database, merge: dict, snapshot: dict) -> list[tuple[str, str, int, int]]:
    """The (table, column, id, value) naming the kept company, as company or investor (`value`: its
    id, or its investors row's), of records written while the merge stood (an import or re-import of
    a source naming either): above `last_ids`, else (a merge made before they were recorded) those of
    sources imported since the merge."""
    last_ids = snapshot.get("last_ids")
    kept_id = merge["kept_id"]
    investor = db.execute("SELECT id FROM investors WHERE company_id = ?", [kept_id]).fetchone()
    columns = [(table, column, kept_id) for table, column in COMPANY_REFERENCES]
    if investor is not None:  # the merged company's own investors row, when the merge gave it over
        columns += [("stakes", "investor_id", investor[0]), ("round_investors", "investor_id", investor[0])]
    found = []
    for table, column, value in columns:
        # A round's membership is read with its round (whose id and source it has); a record alone.
        if table == "round_investors":
            record_table, rows_sql, owner = (
                "rounds",
                "round_investors t JOIN rounds r ON r.id = t.round_id",
                "t",
            )
        else:
            record_table, rows_sql, owner = table, f"{table} r", "r"
        newer = "r.id > :last" if last_ids else "s.imported_at >= :merged_at"
        rows = db.execute(
            f"""SELECT r.id FROM {rows_sql}
                JOIN sources s ON s.id = r.source_id WHERE {owner}.{column} = :value AND {newer}""",
            {"value": value, "last": (last_ids or {}).get(record_table, 0), "merged_at": merge["merged_at"]},
        ).fetchall()
        moved = set(snapshot["moves"].get(f"{table}.{column}", ()))
        found += [(table, column, row[0], value) for row in rows if row[0] not in moved]
    return found


def _give_back_records_since(
    db: Database, merge: dict, snapshot: dict, since: list[tuple[str, str, int, int]]
) -> tuple[int, int, int]:
    """Once the merge's own moves are undone, give each record of `since` to the company its source
    names: whose article (title or text) or deal file row names the restored company and not the kept
    one goes to the restored company; the others stay with (or, as an investor whose investors row went
    back, return to) the kept company. Returns (records naming the restored company, records naming
    both and records naming neither: those two left with the kept company)."""
    kept_id, merged_id = merge["kept_id"], merge["merged_id"]
    duplicate_names = _merged_names(db, snapshot)
    kept_names = [row[0] for row in db.execute("SELECT alias FROM aliases WHERE company_id = ?", [kept_id])]
    kept_names.append(db.execute("SELECT name FROM companies WHERE id = ?", [kept_id]).fetchone()[0])
    given_back = untold = unnamed = 0
    articles: dict[int, list[str]] = {}  # each article folded once, whatever number of records it holds
    for table, column, record_id, value in since:
        record_table = "rounds" if table == "round_investors" else table
        named = _whom_record_names(db, record_table, record_id, duplicate_names, kept_names, articles)
        given_back += named == "duplicate"
        untold += named == "both"
        unnamed += named is None
        if column != "investor_id":
            if named == "duplicate":
                _move_record(db, table, column, record_id, value, merged_id)
            continue
        owner = db.execute("SELECT company_id FROM investors WHERE id = ?", [value]).fetchone()[0]
        if owner == kept_id and named == "duplicate":
            _move_record(db, table, column, record_id, value, _investor_of(db, merged_id, value))
        elif owner == merged_id and named != "duplicate" and named is not None:
            _move_record(db, table, column, record_id, value, _investor_of(db, kept_id, value))
    return given_back, untold, unnamed


def _move_record(db: Database, table: str, column: str, record_id: int, old: int, new: int) -> None:
    """Point one record's `column` at `new` (a round membership: the round's row of investor `old`)."""
    if table == "round_investors":
        db.execute(
            "UPDATE OR IGNORE round_investors SET investor_id = ? WHERE round_id = ? AND investor_id = ?",
            [new, record_id, old],
        )
    else:
        db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [new, record_id])


def _investor_of(db: Database, company_id: int, like: int) -> int:
    """The company's investors row, made (of the kind of investors row `like`) if it has none."""
    row = db.execute("SELECT id FROM investors WHERE company_id = ?", [company_id]).fetchone()
    if row is not None:
        return row[0]
    kind = db.execute("SELECT kind FROM investors WHERE id = ?", [like]).fetchone()[0]
    return db["investors"].insert({"company_id": company_id, "kind": kind}).last_pk


def _merged_names(db: Database, snapshot: dict) -> list[str]:
    """The restored company's name and the aliases it had (as the merge recorded them)."""
    names = [snapshot["company"]["name"], *(alias["alias"] for alias in snapshot["deleted_aliases"])]
    for chunk in in_chunks(snapshot["moves"].get("aliases.company_id", [])):
        marks = ", ".join("?" for _ in chunk)
        names += [row[0] for row in db.execute(f"SELECT alias FROM aliases WHERE id IN ({marks})", chunk)]
    return names


def _whom_record_names(
    db: Database,
    table: str,
    record_id: int,
    duplicate_names: list[str],
    kept_names: list[str],
    articles: dict[int, list[str]],
) -> str | None:
    """ "duplicate", "kept" or "both": whose names the record's article (title and text; when it names
    both, the record's sentence) or deal file row names; None for neither. `articles` keeps each
    article's folded title and text by source id, for the next record of the same article."""
    source = db.execute(
        f"SELECT s.id, s.kind FROM {table} r JOIN sources s ON s.id = r.source_id WHERE r.id = ?", [record_id]
    ).fetchone()
    line = _evidence_line(db, table, record_id)
    folded_line = [fold(line)] if line else []
    if source is None or source[1] != "article":
        return _whom_named(folded_line, duplicate_names, kept_names)
    if source[0] not in articles:
        title, text = db.execute("SELECT title, text FROM sources WHERE id = ?", [source[0]]).fetchone()
        articles[source[0]] = [fold(part) for part in (title, text) if part]
    named = _whom_named(articles[source[0]], duplicate_names, kept_names)
    if named == "both" and line:
        return _whom_named(folded_line, duplicate_names, kept_names)
    return named


def _whom_named(folded: list[str], duplicate_names: list[str], kept_names: list[str]) -> str | None:
    """Whose names the `folded` texts (`fold`) hold as whole words; a kept name inside a duplicate
    one (Ledgerline in "Ledgerline GmbH") does not count."""
    duplicate_words = [_name_pattern(name) for name in duplicate_names if name]
    names_duplicate = any(re.search(pattern, text) for pattern in duplicate_words for text in folded)
    for pattern in duplicate_words:
        folded = [re.sub(pattern, " ", text) for text in folded]
    kept_words = [_name_pattern(name) for name in kept_names if name]
    names_kept = any(re.search(pattern, text) for pattern in kept_words for text in folded)
    if names_duplicate:
        return "both" if names_kept else "duplicate"
    return "kept" if names_kept else None


def _refuse_if_made_again(db: Database, merge_id: int, merged: dict) -> None:
    """Refuse to undo a merge whose company is here again under its very name: a split made it
    again (one made before splits marked the merges they separate, `split_at`); undoing would
    make it a second time. Only for such merges (no `last_ids` in their snapshot): a later merge's
    split says so in `split_at`, and a namesake of its company is not a split's doing."""
    again = db.execute(
        "SELECT 1 FROM companies WHERE normalized = ? AND name = ? LIMIT 1",
        [merged["normalized"], merged["name"]],
    ).fetchone()
    if again is not None:
        raise MergeSplitApart(
            f"merge {merge_id} was already separated: {merged['name']} is a company of its own "
            "again (a split made it), nothing to undo"
        )


def next_company_id(db: Database | sqlite3.Connection) -> int:
    """The id a new company takes: above every company's, and every merged one's, so a standing merge
    (which sends the merged id to the kept company) never swallows a company made after it."""
    return db.execute(
        """SELECT max(coalesce((SELECT max(id) FROM companies), 0),
                      coalesce((SELECT max(merged_id) FROM merges), 0),
                      coalesce((SELECT max(company_id) FROM removed_companies), 0)) + 1"""
    ).fetchone()[0]


def split_company(
    db: Database, company_id: int, name: str, sources: list[int] | None = None, cited: list[str] | None = None
) -> SplitSummary:
    """Make `name` a company of its own, with the records of `company_id` that are its: those of
    `sources` and those of deal file rows citing a URL or title in `cited`, else those whose source names it (an article's text or title, a deal file row's
    line). The alias `name` goes with it. Caller holds the transaction; `merge_companies` undoes it.

    For a company two sources joined though they speak of two (two "Ledgerline"s), or an alias
    that fused two ("Kestrel Analytics" under Kestrel Photonics)."""
    company = _row(db, "companies", "id = ?", [company_id])
    if company is None:
        from .queries import company_gone

        raise company_gone(db, company_id)
    key = normalize_name(name)
    if not key:
        raise StoreError(f"{quoted(name)} is nobody's name: give the name of the company to split off")
    # The same name with another legal form ("Ledgerline GmbH" beside Ledgerline) tells them apart:
    # the new company keeps the name as typed, found by it exactly (`SearchService.exact`).
    same_key = key == company["normalized"]
    if same_key and fold(name.strip()) == fold(company["name"]):
        raise StoreError(
            f"{quoted(name)} is {company['name']}'s own name: give the name of the company to split off"
        )
    given = sources is not None or cited is not None
    # Unless told which sources are its, a short form would take every record: each source naming the
    # company names it too. Told (a short name that joined two firms), it is the other's name.
    if not given and is_short_form(name, company["name"]):
        raise StoreError(
            f"{quoted(name)} is {company['name']} cut short: it would take every record; say which "
            "sources are its with --source, or give the other company's full name"
        )
    other = _named(db, key)
    if same_key:
        other = db.execute(
            "SELECT id FROM companies WHERE normalized = ? AND name = ? AND id != ?",
            [key, name.strip(), company_id],
        ).fetchone()
        other = other[0] if other else None
    if other is not None and other != company_id:
        other_name = _row(db, "companies", "id = ?", [other])["name"]
        raise StoreError(f"{quoted(name)} is already another company here, {other_name}: nothing to split")
    chosen = set(sources or ()) if given else _sources_naming(db, company_id, name)
    records = _records_of(db, company_id, chosen, None if given else name, _citing(db, cited or []))
    if given and is_short_form(name, company["name"]) and _takes_all(db, company_id, records):
        raise StoreError(
            f"{quoted(name)} is {company['name']} cut short and those sources are all of its records: "
            "leave the sources that are its own unmarked"
        )
    if not any(records.values()):
        where = "those sources" if given else f"a source naming {quoted(name)}"
        raise StoreError(
            f"{company['name']} has no record from {where}: say which sources are {quoted(name)}'s with "
            "--source (ids from `ai-deals sources`, or URLs)"
        )
    name = name.strip()
    new_id = next_company_id(db)
    db["companies"].insert(  # a name a person chose: sources never rename it (`display_names`)
        {"id": new_id, "name": name, "normalized": key, "entity": company["entity"], "name_chosen": 1}
    )
    moved_alias = db.execute(  # with the company's own key, only that very spelling goes
        f"UPDATE aliases SET company_id = ? WHERE company_id = ? AND normalized = ?{' AND alias = ?' if same_key else ''}",
        [new_id, company_id, key, *([name] if same_key else [])],
    ).rowcount
    if not moved_alias:
        db.execute(
            "INSERT INTO aliases (company_id, alias, normalized) VALUES (?, ?, ?)", [new_id, name, key]
        )
    count = 0
    for (table, column), ids in records.items():
        if table == "round_investors":
            continue
        for chunk in in_chunks(ids):
            marks = ", ".join("?" for _ in chunk)
            db.execute(f"UPDATE {table} SET {column} = ? WHERE id IN ({marks})", [new_id, *chunk])
        count += len(ids)
    count += _split_investor(db, company_id, new_id, records)
    touched = {row[0] for (table, _), ids in records.items() for row in _sources_of(db, table, ids)}
    _split_listed(db, company_id, new_id, touched)
    _split_details(db, company, new_id, key, touched)
    # Every record of the company from these sources moved: a corrected version of one, re-imported,
    # keeps them with the new company (`split_targets`). Deal file rows taken one by one are no such source.
    split_at = datetime.now(UTC).isoformat(timespec="seconds")
    marked = _mark_merges_split_apart(db, company_id, name, split_at)
    for source_id in sorted(touched & chosen):
        db.execute(
            "INSERT INTO split_sources (source_id, company_id, other_id, split_at) VALUES (?, ?, ?, ?)",
            [source_id, company_id, new_id, split_at],
        )
    summary = SplitSummary(
        company=company["name"],
        other=name,
        other_id=new_id,
        records=count,
        sources=len(touched),
        company_id=company_id,
        alias_added=not moved_alias,
        split_at=split_at,
        marked_merges=marked,
    )
    db.execute(  # for an undo from the shell, which has no summary at hand (`standing_split`)
        "INSERT INTO splits (company_id, other_id, summary, split_at) VALUES (?, ?, ?, ?)",
        [company_id, new_id, summary.model_dump_json(), split_at],
    )
    return summary


def undo_split(db: Database, split: SplitSummary) -> None:
    """Put things back as they were before `split`: its company merged into the one it was split off,
    and what a merge would leave behind taken back, so that the split-off name is no alias of the
    company (a later, unrelated company of that name would join it) and no merge is listed to undo.
    Caller holds the transaction."""
    merge_id = merge_companies(db, split.company_id, split.other_id)
    snapshot = json.loads(db.execute("SELECT snapshot FROM merges WHERE id = ?", [merge_id]).fetchone()[0])
    db.execute("DELETE FROM merges WHERE id = ?", [merge_id])
    db.execute(
        "UPDATE companies SET name_chosen = ? WHERE id = ?", [snapshot["kept_name_chosen"], split.company_id]
    )
    if split.alias_added:
        db.execute(
            "DELETE FROM aliases WHERE company_id = ? AND alias = ? AND normalized = ?",
            [split.company_id, split.other, normalize_name(split.other)],
        )
    db.execute(
        "DELETE FROM split_sources WHERE other_id = ? AND split_at = ?", [split.other_id, split.split_at]
    )
    for merge in split.marked_merges:
        db.execute("UPDATE merges SET split_at = NULL WHERE id = ? AND split_at = ?", [merge, split.split_at])
    db.execute("DELETE FROM splits WHERE other_id = ? AND split_at = ?", [split.other_id, split.split_at])


def standing_split(db: Database, company_id: int, other_id: int) -> SplitSummary | None:
    """The split that made `other_id` out of `company_id`, when both are still what it left (neither
    merged into another since): what `undo_split` takes. None when there is none."""
    row = db.execute(
        "SELECT summary FROM splits WHERE company_id = ? AND other_id = ? ORDER BY id DESC LIMIT 1",
        [company_id, other_id],
    ).fetchone()
    if row is None:
        return None
    split = SplitSummary.model_validate_json(row[0])
    merged_since = db.execute(
        "SELECT 1 FROM merges WHERE ? IN (kept_id, merged_id) AND merged_at >= ? LIMIT 1",
        [other_id, split.split_at],
    ).fetchone()
    return None if merged_since else split


def _split_listed(db: Database, company_id: int, new_id: int, touched: set[int]) -> None:
    """A source whose records went with the split that also names the company other than through them
    (a deal file's company row) may have meant either company: it names both, so neither goes while it
    stays (a merge, the split's undo, makes them one row again)."""
    db.conn.executemany(
        """INSERT OR IGNORE INTO source_companies (source_id, company_id)
           SELECT source_id, ? FROM source_companies WHERE source_id = ? AND company_id = ?""",
        [(new_id, source_id, company_id) for source_id in sorted(touched)],
    )


def _mark_merges_split_apart(db: Database, company_id: int, name: str, split_at: str) -> list[int]:
    """The standing merges into the company that this split of `name` reverses: those that folded in
    a company of that name (or spelling, for a name sharing the company's key). Undoing one now would
    make the company a second time beside the one the split made (`undo_merge` refuses)."""
    key, spelling = normalize_name(name), fold(name)
    same_key = key == _row(db, "companies", "id = ?", [company_id])["normalized"]
    rows = db.execute(
        "SELECT id, kept_id, merged_name FROM merges WHERE undone_at IS NULL AND split_at IS NULL"
    ).fetchall()
    marked = []
    for merge_id, kept_id, merged_name in rows:
        named = fold(merged_name) == spelling if same_key else normalize_name(merged_name) == key
        if named and current_company(db, kept_id) == company_id:
            db.execute("UPDATE merges SET split_at = ? WHERE id = ?", [split_at, merge_id])
            marked.append(merge_id)
    return marked


def current_company(db: Database | sqlite3.Connection, company_id: int) -> int | None:
    """The company `company_id` is now: itself, or the one a standing merge folded it into (and so
    on); None when there is none."""
    for _ in range(100):  # a chain of merges, never a cycle (a merge deletes the company merged)
        if db.execute("SELECT 1 FROM companies WHERE id = ?", [company_id]).fetchone() is not None:
            return company_id
        kept = db.execute(
            "SELECT kept_id FROM merges WHERE merged_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
            [company_id],
        ).fetchone()
        if kept is None:
            return None
        company_id = kept[0]
    return None


def split_targets(db: Database | sqlite3.Connection, source_id: int | None) -> dict[int, int]:
    """For a source a split took a company's records from (`split_company`): that company -> the one
    split off, as both are now (a merge since, such as the split's undo, is followed; one that made
    them one company again ends it). Empty for most sources."""
    if source_id is None:
        return {}
    targets: dict[int, int] = {}
    rows = db.execute(
        "SELECT company_id, other_id FROM split_sources WHERE source_id = ? ORDER BY id", [source_id]
    ).fetchall()
    for company_id, other_id in rows:
        company, other = current_company(db, company_id), current_company(db, other_id)
        if company is not None and other is not None and company != other:
            targets[company] = other
        elif company is not None:
            targets.pop(company, None)
    return targets


def split_defaults(db: Database, company_id: int, name: str) -> tuple[set[int], set[str]]:
    """What `split_company` takes without `sources`, as its arguments would name it: the articles
    whose text names `name` (ids), and the deal file rows whose line names it (the URL, else title,
    their row cites; the file's id for a row citing none). The explorer's split dialog marks them."""
    company = _row(db, "companies", "id = ?", [company_id])
    if not normalize_name(name) or (company is not None and is_short_form(name, company["name"])):
        return set(), set()  # a short form: every source naming the company names it too
    ids = _sources_naming(db, company_id, name)
    cited: set[str] = set()
    for (table, _), record_ids in _records_of(db, company_id, set(), name).items():
        record_table = "rounds" if table == "round_investors" else table
        record_type = next(kind for kind, table_name in RECORD_TABLES.items() if table_name == record_table)
        for chunk in in_chunks(record_ids):
            marks = ", ".join("?" for _ in chunk)
            rows = db.execute(
                f"""SELECT source_id, cited_url, cited_title FROM evidence
                    WHERE record_type = ? AND record_id IN ({marks})""",
                [record_type, *chunk],
            ).fetchall()
            for source_id, url, title in rows:
                if url or title:
                    cited.add(url or title)
                else:
                    ids.add(source_id)
    return ids, cited


def _named(db: Database, key: str) -> int | None:
    """The company whose name or alias has the normalised form `key` (as the resolver finds it)."""
    row = db.execute(
        "SELECT company_id FROM aliases WHERE normalized = ? ORDER BY id LIMIT 1", [key]
    ).fetchone()
    if row is None:
        row = db.execute(
            "SELECT id FROM companies WHERE normalized = ? ORDER BY id LIMIT 1", [key]
        ).fetchone()
    return row[0] if row else None


def _sources_of(db: Database, table: str, ids: list[int]) -> list[tuple[int]]:
    if table == "round_investors":
        table = "rounds"
    found: list[tuple[int]] = []
    for chunk in in_chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        found += db.execute(f"SELECT DISTINCT source_id FROM {table} WHERE id IN ({marks})", chunk).fetchall()
    return found


def _name_pattern(name: str) -> str:
    """The pattern finding `name` as whole words in a `fold`ed text."""
    return rf"(?<!\w){re.escape(fold(name))}(?!\w)"


def _names(text: str | None, name: str) -> bool:
    """Whether `text` names `name` as whole words, case and accents aside."""
    return bool(text) and re.search(_name_pattern(name), fold(text)) is not None


def _sources_naming(db: Database, company_id: int, name: str) -> set[int]:
    """The articles holding records of the company whose title or text names `name`."""
    naming = " UNION ".join(_naming_queries("source", "company"))
    rows = db.execute(
        f"SELECT id, title, text FROM sources WHERE kind = 'article' AND id IN ({naming})", {"id": company_id}
    )
    return {source_id for source_id, title, text in rows if _names(title, name) or _names(text, name)}


def _citing(db: Database, cited: list[str]) -> set[tuple[str, int]]:
    """The records (record type, id) whose deal file row cites one of the URLs or titles `cited`."""
    found: set[tuple[str, int]] = set()
    for given in cited:
        found |= set(
            db.execute(
                "SELECT record_type, record_id FROM evidence WHERE cited_url = :g OR cited_title = :g",
                {"g": given},
            ).fetchall()
        )
    return found


def cites(db: Database, given: str) -> bool:
    """Whether some deal file row cites `given` as its source's URL or title."""
    row = db.execute(
        "SELECT 1 FROM evidence WHERE cited_url = :g OR cited_title = :g LIMIT 1", {"g": given}
    ).fetchone()
    return row is not None


def _records_of(
    db: Database,
    company_id: int,
    sources: set[int],
    name: str | None,
    citing: set[tuple[str, int]] = frozenset(),
) -> dict[tuple, list[int]]:
    """The rows (by table and column naming the company) to move: those of `sources` or `citing`
    (deal file rows citing a source given by URL or title), and, when `name` is given, those of a
    deal file whose row (the evidence's line) names it."""
    found: dict[tuple, list[int]] = {}
    investor = db.execute("SELECT id FROM investors WHERE company_id = ?", [company_id]).fetchone()
    columns = [*COMPANY_REFERENCES, ("stakes", "investor_id"), ("round_investors", "investor_id")]
    for table, column in columns:
        if column == "investor_id" and investor is None:
            continue
        value = investor[0] if column == "investor_id" else company_id
        record_table = "rounds" if table == "round_investors" else table
        id_column = "round_id" if table == "round_investors" else "id"
        rows = db.execute(
            f"""SELECT t.{id_column}, r.source_id, s.kind FROM {table} t
                JOIN {record_table} r ON r.id = t.{id_column} JOIN sources s ON s.id = r.source_id
                WHERE t.{column} = ?""",
            [value],
        ).fetchall()
        record_type = next(kind for kind, table_name in RECORD_TABLES.items() if table_name == record_table)
        ids = [
            row_id for row_id, source_id, _ in rows if source_id in sources or (record_type, row_id) in citing
        ]
        if name is not None:
            ids += [
                row_id
                for row_id, _, kind in rows
                if kind != "article" and _names(_evidence_line(db, record_table, row_id), name)
            ]
        found[(table, column)] = list(dict.fromkeys(ids))
    return found


def _takes_all(db: Database, company_id: int, records: dict[tuple, list[int]]) -> bool:
    """Whether `records` (from `_records_of`) are every record naming the company."""
    everything = _records_of(db, company_id, {row[0] for row in db.execute("SELECT id FROM sources")}, None)
    return all(set(records.get(key, ())) >= set(ids) for key, ids in everything.items())


def _evidence_line(db: Database, table: str, record_id: int) -> str | None:
    record_type = next(kind for kind, name in RECORD_TABLES.items() if name == table)
    row = db.execute(
        "SELECT sentence FROM evidence WHERE record_type = ? AND record_id = ? LIMIT 1",
        [record_type, record_id],
    ).fetchone()
    return row[0] if row else None


def _split_investor(db: Database, company_id: int, new_id: int, records: dict[tuple, list[int]]) -> int:
    """The company's investments and round memberships that are the new company's: given to an
    investors row of its own. Returns how many moved."""
    stakes, rounds = (
        records.get(("stakes", "investor_id"), []),
        records.get(("round_investors", "investor_id"), []),
    )
    if not stakes and not rounds:
        return 0
    old_id, kind = db.execute("SELECT id, kind FROM investors WHERE company_id = ?", [company_id]).fetchone()
    new_investor = db["investors"].insert({"company_id": new_id, "kind": kind}).last_pk
    for chunk in in_chunks(stakes):
        marks = ", ".join("?" for _ in chunk)
        db.execute(f"UPDATE stakes SET investor_id = ? WHERE id IN ({marks})", [new_investor, *chunk])
    for chunk in in_chunks(rounds):
        marks = ", ".join("?" for _ in chunk)
        db.execute(
            f"UPDATE round_investors SET investor_id = ? WHERE investor_id = ? AND round_id IN ({marks})",
            [new_investor, old_id, *chunk],
        )
    return len(stakes) + len(rounds)


def _named_by_source_sql() -> str:
    """The companies a source's records (source id `:id`) name: as their company, counterpart or investor."""
    return " UNION ".join(_naming_queries("company", "source"))


def companies_named_by_source(db: Database, source_id: int) -> set[int]:
    """Every company the source's records name: as their company, counterpart or investor."""
    rows = db.execute(_named_by_source_sql(), {"id": source_id})
    return {company_id for (company_id,) in rows if company_id is not None}


NAMED_BEFORE = "temp._named_before"


def note_companies_named(db: Database, source_id: int) -> None:
    """Keep, in a temporary table and in one query, the companies the source's records name before
    they are replaced: a deal file's can be a million (`remove_companies_no_longer_named`)."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS _named_before (company_id INTEGER PRIMARY KEY)")
    db.execute(f"DELETE FROM {NAMED_BEFORE}")
    db.execute(
        f"INSERT OR IGNORE INTO {NAMED_BEFORE} SELECT * FROM ({_named_by_source_sql()}) WHERE 1",
        {"id": source_id},
    )


# The companies some source names other than through its records (m028: a deal file's company row).
LISTED_SQL = "SELECT company_id FROM source_companies"


LIST_COMPANY_SQL = "INSERT OR IGNORE INTO source_companies (source_id, company_id) VALUES (?, ?)"


def record_companies_listed(conn: sqlite3.Connection, listed: Iterable[tuple[int, int]]) -> None:
    """Say that each (source, company) of `listed` is a company the source names other than through
    its records (a deal file's company row, an article's companies list): it stays while one does."""
    conn.executemany(LIST_COMPANY_SQL, listed)


def note_companies_listed(db: Database, source_id: int) -> None:
    """Add to the companies `note_companies_named` kept those the source names other than through
    its records, and forget that it names them (it goes, or its corrected version says again)."""
    db.execute(
        f"INSERT OR IGNORE INTO {NAMED_BEFORE} SELECT company_id FROM source_companies WHERE source_id = ?",
        [source_id],
    )
    db.execute("DELETE FROM source_companies WHERE source_id = ?", [source_id])


def remove_companies_no_longer_named(db: Database, reason: str, source_id: int | None = None) -> int:
    """Of the companies `note_companies_named` kept, remove those nothing names any more (as
    `remove_unused_companies` does one by one, here set-based for a deal file of any size), each
    recorded as removed for `reason`. Returns how many were removed."""
    if not db.execute("SELECT 1 FROM sqlite_temp_master WHERE name = '_named_before'").fetchone():
        return 0
    used = [*_naming_queries("company"), LISTED_SQL, "SELECT kept_id FROM merges WHERE undone_at IS NULL"]
    db.execute(
        f"DELETE FROM {NAMED_BEFORE} WHERE "
        + " OR ".join(f"company_id IN ({query})" for query in used)
        + " OR company_id NOT IN (SELECT id FROM companies)"
    )
    gone = f"(SELECT company_id FROM {NAMED_BEFORE})"
    removed = db.execute(
        f"""INSERT OR REPLACE INTO removed_companies (company_id, name, reason, source_id, removed_at)
            SELECT id, name, ?, ?, ? FROM companies WHERE id IN {gone}""",
        [reason, source_id, datetime.now(UTC).isoformat(timespec="seconds")],
    ).rowcount
    for table, column in (("aliases", "company_id"), ("investors", "company_id"), ("companies", "id")):
        db.execute(f"DELETE FROM {table} WHERE {column} IN {gone}")
    db.execute(f"DELETE FROM {NAMED_BEFORE}")
    return removed


def company_in_use(
    db: Database, company_id: int, *, any_investors_row: bool = False, any_merge: bool = False
) -> bool:
    """Whether a record names the company (as company, counterpart, investor or round member), a
    source names it otherwise (a deal file's company row), or a merge kept it (its undo needs it). With `any_investors_row`, its investors row counts, used or
    not (for a caller that removes the company but not that row, which must keep its company); with
    `any_merge`, an undone merge that kept it counts too."""
    if any_investors_row:  # the row is there whenever it names the company as an investor
        checks = [
            *_naming_queries("1", "company", as_investor=False),
            "SELECT 1 FROM investors WHERE company_id = :id",
        ]
    else:
        checks = _naming_queries("1", "company")
    checks.append("SELECT 1 FROM source_companies WHERE company_id = :id")  # a company row names it
    standing = "" if any_merge else " AND undone_at IS NULL"
    checks.append(f"SELECT 1 FROM merges WHERE kept_id = :id{standing}")
    return db.execute(" UNION ALL ".join(checks) + " LIMIT 1", {"id": company_id}).fetchone() is not None


REMOVED_BY_EDIT = "a review edit took its last record"


def corrected_import_reason(title: str | None, url: str | None, path: str | None) -> str:
    """Why a re-import removed a company, naming the source (its title, else its URL or file)."""
    named = f"“{title}”" if title else url or path or "its source"
    return f"a corrected import of {named} no longer names it"


def record_removed(
    db: Database, company_id: int, name: str, reason: str, source_id: int | None = None
) -> None:
    """Say why the company is gone (`queries.company_gone` tells a page or link still holding its id)."""
    db.execute(
        """INSERT OR REPLACE INTO removed_companies (company_id, name, reason, source_id, removed_at)
           VALUES (?, ?, ?, ?, ?)""",
        [company_id, name, reason, source_id, datetime.now(UTC).isoformat(timespec="seconds")],
    )


def remove_unused_companies(
    db: Database,
    company_ids: set[int] | list[int],
    reason: str = REMOVED_BY_EDIT,
    source_id: int | None = None,
) -> list[dict]:
    """Of `company_ids` (those a correction or a re-import took records from), remove each that
    nothing names any more, with its aliases and investors row: a name corrected away ("Axios",
    the newsroom, as a round's investor) is no company to search for. Each is recorded as removed
    for `reason`. Returns what was removed, for `restore_companies`."""
    removed = []
    for company_id in sorted(company_ids):
        company = _row(db, "companies", "id = ?", [company_id])
        if company is None or company_in_use(db, company_id):
            continue
        aliases = list(db.query("SELECT * FROM aliases WHERE company_id = ?", [company_id]))
        investor = _row(db, "investors", "company_id = ?", [company_id])
        db.execute("DELETE FROM aliases WHERE company_id = ?", [company_id])
        db.execute("DELETE FROM investors WHERE company_id = ?", [company_id])
        db.execute("DELETE FROM companies WHERE id = ?", [company_id])
        record_removed(db, company_id, company["name"], reason, source_id)
        removed.append({"company": company, "aliases": aliases, "investor": investor})
    return removed


def restore_companies(db: Database, removed: list[dict]) -> None:
    """Put back the companies `remove_unused_companies` removed, with the same ids (an undo)."""
    for snapshot in removed:
        if _row(db, "companies", "id = ?", [snapshot["company"]["id"]]) is not None:
            continue
        db["companies"].insert(snapshot["company"])
        db.execute("DELETE FROM removed_companies WHERE company_id = ?", [snapshot["company"]["id"]])
        for alias in snapshot["aliases"]:
            db.execute(
                "INSERT OR IGNORE INTO aliases (id, company_id, alias, normalized, source_id) VALUES (?, ?, ?, ?, ?)",
                [alias["id"], alias["company_id"], alias["alias"], alias["normalized"], alias["source_id"]],
            )
        if snapshot["investor"] is not None:
            db["investors"].insert(snapshot["investor"])


COMPANY_DETAILS = ("country", "city", "sector", "description")


def _split_details(db: Database, company: dict, new_id: int, key: str, moved: set[int]) -> None:
    """The details (country, city, sector, description) the moved articles give the company they
    speak of go with it; the company split from keeps those only if one of its own articles gives
    them too ("New York" came with the Axios story of the other Ledgerline)."""
    keys = {key, company["normalized"]}
    given = _details_from(db, moved, keys)
    if any(given.values()):
        db["companies"].update(new_id, {field: value for field, value in given.items() if value})
    stale = [f for f in COMPANY_DETAILS if given[f] is not None and company[f] == given[f]]
    if not stale:
        return
    remaining = _sources_naming_company(db, company["id"])
    kept = _details_from(db, remaining, {company["normalized"]})
    db["companies"].update(company["id"], {field: kept[field] for field in stale})


def _sources_naming_company(db: Database, company_id: int) -> set[int]:
    """The sources whose records name the company (as their company, counterpart or investor)."""
    return {row[0] for row in db.execute(_naming_sql(), {"id": company_id})}


def _naming_sql() -> str:
    """The ids of the sources whose records name company `:id` as their company or counterpart (not
    those naming it only as an investor, unlike `_sources_naming`)."""
    return " UNION ".join(_naming_queries("source", "company", as_investor=False))


def _keys_of(db: Database, company: dict) -> set[str]:
    """The normalized names a company goes by: its own and its aliases'."""
    rows = db.execute("SELECT normalized FROM aliases WHERE company_id = ?", [company["id"]])
    return {company["normalized"], *(key for (key,) in rows if key)}


def details_given(db: Database, source_id: int, company_ids: set[int]) -> dict[int, dict[str, str | None]]:
    """Of `company_ids`, the details the source's stored version gives each one it names with some;
    read before a corrected version replaces it (`refresh_replaced_details`)."""
    given = {}
    parsed: dict[int, list] = {}  # the source read once, whatever number of companies it names
    for company_id in sorted(company_ids):
        company = _row(db, "companies", "id = ?", [company_id])
        if company is None:
            continue
        found = _details_from(db, {source_id}, _keys_of(db, company), parsed=parsed)
        if any(found.values()):
            given[company_id] = found
    return given


def refresh_replaced_details(db: Database, given: dict[int, dict[str, str | None]]) -> None:
    """A company's details that only a replaced version gave go with it: each detail still as that
    version gave it is read again from the articles naming the company now (the corrected version
    among them); a detail that differs (another source's, or a person's) stays."""
    for company_id, old in given.items():
        company = _row(db, "companies", "id = ?", [company_id])
        if company is None:
            continue
        stale = [f for f in COMPANY_DETAILS if old[f] is not None and company[f] == old[f]]
        if not stale:
            continue
        naming = _sources_naming_company(db, company_id)
        kept = _details_from(db, naming, _keys_of(db, company), tuple(stale))
        # a deal file's details are not read again: one naming the company may be what gave them
        files = db.execute(
            f"SELECT 1 FROM sources WHERE kind != 'article' AND id IN ({_naming_sql()}) LIMIT 1",
            {"id": company_id},
        ).fetchone()
        updates = {f: kept[f] for f in stale if kept[f] != company[f] and (kept[f] or not files)}
        if updates:
            db["companies"].update(company_id, updates)


DETAILS_BEFORE = "temp._details_before"


def clear_details_only_file_gave(db: Database, source_id: int) -> None:
    """Before a corrected deal file replaces its earlier version: the details (city, sector…) of the
    companies that version named, that only it can have given, are cleared, and kept in a temporary
    table (`refill_cleared_details`). The new version's rows then give them again, or leave them
    empty: an empty cell in the correction clears what the file set. A company another deal file
    names keeps its details (who of the two gave them is not known); an article's are read again.
    Needs `note_companies_named` first."""
    columns = ", ".join(COMPANY_DETAILS)
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS _details_before (company_id INTEGER PRIMARY KEY, {columns})")
    db.execute(f"DELETE FROM {DETAILS_BEFORE}")
    db.execute(
        f"""INSERT INTO {DETAILS_BEFORE} SELECT id, {columns} FROM companies
            WHERE id IN (SELECT company_id FROM {NAMED_BEFORE}) AND coalesce({columns}) IS NOT NULL"""
    )
    other_files = _naming_kept_sql("o.kind != 'article' AND o.id != :id")
    db.execute(
        f"""DELETE FROM {DETAILS_BEFORE} WHERE company_id IN (SELECT company_id FROM ({other_files}))
            OR company_id IN (SELECT company_id FROM source_companies WHERE source_id != :id)""",
        {"id": source_id},
    )
    cleared = ", ".join(f"{field} = NULL" for field in COMPANY_DETAILS)
    db.execute(f"UPDATE companies SET {cleared} WHERE id IN (SELECT company_id FROM {DETAILS_BEFORE})")


def _naming_kept_sql(sources_where: str) -> str:
    """(company_id, source_id) of the records naming a company `clear_details_only_file_gave` kept,
    from the sources (`o`) that `sources_where` takes: each table scanned once at most, whatever the
    number of companies."""
    within = f"IN (SELECT company_id FROM {DETAILS_BEFORE})"
    return " UNION ".join(
        f"""SELECT {company} AS company_id, {source} AS source_id FROM {rows}
            JOIN sources o ON o.id = {source} AND {sources_where} WHERE {company} {within}"""
        for rows, source, company in _namings(with_source=True)
    )


def refill_cleared_details(db: Database) -> None:
    """After the corrected version's rows are written: each detail `clear_details_only_file_gave`
    cleared that the new version left empty is read again from the articles naming the company (one
    may say it too); the rest stay empty. Call it with the indexes in place: it looks the companies
    up by id in every record table."""
    if not db.execute("SELECT 1 FROM sqlite_temp_master WHERE name = '_details_before'").fetchone():
        return
    if db.execute(f"SELECT 1 FROM {DETAILS_BEFORE} LIMIT 1").fetchone() is None:
        db.execute(f"DROP TABLE {DETAILS_BEFORE}")
        return  # nothing was cleared: no table need be scanned for the articles naming none
    # Only the companies still missing a detail they had are looked at, and only those an article names.
    empty = " OR ".join(f"(c.{f} IS NULL AND b.{f} IS NOT NULL)" for f in COMPANY_DETAILS)
    db.execute(
        f"""DELETE FROM {DETAILS_BEFORE} WHERE company_id NOT IN
            (SELECT c.id FROM companies c JOIN {DETAILS_BEFORE} b ON b.company_id = c.id WHERE {empty})"""
    )
    articles: dict[int, set[int]] = defaultdict(set)
    for company_id, source_id in db.execute(_naming_kept_sql("o.kind = 'article'")):
        articles[company_id].add(source_id)
    parsed: dict[int, list] = {}  # each article read once, whatever number of companies it names
    for company_id, naming in sorted(articles.items()):
        company = _row(db, "companies", "id = ?", [company_id])
        if company is None:
            continue
        missing = tuple(f for f in COMPANY_DETAILS if company[f] is None)
        found = _details_from(db, naming, _keys_of(db, company), missing, parsed=parsed)
        updates = {f: found[f] for f in missing if found[f]}
        if updates:
            db["companies"].update(company_id, updates)
    # Dropped, not emptied: its existence is what tells a later import in this session to look.
    db.execute(f"DROP TABLE {DETAILS_BEFORE}")


def _details_from(
    db: Database,
    source_ids: set[int],
    keys: set[str],
    wanted: tuple[str, ...] = COMPANY_DETAILS,
    parsed: dict[int, list] | None = None,
) -> dict[str, str | None]:
    """What the articles among `source_ids` say of the company named by one of `keys` (its name or
    an alias there), read again from their stored text: the first value of each detail (reading
    stops once every `wanted` one is found; `parsed` keeps each article's companies read once)."""
    found: dict[str, str | None] = dict.fromkeys(COMPANY_DETAILS)
    parsed = {} if parsed is None else parsed
    for source_id in sorted(source_ids):
        if source_id not in parsed:
            parsed[source_id] = _companies_told(db, source_id)
        for info in parsed[source_id]:
            if keys & {normalize_name(n) for n in (info.name, *info.aliases)}:
                for field in COMPANY_DETAILS:
                    found[field] = found[field] or getattr(info, field)
        if all(found[field] for field in wanted):
            break
    return found


def _companies_told(db: Database, source_id: int) -> list:
    """The companies (`CompanyInfo`) an article's stored text tells of, read again; none for a deal
    file or a text the extractor cannot read again."""
    from ai_deals.importers.article import parse_article  # only a split or correction reads articles again

    row = _row(db, "sources", "id = ? AND kind = 'article'", [source_id])
    if row is None:
        return []
    try:
        parsed = parse_article(
            row["text"] or "",
            title=row["title"],
            published=row["published"],
            url=row["url"],
            publisher=row["publisher"],
            language=row["language"],
        )
    except (RecursionError, MemoryError, KeyError, IndexError, ValueError, TypeError, AttributeError):
        return []  # details are a courtesy: a text the extractor cannot read again gives none
    return list(parsed.companies)
