"""The names a deal file's import knows, read from the database one key at a time.

`BulkResolver` holds every company name and alias of the database in memory: the fastest way to
resolve a file as big as the database, but ~1M names read (~6 s, ~480 MB) to resolve a 10-row file
into a 1M-company database. For a file far smaller than the database, each map below reads a key
from the database the first time the import touches it (indexed look-ups on the normalised names),
and answers as the map read whole would have: the database's value first, then what the import
itself remembered (`setdefault` keeps the database's).

Rows the import itself writes (ids from `first_new_*` on) are left out of the reads: the eager maps
are read before any of them exist, and the import remembers its own names as it makes them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .names import squeezed

# A file with fewer rows than the database has companies divided by this resolves names key by key
# (measured on the 100k database: 2,000 rows, 1 in 50, took 0.57 s key by key, 0.45 s reading all).
LAZY_NAMES_RATIO = 100


def resolves_lazily(conn: sqlite3.Connection, rows_hint: int) -> bool:
    """Whether a file of about `rows_hint` rows is far smaller than the database's names."""
    if rows_hint <= 0:
        return False  # unknown size: read every name, as always
    companies = conn.execute("SELECT coalesce(max(id), 0) FROM companies").fetchone()[0]
    return rows_hint * LAZY_NAMES_RATIO <= companies


class KeysOnDemand(dict):
    """A dict whose key is first read with `load` (None: the database has none), before any write or
    read of it: what a dict filled with the database's values up front would answer."""

    def __init__(self, load: Callable[[object], object | None]) -> None:
        super().__init__()
        self._load = load
        self._read: set = set()

    def _touch(self, key) -> None:
        if key in self._read:
            return
        self._read.add(key)
        value = self._load(key)
        if value is not None:
            super().__setitem__(key, value)

    def __bool__(self) -> bool:
        return True  # the database may hold any key: never taken for an empty map

    def __contains__(self, key) -> bool:
        self._touch(key)
        return super().__contains__(key)

    def __getitem__(self, key):
        self._touch(key)
        return super().__getitem__(key)

    def __setitem__(self, key, value) -> None:
        self._touch(key)
        super().__setitem__(key, value)

    def get(self, key, default=None):
        self._touch(key)
        return super().get(key, default)

    def setdefault(self, key, default=None):
        self._touch(key)
        return super().setdefault(key, default)

    def pop(self, key, *default):
        self._touch(key)
        return super().pop(key, *default)


class DatabaseNames:
    """The look-ups behind `BulkResolver`'s maps, on the database as the import found it."""

    def __init__(self, conn: sqlite3.Connection, first_new_company: int, first_new_alias: int) -> None:
        self.conn = conn
        self.first_new_company = first_new_company
        self.first_new_alias = first_new_alias
        self.alias_keys: set[str] = set()
        """Keys read that some company goes by other than its own name (`BulkResolver.alias_keys`)."""

    def company_of_key(self, key: str) -> int | None:
        """The company `key` names: its earliest alias's, else its earliest company's (the order the
        eager map is filled in); a key with no letter or digit is nobody's."""
        if not key:
            return None
        row = self.conn.execute(
            """SELECT a.company_id, a.normalized != c.normalized FROM aliases a
               LEFT JOIN companies c ON c.id = a.company_id
               WHERE a.normalized = ? AND a.id < ? ORDER BY a.id""",
            [key, self.first_new_alias],
        ).fetchall()
        if any(other for _, other in row):
            self.alias_keys.add(key)
        if row:
            return row[0][0]
        found = self.conn.execute(
            "SELECT id FROM companies WHERE normalized = ? AND id < ? ORDER BY id LIMIT 1",
            [key, self.first_new_company],
        ).fetchone()
        return found[0] if found else None

    def told_apart(self, name: str, key: str) -> int | None:
        """The earliest company called `name` exactly whose key another company shares too."""
        row = self.conn.execute(
            """SELECT id FROM companies WHERE normalized = ? AND name = ? AND id < ?
               AND (SELECT count(*) FROM companies WHERE normalized = ? AND id < ?) > 1
               ORDER BY id LIMIT 1""",
            [key, name, self.first_new_company, key, self.first_new_company],
        ).fetchone()
        return row[0] if row else None

    def spaced(self, joined: str) -> int | None:
        """The company of the earliest alias, else company, whose key has spaces and is `joined`
        without them ("hugging face" for "huggingface"): read at each place a space may go."""
        for table, column, first_new in (
            ("aliases", "company_id", self.first_new_alias),
            ("companies", "id", self.first_new_company),
        ):
            found = [
                (row_id, company_id)
                for start in range(1, len(joined))
                for row_id, company_id, key in self._keys_from(
                    table, column, first_new, f"{joined[:start]} {joined[start]}", joined, start + 1
                )
                if squeezed(key) == joined
            ]
            if found:
                return min(found)[1]
        return None

    def _keys_from(
        self, table: str, column: str, first_new: int, prefix: str, joined: str, used: int
    ) -> list[tuple]:
        """The rows whose key starts with `prefix` (`joined`'s first `used` letters, spaced) and may
        squeeze to `joined`: read whole when few, else one more letter or space at a time, so that
        10,000 names sharing their first words ("Alpha Beta 1"...) are not all read for each name."""
        rows = self.conn.execute(
            f"""SELECT id, {column}, normalized FROM {table}
                WHERE normalized >= ? AND normalized < ? AND id < ? LIMIT {_SPACED_READ_AT_ONCE + 1}""",
            [prefix, _past_prefix(prefix), first_new],
        ).fetchall()
        if len(rows) <= _SPACED_READ_AT_ONCE:
            return rows
        narrower = [prefix + " "] + ([prefix + joined[used]] if used < len(joined) else [])
        exact = self.conn.execute(
            f"SELECT id, {column}, normalized FROM {table} WHERE normalized = ? AND id < ?",
            [prefix, first_new],
        ).fetchall()
        return exact + [
            row
            for longer in narrower
            for row in self._keys_from(table, column, first_new, longer, joined, used + (longer[-1] != " "))
        ]

    def investor(self, company_id: int) -> list | None:
        """[investor id, kind] of the company's investors row, if it has one."""
        row = self.conn.execute(
            "SELECT id, kind FROM investors WHERE company_id = ?", [company_id]
        ).fetchone()
        return [row[0], row[1]] if row else None


# Rows of one key prefix read in one query by `DatabaseNames._keys_from`; more are narrowed first.
_SPACED_READ_AT_ONCE = 64


def _past_prefix(prefix: str) -> str:
    """The first key past every key that starts with `prefix` (its last character one higher)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
