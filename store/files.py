"""Cheap checks of a database file, before any SQLite connection touches it (and leaves -wal files)."""

from __future__ import annotations

from pathlib import Path

from ai_deals.importers.file_kind import NOT_A_REGULAR_FILE, SYMLINK_LOOP, regular_file_problem

from .errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlite_header(path: Path) -> None:
    """Refuse a file that is not SQLite (an empty file is a new database)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError(f"{path}: cannot read the database ({error.strerror})") from error
    if header and header != SQLITE_HEADER:
        raise StoreError(f"{path}: not an ai-deals database (not a SQLite file)")


def check_database_path(path: Path) -> None:
    """Refuse a database path no SQLite file can be at: a symlink loop (which no clean-up may then
    remove) or something that is not a regular file (a FIFO would hang the open, /dev/null fails
    with a bare "disk I/O error"). A missing path is fine: it is where a new database goes."""
    try:
        problem = regular_file_problem(path)
    except OSError:
        return  # missing (a new database) or unreadable: the open says which
    if problem == SYMLINK_LOOP:
        raise StoreError(f"{path}: {SYMLINK_LOOP}")
    if problem == NOT_A_REGULAR_FILE:  # a folder has its own message
        raise StoreError(f"{path}: {NOT_A_REGULAR_FILE}; give a database file")
