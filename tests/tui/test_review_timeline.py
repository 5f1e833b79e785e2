"""`t` on a company's review screen opens that company's timeline, as it does from its page."""

from __future__ import annotations

from ai_deals.tui.screens.review import ReviewScreen
from ai_deals.tui.screens.timeline import TimelineScreen

from tui_helpers import settle


async def test_t_on_a_companys_review_opens_that_companys_timeline(app, deals_store):
    openai = deals_store.find_company("OpenAI").id
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(openai, "OpenAI")
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.company == (openai, "OpenAI")
