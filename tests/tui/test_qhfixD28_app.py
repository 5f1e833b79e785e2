"""An investor's page line for a co-investor sharing rounds and same-day stakes in no round says "3 deals",
never "3 rounds" (tester qa52 via qh28)."""

from __future__ import annotations

from pathlib import Path

from test_fixC27_app import investor_page, row_index
from test_qhfixD28 import MIXED_DEALS

from ai_deals.tui.widgets.status_bar import StatusBar

from tui_helpers import settle, shown_lines


async def test_a_co_investor_sharing_rounds_and_a_stake_deal_is_said_to_share_deals(tmp_path: Path):
    async with investor_page(tmp_path, "Nvidia", MIXED_DEALS) as (app, pilot, page):
        lines = shown_lines(page)
        page.move_to(row_index(page, "Microsoft"))
        await pilot.press("space")
        await settle(pilot)
        status = app.screen.query_one(StatusBar).render().plain
    line = next(line for line in lines if line.strip().startswith("Microsoft"))
    assert line.split()[:3] == ["Microsoft", "3", "deals"]
    assert "rounds" not in line
    assert "Selected the 3 deals shared with Microsoft" in status
