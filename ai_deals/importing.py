"""Import orchestration: paths -> importers -> store, with dry runs and seeding."""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ai_deals.importers.errors import InputError, raise_input_errors
from ai_deals.importers.exported import MARKDOWN_EXPORT
from ai_deals.importers.loading import (
    NOT_AN_ARTICLE,
    apply_overrides,
    expand_paths,
    is_stray_text,
    iter_documents,
    load_article,
    read_each,
)
from ai_deals.importers.models import ParsedSource
from ai_deals.importers.reading import RawDocument
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
        yield load_article(_overridden(document, overrides))


def _overridden(document: RawDocument, overrides: Overrides) -> RawDocument:
    return apply_overrides(
        document,
        published=overrides.published,
        url=overrides.url,
        publisher=overrides.publisher,
        language=overrides.language,
    )


ProgressFor = Callable[[RawDocument], AbstractContextManager[Callable[[float], None] | None]]
"""Given a document about to be parsed, a context (open while it is parsed) that yields the callback
to tell the share of it done, or None for no progress display."""


@dataclass
class ParsedArticles:
    """The articles of an import, every file that failed (one error each) and the files skipped."""

    sources: list[ParsedSource] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)


def parse_articles(
    names: list[str],
    overrides: Overrides,
    stdin: TextIO | None = None,
    *,
    in_folders: Collection[str] = (),
    progress_for: ProgressFor | None = None,
) -> ParsedArticles:
    """Each article file of `names` (files and `-`, already expanded) parsed, going on past a bad one.

    A text or Markdown file found in a folder (`in_folders`) with no header and no fact is skipped, not
    imported as an empty source. A bad flag (`--published`) is raised at once: it is no file's fault.
    `progress_for` lets the caller show a big article's progress (see `ProgressFor`).
    """
    parsed = ParsedArticles()
    in_folders = frozenset(in_folders)
    for name, outcome in read_each(names, stdin):
        if isinstance(outcome, InputError):
            if name in in_folders and outcome.problem == MARKDOWN_EXPORT:  # beside its CSV or JSON twin
                parsed.skipped.append(InputError(name, f"skipped, {MARKDOWN_EXPORT}"))
            else:
                parsed.errors.append(outcome)
            continue
        document = _overridden(outcome, overrides)
        try:
            with progress_for(document) if progress_for is not None else nullcontext() as progress:
                source = load_article(document, progress)
        except InputError as error:
            parsed.errors.append(error)
            continue
        if name in in_folders and is_stray_text(document, source):
            parsed.skipped.append(InputError(name, NOT_AN_ARTICLE))
        else:
            parsed.sources.append(source)
    return parsed


def import_paths(
    store: Store, paths: list[str], overrides: Overrides, stdin: TextIO | None = None
) -> list[ImportReport]:
    """Parse everything first, then write it all in one transaction: a bad file writes nothing."""
    parsed = parse_articles(expand_paths(paths), overrides, stdin)
    raise_input_errors(parsed.errors)
    return store.import_sources(parsed.sources)


def load_seeds(store: Store) -> list[ImportReport]:
    """Load the shipped seed data set into a new database."""
    return import_paths(store, [str(path) for path in seed_files()], Overrides())


def open_store(path: Path, *, seed: bool = True, readonly: bool = False) -> Store:
    """Open the database; a database created just now gets the seeds unless `seed` is False."""
    found = database_files_found(path)
    store = Store.open(path, readonly=readonly)
    if store.created and seed:
        try:
            load_seeds(store)
        except BaseException:
            # A database that was never seeded would never be seeded later: leave no file made now.
            store.close()
            remove_database_files_made(path, found)
            raise
    return store


def database_files(path: Path) -> tuple[Path, ...]:
    """The database file and the -wal and -shm files SQLite keeps beside it."""
    return (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def database_files_found(path: Path) -> frozenset[Path]:
    """Which of `database_files` are there now (a symlink counts, even a dangling one)."""
    return frozenset(file for file in database_files(path) if os.path.lexists(file))


def remove_database_files_made(path: Path, found: Collection[Path]) -> None:
    """Remove the database files that were not there before (`found`): only what this run made. A
    database that was there keeps its -wal and -shm too: another process may have it open."""
    if path in found:
        return
    for file in database_files(path):
        if file not in found:
            file.unlink(missing_ok=True)
