"""Search as the store offers it: the in-memory index kept in step with the database.

The index is loaded (or built) on first use, and again when a name or alias changed: the counters
of `_search_state`, moved by triggers, say so, checked only when SQLite's `PRAGMA data_version` or
one of this process's own writes says something was written at all. `additions` moves when a name is
added (m019): the index, in memory or in the cache file, then takes in the names past the last
company and alias ids it holds (its coverage), keying only those (the arrays are still copied
whole, and the cache file rewritten whole). `generation` moves when a name was renamed, moved or
removed, or put back under an old id: the index is rebuilt from every name. A random `token`
(m023) is drawn at every move of either: a write rolled back puts the counters back, and the next
one moves them to the same values over other names, so only the token tells those states apart. An
index read inside a write is `provisional`: used while its token is the names', never saved nor
extended itself (its write may be undone); the write's next searches extend the last index of
committed names instead. A built index is saved next to the database (`search_cache`), so the next
launch maps it instead of rebuilding it.
`prepare()` does the loading from a worker thread on a connection of its own, so a TUI can warm
the index at launch without holding the store's lock.
"""

from __future__ import annotations

import ctypes
import sqlite3
import sys
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from .connecting import connect_reader
from .formatting import backed, round_label
from .id_lists import in_chunks
from .models import Record, RecordType, Round, SearchHit, Stake
from .money_raised import counted_money, not_raised_yet, raised_text
from .names import normalize_name, squeezed
from .queries import (
    BACKED_COUNT_SQL,
    INVESTOR_COUNT_SQL,
    TABLE_ALIAS,
    fetch_records,
    page_money,
    page_ordered,
    page_stakes,
    spelling_shown_for,
    spellings_not_counted,
    visible_ids_of,
)
from .round_order import round_stage as _stage
from .same_raise import dated_by, fold, group_raises

if TYPE_CHECKING:
    from .search import NameMatch, SearchIndex

# The names of the companies and aliases with ids in (after, upto]: every name, or the ones added.
_NAMES_SQL = """SELECT c.id, c.name, 0 FROM companies c WHERE c.id > ? AND c.id <= ?
    UNION ALL SELECT a.company_id, a.alias, 1 FROM aliases a
    JOIN companies c ON c.id = a.company_id WHERE a.alias != c.name AND a.id > ? AND a.id <= ?"""
NO_NAMES = {"companies": 0, "aliases": 0}
# Below this many names a build takes milliseconds: no cache file worth leaving next to the database.
CACHE_FROM_NAMES = 10_000
# Summaries kept between searches at most (a few hundred bytes each): typing on starts them afresh.
MOST_SUMMARIES = 5_000
# A name spelt like known ones but for its spaces joins the first of their companies the search
# ranks among its first this many.
SIMILAR_RANKED = 5
# Companies spelt alike whose names are read and ranked alone at most; more are ranked by the index.
MOST_RANKED_ALONE = 100


def database_file(conn: sqlite3.Connection) -> Path | None:
    """The file behind a connection, None for an in-memory database."""
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return None


def read_stamp(conn: sqlite3.Connection) -> dict:
    """What identifies the current set of names: database id, name generation, additions, and the
    token drawn at the counters' last move (m023), which no other state of the names shares."""
    row = None
    for columns in (
        "database_id, generation, additions, token",
        "database_id, generation, additions, ''",
        "database_id, generation, 0, ''",
    ):
        try:
            row = conn.execute(f"SELECT {columns} FROM _search_state WHERE id = 1").fetchone()
            break
        except sqlite3.OperationalError:  # read-only, from before m023, m019 (no additions) or m004 (nothing)
            continue
    if row is None:
        generation = -conn.execute("PRAGMA data_version").fetchone()[0]
        return {"database_id": None, "generation": generation, "additions": 0, "token": ""}
    return {"database_id": row[0], "generation": row[1], "additions": row[2], "token": row[3]}


def read_coverage(conn: sqlite3.Connection) -> dict:
    """The last company and alias ids: an index of the names up to them takes in later ones only."""
    row = conn.execute(
        "SELECT (SELECT coalesce(max(id), 0) FROM companies), (SELECT coalesce(max(id), 0) FROM aliases)"
    ).fetchone()
    return {"companies": row[0], "aliases": row[1]}


