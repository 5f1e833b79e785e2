"""Connecting to a database file and checking it is one this version reads, with sqlite3 alone.

The explorer checks its file before the first frame: this module loads no sqlite-utils (whose import,
with numpy, costs about 0.1 s), so the check stays cheap. `database.py` opens and migrates.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .errors import StoreError
from .files import check_sqlite_header
from .versions import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION

# How long a writer waits for another process's transaction before giving up: imports are short,
# and "database is locked" is never an answer a user should see for a busy file.
BUSY_TIMEOUT_SECONDS = 60.0

# SQLite's page cache of each connection (KiB, negative per SQLite's convention; its default is 2,000 KiB).
# A search or a timeline window reads the same index pages keystroke after keystroke: kept in the
# process, with nothing written in between, they are not read again (WAL keeps the cache across read
# transactions while the file is unchanged). 200 searches at 1M companies made 17,443 reads of the file
# with the default cache, 9,779 with this one: on a machine whose file cache is small or shared, each
# is a system call and maybe a disk read. Pages are only held once read, so memory grows only as far as
# they are; an import sets its own (bulk.IMPORT_CACHE_KIB) and puts this one back.
READ_CACHE_KIB = 32_768

# sqlite3 binds an int, float, str or bytes as it is, but looks any other value up among its adapters,
# None included: a search that ends in a failed attribute lookup on its protocol type, whose
# AttributeError message is formatted and dropped (~1,200 instructions for each None bound; a bulk
# import binds ~11 a row). An adapter for None, a C call returning None (an empty dict's `get`), is
# found at the search's first step and binds the same NULL. sqlite3 keeps adapters per process, not
# per connection; this one changes no value bound, so no other connection sees a difference.
_NONE_AS_ITSELF = {}.get
# Registered once, on import: every connection of the process finds it.
sqlite3.register_adapter(type(None), _NONE_AS_ITSELF)


def is_writable(path: Path) -> bool:
    """Whether we can write the file and, for WAL's -shm/-wal files, its directory."""
    directory = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(directory, os.W_OK)


def connect(path: Path, readonly: bool, immutable: bool = False) -> sqlite3.Connection:
    """`immutable` for a file nobody can write: SQLite then creates no -wal/-shm files beside it."""
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
    if immutable:
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.OperationalError as error:  # a symlink to a folder that is not there
        raise StoreError(f"{path}: cannot open the database ({error})") from error
    conn.row_factory = None
    try:
        conn.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
    except sqlite3.DatabaseError:  # it reads the catalogue: a damaged file is told by `check_compatible`
        pass
    return conn


def _applied_migrations(conn: sqlite3.Connection) -> set[str] | None:
    """Names applied from our migration set, or None when this is not an ai-deals database."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return set()
    if "_sqlite_migrations" not in tables:
        return None
    rows = conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
    names = {row[0] for row in rows}
    return names if names else None


def _damage(error: Exception) -> str:
    """What SQLite said of a damaged file, in words a person can read. A damaged page can hold bytes
    that are not text where SQLite's catalogue keeps names: depending on the Python, decoding them
    raises UnicodeDecodeError or an OperationalError quoting the garbage; neither is for a person."""
    problem = str(error)
    # "malformed database schema (   BEGIN UPDATE …)" quotes a damaged page too.
    damaged = ("decode", "malformed")
    if (
        isinstance(error, UnicodeDecodeError)
        or any(word in problem.lower() for word in damaged)
        or not problem.isprintable()
    ):
        return "database disk image is malformed"
    if problem == "file is not a database":  # said of a file with SQLite's header: the rest is torn
        return "unreadable past its SQLite header"
    return problem


def check_compatible(path: Path, conn: sqlite3.Connection) -> bool:
    """Raise unless the file is an ai-deals database this version understands; True if it is new."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        applied = _applied_migrations(conn)
    except (sqlite3.Error, UnicodeDecodeError, ValueError) as error:
        # The file starts as SQLite (`check_sqlite_header`): SQLite failing to read its catalogue means
        # the file is damaged (truncated, overwritten), not that another file was meant.
        # A busy or unreadable file is neither (OperationalError: locked, I/O error).
        problem = _damage(error)
        if isinstance(error, sqlite3.OperationalError) and problem == str(error):
            raise StoreError(f"{path}: cannot read the database ({problem})") from error
        raise StoreError(f"{path}: damaged database file ({problem})") from error
    if applied is None:
        raise StoreError(f"{path}: not an ai-deals database (it holds other tables)")
    unknown = applied - KNOWN_MIGRATIONS
    if version > SCHEMA_VERSION or unknown:
        raise StoreError(
            f"{path}: written by a newer ai-deals (schema {max(version, SCHEMA_VERSION + 1)}, "
            f"this version reads up to {SCHEMA_VERSION}); upgrade ai-deals to open it"
        )
    return not applied


def connect_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection to `path` opened as `open_database` opens it: immutable when nobody
    can write the file or its folder. A plain `mode=ro` connection to a WAL database must create
    the -wal and -shm files next to it, and fails where the folder is read-only."""
    return connect(path, readonly=True, immutable=not is_writable(path))


def check_database(path: Path) -> None:
    """Raise the one-line StoreError `open_database` would for a file that is not an ai-deals database
    this version reads, without writing anything: the app checks before it draws a screen."""
    check_sqlite_header(path)
    conn = connect_reader(path)
    try:
        check_compatible(path, conn)
    finally:
        conn.close()
