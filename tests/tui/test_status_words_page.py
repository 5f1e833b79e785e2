"""The explorer tells a raise still in talks and money promised on a condition as such: the company
page's rows, its timeline (`t`) and its map (`m`) of a tester's Poolside story (qa35), as `show` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Tree

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.relationship_map import RelationshipMapScreen
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from screen_host import widget_lines
from tui_helpers import settle, shown_lines

POOLSIDE = Path(__file__).resolve().parents[1] / "fixtures" / "qa35" / "a3-poolside.html"


@pytest.fixture
def store(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))
    assert main(["--db", str(tmp_path / "poolside.db"), "--empty", "import", str(POOLSIDE)]) == 0
    capsys.readouterr()
    with Store.open(tmp_path / "poolside.db") as store:
        yield store


def _row_text(row) -> str:
    return "".join(text for text, _, _ in row.pieces)


async def test_the_page_timeline_and_map_say_in_talks_and_conditional(store):
    app = DealsApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_company(store.find_company("Poolside").id, "Poolside")
        await settle(pilot)
        rows = [_row_text(row) for row in app.screen.query_one("#page").rows]
        (in_talks,) = [row for row in rows if "$2B" in row]
        assert in_talks.endswith(" $12B pre-money in talks")
        (nvidia,) = [row for row in rows if "Nvidia" in row]
        assert "conditional" in nvidia

        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        lines = shown_lines(app.screen.query_one("#events", VirtualList))
        assert any(line.endswith("raises $2B (in talks)") for line in lines), lines
        assert any(line.endswith("Nvidia invests ≤$1B in Poolside (conditional)") for line in lines), lines

        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, RelationshipMapScreen)
        lines = widget_lines(app.screen.query_one("#map-tree", Tree))
        (nvidia,) = [line for line in lines if "Nvidia" in line]
        assert nvidia.rstrip().endswith("investor · ≤$1B · conditional · 2025")
