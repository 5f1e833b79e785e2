"""`Store`: the one object the CLI and the TUI use to read and write a database.

Thread-safe: one sqlite3 connection (opened with check_same_thread=False) is shared, and every public
method holds the store's lock, so Textual worker threads can call it without their own connection.
"""

from __future__ import annotations

import dataclasses
import heapq
import json
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import wraps
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import ParamSpec, TypeVar

from ai_deals.importers.models import CALLED_OFF, ParsedSource

from . import ftm, graph, merging, queries, removing, review
from .bulk import (
    BulkReport,
    DealFile,
    EarlierVersion,
    earlier_versions,
    file_hash,
    imported_before_citations,
    imported_before_lines,
    write_deal_file,
)
from .coinvestors import co_investors, deals_of, has_invested
from .collector import collector_paused
from .conflicts import corrected_columns
from .database import immediate_transaction, open_database
from .errors import SQLITE_INTEGERS, CompanyGone, EditRefused, FactGone, StoreError
from .export import deal_row
from .known import KnownRecords, published_dates
from .models import (
    CoInvestor,
    Company,
    CompanyPage,
    ExportRecord,
    ImportReport,
    MergeSummary,
    Overview,
    Record,
    RecordBounds,
    RecordRef,
    RelationshipMap,
    ReviewOrder,
    ReviewUndo,
    ReviewUndone,
    Round,
    SearchHit,
    SelectedFact,
    Source,
    SourceRemoval,
    SourceSummary,
    SplitSummary,
    Stake,
    TimelineEvent,
    TimelineKey,
    TimelineOutline,
    UnmergeSummary,
)
from .record_filter import RecordFilter, record_types
from .schema import RECORD_TABLES
from .search_service import SearchService
from .timeline_folds import (
    TimelineFolds,
    adopted_places,
    first_events,
    folds_among,
    investor_folds,
    timeline_folds,
)
from .told_before import DealFileNews, TrialRun, deal_file_news
from .versions import SCHEMA_VERSION
from .writing import (
    CompanyResolver,
    content_hash,
    find_existing_source,
    new_source_id,
    next_record_id,
    write_source,
)

P = ParamSpec("P")
T = TypeVar("T")


EXPORT_BATCH = 5_000  # records read from the database at a time while exporting
HEAD_ROWS = 200  # records of each list a page shows first: more than any screen holds


def _locked(method: Callable[P, T]) -> Callable[P, T]:
    """Run under the store's lock and turn sqlite errors into one-line StoreErrors."""

    @wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as error:
                raise StoreError(f"{self.path}: {error}") from error

    return wrapper


