"""A tiny app that hosts one screen for Pilot tests, so screen tests do not depend on `DealsApp`'s wiring."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App
from textual.screen import Screen
from textual.widget import Widget

from ai_deals.tui.screens.error import ErrorScreen, error_message


class ScreenHost(App[None]):
    """Pushes `make_screen()` on mount and, like `DealsApp`, reports store errors in a modal."""

    def __init__(self, make_screen: Callable[[], Screen], css: str = "") -> None:
        self.CSS = css
        super().__init__()
        self.make_screen = make_screen
        self.errors: list[BaseException] = []

    def on_mount(self) -> None:
        self.push_screen(self.make_screen())

    def show_error(self, error: BaseException) -> None:
        """What `DealsApp.show_error` does: note the failure and show it in a modal."""
        self.errors.append(error)
        self.push_screen(ErrorScreen(error_message(error)))


def widget_lines(widget: Widget) -> list[str]:
    """The text of every line `widget` draws right now."""
    return [widget.render_line(y).text.rstrip() for y in range(widget.size.height)]
