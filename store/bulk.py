"""Bulk import of a deal file's rows: a million rows in one transaction, in seconds, not hours.

The same rules as an article import (`writing.py`): companies are found by normalised name or alias
before one is made, every record keeps its evidence (the row's raw line), and the file is one
`sources` row. What changes is the speed: the names the database knows are read once into memory,
ids are handed out here, and rows wait in batches written with `executemany` in foreign-key order.

All-or-nothing: rows are written inside the caller's transaction as they stream in; a bad row (by
default), ctrl+c or any error rolls the whole file back.

A big file into a smaller database (`_worth_deferring`) has the written tables' secondary indexes and
the search-generation triggers dropped inside that same transaction and recreated, from their exact
SQL, once the rows are in: one sorted build instead of a million random index inserts. The cyclic
garbage collector rests during the import (nothing here makes cycles; it would rescan the name maps).

Memory: rows are streamed and flushed every `BATCH_ROWS`; what grows is the name -> company id map
(one entry per distinct normalised name or alias, needed to merge rows with known companies) and the
company id -> investor map, both bounded by distinct names, not by rows.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse
from urllib.request import url2pathname

from sqlite_utils import Database

from ai_deals.importers.errors import ChangedWhileRead, InputError
from ai_deals.importers.fact_records import as_model
from ai_deals.importers.models import CompanyInfo, Fact, ParsedSource

from .collector import collector_paused
from .database import immediate_transaction
from .display_names import forget_spellings, settle_companies_spelt_before, settle_display_names
from .known import KnownRecords
from .known_names import (
    KnownName,
    folded_knowledge_names,
    keeps_its_words,
    knowledge_names,
    known_name,
    spelling_written,
)
from .lazy_names import DatabaseNames, KeysOnDemand, resolves_lazily
from .merging import (
    clear_details_only_file_gave,
    corrected_import_reason,
    next_company_id,
    note_companies_listed,
    note_companies_named,
    refill_cleared_details,
    remove_companies_no_longer_named,
)
from .models import RecordRef, RefusedAlias
from .names import _NON_WORD, decompose, key_characters, key_of_words, key_spelling, squeezed
from .review import (
    carry_decisions,
    decisions_in_effect,
    fingerprint,
    identity,
    remember_imported_edit,
    set_status,
    source_key,
)
from .schema import EVIDENCE_CITED_COLUMNS, RECORD_TABLES
from .stake_joins import LIST_INVESTOR_ROW_SQL, rejoin_stakes
from .versions import MIGRATION_SET
from .writing import (
    _COMPANY_FIELDS,
    UNKNOWN_INVESTOR,
    CompanyResolver,
    FactWriter,
    ToldRound,
    as_joint_round,
    delete_source_records,
    find_existing_source,
    fold_short_investors,
    join_stakes_to_rounds,
    move_decisions,
    new_source_id,
    next_record_id,
    share_bound,
    tranche_rows,
    unmade,
    without_nameless,
)

if TYPE_CHECKING:
    from .told_before import DealFileNews

BATCH_ROWS = 20_000
# SQLite's page cache while importing (KiB, negative per SQLite's convention): index pages of a
# million-row table stay in memory instead of being re-read; bounded, so memory stays flat.
IMPORT_CACHE_KIB = 131_072
# Tables in the order their rows may be written: each only points at tables before it.
TABLE_ORDER = (
    "companies",
    "aliases",
    "source_companies",
    "spelling_sources",
    "investors",
    "rounds",
    "round_investors",
    "round_tranches",
    "stakes",
    "stake_tranches",
    "partnerships",
    "metrics",
    "statements",
    "acquisitions",
    "evidence",
)
# INSERT OR IGNORE, as writing.py does (round_investors: LIST_INVESTOR_ROW_SQL); a company two
# company rows name is one source_companies row, a spelling two rows write one spelling_sources row.
_IGNORING = {"aliases", "source_companies", "spelling_sources"}
# Keyed by the rows they join: no id to hand out.
_WITHOUT_IDS = {"round_investors", "source_companies", "spelling_sources"}
# A company an export's company row names (`merging.record_companies_listed`).
LISTED_COLUMNS = ("source_id", "company_id")
# A round's investors, named by a row of it or joined for a stake: one batch, in the file's order.
ROUND_INVESTOR_COLUMNS = ("round_id", "investor_id", "is_lead", "joined")


def normalized(name: str) -> str:
    """`names.normalize_name`, folding the whole string at once rather than per character.

    Same result (the tests prove it, in every script): case folding works character by character,
    and NFKD's only whole-string effect, reordering combining marks, is undone by dropping them.
    """
    name = key_spelling(name)
    if name.isascii():
        return key_of_words([w for w in _NON_WORD.split(name.lower()) if w], pictographs=False)
    # one translate drops the accents and turns what is no letter, digit or mark into spaces
    return key_of_words(decompose(name).translate(key_characters()).split())


# Normalised names remembered across rows (investors recur on thousands of rows); cleared when full so
# memory stays flat.
KEPT_KEYS = 65_536


# Spellings remembered as known names or aliases (see `BulkResolver.add_spelling`); cleared when full.
KEPT_SPELLINGS = 262_144


class RowKeys(dict):
    """Normalised names: each is asked for a dozen times per row, and investors on many rows."""

    def __missing__(self, name: str) -> str:
        if len(self) >= KEPT_KEYS:
            self.clear()
        key = self[name] = normalized(name)
        return key


# Columns of the rows queued most often, fixed so each row is a plain tuple (or a list, for a company
# still to be completed by a later row).
COMPANY_COLUMNS = ("id", "name", "normalized", "entity", *_COMPANY_FIELDS)
ALIAS_COLUMNS = ("company_id", "alias", "normalized", "source_id")
SPELLING_COLUMNS = ("company_id", "spelling", "source_id")
INVESTOR_COLUMNS = ("id", "company_id", "kind")
EVIDENCE_COLUMNS = (
    "source_id",
    "record_type",
    "record_id",
    "fact_kind",
    "sentence",
    "start",
    "end",
    "fingerprint",
    "identity",
    "line",  # last: `_write_more_evidence` copies the columns from the fingerprint on
)
# A row that names its own source (URL, title, publisher, date) has it kept on its evidence.
# The cited source's columns, and whether it is a story correcting an earlier dispatch (m038).
CITED_EVIDENCE_COLUMNS = (*EVIDENCE_COLUMNS, *EVIDENCE_CITED_COLUMNS, "cited_corrects")
_NOT_CITED = (None, None, None, None)
STAKE_COLUMNS = (
    "id", "amount", "amount_max", "currency", "bound", "date", "date_precision", "company_id", "investor_id",
    "round_id", "percentage", "percentage_bound", "tranche", "condition", "status", "source_id", "round_type",
)  # fmt: skip
_NAME = attrgetter("name")  # a company's (a model's or a record's)
_FIELD_SLOTS = tuple(range(4, 4 + len(_COMPANY_FIELDS)))  # where _COMPANY_FIELDS sit in a company row


class PendingRows:
    """Rows waiting to be written, by table and columns, flushed with executemany in `TABLE_ORDER`.

    (Writing batches from a background thread was measured: no faster, because sqlite3 needs the GIL
    back between rows to bind the next one.)
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.rows: dict[tuple[str, tuple[str, ...]], list] = {}
        self.flushes = 0
        records = set(RECORD_TABLES.values())
        self.next_ids = {
            table: next_record_id(conn, table)
            if table in records  # above retired ids: see `delete_source_records`
            else next_company_id(conn)
            if table == "companies"  # above merged ones: see `next_company_id`
            else conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
            for table in TABLE_ORDER
            if table not in _WITHOUT_IDS
        }
        # The lists most rows queue in, kept for the whole import (a flush empties them in place), so the
        # writer appends to them directly and adds 1 to `count` itself: ~6 rows are queued a deal-file
        # row, and each through `add` was a call and a `(table, columns)` key built and hashed.
        self.lanes: set[tuple[str, tuple[str, ...]]] = set()
        self.count = 0  # rows queued since the last flush
        self.stakes = self.lane("stakes", STAKE_COLUMNS).append
        self.evidence = self.lane("evidence", EVIDENCE_COLUMNS).append
        self.cited_evidence = self.lane("evidence", CITED_EVIDENCE_COLUMNS).append  # after the plain rows
        self.investors = self.lane("investors", INVESTOR_COLUMNS).append
        self.companies = self.lane("companies", COMPANY_COLUMNS).append
        self.aliases = self.lane("aliases", ALIAS_COLUMNS).append
        self.spellings = self.lane("spelling_sources", SPELLING_COLUMNS).append
        self.round_investors = self.lane("round_investors", ROUND_INVESTOR_COLUMNS).append

    def lane(self, table: str, columns: tuple[str, ...]) -> list:
        """The list rows of `columns` queue in for `table`, the same list until the import ends."""
        key = (table, columns)
        self.lanes.add(key)
        return self.rows.setdefault(key, [])

    def new_id(self, table: str) -> int:
        """The id the next row of `table` gets: we hand them out, so no row waits for its insert."""
        new = self.next_ids[table]
        self.next_ids[table] = new + 1
        return new

    def add(self, table: str, columns: tuple[str, ...], values: tuple | list) -> None:
        """Queue a row of `columns`; a list stays changeable until the next flush."""
        batch = self.rows.get((table, columns))
        if batch is None:
            batch = self.rows[(table, columns)] = []
        batch.append(values)
        self.count += 1

    def add_dict(self, table: str, row: dict) -> None:
        """Queue a row given as a dict (the rarer records)."""
        self.add(table, tuple(row), tuple(row.values()))

    def flush(self) -> None:
        order = {table: index for index, table in enumerate(TABLE_ORDER)}
        for (table, columns), rows in sorted(self.rows.items(), key=lambda item: order[item[0][0]]):
            if not rows:  # a lane nothing was queued in since the last flush
                continue
            if table == "round_investors":  # named by a round's row wins over joined for a stake's
                self.conn.executemany(LIST_INVESTOR_ROW_SQL, rows)
                continue
            verb = "INSERT OR IGNORE" if table in _IGNORING else "INSERT"
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            self.conn.executemany(f"{verb} INTO {table} ({names}) VALUES ({marks})", rows)
        # The lanes are emptied in place (their `append`s are held); any other batch starts anew, as before.
        lanes = {key: rows for key, rows in self.rows.items() if key in self.lanes}
        for rows in lanes.values():
            rows.clear()
        self.rows = lanes
        self.count = 0
        self.flushes += 1


