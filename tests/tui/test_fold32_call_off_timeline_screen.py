"""The explorer's timeline (`t`) shows a round a later article calls off as one event saying "called off" once
with who said so, not beside an event of the call-off's own ("Nvidia invests $2B in Zeta (called off)"), as its
company's page lists it (fold32). Articles written for this test."""

from __future__ import annotations

from pathlib import Path

from ai_deals.importers.article import parse_article
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle, shown_lines

RAISED = "Zeta raised $2 billion from Nvidia, the AI startup said on Monday."
ABANDONED = "Nvidia has abandoned plans to invest $2 billion in Zeta, people familiar with the matter said."


async def test_the_whole_timeline_shows_a_called_off_round_once_saying_so_once(tmp_path: Path):
    with Store.open(tmp_path / "fold32.db") as store:
        store.import_source(
            parse_article(RAISED, title="Wire raises", published="2026-03-02", publisher="Wire")
        )
        store.import_source(
            parse_article(ABANDONED, title="Daily drops", published="2026-05-10", publisher="Daily")
        )
        app = DealsApp(store)
        async with app.run_test(size=(140, 30)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+t")  # the search field takes a plain "t"
            await settle(pilot)
            assert isinstance(app.screen, TimelineScreen)
            lines = [
                line for line in shown_lines(app.screen.query_one("#events", VirtualList)) if line.strip()
            ]
            events = [line for line in lines if "2026-" in line.split("called off")[0]]  # a dated row each
            assert len(events) == 1, lines
            assert (
                "Zeta" in events[0] and "raises $2B (called off: Daily, 2026-05-10) from Nvidia" in events[0]
            )
            assert sum(line.count("called off") for line in lines) == 1, lines
