"""What a deal file's import brings that the database did not have, for its dry run to say.

Two vendors' exports of the same deals are two sources of the same raises: pages show each raise once
("2 sources", store/same_raise.py), but "would add: 16 rows, 16 facts" does not say that 14 of them are
raises already here. Nor does it say which names the file would make companies or investors of: a
vendor's "a16z" that the database knew by another name would show up only once imported. Read in the
dry run's transaction, right after its trial import (and undone with it): the rounds the import wrote
(ids from `first_round` on) of companies it did not make are grouped as their pages group them, and
the companies it made (ids from `first_company` on) are named, investors first (unless the database
had no source but the shipped seed: then every name is new). Several files dry-run in one transaction:
a file's rounds are not "already here" for an earlier file's sake, nor are its names not new (`TrialRun`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from .fold_candidates import raises_that_can_fold
from .id_lists import in_chunks, placeholders
from .queries import fetch_records, page_ordered
from .same_raise import group_raises
from .schema import VISIBLE

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


@dataclass
class TrialRun:
    """What a dry run's earlier files imported, in the transaction it shares with the next one: their
    sources (`sources`) and the first company the first of them made (`first_company`). A second
    vendor's file of the same deals is not "already in the database", and the investors the first
    file made are new to it all the same."""

    sources: list[int] = field(default_factory=list)
    first_company: int | None = None

    def add(self, source_id: int, first_company: int) -> None:
        """Count in an import of source `source_id` that made companies from id `first_company` on."""
        self.sources.append(source_id)
        if self.first_company is None:
            self.first_company = first_company


def deal_file_news(
    db: Database,
    source_id: int,
    first_round: int,
    first_company: int,
    run: TrialRun | None = None,
    seeds: frozenset[str] = frozenset(),
) -> DealFileNews:
    """What the import of source `source_id` just made: rounds from id `first_round` on, companies
    from id `first_company` on (see `DealFileNews`), after the earlier imports of the same dry `run`
    (none when None), into a database whose shipped seed documents are named `seeds` (file names)."""
    run = run or TrialRun()
    unknown = [source_id, *run.sources]  # sources the database did not have before this dry run
    news = DealFileNews()
    news.rounds, news.rounds_known = _rounds_known(db, source_id, first_round, first_company, unknown)
    if _only_seeds_besides(db, unknown, seeds):
        return news  # into an empty (or just seeded) database every name is new: naming them all says nothing
    run_first = first_company if run.first_company is None else run.first_company
    for made, investors in (
        (_NAMES_MADE, True),
        (_NAMES_MADE.replace("AND EXISTS", "AND NOT EXISTS"), False),
    ):
        params = [run_first, first_company, source_id, first_round, source_id, first_round]
        names, count = _names(db, made, params)
        if investors:
            news.new_investors, news.new_investor_count = names, count
        else:
            news.new_companies, news.new_company_count = names, count
    return news


# The companies new to the database that the import names: those it made, and those an earlier file
# of the same dry run made that its rounds name (as the company raising or as an investor).
_NAMES_MADE = """c.id >= ? AND (c.id >= ?
    OR c.id IN (SELECT company_id FROM rounds WHERE source_id = ? AND id >= ?)
    OR c.id IN (SELECT i.company_id FROM rounds r JOIN round_investors ri ON ri.round_id = r.id
                JOIN investors i ON i.id = ri.investor_id WHERE r.source_id = ? AND r.id >= ?))
    AND EXISTS (SELECT 1 FROM investors i WHERE i.company_id = c.id)"""


def _only_seeds_besides(db: Database, sources: list[int], seeds: frozenset[str]) -> bool:
    """Whether the database's sources, but `sources`, are at most the shipped seed documents (their
    file names `seeds`): every new database is seeded, so "no company before the import" never held."""
    others = db.execute(
        f"SELECT path FROM sources WHERE id NOT IN ({placeholders(sources)}) LIMIT ?",
        [*sources, len(seeds) + 1],
    ).fetchall()
    return all(path and Path(path).name in seeds for (path,) in others)


def _rounds_known(
    db: Database, source_id: int, first_round: int, first_company: int, unknown: list[int]
) -> tuple[int, int]:
    """How many rounds the source's import wrote, and how many of them are raises a source the
    database had (none of `unknown`) tells too, as the company's page groups them (`group_raises`).
    A company whose every round of the import has a twin (`_TWINNED`) is counted so: a round of
    another source of its day, amount, currency and type is always its raise. Of the others, only
    those with another such source's round, not made by the import, of rounds that could fold
    (`raises_that_can_fold`, as the timeline's folds ask) are read: reading every company a 200k-row
    file touched took half its dry run."""
    written = db.execute(
        "SELECT count(*) FROM rounds WHERE id >= ? AND source_id = ?", [first_round, source_id]
    ).fetchone()[0]
    known = 0
    to_group = []
    others = placeholders(unknown)
    query = _TWINNED.format(others=others)
    for company_id, ours, twinned, told_before in db.execute(
        query, [*unknown, *unknown, source_id, first_round, first_company]
    ):
        if twinned == ours:
            known += ours
        elif told_before:
            to_group.append(company_id)
    ours_or_run = set(unknown)
    for chunk in in_chunks(raises_that_can_fold(db, to_group)):
        rounds = fetch_records(db, "round", f"r.company_id IN ({placeholders(chunk)})", chunk)
        for members in group_raises(page_ordered(rounds)):
            ours = sum(1 for round_ in members if round_.source_id == source_id)
            if ours and any(round_.source_id not in ours_or_run for round_ in members):
                known += ours
    return written, known


# For each company the import wrote rounds of (and did not make): how many, how many have a twin (a
# visible round of a source the database had, of its day, amount, currency and type, and no other
# round of the import alike: one source's two rounds are never one raise), and whether such a source
# has any round of it. Twins are the whole file when a second vendor's export of the same deals comes.
# `+d.source_id`: through the company's rounds, not the source's (200k of them read for each row).
_TWINNED = f"""SELECT r.company_id, count(*),
    sum(r.amount > 0 AND r.date IS NOT NULL AND EXISTS (
        SELECT 1 FROM rounds o WHERE o.company_id = r.company_id AND o.date = r.date
        AND o.amount = r.amount AND o.currency = r.currency
        AND (o.round_type = r.round_type OR o.round_type IS NULL OR r.round_type IS NULL)
        AND o.{VISIBLE} AND coalesce(o.source_id, 0) NOT IN ({{others}}))
      AND NOT EXISTS (
        SELECT 1 FROM rounds d WHERE d.company_id = r.company_id AND +d.source_id = r.source_id
        AND d.id != r.id AND d.date = r.date AND d.amount = r.amount AND d.currency = r.currency)),
    EXISTS (SELECT 1 FROM rounds o WHERE o.company_id = r.company_id
            AND coalesce(o.source_id, 0) NOT IN ({{others}}))
    FROM rounds r WHERE r.source_id = ? AND r.id >= ? AND r.company_id < ?
    GROUP BY r.company_id"""


def _names(db: Database, where: str, params: list) -> tuple[list[str], int]:
    """The first `NEW_NAMES_SHOWN` names of the companies `where` selects (in the order made), and how many."""
    count = db.execute(f"SELECT count(*) FROM companies c WHERE {where}", params).fetchone()[0]
    names = db.execute(
        f"SELECT c.name FROM companies c WHERE {where} ORDER BY c.id LIMIT ?", [*params, NEW_NAMES_SHOWN]
    )
    return [row[0] for row in names], count
