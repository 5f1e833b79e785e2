"""The ai-deals explorer: wires the screens, owns the store handle and the selection."""

from __future__ import annotations

import gc
import threading
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.worker import Worker, WorkerState

from .bursts import BurstKeys, release_keys_unless_opening
from .safe_text import clean_line
from .screens.base import DealsScreen
from .screens.search import SearchScreen
from .widgets.virtual_list import VirtualList

# The first frame needs Textual and the search screen only. The store (sqlite-utils, pydantic models)
# loads in the worker that opens it, and every other screen when it is first opened.
if TYPE_CHECKING:
    from ai_deals.store import Store
    from ai_deals.store.models import RecordBounds, RecordRef, ReviewUndo, SelectedFact

    from .messages import ExportWritten
    from .screens.merge import MergeMade, Undone
    from .screens.relationship_map import RelationshipMapScreen
    from .screens.split import SplitMade
    from .selection import Selection


def _company_commands() -> type[Provider]:
    """The palette's company search, imported when the palette first opens."""
    from .commands import CompanyCommands

    return CompanyCommands


FIRST_FRAME_WAIT = 2.0
"""Seconds a worker waits at most for the first frame before opening the store (see `DealsApp.store`)."""

# Actions that open something on top of the current screen: meaningless (and confusing) inside a dialog.
_SCREEN_ACTIONS = {"open_timeline", "export", "help", "quit_app", "clear_selection"}

# Workers whose work quitting would lose (the export file is only renamed into place once whole),
# by group, with what the question asked before quitting says of them.
_WRITE_WORKERS = {
    "export": "An export is still being written",
    "merge-write": "A merge is still being written",
    "split-write": "A split is still being written",
}


