"""The store's one error type: its message is a single line fit for the terminal."""


class StoreError(Exception):
    """A database that cannot be opened, migrated or written, said in one line."""
