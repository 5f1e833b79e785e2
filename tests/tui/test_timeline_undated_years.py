"""A company's timeline lists its undated rounds where its page does (before the dated round of a
later stage, else last): `[`, `]` and `g` count an undated round in the year it is listed in, say so
when no event is dated, and never land on an undated-last round as "on or after" a date."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.jump_date import JumpDateScreen
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle, type_text

ROWS = """company,round,amount,currency,date,lead_investors
Helio,Seed,1000000,USD,,Angel One
Helio,Series A,15000000,USD,2023-05-01,Balderton
Helio,Series B,40000000,USD,2024-09-01,Index Ventures
Helio,Grant,2000000,USD,,Innovate UK
Nodate,Seed,500000,USD,,Angel Two
Nodate,Grant,300000,USD,,Innovate UK
"""


@pytest.fixture
def store(tmp_path: Path):
    path = tmp_path / "undated.csv"
    path.write_text(ROWS, encoding="utf-8")
    assert main(["--db", str(tmp_path / "undated.db"), "--empty", "import", str(path)]) == 0
    with Store.open(tmp_path / "undated.db") as store:
        yield store


async def company_timeline(pilot, store: Store, name: str) -> TimelineScreen:
    await settle(pilot)
    pilot.app.open_company(store.find_company(name).id, name)
    await settle(pilot)
    await pilot.press("t")
    await settle(pilot)
    assert isinstance(pilot.app.screen, TimelineScreen)
    return pilot.app.screen


async def test_year_keys_on_a_company_with_only_undated_rounds_say_there_is_no_year(store):
    async with DealsApp(store).run_test(size=(100, 30)) as pilot:
        screen = await company_timeline(pilot, store, "Nodate")
        assert len(screen.events) == 2 and screen._years == []
        for key in ("left_square_bracket", "right_square_bracket"):
            await pilot.press(key)
            await settle(pilot)
            assert screen._status == "No dated event: no year to jump to"
            assert screen.query_one("#events", VirtualList).cursor == 0


async def test_an_undated_seed_listed_first_is_in_the_first_year(store):
    async with DealsApp(store).run_test(size=(100, 30)) as pilot:
        screen = await company_timeline(pilot, store, "Helio")
        events = screen.query_one("#events", VirtualList)
        assert [event.date for event in screen.events] == ["", "2023-05-01", "2024-09-01", ""]
        assert (screen._years, screen._year_starts) == (["2023", "2024"], [0, 2])
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert screen._status == "First year: 2023" and events.cursor == 0
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert events.cursor == 2


async def test_a_date_after_the_last_dated_event_lands_on_no_undated_round(store):
    async with DealsApp(store).run_test(size=(100, 30)) as pilot:
        screen = await company_timeline(pilot, store, "Helio")
        await pilot.press("g")
        await settle(pilot)
        assert isinstance(pilot.app.screen, JumpDateScreen)
        await type_text(pilot, "2030")
        await pilot.press("enter")
        await settle(pilot)
        assert screen._status == "No event on or after 2030: the last is of 2024"
        assert screen.query_one("#events", VirtualList).cursor == 0