def read_name_batches(
    conn: sqlite3.Connection, size: int = 100_000, after: dict = NO_NAMES, upto: dict | None = None
):
    """The company names and distinct aliases with ids past `after` and up to `upto` (every one by
    default), as (ids, texts, is_alias) columns of at most `size` names."""
    upto = upto or {"companies": 1 << 62, "aliases": 1 << 62}
    bounds = [after["companies"], upto["companies"], after["aliases"], upto["aliases"]]
    cursor = conn.execute(_NAMES_SQL, bounds)
    while rows := cursor.fetchmany(size):
        ids, texts, aliases = zip(*rows, strict=True)
        ids, texts, aliases = list(ids), list(texts), [bool(alias) for alias in aliases]
        for company_id, spelling in knowledge_spellings(ids, texts, aliases):
            ids.append(company_id)
            texts.append(spelling)
            aliases.append(True)
        yield ids, texts, aliases


def knowledge_spellings(ids: list[int], texts: list[str], aliases: list[bool]) -> Iterator[tuple[int, str]]:
    """(company id, spelling) of the knowledge file's other spellings of each company named here by its
    knowledge name ("a16z" for Andreessen Horowitz): searchable names of it, as its aliases are, though
    an article that wrote "Andreessen Horowitz" stored no "a16z". A short form ("Andreessen") is no
    spelling: only the file's own."""
    from .known_names import knowledge_names

    known = knowledge_names()
    for company_id, text, is_alias in zip(ids, texts, aliases, strict=True):
        entry = None if is_alias else known.get(text)
        if entry is not None and entry.name == text and not entry.short_form:
            for spelling in entry.spellings:
                yield company_id, spelling


def build_index_arrays(conn: sqlite3.Connection, upto: dict | None = None):
    """Index arrays of every name in the database (with ids up to `upto`), read and indexed a batch
    at a time so the names are never all in memory as Python strings (numpy loads here, on first use)."""
    from .search import IndexBuilder

    builder = IndexBuilder()
    for batch in read_name_batches(conn, upto=upto):
        builder.add(*batch)
    return builder.finish()


def extendable(known_stamp: dict, stamp: dict) -> bool:
    """Whether an index of the names as `known_stamp` found them is the one for `stamp` once the
    names added since are appended: no name renamed, moved or removed meanwhile, and the same database.

    Never an index read inside a write (`provisional`): the write may yet be rolled back, and the
    counters it moved be moved again to the same values by another write, over other names. The
    committed states alone follow one another, so only between two of them do equal counters mean
    nothing but appends."""
    return (
        not known_stamp.get("provisional")
        and _same_generation(known_stamp, stamp)
        and isinstance(known_stamp.get("additions"), int)
        and known_stamp["additions"] <= stamp["additions"]
        and isinstance(known_stamp.get("coverage"), dict)
    )


def _same_generation(known_stamp: dict, stamp: dict) -> bool:
    """The same database, and no name renamed, moved or removed between the two stamps."""
    return (
        known_stamp.get("database_id") == stamp["database_id"]
        and known_stamp.get("generation") == stamp["generation"]
    )


