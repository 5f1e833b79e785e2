"""Cheap checks of a database file, before any SQLite connection touches it (and leaves -wal files)."""

from __future__ import annotations

import os
import stat
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


def is_special(mode: int) -> bool:
    """Whether a file of stat mode `mode` is neither a regular file nor a folder: a device, a FIFO, a socket."""
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def written_through(path: Path) -> bool:
    """Whether a file written to `path` must be written through, never replaced nor removed: a
    device, a FIFO or a socket (following symlinks), or the very file this process's standard
    output or error goes to (/dev/stderr, /dev/fd/1 when the shell sends it to a file). Decided by
    the file found alone, not by its path: /dev/shm/out.csv is a regular file like any other."""
    try:
        found = os.stat(path)
    except OSError:
        return False  # missing (a new file) or unreadable: the open says which
    return is_special(found.st_mode) or _is_own_output(found)


def is_named_pipe(path: Path) -> bool:
    """Whether `path` is a FIFO (following symlinks): opening it to write waits for a reader."""
    try:
        return stat.S_ISFIFO(os.stat(path).st_mode)
    except OSError:
        return False


def is_own_output(path: Path) -> bool:
    """Whether `path` is the very file this process's standard output or error goes to (following
    symlinks): a regular file `written_through` refuses for another reason than its kind."""
    try:
        return _is_own_output(os.stat(path))
    except OSError:
        return False


def _is_own_output(found: os.stat_result) -> bool:
    for descriptor in (1, 2):
        try:
            output = os.fstat(descriptor)
        except OSError:  # closed
            continue
        if (output.st_dev, output.st_ino) == (found.st_dev, found.st_ino):
            return True
    return False
