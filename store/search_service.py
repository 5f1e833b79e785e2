"""Search as the store offers it: the in-memory index kept in step with the database.

The index is built on first use and rebuilt when this process imports or another process changes
the file (SQLite's `PRAGMA data_version` tells). Hits come with their type and a one-line summary.
"""

from __future__ import annotations

from sqlite_utils import Database

from .formatting import format_amount
from .models import SearchHit
from .names import normalize_name
from .search import IndexedName, SearchIndex


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._index: SearchIndex | None = None
        self._data_version: int | None = None

    def invalidate(self) -> None:
        self._index = None

    def index(self) -> SearchIndex:
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if self._index is None or version != self._data_version:
            self._index = SearchIndex(self._load_names())
            self._data_version = version
        return self._index

    def _load_names(self) -> list[IndexedName]:
        rows = self.db.execute(
            """SELECT c.id, c.name, 0 FROM companies c
               UNION ALL SELECT a.company_id, a.alias, 1 FROM aliases a
               JOIN companies c ON c.id = a.company_id WHERE a.alias != c.name"""
        )
        return [IndexedName(company_id, text, bool(is_alias)) for company_id, text, is_alias in rows]

    def exact(self, name: str) -> int | None:
        key = normalize_name(name)
        row = self.db.execute("SELECT company_id FROM aliases WHERE normalized = ? LIMIT 1", [key]).fetchone()
        if row is None:
            row = self.db.execute("SELECT id FROM companies WHERE normalized = ? LIMIT 1", [key]).fetchone()
        return row[0] if row else None

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        if not query.strip():
            return self._best_known(limit)
        matches = self.index().search(query, limit)
        details = self._details([m.company_id for m in matches])
        return [
            SearchHit(
                company_id=m.company_id,
                name=details[m.company_id]["name"],
                hit_type=details[m.company_id]["hit_type"],
                matched=m.text,
                positions=m.positions,
                score=m.score,
                summary=details[m.company_id]["summary"],
            )
            for m in matches
            if m.company_id in details
        ]

    def _best_known(self, limit: int) -> list[SearchHit]:
        """With no query: the companies with the most records first."""
        rows = self.db.execute(
            """SELECT c.id, (SELECT count(*) FROM stakes s WHERE s.company_id = c.id)
                 + (SELECT count(*) FROM rounds r WHERE r.company_id = c.id)
                 + (SELECT count(*) FROM stakes s JOIN investors i ON i.id = s.investor_id
                    WHERE i.company_id = c.id) AS weight
               FROM companies c ORDER BY weight DESC, c.name LIMIT ?""",
            [limit],
        ).fetchall()
        details = self._details([row[0] for row in rows])
        return [
            SearchHit(
                company_id=row[0],
                name=details[row[0]]["name"],
                hit_type=details[row[0]]["hit_type"],
                matched=details[row[0]]["name"],
                score=0.0,
                summary=details[row[0]]["summary"],
            )
            for row in rows
        ]

    def _details(self, ids: list[int]) -> dict[int, dict]:
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self.db.query(
            f"""SELECT c.id, c.name,
                  (SELECT id FROM investors i WHERE i.company_id = c.id) AS investor_id,
                  (SELECT count(*) FROM rounds r WHERE r.company_id = c.id AND r.review_status != 'rejected')
                    AS round_count,
                  (SELECT count(*) FROM stakes s WHERE s.company_id = c.id AND s.review_status != 'rejected')
                    AS stakes_in,
                  (SELECT count(DISTINCT s.investor_id) FROM stakes s WHERE s.company_id = c.id
                    AND s.review_status != 'rejected') AS investor_count,
                  (SELECT sum(r.amount) FROM rounds r WHERE r.company_id = c.id AND r.currency = 'USD'
                    AND r.review_status != 'rejected') AS raised_usd,
                  (SELECT max(r.date) FROM rounds r WHERE r.company_id = c.id
                    AND r.review_status != 'rejected') AS last_round,
                  (SELECT count(*) FROM stakes s JOIN investors i ON i.id = s.investor_id
                    WHERE i.company_id = c.id AND s.review_status != 'rejected') AS bets
                FROM companies c WHERE c.id IN ({marks})""",
            ids,
        )
        return {row["id"]: {"name": row["name"], **_describe(row)} for row in rows}


def _describe(row: dict) -> dict:
    """Hit type and summary: 'raised $110B · last round 2026-02-27 · 4 investors'."""
    is_company = bool(row["round_count"] or row["stakes_in"])
    is_investor = row["investor_id"] is not None and bool(row["bets"])
    hit_type = "both" if is_company and is_investor else ("investor" if is_investor else "company")
    parts = []
    if row["raised_usd"]:
        parts.append(f"raised {format_amount(row['raised_usd'], 'USD')}")
    if row["last_round"]:
        parts.append(f"last round {row['last_round']}")
    if row["investor_count"]:
        parts.append(f"{row['investor_count']} investor{'s' if row['investor_count'] != 1 else ''}")
    if row["bets"]:
        parts.append(f"{row['bets']} investment{'s' if row['bets'] != 1 else ''}")
    return {"hit_type": hit_type, "summary": " · ".join(parts)}
