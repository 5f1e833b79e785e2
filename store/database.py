"""Opening a database file safely: refuse what is not ours, migrate what is, never half-write.

One `sqlite3` connection is shared by every thread that uses a `Store` (`check_same_thread=False`),
and each public call holds the store's lock, so the TUI's worker threads can use one store safely.
"""

from __future__ import annotations

import gc
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from .errors import StoreError
from .files import check_sqlite_header
from .schema import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION, migrations

# How long a writer waits for another process's transaction before giving up: imports are short,
# and "database is locked" is never an answer a user should see for a busy file.
BUSY_TIMEOUT_SECONDS = 60.0


def _is_writable(path: Path) -> bool:
    """Whether we can write the file and, for WAL's -shm/-wal files, its directory."""
    directory = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(directory, os.W_OK)


def _connect(path: Path, readonly: bool, immutable: bool = False) -> sqlite3.Connection:
    """`immutable` for a file nobody can write: SQLite then creates no -wal/-shm files beside it."""
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
    if immutable:
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS)
    conn.row_factory = None
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


def _check_compatible(path: Path, conn: sqlite3.Connection) -> bool:
    """Raise unless the file is an ai-deals database this version understands; True if it is new."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        applied = _applied_migrations(conn)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: not an ai-deals database ({error})") from error
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
    return _connect(path, readonly=True, immutable=not _is_writable(path))


def check_database(path: Path) -> None:
    """Raise the one-line StoreError `open_database` would for a file that is not an ai-deals database
    this version reads, without writing anything: the app checks before it draws a screen."""
    check_sqlite_header(path)
    conn = connect_reader(path)
    try:
        _check_compatible(path, conn)
    finally:
        conn.close()


def open_database(path: Path, *, readonly: bool = False, create: bool = True) -> tuple[Database, bool, bool]:
    """Open (creating and migrating if allowed) the database at `path`.

    Returns the sqlite-utils Database, whether it was created just now, and whether it is read-only.
    """
    exists = path.exists()
    if exists and path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    if exists:
        check_sqlite_header(path)
    elif not create:
        raise StoreError(f"{path}: no such database")
    writable = _is_writable(path)
    if not writable and not exists:
        raise StoreError(f"{path}: cannot create the database (directory is not writable)")
    readonly = readonly or not writable
    conn = _connect(path, readonly, immutable=not writable)
    try:
        is_new = _check_compatible(path, conn)
        if readonly and is_new:
            raise StoreError(f"{path}: not an ai-deals database (it is empty and read-only)")
        if not readonly:
            _prepare_for_writing(conn)
    except BaseException:
        conn.close()
        raise
    return Database(conn), (not exists) or is_new, readonly


def _prepare_for_writing(conn: sqlite3.Connection) -> None:
    """WAL so readers never wait for an import; then apply pending migrations."""
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn)
        migrations.apply(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as error:
        raise StoreError(f"cannot prepare the database: {error}") from error


@contextmanager
def immediate_transaction(db: Database) -> Iterator[Database]:
    """One write transaction that takes the write lock up front.

    A deferred `BEGIN` (what `db.atomic()` issues) that later upgrades to a writer fails at once with
    "database is locked" when another process committed meanwhile; `BEGIN IMMEDIATE` waits its turn
    (up to the busy timeout) instead. Writes inside use sqlite-utils, whose own transactions nest as
    savepoints.
    """
    conn = db.conn
    if conn.in_transaction:
        # Inside a caller's transaction (several files imported as one): a savepoint, so this part
        # can fail alone while the whole still commits or rolls back as one.
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    else:
        conn.commit()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a big page is read and laid out.

    Tens of thousands of small objects (an investor in 15,000 rounds: rows, evidence, models) set
    off collections that walk the whole heap again and again: measured, a third of the time of
    `Store.company` and half of laying out its rows. They make no cycles; the collector runs again
    after. Process-wide, so it is left off if someone else turned it off.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
