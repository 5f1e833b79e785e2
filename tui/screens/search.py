"""The home screen: an fzf-like search box over every company and investor."""

from __future__ import annotations

import gc
import time
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.timer import Timer
from textual.widgets import Input
from textual.worker import Worker, get_current_worker

from ai_deals.store.collector import HeldCollector
from ai_deals.store.names import MAX_QUERY_LENGTH, is_description

from ..bursts import defer_keys, release_keys_unless_opening
from ..formatting import plural
from ..safe_text import clean_line
from ..widgets.virtual_list import RowStyles, VirtualList
from .base import DealsScreen

if TYPE_CHECKING:  # the store's models (and messages carrying them) load in the search worker
    from ai_deals.store.models import SearchHit

    from ..messages import SearchResults

SEARCH_LIMIT = 50
# Its examples are misspellings of names in the shipped seed: they find something on first launch.
PLACEHOLDER = "Search companies and investors…  (nvdia, softbnk)"
TYPING_PAUSE = 0.15
"""Seconds without a keystroke after which the garbage collector, held off while typing, runs again."""
LONGEST_HOLD = 5.0
"""Seconds of typing without such a pause after which it runs anyway (its garbage is then collected)."""
PENDING_AFTER = 0.3
"""Seconds a search may take with the earlier text's results dimmed; past that they are cleared and the
list says what is going on (a search at a million names takes milliseconds; an index build, seconds)."""
SEARCHING = "Searching…"
BUILDING_INDEX = "Building the search index (first search after an import)…"
"""What the list says while the store builds its search index, instead of an empty list's "No match."."""
_TYPE_LABEL = {"company": "company ", "investor": "investor", "both": "both    "}


def render_hit(hit: SearchHit, styles: RowStyles) -> Text:
    """Name with the matched characters highlighted, its type, then the one-line summary."""
    text = Text(no_wrap=True)
    text.append(_TYPE_LABEL.get(hit.hit_type, hit.hit_type), style=styles["muted"])
    text.append("  ")
    if hit.matched != hit.name:
        text.append(clean_line(hit.name), style="bold")
        text.append("  described as " if is_description(hit.matched) else "  aka ", style=styles["muted"])
    matched = Text(clean_line(hit.matched), style="bold" if hit.matched == hit.name else "")
    for position in hit.positions:
        if 0 <= position < len(matched):
            matched.stylize(styles["match"], position, position + 1)
    text.append_text(matched)
    if hit.summary:
        text.append("  ")
        text.append(clean_line(hit.summary), style=styles["muted"])
    return text


EMPTY_QUERY_ORDER = "most rounds and investments first"
"""How the empty query lists companies: by rounds raised and stakes taken in and given, then by name
(`store.search_service._best_known_ids`). It said "best known first", which it does not measure."""

EMPTY_DATABASE = "Nothing imported yet: run `ai-deals import FILE` (an article or a deal file)."
"""What an empty database shows instead of "No match." (one line: it fits 80 columns)."""


_MOVE = Binding.Group("Move", compact=True)
"""↑ and ↓ shown as one key in the footer ("↑↓ Move")."""


class QueryBox(Input):
    """The search box: Enter opens the highlighted result, and the footer says so (a plain `Input`'s
    Enter, shown nowhere, hid the screen's "Open")."""

    # Every key the screen needs fits its footer at 80 columns: ↑ and ↓ share one word. The box's own
    # ↑/↓ (scrolling a one-line box) hid the screen's from the footer: the box moves the results itself.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Open", id="search.open", tooltip="Open the highlighted result"),
        Binding(
            "up",
            "screen.move(-1)",
            "Up",
            id="search.up",
            tooltip="Highlight the previous result",
            group=_MOVE,
        ),
        Binding(
            "down",
            "screen.move(1)",
            "Down",
            id="search.down",
            tooltip="Highlight the next result",
            group=_MOVE,
        ),
    ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._cut_said = False

    def replace(self, text: str, start: int, end: int) -> None:
        """Every change of the text (a key, a paste, a deletion) comes here: cut to MAX_QUERY_LENGTH
        characters. A long paste typed as keys (a terminal without bracketed paste) ran one change
        each, 10,000 in ten seconds, the keys typed after it waiting; past the limit a key is dropped
        at once, and the first one dropped says so."""
        value = self.value
        start, end = sorted((max(0, start), min(len(value), end)))
        room = MAX_QUERY_LENGTH - (len(value) - (end - start))
        if len(text) > room:
            text = text[: max(room, 0)]
            self._say_cut()
            if not text and start == end:
                return
        super().replace(text, start, end)
        if len(self.value) < MAX_QUERY_LENGTH:
            self._cut_said = False

    def _say_cut(self) -> None:
        if not self._cut_said:
            self._cut_said = True
            self.notify(
                f"Search reads the first {MAX_QUERY_LENGTH} characters; the rest was left out", markup=False
            )


