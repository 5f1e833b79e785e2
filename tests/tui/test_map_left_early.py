"""Leaving the relationship map before it is drawn stops its read: on a 1M-company database the
map of a heavy investor read on for minutes after Esc, holding the store the next screens waited for."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store, graph
from ai_deals.tui.screens.relationship_map import RelationshipMapScreen

from screen_host import ScreenHost
from tui_helpers import settle

DEALS = """kind,company,investors,amount,currency,date
investment,Acme,FundA,3000000,USD,2021
investment,Other,FundA,2000000,USD,2019
investment,Third,FundB,1000000,USD,2018
investment,Acme,FundB,4000000,USD,2020
"""


@pytest.fixture
def store(tmp_path: Path):
    deals = tmp_path / "deals.csv"
    deals.write_text(DEALS, encoding="utf-8")
    assert main(["--db", str(tmp_path / "map.db"), "--empty", "import", str(deals)]) == 0
    with Store.open(tmp_path / "map.db") as store:
        yield store


async def test_leaving_the_map_before_it_is_drawn_stops_its_read(store, monkeypatch):
    entered, left = threading.Event(), threading.Event()
    read = []
    links_of = graph._links_of

    def held_at_the_first_company(db, company_id, *rest):
        read.append(company_id)
        entered.set()
        left.wait(5)  # the map is left while its first company's links are read
        return links_of(db, company_id, *rest)

    monkeypatch.setattr(graph, "_links_of", held_at_the_first_company)
    acme = store.find_company("Acme").id
    app = ScreenHost(lambda: RelationshipMapScreen(store, acme))
    async with app.run_test(size=(100, 30)) as pilot:
        assert await asyncio.to_thread(entered.wait, 5)
        screen = app.screen
        await app.pop_screen()
        await pilot.pause()
        left.set()
        await settle(pilot)
        assert read == [acme]  # not FundA, FundB and their other bets after it was left
        assert app.errors == []
        assert screen.relationship_map is None