class BulkResolver(CompanyResolver):
    """`CompanyResolver` over names held in memory, creating companies as pending rows."""

    def __init__(self, db: Database, source_id: int, pending: PendingRows, *, lazily: bool = False) -> None:
        super().__init__(db, source_id)
        self.pending = pending
        self.created: dict[int, list] = {}  # companies queued and not yet written, to complete in place
        self.created_at = pending.flushes
        self.investors: dict[int, list] = {}  # company id -> [investor id, kind]
        self.kind_updates: dict[int, str] = {}
        # Fields filled on companies the database held before (`_complete`), and investor kinds
        # learnt, by what they are: what an export with every record here still told it.
        self.details_filled: dict[str, int] = {}
        self.first_new_company = pending.next_ids["companies"]
        self.first_new_investor = pending.next_ids["investors"]
        self.first_new_alias = pending.next_ids["aliases"]
        self.keys = RowKeys()
        # The knowledge file's spellings of one company ("a16z", "Andreessen Horowitz"): a deal file's
        # investor cell joins the company another of them names, as an article's would (`_by_knowledge`);
        # its company column names the company it is about as written. An export's rows are another
        # database's companies as it kept them: `joins_known_spellings` off.
        self.known_spellings: dict[str, KnownName] = knowledge_names()
        self.known_folded: dict[str, KnownName] = folded_knowledge_names()  # "A16Z" as "a16z"
        self.joins_known_spellings = True
        # Investor cells read as the known company another spelling or their first word names ("LSVP"
        # as Lightspeed Venture Partners), for the import to say: cell -> (that name, by a short form,
        # the knowledge file's spelling the cell writes: "LSVP" for "Lsvp").
        self.read_as: dict[str, tuple[str, bool, str]] = {}
        self.lazily = lazily
        if lazily:  # a file far smaller than the database: its names read as it names them
            self._names_on_demand()
            return
        conn = db.conn
        # Keys some company goes by other than its own name ("kestrel" of Kestrel Photonics): only a
        # name found through one of them may be a short form that `bare_short_name` must look into.
        self.alias_keys: set[str] = set()
        # Aliases first, then names, earliest row first: what find()'s two LIMIT 1 queries return.
        for key, company_id, other in conn.execute(
            """SELECT a.normalized, a.company_id, a.normalized != c.normalized
               FROM aliases a LEFT JOIN companies c ON c.id = a.company_id ORDER BY a.id"""
        ):
            self.cache.setdefault(key, company_id)
            if other:
                self.alias_keys.add(key)
        for key, company_id in conn.execute("SELECT normalized, id FROM companies ORDER BY id"):
            self.cache.setdefault(key, company_id)
        self.cache.pop("", None)  # names with no letter or digit are nobody's: never one company
        # Two companies of one key ("Ledgerline", and the "Ledgerline GmbH" split from it): each by its name.
        self.told_apart: dict[str, int] = dict(
            conn.execute(
                """SELECT name, id FROM companies WHERE normalized IN
                   (SELECT normalized FROM companies GROUP BY normalized HAVING count(*) > 1) ORDER BY id DESC"""
            )
        )
        # Keys of several words by their letters without spaces: "huggingface" finds "hugging face".
        self.spaced: dict[str, int] = {}
        for key, company_id in self.cache.items():
            self._remember_spacing(key, company_id)
        for company_id, investor_id, kind in conn.execute("SELECT company_id, id, kind FROM investors"):
            self.investors[company_id] = [investor_id, kind]

    def _names_on_demand(self) -> None:
        """The maps `__init__` fills from every name of the database, each key read when first asked
        (`store.lazy_names`): the same answers, for a file far smaller than the database."""
        names = DatabaseNames(self.db.conn, self.first_new_company, self.first_new_alias)
        self.alias_keys = names.alias_keys
        self.cache = KeysOnDemand(names.company_of_key)
        self.told_apart = KeysOnDemand(lambda name: names.told_apart(name, self.keys[name]))
        self.spaced = KeysOnDemand(names.spaced)
        self.investors = KeysOnDemand(names.investor)

    def bare_short_name(self, name: str, key: str, company_id: int, info: CompanyInfo | None = None) -> int:
        """`CompanyResolver.bare_short_name`, asked only of keys an alias brought: a key no company goes
        by but as its own name found that company by its name, which is no short form of itself. (A
        deal file finds its investors by key on most rows: reading each one's name was ~10 % of it.)"""
        if self.lazily:
            self.cache.get(key)  # the key read: whether an alias brought it is known once read
        if key not in self.alias_keys:
            return company_id
        return super().bare_short_name(name, key, company_id, info)

    def lookup(self, name: str, key: str) -> int | None:
        return self.cache.get(key)

    def joined_unlike(self, company_id: int, name: str, info: CompanyInfo) -> bool:
        """As `CompanyResolver.joined_unlike`, of a company this file did not make: one it made, queued
        or already flushed, is its own first row's company (and costs no `details_of` query)."""
        if company_id >= self.first_new_company:
            return False
        return super().joined_unlike(company_id, name, info)

    def details_of(self, company_id: int) -> dict:
        """As `CompanyResolver.details_of`, for a company still queued too."""
        if self.created_at == self.pending.flushes and company_id in self.created:
            row = self.created[company_id]
            return {"country": row[4], "city": row[5], "sector": row[6], "description": row[7]}
        return super().details_of(company_id)

    def rename(self, company_id: int, name: str) -> None:
        """As `CompanyResolver.rename`, in the queued row when the company is still queued."""
        key = self.keys[name]
        if self.created_at == self.pending.flushes and company_id in self.created:
            row = self.created[company_id]
            row[1], row[2] = name, key
        else:
            self.db.conn.execute(
                "UPDATE companies SET name = ?, normalized = ? WHERE id = ?", [name, key, company_id]
            )
        self.add_alias(company_id, name)
        self.cache[key] = company_id

    def drop_alias(self, company_id: int, key: str) -> None:
        """As `CompanyResolver.drop_alias`, queued aliases too."""
        queued = self.pending.rows.get(("aliases", ALIAS_COLUMNS))
        if queued:
            own_name = self.name_of(company_id)[0]
            queued[:] = [
                row for row in queued if not (row[0] == company_id and row[2] == key and row[1] != own_name)
            ]
        super().drop_alias(company_id, key)

    def _known(self, name: str, key: str) -> int | None:
        """The company `name` (normalised `key`) is known as: by the name itself when two companies
        share its key (`told_apart`), else by its key; None when no company goes by it."""
        company_id = self.told_apart.get(name.strip()) if self.told_apart else None
        return company_id if company_id is not None else self.cache.get(key)

    def find(self, name: str) -> int | None:
        key = self.keys[name]
        company_id = self._known(name, key)
        return company_id if company_id is not None else self._spelt_alike(name, key)

    def get(self, name: str, info: CompanyInfo | None = None, *, investor: bool = False) -> int:
        """As `CompanyResolver.get`, with the name normalised once. `investor`: the name is an investor
        cell's, which the knowledge file's spellings may join or rename (`_by_knowledge`)."""
        key = self.keys[name]
        return self._get_known(name, key, self._known(name, key), info, investor=investor)

    def _get_known(
        self, name: str, key: str, company_id: int | None, info: CompanyInfo | None, *, investor: bool = False
    ) -> int:
        """`get` of `name` once looked up: `company_id` is the company `_known` found, if any."""
        known = None
        if company_id is None and investor and self.joins_known_spellings:  # one dict hit, unknown names only
            known = known_name(
                self.known_spellings, self.known_folded, name
            )  # "A16Z" too: a dict hit more on a miss
            if known is not None and known.short_form and not self._starts_no_other(key, known):
                known = None  # another company here starts with the word too: it names neither for sure
            company_id = self._by_knowledge(name, key, known) if known is not None else None
        if company_id is not None and self.split_to and company_id in self.split_to:
            return self.split_off(company_id, info)
        if company_id is not None:
            company_id = self.bare_short_name(name, key, company_id, info)
            if name not in self.spellings:  # found by its key: this spelling may be new
                self.add_spelling(company_id, name)
                if investor and known is None:
                    self._say_read_as_known(name, key, company_id)
        else:
            company_id = self._spelt_alike(name, key)
        if company_id is None and info is not None and info.aliases:
            company_id = self.called_short(name, info)
        if company_id is None:
            company_id = self._create_named(name, key, info, known)
        elif info is not None and not self.joined_unlike(company_id, name, info):
            self._complete(company_id, info)
        if self.apart:  # said once made (`called_short`)
            self.kept_apart(company_id, name)
        if info is not None:
            for alias in info.aliases:
                self.add_alias(company_id, alias)
        return company_id

    def _say_read_as_known(self, name: str, key: str, company_id: int) -> None:
        """Say an investor cell found by its key is the known company another spelling names ("LSVP", an
        alias since "Lightspeed Venture Partners" made the fund with every spelling), as when the cell
        comes first: which row comes first changes no line of the report. Asked once per spelling."""
        if not self.joins_known_spellings or name in self.read_as:
            return
        known = known_name(self.known_spellings, self.known_folded, name)
        if known is not None and known.key != key and self.name_of(company_id)[1] == known.key:
            self._say_read_as(name, known.name, known)

    def _by_knowledge(self, name: str, key: str, known: KnownName) -> int | None:
        """The company here that another spelling the knowledge file gives the same company goes by
        ("Andreessen Horowitz" for a row's "a16z", `store.known_names`), remembered under `key`; None
        when none of the others is known here. Only an investor cell's name no company here goes by is
        looked up, by its exact spelling: one dict hit."""
        company_id = self._company_known_as(known, key)
        if company_id is not None:
            self._remember(key, company_id)
            self._say_read_as(name, self.name_of(company_id)[0], known)
        return company_id

    def _say_read_as(self, cell: str, company_name: str, known: KnownName) -> None:
        """Remember the investor cell read as the company `known` names (now called `company_name`), with
        the knowledge file's own spelling of it the cell writes, in the file's case."""
        self.read_as[cell] = (company_name, known.short_form, spelling_written(known, cell))

    def _company_known_as(self, known: KnownName, key: str = "") -> int | None:
        """The company here a spelling of `known` other than `key` goes by, if any."""
        for other in known.keys:
            if other != key and (company_id := self.cache.get(other)) is not None:
                return company_id
        return None

    def _starts_no_other(self, word: str, known: KnownName) -> bool:
        """Whether no company here, but the one `known` names, has a name or alias whose key starts with
        the word keyed `word` ("Andreessen Capital" beside Andreessen Horowitz: "Andreessen" is either).
        Asked once per word an import meets (the word is then remembered), of the database and of the
        companies and aliases still queued."""
        prefix, after = f"{word} ", f"{word}!"  # keys starting with "word ": "!" follows " " in the order
        found = {
            company_id
            for (company_id,) in self.db.conn.execute(
                """SELECT company_id FROM aliases WHERE normalized >= ? AND normalized < ?
                   UNION SELECT id FROM companies WHERE normalized >= ? AND normalized < ?""",
                [prefix, after, prefix, after],
            )
        }
        for queued in (("companies", COMPANY_COLUMNS), ("aliases", ALIAS_COLUMNS)):  # the company's id first
            column = queued[1].index("normalized")
            found.update(row[0] for row in self.pending.rows.get(queued, ()) if prefix <= row[column] < after)
        return found <= {self._company_known_as(known)}

    def _create_named(self, name: str, key: str, info: CompanyInfo | None, known: KnownName | None) -> int:
        """A new company for `name`: under the knowledge file's name when `name` is an investor cell's
        spelling of a company it knows (`known`), as an article's reader names it: "Sequoia" makes Sequoia
        Capital, "Accel Partners" makes Accel, "KLEINER PERKINS" Kleiner Perkins, the cell's spelling its
        alias. It gets every spelling the file gives it, so which row comes first changes nothing."""
        if known is None:
            return self._create_keyed(name, key, info)
        company_id = self._create_keyed(known.name, known.key, info)
        self.add_alias(company_id, name)
        # Every spelling the file gives it, as an article's reader keeps them, whichever spelling came first:
        # made from "Andreessen" or "Andreessen Horowitz", the fund is still found as "a16z".
        for spelling in known.spellings:
            if spelling != name and keeps_its_words(spelling, self.keys[spelling]):
                self.add_alias(company_id, spelling)
        if name.casefold() != known.name.casefold():  # the name in another case is no other name to say
            self._say_read_as(name, known.name, known)
        return company_id

    def own_company(self, name: str, info: CompanyInfo) -> int:
        """The company an export's company row stands for: one company of the database the export came
        from, never joined to another company this export brought that has its name as an alias
        ("Corvane", and Corvane Semiconductor's alias "Corvane"), so the records naming it join it as
        they did there. Its aliases are all kept, one that is another company's name here too (as it
        was there), without taking that name from its company."""
        key = self.keys[name]
        found = self._known(name, key)
        if found is not None and found >= self.first_new_company and self.name_of(found)[1] != key:
            found = self.cache[key] = self.make_bare(name, key)
        elif found is None and (self._spaced_match(key) or -1) >= self.first_new_company:
            # "SentinelGrid" beside this export's "Sentinel Grid": two companies there, not one spelling
            found = self.cache[key] = self._create_keyed(name, key, None)
        # Only an alias naming another company this export brought is set aside; the others go through
        # `get` as any row's do (a short name of a company already here is told apart there, with its
        # note: "Solvane and Solvane Labs stay two companies").
        clashing = [alias for alias in info.aliases if self._names_another_exported(alias, key)]
        kept = _with_aliases(info, [alias for alias in info.aliases if alias not in clashing])
        company_id = self._get_known(name, key, found, kept)
        for alias in clashing:
            # Written, not remembered: that name still finds its own company.
            self.pending.add("aliases", ALIAS_COLUMNS, (company_id, alias, self.keys[alias], self.source_id))
        return company_id

    def _names_another_exported(self, alias: str, key: str) -> bool:
        """Whether `alias` is the name of a company this export brought other than the one keyed `key`."""
        alias_key = self.keys[alias]
        other = self.cache.get(alias_key) if alias_key else None
        return other is not None and other >= self.first_new_company and self.name_of(other)[1] != key

    def _remember(self, key: str, company_id: int) -> None:
        """A key now known for the company: found by itself, and by its letters without spaces."""
        self.cache.setdefault(key, company_id)
        self._remember_spacing(key, company_id)

    def _remember_spacing(self, key: str, company_id: int) -> None:
        joined = squeezed(key) if " " in key else None
        if joined is not None:
            self.spaced.setdefault(joined, company_id)

    def _spelt_alike(self, name: str, key: str) -> int | None:
        """A known company whose key differs from `key` only by spaces ("HuggingFace"), given this
        spelling as an alias; None when there is none (as `similar_company` for articles)."""
        company_id = self._spaced_match(key)
        if company_id is not None:
            self.add_alias(company_id, name)
        return company_id

    def _spaced_match(self, key: str) -> int | None:
        """The known company whose key differs from `key` only by spaces, if any."""
        joined = squeezed(key)
        if joined is None:
            return None
        company_id = self.cache.get(joined) if " " in key else None
        return company_id if company_id is not None else self.spaced.get(joined)

    def _create(self, name: str, info: CompanyInfo | None) -> int:
        return self._create_keyed(name, self.keys[name], info)

    def make_bare(self, name: str, key: str) -> int:
        return self._create_keyed(name, key, None)  # the caller remembers it under `key`

    def _create_keyed(self, name: str, key: str, info: CompanyInfo | None) -> int:
        company_id = self.pending.new_id("companies")
        if info is None:
            row = [company_id, name, key, "organisation", None, None, None, None]
        else:
            row = [company_id, name, key, info.entity, info.country, info.city, info.sector, info.description]
        self.pending.companies(row)
        self.pending.count += 1
        if self.created_at != self.pending.flushes:
            self.created, self.created_at = {}, self.pending.flushes
        self.created[company_id] = row
        if key:  # as find()'s lookup by companies.normalized, and add_alias(company_id, name)
            self._remember(key, company_id)
            self.pending.aliases((company_id, name, key, self.source_id))
            self.pending.count += 1
        return company_id

    def _complete(self, company_id: int, info: CompanyInfo) -> None:
        """Fill fields not known yet: in the queued row when there is one, else in the table."""
        values = (info.country, info.city, info.sector, info.description)
        if not any(values):
            return
        if self.created_at == self.pending.flushes and company_id in self.created:
            row = self.created[company_id]
            for slot, value in zip(_FIELD_SLOTS, values, strict=True):
                row[slot] = row[slot] or value
            return
        fields = ", ".join(_COMPANY_FIELDS)
        current = self.db.conn.execute(
            f"SELECT {fields} FROM companies WHERE id = ?", [company_id]
        ).fetchone()
        updates = {
            field: value
            for field, value, known in zip(_COMPANY_FIELDS, values, current, strict=True)
            if value and not known
        }
        if updates:
            # One plain UPDATE: a corrected file gives again every detail its earlier version gave
            # (`clear_details_only_file_gave`), and sqlite-utils' update costs ~0.2 ms more a row.
            sets = ", ".join(f"{field} = ?" for field in updates)
            self.db.conn.execute(f"UPDATE companies SET {sets} WHERE id = ?", [*updates.values(), company_id])
            if company_id < self.first_new_company:  # a new company's details are the company's
                for field in updates:
                    self.details_filled[field] = self.details_filled.get(field, 0) + 1

    def add_alias(self, company_id: int, alias: str) -> None:
        key = self.keys[alias]
        if not key:
            return
        if self.names_another(company_id, alias, key, self.cache.get(key)):  # one name, one company
            return
        self._spelt(alias)
        self.pending.aliases((company_id, alias, key, self.source_id))
        self.pending.count += 1
        self.note_spelling(company_id, alias)
        self._remember(key, company_id)
        self.alias_keys.add(key)  # maybe its own name's key too: then the full check says so

    def name_of(self, company_id: int) -> tuple[str, str]:
        """As `CompanyResolver.name_of`, for a company still queued too."""
        if self.created_at == self.pending.flushes and company_id in self.created:
            row = self.created[company_id]
            return row[1], row[2]
        return super().name_of(company_id)

    def add_spelling(self, company_id: int, name: str) -> None:
        """`name`, which found the company by its key, queued as its alias once per import: the
        table's UNIQUE (company_id, alias) ignores it when it is already an alias, the company's own
        name included (every company has its name as an alias). Names repeated on many rows cost a
        set lookup; a company's name is not remembered when it is created, only once named again
        (most names of a big file are named once: remembering them all would cost ~10 MB per 100k)."""
        self._spelt(name)
        self.pending.aliases((company_id, name, self.keys[name], self.source_id))
        self.pending.count += 1
        self.note_spelling(company_id, name)

    def note_spelling(self, company_id: int, spelling: str) -> None:
        """As `CompanyResolver.note_spelling`, queued."""
        self.pending.spellings((company_id, spelling, self.source_id))
        self.pending.count += 1

    def _spelt(self, name: str) -> None:
        """A spelling now written (or queued) as a name or alias; forgotten when too many are
        remembered, so memory stays flat (one forgotten is queued again, and ignored)."""
        if len(self.spellings) >= KEPT_SPELLINGS:
            self.spellings.clear()
        self.spellings.add(name)

    def investor(self, name: str, kind: str | None = None) -> int:
        return self.investor_of(self.get(name, investor=True), kind)

    def investor_of(self, company_id: int, kind: str | None = None) -> int:
        """The investors row of a resolved company, queued when missing."""
        known = self.investors.get(company_id)
        if known is not None:
            if kind and kind != "unknown" and known[1] == "unknown":  # "unknown" tells nothing new
                known[1] = kind
                self.kind_updates[known[0]] = kind
            return known[0]
        investor_id = self.pending.new_id("investors")
        self.pending.investors((investor_id, company_id, kind or "unknown"))
        self.pending.count += 1
        self.investors[company_id] = [investor_id, kind or "unknown"]
        return investor_id

    def finish(self) -> None:
        """Write what was decided after rows were queued: investor kinds learnt later, and the names
        companies show by what their sources write (`settle_display_names`)."""
        self.write_queued()
        self._note_new_spellings()
        settle_display_names(self.db, self.source_id)
        settle_companies_spelt_before(self.db)  # a corrected file's: names only its earlier version wrote so

    def _note_new_spellings(self) -> None:
        """The evidence (`note_spelling`) of the aliases this import added, the names of the companies
        it made among them: in one statement, not a queued row each (a deal file makes a million)."""
        self.db.conn.execute(
            """INSERT OR IGNORE INTO spelling_sources (company_id, spelling, source_id)
               SELECT company_id, alias, source_id FROM aliases WHERE id >= ? AND source_id = ?""",
            [self.first_new_alias, self.source_id],
        )

    def write_queued(self) -> None:
        """Write the queued rows and the investor kinds learnt later (once: a second call writes none)."""
        self.pending.flush()
        for known in (True, False):  # the kinds of investors held before are counted (`details_filled`)
            changed = self.db.conn.executemany(
                # Only a kind that changes: `details_filled` counts the rows changed.
                "UPDATE investors SET kind = ? WHERE id = ? AND kind IS NOT ?",
                [(k, i, k) for i, k in self.kind_updates.items() if (i < self.first_new_investor) == known],
            ).rowcount
            if known and changed > 0:
                self.details_filled["investor kind"] = self.details_filled.get("investor kind", 0) + changed
        self.kind_updates = {}  # written: a second `finish` writes (and counts) them no more