class SearchScreen(DealsScreen):
    """Type to filter; ↑/↓ move while the cursor stays in the box; Enter opens."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", "Up", id="search.up", tooltip="Highlight the previous result", show=False),
        Binding("down", "move(1)", "Down", id="search.down", tooltip="Highlight the next result", show=False),
        Binding("escape", "clear", "Clear", id="search.clear", tooltip="Clear the search box"),
        Binding("enter", "open", "Open", id="search.open", tooltip="Open the highlighted result"),
        # `e` types in the box: ctrl+e exports instead, before the box reads it as "end of line"
        # (the End key still moves there).
        Binding(
            "ctrl+e",
            "export_selection",
            "Export",
            id="search.export",
            tooltip="Export the selection",
            priority=True,
        ),
    ]
    export_key = "ctrl+e"

    help_text = (
        "Type a company or investor name: misspellings, missing accents and aliases are fine. "
        "↑/↓ move through the results while you keep typing; Enter opens the highlighted one."
    )

    def action_export_selection(self) -> None:
        """ctrl+e: what `e` does on the other screens (here `e` is a letter of the query)."""
        self.app.action_export()

    def __init__(self) -> None:
        super().__init__()
        self.crumb = "Search"
        self._generation = 0
        self._shown = 0
        """The query number whose results are shown: behind `_generation` while a search runs."""
        self._open_when_shown = False
        """Enter was pressed while the results for the text typed were not in yet: open the first
        of them once they are (not the result highlighted for the text before)."""
        self._moves_pending: list[int] = []
        """↑/↓ (+1, -1) typed since the text last changed, its results not in yet: they move in those results
        once they are (moved in the results of the text before, the new ones put the highlight back)."""
        self._revision: int | None = None  # the store's revision of the results shown
        self._outside: int | None = None
        """Another process's writes seen when the results were asked for (`DealsApp.data_version`)."""
        self._query = ""
        """The text typed last: the one searched next, once the search running is in (`_search`)."""
        self._search_running: int | None = None
        """The query number of the search running (None: none runs)."""
        self._collector = HeldCollector()
        self._held_since = 0.0
        self._collect_timer: Timer | None = None
        self._pending_timer: Timer | None = None
        """Runs while the text typed waits for its results (`_show_pending`)."""

    def compose_body(self) -> ComposeResult:
        yield QueryBox(placeholder=PLACEHOLDER, id="query")
        yield VirtualList(render_hit, id="results", empty_text="No match.")

    def on_mount(self) -> None:
        box = self.query_one("#query", Input)
        box.focus()
        # As the text changes, not on its `Input.Changed`: that message comes up from the box after
        # the keys the box had already been handed, and a ↓ or Enter typed right after a letter acted
        # on the results of the text before it (then the letter's results put the highlight back).
        self.watch(box, "value", self._query_changed, init=False)
        # Not "No match." before the first results: at a million names they take seconds to count.
        self.query_one("#results", VirtualList).set_rows((), empty_text=SEARCHING)
        self._search("")
        self.warm_up()

    @work(thread=True, group="warm-up", exit_on_error=False)
    def warm_up(self) -> None:
        """Load (or build) the search index before the first keystroke needs it.

        Then everything the app will keep (Textual, models, the store) is in memory: `gc.freeze()`
        exempts it from the collector's full passes, which otherwise land on a random keystroke
        (a 40-50 ms pause at a million names).
        """
        store = self.app.store
        if store.readonly:  # said once, at launch, rather than only when a write is refused
            self.app.notify(
                clean_line(f"{store.path}: read-only database; reviews, edits and merges are off"),
                severity="warning",
                markup=False,
            )
        store.prepare_search()
        gc.freeze()

    def _query_changed(self, value: str) -> None:
        self._hold_collector()
        self._search(value)

    def _hold_collector(self) -> None:
        """Hold the garbage collector off while the person types, and let it run when they pause.

        A pass run between a key and its results was part of that key's wait (a full pass: 5-30 ms
        over what each search leaves behind, as much as the search itself); in the pause it delays
        nothing. Typing on without a pause for `LONGEST_HOLD` lets it run then."""
        now = time.monotonic()
        if not self._collector.holding:
            self._held_since = now
        elif now - self._held_since > LONGEST_HOLD:
            self._release_collector()
            self._held_since = now
        self._collector.hold()
        if self._collect_timer is not None:
            self._collect_timer.stop()
        self._collect_timer = self.set_timer(TYPING_PAUSE, self._release_collector)

    def _release_collector(self) -> None:
        self._collector.release()

    def on_screen_suspend(self) -> None:
        """Another screen opens (a page whose read pauses the collector itself): it runs again now."""
        self._release_collector()

    def on_unmount(self) -> None:
        self._release_collector()

    @on(Input.Submitted, "#query")
    def _query_submitted(self) -> None:
        self.action_open()

    def on_screen_resume(self) -> None:
        """Back from pages where a merge or a review may have changed names and totals, or told another
        process wrote: search again."""
        super().on_screen_resume()
        revision, outside = self.app.data_version
        if self._outside is None:  # the first look at the database since launch: the results' baseline
            self._outside = outside
        # Another shell's import or merge too: a company it removed is no longer listed.
        if revision != self._revision or outside != self._outside:
            self._search(self.query_one("#query", Input).value)

    def _search(self, query: str) -> None:
        """Search for `query` now, or once the search running (if any) is in. The store answers one
        search at a time, and a search whose thread has started runs to its end though stale: on a
        slow machine each letter of a burst ran its own search, one after another, and the latest
        text's came last. Now the letters typed meanwhile are one search, of the latest text."""
        self._revision, self._outside = self.app.data_version
        self._generation += 1
        self._query = query
        self._moves_pending = []  # the new text's results start on their first row, as typed slowly
        self.set_status(SEARCHING)
        self._wait_for_results()
        if self._search_running is None:
            self._search_latest()

    def _wait_for_results(self) -> None:
        """Dim the results shown (another text's) until the new text's are in, and past
        `PENDING_AFTER` clear them: a stale text's results are never shown as the new one's."""
        self.query_one("#results", VirtualList).set_stale(True)
        if self._pending_timer is None:
            self._pending_timer = self.set_interval(PENDING_AFTER, self._show_pending)

    def _show_pending(self) -> None:
        """Still waiting: the list says why (the index being built, or the search itself), alone."""
        if self._shown == self._generation:
            self._stop_waiting()
            return
        waiting = BUILDING_INDEX if self.app.search_index_building else SEARCHING
        results = self.query_one("#results", VirtualList)
        if results.rows or results.empty_text != waiting:
            results.set_rows((), empty_text=waiting)
        self.set_status(waiting)

    def _stop_waiting(self) -> None:
        if self._pending_timer is not None:
            self._pending_timer.stop()
            self._pending_timer = None
        self.query_one("#results", VirtualList).set_stale(False)

    def _search_latest(self) -> None:
        self._search_running = self._generation
        self.run_search(self._generation, self._query)

    @work(thread=True, group="search", exit_on_error=False)
    def run_search(self, generation: int, query: str) -> None:
        """Search in a worker thread (one at a time: `_search`); a newer keystroke makes this result stale."""
        store = self.app.store  # first: at launch, it waits for the first frame (see `DealsApp.store`)
        from ..messages import SearchResults  # the store's models: pydantic

        hits = store.search_list(query, limit=SEARCH_LIMIT)
        if not get_current_worker().is_cancelled:
            self.post_message(SearchResults(generation, query, hits))

    def on_search_results(self, message: SearchResults) -> None:
        """Show results unless a newer query was typed since: then search that one (only)."""
        ended = message.generation == self._search_running
        if ended:
            self._search_running = None
        if message.generation != self._generation:
            if ended:
                self._search_latest()
            return
        self._shown = message.generation
        self._stop_waiting()
        results = self.query_one("#results", VirtualList)
        if not message.query and not message.hits:  # an empty query lists every company: there is none
            results.set_rows((), empty_text=EMPTY_DATABASE)
            self.set_status("")  # the list's one line says it all: a second line said it again
        else:
            results.set_rows(message.hits, empty_text="No match.")
            label = plural(len(message.hits), "result")
            self.set_status(
                f"{label} for “{message.query}”" if message.query else f"{label}, {EMPTY_QUERY_ORDER}"
            )
        self._apply_pending_moves()
        if self._open_when_shown:
            self._open_when_shown = False
            self.action_open()
            release_keys_unless_opening(self.app)

    def worker_failed(self, worker: Worker) -> None:
        super().worker_failed(worker)
        if worker.group == "search":
            failed, self._search_running = self._search_running, None
            if failed != self._generation:  # typed meanwhile: the latest text may well be found
                self._search_latest()
                return
            # an empty list would read as "No match."
            self.query_one("#results", VirtualList).set_rows((), empty_text="The search failed.")
            self._shown = self._generation  # what is shown is all there is: ↑/↓ and Enter act on it
            self._stop_waiting()
            self._moves_pending = []
            if self._open_when_shown:  # nothing to open: the keys held for it go on
                self._open_when_shown = False
                release_keys_unless_opening(self.app)

    def action_move(self, delta: int) -> None:
        """Move the highlighted result without leaving the search box; while the search for the text
        typed is still running (↓ typed or pasted right after it), move in its results once they are in."""
        if self._shown != self._generation:
            self._moves_pending.append(delta)
            return
        results = self.query_one("#results", VirtualList)
        results.action_cursor_down() if delta > 0 else results.action_cursor_up()

    def _apply_pending_moves(self) -> None:
        """Move in the results just shown as the ↑/↓ typed while they were searched did, in order."""
        moves, self._moves_pending = self._moves_pending, []
        for delta in moves:
            self.action_move(delta)

    def action_clear(self) -> None:
        """Empty the search box (Escape on the home screen)."""
        box = self.query_one("#query", Input)
        box.value = ""
        box.focus()

    def action_open(self) -> None:
        """Open the highlighted result's page; while the search for the text typed is still running
        (Enter typed or pasted right after it), open the first of its results once they are in."""
        if self._shown != self._generation:
            self._open_when_shown = True
            defer_keys(self.app)
            return
        hit = self.query_one("#results", VirtualList).highlighted
        if hit is not None:
            self.app.open_company(hit.company_id, hit.name)

    @on(VirtualList.Chosen, "#results")
    def _result_chosen(self) -> None:
        self.action_open()