class DealsApp(BurstKeys):
    """Search, company pages, timeline, sources and export over one `Store`."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "ai-deals"
    COMMANDS = App.COMMANDS | {_company_commands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="app.quit", tooltip="Quit ai-deals", priority=True, show=False),
        Binding("q", "quit_app", "Quit", id="app.quit_key", tooltip="Quit ai-deals", show=False),
        Binding("t,ctrl+t", "open_timeline", "Timeline", id="app.timeline", tooltip="Open the timeline"),
        Binding("e", "export", "Export", id="app.export", tooltip="Export the selection (or this screen)"),
        Binding(
            "x",
            "clear_selection",
            "Clear",
            id="app.clear_selection",
            tooltip="Unselect every record selected for export",
            show=False,  # named by the status line's selection count: the footer's room at 80 columns is Help's
        ),
        Binding("question_mark,f1", "help", "Help", id="app.help", tooltip="Keys of this screen"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Palette",
            id="app.palette",
            tooltip="Open the command palette",
            show=False,
        ),
    ]

    selected_count: reactive[int] = reactive(0)
    """How many records are selected for export (the status bar watches it)."""

    selected_events: reactive[int | None] = reactive(None)
    """How many events (rows) the selected records were picked as (`Selection.events`): fewer when a
    raise's other sources came along ("19 events, 31 records selected"); None with the whole timeline."""

    export_progress: reactive[str] = reactive("")
    """"Exporting… 40,000 of 100,000 records" while an export runs, "" otherwise (the status bar shows
    it on every screen: a toast vanishes after a few seconds, a whole timeline takes half a minute)."""

    def __init__(self, store: Store | None = None, *, db_path: Path | None = None) -> None:
        super().__init__()
        if store is None and db_path is None:
            raise ValueError("DealsApp needs a store or a database path")
        self._store = store
        self._db_path = db_path
        self._store_lock = threading.Lock()
        self._drawn = threading.Event()
        """Set once the first frame is on screen (Textual's `Ready`), or the app is closing."""
        self._selection: Selection | None = None
        self.merge_history: list[MergeMade | SplitMade] = []
        """Merges and splits made in this session, last one last: `u` on a company or merge page undoes
        the last (a split by merging the two again)."""
        self._outside_version: int | None = None
        """The database's `outside_version` when last looked at (see `check_outside_writes`)."""
        self._export_when_read: DealsScreen | None = None
        """A screen `e` found stale (a re-import replaced records it shows): its export dialog opens
        once it has been read again (`screen_read`)."""
        self.review_history: list[tuple[ReviewUndo, str]] = []
        """Review decisions made in this session, last one last: `u` on any review screen undoes the last."""
        self._quit_asked = False
        """The question "quit anyway?" is open (a second ctrl+q quits)."""
        self._export_check: Worker | None = None
        """The check `e` started before its export dialog opens (cancelled: the dialog does not open)."""

    @property
    def store(self) -> Store:
        """The store, opened on first use (from a worker thread, so the first frame never waits).

        A worker opens it once the first frame is on screen: the imports that takes (sqlite-utils,
        pydantic, numpy) would otherwise take turns with the main thread for the GIL, about 10 ms
        of Python before the user sees anything.
        """
        if self._store is None and threading.current_thread() is not threading.main_thread():
            self._drawn.wait(FIRST_FRAME_WAIT)
        with self._store_lock:
            if self._store is None:
                from ai_deals.store import Store

                self._store = Store.open(self._db_path)
            return self._store

    @property
    def store_revision(self) -> int | None:
        """The open store's revision (see `Store.revision`); None before it is opened, and never
        opens it (that happens in a worker, so the first frame never waits)."""
        store = self._store
        return store.revision if store is not None else None

    @property
    def search_index_building(self) -> bool:
        """Whether the open store is building its search index now; never opens the store."""
        store = self._store
        return store is not None and store.search_index_building

    @property
    def data_version(self) -> tuple[int | None, int | None]:
        """Moves whenever what a screen read may have changed: a write through this app's store
        (`store_revision`) or another process's write noticed on focus (`outside_version`). A screen
        coming back into view reads its data again only when this moved since it read it."""
        return (self.store_revision, self._outside_version)

    @property
    def selection(self) -> Selection:
        """The records selected for export (made on first use: it needs the store's models)."""
        if self._selection is None:
            from .selection import Selection

            self._selection = Selection()
        return self._selection

    def get_default_screen(self) -> Screen:
        return SearchScreen()

    def on_ready(self) -> None:
        """The first frame is on screen: the workers waiting for it open the store, and the garbage
        collector, paused by the command line until now, runs again."""
        self._drawn.set()
        gc.enable()

    # -- navigation -------------------------------------------------------------------------------

    def open_company(self, company_id: int, name: str) -> None:
        """Push the page of company `company_id`."""
        from .screens.company import CompanyScreen

        self.push_screen(CompanyScreen(company_id, name))

    def on_relationship_map_screen_open_company(self, message: RelationshipMapScreen.OpenCompany) -> None:
        """Enter on the relationship map opens that company's page."""
        self.open_company(message.company_id, message.name)

    def action_review_all(self) -> None:
        """Walk every fact nobody has reviewed yet, across sources."""
        from .screens.review import ReviewScreen

        self.push_screen(ReviewScreen(self.store, None))

    def open_source(self, source_id: int, focus: RecordRef | None = None) -> None:
        """Push the source screen, with the cursor on `focus`'s fact when given."""
        from .screens.source import SourceScreen

        self.push_screen(SourceScreen(source_id, focus))

    def action_open_timeline(self) -> None:
        """Open the timeline, filtered to the current company when there is one."""
        from .screens.timeline import TimelineScreen

        if isinstance(self.screen, TimelineScreen):
            return
        self.push_screen(TimelineScreen(getattr(self.screen, "timeline_company", None)))

    def action_quit_app(self) -> None:
        """Quit (the single-letter key, off while a dialog is open)."""
        self.quit_unless_writing()

    async def action_quit(self) -> None:
        """ctrl+q: quit, asking first while an export or a merge is still being written."""
        self.quit_unless_writing()

    def quit_unless_writing(self) -> None:
        """Quit, or ask first when a worker is still writing (quitting silently lost the export a
        whole timeline takes half a minute to write). Asked again (ctrl+q in the question), quit."""
        writing = self.unfinished_write()
        if writing is None or self._quit_asked:
            self.exit()
            return
        from .screens.confirm import ConfirmScreen

        self._quit_asked = True
        # The keys typed before ctrl+q were for the screen they waited for (a path typed while `e`
        # checked the selection): replayed into the question once drawn, a "y" in them quit.
        self.cancel_deferred()
        self.push_screen(ConfirmScreen(f"{writing}: quit anyway? It would be lost."), self._quit_answered)

    def _quit_answered(self, yes: bool | None) -> None:
        self._quit_asked = False
        if yes:
            self.exit()

    def unfinished_write(self) -> str | None:
        """What a worker still writing is doing ("An export is still being written"), or None."""
        for worker in self.workers:
            if worker.group in _WRITE_WORKERS and not worker.is_finished:
                return _WRITE_WORKERS[worker.group]
        return None

    def action_help(self) -> None:
        """Show every binding active on the current screen."""
        from .screens.help import HelpScreen, key_rows

        screen = self.screen
        title = getattr(screen, "crumb", "") or screen.__class__.__name__
        intro = getattr(screen, "help_text", "")
        self.push_screen(HelpScreen(clean_line(title), intro, key_rows(screen, self.get_key_display)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Screen-level actions are off while a dialog (or the command palette) is open."""
        if action in _SCREEN_ACTIONS and isinstance(self.screen, ModalScreen):
            return False
        if action == "clear_selection" and not self.selected_count:
            return False  # offered (and in the footer) only where there is a selection to clear
        if action == "export" and getattr(self.screen, "gone", None) is not None and not self.selected_count:
            return False  # a page of a company no longer in the database: nothing of it to export
        if action == "export" and getattr(self.screen, "export_key", "e") != "e":
            return False  # `e` is typed in the search box; the screen offers its own key (ctrl+e)
        # `t` on the timeline itself does nothing: hidden, it leaves footer room for the timeline's keys.
        return not (action == "open_timeline" and getattr(self.screen, "is_timeline", False))

    def watch_selected_count(self, before: int, count: int) -> None:
        """`x` (and `e` on a gone company's page) is offered only with a selection (`check_action`):
        follow it."""
        if bool(before) != bool(count):
            self.screen.refresh_bindings()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own palette commands, then ours, named "area: Verb"."""
        yield from super().get_system_commands(screen)
        company = getattr(screen, "timeline_company", None)
        scope = ", filtered to this company" if company is not None else ""
        yield SystemCommand("timeline: Open", f"Every dated event{scope}", self.action_open_timeline)
        yield SystemCommand("export: Selection", "Export the selection (or this screen)", self.action_export)
        yield SystemCommand("selection: Clear", "Unselect every record (x)", self.action_clear_selection)
        yield SystemCommand(
            "merge: Undo last", "Undo the last merge or split made in this session", self.action_undo_merge
        )
        yield SystemCommand(
            "review: Unreviewed facts",
            "Confirm, reject or edit what the importer found",
            self.action_review_all,
        )

    # -- merges ----------------------------------------------------------------------------------

    def action_undo_merge(self) -> None:
        """Undo the last merge made in this session, from any screen."""
        from .screens.merge import MergeScreen, merges_refused

        if merges_refused(self):
            return
        if isinstance(self.screen, MergeScreen):
            self.screen.action_undo()  # the merge screen says it in its status bar and re-lists candidates
        elif self.merge_history:
            self.undo_merge(self.merge_history.pop())
        else:
            self.notify("No merge or split to undo in this session.", severity="warning")

    @work(thread=True, exclusive=True, group="merge-write", exit_on_error=False)
    def undo_merge(self, merge: MergeMade | SplitMade) -> None:
        """Undo `merge` (or a split) in a worker thread, then say so and re-read the screen in view."""
        from .screens.merge import undo_in_store

        undone = undo_in_store(self.store, merge)
        self.call_from_thread(self._merge_undone, merge, undone)

    def _merge_undone(self, merge: MergeMade | SplitMade, undone: Undone) -> None:
        from .screens.merge import say_records_since, undone_note

        if undone.refused is None:
            self.notify(undone_note(merge), markup=False)
            say_records_since(self, undone)
        else:  # nothing written here, but another shell's unmerge or split changed what pages show
            self.notify(undone.refused, severity="warning", markup=False)
        if isinstance(self.screen, DealsScreen):
            self.screen.on_screen_resume()  # what a screen does when it comes back after a write

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed app-level store call (undoing a merge) opens the error modal."""
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.show_error(event.worker.error)

    # -- selection and export ---------------------------------------------------------------------

    def toggle_selection(
        self, ref: RecordRef, company: str, also: Iterable[RecordRef] = (), *, timeline_event: bool = False
    ) -> bool:
        """Select or unselect one record (and the records `also` names with it); True when selected.
        `timeline_event`: picked on the timeline (the whole timeline, when selected, holds it)."""
        selected = self.selection.toggle(ref, company, also, timeline_event=timeline_event)
        self._count_selection()
        if selected:
            self.check_selected([ref, *also])
            if not timeline_event and self.selection.has_timeline:
                self.count_timeline_events_once([ref, *also])
        return selected

    def toggle_all(
        self,
        refs: list[RecordRef],
        company: str,
        *,
        timeline_events: bool = False,
        along: Collection[RecordRef] = (),
    ) -> bool:
        """Select every one of `refs` (a list's records), or unselect them all when every one is
        selected already (the key pressed again); True when they are now selected. `along`: those of
        them that only come with another's row (a raise's other sources), not rows of their own."""
        holds = self.selection.holds_event if timeline_events else self.selection.__contains__
        selected = not all(holds(ref) for ref in refs)
        if selected:
            self.selection.select_all(refs, company, timeline_events=timeline_events, along=along)
        else:
            self.selection.unselect_all(refs, timeline_events=timeline_events, along=along)
        self._selection_changed()
        if selected and refs:
            self.check_selected(refs)
            if not timeline_events and self.selection.has_timeline:
                self.count_timeline_events_once(refs)
        return selected

    def toggle_whole_timeline(self, events: int | None = None) -> None:
        """Select every event of the whole timeline (counted in a worker, never read), or unselect
        them when they are all selected already. `events`: how many it lists (its status line's count)."""
        if self.selection.whole_timeline:
            self.selection.unselect_whole_timeline()
            self._selection_changed()
            return
        # The records picked are copied here: the worker must not read a dict that space changes.
        self.select_whole_timeline(self.selection.refs, events)

    @work(thread=True, exclusive=True, group="select-timeline", exit_on_error=False)
    def select_whole_timeline(self, picked: list[RecordRef], events: int | None = None) -> None:
        """Count the whole timeline's records (its events and the records folded into them, as its
        export writes them and space unselects them) and which records picked so far are among them
        (a few indexed lookups); then select it in the app's thread. Its events are read only by the export."""
        from ai_deals.store.models import within

        from .screens.timeline import TimelineRefs

        store = self.store
        bounds = store.record_bounds()  # first: a record written meanwhile is not counted, nor selected
        total = store.timeline_record_count(bounds)  # what its export writes: each event's folded records too
        on_timeline = {ref for ref in store.timeline_records_among(picked) if within(ref, bounds)}
        self.call_from_thread(
            self._whole_timeline_counted, TimelineRefs(store, total), total, on_timeline, bounds, events
        )

    def _whole_timeline_counted(
        self,
        refs: Sequence[RecordRef],
        total: int,
        on_timeline: set[RecordRef],
        bounds: RecordBounds,
        events: int | None = None,
    ) -> None:
        self.selection.select_whole_timeline(refs, total, on_timeline, bounds, events=events)
        self._selection_changed()

    @work(thread=True, group="selection", exit_on_error=False)
    def count_timeline_events_once(self, refs: Sequence[RecordRef]) -> None:
        """While the whole timeline is selected, records picked or shown on another screen that are
        among its events (looked up in this worker) are marked and counted as its, not a second time."""
        if not self.selection.has_timeline:
            return
        on_timeline = self.store.timeline_records_among(refs)  # those it holds: `timeline_events_among`
        if on_timeline:
            self.call_from_thread(self.timeline_events_found, on_timeline)

    def timeline_events_found(self, on_timeline: set[RecordRef]) -> None:
        """`on_timeline` (records a screen shows or picked) are whole-timeline events: marked and
        counted as its."""
        self.selection.timeline_events_among(on_timeline)
        self._selection_changed()

    def _count_selection(self) -> None:
        """The selection's counts, for the status bar: events first, so that it redraws once with both."""
        self.selected_events = self.selection.events
        self.selected_count = len(self.selection)

    def _selection_changed(self) -> None:
        """Count the selection again and redraw the marks of the lists on screen."""
        self._count_selection()
        for virtual_list in self.screen.query(VirtualList):
            virtual_list.refresh_rows()

    @work(thread=True, group="selection", exit_on_error=False)
    def check_selected(self, refs: list[RecordRef]) -> None:
        """Whether the selection, with the records of the row just selected (`refs`), is still in the
        database: a re-import run from another shell (in a terminal that sends no focus event) leaves
        the page showing records it replaced, and space selected them. Only looked up when another
        process wrote since the app last looked; then as `check_selection` does, over the whole
        selection (that re-import may have replaced records selected before).

        What finds them again once a later re-import replaces them is read first (`Store.selected_facts`)."""
        facts = self.store.selected_facts(refs)
        if facts:
            self.call_from_thread(self.selection.remember_facts, facts)
        version = self.store.outside_version()
        if version is None or version == self._outside_version:
            return
        self._check_refs(self.selection.refs, version, then_export=False, just_selected=refs)

    def unselect_all(self) -> None:
        """Unselect every record and redraw the marks."""
        self.selection.clear()
        self._selection_changed()

    def action_clear_selection(self) -> None:
        """`x` (or the palette's "selection: Clear"): unselect every record, saying how many."""
        from .formatting import plural

        count = len(self.selection)
        if not count:
            return
        self.unselect_all()
        self.notify(f"Unselected {plural(count, 'record')}.", markup=False)

    def action_export(self) -> None:
        """Export the selection, or everything the current screen shows when nothing is selected."""
        if len(self.selection):
            # Records a re-import replaced are dropped first, in a worker: the keys typed after `e`
            # wait for the dialog (they went to the page below meanwhile: Enter opened an article).
            self._export_check = self.check_selection(then_export=True)
            self.defer_keys(self._export_check)
            return
        scope = self.screen.export_scope() if isinstance(self.screen, DealsScreen) else None
        if scope is None:
            hint = (
                self.screen.export_hint if isinstance(self.screen, DealsScreen) else DealsScreen.export_hint
            )
            self.notify(hint, severity="warning", markup=False)
            return
        # The records shown are checked first, in a worker: a re-import from another shell may have
        # replaced them, and the dialog would offer records it then could not export.
        self._export_check = self.check_screen_scope(self.screen, *scope)
        self.defer_keys(self._export_check)

    def _open_export(self, refs: Sequence[RecordRef], label: str) -> None:
        """Open the export dialog `e` asked for, unless it was cancelled while its check ran (Esc, or
        the quit question opening: `cancel_deferred`)."""
        from .screens.export import ExportScreen

        if self._export_check is not None and self._export_check.is_cancelled:
            return
        self.push_screen(ExportScreen(refs, label))

    @work(thread=True, group="selection", exit_on_error=False)
    def check_screen_scope(self, screen: DealsScreen, refs: list[RecordRef], label: str) -> None:
        """Whether records `screen` shows are gone (only looked up when another process wrote since
        the app last looked: a big page's 100,000 records are not read for nothing); then
        `_screen_scope_checked`. The whole timeline is only counted again: its export reads it as it
        is then, and reading a million records to check them took the dialog 12-31 s and 0.6 GB."""
        from .screens.timeline import TimelineRefs

        version = self.store.outside_version()
        gone = False
        if isinstance(refs, TimelineRefs):
            refs = refs.counted()
        elif version is not None and version != self._outside_version:
            gone = len(self.store.review_statuses(refs)) < len(refs)
        self.call_from_thread(self._screen_scope_checked, screen, refs, label, gone, version)

    def _screen_scope_checked(
        self, screen: DealsScreen, refs: list[RecordRef], label: str, gone: bool, version: int | None
    ) -> None:
        """Open the export dialog on what `screen` shows; when records of it are gone, read the
        screen again first (the dialog opens once it is: `screen_read`)."""
        if screen is not self.screen:  # left meanwhile
            release_keys_unless_opening(self)
            return
        if gone:
            self._outside_version = version  # seen: the screens below read again when back in view
            if screen.read_again():
                self.notify(
                    "This page changed (a re-import replaced records): read again before exporting.",
                    severity="warning",
                )
                self._export_when_read = screen
                return
        self._open_export(refs, label)

    def screen_read(self, screen: DealsScreen) -> None:
        """`screen` has been read again: open the export dialog `e` asked for on it, if it did."""
        if self._export_when_read is not screen:
            return
        self._export_when_read = None
        scope = screen.export_scope() if screen is self.screen else None
        if scope is None:
            release_keys_unless_opening(self)
            return
        self._open_export(*scope)

    @work(thread=True, group="selection", exit_on_error=False)
    def check_selection(self, then_export: bool = False) -> None:
        """Drop from the selection the records that are gone (a re-import of a corrected source replaces
        its records) or that review rejected since (they are not exported), saying so; then open the
        export dialog when asked."""
        version = self.store.outside_version()  # before reading: a write made meanwhile moves it again
        if self.selection.has_timeline:
            self._count_timeline_again()
        self._check_refs(self.selection.refs, version, then_export)

    def _count_timeline_again(self) -> None:
        """In a selection worker: the whole timeline selected is counted again (a re-import may have
        added or replaced events since), its events unselected since that are gone forgotten; the
        count `e` offers is then what the export reads."""
        from ai_deals.store.models import within

        unselected = self.call_from_thread(self.selection.timeline_unselected)
        # What it holds: the records written when it was selected, and those a corrected version of
        # a source written then wrote since (the same source, re-imported; not one removed, then imported).
        bounds = self.selection.timeline_bounds
        followed = self.store.timeline_records_replaced(bounds) if bounds is not None else set()
        total = self.store.timeline_record_count(bounds) + len(followed)  # records, as the export counts
        still = self.store.timeline_records_among(unselected)
        still = {ref for ref in still if within(ref, bounds) or ref in followed}
        self.call_from_thread(self._timeline_counted_again, total, still, followed)

    def _timeline_counted_again(
        self, total: int, unselected: set[RecordRef], followed: set[RecordRef]
    ) -> None:
        self.selection.timeline_counted(total, unselected, followed)
        self._selection_changed()  # the marks too: an event gone, or imported since, is not selected

    def _check_refs(
        self,
        refs: list[RecordRef],
        version: int | None,
        then_export: bool,
        just_selected: Iterable[RecordRef] = (),
    ) -> None:
        """The body of both selection checks, in their worker: which of `refs` a re-import replaced
        with the same fact (found again by its sentence or identity: the selection follows it), which
        are gone or rejected; then `_selection_checked` in the app's thread."""
        facts = self.call_from_thread(self.selection.facts_of, refs) if refs else {}
        found = self.store.found_again(facts) if facts else {}
        found_facts = self.store.selected_facts(list(found.values())) if found else {}
        now = [found.get(ref, ref) for ref in refs]
        statuses = self.store.review_statuses(now) if now else {}
        gone = [ref for ref in refs if found.get(ref, ref) not in statuses]
        rejected = [ref for ref in now if statuses.get(ref) == "rejected"]  # review rejected it since
        self.call_from_thread(
            self._selection_checked,
            gone,
            rejected,
            then_export,
            version,
            just_selected,
            found=found,
            found_facts=found_facts,
        )

    def _selection_checked(
        self,
        gone: list[RecordRef],
        rejected: list[RecordRef],
        then_export: bool,
        version: int | None = None,
        just_selected: Iterable[RecordRef] = (),
        *,
        found: dict[RecordRef, RecordRef] | None = None,
        found_facts: dict[RecordRef, SelectedFact] | None = None,
    ) -> None:
        # Records a re-import replaced with the same fact stay selected, as the records now stating it.
        followed = self.selection.follow(found or {}, found_facts or {})
        if followed:
            self._selection_changed()
            self.notify(followed_note(followed), markup=False)
        # Two checks can run at once (the focus event's and the page's own once re-read): only what is
        # still selected is dropped and said, so the note is not said twice.
        gone = [ref for ref in gone if ref in self.selection]
        rejected = [ref for ref in rejected if ref in self.selection]
        if gone or rejected:
            self.selection.discard([*gone, *rejected])
            self._count_selection()
            for virtual_list in self.screen.query(VirtualList):
                virtual_list.refresh_rows()
            self.notify(unselected_note(gone, rejected, just_selected), severity="warning", markup=False)
            # The screen's rows may be the gone records: read them again.
            if (
                not self.noticed_outside_write(version)
                and then_export
                and isinstance(self.screen, DealsScreen)
            ):
                self.screen.on_screen_resume()
        if not then_export:
            return
        if len(self.selection):
            self._open_export(self.selection.export_refs(), self.selection.label)  # it replays the keys held
            return
        if gone or rejected:
            self.notify("Nothing exported: no selected record is left.", severity="warning")
        release_keys_unless_opening(self)

    def on_app_focus(self) -> None:
        """Back in the terminal (from a shell where `ai-deals import` may have run): re-read if the
        database was written meanwhile."""
        if self._store is not None:
            self.check_outside_writes()

    @work(thread=True, exclusive=True, group="outside-writes", exit_on_error=False)
    def check_outside_writes(self) -> None:
        """Compare the database's version with the one last seen; re-read the screen when it moved."""
        version = self.store.outside_version()
        seen, self._outside_version = self._outside_version, version
        if version != seen:  # (the first look after launch too: the store may have opened late)
            self.call_from_thread(self.reread)

    def noticed_outside_write(self, version: int | None) -> bool:
        """Another process wrote (seen without a focus event, in a terminal that sends none): take
        `version` as seen and read the screen again, the cursor kept near where it was. False when
        that write was seen already (the screen was read again then)."""
        if version is None or version == self._outside_version:
            return False
        self._outside_version = version
        if isinstance(self.screen, DealsScreen):
            self.screen.on_screen_resume()
        return True

    def outside_write_seen(self, version: int) -> None:
        """A screen noticed another process's write itself (the whole timeline, which reads itself
        again): take `version` as seen, and count the selection again (its records may be gone)."""
        if version == self._outside_version:
            return
        self._outside_version = version
        if len(self.selection):
            self.check_selection()

    def reread(self) -> None:
        """The database changed under the app: drop gone records from the selection, re-read the screen."""
        if len(self.selection):
            self.check_selection()
        if isinstance(self.screen, DealsScreen):
            self.screen.on_screen_resume()

    def start_export(
        self, refs: list[RecordRef], fmt: str, path: Path, overwrite: bool, *, one_per_deal: bool = False
    ) -> None:
        """Say at once that an export is under way, then write it in a worker: the app stays usable.
        `one_per_deal`: a row per deal (the export dialog's choice), for sums."""
        from .formatting import plural

        self.notify(f"Exporting {plural(len(refs), 'record')} to {path}…", markup=False)
        self.export_progress = exporting_note(0, len(refs))
        self.write_export(refs, fmt, path, overwrite, one_per_deal)

    @work(thread=True, group="export", exit_on_error=False)
    def write_export(
        self, refs: list[RecordRef], fmt: str, path: Path, overwrite: bool, one_per_deal: bool = False
    ) -> None:
        """Write the export file in a worker thread, then say how many records it holds; the status
        bar counts the records written meanwhile, and is cleared however it ends."""
        from .screens.export import NothingLeftToExport, write_records

        def progress(count: int) -> None:
            self.call_from_thread(setattr, self, "export_progress", exporting_note(count, len(refs)))

        try:
            written = write_records(
                self.store, refs, fmt, path, overwrite, progress, one_per_deal=one_per_deal
            )
            self.post_message(written)
        except NothingLeftToExport as error:
            self.call_from_thread(self._nothing_left_to_export, str(error))
        finally:
            self.call_from_thread(setattr, self, "export_progress", "")

    def _nothing_left_to_export(self, message: str) -> None:
        """The records shown were gone by the time they were exported: say so, and read the screen
        again (another process wrote: a re-import from a shell)."""
        self.notify(message, severity="warning", markup=False)
        self.check_outside_writes()

    def on_export_written(self, message: ExportWritten) -> None:
        """An export finished: how many records, and where."""
        from .screens.export import written_note

        self.notify(written_note(message), markup=False)

    # -- screenshots (the palette's "Screenshot") ----------------------------------------------------

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """Save to the current folder, as exports do: Textual's default (~/Downloads) may not exist."""
        return super().deliver_screenshot(filename, path or str(Path.cwd()), time_format)

    def on_delivery_failed(self, event: events.DeliveryFailed) -> None:
        """A screenshot that could not be saved says why in one line (Textual says only "Failed")."""
        if event.name != "screenshot":
            return
        event.prevent_default()  # instead of Textual's own "Failed to save screenshot"
        error = event.exception
        where = getattr(error, "filename", None)
        reason = getattr(error, "strerror", None) or str(error)
        self.notify(
            f"Screenshot not saved: {f'{where}: ' if where else ''}{reason}", severity="error", markup=False
        )

    # -- errors -----------------------------------------------------------------------------------

    def show_error(self, error: BaseException) -> None:
        """Report a failed store call in a modal; the app keeps running."""
        from ai_deals.store.errors import CompanyGone

        from .screens.error import ErrorScreen, error_message

        if isinstance(self.screen, ErrorScreen):
            return
        if isinstance(error, CompanyGone):  # not a failure: what became of the company, in words
            self.push_screen(ErrorScreen(error_message(error), title="No longer in the database"))
            return
        # An ordinary refusal (an export path that is no file) is titled as one, not as a failure.
        refusal = getattr(error, "refusal_title", None)
        self.push_screen(ErrorScreen(error_message(error), **({"title": refusal} if refusal else {})))

    def on_unmount(self) -> None:
        self._drawn.set()  # a worker still waiting for the first frame ends now rather than later
        close = getattr(self._store, "close", None)
        if callable(close) and self._db_path is not None:
            close()


def exporting_note(written: int, total: int) -> str:
    """What the status bar says while an export runs: "Exporting… 26,000 of 108,381 records"."""
    from .formatting import plural

    return f"Exporting… {written:,} of {plural(total, 'record')}"


def followed_note(followed: int) -> str:
    """What became of selected records a re-import replaced with the same facts: still selected."""
    from .formatting import plural

    facts = "the same fact" if followed == 1 else "the same facts"
    return f"Still selected: {plural(followed, 'record')} a re-import replaced ({facts}, found again in the new version)."


def unselected_note(
    gone_refs: list[RecordRef], rejected_refs: list[RecordRef], just_selected: Iterable[RecordRef] = ()
) -> str:
    """Why records left the selection: they are gone (a re-import replaced them, or `ai-deals remove`
    took their source: the store cannot tell which once they are gone), or review rejected them;
    said of the row just selected alone when only its records went."""
    from .formatting import plural

    if gone_refs and not rejected_refs and set(gone_refs) <= set(just_selected):
        return "Not selected: that record is no longer in the database (removed or replaced)."
    gone, rejected = len(gone_refs), len(rejected_refs)
    reasons = []
    if gone:
        reasons.append(f"{plural(gone, 'record')} no longer in the database (removed or replaced)")
    if rejected:
        it = "it" if rejected == 1 else "them"
        reasons.append(f"{plural(rejected, 'record')} rejected since you selected {it} (not exported)")
    return f"Unselected {' and '.join(reasons)}."


def run_app(db_path: Path) -> None:
    """Run the explorer on the database at `db_path` (created with the seed when missing)."""
    DealsApp(db_path=db_path).run()
