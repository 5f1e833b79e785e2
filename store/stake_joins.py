"""The join of a stake that states its round type ("Series B") to its company's round of that type that
day, its investor then one of the round's investors (`joined`), and its undoing: one query per rule,
which the import (a source's stakes, both ways), an edit of a stake and an edit of a round share.

Its own module: `writing` imports `review`, and both (and `bulk`, `merging`) use these rules."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Mapping

from .formatting import kinds_agree, round_kind

# A round's investor, named by its source (`joined` 0, maybe a lead) or listed for a stake joined to
# it (`joined` 1). Met twice, being named wins over being joined and a lead stays one, whichever row
# came first (a deal file's stake row before a row of its round naming the same investor).
LIST_INVESTOR_SQL = """
    INSERT INTO round_investors (round_id, investor_id, is_lead, joined) {rows}
    ON CONFLICT (round_id, investor_id) DO UPDATE
    SET is_lead = max(is_lead, excluded.is_lead), joined = min(joined, excluded.joined)"""
LIST_INVESTOR_ROW_SQL = LIST_INVESTOR_SQL.format(rows="VALUES (?, ?, ?, ?)")

# The rounds typed stakes may be in: their company's that day, of a stated type, not rejected, in
# their money (the source's own rounds first). A stake in another currency is the round's only as the
# article telling both put it there: its investor among the round's, both rows citing that one article
# (an export's rows of the article's records, which the article had joined: Salesforce's $10M in
# Crewmark's A$45M Series B). `{which}` picks the stakes or rounds looked at (`STAKES_OF_SOURCE`...).
_ROUNDS_OF_TYPED_STAKES_SQL = """
    SELECT s.id, s.round_type, r.id, r.round_type, s.investor_id, r.source_id = s.source_id FROM stakes s
    JOIN rounds r ON r.company_id = s.company_id AND r.date = s.date
    WHERE {which} AND s.round_type IS NOT NULL
      AND r.round_type IS NOT NULL AND r.review_status != 'rejected'
      -- Money only promised on a condition joins no round its source does not name its investor in.
      AND (NOT (coalesce(s.status, '') = 'conditional' OR s.condition IS NOT NULL)
           OR EXISTS (SELECT 1 FROM stake_tranches st WHERE st.stake_id = s.id)
           OR EXISTS (SELECT 1 FROM round_investors ri
                      WHERE ri.round_id = r.id AND ri.investor_id = s.investor_id AND ri.joined = 0))
      AND (s.currency IS NULL OR r.currency IS NULL OR s.currency IN (r.currency, r.equivalent_currency)
           OR (EXISTS (SELECT 1 FROM round_investors ri WHERE ri.round_id = r.id AND ri.investor_id = s.investor_id)
               AND EXISTS (SELECT 1 FROM evidence es JOIN evidence er
                             ON er.record_type = 'round' AND er.record_id = r.id
                            WHERE es.record_type = 'stake' AND es.record_id = s.id
                              AND coalesce(es.cited_url, es.cited_title) IS NOT NULL
                              AND es.cited_url IS er.cited_url AND es.cited_title IS er.cited_title
                              AND es.cited_publisher IS er.cited_publisher AND es.cited_date IS er.cited_date)))
    ORDER BY s.id, r.source_id != s.source_id, r.id"""

STAKES_OF_SOURCE = "s.source_id = :source AND s.round_id IS NULL"  # a source's stakes in no round
ROUNDS_OF_SOURCE = "r.source_id = :source AND s.round_id IS NULL"  # stakes in no round, in its rounds
ONE_STAKE = "s.id = :stake"
ONE_ROUND = "r.id = :round AND s.round_id IS NULL"  # the stakes in no round that fit a round
STAKE_IN_ROUND = "s.id = :stake AND r.id = :round"  # whether a stake fits a round
# The stakes in no round of a list of ids (a JSON array: one statement for any number of them).
STAKES_BY_ID = "s.id IN (SELECT value FROM json_each(:stakes)) AND s.round_id IS NULL"


def rounds_of_typed_stakes(
    conn: sqlite3.Connection, which: str, params: Mapping
) -> dict[int, tuple[int, int]]:
    """Stake id -> (round id, investor id): the round each typed stake `which` picks fits, of its kind
    of round ("series B" is a "Series B") before one whose kind merely agrees (`kinds_agree`: a generic
    "Corporate Round"). A stake of a generic type states no stage: it joins only its own source's round,
    as the review's `_still_in_round` keeps it (two generic types are no evidence of one round)."""
    exact: dict[int, tuple[int, int]] = {}
    agreeing: dict[int, tuple[int, int]] = {}
    for stake_id, stake_type, round_id, round_type, investor_id, same_source in conn.execute(
        _ROUNDS_OF_TYPED_STAKES_SQL.format(which=which), params
    ):
        stake_kind, kind = round_kind(stake_type), round_kind(round_type)
        if stake_kind is None and not same_source:
            continue
        if stake_kind == kind:
            exact.setdefault(stake_id, (round_id, investor_id))
        elif kinds_agree(stake_kind, kind):
            agreeing.setdefault(stake_id, (round_id, investor_id))
    return agreeing | exact


