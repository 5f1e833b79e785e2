"""The explorer's company page says "planned" for a raise the company only plans ("plans to raise $50 million"),
as `show` does, never "in talks" nor raised; its timeline (`t`) too (planned31)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle, shown_lines

STORY = """title: Zorglab AI plans a raise
date: 2025-09-01
publisher: TestWire

Zorglab AI raised $20 million in a Series A led by Albion Growth in March. Zorglab AI now plans to raise \
$50 million at a $400 million valuation.
"""


@pytest.fixture
def store(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))
    story = tmp_path / "zorglab.txt"
    story.write_text(STORY, encoding="utf-8")
    assert main(["--db", str(tmp_path / "zorglab.db"), "--empty", "import", str(story)]) == 0
    capsys.readouterr()
    with Store.open(tmp_path / "zorglab.db") as store:
        yield store


def _row_text(row) -> str:
    return "".join(text for text, _, _ in row.pieces)


async def test_the_company_page_and_its_timeline_say_a_planned_raise_is_planned(store):
    app = DealsApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_company(store.find_company("Zorglab AI").id, "Zorglab AI")
        await settle(pilot)
        rows = [_row_text(row) for row in app.screen.query_one("#page").rows]
        (planned,) = [row for row in rows if "$50M" in row]
        assert planned.endswith(" planned") and "in talks" not in planned, planned
        raised = [row for row in rows if "$20M" in row]  # the Series A's row (and its investor's)
        assert raised and all("planned" not in row for row in raised), raised

        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        lines = shown_lines(app.screen.query_one("#events", VirtualList))
        assert any(line.endswith("raises $50M (planned)") for line in lines), lines
