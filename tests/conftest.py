"""Shared fixtures: a fresh database, and one holding a source shaped like the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

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
