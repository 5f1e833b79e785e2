"""Cheap checks of a database file, before any SQLite connection touches it (and leaves -wal files)."""

from __future__ import annotations

from pathlib import Path

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
