"""Merge a duplicate into a company: find it by fuzzy search, confirm, and undo if it was a mistake.

The kept company is the one whose page the person came from; the duplicate's records, investments
and names move to it (its names become aliases, so search still finds it under them). The store keeps
a snapshot of what moved, so `u` puts every row back.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input, Static
from textual.widgets.input import Selection
from textual.worker import Worker, get_current_worker

from ai_deals.store import Store
from ai_deals.store.errors import MergeAlreadyUndone, MergeSplitApart
from ai_deals.store.formatting import unmerge_notes
from ai_deals.store.models import Company, SearchHit

from ..bursts import defer_keys, release_keys_unless_opening
from ..formatting import plural
from ..safe_text import clean_line
from ..widgets.virtual_list import VirtualList
from .base import DealsScreen
from .confirm import ConfirmScreen
from .fields import FieldsScreen
from .search import render_hit
from .split import SplitMade, unsplit_note

CANDIDATES = 30


class MergeMade(NamedTuple):
    """One merge made in this session: what `u` (here, on a company page or in the palette) undoes."""

    merge_id: int
    merged: str
    """The duplicate's name."""
    kept: str
    """The kept company's name."""


def undone_note(merge: MergeMade | SplitMade) -> str:
    """The one line that says which merge (or split) was undone."""
    if isinstance(merge, SplitMade):
        return unsplit_note(merge)
    return f"Merge undone: “{clean_line(merge.merged)}” is back, apart from “{clean_line(merge.kept)}”."


class Undone(NamedTuple):
    """What undoing a merge (or a split) did."""

    refused: str | None = None
    """The one line saying why nothing was undone; None once undone."""
    notes: tuple[str, ...] = ()
    """What became of the records imported while the merge stood (`unmerge_notes`), as `ai-deals
    unmerge` says it; plain text, never markup."""


def undo_in_store(store: Store, made: MergeMade | SplitMade) -> Undone:
    """Undo a merge by its number, or a split (`Store.undo_split`: no alias nor merge left of it).
    Refused when another shell's split separated the two already (undoing the merge as well would
    make the company twice)."""
    if isinstance(made, SplitMade):
        if made.split is None:
            store.merge_companies(made.company_id, made.other_id)
        else:
            store.undo_split(made.split)
        return Undone()
    try:
        undone = store.undo_merge(made.merge_id)
    except MergeSplitApart:
        return Undone(
            f"Not undone: “{clean_line(made.merged)}” was already separated from “{clean_line(made.kept)}” by a split."
        )
    except MergeAlreadyUndone as error:  # `ai-deals unmerge` in another shell: expected, no error box
        return Undone(f"Not undone: {clean_line(error)}, from another shell.")
    restored = store.get_company(undone.company_id).name
    split = f"S on {undone.kept}'s page moves a source's records"
    return Undone(notes=tuple(clean_line(note) for note in unmerge_notes(undone, restored, split)))


def say_records_since(app: App, undone: Undone) -> None:
    """Tell what became of the records imported while the merge stood, when there were any: the lines
    `ai-deals unmerge` prints, in one toast that stays long enough to read."""
    if undone.notes:
        app.notify(
            "\n".join(undone.notes), title="Records imported during the merge", markup=False, timeout=15
        )


READ_ONLY_MERGES = "Not taken: read-only database; companies can be read here, not merged or unmerged."


def merges_refused(app: App) -> bool:
    """On a read-only database, say at once that merges are off (True); the merge screen used to
    open, offer every key, and fail on the last one with an error dialog."""
    store = getattr(app, "store", None)
    if not getattr(store, "readonly", False):
        return False
    app.notify(READ_ONLY_MERGES, severity="warning", markup=False)
    return True


# Words a name may start with that say nothing of whose it is ("The Ledger"): the next word is searched.
_LEADING_ARTICLES = frozenset({"the", "a", "an", "la", "le", "les", "el", "der", "die", "das"})


def first_word(name: str) -> str:
    """The word of a company's name the merge box starts from: its first, past a leading article ("The
    Ledger": "Ledger"), so that search lists every company spelt alike ("Northgate" finds "Northgate VC"
    for "Northgate Ventures"); the whole name when it is one word."""
    words = name.split()
    if len(words) > 1 and words[0].casefold() in _LEADING_ARTICLES:
        words = words[1:]
    return words[0] if words else name


