"""The store's one error type: its message is a single line fit for the terminal."""


class StoreError(Exception):
    """A database that cannot be opened, migrated or written, said in one line."""


class FactGone(StoreError):
    """The fact a review decision (or its undo) is about is not in the database any more: another
    process re-imported its source meanwhile, which replaced its records."""


class EditRefused(StoreError):
    """A correction the store declines for a reason the person can act on (a name that is an alias
    of the fact's own company): said in the status line, nothing written; no error box."""
