"""The seed's OpenAI page tells Amazon's $35B "once certain conditions are met" apart, as its chart
does: the header's money raised, the search line and the Investors row (tester qa37)."""

from __future__ import annotations

from pathlib import Path

from test_same_figure_twice_page import open_page

from ai_deals.importing import open_store
from ai_deals.tui.app import DealsApp

from tui_helpers import shown

RAISED = "raised $75B (+ $35B conditional)"


async def test_the_page_header_tells_a_stakes_conditional_tranche_apart_from_money_raised(tmp_path: Path):
    with open_store(tmp_path / "seeded.db") as store:  # a new database opens with the seed
        app = DealsApp(store)
        async with app.run_test(size=(160, 40)) as pilot:
            search_line, *page = await open_page(pilot, app, "openai")
            assert RAISED in search_line
            assert shown(app, "#company-title").startswith(f"OpenAI   {RAISED} ·")
            amazon = next(line for line in page if "Amazon" in line and "$50B" in line)
            assert "$15B committed · $35B conditional" in amazon
