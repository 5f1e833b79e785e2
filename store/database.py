"""Opening a database file safely: refuse what is not ours, migrate what is, never half-write.

One `sqlite3` connection is shared by every thread that uses a `Store` (`check_same_thread=False`),
and each public call holds the store's lock, so the TUI's worker threads can use one store safely.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from .connecting import check_compatible, connect, is_writable
from .errors import StoreError, is_disk_full
from .files import check_database_path, check_sqlite_header
from .schema import migrations
from .versions import SCHEMA_VERSION


def open_database(path: Path, *, readonly: bool = False, create: bool = True) -> tuple[Database, bool, bool]:
    """Open (creating and migrating if allowed) the database at `path`.

    Returns the sqlite-utils Database, whether it was created just now, and whether it is read-only.
    """
    check_database_path(path)
    exists = path.exists()
    if exists and path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    if exists:
        check_sqlite_header(path)
    elif not create:
        raise StoreError(f"{path}: no such database")
    writable = is_writable(path)
    if not writable and not exists:
        raise StoreError(f"{path}: cannot create the database (directory is not writable)")
    readonly = readonly or not writable
    conn = connect(path, readonly, immutable=not writable)
    try:
        is_new = check_compatible(path, conn)
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
        # Only when it differs: setting it writes page 1 (a commit) at every open, so merely opening
        # a database read-write changed its file.
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{database_file(conn)}: cannot prepare the database: {error}") from error


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
        conn.commit()  # inside the try: a commit that fails (a full disk) rolls back as well
    except BaseException as error:
        if conn.in_transaction:
            conn.rollback()
        if is_disk_full(error):
            raise StoreError(f"{database_file(conn)}: disk full; nothing was written") from error
        raise


def database_file(conn: sqlite3.Connection) -> str:
    """The file of the connection's main database, as it names itself to the user."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return file
    return "the database"
