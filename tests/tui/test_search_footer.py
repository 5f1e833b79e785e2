"""The search screen's footer: every key a user needs there fits one line at 80 columns."""

from __future__ import annotations

import pytest
from textual.widgets import Footer

from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.search import SearchScreen

from tui_helpers import settle


def footer_line(app) -> str:
    """What the footer's bottom line reads, left to right (its keys and group labels)."""
    footer = app.screen.query_one(Footer)
    assert footer.region.height == 1
    shown = [w for w in footer.walk_children() if type(w).__name__ in ("FooterKey", "FooterLabel")]
    right_edge = footer.region.right
    assert all(w.region.right <= right_edge and w.region.width > 0 for w in shown), "a key is cut off"
    words = []
    for widget in sorted(shown, key=lambda w: w.region.x):
        if type(widget).__name__ == "FooterLabel":
            words.append(str(widget.render()).strip())
        else:
            words.append(f"{widget.key_display} {widget.description}".strip())
    return " ".join(words)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_search_footer_shows_every_key_the_screen_needs(app, size):
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        line = footer_line(app)
        for shown in ("⏎ Open", "↑ ↓ Move", "esc Clear", "^e Export", "^t Timeline", "f1 Help"):
            assert shown in line, line


async def test_up_down_and_enter_in_the_search_box_still_move_and_open(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down", "up")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
