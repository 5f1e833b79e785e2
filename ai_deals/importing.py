"""Import orchestration: paths -> importers -> store, with dry runs and seeding."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ai_deals.importers.loading import apply_overrides, iter_documents, load_article
from ai_deals.importers.models import ParsedSource
from ai_deals.store import Store
from ai_deals.store.models import ImportReport

from .paths import seed_files


@dataclass(frozen=True)
class Overrides:
    """What the user said about the documents, winning over what the files say."""

    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None


def parse_paths(
    paths: list[str], overrides: Overrides, stdin: TextIO | None = None
) -> Iterator[ParsedSource]:
    """Every article found under `paths`, parsed; raises InputError on the first bad file."""
    for document in iter_documents(paths, stdin=stdin):
        document = apply_overrides(
            document,
            published=overrides.published,
            url=overrides.url,
            publisher=overrides.publisher,
            language=overrides.language,
        )
        yield load_article(document)


def import_paths(
    store: Store, paths: list[str], overrides: Overrides, stdin: TextIO | None = None
) -> list[ImportReport]:
    """Parse everything first, then write it all in one transaction: a bad file writes nothing."""
    sources = list(parse_paths(paths, overrides, stdin))
    return store.import_sources(sources)


def load_seeds(store: Store) -> list[ImportReport]:
    """Load the shipped seed data set into a new database."""
    return import_paths(store, [str(path) for path in seed_files()], Overrides())


def open_store(path: Path, *, seed: bool = True, readonly: bool = False) -> Store:
    """Open the database; a database created just now gets the seeds unless `seed` is False."""
    store = Store.open(path, readonly=readonly)
    if store.created and seed:
        try:
            load_seeds(store)
        except BaseException:
            # A database that was never seeded would never be seeded later: leave no file behind.
            store.close()
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
            raise
    return store
