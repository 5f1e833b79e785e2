"""The relationship map (`m`): a company at the root, its investors and partners, and their other bets.

Drawn as a `Tree`: the selected company is the root, each company linked to it is a branch labelled with
how it is linked (amount and year), and under each branch the companies that one is also linked to, two
steps out. A line too long for the screen ends with "…"; the highlighted one is shown whole under the
tree. Enter on any node asks to open that company (`OpenCompany` bubbles up to the app).
"""

from __future__ import annotations

from collections import defaultdict
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Static, Tree
from textual.worker import get_current_worker

from ai_deals.store import Store
from ai_deals.store.errors import ReadStopped
from ai_deals.store.graph import MAX_NODES
from ai_deals.store.models import MapEdge, MapNode, RelationshipMap

from ..safe_text import clean_line
from ..widgets.map_tree import MapTree, full_label
from .base import DealsScreen

# How an edge reads from the branch's parent: (when the parent is the source, when it is the target).
_RELATION = {
    "invests": ("invested in", "investor"),
    # A stake traded or held says so (store/graph.py `_stake_kind`): its money did not go into the company.
    "buys stake": ("bought a stake in", "stake buyer"),
    "sells stake": ("sold its stake in", "stake seller"),
    "sells part of stake": ("sold part of its stake in", "seller of part of its stake"),
    "holds stake": ("holds a stake in", "shareholder"),
    # No amount: the round's total is not what this investor put in ("joined a round of · 2023" read as one).
    "joins round": ("joined a round", "round investor"),
    "partners": ("partner", "partner"),
    "acquires": ("acquired", "acquirer"),
}


class MapLoaded(Message):
    """The relationship map of the screen's company is ready."""

    def __init__(self, relationship_map: RelationshipMap) -> None:
        super().__init__()
        self.relationship_map = relationship_map


def relation_text(edge: MapEdge, parent_id: int) -> str:
    """'investor · $50B · 2026' seen from `parent_id` (the company the branch hangs from)."""
    outgoing, incoming = _RELATION.get(edge.kind, (edge.kind, edge.kind))
    words = outgoing if edge.source_id == parent_id else incoming
    return f"{words} · {edge.label}" if edge.label else words


def neighbours(relationship_map: RelationshipMap) -> dict[int, dict[int, list[MapEdge]]]:
    """For each company, the companies it is linked to and the edges linking them, in map order."""
    links: dict[int, dict[int, list[MapEdge]]] = defaultdict(dict)
    for edge in relationship_map.edges:
        links[edge.source_id].setdefault(edge.target_id, []).append(edge)
        links[edge.target_id].setdefault(edge.source_id, []).append(edge)
    return links


def linked_count(relationship_map: RelationshipMap) -> str:
    """ "12 linked companies"; a map cut at its size limit says so and how many it found:
    "199 of 3,000 linked companies shown (the map stops at 200)"."""
    shown = len(relationship_map.nodes) - 1
    found = relationship_map.found
    if not relationship_map.capped or found <= shown:
        return f"{shown:,} linked {'company' if shown == 1 else 'companies'}"
    more = " or more" if relationship_map.unwalked else ""  # their links may reach companies not found
    return f"{shown:,} of {found:,}{more} linked companies shown (the map stops at {MAX_NODES})"


def node_label(node: MapNode, edges: list[MapEdge], parent_id: int | None) -> Text:
    """The company's name in bold, then how it is linked to its parent (never markup)."""
    label = Text(clean_line(node.name), style="bold", no_wrap=True)
    if parent_id is not None and edges:
        relations = "; ".join(relation_text(edge, parent_id) for edge in edges)
        label.append("  " + clean_line(relations), style="dim")
    return label


