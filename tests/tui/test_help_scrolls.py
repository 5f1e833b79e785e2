"""At 80x24 the help of a company page scrolls to its last key and shows its closing line."""

from __future__ import annotations

import pytest

from ai_deals.tui.screens.help import HelpScreen

from tui_helpers import settle


def screen_text(app) -> str:
    return "\n".join(
        "".join(segment.text for segment in strip) for strip in app.screen._compositor.render_strips()
    )


@pytest.mark.parametrize("key", ["end", "pagedown", "down"])
async def test_the_company_pages_help_scrolls_to_its_last_keys_at_80x24(app, deals_store, key):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        last_keys, last_what, _ = app.screen.rows[-1]
        assert "Escape closes" in screen_text(app)
        for _ in range(1 if key == "end" else 40):
            await pilot.press(key)
        await settle(pilot)
        shown = screen_text(app)
        assert f"{last_keys}  {last_what}" in shown or (last_keys in shown and last_what in shown)
        assert "Escape closes · ctrl+p opens the command palette" in shown