def _return_freed_memory() -> None:
    """Hand the build's freed scratch memory back to the system (glibc only; elsewhere a no-op).

    A build allocates and frees batches of a few MB; glibc keeps such freed blocks in the heap for
    reuse, so without this a process that built the index at 1M names stays ~200 MB larger for the
    rest of its life than one that loaded it from the cache.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        pass


def _best_known_ids(conn: sqlite3.Connection, limit: int) -> list[int]:
    """The `limit` companies with the most rounds and investments (rounds raised, stakes taken in
    and given), then by name regardless of case, then by id (two companies may share a name): the
    empty query's list says so ("most rounds and investments first"), in the same order every time.

    Counting per company over the record tables, not per company over its records: one pass over a
    million stakes instead of three correlated subqueries per company."""
    rows = conn.execute(
        """WITH weights AS (
             SELECT company_id, count(*) AS weight FROM (
               SELECT company_id FROM stakes UNION ALL SELECT company_id FROM rounds
               UNION ALL SELECT i.company_id FROM stakes s JOIN investors i ON i.id = s.investor_id)
             GROUP BY company_id)
           SELECT c.id FROM companies c LEFT JOIN weights w ON w.company_id = c.id
           ORDER BY coalesce(w.weight, 0) DESC, c.name COLLATE NOCASE, c.name, c.id LIMIT ?""",
        [limit],
    )
    return [row[0] for row in rows]


def _stamped(known: dict, stamp: dict) -> bool:
    """Whether an index stamped `known` holds the names as `stamp` finds them (the token included:
    equal counters alone may be another write's, after a rollback)."""
    return all(known.get(key) == value for key, value in stamp.items())


def _committed(stamp: dict) -> dict:
    """The stamp of a provisional index found to hold committed names: its token is theirs."""
    return {key: value for key, value in stamp.items() if key != "provisional"}


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._file: Path | None = None
        """The database's file (None in memory), looked up once under the store's lock."""
        self._file_known = False
        # (stamp, index) swapped as one value, so a reader never pairs one index with another's stamp;
        # the stamp also holds the index's coverage (`read_coverage`), to extend it with added names.
        self._current: tuple[dict, SearchIndex] | None = None
        self._base: tuple[dict, SearchIndex] | None = None
        """The last index of committed names: what an index read inside a write is extended from."""
        self._checked: tuple[int, int] | None = None
        self._writes = 0
        self._build_lock = threading.Lock()
        self._best_known_ids: tuple[tuple, list[int]] | None = None
        self._summaries: tuple[tuple[int, int], dict[int, dict]] | None = None
        """(database state, summaries told in it): see `_told_summaries`."""
        self.building = False
        """An index is being built or extended (seconds at a million names): a UI says so."""
        self._saves_paused = 0
        """Inside `saves_paused`: no cache file is written (a dry run leaves the folder as it was)."""

    @contextmanager
    def saves_paused(self) -> Iterator[None]:
        """No cache file saved inside the block: a dry run promises to leave the database's folder
        byte for byte as it was, yet its searches build the committed names' index on a reader of
        their own (`_committed_base`), outside the write, which would otherwise save it."""
        self._saves_paused += 1
        try:
            yield
        finally:
            self._saves_paused -= 1

    def invalidate(self) -> None:
        """This process wrote: names may have changed (SQLite's data_version only counts others)."""
        self._writes += 1

    def index(self) -> SearchIndex:
        """The index of the names as they are now, loaded or built if they changed."""
        checked = (self._writes, self.db.execute("PRAGMA data_version").fetchone()[0])
        current = self._current
        # An index read inside a write is checked on every search: a rollback moves neither number
        # (a failed import does not call `invalidate`), yet it undid names that index holds.
        if current is not None and checked == self._checked and not current[0].get("provisional"):
            return current[1]
        index = self._ensure(self.db.conn)
        self._checked = checked
        return index

    def prepare(self) -> None:
        """Load or build the index on a connection of this thread's own (for a worker at launch)."""
        path = database_file(self.db.conn)
        if path is None:
            return
        conn = connect_reader(path)  # as the store's own: immutable where the folder is read-only
        try:
            # One search now: the first ranking of a large candidate set costs 20-35 ms at 1M names
            # (allocator and rapidfuzz set-up), which would otherwise land on the first keystroke.
            self._ensure(conn).search("warm up", 5)
        finally:
            conn.close()

    def _ensure(self, conn: sqlite3.Connection) -> SearchIndex:
        stamp = read_stamp(conn)
        current = self._current
        if current is not None and _stamped(current[0], stamp) and not self._now_committed(current, conn):
            return current[1]
        with self._build_lock:  # one build at a time; a second caller waits and takes its result
            current = self._current
            if current is None or not _stamped(current[0], stamp):
                current = self._load_or_build(conn, stamp, current)
            elif self._now_committed(current, conn):
                current = (_committed(current[0]), current[1])
            self._current = current
            if not current[0].get("provisional"):
                self._base = current
        return current[1]

    @staticmethod
    def _now_committed(current: tuple[dict, SearchIndex], conn: sqlite3.Connection) -> bool:
        """Whether `current`, read inside a write and stamped as the names are, is now read outside
        one: the write committed (its token is the names'), and the index may be extended again."""
        return bool(current[0].get("provisional")) and not conn.in_transaction

    def _load_or_build(
        self, conn: sqlite3.Connection, stamp: dict, current: tuple[dict, SearchIndex] | None
    ) -> tuple[dict, SearchIndex]:
        """The index for `stamp`: the cached one, or the one in memory or in the cache extended with
        the names added since, or else one built from every name."""
        # numpy and rapidfuzz load here, on the first search, not when the app starts.
        from . import search_cache
        from .search import SearchIndex, extend_arrays

        path = database_file(conn)
        cache = search_cache.cache_path(path) if path is not None and stamp["database_id"] else None
        known = self._known(cache, stamp, current)
        if known is None and path is not None and conn.in_transaction:
            known = self._committed_base(path, stamp)
        if known is not None and _stamped(known[0], stamp):
            return known[0], SearchIndex.from_arrays(known[1])
        coverage = read_coverage(conn)
        self.building = True
        try:
            if known is not None:
                batches = read_name_batches(conn, after=known[0]["coverage"], upto=coverage)
                arrays = extend_arrays(known[1], batches)
            else:
                arrays = build_index_arrays(conn, upto=coverage)
            _return_freed_memory()
        finally:
            self.building = False
        saved = {**stamp, "coverage": coverage}
        if conn.in_transaction:  # names of a write under way: see `extendable`
            saved["provisional"] = True
        # Never from inside a write: a rollback would leave a cache stamped for names that were undone.
        if (
            cache is not None
            and len(arrays.company_ids) >= CACHE_FROM_NAMES
            and not conn.in_transaction
            and not self._saves_paused
        ):
            if search_cache.save(cache, arrays, saved):
                # Mapped from the file rather than kept in memory: as a launch finding it would.
                arrays = search_cache.load(cache, saved) or arrays
        return saved, SearchIndex.from_arrays(arrays)

    def _committed_base(self, path: Path, stamp: dict):
        """(stamp, arrays) of the committed names, to extend into the index for `stamp` of a write
        under way (None when the write renamed or removed a name). Read on a connection of its own,
        which sees the names as they were when the write began (and saves them for the next launch):
        the write's next searches extend that index again, where an index of its own names, never
        extended (`extendable`), would be rebuilt from every name at each one."""
        reader = connect_reader(path)
        try:
            committed = read_stamp(reader)
            if not _same_generation(committed, stamp):
                return None  # renamed or removed: only a build of the write's own names will do
            self._base = self._load_or_build(reader, committed, None)
        finally:
            reader.close()
        return (self._base[0], self._base[1].arrays) if extendable(self._base[0], stamp) else None

    def _known(self, cache: Path | None, stamp: dict, current: tuple[dict, SearchIndex] | None):
        """(stamp, arrays) of an index that is, or can be extended into, the one for `stamp`: this
        process's own (the one in use, else the last of committed names), else the cache file's;
        None when only a full build will do."""
        from . import search_cache

        for own in (current, self._base):
            if own is not None and extendable(own[0], stamp):
                return own[0], own[1].arrays
        if cache is None:
            return None
        return search_cache.load_if(cache, lambda header: extendable(header, stamp))

    def exact(self, name: str) -> int | None:
        key = normalize_name(name)
        # A company of that very name first: "Kestrel", a short name of Kestrel Photonics's and Kestrel
        # Analytics's, made a company of its own by an import (`CompanyResolver.bare_short_name`).
        row = self.db.execute(
            "SELECT id FROM companies WHERE normalized = ? AND name = ? ORDER BY id LIMIT 1",
            [key, name.strip()],
        ).fetchone()
        # Else the earliest row, as an import resolves a name (`CompanyResolver._exact`).
        if row is None:
            row = self.db.execute(
                "SELECT company_id FROM aliases WHERE normalized = ? ORDER BY id LIMIT 1", [key]
            ).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT id FROM companies WHERE normalized = ? ORDER BY id LIMIT 1", [key]
            ).fetchone()
        if row is None:
            row = self._by_knowledge_spelling(name.strip())
        return row[0] if row else None

    def _by_knowledge_spelling(self, name: str) -> tuple[int] | None:
        """The company named by the knowledge name `name` spells ("a16z": Andreessen Horowitz), as
        the search index finds it (`knowledge_spellings`), though no alias of it was stored."""
        from .known_names import knowledge_names

        entry = knowledge_names().get(name)
        if entry is None or entry.short_form:
            return None
        return self.db.execute(
            "SELECT id FROM companies WHERE normalized = ? AND name = ? ORDER BY id LIMIT 1",
            [entry.key, entry.name],
        ).fetchone()

    def spelt_alike(self, name: str) -> int | None:
        """The company a deal file's import finds `name` to be by its letters without spaces
        (`BulkResolver._spelt_alike`): "HuggingFace" is the "Hugging Face" here, "Hugging Face" the
        "HuggingFace" (or else a "Hug Ging Face"); None when there is none. Indexed look-ups on the
        keys, no search: a spaced key is read at each place a space may go, from the first letter
        after it on ("hugging f…")."""
        key = normalize_name(name)
        joined = squeezed(key)
        if joined is None:
            return None
        if " " in key:  # run together first, as the import's resolver; else spaced elsewhere
            run_together = self.exact(joined)
            if run_together is not None:
                return run_together
        for table, column in (("aliases", "company_id"), ("companies", "id")):
            found = list(self._spaced_rows(table, column, joined))
            if found:
                return min(found)[1]  # the earliest row, as the import's resolver keeps the first
        return None

    def _spaced_rows(self, table: str, column: str, joined: str) -> Iterator[tuple[int, int]]:
        """(row id, company id) of each row of `table` whose key is `joined` with spaces in it
        ("hugging face" for "huggingface"), read lazily: one indexed range per place a space may go."""
        for start in range(1, len(joined)):
            for row_id, company_id, spaced in self.db.execute(
                f"SELECT id, {column}, normalized FROM {table} WHERE normalized >= ? AND normalized < ?",
                _spaced_range(joined, start),
            ):
                if squeezed(spaced) == joined:
                    yield row_id, company_id

    def _spelt_alike_companies(self, joined: str) -> set[int]:
        """The companies with a name or alias whose key is `joined` once its spaces are taken out:
        the only companies `similar_company` can find. A few indexed look-ups per place a space may go."""
        found: set[int] = set()
        for table, column in (("aliases", "company_id"), ("companies", "id")):
            exact = self.db.execute(f"SELECT {column} FROM {table} WHERE normalized = ?", [joined])
            found.update(company_id for (company_id,) in exact)
            found.update(company_id for _, company_id in self._spaced_rows(table, column, joined))
        return found

    def _names_of(self, company_ids: set[int]) -> list[tuple[int, str]]:
        """(company id, name) of every name and alias the search index holds for these companies."""
        marks = ", ".join("?" * len(company_ids))
        return self.db.execute(
            f"""SELECT id, name FROM companies WHERE id IN ({marks})
                UNION ALL SELECT a.company_id, a.alias FROM aliases a JOIN companies c ON c.id = a.company_id
                WHERE a.company_id IN ({marks}) AND a.alias != c.name""",
            [*company_ids, *company_ids],
        ).fetchall()

    def similar_company(self, name: str) -> int | None:
        """An existing company whose name differs only by spaces or punctuation ("HuggingFace").

        For entity resolution at import. A letter more or less is another company ("Mistral AIR" is
        not "Mistral AI", "Runways" not "Runway"): those are for a person to merge, not for us.
        Of several, the one the search ranks first whose best-ranked name is spelt alike.
        """
        key = squeezed(normalize_name(name))
        if key is None:
            return None
        # Only the companies spelt alike can be found: their names are ranked as the search would
        # rank them, without the index, which an import that just added names extends whole before
        # each search (538 names run together, known spaced, took 5.7 s; 3,000 new names 54 s).
        companies = self._spelt_alike_companies(key)
        if not companies:
            return None
        for match in self._ranked_among(name, companies):
            if squeezed(normalize_name(match.text)) == key:
                return match.company_id
        return None

    def _ranked_among(self, name: str, companies: set[int]) -> list[NameMatch]:
        """The best match of each of these companies for `name`, best first, as the search ranks
        them (at most SIMILAR_RANKED): their names ranked alone, or, when there are too many to read
        (a description such as "the startup" is an alias of many companies), those of them among the
        index's first SIMILAR_RANKED hits."""
        from .search import rank_names  # numpy and rapidfuzz load here, not for a name spelt like none

        if len(companies) > MOST_RANKED_ALONE:
            return [
                match for match in self.index().search(name, SIMILAR_RANKED) if match.company_id in companies
            ]
        return rank_names(name, self._names_of(companies))[:SIMILAR_RANKED]

    def closest(self, name: str, candidates: int = 10) -> SearchHit | None:
        """The one of the first `candidates` hits clearly meant by `name` (`search.meant`: the only
        one close enough to stand for it or starting with it as whole words, else the only hit),
        None when none is or several could be."""
        from .search import meant

        if not name.strip():
            return None
        hits = self.search(name, candidates)
        index = meant(name, [(hit.matched, hit.score) for hit in hits])
        return hits[index] if index is not None else None

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

    def one_spelling(self, hits: list[SearchHit]) -> list[SearchHit]:
        """`hits` with an investor known only as another's spelling in the raises it joined
        (`queries.spelling_shown_for`: "Quill Capital Partners" where the page lists "Quill
        Capital") as that investor, its spelling the matched alias: one investor, listed once, at
        its best hit's place. Merge candidates and name suggestions keep every company apart."""
        shown_as = {
            hit.company_id: target
            for hit in hits
            if hit.hit_type == "investor" and (target := self.spelling_shown(hit.company_id)) is not None
        }
        if not shown_as:
            return hits
        details = self._details(list(shown_as.values()))
        listed: dict[int, SearchHit] = {}
        for hit in hits:
            target = shown_as.get(hit.company_id)
            if target is not None and target in details:
                shown = details[target]
                hit = hit.model_copy(
                    update={
                        "company_id": target,
                        "name": shown["name"],
                        "hit_type": shown["hit_type"],
                        "summary": shown["summary"],
                    }
                )
            listed.setdefault(hit.company_id, hit)
        return list(listed.values())

    def spelling_shown(self, company_id: int) -> int | None:
        """`queries.spelling_shown_for`, remembered with the company's summary (until the database
        changes: `_told_summaries`)."""
        details = self._details([company_id]).get(company_id)
        if details is None:
            return None
        if "spelling_shown" not in details:
            details["spelling_shown"] = spelling_shown_for(self.db, company_id)
        return details["spelling_shown"]

    def best_known_stale(self, limit: int) -> tuple | None:
        """What the best known companies would be counted for (this process's writes, SQLite's
        data_version, `limit`) when the ones remembered are not current, else None. Asked under the
        store's lock: it reads the store's connection."""
        checked = (self._writes, self.db.execute("PRAGMA data_version").fetchone()[0], limit)
        current = self._best_known_ids
        if current is not None and current[0] == checked:
            return None
        if not self._file_known:
            self._file, self._file_known = database_file(self.db.conn), True
        return checked

    def count_best_known(self, checked: tuple) -> None:
        """Count the best known companies for `checked` (`best_known_stale`) on a connection of this
        thread's own, without the store's lock: a pass over every record (0.4 s at 100,000 facts,
        seconds at a million), which held up every other read, such as a page opened meanwhile.
        A write made meanwhile moved what is checked: the next search counts them again."""
        if self._file is None:  # in memory: only the store's connection sees it (`_best_known` counts)
            return
        conn = connect_reader(self._file)
        try:
            self._best_known_ids = (checked, _best_known_ids(conn, checked[2]))
        finally:
            conn.close()

    def _best_known(self, limit: int) -> list[SearchHit]:
        """With no query: the companies with the most rounds and investments first (remembered until a write)."""
        checked = self.best_known_stale(limit)
        if checked is not None:
            self._best_known_ids = (checked, _best_known_ids(self.db.conn, limit))
        assert self._best_known_ids is not None
        rows = [(company_id,) for company_id in self._best_known_ids[1]]
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
        """Name, hit type and summary of each of these companies (those still in the database).

        A summary already told since the database last changed is not read again: the keystrokes of
        one query list many of the same companies (4 hits in 10 at the app's benchmark)."""
        if not ids:
            return {}
        told = self._told_summaries()
        missing = [company_id for company_id in ids if company_id not in told]
        if missing:
            told.update(self._read_details(missing))
        return {company_id: told[company_id] for company_id in ids if company_id in told}

    def _told_summaries(self) -> dict[int, dict]:
        """The summaries told since the database last changed, to add to: any row written by this
        connection (`total_changes`) or a commit by another (`data_version`) starts them afresh.
        Never kept inside a write: its rollback would leave summaries of records it undid."""
        if self.db.conn.in_transaction:
            return {}
        state = (self.db.conn.total_changes, self.db.execute("PRAGMA data_version").fetchone()[0])
        if self._summaries is None or self._summaries[0] != state or len(self._summaries[1]) > MOST_SUMMARIES:
            self._summaries = (state, {})
        return self._summaries[1]

    def _read_details(self, ids: list[int]) -> dict[int, dict]:
        marks = ", ".join("?" for _ in ids)
        rows = self.db.query(
            f"""SELECT c.id, c.name, i.id AS investor_id,
                  (SELECT count(*) FROM rounds r WHERE r.company_id = c.id AND r.review_status != 'rejected')
                    AS round_count,
                  (SELECT count(*) FROM stakes s WHERE s.company_id = c.id AND s.review_status != 'rejected')
                    AS stakes_in,
                  ({INVESTOR_COUNT_SQL}) AS investor_count,
                  ({BACKED_COUNT_SQL}) AS bets
                FROM companies c LEFT JOIN investors i ON i.company_id = c.id WHERE c.id IN ({marks})""",
            ids,
        )
        rounds, stakes, rejected = self._records(ids)
        return {
            row["id"]: {
                "name": row["name"],
                **_describe(
                    self.db,
                    row,
                    rounds.get(row["id"], []),
                    stakes.get(row["id"], []),
                    rejected.get(row["id"], []),
                ),
            }
            for row in rows
        }

    def counted_money(
        self, company_ids: Iterable[int], held: Iterable[Record] = ()
    ) -> dict[tuple[RecordType, int], float]:
        """Each record the money raised of these companies counts (by type and id) -> the money it adds (in its
        currency: money_raised.counted_money), read as their pages read them (`_records`,
        `queries.page_stakes`), 500 companies a time: an export's `counted` column. `held`: records
        read already (an export's batch), whose rounds and stakes are taken as they are, not read a
        second time: a whole database's batch holds nine in ten of the rounds and stakes of the
        companies it is the first to name."""
        by_key = {
            (record.record_type, record.id): record for record in held if isinstance(record, Round | Stake)
        }
        counted: dict[tuple[RecordType, int], float] = {}
        for chunk in in_chunks(sorted(set(company_ids))):
            rounds, stakes, rejected = self._records(chunk, by_key)
            for company_id in chunk:
                raises = group_raises(rounds.get(company_id, []))
                folded = page_stakes(
                    self.db, raises, stakes.get(company_id, []), rejected.get(company_id, [])
                )
                counted.update(counted_money(raises, folded))
        return counted

    def _records(
        self, ids: list[int], held: Mapping[tuple[str, int], Record] | None = None
    ) -> tuple[dict[int, list[Round]], dict[int, list[Stake]], dict[int, list[Stake]]]:
        """The visible rounds and stakes of each of these companies, and their rejected stakes, read
        as the company's page reads them (`queries.fetch_records`, in a page's order): the summary's
        money raised is the page's (`queries.page_money`), not a copy of its rule over fewer fields.
        Those `held` (by record type and id) are taken as they are."""
        marks = ", ".join("?" for _ in ids)
        rounds: dict[int, list[Round]] = self._visible_records("round", ids, held)
        stakes: dict[int, list[Stake]] = self._visible_records("stake", ids, held)
        rejected: dict[int, list[Stake]] = defaultdict(list)
        where = f"s.company_id IN ({marks}) AND s.review_status = 'rejected'"
        for stake in fetch_records(self.db, "stake", where, ids, rejected=True):
            rejected[stake.company_id].append(stake)
        return rounds, stakes, rejected

    def _visible_records(
        self, record_type: str, ids: list[int], held: Mapping[tuple[str, int], Record] | None
    ) -> dict[int, list]:
        """The visible records of `record_type` of each of these companies in a page's order
        (`queries.page_ordered`): those `held` as they are, the others read (`queries.fetch_records`)."""
        alias = TABLE_ALIAS[record_type]
        if held:
            records: list[Record] = []
            missing: list[int] = []
            for id_ in visible_ids_of(self.db, record_type, ids):
                if (found := held.get((record_type, id_))) is not None:
                    records.append(found)
                else:
                    missing.append(id_)
            for chunk in in_chunks(missing):
                marks = ", ".join("?" for _ in chunk)
                records += fetch_records(self.db, record_type, f"{alias}.id IN ({marks})", chunk)
        else:
            marks = ", ".join("?" for _ in ids)
            records = fetch_records(self.db, record_type, f"{alias}.company_id IN ({marks})", ids)
        by_company: dict[int, list] = defaultdict(list)
        for record in page_ordered(records):
            by_company[record.company_id].append(record)
        return by_company


