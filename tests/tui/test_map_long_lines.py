"""The relationship map at 80 and 120 columns: a company's relations longer than its line end with "…"
(they were cut at the edge with nothing to say so, qa44 item 4), and the highlighted company's relations
are shown whole under the tree, wrapped, so every relation can be read."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static, Tree

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.screens.relationship_map import RelationshipMapScreen

from screen_host import ScreenHost, widget_lines
from tui_helpers import settle

PELICAN = (
    "Pelican Capital  round investor · Seed · 2019; round investor · Series A · 2020; "
    "round investor · Series B · 2022; stake seller · $60M · 2023"
)
DEALS = """Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors,Investor Names
Halcyon Labs,Seed,4000000,USD,2019-04-10,Northgate Ventures,"Northgate Ventures, Pelican Capital"
Halcyon Labs,Series A,25000000,USD,2020-09-15,Pelican Capital,"Pelican Capital, Northgate Ventures"
Halcyon Labs,Series B,150000000,USD,2022-06-07,Albion Growth,"Albion Growth, Northgate Ventures, Pelican Capital"
"""
SALE = """title: Pelican Capital sells Halcyon Labs stake
date: 2023-05-12
publisher: TechWire

NEW YORK, May 12 (TechWire) - Pelican Capital has sold its stake in Halcyon Labs to Orchard Lane Partners for $60 million in a secondary sale, people familiar with the matter said.
"""
APP_CSS = (Path(__file__).parents[2] / "tui" / "app.tcss").read_text(encoding="utf-8")


@pytest.fixture
def store(tmp_path: Path):
    db = tmp_path / "map.db"
    for name, text in (("rounds.csv", DEALS), ("sale.txt", SALE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert main(["--db", str(db), "--empty", "import", str(tmp_path / name)]) == 0
    with Store.open(db) as store:
        yield store


async def _map_at(store: Store, size: tuple[int, int]) -> tuple[list[str], str, int]:
    """The tree's lines, the detail under it once Pelican Capital is highlighted, the tree's width."""
    halcyon = store.find_company("Halcyon Labs").id
    app = ScreenHost(lambda: RelationshipMapScreen(store, halcyon), APP_CSS)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        tree = app.screen.query_one("#map-tree", Tree)
        lines = [line for line in widget_lines(tree) if line.strip()]
        (pelican,) = [node for node in tree.root.children if node.label.plain.startswith("Pelican Capital")]
        tree.move_cursor(pelican)
        await pilot.pause()
        detail = app.screen.query_one("#map-detail", Static)
        shown = " ".join(line.strip() for line in widget_lines(detail) if line.strip())
        return lines, shown, tree.size.width


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_map_line_too_long_for_the_screen_ends_with_an_ellipsis(store, size):
    lines, _, width = await _map_at(store, size)
    (line,) = [line for line in lines if "Pelican Capital" in line]
    assert line.rstrip().endswith("…") and len(line) <= width
    assert PELICAN.startswith(line[line.index("Pelican Capital") :].rstrip("…"))  # the start of the whole


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_highlighted_companys_relations_are_shown_whole_under_the_map(store, size):
    _, shown, _ = await _map_at(store, size)
    assert shown == PELICAN


async def test_the_detail_line_tells_the_highlighted_root_once_the_map_is_loaded(store):
    # qa46 item 8(a): it read "Loading…" until the cursor moved (the cursor stayed on the root line).
    halcyon = store.find_company("Halcyon Labs").id
    app = ScreenHost(lambda: RelationshipMapScreen(store, halcyon), APP_CSS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        tree = app.screen.query_one("#map-tree", Tree)
        assert tree.cursor_node is tree.root
        detail = app.screen.query_one("#map-detail", Static)
        shown = " ".join(line.strip() for line in widget_lines(detail) if line.strip())
        assert shown == "Halcyon Labs"
