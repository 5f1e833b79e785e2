"""Testers' items left from session 25 (ui26) in the explorer: an investor spelt two ways in one raise
("Quill Capital Partners", "Quill Capital") is one investor in the search list and on the map, as on
its company's page; another fund ("Quill Ventures") stays apart. A partnership a later one renews
reads renewed until the renewal's end on the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_same_figure_twice_page import open_page
from test_ui26 import EGRET, EGRET_DEALS, EGRET_FR, IBIS, RENEWED, SIGNED
from textual.widgets import Tree

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.relationship_map import RelationshipMapScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from screen_host import ScreenHost, widget_lines
from tui_helpers import settle, shown_lines, type_text


@pytest.fixture
def store(tmp_path: Path):
    db = tmp_path / "quill.db"
    for name, text in (
        ("egret.txt", EGRET),
        ("fr.txt", EGRET_FR),
        ("egret.csv", EGRET_DEALS),
        ("ibis.txt", IBIS),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert main(["--db", str(db), "--empty", "import", str(path)]) == 0
    with Store.open(db) as store:
        yield store


async def test_the_search_list_shows_an_investor_spelt_two_ways_once(store):
    app = DealsApp(store)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        await type_text(pilot, "Quill")
        await settle(pilot)
        lines = [line for line in shown_lines(app.screen.query_one("#results", VirtualList)) if line.strip()]
    assert len(lines) == 2
    assert any("Quill Capital" in line and "Partners" not in line for line in lines)
    assert any("Quill Ventures" in line for line in lines)


async def test_the_map_shows_an_investor_spelt_two_ways_in_one_raise_once(store):
    egret = store.find_company("Egret AI").id
    app = ScreenHost(lambda: RelationshipMapScreen(store, egret))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        lines = [line for line in widget_lines(app.screen.query_one("#map-tree", Tree)) if line.strip()]
        status = app.screen.query_one("StatusBar").render()
    assert not any("Quill Capital Partners" in line for line in lines)
    assert sum("Quill Capital" in line for line in lines) == 1
    assert "2 linked companies" in str(status)


async def test_the_page_shows_a_partnership_renewed_until_the_renewals_end(tmp_path: Path):
    db = tmp_path / "renewed.db"
    for name, text in (("signed.txt", SIGNED), ("renewed.txt", RENEWED)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert main(["--db", str(db), "--empty", "import", str(path)]) == 0
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(200, 40)) as pilot:
            _, *page = await open_page(pilot, app, "Halcyon")
    (first,) = [line for line in page if "since 2021-05-04" in line]
    assert "until 2024 · renewed 2024-03-12, until 2029-03-12" in first
