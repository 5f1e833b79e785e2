"""The relationship map tells part of a stake sold as such (qa44, fixA25): "Pelican Capital has sold part of its
stake in Halcyon Labs" read "sold its stake in · $60M", an exit; it reads "sold part of its stake in", and from
the company's end "seller of part of its stake"."""

from __future__ import annotations

from textual.widgets import Tree

from ai_deals.importers.article import parse_article
from ai_deals.store import Store
from ai_deals.tui.screens.relationship_map import RelationshipMapScreen

from screen_host import ScreenHost, widget_lines
from tui_helpers import settle

STORY = "Pelican Capital has sold part of its stake in Halcyon Labs to Orchard Lane Partners for $60 million."


async def _map_lines(store: Store, company: str) -> str:
    app = ScreenHost(lambda: RelationshipMapScreen(store, store.find_company(company).id))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        lines = widget_lines(app.screen.query_one("#map-tree", Tree))
        return "\n".join(line.strip() for line in lines if line.strip())


async def test_the_map_says_part_of_a_stake_was_sold_from_either_end(fresh_store):
    fresh_store.import_source(parse_article(STORY, title="Secondary", published="2023-05-12"))
    seller = await _map_lines(fresh_store, "Pelican Capital")
    assert "sold part of its stake in · $60M · 2023" in seller
    assert "sold its stake in" not in seller and "exit" not in seller
    company = await _map_lines(fresh_store, "Halcyon Labs")
    assert "seller of part of its stake · $60M · 2023" in company
