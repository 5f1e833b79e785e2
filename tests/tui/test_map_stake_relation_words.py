"""The relationship map's relation word says what a stake edge is: "bought a stake in" / "sold its stake in" /
"holds a stake in" (seen from the other end "stake buyer" / "stake seller" / "shareholder"), and the label no
longer repeats it. It read "invested in · $5.83B · exit": the relation word contradicted the tag."""

from __future__ import annotations

from textual.widgets import Tree

from ai_deals.importers.article import parse_article
from ai_deals.store import Store
from ai_deals.tui.screens.relationship_map import RelationshipMapScreen

from screen_host import ScreenHost, widget_lines
from tui_helpers import settle

STORY = (
    "SoftBank sold its entire stake in Nvidia for $5.83 billion. "
    "SoftBank Group has bought a 4% stake in Canadian AI company Cohere from early investors for about "
    "$280 million in a secondary sale. "
    "Google holds a 10% stake in Anthropic valued at $3 billion."
)


def _import_story(store: Store) -> None:
    store.import_source(parse_article(STORY, title="Stakes", published="2025-11-11"))


def _edge_of(store: Store, company: str) -> tuple[str, str]:
    """The kind and label of the one edge into `company` (its map also reaches its investor's other stakes)."""
    target = store.find_company(company).id
    (edge,) = [edge for edge in store.relationship_map(target).edges if edge.target_id == target]
    return edge.kind, edge.label


def test_a_stake_sold_bought_or_held_is_an_edge_of_its_kind_whose_label_does_not_repeat_it(fresh_store):
    _import_story(fresh_store)
    assert _edge_of(fresh_store, "Nvidia") == ("sells stake", "$5.83B · 2025")
    assert _edge_of(fresh_store, "Cohere") == ("buys stake", "~$280M · 4% · 2025")
    assert _edge_of(fresh_store, "Anthropic") == ("holds stake", "$3B · 10% · 2025")


def test_money_put_in_stays_invested_in(fresh_store):
    text = "Nvidia invested $2 billion in Mistral AI in March 2025."
    fresh_store.import_source(parse_article(text, title="Mistral", published="2025-11-11"))
    assert _edge_of(fresh_store, "Mistral AI")[0] == "invests"


async def _map_lines(store: Store, company: str) -> list[str]:
    app = ScreenHost(lambda: RelationshipMapScreen(store, store.find_company(company).id))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        return [
            line.strip() for line in widget_lines(app.screen.query_one("#map-tree", Tree)) if line.strip()
        ]


async def test_the_map_rows_say_bought_sold_or_held_a_stake_from_either_end(fresh_store):
    _import_story(fresh_store)
    seller = "\n".join(await _map_lines(fresh_store, "SoftBank Group"))
    assert "sold its stake in · $5.83B · 2025" in seller
    assert "bought a stake in · ~$280M · 4% · 2025" in seller
    assert "invested in" not in seller and "exit" not in seller and "bought · " not in seller
    held = "\n".join(await _map_lines(fresh_store, "Anthropic"))
    assert "shareholder · $3B · 10% · 2025" in held and "held" not in held
    sold = "\n".join(await _map_lines(fresh_store, "Nvidia"))
    assert "stake seller · $5.83B · 2025" in sold and "investor" not in sold
