"""Items session 27 left in the explorer (ui28): a recalled raise on the timeline, an investor's
co-investors at 80 columns, the status of ctrl+a, the export dialog's count on ctrl+o."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fixF26 import followup
from test_ui28 import RECALL

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import import_one_by_one, open_whole_timeline, shown, shown_lines


@pytest.fixture
def recalled_store(tmp_path: Path):
    db = import_one_by_one(tmp_path / "recall.db", tmp_path, [("recall.txt", followup(RECALL))])
    with Store.open(db) as store:
        yield store


# -- 1. a recalled raise on the timeline ------------------------------------------------------------------


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_timeline_says_a_recalled_raise_happened_on_or_before_its_articles_day(
    recalled_store, size
):
    """The row (cut at 80 columns, its investors after it) and the sentence panel, above the sentence that
    only recalls the raise: "on or before 2026-11-27", as the company's page says it."""
    app = DealsApp(recalled_store)
    async with app.run_test(size=size) as pilot:
        screen = await open_whole_timeline(pilot)
        [row] = [line for line in shown_lines(screen.query_one("#events", VirtualList)) if line.strip()]
        assert "raises $48M (Series A) on or before" in row
        panel = shown(app, "#sentence")
        assert panel.startswith("on or before 2026-11-27\nNordwind Robotics, which raised $48 million")
