"""A dry run's database: the import's very writes, made and then undone.

A dry run that guessed from a read-only database what the import would do disagreed with it where the
import decides by writing (an article whose records came in through an export is found "unchanged"
by a trial write). So the dry run imports for real, in a transaction that is always rolled back.

In place when the file can be written as it is and is big (a copy would cost more than the trial
holding the write lock); else (a small database, a read-only file or folder, a schema an import would
migrate first, a file not in WAL mode) in a copy in a temporary folder, so the file itself is never
touched and another import need not wait for the trial: the copy is migrated, and the import made there.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from .connecting import check_database, connect, connect_reader, is_writable
from .errors import StoreError, is_disk_full
from .store import Store
from .versions import KNOWN_MIGRATIONS, MIGRATION_SET

TRIAL_COPY_MAX_BYTES = 128 * 1024 * 1024
"""A database up to this size is tried on a copy, leaving its write lock free: SQLite's backup copies
the 100k-deal database (79 MB) in 0.34 s; a bigger one is tried in place, other writers waiting."""


@contextmanager
def trial_store(path: Path) -> Iterator[Store]:
    """A store on the ai-deals database `path` (it exists) whose writes are all undone when the block
    ends, however it ends; `path`, its search index and the files beside it are left as they were.
    A file that is no ai-deals database this version reads gets the import's one-line error."""
    with trial_ready_store(path) as store, store.rolled_back():
        yield store


@contextmanager
def trial_ready_store(path: Path) -> Iterator[Store]:
    """A store on `path` (or on its copy) opened as `trial_store` opens it, outside any transaction:
    a dry run reads what it can first, then writes only inside `store.rolled_back()`, so the write
    lock other imports wait for is held for the trial import alone."""
    check_database(path)  # before any copy: the error names `path`, not the copy
    if path.stat().st_size > TRIAL_COPY_MAX_BYTES and _writable_as_it_is(path):
        with Store.open(path, create=False) as store:
            yield store
        return
    with dry_run_folder(path) as folder:
        copy = folder / path.name
        _copy_database(path, copy)
        with Store.open(copy, create=False) as store:
            yield store


@contextmanager
def dry_run_folder(path: Path) -> Iterator[Path]:
    """A temporary folder for the throw-away database of a dry run on `path`. A full disk there is
    said of `path`, with where room is missing: the throw-away file's name means nothing to the user
    ("/tmp/ai-deals-dry-run-pq_xd7fb/new.db: cannot prepare the database: database or disk is full")."""
    with tempfile.TemporaryDirectory(prefix="ai-deals-dry-run-") as folder:
        try:
            yield Path(folder)
        except (StoreError, sqlite3.Error) as error:
            if is_disk_full(error) or is_disk_full(error.__cause__):
                raise StoreError(
                    f"{path}: disk full: no room in {_fullest(Path(folder).parent)} for the dry run's trial "
                    "database (set TMPDIR to a folder with room); nothing was written"
                ) from error
            raise


def _fullest(folder: Path) -> Path:
    """Where a dry run's trial ran out of room: of the temporary folders it writes to, the one with
    the least room left. Its copy is in `folder` (Python's temporary folder, which passes over a
    TMPDIR it cannot write a test file to: /tmp for a full one), SQLite's temporary files in its own
    (`_sqlite_temp_folder`, whatever room is left there): naming `folder` named /tmp when the user's
    TMPDIR was full."""
    sqlite_folder = _sqlite_temp_folder()
    candidates = ([sqlite_folder] if sqlite_folder else []) + [folder]
    return min(candidates, key=_room_left)


def _sqlite_temp_folder() -> Path | None:
    """The folder SQLite's unix build writes its temporary files to, of those the user names: the first
    of its variables naming a folder it can write to (TMPDIR is passed over when SQLITE_TMPDIR names one,
    so a full TMPDIR is not blamed then); None when none does."""
    for name in _SQLITE_TEMP_VARIABLES:
        value = os.environ.get(name)
        if value and os.access(value, os.W_OK | os.X_OK) and Path(value).is_dir():
            return Path(value)
    return None


_SQLITE_TEMP_VARIABLES = ("SQLITE_TMPDIR", "TMPDIR")
"""The variables SQLite's unix build reads, in order, for where to write its temporary files."""


def _room_left(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return sys.maxsize


def _writable_as_it_is(path: Path) -> bool:
    """Whether opening `path` to write changes nothing in it: writable, in WAL mode (opening it
    would switch it to WAL) and with every migration applied (opening it would apply them)."""
    if not is_writable(path):
        return False
    try:
        with closing(connect_reader(path)) as conn:
            in_wal = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            applied = {
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
                )
            }
    except sqlite3.Error:
        return False  # opening it in the copy gives the one-line error the import would give
    return in_wal and applied >= KNOWN_MIGRATIONS


def _copy_database(path: Path, copy: Path) -> None:
    """`path` copied to `copy` with SQLite's backup (a consistent copy, even of a file being written).
    Read through a read-write connection where the file can be written: a read-only one to a WAL
    database leaves its -wal and -shm files behind; where it cannot, the reader is immutable and
    makes none."""
    reader = connect(path, readonly=False) if is_writable(path) else connect_reader(path)
    try:
        with closing(reader) as source, closing(connect(copy, readonly=False)) as target:
            source.backup(target)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot read the database ({error})") from error
