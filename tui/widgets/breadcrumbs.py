"""The trail of screens that led here ("Search › OpenAI › Nvidia"), cut from the left when long."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from ..safe_text import clean_line

SEPARATOR = " › "


def trail_text(crumbs: list[str], width: int) -> Text:
    """The crumbs joined, the last one bold, dropping the oldest ones (shown as "…") to fit `width`."""
    shown = [clean_line(crumb) for crumb in crumbs]
    dropped = 0
    while len(shown) - dropped > 1 and len(SEPARATOR.join(["…", *shown[dropped:]])) > width:
        dropped += 1
    if dropped:
        shown = ["…", *shown[dropped:]]
    text = Text(no_wrap=True, overflow="ellipsis")
    for position, crumb in enumerate(shown):
        if position:
            text.append(SEPARATOR, style="dim")
        text.append(crumb, style="bold" if position == len(shown) - 1 else "")
    # Cut to the width here: a crumb longer than the line (a 300-character name) would otherwise be
    # wrapped whole onto a second line the widget does not show, leaving "… ›" alone.
    text.truncate(width, overflow="ellipsis")
    return text


class Breadcrumbs(Widget):
    """One line naming every screen on the stack, oldest first."""

    DEFAULT_CSS = """
    Breadcrumbs {
        height: 1;
    }
    """

    def on_mount(self) -> None:
        self.watch(self.screen, "crumb", self._crumb_changed)

    def _crumb_changed(self) -> None:
        self.refresh()

    def render(self) -> Text:
        crumbs = [getattr(screen, "crumb", "") for screen in self.app.screen_stack]
        return trail_text([crumb for crumb in crumbs if crumb], self.size.width)
