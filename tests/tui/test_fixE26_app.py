"""Fixes from tester qa48's report (fixE26), in the app: review, help, timeline and company page."""

from __future__ import annotations

from pathlib import Path

from ai_deals.store import Store
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_helpers import import_one_by_one, settle, shown

TECHCRUNCH = """title: Nordwind Robotics grabs $45M Series A
date: 2026-11-12
url: https://techcrunch.com/2026/11/12/nordwind-robotics-series-a/
publisher: TechCrunch

Nordwind Robotics, a Berlin-based startup that builds foundation models for warehouse robots, has raised \
$45 million in a Series A round led by Lightspeed Venture Partners.

NVentures, Nvidia's venture capital arm, and Eurazeo also participated in the round.
"""


async def test_review_shows_the_sentence_naming_the_co_investors_too(tmp_path: Path):
    db = import_one_by_one(tmp_path / "deals.db", tmp_path, [("tc.txt", TECHCRUNCH)])
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            sentence = shown(app, "#review-sentence")
    assert "has raised $45 million" in sentence
    assert "and Eurazeo also participated in the round." in sentence
    assert sentence.count("— Nordwind Robotics grabs $45M Series A") == 1  # one source line for both
