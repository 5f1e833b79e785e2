"""Keys typed while the explorer is still starting land in the search box."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from ai_deals.tui.app import DealsApp

from tui_helpers import settle


class EarlyTypist(DealsApp):
    """Types "openai" the moment the app mounts: before the search screen exists, as a fast user does."""

    def on_mount(self) -> None:
        for char in "openai":
            self.post_message(events.Key(char, char))


async def test_keys_typed_before_the_search_screen_is_ready_land_in_the_search_box(deals_store):
    app = EarlyTypist(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#query", Input).value == "openai"
