"""Whether a path is a regular file, checked before it is opened: the one rule for the files the
importers read and the database file the store opens. Its own module, importing only the standard
library, so that the command line checks its database path without the cost of `reading`."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

SYMLINK_LOOP = "symlink loop"
IS_A_DIRECTORY = "is a directory"
NOT_A_REGULAR_FILE = "not a regular file"


def regular_file_problem(path: Path | str) -> str | None:
    """Why `path` is no regular file (`SYMLINK_LOOP`, `IS_A_DIRECTORY`, `NOT_A_REGULAR_FILE`: a FIFO
    would block an open forever), or None for one. Any other OS error (missing, unreadable) is raised:
    what it means differs for a file to read and for a database yet to be made."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return SYMLINK_LOOP
        raise
    if stat.S_ISDIR(mode):
        return IS_A_DIRECTORY
    return None if stat.S_ISREG(mode) else NOT_A_REGULAR_FILE


CHANGED_WHILE_READ = "the file changed while it was read; nothing was written"


def file_state(path: Path | str) -> tuple[int, int, int, int]:
    """What tells a file's content changed without reading it again: its device, inode, size and
    modification time. A file written to (a download still arriving), truncated or replaced by another
    between two calls has another state."""
    info = os.stat(path)
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def changed_since(path: Path | str, before: tuple[int, int, int, int]) -> bool:
    """Whether `path` is no longer the file whose `file_state` was `before` (gone counts as changed)."""
    try:
        return file_state(path) != before
    except OSError:
        return True
