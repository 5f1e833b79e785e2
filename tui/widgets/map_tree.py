"""The relationship map's tree: a line too long for the screen ends with "…", never cut unseen."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode


class MapTree(Tree[int]):
    """A `Tree` of companies (each node's data its id) whose labels fit the width: a company's
    relations run long ("round investor · Seed · 2019; round investor · Series A · 2020; …"), and a
    `Tree` crops a line at the edge with nothing to say there is more. Here the line ends with "…";
    the screen shows the highlighted line whole under the tree (`full_label`)."""

    def render_label(self, node: TreeNode[int], base_style: Style, style: Style) -> Text:
        label = super().render_label(node, base_style, style)
        room = self.scrollable_content_region.width - self._indent(node)
        if 0 < room < label.cell_len:
            label.truncate(room, overflow="ellipsis")
        return label

    def _indent(self, node: TreeNode[int]) -> int:
        """The cells the guides take before `node`'s label: one guide per level under the root."""
        depth = 0
        while node.parent is not None:
            node, depth = node.parent, depth + 1
        return depth * self.guide_depth if self.show_root else max(0, depth - 1) * self.guide_depth


def full_label(node: TreeNode[int]) -> Text:
    """`node`'s whole label, wrapping where it is too long for one line (the tree's own ends in "…")."""
    label = node.label.copy()
    label.no_wrap = False
    label.overflow = "fold"
    return label
