"""The search box's example searches find something in the database a first launch creates (the seed)."""

from __future__ import annotations

import re
from pathlib import Path

from ai_deals.importing import open_store
from ai_deals.tui.screens.search import PLACEHOLDER


def test_the_search_placeholders_examples_each_find_a_name_in_the_shipped_seed(tmp_path: Path):
    examples = [word.strip() for word in re.search(r"\((.*)\)", PLACEHOLDER).group(1).split(",")]
    assert len(examples) >= 2
    with open_store(tmp_path / "first.db") as store:
        for example in examples:
            assert store.search(example), f"{example!r} finds nothing on the seed"
