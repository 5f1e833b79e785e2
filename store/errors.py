"""The store's one error type: its message is a single line fit for the terminal."""

import sys

# SQLite's integers are 64-bit: a bigger number typed by a user (`unmerge 99999999999999999999999`)
# makes sqlite3 raise OverflowError. No row has such an id, so a lookup answers "none".
SQLITE_INTEGERS = range(-(2**63), 2**63)


class StoreError(Exception):
    """A database that cannot be opened, migrated or written, said in one line."""


class FactGone(StoreError):
    """The fact a review decision (or its undo) is about is not in the database any more: another
    process re-imported its source meanwhile, which replaced its records."""


class EditRefused(StoreError):
    """A correction the store declines for a reason the person can act on (a name that is an alias
    of the fact's own company): said in the status line, nothing written; no error box."""


class CompanyGone(StoreError):
    """The company asked for is not in the database any more: merged into another (`kept_id`,
    `kept_name`: its page is that one's now) or removed, nothing naming it (the message says what did;
    `kept_id` is the company of its name made since, if one was)."""

    def __init__(
        self, message: str, name: str | None = None, kept_id: int | None = None, kept_name: str | None = None
    ):
        super().__init__(message)
        self.name = name
        self.kept_id = kept_id
        self.kept_name = kept_name


class MergeSplitApart(StoreError):
    """The merge asked to be undone was reversed already by a split of its company: nothing to
    undo, said in one line (the explorer's status line, no error box)."""


class MergeAlreadyUndone(StoreError):
    """The merge asked to be undone was undone already (`ai-deals unmerge` in another shell): nothing
    to undo, said in one line (the explorer's status line, no error box)."""


class ReadStopped(StoreError):
    """A long read given up between two of its queries because its caller no longer wants it (the
    explorer's relationship map, left before it was drawn): nothing to say, nothing written."""


def is_disk_full(error: BaseException) -> bool:
    """SQLite's SQLITE_FULL ("database or disk is full"): the disk (or the temporary folder) ran out of
    room mid-write. Asked without importing sqlite3 (this module is cheap to import: the command line
    asks before knowing whether any command opened a database); no sqlite3 loaded, no sqlite3 error."""
    sqlite3 = sys.modules.get("sqlite3")
    return (
        sqlite3 is not None and isinstance(error, sqlite3.OperationalError) and "disk is full" in str(error)
    )