def rejoin_stakes(conn: sqlite3.Connection, stake_ids: Collection[int]) -> int:
    """Put each of the stakes `stake_ids` (which left a source's rounds as its records went) that is
    still in no round in another round of its type that day, if any; looked up by id, not by a pass
    over their sources' stakes (a deal file's can be a million). Returns how many were joined."""
    if not stake_ids:
        return 0
    joins = rounds_of_typed_stakes(conn, STAKES_BY_ID, {"stakes": json.dumps(list(stake_ids))})
    join_stakes(conn, joins)
    return len(joins)


def join_stakes(conn: sqlite3.Connection, joins: Mapping[int, tuple[int, int]]) -> None:
    """Put each stake in its round (`rounds_of_typed_stakes`), its investor one of the round's."""
    conn.executemany("UPDATE stakes SET round_id = ? WHERE id = ?", [(r, s) for s, (r, _) in joins.items()])
    conn.executemany(
        LIST_INVESTOR_ROW_SQL,
        [(round_id, investor_id, 0, 1) for round_id, investor_id in dict.fromkeys(joins.values())],
    )


# The links a join added (`joined`) for stakes leaving their rounds (`{which}`), unless another stake
# of that investor (`{others}`) keeps it in that round. SQLite reads the stakes `{which}` picks by
# their index (stakes_source, or the stake's id), each one's link by the table's key, the others by
# stakes_investor (EXPLAIN QUERY PLAN): no pass over either table.
_UNLIST_JOINED_SQL = """
    DELETE FROM round_investors WHERE rowid IN (
      SELECT ri.rowid FROM round_investors ri
      JOIN stakes s ON s.investor_id = ri.investor_id AND s.round_id = ri.round_id
      WHERE ri.joined = 1 AND {which}
        AND NOT EXISTS (SELECT 1 FROM stakes o WHERE o.investor_id = s.investor_id
                          AND o.round_id = s.round_id AND {others}))"""
_UNLIST_SOURCE_SQL = _UNLIST_JOINED_SQL.format(
    which="s.source_id = :source AND s.round_type IS NOT NULL", others="o.source_id != :source"
)
_UNLIST_STAKE_SQL = _UNLIST_JOINED_SQL.format(which="s.id = :stake", others="o.id != :stake")


def unlist_joined_stakes_of_source(conn: sqlite3.Connection, source_id: int) -> None:
    """Before a source's records go: the investors other sources' rounds list only for its stakes."""
    conn.execute(_UNLIST_SOURCE_SQL, {"source": source_id})


def unlist_joined_stake(conn: sqlite3.Connection, stake_id: int) -> None:
    """Before a stake leaves its round: its investor, if listed only for it."""
    conn.execute(_UNLIST_STAKE_SQL, {"stake": stake_id})