class RelationshipMapScreen(DealsScreen):
    """A company's investors, partners and their other investments, two steps out, as a tree."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="map.open", tooltip="Open the highlighted company's page"),
    ]

    help_text = (
        "The company at the root; under it every company that invested in it, partners with it or was "
        "backed by it, with the amount and year; under those, the companies they are also linked to. "
        "A line too long for the screen ends with …: the highlighted company's is shown whole below. "
        "↑/↓ move, ←/→ fold and unfold, Enter opens the highlighted company."
    )

    class OpenCompany(Message):
        """The person asked to open `company_id` (called `name`) from the map."""

        def __init__(self, company_id: int, name: str) -> None:
            super().__init__()
            self.company_id = company_id
            self.name = name

    export_hint: ClassVar[str] = (
        "The map exports nothing itself (space folds here): Enter opens a company, "
        "whose page selects records with space, or exports them all with e."
    )
    """What `e` says here, instead of the advice to select records with space."""

    def __init__(self, store: Store, company_id: int, depth: int = 2) -> None:
        super().__init__()
        self.store = store
        self.company_id = company_id
        self.depth = depth
        self.crumb = "Map"
        self.relationship_map: RelationshipMap | None = None

    def compose_body(self) -> ComposeResult:
        tree = MapTree(Text("Loading…", style="dim"), id="map-tree")
        tree.auto_expand = False  # Enter opens a company; folding is ← / → / space
        yield tree
        # The highlighted company's relations whole: its line in the tree may end with "…".
        yield Static(id="map-detail")

    def on_mount(self) -> None:
        self.query_one("#map-tree", Tree).focus()
        self.set_status("Loading the map…")
        self.load_map()

    @work(thread=True, exclusive=True, group="map", exit_on_error=False)
    def load_map(self) -> None:
        """Fetch the map in a worker thread. Leaving the screen cancels the worker (Textual cancels a
        removed screen's workers): the store gives up at its next query, and frees the database for
        the screens after this one instead of reading on for a map nobody will see."""
        worker = get_current_worker()
        try:
            relationship_map = self.store.relationship_map(
                self.company_id, depth=self.depth, stopped=lambda: worker.is_cancelled
            )
        except ReadStopped:
            return
        if not worker.is_cancelled:
            self.post_message(MapLoaded(relationship_map))

    def on_map_loaded(self, message: MapLoaded) -> None:
        """Draw the tree: root, its links, and their links two steps out."""
        self.relationship_map = message.relationship_map
        self.fill_tree(message.relationship_map)

    def fill_tree(self, relationship_map: RelationshipMap) -> None:
        """Rebuild the tree from `relationship_map`."""
        nodes = {node.company_id: node for node in relationship_map.nodes}
        links = neighbours(relationship_map)
        center = nodes[relationship_map.center_id]
        self.crumb = f"Map · {clean_line(center.name)}"
        tree = self.query_one("#map-tree", Tree)
        tree.reset(node_label(center, [], None), center.company_id)
        for first_id, edges in links[center.company_id].items():
            label = node_label(nodes[first_id], edges, center.company_id)
            further = [
                (second_id, far_edges)
                for second_id, far_edges in links[first_id].items()
                if second_id not in (center.company_id, first_id)
            ]
            if not further:  # a leaf: no ▼ over nothing
                tree.root.add_leaf(label, first_id)
                continue
            branch = tree.root.add(label, first_id, expand=True)
            for second_id, far_edges in further:
                branch.add_leaf(node_label(nodes[second_id], far_edges, first_id), second_id)
        tree.root.expand()
        tree.move_cursor(tree.root)
        # The cursor was on the root already ("Loading…"): no highlight moves it, so the detail is told here.
        self._show_detail()
        self.set_status(f"{linked_count(relationship_map)} · Enter opens")

    def action_open(self) -> None:
        """Ask to open the highlighted company."""
        node = self.query_one("#map-tree", Tree).cursor_node
        if node is not None and node.data is not None and self.relationship_map is not None:
            names = {n.company_id: n.name for n in self.relationship_map.nodes}
            self.post_message(self.OpenCompany(node.data, names.get(node.data, "")))

    @on(Tree.NodeHighlighted, "#map-tree")
    def _node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        """The highlighted node's relations whole under the tree: the cursor's node, not a highlight
        message's, which may be of the "Loading…" root the map has since replaced."""
        node = self.query_one("#map-tree", Tree).cursor_node
        if node is not None:
            self.query_one("#map-detail", Static).update(full_label(node))

    @on(Tree.NodeSelected, "#map-tree")
    def _node_selected(self, event: Tree.NodeSelected) -> None:
        # Enter is bound on the screen, but a click (or the tree's own enter) selects too.
        event.stop()
        self.action_open()
