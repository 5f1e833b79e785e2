"""Cheap checks of a database file, before any SQLite connection touches it (and leaves -wal files)."""

from __future__ import annotations

import errno
import os
import stat
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


def check_database_path(path: Path) -> None:
    """Refuse a database path no SQLite file can be at: a symlink loop (which no clean-up may then
    remove) or something that is not a regular file (a FIFO would hang the open, /dev/null fails
    with a bare "disk I/O error"). A missing path is fine: it is where a new database goes."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise StoreError(f"{path}: symlink loop") from None
        return  # missing (a new database) or unreadable: the open says which
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):  # a folder has its own message
        raise StoreError(f"{path}: not a regular file; give a database file")
