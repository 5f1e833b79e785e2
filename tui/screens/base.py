"""What every full screen shares: breadcrumbs on top, status and footer below, store errors as a modal."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import Worker, WorkerState

if TYPE_CHECKING:  # the store's models load after the first frame
    from ai_deals.store.models import RecordRef

from ..widgets.breadcrumbs import Breadcrumbs
from ..widgets.status_bar import StatusBar

ExportScope = tuple[list["RecordRef"], str]
"""Records to export when nothing is selected, and the label to name the file after."""


def select_all_binding(area: str) -> Binding:
    """`ctrl+a` on a list of records: select every one of them, or (pressed again) unselect them."""
    return Binding(
        "ctrl+a",
        "select_all",
        "All",
        id=f"{area}.select_all",
        tooltip="Select every record of this list for export (again: unselect them)",
    )


class DealsScreen(Screen):
    """A full screen of the explorer. Subclasses implement `compose_body`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "back", "Back", id="screen.back", tooltip="Go back one step"),
    ]

    crumb: reactive[str] = reactive("")
    """This screen's name in the breadcrumbs."""

    help_text: ClassVar[str] = ""
    """One paragraph the help screen shows above the key list."""

    export_hint: ClassVar[str] = "Nothing to export here: select records with space first."
    """What `e` says when this screen has nothing to export and nothing is selected."""

    export_key: ClassVar[str] = "e"
    """The export key the status line names: "ctrl+e" where a text box takes the letters typed."""

    timeline_company: tuple[int, str] | None = None
    """The company `t` filters the timeline to (None: every company)."""

    _status: str = ""
    """The last status set: the status bar starts with it when the screen is composed after."""

    def compose(self) -> ComposeResult:
        yield Breadcrumbs()
        yield from self.compose_body()
        status_bar = StatusBar()
        status_bar.set_reactive(StatusBar.message, self._status)
        yield status_bar
        yield Footer(compact=True)

    def compose_body(self) -> ComposeResult:
        """The screen's own widgets, between breadcrumbs and status bar."""
        yield from ()

    @property
    def status(self) -> str:
        """What the status bar says now."""
        return self._status

    def set_status(self, message: str) -> None:
        """Show `message` (plain text, never markup) in the status bar; kept for it when the screen is
        not composed (yet, or any more: it was closed while opening), never a `NoMatches` crash."""
        self._status = message
        for status_bar in self.query(StatusBar):
            status_bar.message = message

    def export_scope(self) -> ExportScope | None:
        """What `e` exports when nothing is selected (None: nothing to export here)."""
        return None

    def read_again(self) -> bool:
        """Read what the screen shows again (records of it are gone); False when it cannot, and
        `e` exports what it shows as it is."""
        return False

    def action_back(self) -> None:
        """Go back one screen, never past the search screen."""
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()

    def on_screen_resume(self) -> None:
        # The stack below may have changed while another screen was on top.
        self.query_one(Breadcrumbs).refresh()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed store call opens the error modal; the app stays up."""
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.worker_failed(event.worker)
            self.app.show_error(event.worker.error)

    def worker_failed(self, worker: Worker) -> None:
        """Say in the status bar that the work failed, instead of leaving "Searching…" or "Loading…"."""
        from .error import error_message

        self.set_status(f"Failed: {error_message(worker.error)}")
