"""Shared fixtures: a fresh database, one holding a source shaped like the seed article, and one holding
one deal file (`database`, for commands run against it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import ONE_ROUND_DEALS, import_files

from ai_deals.store import Store

from factories import make_source


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "deals.db"


@pytest.fixture
def fresh_store(db_path: Path):
    store = Store.open(db_path)
    yield store
    store.close()


@pytest.fixture
def sample_store(fresh_store: Store) -> Store:
    fresh_store.import_source(make_source())
    return fresh_store


@pytest.fixture
def database(tmp_path: Path, capsys) -> Path:
    """A new database (no seed) holding one deal file, `cli_helpers.ONE_ROUND_DEALS` (Good AI's $3M
    round of 2024-01-01): for a command to be run, or refused, against."""
    return import_files(capsys, tmp_path, ("first.csv", ONE_ROUND_DEALS))