def _describe(
    db: Database, row: dict, rounds: list[Round], stakes: list[Stake], rejected: list[Stake]
) -> dict:
    """Hit type and summary: 'raised $110B · last round 2026-02-27 · 4 investors'. Money raised is
    the company's page's (`queries.page_money`): per currency, never converted or added across
    currencies, US dollars first."""
    raises = group_raises(rounds)
    folded, (raised, conditional, ceilings) = page_money(db, raises, stakes, rejected)
    last_round = _last_round([members for members in raises if not not_raised_yet(members)])
    is_company = bool(row["round_count"] or row["stakes_in"])
    is_investor = row["investor_id"] is not None and bool(row["bets"])
    hit_type = "both" if is_company and is_investor else ("investor" if is_investor else "company")
    parts = []
    if raised or conditional or ceilings:
        parts.append(raised_text(raised, conditional, ceilings))
    if last_round:
        parts.append(f"last round {last_round}")
    investors = row["investor_count"]
    if investors and raises:  # as the page counts them: one investor its raises spell two ways
        investors -= len(spellings_not_counted([fold(members) for members in raises], folded))
    if investors:
        parts.append(f"{investors} investor{'s' if investors != 1 else ''}")
    if row["bets"]:
        parts.append(backed(row["bets"]))
    return {"hit_type": hit_type, "summary": " · ".join(parts)}


