"""Fixtures for the explorer's Pilot tests: a store built from `tui_data`, and an app over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp

from tui_data import build_store, openai_db


@pytest.fixture
def deals_store(tmp_path: Path):
    store = build_store(tmp_path / "deals.db")
    yield store
    store.close()


@pytest.fixture
def app(deals_store: Store) -> DealsApp:
    return DealsApp(deals_store)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database holding the OpenAI story as source 1 (a file may define its own `db`)."""
    return openai_db(tmp_path / "review.db")
