"""Merging two companies a person knows are the same, keeping every record, with undo.

A merge moves every reference from the duplicate to the kept company and records exactly what it
moved in `merges.snapshot`, so undoing puts each row back where it was.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlite_utils import Database

from .errors import StoreError
from .models import MergeSummary

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


def _ids(db: Database, sql: str, params: list) -> list[int]:
    return [row[0] for row in db.execute(sql, params).fetchall()]


def _row(db: Database, table: str, where: str, params: list) -> dict | None:
    rows = list(db.query(f"SELECT * FROM {table} WHERE {where}", params))
    return rows[0] if rows else None


def merge_companies(db: Database, keep_id: int, duplicate_id: int) -> int:
    """Fold `duplicate_id` into `keep_id`; returns the merge id for `undo_merge`. Caller holds the transaction."""
    if keep_id == duplicate_id:
        raise StoreError("cannot merge a company with itself")
    kept = _row(db, "companies", "id = ?", [keep_id])
    duplicate = _row(db, "companies", "id = ?", [duplicate_id])
    if kept is None or duplicate is None:
        raise StoreError(f"no company with id {duplicate_id if kept else keep_id}")
    snapshot: dict = {"company": duplicate, "moves": {}, "deleted_aliases": []}
    for table, column in COMPANY_REFERENCES:
        ids = _ids(db, f"SELECT id FROM {table} WHERE {column} = ?", [duplicate_id])
        db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", [keep_id, duplicate_id])
        snapshot["moves"][f"{table}.{column}"] = ids
    _merge_investors(db, keep_id, duplicate_id, snapshot)
    _merge_aliases(db, keep_id, duplicate_id, snapshot)
    db.execute("DELETE FROM companies WHERE id = ?", [duplicate_id])
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
    db.execute(
        "INSERT OR IGNORE INTO round_investors (round_id, investor_id, is_lead) "
        "SELECT round_id, ?, is_lead FROM round_investors WHERE investor_id = ?",
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


def merges(db: Database) -> list[MergeSummary]:
    """Every merge, newest first, with the kept company's current name."""
    rows = db.query(
        """SELECT m.id, m.kept_id, coalesce(c.name, '?') AS kept, m.merged_name, m.merged_at, m.undone_at
           FROM merges m LEFT JOIN companies c ON c.id = m.kept_id ORDER BY m.id DESC"""
    )
    return [MergeSummary.model_validate(row) for row in rows]


def undo_merge(db: Database, merge_id: int) -> int:
    """Put the merged company and every moved row back; returns the restored company id."""
    merge = _row(db, "merges", "id = ?", [merge_id])
    if merge is None:
        raise StoreError(f"no merge {merge_id} to undo")
    if merge["undone_at"] is not None:
        raise StoreError(f"merge {merge_id} was already undone ({merge['undone_at'][:16]})")
    later = db.execute(
        """SELECT id FROM merges WHERE id > ? AND undone_at IS NULL
           AND (kept_id IN (?, ?) OR merged_id IN (?, ?)) ORDER BY id DESC LIMIT 1""",
        [merge_id, merge["kept_id"], merge["merged_id"], merge["kept_id"], merge["merged_id"]],
    ).fetchone()
    if later is not None:
        raise StoreError(f"merge {later[0]} involves the same companies and came later: undo it first")
    snapshot = json.loads(merge["snapshot"])
    duplicate_id = merge["merged_id"]
    db["companies"].insert(snapshot["company"])
    investor = snapshot.get("investor")
    if investor and snapshot.get("investor_moved"):
        db.execute("UPDATE investors SET company_id = ? WHERE id = ?", [duplicate_id, investor["id"]])
    elif investor:
        db["investors"].insert(investor)
        kept_rounds = set(snapshot["kept_rounds"])
        for row in snapshot["round_investors"]:
            db["round_investors"].insert(row)
            if row["round_id"] not in kept_rounds:
                db.execute(
                    "DELETE FROM round_investors WHERE round_id = ? AND investor_id = ?",
                    [row["round_id"], snapshot["kept_investor_id"]],
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
    db.execute(
        "UPDATE merges SET undone_at = ? WHERE id = ?",
        [datetime.now(UTC).isoformat(timespec="seconds"), merge_id],
    )
    return duplicate_id