class MergeCandidates(Message):
    """Search hits for query number `generation`, without the kept company."""

    def __init__(self, generation: int, hits: list[SearchHit], done: bool = True) -> None:
        super().__init__()
        self.generation = generation
        self.hits = hits
        self.done = done
        """False when the search was cancelled before its end: its hits are not the answer."""


class KeptCompanyLoaded(Message):
    def __init__(self, company: Company) -> None:
        super().__init__()
        self.company = company


class MergeScreen(DealsScreen, FieldsScreen):
    """Pick the duplicate of the kept company, confirm, merge; `u` undoes the last merge."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "up", "move(-1)", "Up", id="merge.up", tooltip="Highlight the previous candidate", show=False
        ),
        Binding(
            "down", "move(1)", "Down", id="merge.down", tooltip="Highlight the next candidate", show=False
        ),
        Binding(
            "enter", "pick", "Merge", id="merge.pick", tooltip="Merge the highlighted company into this one"
        ),
        Binding(
            "u,ctrl+z", "undo", "Undo", id="merge.undo", tooltip="Undo the last merge (ctrl+z in the box)"
        ),
    ]

    help_text = (
        "Type the duplicate's name, highlight it and press Enter, then confirm: its records, investments "
        "and names move to the company you came from. ctrl+z (or u outside the search box) undoes the last merge."
    )

    class Changed(Message):
        """Companies were merged or a merge undone: pages showing `company_id` are stale."""

        def __init__(self, company_id: int) -> None:
            super().__init__()
            self.company_id = company_id

    def __init__(
        self, store: Store, company_id: int, history: list[MergeMade | SplitMade] | None = None
    ) -> None:
        super().__init__()
        self.store = store
        self.company_id = company_id
        self.kept: Company | None = None
        self.merges: list[MergeMade | SplitMade] = [] if history is None else history
        """The merges made (the app's, shared by every screen that undoes one), last one last."""
        self.crumb = "Merge"
        self._generation = 0
        self._shown = 0
        """The query number whose candidates are shown: behind `_generation` while a search runs."""
        self._pick_when_shown = False
        """Enter was pressed while the candidates for the text typed were not in yet: ask about the
        first of them once they are (not about the one highlighted for the text before)."""
        self._moves_pending: list[int] = []
        """↑/↓ (+1, -1) typed since the text last changed, its candidates not in yet: they move in
        those candidates once they are."""
        self._query = ""
        self._note = ""
        self._searching = False
        """A search runs: the next one waits for it (`_search`)."""
        self._searched = 0
        """The query number of the search running (or run last)."""

    def compose_body(self) -> ComposeResult:
        yield Static("", id="merge-title", markup=False)
        yield Input(placeholder="Name of the duplicate…", id="merge-query")
        yield VirtualList(render_hit, id="merge-candidates", empty_text="No other company matches.")

    def on_mount(self) -> None:
        box = self.query_one("#merge-query", Input)
        box.focus()
        # As the text changes, not on its `Input.Changed`, which comes up after the keys the box had
        # already been handed: a ↓ typed right after a letter moved in the candidates of the text before.
        self.watch(box, "value", self._query_changed, init=False)
        self.load_kept()
        self._search("")

    # -- store calls (worker threads) -------------------------------------------------------------

    @work(thread=True, group="merge-kept", exit_on_error=False)
    def load_kept(self) -> None:
        """Fetch the kept company (for its name)."""
        self.post_message(KeptCompanyLoaded(self.store.get_company(self.company_id)))

    @work(thread=True, group="merge-search", exit_on_error=False)
    def run_search(self, generation: int, query: str) -> None:
        """Fuzzy-search candidates, leaving out the kept company (one search at a time: `_search`)."""
        hits = [hit for hit in self.store.search(query, CANDIDATES + 1) if hit.company_id != self.company_id]
        # Answered even when cancelled: the next search, and an Enter waiting for the candidates, wait
        # for this message (`_searching`); left unanswered, every later search and Enter waited forever.
        cancelled = get_current_worker().is_cancelled
        self.post_message(MergeCandidates(generation, hits[:CANDIDATES], done=not cancelled))

    @work(thread=True, exclusive=True, group="merge-write", exit_on_error=False)
    def merge(self, duplicate: SearchHit) -> None:
        """Fold the duplicate into the kept company, with what that makes absurd (one of the two
        acquired the other: the merged company would have acquired itself)."""
        warnings = self.store.merge_warnings(self.company_id, duplicate.company_id)
        merge_id = self.store.merge_companies(self.company_id, duplicate.company_id)
        made = MergeMade(merge_id, duplicate.name, self._kept_name)
        self.app.call_from_thread(self._merged, made, warnings)

    @work(thread=True, exclusive=True, group="merge-write", exit_on_error=False)
    def undo(self, merge: MergeMade | SplitMade) -> None:
        """Undo one merge (or split: the two are merged again)."""
        undone = undo_in_store(self.store, merge)
        self.app.call_from_thread(self._undone, merge, undone)

    # -- answers ----------------------------------------------------------------------------------

    def on_kept_company_loaded(self, message: KeptCompanyLoaded) -> None:
        self.kept = message.company
        name = clean_line(message.company.name)
        self.crumb = f"Merge into {name}"
        title = Text("Merge a duplicate into ", style="dim")
        title.append(name, style="bold")
        self.query_one("#merge-title", Static).update(title)
        box = self.query_one("#merge-query", Input)
        if not box.value:
            # Duplicates are usually spelt alike: start from the name's first word (searched as it is
            # set: an Enter already typed waits for these), selected so that typing replaces it (typing
            # after it searched for "OpenAIthrive"). Not the whole name: search wants every word of it,
            # so "Northgate Ventures" found only itself and never offered "Northgate VC".
            start = first_word(name)
            box.value = start
            box.selection = Selection(0, len(start))
        self._pick_if_asked()

    def on_merge_candidates(self, message: MergeCandidates) -> None:
        self._searching = False
        if message.generation != self._generation or not message.done:
            self._search_latest()  # typed meanwhile (or cut short): search the text as it is now (only)
            return
        self._shown = message.generation
        self.query_one("#merge-candidates", VirtualList).set_rows(message.hits)
        self._apply_pending_moves()
        count = (
            f"{plural(len(message.hits), 'candidate')} · Enter merges the highlighted one"
            if message.hits
            else "No candidate"  # not "0 candidates · Enter merges…", which Enter then refuses
        )
        self.set_status(f"{self._note} · {count}" if self._note else count)
        self._pick_if_asked()

    def _pick_if_asked(self) -> None:
        """Enter was pressed before the candidates (or the kept company) were in: ask now, then let the
        keys typed after Enter go on (to the question, when one was asked)."""
        if self._pick_when_shown and self._shown == self._generation and self.kept is not None:
            self._pick_when_shown = False
            self.action_pick()
            release_keys_unless_opening(self.app)

    def worker_failed(self, worker: Worker) -> None:
        super().worker_failed(worker)
        if (
            worker.group in ("merge-search", "merge-kept") and self._pick_when_shown
        ):  # nothing to pick: the keys go on
            self._pick_when_shown = False
            release_keys_unless_opening(self.app)
        if worker.group == "merge-search":
            self._searching = False
            if self._generation != self._searched:
                self._search_latest()  # typed since: search that
            else:  # the latest text's search failed (the error dialog says why): Enter takes what is shown
                self._shown = self._generation
                self._apply_pending_moves()
        if worker.group == "merge-write":  # the keys held since "y" (or u) go on, to the box
            self._back_to_the_box()

    def _merged(self, merge: MergeMade, warnings: list[str] | None = None) -> None:
        self.merges.append(merge)
        self._report(f"Merged “{clean_line(merge.merged)}” into “{self._kept_name}” · ctrl+z undoes")
        for warning in warnings or []:
            self.notify(clean_line(warning), severity="warning", markup=False, timeout=10)
        self._back_to_the_box()

    def _undone(self, merge: MergeMade | SplitMade, undone: Undone) -> None:
        if undone.refused is not None:
            self._report(undone.refused)
        elif isinstance(merge, SplitMade):
            self._report(unsplit_note(merge))
        else:
            self._report(f"Merge undone: “{clean_line(merge.merged)}” is back")
            say_records_since(self.app, undone)
        self._back_to_the_box()

    def _back_to_the_box(self) -> None:
        """After a merge (or its undo): the focus in the box, its text selected so that the next name
        typed replaces it (the focus went to the candidates, where the letters of that name acted as
        commands: t opened the timeline, q quit); then the keys held since the answer go on, to it."""
        box = self.query_one("#merge-query", Input)
        box.focus()
        box.selection = Selection(0, len(box.value))
        self.app.call_later(release_keys_unless_opening, self.app)

    def _report(self, note: str) -> None:
        """Say what changed (it stays in the status bar), tell the app, refresh the candidates."""
        self._note = note
        self.set_status(note)
        self.post_message(self.Changed(self.company_id))
        self._search(self._query)

    @property
    def _kept_name(self) -> str:
        return clean_line(self.kept.name) if self.kept else ""

    # -- keys -------------------------------------------------------------------------------------

    def _query_changed(self, value: str) -> None:
        if value != self._query:
            self._search(value)

    @on(Input.Submitted, "#merge-query")
    def _query_submitted(self) -> None:
        self.action_pick()

    @on(VirtualList.Chosen, "#merge-candidates")
    def _candidate_chosen(self) -> None:
        self.action_pick()

    def _search(self, query: str) -> None:
        """Search for `query`, once the search running (if any) is in. The store answers one search
        at a time: each letter of a name typed in one burst started its own search, every one run to
        the end though stale, and on a big database the Enter after them waited for all of them
        (seconds: it looked lost, and a second Enter did nothing)."""
        self._generation += 1
        self._query = query
        self._moves_pending = []  # the new text's candidates start on their first row, as typed slowly
        if not self._searching:
            self._search_latest()

    def _search_latest(self) -> None:
        self._searching = True
        self._searched = self._generation
        self.run_search(self._generation, self._query)

    def action_move(self, delta: int) -> None:
        """Move the highlight without leaving the search box; while the search for the text typed is
        still running (↓ typed or pasted right after it), move in its candidates once they are in."""
        if self._shown != self._generation:
            self._moves_pending.append(delta)
            return
        candidates = self.query_one("#merge-candidates", VirtualList)
        candidates.action_cursor_down() if delta > 0 else candidates.action_cursor_up()

    def _apply_pending_moves(self) -> None:
        """Move in the candidates just shown as the ↑/↓ typed while they were searched did, in order."""
        moves, self._moves_pending = self._moves_pending, []
        for delta in moves:
            self.action_move(delta)

    def action_pick(self) -> None:
        """Ask to confirm merging the highlighted company into the kept one; while the search for the
        text typed is still running (Enter typed or pasted right after it), ask about the first of its
        candidates once they are in."""
        if self._shown != self._generation or self.kept is None:
            self._pick_when_shown = True
            defer_keys(self.app)
            return
        duplicate = self.query_one("#merge-candidates", VirtualList).highlighted
        if duplicate is None:
            what = f"“{clean_line(self._query)}”" if self._query else "this name"
            # A toast: the status line is rewritten by the next search (a "y" typed after Enter).
            self.notify(
                f"Nothing to merge: no other company matches {what}; type another name.",
                severity="warning",
                markup=False,
            )
            return
        question = (
            f"Merge “{duplicate.name}” into “{self.kept.name}”?\n"
            # ctrl+z, not u: after the merge the focus is back in the box, where u is typed.
            f"Its records, investments and names move to {self.kept.name}; ctrl+z undoes."
        )

        def answered(yes: bool | None) -> None:
            if yes:
                defer_keys(self.app)  # the keys typed after "y" wait for the merge (`_back_to_the_box`)
                self.merge(duplicate)

        self.app.push_screen(ConfirmScreen(question), answered)

    def action_undo(self) -> None:
        """Undo the last merge made (here or on an earlier merge screen)."""
        if not self.merges:
            self.notify("No merge to undo.", severity="warning")
            return
        defer_keys(self.app)  # the keys typed after u wait for the undo (`_back_to_the_box`)
        self.undo(self.merges.pop())
