"""Split a company an import joined to another (two "Ledgerline"s): name the new company, mark the
sources whose records are its, and `Store.split_company` (what `ai-deals split` calls) moves them.

Merging the two again undoes a split: `u` on a company page does it for the last split of the
session, as it undoes the last merge.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static

from ai_deals.store import Store, StoreError
from ai_deals.store.models import SourceSummary, SplitSummary, shell_word

from ..bursts import defer_keys, release_keys_unless_opening
from ..formatting import plural
from ..safe_text import clean_line
from ..widgets.virtual_list import RowStyles, VirtualList
from .company_rows import PageRow, render_page_row, source_row
from .fields import FieldsScreen

READ_ONLY_SPLITS = "Not taken: read-only database; companies can be read here, not split."


class SplitMade(NamedTuple):
    """One split made in this session: `u` on a company page undoes it (`Store.undo_split`)."""

    company_id: int
    other_id: int
    company: str
    other: str
    split: SplitSummary | None = None
    """What the split did, for an undo that leaves nothing of it; None: merge the two again."""


def splits_refused(app: App) -> bool:
    """On a read-only database, say at once that splits are off (True), before the dialog opens."""
    if not getattr(getattr(app, "store", None), "readonly", False):
        return False
    app.notify(READ_ONLY_SPLITS, severity="warning", markup=False)
    return True


def split_arguments(chosen: list[SourceSummary]) -> tuple[list[int], list[str]]:
    """The page's sources chosen, as `split_company` takes them: the documents' ids, and the URLs (or
    titles) deal file rows cite. An article is listed once with the file rows citing its URL, so its
    URL goes too: its rows move with it, as the list counted their facts together."""
    sources: list[int] = []
    cited: list[str] = []
    for source in chosen:
        if source.read_from is None:
            sources.append(source.id)
            if source.url and source.kind == "article":
                cited.append(source.url)
        else:  # a source rows of a deal file cite: its title is the cited title, else the URL
            cited.append(source.url or source.title)
    return list(dict.fromkeys(sources)), list(dict.fromkeys(cited))


def named_by_default(source: SourceSummary, ids: set[int], cited: set[str]) -> bool:
    """Whether `split_company`, told no sources, takes records of `source` (`Store.split_defaults`)."""
    if source.read_from is None:
        return source.id in ids
    return (source.url or source.title) in cited


def _moved(summary: SplitSummary) -> str:
    return (
        f"Split “{summary.other}” off “{summary.company}”: {plural(summary.records, 'record')} of "
        f"{plural(summary.sources, 'source')} moved"
    )


def split_status(summary: SplitSummary) -> str:
    """The status line after a split: what moved, and the key that undoes it (short enough for 80
    columns; `split_note`, a toast, gives the shell's undo too)."""
    return clean_line(f"{_moved(summary)} · u undoes")


def split_note(summary: SplitSummary) -> str:
    """What moved, and how to undo it: `u` here, or from a shell the merge `ai-deals split` prints."""
    undo = f"ai-deals merge {shell_word(summary.company)} {shell_word(summary.other)}"
    return clean_line(f"{_moved(summary)}. Undo: u here, or {undo}")


def unsplit_note(split: SplitMade) -> str:
    """The one line that says a split was undone."""
    return f"Split undone: “{clean_line(split.other)}” is merged back into “{clean_line(split.company)}”."


class SplitScreen(ModalScreen[SplitSummary | None], FieldsScreen):
    """The new company's name and the sources whose records go to it; dismissed with what the split
    did, or None when cancelled. A refusal (its own name, nothing to move) is said, the dialog stays."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", key_display="esc", id="split.cancel", tooltip="Split nothing"),
        Binding(
            "down", "to_sources", "Sources", id="split.sources", tooltip="Down to the sources", show=False
        ),
    ]

    def __init__(self, store: Store, company_id: int, company: str, sources: list[SourceSummary]) -> None:
        super().__init__()
        self.store = store
        self.company_id = company_id
        self.company = company
        self.sources = sources
        self.chosen: set[int] = set()
        """Indexes in `sources` of the sources marked to go to the new company."""
        self._touched = False
        """The person marked or unmarked a source: the marks no longer follow the name typed."""
        self._splitting = False

    def compose(self) -> ComposeResult:
        with Vertical(id="split-dialog", classes="dialog"):
            title = Text("Split a company off ", style="dim")
            title.append(clean_line(self.company), style="bold")
            yield Static(title, classes="dialog-title", markup=False)
            yield Input(placeholder="Name of the new company…", id="split-name")
            yield Static(
                "Its sources (space marks; marked: those naming the new name):",
                classes="dialog-hint",
                markup=False,
            )
            yield VirtualList(
                self._render_source,
                is_marked=self._marked,
                id="split-sources",
                empty_text="This company has no source.",
            )
            yield Static("Enter splits · Tab moves · Esc cancels", classes="dialog-hint", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        rows = [(index, source_row(source)) for index, source in enumerate(self.sources)]
        self.query_one("#split-sources", VirtualList).set_rows(rows)
        self.query_one("#split-name", Input).focus()

    @staticmethod
    def _render_source(row: tuple[int, PageRow], styles: RowStyles) -> Text:
        return render_page_row(row[1], styles)

    def _marked(self, row: tuple[int, PageRow]) -> bool:
        return row[0] in self.chosen

    # -- marks ------------------------------------------------------------------------------------

    @on(Input.Changed, "#split-name")
    def _name_changed(self, event: Input.Changed) -> None:
        if not self._touched:
            self.load_defaults(event.value)

    @work(thread=True, exclusive=True, group="split-defaults", exit_on_error=False)
    def load_defaults(self, name: str) -> None:
        """Mark the sources `ai-deals split` takes by default for `name` (those naming it)."""
        ids, cited = self.store.split_defaults(self.company_id, name)
        self.app.call_from_thread(self._defaults_loaded, name, ids, cited)

    def _defaults_loaded(self, name: str, ids: set[int], cited: set[str]) -> None:
        if self._touched or name != self.query_one("#split-name", Input).value:
            return  # marked by hand, or typed on meanwhile (its own look is on its way)
        self.chosen = {i for i, source in enumerate(self.sources) if named_by_default(source, ids, cited)}
        self.query_one("#split-sources", VirtualList).refresh_rows()

    @on(VirtualList.MarkToggled, "#split-sources")
    def _toggled(self, event: VirtualList.MarkToggled) -> None:
        row = event.virtual_list.highlighted
        if row is None:
            return
        self._touched = True
        self.chosen ^= {row[0]}
        event.virtual_list.refresh_rows()

    def action_to_sources(self) -> None:
        self.query_one("#split-sources", VirtualList).focus()

    # -- confirm ----------------------------------------------------------------------------------

    @on(Input.Submitted, "#split-name")
    @on(VirtualList.Chosen, "#split-sources")
    def _confirmed(self) -> None:
        name = self.query_one("#split-name", Input).value.strip()
        if self._splitting:
            return
        if not name:
            self.notify("Type the new company's name first.", severity="warning", markup=False)
            self.query_one("#split-name", Input).focus()
            return
        if not self.chosen:
            self.notify(
                f"Nothing to move: mark the sources whose records are {clean_line(name)}'s (space).",
                severity="warning",
                markup=False,
            )
            return
        sources, cited = split_arguments([self.sources[i] for i in sorted(self.chosen)])
        self._splitting = True
        defer_keys(self.app)  # the keys typed after Enter wait for the split's answer
        self.split(name, sources, cited)

    @work(thread=True, exclusive=True, group="split-write", exit_on_error=False)
    def split(self, name: str, sources: list[int], cited: list[str]) -> None:
        """The store's split (the CLI's); a refusal is said in one line and the dialog stays open."""
        try:
            summary = self.store.split_company(self.company_id, name, sources, cited)
        except StoreError as error:
            self.app.call_from_thread(self._refused, str(error))
            return
        self.app.call_from_thread(self._split_done, summary)

    def _split_done(self, summary: SplitSummary) -> None:
        self.dismiss(summary)
        self.app.call_later(release_keys_unless_opening, self.app)  # the keys typed since go to the page

    def _refused(self, message: str) -> None:
        self._splitting = False
        self.notify(f"Not split: {clean_line(message)}", severity="warning", markup=False, timeout=10)
        release_keys_unless_opening(self.app)

    def on_worker_state_changed(self, event) -> None:  # noqa: ANN001 (Worker.StateChanged)
        """Anything else failing (not a refusal) opens the error modal; the dialog can be tried again."""
        from textual.worker import WorkerState

        if event.state == WorkerState.ERROR and event.worker.group == "split-write":
            self._splitting = False
            release_keys_unless_opening(self.app)

    def action_cancel(self) -> None:
        """Esc: split nothing."""
        self.dismiss(None)