def valuation_figures(fact: Fact) -> tuple:
    """What two rows' valuations of one round (or of one company, citing one source) must state alike
    to be one valuation: figure, currency, bound, basis, date and whether its raise is made yet (`unmade`:
    a stake in talks at a valuation is not one made at it). The dry run counts by it too."""
    return fact.amount, fact.amount_max, fact.currency, fact.bound, fact.basis, fact.date, unmade(fact)


def _investor_cells(facts: list[Fact]) -> set[str]:
    """The names a row gives as investors only: the knowledge file's spellings may join or rename them
    ("a16z" is Andreessen Horowitz), never the company a row is about ("Lightspeed", a startup's Series A)."""
    if len(facts) == 1:  # most rows: one fact, its names less its company, without two comprehensions
        fact = facts[0]
        names = {fact.investor, *fact.investors, *fact.lead_investors}
        names.difference_update((None, "", fact.company))
        return names
    companies = {fact.company for fact in facts}
    return {
        name
        for fact in facts
        for name in (fact.investor, *fact.investors, *fact.lead_investors)
        if name and name not in companies
    }


class BulkFactWriter(FactWriter):
    """`FactWriter` whose records wait in `PendingRows`; call `write_row` per row, then `finish`."""

    joins_across_money = False  # a deal file's rows: a stake in another currency stays apart

    def __init__(self, db: Database, source_id: int, key: str, *, lazily: bool = False) -> None:
        self.db = db
        self.source_id = source_id
        self.source_key = key
        self.pending = PendingRows(db.conn)
        self.resolver = BulkResolver(db, source_id, self.pending, lazily=lazily)
        self.key_of = self.resolver.keys.__getitem__  # a name's key, asked of every fact (`identity`)
        self.infos: dict[str, CompanyInfo] = {}
        self.rounds: dict[tuple[int, str | None], list[ToldRound]] = {}
        # Rows of one round (same company, date, round type and amount), one investor each, are one round.
        self.round_rows: dict[tuple, int] = {}
        # The investors (normalized names) each round lists: a conditional stake joins only a round naming it.
        self.round_names: dict[int, set[str]] = {}
        self.rounds_in_talks: set[int] = set()  # a stake put in is in no round still in talks that day
        self.round_cited: dict[int, tuple] = {}  # the source each round's row cites, if any
        self.join_rounds = True  # False for an export, whose every row is a record of its own
        self.joined_rounds = 0  # round facts joined into a round an earlier row wrote: no fact of their own
        # The round the row being written tells, and whether an earlier row wrote it: that row's
        # valuation of the round, stated again, is the same valuation (`_write_valuation`).
        self.row_round: tuple[int, bool] | None = None
        self.round_valuations: dict[tuple, int] = {}  # (round, the valuation's figures) -> its metric
        self.joined_valuations = 0  # valuations joined into one an earlier row of the round wrote
        # Ids already resolved for the row being written: its facts name the same companies again
        # and again, and resolving one twice within a row changes nothing.
        self.row_companies: dict[str, int] = {}
        self.row_investors: dict[str, int] = {}
        self.cited: tuple | None = None  # the source the row being written names, if any
        # Once a row has cited a source, every later row's evidence is queued with the cited columns
        # (empty when it names none): one batch, so evidence keeps the file's order.
        self.citing = False
        self.reviewed: list[tuple[str, str, int]] = []  # (record type, review status, id) to set
        self.edits: list[tuple[RecordRef, dict]] = []  # an export's edited records, what their edit changed
        self.in_effect: dict[int, tuple] = {}  # review decisions applied to the version this one replaces
        self.unjoined_stakes: list[int] = []  # other sources' stakes the replaced version's rounds held
        # An export's records the database already holds are not written again (see store/known.py).
        self.known: KnownRecords | None = None
        self.already_there = 0
        # (the record already there, the export's review status) to carry over onto it once written
        self.decisions_found: list[tuple[RecordRef, str]] = []
        self.company_details: dict[
            str, int
        ] = {}  # what an export of records all here told (`_wrote_company_details`)

    def write_row(
        self,
        facts: list[Fact],
        companies: list[CompanyInfo],
        cited: tuple | None = None,
        *,
        company_row: bool = False,
    ) -> None:
        """One row's facts, with what it says about its companies (as a source's companies list) and
        the source it cites: (URL, title, publisher, date), or None to cite the file. `company_row`: an
        export's company row, a company of its own (`BulkResolver.own_company`)."""
        self.cited = cited
        self.row_round = None
        keys = self.resolver.keys
        resolver = self.resolver
        row_companies = self.row_companies
        row_companies.clear()
        self.row_investors.clear()
        key_of = keys.__getitem__
        # A row of one fact but a round (most rows: one stake) has no round's investors to fold.
        if len(facts) != 1 or facts[0].kind == "round":
            facts, companies = fold_short_investors(facts, companies, key_of)
        # In C (a comprehension is a call of its own each row): {keys[info.name]: info for info in companies}
        infos = dict(zip(map(key_of, map(_NAME, companies)), companies, strict=True))
        if "" in infos:  # a name with no letter or digit is nobody's
            facts = [as_model(fact) for fact in facts]  # records cannot be copied with changes
            facts = [named for fact in facts if (named := without_nameless(fact, keys.__getitem__))]
            names = {
                n for f in facts for n in (f.company, f.investor, f.partner, *f.investors, *f.lead_investors)
            }
            companies = [info for info in companies if keys[info.name] and info.name in names]
            infos = {keys[info.name]: info for info in companies}
        self.infos = infos
        investor_cells = _investor_cells(facts) if resolver.joins_known_spellings else ()
        for info in companies:
            name = info.name
            company_id = row_companies.get(name)
            if company_row:
                company_id = row_companies[name] = resolver.own_company(name, info)
                self.pending.add("source_companies", LISTED_COLUMNS, (self.source_id, company_id))
            elif company_id is None:
                company_id = row_companies[name] = resolver.get(
                    name, infos.get(keys[name]), investor=name in investor_cells
                )
            if info.investor_kind:  # resolver.investor(name, kind), the company already resolved
                resolver.investor_of(company_id, info.investor_kind)
        if len(facts) == 1 or all(fact.kind != "round" for fact in facts):
            for fact in facts:
                self.write(fact)
        else:
            self.write_all(facts)
        if self.pending.count >= BATCH_ROWS:
            self.pending.flush()

    def finish(self) -> None:
        self.resolver.finish()
        for record_type, status, record_id in self.reviewed:  # rare: one update each is enough
            self.db.conn.execute(
                f"UPDATE {RECORD_TABLES[record_type]} SET review_status = ? WHERE id = ?", [status, record_id]
            )
        if self.edits:  # rare: which values each edit changed, remembered as this database's edits are
            self.pending.flush()  # their evidence, which the remembered edit is keyed by
            for ref, edited_from in self.edits:
                remember_imported_edit(self.db, ref, edited_from)
        if self.known is not None:
            self.known.close()

    def company(self, name: str, *, investor: bool = False) -> int:
        company_id = self.row_companies.get(name)
        if company_id is None:
            company_id = self.resolver.get(name, self.infos.get(self.resolver.keys[name]), investor=investor)
            self.row_companies[name] = company_id
        return company_id

    def investor(self, name: str) -> int:
        investor_id = self.row_investors.get(name)
        if investor_id is None:
            company_id = self.company(name, investor=True)  # what resolver.investor(name) would look up again
            info = self.infos.get(self.resolver.keys[name])
            investor_id = self.resolver.investor_of(company_id, info.investor_kind if info else None)
            self.row_investors[name] = investor_id
        return investor_id

    def write(self, fact: Fact) -> None:
        """The fact's record and its evidence; earlier review decisions are applied in `finish`."""
        if fact.investor is None and fact.kind == "investment":  # rare: a joint one is a round
            fact = as_joint_round(fact)
        kind = fact.kind
        fact_identity = identity(fact, self.key_of)
        if self.known is not None:
            found = self.known.find(self.cited, fact)
            if found is not None:
                self.already_there += 1
                if fact.review_status in ("confirmed", "rejected"):
                    ref = RecordRef(record_type=found[0], record_id=found[1])
                    self.decisions_found.append((ref, fact.review_status))
                return
        if kind == "investment" and not fact.tranches:
            record_type, record_id = self._write_stake(fact)
        else:
            record_type, record_id = getattr(self, f"_write_{kind}")(fact)
        if fact.review_status not in (None, "extracted"):  # an export's reviewed record stays so
            self.reviewed.append((record_type, fact.review_status, record_id))
            if fact.review_status == "edited" and fact.edited_from:
                self.edits.append((RecordRef(record_type=record_type, record_id=record_id), fact.edited_from))
        evidence = (
            self.source_id, record_type, record_id, kind, fact.sentence, fact.start, fact.end, fingerprint(fact),
            fact_identity, fact.line,
        )  # fmt: skip
        cited = self.cited
        if cited is None and not self.citing:
            self.pending.evidence(evidence)
            self.pending.count += 1
        else:
            self.citing = True
            corrects = int(fact.cited_corrects)
            self.pending.cited_evidence((*evidence, *(cited or _NOT_CITED), corrects))
            self.pending.count += 1
        if fact.more_evidence:
            self._write_more_evidence(fact, evidence)

    def _write_more_evidence(self, fact: Fact, evidence: tuple) -> None:
        """An export's record stated by more than one sentence or row (a round read from several rows
        of a deal file, one investor each): each is evidence of its own, cited to its own source."""
        self.citing = True  # evidence is queued in one batch from here on (see `__init__`)
        head = evidence[:4]  # source, record type, record id, fact kind
        for more in fact.more_evidence:
            cited = (more.source_url, more.source_title, more.publisher, more.source_date)
            start, end = (0, len(more.sentence)) if more.start is None else (more.start, more.end)
            row = (*head, more.sentence, start, end, *evidence[7:])  # the row's line too: read from it
            self.pending.add("evidence", CITED_EVIDENCE_COLUMNS, (*row, *cited, int(more.corrects)))

    def _write_stake(self, fact: Fact) -> tuple[str, int]:
        """`FactWriter._write_investment` for a stake without tranches, as one tuple."""
        company_id = self.company(fact.company)
        investor_id = self.investor(fact.investor or UNKNOWN_INVESTOR)
        stake_id = self.pending.new_id("stakes")
        date = fact.date
        round_id = self.day_round(company_id, fact)
        values = (
            stake_id, fact.amount, fact.amount_max, fact.currency, fact.bound, date, fact.date_precision,
            company_id, investor_id, round_id, fact.percentage, share_bound(fact), fact.tranche,
            fact.condition, fact.status, self.source_id, fact.round_type,
        )  # fmt: skip
        self.pending.stakes(values)
        self.pending.count += 1
        if round_id is not None and fact.round_type:  # in its round by type: one of its investors
            self.pending.round_investors((round_id, investor_id, 0, 1))  # joined: listed for the stake (m024)
            self.pending.count += 1
        return "stake", stake_id

    def _insert(self, table: str, row: dict) -> int:
        row_id = self.pending.new_id(table)
        self.pending.add_dict(table, {"id": row_id, **row, "source_id": self.source_id})
        return row_id

    def _write_round(self, fact: Fact) -> tuple[str, int]:
        """As FactWriter's, with the round's investors queued too (the round is not written yet).

        A round already written from an earlier row of the file (same company, date, round type and
        amount) gets this row's investors instead of a second round: a deal file lists a round's
        investors one row each."""
        company_id = self.company(fact.company)
        same = (company_id, fact.date, fact.round_type, fact.amount, fact.currency, fact.bound)
        joined = fact.date is not None and self.join_rounds
        round_id = self.round_rows.get(same) if joined else None
        self.row_round = (round_id, True) if round_id is not None else None
        if round_id is not None:
            self.joined_rounds += 1
        else:
            round_id = self._insert("rounds", self._round_row(fact, company_id))
            if joined:
                self.round_rows[same] = round_id
                self.row_round = (round_id, False)
            for row in tranche_rows(fact):  # an export's round with its instalments
                self.pending.add_dict(
                    "round_tranches",
                    {"id": self.pending.new_id("round_tranches"), "round_id": round_id} | row,
                )
        self._told_round(company_id, fact, round_id)
        names = self.round_names.setdefault(round_id, set())
        names.update(normalized(name) for name in (*fact.lead_investors, *fact.investors))
        if self.cited is not None:
            self.round_cited.setdefault(round_id, self.cited)
        keys = self.resolver.keys
        leads = {keys[name] for name in fact.lead_investors}
        for name in dict.fromkeys([*fact.lead_investors, *fact.investors]):
            link = (round_id, self.investor(name), int(keys[name] in leads), 0)  # named: not joined
            self.pending.add("round_investors", ROUND_INVESTOR_COLUMNS, link)
        return "round", round_id

    def day_round(self, company_id: int, fact: Fact) -> int | None:
        """As FactWriter's, first among the day's rounds citing the stake's own source, when its row
        cites one: an export is one document holding every article's rounds of the day (Parallax
        Labs' Series C of one article, an unnamed round of another), and a stake of one article is
        in that article's round, as it was in the database the export came from."""
        day = self.rounds.get((company_id, fact.date))
        if not day:  # nearly every stake of a deal file: no round told that day, none to be in
            return None  # (what `round_among` finds in no rounds, without its rules' calls)
        cited = self.cited
        if not cited or not any(cited):  # nearly every row of a deal file: nothing to look at first
            return self.round_among(day, fact)
        own = [told for told in day if self.round_cited.get(told.round_id) == cited]
        if own and len(own) < len(day):
            found = self.round_among(own, fact)
            if found is not None:
                return found
        return self.round_among(day, fact)

    def round_tells_stake(self, round_id: int, fact: Fact) -> bool:
        """As FactWriter's, or the round's row and the stake's cite one source (an export's rows of one
        article, which had put the stake in its round: an export lists no investor a stake joined)."""
        cited = self.round_cited.get(round_id)
        return super().round_tells_stake(round_id, fact) or (
            bool(cited) and any(cited) and cited == self.cited
        )

    def _write_valuation(self, fact: Fact) -> tuple[str, int]:
        """As FactWriter's, but a round's rows (one investor each) stating one valuation of it (same
        figure, currency, basis and date) give one valuation, as they give one round: each row is
        evidence of it."""
        if self.row_round is None:
            return self._write_company_valuation(fact)
        round_id, joined = self.row_round
        stated = (round_id, *valuation_figures(fact))
        metric_id = self.round_valuations.get(stated) if joined else None
        if metric_id is not None:
            self.joined_valuations += 1
            return "metric", metric_id
        record_type, metric_id = super()._write_valuation(fact)
        self.round_valuations.setdefault(stated, metric_id)
        return record_type, metric_id

    def _write_company_valuation(self, fact: Fact) -> tuple[str, int]:
        """A valuation no round of the row tells: rows of the file (one investor each, as investment
        rows) repeating one valuation of one company (same figure, currency, basis, date and cited
        source) give one valuation, each row evidence of it. An export's rows are records of their own."""
        if not self.join_rounds or fact.date is None:
            return super()._write_valuation(fact)
        stated = (
            "company",
            self.company(fact.company),
            *valuation_figures(fact),
            fact.date_precision,
            self.cited,
        )
        metric_id = self.round_valuations.get(stated)
        if metric_id is not None:
            self.joined_valuations += 1
            return "metric", metric_id
        record_type, metric_id = super()._write_valuation(fact)
        self.round_valuations[stated] = metric_id
        return record_type, metric_id

    def _write_investment(self, fact: Fact) -> tuple[str, int]:
        """As FactWriter's, with tranches queued after their stake."""
        if not fact.tranches:
            return self._write_stake(fact)
        record_type, stake_id = self._write_stake(fact.model_copy(update={"tranches": []}))
        for row in tranche_rows(fact):
            self.pending.add_dict(
                "stake_tranches", {"id": self.pending.new_id("stake_tranches"), "stake_id": stake_id} | row
            )
        return record_type, stake_id


