"""The relationship map lists a company's links oldest first (undated first), as its page lists
its rounds and investors: it listed them a record type at a time, "$3M · 2021" above "$1M · 2019"."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Tree

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.screens.relationship_map import RelationshipMapScreen

from screen_host import ScreenHost, widget_lines
from tui_helpers import settle

# FundA's stakes in Acme come in no date order, at every precision and one undated; a partnership
# (another record type) falls between them; FundC's other bet is older than its stake in Acme.
DEALS = """kind,company,investors,amount,currency,date,partner
investment,Acme,FundA,3000000,USD,2021-06-01,
investment,Acme,FundA,2000000,USD,2019-05,
investment,Acme,FundA,1000000,USD,2019,
investment,Acme,FundA,4000000,USD,,
investment,Acme,FundB,5000000,USD,2022,
investment,Acme,FundC,6000000,USD,2017-03,
partnership,Acme,,,,2018,Partner1
investment,Other,FundC,7000000,USD,2024,
investment,Other,FundC,8000000,USD,2016,
"""


@pytest.fixture
def store(tmp_path: Path):
    deals = tmp_path / "deals.csv"
    deals.write_text(DEALS, encoding="utf-8")
    assert main(["--db", str(tmp_path / "map.db"), "--empty", "import", str(deals)]) == 0
    with Store.open(tmp_path / "map.db") as store:
        yield store


def test_the_maps_links_come_oldest_first_whatever_their_precision(store):
    graph = store.relationship_map(store.find_company("Acme").id)
    assert [edge.date for edge in graph.edges] == [
        "",
        "2016",
        "2017-03",
        "2018",
        "2019",
        "2019-05",
        "2021-06-01",
        "2022",
        "2024",
    ]


async def test_the_map_shows_each_companys_links_and_branches_oldest_first(store):
    acme = store.find_company("Acme").id
    app = ScreenHost(lambda: RelationshipMapScreen(store, acme))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        lines = [line for line in widget_lines(app.screen.query_one("#map-tree", Tree)) if line.strip()]
    fund_a = next(line for line in lines if "FundA" in line)
    assert fund_a.split("FundA", 1)[1].strip() == (
        "investor · $4M; investor · $1M · 2019; investor · $2M · 2019; investor · $3M · 2021"
    )
    branches = [name for line in lines for name in ("FundA", "FundB", "FundC", "Partner1") if name in line]
    assert branches == ["FundA", "FundC", "Partner1", "FundB"]  # by each one's first link
    other = next(line for line in lines if "Other" in line)
    assert "invested in · $8M · 2016; invested in · $7M · 2024" in other