class Store:
    """A database of AI deals: open it, import sources into it, query it."""

    def __init__(self, path: Path, *, readonly: bool = False, create: bool = True) -> None:
        self.path = Path(path)
        self.db, self.created, self.readonly = open_database(self.path, readonly=readonly, create=create)
        self._lock = threading.RLock()
        self._search = SearchService(self.db)
        self._folds: tuple[tuple[int, int], TimelineFolds] | None = None
        """What the whole timeline folds (`_timeline_folds`), with the database's state it was read at."""

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, create: bool = True) -> Store:
        return cls(Path(path), readonly=readonly, create=create)

    def close(self) -> None:
        with self._lock:
            self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def revision(self) -> int:
        """Rows written through this store since it opened. A screen that loaded its data at one
        revision reloads when it has moved (a review or a merge made on another screen). A plain
        counter read (sqlite3_total_changes), so it needs no lock beside a running query."""
        return self.db.conn.total_changes

    @_locked
    def outside_version(self) -> int:
        """A number that moves when another connection (an `ai-deals import` run from a shell while
        the explorer is open) commits to the database: SQLite's `PRAGMA data_version`."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    @_locked
    def change_stamp(self) -> tuple[int, int]:
        """What moves whenever what was read may have changed: a write through this store
        (`revision`) or a commit by another connection (`outside_version`). A reader keeps it with
        what it read (the whole timeline's outline) and compares it later to know it is stale."""
        return self._change_stamp()

    def _change_stamp(self) -> tuple[int, int]:
        return self.db.conn.total_changes, self.db.execute("PRAGMA data_version").fetchone()[0]

    def _require_writable(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.path}: the database is read-only; nothing was written")

    # Writing ---------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Group several imports into one transaction: all of them land, or none."""
        self._require_writable()
        with self._lock:
            try:
                with immediate_transaction(self.db):
                    yield self
            finally:
                self._search.invalidate()

    @contextmanager
    def rolled_back(self) -> Iterator[Store]:
        """Everything written inside is undone when the block ends, however it ends: a dry run makes
        the import's own writes to say what the import will do (`store/trial.py`), and keeps none.
        The imports inside nest as savepoints; no search index is saved inside the block, not even
        one of the committed names (`SearchService.saves_paused`)."""
        self._require_writable()
        with self._lock:
            conn = self.db.conn
            try:
                conn.execute("BEGIN IMMEDIATE")  # waits for another writer, as an import would
            except sqlite3.Error as error:
                raise StoreError(f"{self.path}: {error}") from error
            try:
                with self._search.saves_paused():
                    yield self
            finally:
                if conn.in_transaction:
                    conn.rollback()
                self._search.invalidate()

    @_locked
    def import_sources(self, sources: Iterable[ParsedSource], *, kind: str = "article") -> list[ImportReport]:
        """Write every source in ONE transaction: all of them land, or none (ctrl+c, kill -9, error)."""
        self._require_writable()
        with immediate_transaction(self.db):
            reports = [
                write_source(self.db, source, kind=kind, similar=self._search.similar_company)
                for source in sources
            ]
        self._search.invalidate()
        return reports

    @_locked
    def import_deal_file(
        self, deal_file: DealFile, items: Iterable, *, skip_bad_rows: bool, is_error: Callable[[object], bool]
    ) -> BulkReport:
        """Stream a structured deal file's rows into the tables in one transaction (see store/bulk.py)."""
        self._require_writable()
        report = write_deal_file(self.db, deal_file, items, skip_bad_rows=skip_bad_rows, is_error=is_error)
        self._search.invalidate()
        return report

    @_locked
    def deal_file_news(
        self, report: BulkReport, run: TrialRun | None = None, seeds: frozenset[str] = frozenset()
    ) -> DealFileNews:
        """What the import `report` tells of just made, read before its dry run undoes it: its rounds
        that are raises the database already had from other sources, and the investors and companies
        it made, after the earlier files of the same dry `run`, in a database seeded with the
        documents named `seeds` (see store/told_before.py)."""
        if report.source_id is None:
            return DealFileNews()
        first_round, first_company = report.first_new_round, report.first_new_company
        return deal_file_news(self.db, report.source_id, first_round, first_company, run, seeds)

    @_locked
    def import_action(self, source: ParsedSource) -> str:
        """What `import_sources` would do with `source`, writing nothing: "added", "replaced" (a
        corrected version of an imported source) or "unchanged" (already imported)."""
        return find_existing_source(self.db, source, content_hash(source))[0]

    @_locked
    def replaced_records(self, source: ParsedSource) -> list[ExportRecord]:
        """The records of the earlier version `source` would replace, as an export gives them (a dry run
        tells what the new version changes); [] when it would replace none."""
        action, source_id = find_existing_source(self.db, source, content_hash(source))
        if action != "replaced" or source_id is None:
            return []
        return list(self.iter_export_records(queries.source_refs(self.db, source_id)))

    @_locked
    def deal_file_action(self, deal_file: DealFile) -> str:
        """What `import_deal_file` would do with the file, writing nothing: "unchanged" for the same
        bytes, "replaced" for a new version (same path, or `deal_file.replaces` set), else "added"."""
        existing = self.db.execute("SELECT 1 FROM sources WHERE content_hash = ?", [deal_file.content_hash])
        if existing.fetchone():
            return "unchanged"
        action, _ = find_existing_source(self.db, deal_file.as_source(), deal_file.content_hash)
        return "replaced" if action == "replaced" or deal_file.replaces is not None else action

    @_locked
    def restores_citations(self, deal_file: DealFile) -> bool:
        """Whether importing the file again would give its rows' evidence back the sources they name:
        the same bytes, imported before evidence kept them (see `bulk.imported_before_citations`)."""
        row = self.db.execute("SELECT id FROM sources WHERE content_hash = ?", [deal_file.content_hash])
        found = row.fetchone()
        return found is not None and imported_before_citations(self.db, found[0])

    @_locked
    def fills_lines(self, deal_file: DealFile) -> bool:
        """Whether importing the file again would give its rows' evidence the line each row starts on:
        the same bytes, imported before evidence kept it (see `bulk.imported_before_lines`)."""
        row = self.db.execute("SELECT id FROM sources WHERE content_hash = ?", [deal_file.content_hash])
        found = row.fetchone()
        return found is not None and imported_before_lines(self.db, found[0])

    @_locked
    def known_records(self) -> KnownRecords:
        """The records the database holds now, by source and fact, for an export's dry run to tell
        which of its records are already here (see store/known.py); `close` it when done."""
        return KnownRecords(self.db)

    @_locked
    def earlier_versions(self, deal_file: DealFile) -> list[EarlierVersion]:
        """Deal files imported from elsewhere that `deal_file` may be a new version of (see store/bulk.py)."""
        return earlier_versions(self.db, deal_file)

    @_locked
    def published_dates(self) -> dict[str, str]:
        """The stored publication date of every dated article with a URL, by URL (a deal file's rows
        citing an article by URL alone are dated against it)."""
        return published_dates(self.db)

    @property
    def search_index_building(self) -> bool:
        """Whether the search index is being built or extended now (read without the store's lock)."""
        return self._search.building

    def prepare_search(self) -> None:
        """Load or build the search index on a connection of its own, without the store's lock.

        Call it from a worker at launch, so the first keystroke does not pay for a million names.
        """
        self._search.prepare()

    def import_source(self, source: ParsedSource, *, kind: str = "article") -> ImportReport:
        """Write one source in its own transaction."""
        return self.import_sources([source], kind=kind)[0]

    @_locked
    def merge_warnings(self, keep_id: int, duplicate_id: int) -> list[str]:
        """What merging the duplicate into the kept company would make absurd, one line each (one
        of them acquired the other: the acquisition would read as a company acquiring itself)."""
        return merging.merge_warnings(self.db, keep_id, duplicate_id)

    @_locked
    def merge_companies(self, keep_id: int, duplicate_id: int) -> int:
        """Fold the duplicate into the kept company, keeping every record; returns the merge id."""
        self._require_writable()
        with immediate_transaction(self.db):
            merge_id = merging.merge_companies(self.db, keep_id, duplicate_id)
        self._search.invalidate()
        return merge_id

    @_locked
    def split_company(
        self, company_id: int, name: str, sources: list[int] | None = None, cited: list[str] | None = None
    ) -> SplitSummary:
        """Make `name` a company of its own with the company's records that are its (those of
        `sources` and of deal file rows citing a URL or title in `cited`, else those whose source
        names it); undone by merging the two again."""
        self._require_writable()
        with immediate_transaction(self.db):
            summary = merging.split_company(self.db, company_id, name, sources, cited)
        self._search.invalidate()
        return summary

    @_locked
    def undo_split(self, split: SplitSummary) -> None:
        """Undo `split` (`merging.undo_split`): the two one company again, as before it, no alias or
        merge left of it."""
        self._require_writable()
        with immediate_transaction(self.db):
            merging.undo_split(self.db, split)
        self._search.invalidate()

    @_locked
    def standing_split(self, company_id: int, other_id: int) -> SplitSummary | None:
        """The split that made `other_id` out of `company_id`, still as it left them
        (`merging.standing_split`): `ai-deals merge COMPANY OTHER` undoes it with `undo_split`."""
        return merging.standing_split(self.db, company_id, other_id)

    @_locked
    def split_defaults(self, company_id: int, name: str) -> tuple[set[int], set[str]]:
        """The sources `split_company(company_id, name)` takes when not told which: article and file
        ids, and the URLs or titles deal file rows cite (`merging.split_defaults`)."""
        return merging.split_defaults(self.db, company_id, name)

    @_locked
    def source_ids(self, given: str) -> list[int]:
        """The sources `given` names: an id (as `ai-deals sources` lists them), a URL, the path read
        from, or a title."""
        if given.strip().isdigit():
            number = int(given)
            if number not in SQLITE_INTEGERS:
                return []
            rows = self.db.execute("SELECT id FROM sources WHERE id = ?", [number]).fetchall()
        else:
            rows = self.db.execute(
                "SELECT id FROM sources WHERE url = :g OR path = :g OR title = :g ORDER BY id", {"g": given}
            ).fetchall()
        return [row[0] for row in rows]

    @_locked
    def source_ids_read_from(self, path: Path, article: ParsedSource | None = None) -> list[int]:
        """The sources imported from the file `path` (it exists), wherever the import ran (the path
        kept is the one typed then, maybe relative): a deal file by its absolute file URL or its bytes'
        hash; an article by its content, `article` being the file read as an article (without the
        import's --published, --url…: see `_articles_saying`)."""
        read = content_hash(article) if article is not None else None  # NULL: matches no source
        rows = self.db.execute(
            "SELECT id FROM sources WHERE url = ? OR content_hash IN (?, ?) ORDER BY id",
            [path.resolve().as_uri(), file_hash(path), read],
        ).fetchall()
        found = {row[0] for row in rows}
        if article is not None:
            found |= self._articles_saying(article)
        return sorted(found)

    def _articles_saying(self, article: ParsedSource) -> set[int]:
        """The articles stored with `article`'s title and text, whatever date, URL, publisher or
        language the import gave them (an --published changes the content's hash, so the hash alone
        misses a file imported with one). By title first, read from the sources' citation index."""
        titled = [
            row[0] for row in self.db.execute("SELECT id FROM sources WHERE title = ?", [article.title])
        ]
        return {
            source_id
            for source_id in titled
            if self.db.execute(
                "SELECT 1 FROM sources WHERE id = ? AND kind = 'article' AND text = ?",
                [source_id, article.text],
            ).fetchone()
        }

    @_locked
    def remove_source(self, source_id: int, *, dry_run: bool = False) -> SourceRemoval:
        """Delete a source, its evidence and every record only it supports, in one transaction
        (`store/removing.py`); with `dry_run`, say what would go and keep everything: of a read-only
        database, by removing it from a copy (`store/trial.py`, as an import's dry run does)."""
        if dry_run and self.readonly:
            from .trial import trial_ready_store  # local: trial imports this module

            with trial_ready_store(self.path) as trial:
                return trial.remove_source(source_id, dry_run=True)
        self._require_writable()
        if dry_run:
            with self.rolled_back():
                return removing.remove_source(self.db, source_id)
        with immediate_transaction(self.db):
            removal = removing.remove_source(self.db, source_id)
        self._search.invalidate()
        return removal

    @_locked
    def cites(self, given: str) -> bool:
        """Whether a deal file row cites `given` as its source's URL or title (the Sources list
        shows those beside the sources read)."""
        return merging.cites(self.db, given)

    @_locked
    def merges(self) -> list[MergeSummary]:
        """Every merge, newest first (`unmerge` takes their numbers)."""
        return merging.merges(self.db)

    @_locked
    def undo_merge(self, merge_id: int) -> UnmergeSummary:
        """Undo a merge; says which company it restored and what it gave back."""
        self._require_writable()
        with immediate_transaction(self.db):
            summary = merging.undo_merge(self.db, merge_id)
        self._search.invalidate()
        return summary

    @_locked
    def review(self, ref: RecordRef, status: str) -> ReviewUndo:
        """Confirm, reject (or reset to extracted) one record; returns what `undo_review` needs."""
        self._require_writable()
        with immediate_transaction(self.db):
            twins = review.identical_twins(self.db, ref, status)  # other documents telling it alike
            undo = self._decide(ref, status)
            undo.twins = [self._decide(twin, status) for twin in twins]
        self._search.invalidate()
        return undo

    def _decide(self, ref: RecordRef, status: str) -> ReviewUndo:
        """Set one record's review status; what undoing it needs."""
        undo = ReviewUndo(
            ref=ref, row=review.snapshot(self.db, ref), decision=review.decision_for(self.db, ref)
        )
        review.set_status(self.db, ref, status)
        self._note_decided(undo)
        return undo

    def _note_decided(self, undo: ReviewUndo) -> None:
        """What an undo needs to find the decided fact again after a re-import replaced its record:
        the fact's key, the columns the decision changed and the decision it stored."""
        ref = undo.ref
        after = review.snapshot(self.db, ref)
        undo.changed = [column for column, value in after.items() if undo.row.get(column) != value]
        undo.fact_key = review.fact_key(self.db, ref)
        decision = review.decision_for(self.db, ref)
        undo.decision_id = decision["id"] if decision else None
        if undo.links is not None:
            undo.edited_investors = [
                link["investor_id"] for link in review.round_links(self.db, ref.record_id)
            ]

    @_locked
    def edit_fact(self, ref: RecordRef, changes: review.FactEdit) -> ReviewUndo | None:
        """Correct a record's fields; the extracted values are kept with the decision. None (nothing
        written, the fact not marked edited) when every value given is the one it already has.

        A round's valuation (and its basis) is its source's valuation record: corrected there, as an
        edit of that record, undone with the round's (`ReviewUndo.also`)."""
        self._require_writable()
        # `no_valuation` is a round's: on any other record it takes away nothing (a stake 7 is no round 7)
        valuation, removing = None, ref.record_type == "round" and bool(changes.no_valuation)
        if ref.record_type == "round":
            changes, valuation = review.split_round_valuation(
                changes.model_copy(update={"no_valuation": None})
            )
        with immediate_transaction(self.db):
            if removing:
                also = self._remove_valuation(ref)
            else:
                also = self._edit_valuation(ref, valuation) if valuation is not None else None
            undo = self._edit_one(ref, changes)
        if undo is None:
            undo = also
        elif also is not None:
            undo.also = also
        if undo is not None:
            self._search.invalidate()
        return undo

    def _edit_valuation(self, ref: RecordRef, changes: review.FactEdit) -> ReviewUndo | None:
        """Correct the valuation record a round's source stated with it; give the round one when it
        shows none (`review.add_round_valuation`)."""
        valued = queries.round_valuation(self.db, ref.record_id)
        if valued is None:
            added = review.add_round_valuation(self.db, ref, changes)
            undo = ReviewUndo(ref=added, row=review.snapshot(self.db, added), added=True)
            return self._keep_given_valuation(ref, added, undo)
        undo = self._edit_one(valued, changes)
        if undo is not None and review.is_added_valuation(self.db, valued):
            return self._keep_given_valuation(ref, valued, undo)
        return undo

    def _keep_given_valuation(self, ref: RecordRef, valued: RecordRef | None, undo: ReviewUndo) -> ReviewUndo:
        """Keep in the round's own decision the valuation a person gave it as `valued` now is (None:
        taken away): a corrected version of its source re-imported gives it again (`review._apply`).
        `undo` learns what the decision kept before, to put it back."""
        undo.valuation_of, undo.valuation_of_key = ref, review.fact_key(self.db, ref)
        undo.added_before = review.added_valuation(self.db, ref)
        given = review.valuation_values(self.db, valued) if valued is not None else None
        review.keep_added_valuation(self.db, ref, given)
        return undo

    def _remove_valuation(self, ref: RecordRef) -> ReviewUndo:
        """Take a round's valuation away: the valuation record its page shows beside it is rejected
        (undone as any rejection); refused when it shows none."""
        valued = queries.round_valuation(self.db, ref.record_id)
        if valued is None:
            raise EditRefused("valuation: this round has no valuation to remove")
        undo = self._decide(valued, "rejected")
        if review.is_added_valuation(self.db, valued):
            return self._keep_given_valuation(ref, None, undo)
        return undo

    def _edit_one(self, ref: RecordRef, changes: review.FactEdit) -> ReviewUndo | None:
        """`edit_fact` of one record, inside the caller's transaction."""
        links = review.round_links(self.db, ref.record_id) if changes.investors is not None else None
        undo = ReviewUndo(
            ref=ref,
            row=review.snapshot(self.db, ref),
            decision=review.decision_for(self.db, ref),
            links=links,
        )
        newest = review.newest_ids(self.db)
        resolver = CompanyResolver(self.db, None)
        removed = review.edit(self.db, ref, changes, resolver.get, resolver.investor)
        if removed is None:
            return None
        if ref.record_type == "stake" and _moved(review.snapshot(self.db, ref), undo.row):
            # in its round of its (new) type that day, or out of one of another type
            undo.round_links = review.relink_stake(self.db, ref.record_id)
        elif ref.record_type == "round" and _moved(review.snapshot(self.db, ref), undo.row):
            # its stakes of another type (day, money) leave it, those of its (new) type that day join it
            undo.round_links, undo.stake_rounds = review.rejoin_round(
                self.db, ref.record_id, undo.row["company_id"]
            )
        undo.removed_companies = removed
        # A name typed that no company had made one, a new spelling of a known one its alias:
        # undoing the edit takes them back, if unused.
        created = review.created_since(self.db, newest)
        undo.created_companies, undo.created_investors = created["companies"], created["investors"]
        undo.created_aliases = created["aliases"]
        self._note_decided(undo)
        return undo

    @_locked
    def undo_review(self, undo: ReviewUndo) -> ReviewUndone:
        """Put a decision back; the companies (and aliases) its edit created go too, unless something names
        them now.

        A re-import of the fact's source (from another shell) replaces its record: the decision is
        undone on the record that carries it over, found by the fact's key; `FactGone` (one line)
        when there is none, or it no longer carries that decision."""
        self._require_writable()
        with immediate_transaction(self.db):
            undone = self._undo_one(undo)
            for twin in undo.twins:  # the same fact's other records the decision was applied to
                self._undo_one(twin)
            if undo.also is not None:  # the round's valuation record the same edit corrected
                also = self._undo_one(undo.also)
                undone.removed += also.removed
                undone.kept += also.kept
        self._search.invalidate()
        return undone

    def _undo_one(self, undo: ReviewUndo) -> ReviewUndone:
        """`undo_review` of one record, inside the caller's transaction."""
        ref = undo.ref
        valued_round = self._restore_given_valuation(undo) if undo.valuation_of is not None else None
        if undo.added:  # a valuation the edit gave a round: it goes
            if review.record_exists(self.db, ref):
                review.remove_added(self.db, ref)
            elif valued_round is not None:  # a re-import since gave the round that replaced it the valuation
                review.remove_carried_valuation(self.db, valued_round)
            return ReviewUndone()
        replaced = undo.fact_key is not None and review.fact_key(self.db, ref) != undo.fact_key
        if replaced:
            # looked for in the source it was read from too: a re-dated source keeps its id, not its key
            ref = review.replacement(self.db, ref, undo.fact_key, undo.row.get("source_id"))
            decision = review.decision_for(self.db, ref) if ref is not None else None
            if ref is None or (decision["id"] if decision else None) != undo.decision_id:
                raise FactGone("the fact was replaced by a re-import and cannot be undone here")
        merging.restore_companies(self.db, undo.removed_companies)  # before the row naming them
        if replaced:
            review.undo_on_replacement(self.db, ref, undo)
        else:
            review.snapshot(self.db, undo.ref)  # `FactGone` when the record is gone
            # the rounds' rows a re-join saved first: an edited round's own investors (`links`) are older
            review.restore_round_links(self.db, undo.round_links)
            review.restore_stake_rounds(self.db, undo.stake_rounds)
            review.restore(self.db, undo.ref, undo.row, undo.decision, undo.links)
        undone = review.remove_unused(
            self.db, undo.created_companies, undo.created_investors, undo.created_aliases
        )
        undone.replaced = replaced
        return undone

    def _restore_given_valuation(self, undo: ReviewUndo) -> RecordRef | None:
        """Put back in the round's decision the valuation it kept as given before `undo`'s edit; the
        round (the one a re-import put in its place, if any), or None when it cannot be found."""
        round_ref, key = undo.valuation_of, undo.valuation_of_key
        if key is not None and review.fact_key(self.db, round_ref) != key:
            round_ref = review.replacement(self.db, round_ref, key, undo.row.get("source_id"))
        if round_ref is not None:
            review.keep_added_valuation(self.db, round_ref, undo.added_before)
        return round_ref

    @_locked
    def review_queue(
        self,
        source_id: int | None = None,
        *,
        decided: bool = False,
        refs: list[RecordRef] | None = None,
        company_id: int | None = None,
    ) -> list[Record]:
        """Records nobody has reviewed yet (of one source, or all, or just `refs`, or one company's
        across its sources), in the order of the text; with `decided`, every record, so a confirmation
        or a rejection can be gone back on."""
        return queries.unreviewed(self.db, source_id, decided=decided, refs=refs, company_id=company_id)

    @_locked
    def review_order(
        self,
        source_id: int | None = None,
        *,
        decided: bool = False,
        refs: list[RecordRef] | None = None,
        company_id: int | None = None,
    ) -> ReviewOrder:
        """What `review_queue` lists, as (record_type, record_id) in its order, without reading the records (fast at
        100k facts); `records` reads the few on screen."""
        return queries.review_order(self.db, source_id, decided=decided, refs=refs, company_id=company_id)

    @_locked
    def fact_keys(self, refs: list[RecordRef]) -> dict[RecordRef, tuple[str, str, str | None] | None]:
        """Each record's fact key (source, sentence fingerprint, identity): what finds the same fact
        again after a re-import of its source replaced its record (`same_fact_after_reimport`)."""
        return review.fact_keys(self.db, refs)

    @_locked
    def selected_facts(self, refs: list[RecordRef]) -> dict[RecordRef, SelectedFact]:
        """What finds each of `refs` again after a re-import of its source replaced it
        (`found_again`): read as they are selected. Records gone or with no fingerprint are left out."""
        return review.selected_facts(self.db, refs)

    @_locked
    def found_again(self, facts: dict[RecordRef, SelectedFact]) -> dict[RecordRef, RecordRef]:
        """Of the records `facts` were read from, those a re-import replaced since, each with the record
        that states the same fact now (same sentence of the same source, else the only one with the
        same identity); records unchanged, or gone with nothing in their place, are left out."""
        return review.found_again(self.db, facts)

    @_locked
    def same_fact_after_reimport(
        self, ref: RecordRef, key: tuple[str, str, str | None] | None, source_id: int | None = None
    ) -> RecordRef | None:
        """The record a re-import put in place of `ref`, read with the fact key `key` from the source
        `source_id` (when known: a re-dated source keeps its id, not its key): the one its source
        states with the same sentence, else the only one with the same identity; None when there is
        none, or `ref` still carries that key (it was not replaced)."""
        if key is None or review.fact_key(self.db, ref) == key:
            return None
        return review.replacement(self.db, ref, key, source_id)

    @_locked
    def review_records(self, refs: list[RecordRef]) -> list[Record]:
        """The records `refs` point at, in that order, rejected ones included; missing ones left out."""
        return queries.records_for(self.db, refs, rejected=True)

    @_locked
    def promised_splits(self, records: list[Record]) -> dict[RecordRef, str]:
        """Of `records`' rounds whose stakes promise part of their money on a condition, the split
        their page tells, "$75B committed · $35B conditional" (`queries.promised_splits`)."""
        return queries.promised_splits(self.db, records)

    # Reading ------------------------------------------------------------------------------------

    @_locked
    def overview(self) -> Overview:
        counts = {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in Overview.COUNTED
        }
        return Overview(path=str(self.path), schema_version=SCHEMA_VERSION, **counts)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Companies matching `query`, best first; with no query, those with the most records, counted
        without the store's lock (`SearchService.count_best_known`) when they are not remembered."""
        if not query.strip():
            checked = self._best_known_stale(limit)
            if checked is not None:
                try:
                    self._search.count_best_known(checked)
                except sqlite3.Error as error:
                    raise StoreError(f"{self.path}: {error}") from error
        return self._search_locked(query, limit)

    def search_list(self, query: str, limit: int = 50) -> list[SearchHit]:
        """`search` as the search list shows it (the explorer's, `ai-deals search`): an investor known
        only as another's spelling in the raises it joined, as that investor
        (`SearchService.one_spelling`); merge candidates and name suggestions keep every company."""
        return self._one_spelling(self.search(query, limit))

    @_locked
    def _one_spelling(self, hits: list[SearchHit]) -> list[SearchHit]:
        return self._search.one_spelling(hits)

    @_locked
    def _best_known_stale(self, limit: int) -> tuple | None:
        return self._search.best_known_stale(limit)

    @_locked
    def _search_locked(self, query: str, limit: int) -> list[SearchHit]:
        return self._search.search(query, limit)

    @_locked
    def company(self, company_id: int) -> CompanyPage:
        with collector_paused():  # an investor in 15,000 rounds is 100,000 objects (database.py)
            return queries.company_page(self.db, company_id, with_co_investors=True)

    @_locked
    def co_investors(
        self, company_id: int, date_from: str | None = None, date_to: str | None = None
    ) -> list[CoInvestor]:
        """The investors sharing deals with the company, most shared first (store/coinvestors.py),
        of the deals dated within `date_from`..`date_to` (partial ISO dates, inclusive) if given."""
        with collector_paused():
            page = queries.company_page(self.db, company_id)
            deals = deals_of(self.db, page.company.id, page.rounds_joined, page.portfolio)
            return co_investors(deals, date_from=date_from, date_to=date_to)

    @_locked
    def has_invested(self, company_id: int) -> bool:
        """Whether the company joined a round or took a stake as an investor (store/coinvestors.py):
        one with no co-investors may have none because it never invested."""
        return has_invested(self.db, company_id)

    @_locked
    def edited_fields(self, page: CompanyPage) -> dict[RecordRef, list[str]]:
        """Of each record on the page a person edited (a folded round's or stake's sources' records
        too), the columns the edit changed (`review.edited_columns`): `ai-deals show` marks those."""
        records = [*page.rounds, *page.investors, *page.portfolio, *page.partnerships]
        records += [*page.metrics, *page.statements, *page.acquisitions]
        records += [account for record in records for account in getattr(record, "accounts", ())]
        found = {}
        for record in records:
            if record.review_status == "edited" and record.ref not in found:
                found[record.ref] = review.edited_columns(self.db, record.ref) or []
        # An export's edited row carries no decision: what it changed is read against the source's
        # own record the page shows it with (a folded round's or metric's records).
        for record in [*page.rounds, *page.metrics]:
            accounts = getattr(record, "accounts", ())
            for account in accounts:
                if account.review_status == "edited" and not found.get(account.ref):
                    found[account.ref] = corrected_columns(record)
        return found

    @_locked
    def company_head(self, company_id: int, first: int = HEAD_ROWS) -> CompanyPage:
        """The top of a company's page, to show while `company` reads it all: the first `first`
        records of each list (`CompanyPage.cut` names those with more), no sources or conflicts."""
        return queries.company_page(self.db, company_id, first=first)

    @_locked
    def get_company(self, company_id: int) -> Company:
        return queries.get_company(self.db, company_id)

    @_locked
    def company_named(self, name: str) -> int | None:
        """The id of the company whose name or alias is `name` (by its key), as an import finds it
        before any guess by spelling; None when there is none. One indexed look-up, no search."""
        return self._search.exact(name)

    @_locked
    def company_spelt_alike(self, name: str) -> int | None:
        """The id of the company whose key is `name`'s but for spaces ("HuggingFace" of "Hugging
        Face"), as a deal file's import finds a name no key matches; None when there is none."""
        return self._search.spelt_alike(name)

    @_locked
    def find_company(self, name: str, *, exact: bool = False) -> Company | None:
        """The company called `name` (name or alias); else, unless `exact`, the search hit clearly
        meant by it (`search.meant`): the only one close enough to stand for it (a typo or two, or
        most of its words: `search.stands_for`) or starting with it as whole words, else the only
        hit; else None (no hit, or several that could be meant)."""
        company_id = self._search.exact(name)
        if company_id is None and not exact:
            hit = self._search.closest(name)
            company_id = hit.company_id if hit else None
        return queries.get_company(self.db, company_id) if company_id is not None else None

    @_locked
    def listed_as(self, company_id: int) -> Company | None:
        """The investor whose spelling the pages of every raise `company_id` joined list for it, when it is
        known for nothing else ("Quill Capital Partners" for a source's "Quill Capital":
        `queries.spelling_shown_for`, as the search list folds them); None when it is listed as itself."""
        shown = self._search.spelling_shown(company_id)
        return queries.get_company(self.db, shown) if shown is not None else None

    @_locked
    def removed_company(self, name: str) -> CompanyGone | None:
        """What became of the company last removed under `name` (case aside), if one was."""
        return queries.removed_company(self.db, name)

    @_locked
    def relationship_map(
        self, company_id: int, depth: int = 2, stopped: Callable[[], bool] | None = None
    ) -> RelationshipMap:
        """The company, its investors, partners and the companies they also invest in, `depth` steps out;
        `CompanyGone` when the company is no longer in the database, `ReadStopped` once `stopped()` is
        true (checked between queries: the explorer's map, left before it was drawn)."""
        queries.get_company(self.db, company_id)
        return graph.relationship_map(self.db, company_id, depth, stopped)

    @_locked
    def timeline(
        self, company_id: int | None = None, record_filter: RecordFilter | None = None
    ) -> list[TimelineEvent]:
        """Every event of the timeline (a company's, with `company_id`), oldest first; with
        `record_filter`, only the events whose record it keeps."""
        # The whole timeline's folds as the outline and windows read them: worked out once per write.
        folds = investor_folds(self.db, self._timeline_folds(), record_filter) if company_id is None else None
        events = queries.timeline_events(self.db, company_id, folds)
        if not record_filter:
            return events
        return queries.kept_events(self.db, events, record_filter)

    @_locked
    def timeline_outline(self, record_filter: RecordFilter | None = None) -> TimelineOutline:
        """How many events the whole timeline holds at each date, in order (from indexes: no event read);
        a figure several sources state is one event, as on a company's timeline (`_timeline_folds`).
        With `record_filter`, its events only, counted with the records folded into them (an outline
        that may count a few too many, never a date too few)."""
        if record_filter:
            folds = investor_folds(self.db, self._timeline_folds(), record_filter)
            adopted = adopted_places(self.db, folds, record_filter)
            return queries.timeline_outline(self.db, record_filter=record_filter, adopted=adopted)
        return queries.timeline_outline(self.db, self._timeline_folds())

    @_locked
    def timeline_window(
        self,
        after: TimelineKey | None,
        *,
        limit: int,
        offset: int = 0,
        backward: bool = False,
        record_filter: RecordFilter | None = None,
    ) -> list[TimelineEvent]:
        """`limit` events of the whole timeline, in order: those after the place `after` (before it,
        when `backward`), the first `offset` of them skipped; from the start (end) with None. With
        `record_filter`, only the events it keeps."""
        return queries.timeline_window(
            self.db,
            after,
            limit=limit,
            offset=offset,
            backward=backward,
            folds=investor_folds(self.db, self._timeline_folds(), record_filter),
            record_filter=record_filter,
        )

    @_locked
    def timeline_rank(self, key: TimelineKey) -> int:
        """The index on the whole timeline of the event at place `key` (`TimelineEvent.order`)."""
        return queries.timeline_rank(self.db, key, self._timeline_folds())

    @_locked
    def timeline_count(self) -> int:
        """How many events the whole timeline holds now (what `e` offers to export from it), counted
        from the indexes: reading them as records took seconds and 0.6 GB on a million."""
        return queries.timeline_count(self.db, self._timeline_folds())

    @_locked
    def timeline_record_count(self, bounds: RecordBounds | None = None) -> int:
        """How many records exporting the whole timeline writes: its events and the records folded
        into them (every source's record of a figure, an investor's part of a raise); with `bounds`,
        only those written when they were read (`record_bounds`)."""
        return queries.timeline_count(self.db, bounds=bounds)

    @_locked
    def record_bounds(self) -> RecordBounds:
        """The highest id each record type has given (deleted records' too), and sources ("sources"):
        a record or source written later has a higher one, since ids are never given twice. The whole
        timeline selected holds the records up to these: one imported afterwards (a source removed,
        then imported again) is new; a source held that a corrected version replaced is followed
        (`timeline_records_replaced`)."""
        bounds = {kind: next_record_id(self.db, table) - 1 for kind, table in RECORD_TABLES.items()}
        return bounds | {"sources": new_source_id(self.db) - 1}

    @_locked
    def timeline_records_replaced(self, bounds: RecordBounds) -> set[RecordRef]:
        """The whole timeline's records written since `bounds` (`record_bounds`) by a source there
        was then: a corrected version of it, imported again (its earlier records are gone)."""
        return queries.timeline_records_since(self.db, bounds)

    @_locked
    def timeline_events_among(self, refs: Iterable[RecordRef]) -> set[RecordRef]:
        """Those of `refs` that are events of the whole timeline (counted once when it is selected)."""
        return queries.timeline_events_among(self.db, refs, self._timeline_folds())

    @_locked
    def timeline_records_among(self, refs: Iterable[RecordRef]) -> set[RecordRef]:
        """Those of `refs` the whole timeline's export writes: its events and the records folded into
        them (a figure's other sources, an investor's part of a raise), which space takes with their event."""
        return queries.timeline_records_among(self.db, refs, self._timeline_folds())

    @_locked
    def timeline_refs(self) -> list[RecordRef]:
        """Every event of the whole timeline, in order, as records (what `e` exports from it): each
        event's folded records right after it."""
        return queries.timeline_refs(self.db, self._timeline_folds())

    @_locked
    def first_timeline_events(self, limit: int) -> list[TimelineEvent]:
        """The whole timeline's first `limit` events, as `timeline_window(None, limit=limit)` reads them,
        from the folds of only their companies (`timeline_folds.first_events`): for `--limit`."""
        return first_events(self.db, limit)

    def _timeline_folds(self) -> TimelineFolds:
        """What the whole timeline folds into another's event (store/timeline_folds.py), read again only
        once this store or another connection wrote: every window of it asks. Call it under the lock."""
        state = self._change_stamp()
        if self._folds is None or self._folds[0] != state:
            self._folds = (state, timeline_folds(self.db))
        return self._folds[1]

    def _folds_current(self) -> bool:
        """Whether the whole timeline's folds were read at the database's state now (under the lock)."""
        return self._folds is not None and self._folds[0] == self._change_stamp()

    @_locked
    def source(
        self, source_id: int, focus: RecordRef | None = None, skip: int = 0, after: int | None = None
    ) -> Source:
        """A source with its facts' spans; a deal file's comes as its header and `focus`'s rows, a
        page of them (`queries.FOCUS_ROWS_PAGE`): the first, or those after the `skip` rows shown,
        the last of which is the row `after` (the page's `last_row_id`); `row_count` saying how many."""
        return queries.get_source(self.db, source_id, focus, skip, after)

    @_locked
    def has_source(self, source_id: int) -> bool:
        """Whether the source is still in the database (another process may have removed it)."""
        return self.db.execute("SELECT 1 FROM sources WHERE id = ?", [source_id]).fetchone() is not None

    @_locked
    def source_text(self, source_id: int) -> str:
        """Just a source's text, without the spans of its facts (cheap for a data-set source)."""
        row = self.db.execute("SELECT text FROM sources WHERE id = ?", [source_id]).fetchone()
        if row is None:
            raise StoreError(f"no source with id {source_id}")
        return row[0]

    @_locked
    def sources(self) -> list[SourceSummary]:
        return queries.list_sources(self.db)

    @_locked
    def ftm_entities(
        self, company_id: int | None = None, record_filter: RecordFilter | None = None
    ) -> list[dict]:
        """Every visible company and link as FollowTheMoney entities (see store/ftm.py); with
        `company_id`, the links its page shows (as investee, investor, acquirer or partner) and the
        companies they join; with `record_filter`, the links it keeps and the companies they join. A
        round whose figure its outlet's correction withdrew says so, as the JSON export's `retracted`."""
        inputs = queries.ftm_inputs(self.db, company_id, record_filter)
        whole = company_id is None and record_filter is None  # the whole timeline's folds, kept
        # The companies of its rounds and of its stakes: a stake a later article calls off is read from folds.
        companies = {r.company_id for r in inputs[1]} | {stake.company_id for stake, _ in inputs[2]}
        folds = self._export_folds(None) if whole else folds_among(self.db, companies)
        withdrawn = folds.withdrawn
        retracted = {ref.record_id for ref in withdrawn if ref.record_type == "round"}
        called_off = {ref.record_id for ref in folds.called_off if ref.record_type == "stake"}
        return list(ftm.ftm_entities(*inputs, retracted=retracted, called_off=called_off))

    @_locked  # the export dialog counts from a worker thread: the folds read the shared connection.
    def deal_count(self, refs: Sequence[RecordRef]) -> int:
        """How many rows a one-row-per-deal export of `refs` writes (`iter_export_records`): the records
        the app counts for the deals they tell, each once (every account of a deal is one row)."""
        same_as = self._export_folds(list(refs)).same_as
        return len({same_as.get(ref, ref) for ref in refs})

    @_locked
    def export_records(
        self, refs: Iterable[RecordRef] | None = None, company_id: int | None = None
    ) -> list[ExportRecord]:
        """The records named by `refs` (when None: all visible records, or those `company_id`'s page
        shows: `CompanyPage.refs`, as investee, investor, acquirer or partner), flattened."""
        return list(self.iter_export_records(refs, company_id))

    def iter_export_records(
        self,
        refs: Iterable[RecordRef] | None = None,
        company_id: int | None = None,
        *,
        companies: bool = False,
        ref_batches: Iterable[list[RecordRef]] | None = None,
        one_per_deal: bool = False,
        kept_by_filter: Callable[[list[RecordRef]], set[RecordRef]] | None = None,
    ) -> Iterator[ExportRecord]:
        """As `export_records`, read `EXPORT_BATCH` records at a time: memory stays flat for a million.
        `ref_batches`: the records to export, a batch at a time (the whole timeline selected,
        `timeline_ref_batches`).

        With `one_per_deal`, a deal several sources tell is one `DealExportRecord` (`_deal_rows`),
        where the first of its accounts comes: for sums, each deal's money once. A filtered export's
        (`kept_by_filter`: which of some records its filter keeps) writes a deal only when the filter
        keeps the account counted for it: the full export's `counted` sums the same.

        With `companies`, a whole database's export (no `refs`, no `company_id`) starts with a
        `company` row for each company with details to carry (country, city, sector, description,
        aliases, a person, an investor's kind), so an import into another database keeps them, and
        keeps investors who have no record at all. A part of the database (a company's records, a
        selection) starts with those of the companies its records name, so that it imports as the
        same companies too (a company's own export lost its city, sector and description); streamed
        (`ref_batches`), each company's row comes just before the first batch naming it."""
        whole = refs is None and company_id is None and ref_batches is None
        listed: list[RecordRef] | None = None
        # A stream's company rows come with its batches (the import takes a company row wherever it
        # stands, and it stands before the records naming it): a whole timeline's selection with most
        # records left out carried a row for every company of the database. Only their ids are held.
        streamed_named = _IdBits() if companies and ref_batches is not None else None
        if companies and whole:
            after = 0
            while batch := self._company_rows(after):
                yield from batch
                after = batch[-1].record_id
        if ref_batches is not None:
            pass  # streamed as given: never a million refs held at once
        elif whole:
            ref_batches = self._export_ref_batches(None)
        else:
            # By date, then record type and id (`queries.in_export_order`), not in the order picked
            # or shown: a selection listed Wayve's 2024 round before OpenAI's 2019 stake.
            listed = self.in_export_order(list(refs) if refs is not None else self._company_refs(company_id))
            if companies:
                yield from self._company_rows_named_in(_batches_of(listed))
            ref_batches = _batches_of(listed)
        folds = self._export_folds(listed)  # None: the whole database, or the whole timeline selected
        counted = _CountedMoney(self._counted_money)
        deals = _Deals(folds.same_as, kept_by_filter, folds.call_offs) if one_per_deal else None
        for ref_batch in ref_batches:
            batch = self._records_for(ref_batch, exported=True)
            if streamed_named is not None:
                yield from self._company_rows_new_in(batch, streamed_named)
            rows = self._exported_rows(batch, folds, counted)
            yield from rows if deals is None else self._deal_rows(rows, deals, folds, counted)

    def _exported_rows(
        self, batch: list[Record], folds: TimelineFolds, counted: _CountedMoney
    ) -> list[ExportRecord]:
        """`batch`'s records as export rows: edits, the deal each is another account of, and money counted."""
        edits = self._edits_of([record.ref for record in batch if record.review_status == "edited"])
        rows = []
        for record in batch:
            exported = queries.to_export(record)
            if record.ref in edits:
                exported.edited_from = json.dumps(edits[record.ref], ensure_ascii=False)
            if (shown := folds.same_as.get(record.ref)) is not None:
                exported.same_as = shown.record_id
            if record.ref in folds.withdrawn:  # its outlet's correction withdrew its figure
                exported.retracted = True
            if (
                record.ref in folds.called_off
                or getattr(record, "status", None) == CALLED_OFF
                or getattr(record, "called_off_by", None)  # a round of the investor walking away
            ):
                exported.called_off = True  # a later article calls it off, or is that call-off
            exported.counted = counted.of(record, batch)
            rows.append(exported)
        return rows

    def _deal_rows(
        self, rows: list[ExportRecord], deals: _Deals, folds: TimelineFolds, counted: _CountedMoney
    ) -> Iterator[ExportRecord]:
        """`rows` one per deal: a deal several sources tell is written once, where the first of its
        accounts comes, as the record the app counts for it naming every account's source (the
        accounts outside the export too: the counted one is read when only another was selected). A
        deal whose counted account the export's filter left out is left out: its `counted` money is
        that of a record outside the filter (a Series A of January in an export from February)."""
        held = {_ref_of(row): row for row in rows}
        met = [deal for row in rows if (deal := deals.first_met(row)) is not None]
        deals.leave_out_unkept([deal for deal in met if deal not in held])
        met = [deal for deal in met if not deals.left_out(deal)]
        missing = [ref for deal in met for ref in deals.accounts_of(deal) if ref not in held]
        if missing:
            read = self._records_for(missing, exported=True)
            held |= {_ref_of(row): row for row in self._exported_rows(read, folds, counted)}
        for row in rows:
            deal = deals.deal_of(row)
            if deals.left_out(deal):
                continue
            if not deals.told_again(deal):
                yield deal_row(row, [])
            elif deal not in deals.written:
                deals.written.add(deal)
                accounts = [held[ref] for ref in deals.accounts_of(deal) if ref in held] or [row]
                yield deal_row(accounts[0], accounts[1:], called_off=deals.called_off(deal))

    @_locked
    def _export_folds(self, refs: list[RecordRef] | None) -> TimelineFolds:
        """What the timeline folds of the records exported, read as the export starts: each other
        account of a deal several sources tell -> the record the app shows for it (`same_as`, its
        `same_as` column), and the accounts a correction withdrew (`withdrawn`, its `retracted`). A
        company's or a selection's (`refs`) reads only its companies' accounts, unless the whole
        timeline's folds are at hand: reading those takes seconds at 100k records."""
        if refs is None or self._folds_current():
            return self._timeline_folds()
        return folds_among(self.db, queries.company_ids_of(self.db, refs))

    @_locked
    def _counted_money(self, company_ids: Iterable[int], held: list[Record]) -> dict[tuple[str, int], float]:
        """Each record the money raised of these companies counts (by type and id) -> the money it adds
        (`SearchService.counted_money`, taking the rounds and stakes `held`, the export's batch, as
        read): an export's `counted`."""
        # The companies' records are acyclic models made and dropped by the thousand: the collector's
        # full passes they set off walked every object the export holds (a third of the column's cost).
        with collector_paused():
            return self._search.counted_money(company_ids, held)

    def timeline_ref_batches(self) -> Iterator[list[RecordRef]]:
        """Every event of the whole timeline, in its order, `EXPORT_BATCH` at a time, as it is when
        read (`timeline_refs` held a million refs: 1.2 GB and minutes before the first was written)."""
        for batch in self._timeline_placed_batches():
            yield [ref for _, ref in batch]

    def with_timeline_ref_batches(
        self,
        picked: Iterable[RecordRef],
        left_out: set[RecordRef],
        held: Callable[[RecordRef], bool] | None = None,
    ) -> Iterator[list[RecordRef]]:
        """The records `picked` one by one and the whole timeline's but `left_out` (and, with
        `held`, but those it does not hold: the records imported since it was selected), in one export order
        (`queries.in_export_order`), `EXPORT_BATCH` at a time: the two streams, each in that
        order, merged as the timeline is read, never all held (the timeline's events came after
        every record picked: a 2025 round picked on a page before the timeline's 2019 stake)."""
        picked_places = self._placed_in_export_order(picked)
        timeline = (
            placed
            for batch in self._timeline_placed_batches()
            for placed in batch
            if placed[1] not in left_out and (held is None or held(placed[1]))
        )
        # On a tie (an event picked, the records folded into it read with the timeline) the picked
        # record goes first: heapq.merge takes equal keys in the order of its streams.
        merged = heapq.merge(picked_places, timeline, key=itemgetter(0))
        while batch := [ref for _, ref in islice(merged, EXPORT_BATCH)]:
            yield batch

    @_locked
    def _placed_in_export_order(
        self, refs: Iterable[RecordRef]
    ) -> list[tuple[queries.ExportPlace, RecordRef]]:
        return queries.placed_in_export_order(self.db, refs)

    def _timeline_placed_batches(self) -> Iterator[list[tuple[queries.ExportPlace, RecordRef]]]:
        """Every event of the whole timeline with its folded records, in its order, each with its
        export place, `EXPORT_BATCH` events at a time, each batch read under the lock."""
        after = None
        while keys := self._timeline_keys_after(after):
            yield self._timeline_event_places(keys)
            after = keys[-1]

    @_locked
    def _timeline_keys_after(self, after: queries.TimelineKey | None) -> list[queries.TimelineKey]:
        return queries.timeline_keys(self.db, after, limit=EXPORT_BATCH, folds=self._timeline_folds())

    @_locked
    def _timeline_event_places(
        self, keys: list[queries.TimelineKey]
    ) -> list[tuple[queries.ExportPlace, RecordRef]]:
        """The records of the events at `keys`, each event's folded records after it (as a company's
        timeline exports them: every source's record), each with its event's export place."""
        return queries.event_places(keys, self._timeline_folds())

    def iter_filtered_export_records(
        self,
        record_filter: RecordFilter,
        refs: list[RecordRef] | None = None,
        *,
        companies: bool = False,
        one_per_deal: bool = False,
    ) -> Iterator[ExportRecord]:
        """The records `record_filter` keeps (among `refs`, a company's page's, when given), as
        `iter_export_records` writes them: with `companies`, after the company rows of the companies
        they name; with `one_per_deal`, one row per deal. The whole database's are streamed a batch at
        a time, read once: the companies they name are read from their id columns alone (a second
        read of a million records took minutes)."""
        if refs is not None:
            kept = self.kept_refs(refs, record_filter)
            chosen = [ref for ref in refs if ref in kept]
            yield from self.iter_export_records(
                chosen, companies=companies, one_per_deal=one_per_deal, kept_by_filter=kept.intersection
            )
            return
        if companies:
            named = sorted(self._kept_company_ids(record_filter))
            for start in range(0, len(named), EXPORT_BATCH):
                yield from self._company_rows_of(set(named[start : start + EXPORT_BATCH]))
        batches = self._export_ref_batches(record_filter)
        # A deal is the investor's when any source's account names it (a vendor lists a co-investor the
        # article leaving out); its counted account must fit the dates and kinds, so the sums agree.
        counted_filter = dataclasses.replace(record_filter, investor_id=None)
        yield from self.iter_export_records(
            ref_batches=batches,
            one_per_deal=one_per_deal,
            kept_by_filter=(lambda refs: self.kept_refs(refs, counted_filter)) if counted_filter else None,
        )

    @_locked
    def _kept_company_ids(self, record_filter: RecordFilter) -> set[int]:
        """The companies named by the visible records `record_filter` keeps."""
        named: set[int] = set()
        for record_type in record_types(record_filter):
            named |= queries.kept_company_ids(self.db, record_type, record_filter)
        return named

    @_locked
    def kept_refs(self, refs: Iterable[RecordRef], record_filter: RecordFilter) -> set[RecordRef]:
        """Those of `refs` that `record_filter` keeps."""
        return queries.kept_refs(self.db, refs, record_filter)

    @_locked
    def in_export_order(self, refs: Iterable[RecordRef]) -> list[RecordRef]:
        """`refs` in the order an export lists records: by date (undated last), then type and id;
        those no longer in the database left out."""
        return queries.in_export_order(self.db, refs)

    def _export_ref_batches(self, record_filter: RecordFilter | None) -> Iterator[list[RecordRef]]:
        """Every visible record (those `record_filter` keeps), in export order, `EXPORT_BATCH` or so
        at a time, each batch read under the lock (a write may come between two)."""
        batches = queries.export_ref_batches(self.db, record_filter, EXPORT_BATCH)
        while (batch := self._next_batch(batches)) is not None:
            yield batch

    @_locked
    def _next_batch(self, batches: Iterator[list[RecordRef]]) -> list[RecordRef] | None:
        return next(batches, None)

    @_locked
    def existing_refs(self, refs: Iterable[RecordRef]) -> set[RecordRef]:
        """Which of `refs` still name a record: a re-import of a corrected source replaces its records."""
        return queries.existing_refs(self.db, refs)

    @_locked
    def review_statuses(self, refs: Iterable[RecordRef]) -> dict[RecordRef, str]:
        """The review status of each of `refs` still in the database (a rejected record is not exported)."""
        return queries.review_statuses(self.db, refs)

    @_locked
    def _company_refs(self, company_id: int) -> list[RecordRef]:
        """The records a company's page shows (a whole export reads `_every_ref_batch` instead)."""
        return queries.company_page(self.db, company_id).refs

    @_locked
    def _company_rows(self, after: int) -> list[ExportRecord]:
        return queries.company_rows(self.db, after, EXPORT_BATCH)

    def _company_rows_named_in(self, ref_batches: Iterable[list[RecordRef]]) -> Iterator[ExportRecord]:
        """The company rows of the companies the records of `ref_batches` name, by id. The records are
        read a batch at a time and only the ids kept, so a million records never sit in memory; the
        rows are read a batch at a time too, as a whole export's."""
        named: set[int] = set()
        for ref_batch in ref_batches:
            for record in self._records_for(ref_batch):
                named.update(queries.named_company_ids(record))
        ordered = sorted(named)
        for start in range(0, len(ordered), EXPORT_BATCH):
            yield from self._company_rows_of(set(ordered[start : start + EXPORT_BATCH]))

    def _company_rows_new_in(self, batch: list[Record], named: _IdBits) -> list[ExportRecord]:
        """The company rows of the companies `batch` names that are not in `named` (those a stream's
        earlier batches named), which it then holds too."""
        new = named.add_new(company for record in batch for company in queries.named_company_ids(record))
        return self._company_rows_of(new) if new else []

    @_locked
    def _company_rows_of(self, company_ids: set[int]) -> list[ExportRecord]:
        return queries.company_rows_of(self.db, company_ids)

    @_locked
    def _edits_of(self, refs: list[RecordRef]) -> dict[RecordRef, dict]:
        """What each edited record's edit changed, and from what (`review.edited_from`)."""
        return {ref: found for ref in refs if (found := review.edited_from(self.db, ref))}

    @_locked
    def _records_for(self, refs: list[RecordRef], *, exported: bool = False) -> list[Record]:
        return queries.records_for(self.db, refs, exported=exported)


def _ref_of(row: ExportRecord) -> RecordRef:
    return RecordRef(record_type=row.record_type, record_id=row.record_id)


class _Deals:
    """The deals of a one-row-per-deal export (`Store._deal_rows`): each account of a deal several
    sources tell -> the record the app counts for it (`TimelineFolds.same_as`), and the deals written."""

    def __init__(
        self,
        same_as: dict[RecordRef, RecordRef],
        kept_by_filter: Callable[[list[RecordRef]], set[RecordRef]] | None = None,
        call_offs: dict[RecordRef, RecordRef] | None = None,
    ) -> None:
        self._others: dict[RecordRef, list[RecordRef]] = defaultdict(list)
        for account, shown in same_as.items():
            self._others[shown].append(account)
        # A call-off of a round (`TimelineFolds.call_offs`) is an account of that round's deal: its status
        # and source, never a row of its own (a round "called off" and an investment "called off" beside it).
        self._call_offs = call_offs or {}
        for call_off, round_ in self._call_offs.items():
            self._others[round_].append(call_off)
        self.written: set[RecordRef] = set()  # of those told by several sources only: a few
        self._kept_by_filter = kept_by_filter
        self._unkept: set[RecordRef] = set()  # deals whose counted account the filter left out

    def leave_out_unkept(self, deals: list[RecordRef]) -> None:
        """Leave out those of `deals` (counted accounts outside the batch) the export's filter does not keep."""
        if self._kept_by_filter is not None and deals:
            self._unkept |= set(deals) - self._kept_by_filter(deals)

    def left_out(self, deal: RecordRef) -> bool:
        """Whether `deal` is left out: the export's filter left out the account counted for it."""
        return deal in self._unkept

    def deal_of(self, row: ExportRecord) -> RecordRef:
        """The record counted for the deal `row` is an account of: itself unless `same_as` names another."""
        if row.same_as is None:
            ref = _ref_of(row)
            return self._call_offs.get(ref, ref)
        return RecordRef(record_type=row.record_type, record_id=row.same_as)

    def accounts_of(self, deal: RecordRef) -> list[RecordRef]:
        """Every account of `deal`, the counted one first, then the others by id."""
        return [deal, *sorted(self._others.get(deal, ()), key=lambda ref: ref.record_id)]

    def called_off(self, deal: RecordRef) -> bool:
        """Whether a call-off is one of `deal`'s accounts (a round its one investor walked away from)."""
        return any(ref in self._call_offs for ref in self._others.get(deal, ()))

    def told_again(self, deal: RecordRef) -> bool:
        """Whether other sources tell `deal` too (other records stand for it)."""
        return deal in self._others

    def first_met(self, row: ExportRecord) -> RecordRef | None:
        """The deal `row` tells when several sources tell it and none of its rows was written yet."""
        deal = self.deal_of(row)
        return (
            deal if self.told_again(deal) and deal not in self.written and deal not in self._unkept else None
        )


class _CountedMoney:
    """An export's `counted` column, read as its batches come: the money raised of the companies of a
    batch's rounds and stakes not read yet (a whole database's, read before the first row, kept the
    export from starting for seconds at 100k records), each record's value handed out once. The
    batch's own rounds and stakes are not read again for it."""

    def __init__(self, read: Callable[[Iterable[int], list[Record]], dict[tuple[str, int], float]]) -> None:
        self._read = read
        self._companies: set[int] = set()
        self._counted: dict[tuple[str, int], float] = {}
        self._batch: object = None

    def of(self, record: Record, batch: list[Record]) -> float | None:
        """The money raised counts of `record`, one of `batch`; None when it counts none."""
        if batch is not self._batch:
            self._batch = batch
            raising = {r.company_id for r in batch if isinstance(r, Round | Stake)} - self._companies
            if raising:
                self._companies |= raising
                self._counted.update(self._read(raising, batch))
        return self._counted.pop((record.record_type, record.id), None)


class _IdBits:
    """Ids (positive integers) held one bit each: the companies a million records name are 125 kB,
    where a set of their ids was ~60 MB."""

    def __init__(self) -> None:
        self._bits = bytearray()

    def add_new(self, ids: Iterable[int]) -> set[int]:
        """Those of `ids` not held yet, held from now on."""
        new = {each for each in ids if not self._holds(each)}
        for each in new:
            byte = each >> 3
            if byte >= len(self._bits):
                self._bits.extend(bytes(byte + 1 - len(self._bits)))
            self._bits[byte] |= 1 << (each & 7)
        return new

    def _holds(self, each: int) -> bool:
        byte = each >> 3
        return byte < len(self._bits) and bool(self._bits[byte] & (1 << (each & 7)))


def _batches_of(refs: list[RecordRef]) -> Iterator[list[RecordRef]]:
    """`refs` `EXPORT_BATCH` at a time."""
    return (refs[start : start + EXPORT_BATCH] for start in range(0, len(refs), EXPORT_BATCH))


def _moved(after: dict, before: dict) -> bool:
    """Whether a stake's (a round's) edit changed what puts a stake in a round (type, date, company, currency)."""
    return any(after[column] != before[column] for column in review.STAKE_ROUND_COLUMNS)