@dataclass
class DealFile:
    """The file rows come from: it becomes the `sources` row their evidence points at."""

    path: Path
    header: str
    content_hash: str
    rows_hint: int = 0  # about how many rows the file holds (0: unknown), to choose how to write them
    # An earlier deal file this one is a new version of (moved, then corrected or extended): its
    # records are replaced rather than kept beside this file's copies of them (see `EarlierVersion`).
    replaces: EarlierVersion | None = None
    # Rows of one round (one investor each) are joined into one round; not an export's rows, each of
    # which is a record of its own (two sources' rounds of one raise stay two records).
    joins_rounds: bool = True
    # An ai-deals export: its records the database already holds (same source, same fact) are not
    # written again (store/known.py).
    skips_known: bool = False

    def as_source(self) -> ParsedSource:
        """The file as a source: titled by its name, identified by its absolute path."""
        return ParsedSource(
            title=self.path.name, url=self.path.resolve().as_uri(), path=str(self.path), text=self.header
        )


# A deal file is a new version of an earlier one when the earlier one is no longer where it was imported
# from, had the same file name and columns, and at least this share of its rows (sampled) are in the new
# file: a copy moved and then corrected, or an export moved away and downloaded again with more rows.
# Two unrelated files that share a name share hardly any row.
SUPERSEDING_SHARE = 0.5
SAMPLED_ROWS = 500


