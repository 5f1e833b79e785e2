"""Importing article files into a test store, as `ai-deals import FILE` does."""

from __future__ import annotations

from pathlib import Path

from ai_deals.importing import Overrides, parse_paths
from ai_deals.store import Store

FIXTURES = Path(__file__).parent.parent / "fixtures"


def import_article(store: Store, path: Path) -> str:
    """Import the article at `path`; the report's action ("added", "replaced", "unchanged")."""
    (report,) = store.import_sources(parse_paths([str(path)], Overrides()))
    return report.action