def _last_round(raises: list[list[Round]]) -> str | None:
    """The search result's "last round": the latest date of `raises` (a raise still in talks or planned is no
    round yet: not given), unless an undated raise is of a later stage than every dated one (an
    undated article's Series B after a deal file's Series A of 2025-05-05): "Series B (undated)"."""
    shown = (dated_by(members) for members in raises)  # of a correction's figure, its dispatch's date
    dated = [round_ for round_ in shown if round_.date]
    last = max((round_.date for round_ in dated if round_.date), default=None)
    dated_stages = [stage for round_ in dated if (stage := _stage(round_.round_type)) is not None]
    if last is None or not dated_stages:  # no dated round, or none with a stage: no order to correct
        return last
    latest_dated_stage = max(dated_stages)
    later = [
        members[0]
        for members in raises
        if not members[0].date
        and (stage := _stage(members[0].round_type)) is not None
        and stage > latest_dated_stage
    ]
    if not later:
        return last
    latest = max(later, key=lambda round_: _stage(round_.round_type) or 0)
    return f"{round_label(latest.round_type)} (undated)"


def _spaced_range(joined: str, start: int) -> tuple[str, str]:
    """The keys that are `joined` with a space before its letter at `start` and maybe more after:
    from "hugging f" up to, not including, "hugging g"."""
    prefix = f"{joined[:start]} "
    return prefix + joined[start], prefix + chr(ord(joined[start]) + 1)