@dataclass(frozen=True)
class EarlierVersion:
    """An imported deal file that a new file may be the next version of, with some of its rows."""

    source_id: int
    url: str
    sample: frozenset[str]  # raw texts of up to SAMPLED_ROWS of its rows, spread over the file

    @property
    def path(self) -> str:
        """Where the earlier file was imported from."""
        return _file_path(self.url)

    def share_found(self, found: set[str]) -> float:
        """The share of the sampled rows among `found` (the sampled texts the new file holds)."""
        return len(self.sample & found) / len(self.sample) if self.sample else 0.0


def _file_path(url: str) -> str:
    """The path a deal file's `file:` URL names."""
    return url2pathname(urlparse(url).path) if url.startswith("file:") else url


def earlier_versions(db: Database, deal_file: DealFile) -> list[EarlierVersion]:
    """Deal files imported from elsewhere, no longer there, under this file's name and columns, with
    different content."""
    source = deal_file.as_source()
    rows = db.execute(
        """SELECT id, url FROM sources WHERE kind = 'dataset' AND title = ? AND text = ?
           AND url IS NOT ? AND content_hash IS NOT ?""",
        [source.title, source.text, source.url, deal_file.content_hash],
    ).fetchall()
    # Only a file that has left its place was moved: two files that both still exist (two years' exports
    # side by side, two folders imported together) are two data sets, however alike.
    return [
        EarlierVersion(source_id, url, _sampled_rows(db, source_id))
        for source_id, url in rows
        if url and not Path(_file_path(url)).exists()
    ]


def _sampled_rows(db: Database, source_id: int) -> frozenset[str]:
    """Up to SAMPLED_ROWS row texts of a deal file's evidence, spread evenly over its rows."""
    count = db.execute("SELECT count(*) FROM evidence WHERE source_id = ?", [source_id]).fetchone()[0]
    step = max(count // SAMPLED_ROWS, 1)
    rows = db.execute(
        "SELECT DISTINCT sentence FROM evidence WHERE source_id = ? AND id % ? = 0 LIMIT ?",
        [source_id, step, SAMPLED_ROWS],
    )
    return frozenset(sentence for (sentence,) in rows)


def superseded(candidates: list[EarlierVersion], row_texts: Iterable[str]) -> EarlierVersion | None:
    """The earlier file the new file's rows show it is a version of, if any; reads the texts once,
    keeping only the sampled ones, so memory stays flat whatever the file's size."""
    if not candidates:
        return None
    wanted = frozenset().union(*(candidate.sample for candidate in candidates))
    found = {text for text in row_texts if text in wanted}
    best = max(candidates, key=lambda candidate: candidate.share_found(found))
    return best if best.share_found(found) >= SUPERSEDING_SHARE else None


def file_hash(path: Path) -> str:
    """SHA-256 of the file's bytes: an unchanged file is not imported twice."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class BulkReport:
    """What a bulk import did: rows read and written, the rows refused, and what happened to the file."""

    path: str
    # added, replaced, unchanged, updated (an export with every record here: only company details
    # written, the file their source); or nothing written: refused (bad rows), empty (no rows)
    action: str = "added"
    source_id: int | None = None
    rows: int = 0
    rows_written: int = 0
    facts: int = 0
    errors: list[str] = field(default_factory=list)
    replaced_path: str | None = None  # an earlier version imported from elsewhere, now replaced
    decisions_dropped: int = 0  # review decisions on the replaced version no row of this one could keep
    decisions_gone: int = 0  # of those, the ones whose row this version no longer has at all
    companies_removed: int = 0  # companies only the replaced version named, removed with it
    already_there: int = 0  # an export's records the database already held, not written again
    decisions_carried: int = 0  # review decisions of those records put on the database's unreviewed ones
    citations_restored: int = 0  # evidence of an unchanged file given back the source its row cites
    lines_filled: int = 0  # evidence of an unchanged file imported before m041 given its row's line
    # What an "updated" export told about companies, by what it is ("alias", "description", "company",
    # "investor kind"…): how many of each were added
    company_details: dict[str, int] = field(default_factory=dict)
    # Aliases the rows gave that name another company here: not added (see `RefusedAlias`)
    aliases_refused: list[RefusedAlias] = field(default_factory=list)
    # Companies rows joined by name though they place them or give a trade otherwise (one line each)
    companies_joined_unlike: list[str] = field(default_factory=list)
    # Rows dated after the import's day or after the article they cite (announced closings: kept, said)
    dated_later: int = 0
    dated_later_first: list[str] = field(default_factory=list)  # the first few, as "file:line (date)"
    # Rows whose investors cell says none is named ("Undisclosed", "n/a"): read as no investor, said once
    investors_unstated: int = 0
    investors_unstated_as: list[str] = field(default_factory=list)  # the cells' first few spellings
    # Rows of an amount or valuation under a plausible floor (€18: a unit left out): kept, said
    tiny_amounts: int = 0
    tiny_amounts_first: list[str] = field(default_factory=list)  # the first few, as "file:line (€18)"
    # Investor cells read as a known company another spelling or their first word names ("LSVP" as
    # Lightspeed Venture Partners, `store.known_names`): {"cell", "read_as", "short_form"} each, said once
    investors_read_as: list[dict] = field(default_factory=list)
    # The first ids the import gave a round and a company: what it made (`told_before`, for a dry run)
    first_new_round: int = 0
    first_new_company: int = 0
    news: DealFileNews | None = None  # a dry run's: what the import brought (`Store.deal_file_news`)


def carry_found_decisions(db: Database, found: list[tuple[RecordRef, str]]) -> int:
    """An export's confirmed or rejected record already in the database takes that decision when
    nobody reviewed it here; a decision made here stays (it is this database's own word). An edit is
    not carried: the record here has the export's values already, or it is another fact. Returns
    how many records took a decision."""
    carried = 0
    for ref, status in found:
        table = RECORD_TABLES[ref.record_type]
        row = db.conn.execute(f"SELECT review_status FROM {table} WHERE id = ?", [ref.record_id]).fetchone()
        if row is not None and row[0] in (None, "extracted"):
            set_status(db, ref, status)  # remembered, so re-importing its article keeps it
            carried += 1
    return carried


# The migration that gave evidence the source a deal file's row cites: a file imported before has none.
CITING_MIGRATION = "m007_evidence_cited_source"
_CITED_NOTHING = "coalesce(cited_url, cited_title, cited_publisher, cited_date) IS NULL"
# The migration that gave evidence the line of the deal file its row starts on: a file imported before has none.
LINES_MIGRATION = "m041_evidence_row_lines"


def imported_before_citations(db: Database, source_id: int) -> bool:
    """Whether the source (a deal file) was imported before its evidence could keep the source each
    row cites: in an earlier second than `CITING_MIGRATION` was applied (a database created since
    applied it before any import), with evidence citing nothing; or in a database not yet migrated
    that far (opened read-only, by a dry run)."""
    return _imported_before(db, source_id, CITING_MIGRATION, _CITED_NOTHING)


def imported_before_lines(db: Database, source_id: int) -> bool:
    """Whether the source (a deal file) was imported before its evidence kept each row's line
    (`LINES_MIGRATION`), with evidence of no line: its re-import, unchanged, fills them (`restore_lines`)."""
    return _imported_before(db, source_id, LINES_MIGRATION, "line IS NULL")


def _imported_before(db: Database, source_id: int, migration: str, lacking: str) -> bool:
    """Whether the deal file `source_id` was imported before `migration` was applied (or the database is
    not migrated that far yet: opened read-only, by a dry run), some of its evidence `lacking` what
    the migration added. A file imported since, or whose lacks were filled (`imported_at` then moves
    on), is not read again for it."""
    row = db.execute(
        """SELECT s.imported_at, (SELECT applied_at FROM _sqlite_migrations
                                  WHERE migration_set = ? AND name = ?)
           FROM sources s WHERE s.id = ? AND s.kind = 'dataset'""",
        [MIGRATION_SET, migration, source_id],
    ).fetchone()
    if row is None:
        return False
    if row[1] is None:
        return True
    try:
        imported, applied = (datetime.fromisoformat(value).replace(microsecond=0) for value in row)
    except (TypeError, ValueError):
        return False
    if imported >= applied:
        return False
    return (
        db.execute(
            f"SELECT 1 FROM evidence WHERE source_id = ? AND {lacking} LIMIT 1", [source_id]
        ).fetchone()
        is not None
    )


def restore_evidence(
    db: Database, source_id: int, items: Iterable, is_error: Callable[[object], bool], *, citations: bool
) -> tuple[int, int]:
    """Give the evidence of an unchanged deal file imported before it could keep them, from one read of
    its rows, in one transaction: the line of the file each row starts on (`Fact.line`, evidence of no
    line: `imported_before_lines`) and, with `citations`, the source each row names (`cited`, evidence
    citing nothing: `imported_before_citations`). Evidence is matched by its sentence, the row's text
    (an export's row: the sentence it carries); of two rows of one text, both take the first's line
    (they say the same). No record is written, and the file's `imported_at` becomes now (its evidence
    is as today's import writes it: the file is not read again for this by the next import of it).
    Returns how many evidence rows were given their source and their line (0, 0: nothing changed,
    when the file can no longer be read as it was: a whole-file error; a file changing while it is read
    raises `ChangedWhileRead`, nothing written)."""
    try:
        with immediate_transaction(db):
            _rows_read(db.conn, items, is_error)
            restored = _restore_citations(db.conn, source_id) if citations else 0
            filled = db.conn.execute(
                """UPDATE evidence SET line = r.line FROM temp._row_lines r
                   WHERE evidence.source_id = ? AND evidence.sentence = r.sentence AND evidence.line IS NULL""",
                [source_id],
            ).rowcount
            db.conn.execute("DELETE FROM temp._row_citations")
            db.conn.execute("DELETE FROM temp._row_lines")
            db.conn.execute(
                "UPDATE sources SET imported_at = ? WHERE id = ?",
                [datetime.now(UTC).isoformat(timespec="seconds"), source_id],
            )
    except ChangedWhileRead:  # rows from two versions of the file: said as it is, never "unchanged"
        raise
    except InputError:
        return 0, 0
    return restored, filled


def _rows_read(conn: sqlite3.Connection, items: Iterable, is_error: Callable[[object], bool]) -> None:
    """Each good row's citation (`temp._row_citations`) and its facts' lines (`temp._row_lines`), by the
    evidence sentence, `BATCH_ROWS` rows at a time."""
    conn.execute(
        """CREATE TEMP TABLE IF NOT EXISTS _row_citations (sentence TEXT PRIMARY KEY,
           url TEXT, title TEXT, publisher TEXT, date TEXT)"""
    )
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _row_lines (sentence TEXT PRIMARY KEY, line INTEGER)")
    conn.execute("DELETE FROM temp._row_citations")
    conn.execute("DELETE FROM temp._row_lines")
    cited: list[tuple] = []
    lines: list[tuple] = []
    for item in items:
        if not is_error(item):
            if (citation := getattr(item, "cited", None)) is not None:
                cited.append((item.raw, *citation))
            lines += [(fact.sentence, fact.line) for fact in getattr(item, "facts", ())]
        if len(cited) + len(lines) >= BATCH_ROWS:
            _keep_rows_read(conn, cited, lines)
            cited, lines = [], []
    _keep_rows_read(conn, cited, lines)


def _keep_rows_read(conn: sqlite3.Connection, cited: list[tuple], lines: list[tuple]) -> None:
    conn.executemany("INSERT OR IGNORE INTO temp._row_citations VALUES (?, ?, ?, ?, ?)", cited)
    conn.executemany("INSERT OR IGNORE INTO temp._row_lines VALUES (?, ?)", lines)


def _restore_citations(conn: sqlite3.Connection, source_id: int) -> int:
    """The source's evidence citing nothing given the source its row names (`temp._row_citations`)."""
    return conn.execute(
        f"""UPDATE evidence SET cited_url = c.url, cited_title = c.title,
               cited_publisher = c.publisher, cited_date = c.date
            FROM temp._row_citations c
            WHERE evidence.source_id = ? AND evidence.sentence = c.sentence AND {_CITED_NOTHING}""",
        [source_id],
    ).rowcount


class BadRows(Exception):
    """Raised inside the transaction to roll it back when a row is bad and bad rows are not skipped."""


class NoRows(Exception):
    """Raised inside the transaction to roll it back when the file holds no row at all."""


class NothingNew(Exception):
    """Raised inside the transaction to roll it back when every record of an export is already in the
    database: the import leaves no file behind as a source without records. What it still does, put
    the export's review decisions on records nobody reviewed here, is done once rolled back."""

    def __init__(self, decisions_found: list[tuple[RecordRef, str]]) -> None:
        super().__init__()
        self.decisions_found = decisions_found


def write_deal_file(
    db: Database,
    deal_file: DealFile,
    items: Iterable,
    *,
    skip_bad_rows: bool,
    is_error: Callable[[object], bool],
) -> BulkReport:
    """Write a file's rows (items with `facts`, `companies`; or errors) in ONE transaction.

    Without `skip_bad_rows`, the first bad row stops the writing but the rest is still read, so
    every bad row is reported; then nothing is written.
    """
    report = BulkReport(path=str(deal_file.path))
    source = deal_file.as_source()
    existing = list(db.query("SELECT id FROM sources WHERE content_hash = ?", [deal_file.content_hash]))
    if existing:
        report.action, report.source_id = "unchanged", existing[0]["id"]
        citations = imported_before_citations(db, report.source_id)
        if citations or imported_before_lines(db, report.source_id):
            report.citations_restored, report.lines_filled = restore_evidence(
                db, report.source_id, items, is_error, citations=citations
            )
        return report
    cache_size = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    writer: BulkFactWriter | None = None
    try:
        # The cyclic collector would walk the ever larger name maps again and again (measured: ~15 %
        # of the import at 100k rows, more at 1M); rows and maps make no cycles, so it rests.
        with collector_paused(), immediate_transaction(db):
            writer = _start_source(db, source, deal_file, report)
            deferred = None
            if _worth_deferring(db.conn, deal_file.rows_hint):
                if writer.known is not None:
                    writer.known.load_all()  # a file as big as the database: read it all while indexed
                deferred = _defer_indexes(db.conn)
            if not _write_items(writer, items, report, skip_bad_rows=skip_bad_rows, is_error=is_error):
                raise BadRows
            if report.errors and not report.rows_written:
                raise BadRows  # every row bad, even when skipping them: no empty source is left behind
            if report.rows == 0:
                raise NoRows  # a header alone (or `[]`) is no data set: no empty source is left behind
            report.aliases_refused = writer.resolver.refused  # said even when nothing else is new
            report.companies_joined_unlike = writer.resolver.joined
            report.investors_read_as = [
                {"cell": cell, "read_as": name, "short_form": short, "known_as": spelling}
                for cell, (name, short, spelling) in writer.resolver.read_as.items()
            ]
            report.already_there = writer.already_there
            # A round's rows (one investor each) are one fact: the one round written (and its one valuation).
            report.facts -= writer.already_there + writer.joined_rounds + writer.joined_valuations
            nothing_new = bool(writer.already_there and not report.facts)
            if nothing_new and not (
                report.action in ("added", "replaced") and _wrote_company_details(db, writer)
            ):
                raise NothingNew(writer.decisions_found)
            writer.finish()
            if deferred is not None:
                deferred.restore()
            # What the new version left empty, an article may say: read through the restored indexes
            # (it updates details only, which the restored name triggers do not watch).
            refill_cleared_details(db)
            join_stakes_to_rounds(db.conn, report.source_id)  # read through the indexes, restored
            rejoin_stakes(db.conn, writer.unjoined_stakes)  # those its new rounds did not take
            report.decisions_carried = carry_found_decisions(db, writer.decisions_found)
            report.decisions_dropped, report.decisions_gone = carry_decisions(
                db, report.source_id, writer.source_key, writer.in_effect
            )
            if nothing_new:
                _keep_company_details(writer, report)
            # A company only the replaced version named (noted by `_start_source`) is gone too.
            reason = corrected_import_reason(None, None, deal_file.path.name)
            report.companies_removed = remove_companies_no_longer_named(db, reason, report.source_id)
    except BadRows:
        report.action, report.rows_written, report.facts = "refused", 0, 0
    except NoRows:
        report.action, report.source_id = "empty", None
    except NothingNew as nothing_new:
        report.action, report.source_id, report.rows_written = "unchanged", None, 0
        if nothing_new.decisions_found:
            with immediate_transaction(db):
                report.decisions_carried = carry_found_decisions(db, nothing_new.decisions_found)
    finally:
        db.execute(f"PRAGMA cache_size = {cache_size}")
        if writer is not None and writer.known is not None:
            writer.known.close()
    return report


def _wrote_company_details(db: Database, writer: BulkFactWriter) -> bool:
    """Whether an export's rows, though every record of it is already here, told the database
    something about its companies it did not know (`_company_details_told`); kept in `writer` for
    `_keep_company_details`. Which rows name which company, and how they spell it (`source_companies`,
    `spelling_sources`), is no news: it is told only if the file is kept."""
    writer.resolver.write_queued()
    writer.company_details = _company_details_told(db, writer.resolver)
    return bool(writer.company_details)


def _company_details_told(db: Database, resolver: BulkResolver) -> dict[str, int]:
    """What the import added about companies, by kind (those added only): companies, aliases other
    than a company's name, details filled (a country, a description, an investor's kind), investors.
    The writer writes nothing a company already has: aliases are INSERT OR IGNORE, details only
    fill empty fields."""
    counts = {
        "company": db.execute(
            "SELECT count(*) FROM companies WHERE id >= ?", [resolver.first_new_company]
        ).fetchone()[0],
        "alias": db.execute(
            """SELECT count(*) FROM aliases a JOIN companies c ON c.id = a.company_id
               WHERE a.id >= ? AND a.alias != c.name""",
            [resolver.first_new_alias],
        ).fetchone()[0],
        **resolver.details_filled,
        "investor": db.execute(
            "SELECT count(*) FROM investors WHERE id >= ?", [resolver.first_new_investor]
        ).fetchone()[0],
    }
    return {what: count for what, count in counts.items() if count}


def _keep_company_details(writer: BulkFactWriter, report: BulkReport) -> None:
    """An export that brought company details only: they stay, and so does the file, as the source
    its aliases cite (as every alias an import adds cites its source); `company_details` says what
    was added (counted before the import finished: see `_wrote_company_details`)."""
    report.company_details = dict(writer.company_details)
    report.action, report.rows_written = "updated", 0


# A file of at least this many rows, and at least as many as the companies already known, has its
# tables' secondary indexes built once at the end rather than updated row by row in random order.
DEFER_INDEXES_ROWS = 50_000
_GENERATION_TRIGGERS = ("companies", "aliases")  # m004: search index is stale when their rows change


def _worth_deferring(conn: sqlite3.Connection, rows_hint: int) -> bool:
    """Whether rebuilding the indexes after the rows beats maintaining them: a big file, a small database."""
    if rows_hint < DEFER_INDEXES_ROWS:
        return False
    known = conn.execute("SELECT coalesce(max(id), 0) FROM companies").fetchone()[0]
    return rows_hint >= known


@dataclass
class DeferredIndexes:
    """Secondary indexes and search-generation INSERT triggers dropped inside the import's transaction.

    DDL is transactional in SQLite: a rollback (bad row, ctrl+c, error) brings them back untouched.
    `restore` recreates them from their exact SQL and moves the search additions counter once, as
    the triggers would have (once per row) when a name or alias was added.
    """

    conn: sqlite3.Connection
    statements: list[str]
    name_rows: tuple[int, ...]

    def restore(self) -> None:
        for statement in self.statements:
            self.conn.execute(statement)
        if _name_rows(self.conn) != self.name_rows:  # names appended only: the index takes them in
            self.conn.execute("UPDATE _search_state SET additions = additions + 1 WHERE id = 1")


def _name_rows(conn: sqlite3.Connection) -> tuple[int, ...]:
    """The last company and alias rowids: names are only ever appended by an import."""
    return tuple(
        conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
        for table in _GENERATION_TRIGGERS
    )


def _defer_indexes(conn: sqlite3.Connection) -> DeferredIndexes:
    """Drop the written tables' secondary indexes and search-generation INSERT triggers (see DeferredIndexes).

    The UPDATE and DELETE triggers stay: a rename or a dropped alias during the import must still
    move `generation` (a full rebuild), since extending the index with new names would keep the old."""
    tables = ", ".join("?" for _ in TABLE_ORDER)
    rows = conn.execute(
        f"""SELECT type, name, sql FROM sqlite_master
            WHERE sql IS NOT NULL AND tbl_name IN ({tables})
              AND (type = 'index' OR (type = 'trigger' AND name LIKE '%\\_insert\\_search\\_generation' ESCAPE '\\'))
            ORDER BY rowid""",
        TABLE_ORDER,
    ).fetchall()
    deferred = DeferredIndexes(conn, [sql for _, _, sql in rows], _name_rows(conn))
    for kind, name, _ in rows:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    return deferred


def _is_company_row(row: object) -> bool:
    """Whether a deal file's row is an export's company row (its kind `company`)."""
    return getattr(row, "kind", None) == "company"


def _with_aliases(info: CompanyInfo, aliases: list[str]) -> CompanyInfo:
    """`info` (a model, or a record: fact_records.CompanyRecord) with only `aliases`."""
    if len(aliases) == len(info.aliases):
        return info
    if hasattr(info, "_replace"):
        return info._replace(aliases=tuple(aliases))  # type: ignore[attr-defined]
    return info.model_copy(update={"aliases": aliases})


def _write_items(
    writer: BulkFactWriter,
    items: Iterable,
    report: BulkReport,
    *,
    skip_bad_rows: bool,
    is_error: Callable[[object], bool],
) -> bool:
    """Write the good items, counting them in `report`; False when a bad one means nothing is kept."""
    writing = True
    for item in items:
        report.rows += 1
        if is_error(item):
            report.errors.append(str(item))
            writing = writing and skip_bad_rows
        elif writing:
            row = getattr(item, "row", None)
            writer.write_row(
                item.facts, item.companies, getattr(item, "cited", None), company_row=_is_company_row(row)
            )
            report.rows_written += 1
            report.facts += len(item.facts)
    return writing


def _start_source(
    db: Database, source: ParsedSource, deal_file: DealFile, report: BulkReport
) -> BulkFactWriter:
    """Insert (or replace) the file's sources row; the writer for its rows."""
    action, source_id = find_existing_source(db, source, deal_file.content_hash)
    key = source_key(source.url, source.title, source.published)
    earlier = deal_file.replaces
    if action == "added" and earlier is not None:
        action, source_id, report.replaced_path = "replaced", earlier.source_id, earlier.path
        move_decisions(db, source_id, key)
    row = {
        "title": source.title,
        "url": source.url,
        "path": source.path,
        "kind": "dataset",
        "text": source.text,
        "content_hash": deal_file.content_hash,
        "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    in_effect: dict[int, tuple] = {}
    unjoined: list[int] = []
    if source_id is None:
        source_id = db["sources"].insert({"id": new_source_id(db), **row}).last_pk
    else:
        in_effect = decisions_in_effect(db, source_id, key)
        note_companies_named(db, source_id)  # those only the earlier version named go at the end
        note_companies_listed(db, source_id)  # its company rows' too, unless the new version's name them
        forget_spellings(db, source_id)  # the new version writes its own
        clear_details_only_file_gave(db, source_id)  # the new version's rows give them again, or not
        unjoined = delete_source_records(db, source_id)
        db["sources"].update(source_id, row)
    report.action, report.source_id = action, source_id
    writer = BulkFactWriter(db, source_id, key, lazily=resolves_lazily(db.conn, deal_file.rows_hint))
    report.first_new_round = writer.pending.next_ids["rounds"]
    report.first_new_company = writer.resolver.first_new_company
    writer.in_effect = in_effect
    writer.unjoined_stakes = unjoined
    writer.join_rounds = deal_file.joins_rounds
    # An export's companies are its database's, kept apart there or not: no knowledge joins them here.
    writer.resolver.joins_known_spellings = deal_file.joins_rounds
    if deal_file.skips_known:
        writer.known = KnownRecords(db)
    return writer
