"""Every dated event in order, stepped one event or one year at a time, with its source sentence."""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.timer import Timer
from textual.widgets import Static
from textual.worker import Worker, get_current_worker

from ai_deals.store.collector import CollectorHeldForKeys
from ai_deals.store.errors import CompanyGone
from ai_deals.store.models import RecordRef, TimelineEvent, TimelineKey, TimelineOutline
from ai_deals.store.round_order import UNDATED_PLACE

from ..bursts import defer_keys, release_keys_unless_opening
from ..formatting import DATE_WIDTH, date_label, plural
from ..highlight import fact_span, highlighted_sentence, keyword_spans
from ..messages import CompanyMissing, SourceTextLoaded, TimelineChanged, TimelineLoaded, WindowLoaded
from ..safe_text import clean_line
from ..widgets.breadcrumbs import Breadcrumbs
from ..widgets.virtual_list import ONE_CELL, RowStyles, VirtualList
from .base import DealsScreen, ExportScope, select_all_binding
from .company_rows import SourceChoice, source_choices
from .jump_date import JumpDateScreen
from .source_pick import SourcePickScreen


def render_event(event: TimelineEvent, styles: RowStyles, company_id: int | None = None) -> Text:
    """Date at its precision, company, then the one-line title; projections in their own style.

    On one company's timeline (`company_id`) there is no company column: the crumb names the company,
    its events read without its name ("raises $42M (Series D) from …") and the others' name every
    party, so the width goes to the investors that tell one line from the next."""
    if event is PENDING:  # its window is being read (milliseconds)
        return Text("…", style=styles["muted"])
    text = Text(no_wrap=True, style=styles["projection"] if event.is_projection else "")
    date = date_label(event.date, event.is_projection)
    text.append(f"{date:<{DATE_WIDTH}} ", style=styles["muted"])  # "for 2018-04-17" in line too
    if company_id is not None:
        return text.append(clean_line(row_title(event) if event.company_id == company_id else event.title))
    text.append(company_cell(clean_line(event.company)), style="bold")
    text.append(" " + clean_line(row_title(event)))
    return text


COMPANY_WIDTH = 18
"""Cells of the whole timeline's company column."""


def company_cell(name: str) -> str:
    """`name` cut to the company column with a "…", or padded to it, as `Text.truncate` does; by its
    length when every character is one cell (`ONE_CELL`): a Text per row cost a tenth of drawing it."""
    if ONE_CELL.issuperset(name):
        return name[: COMPANY_WIDTH - 1] + "…" if len(name) > COMPANY_WIDTH else name.ljust(COMPANY_WIDTH)
    company = Text(name)
    company.truncate(COMPANY_WIDTH, overflow="ellipsis", pad=True)
    return company.plain


def row_title(event: TimelineEvent) -> str:
    """The title without the company's name in front: the company column names it already, and
    repeating it pushed the amount past 80 columns ("… Systemer AS valuation: €" cut)."""
    title = event.title
    if (
        event.company
        and title.startswith(event.company)
        and title[len(event.company) : len(event.company) + 1] in (" ", ":")
    ):
        return title[len(event.company) :].lstrip(": ") or title
    return title


def first_event_from(events: Sequence[TimelineEvent], when: str) -> int | None:
    """The index of the first of `events` (in timeline order) dated `when` or later: "2024-03" is after
    an event dated only "2024", before "2024-03-05" and a projection "for 2024-03". The whole
    timeline's windows answer from their outline; a company's list by bisection (no full scan)."""
    if isinstance(events, EventWindows):
        return events.first_from(when)
    index = bisect_left(events, when, key=lambda event: event.order[0])
    # An undated round placed last ("~" sorts after every date) is on or after no date.
    if index >= len(events) or events[index].order[0] == UNDATED_PLACE:
        return None
    return index


def year_index(events: list[TimelineEvent]) -> tuple[list[str], list[int]]:
    """Distinct years in order and the index of each year's first event (events are sorted by date).

    An undated round placed before a dated one is part of that one's year (where it is listed, so a
    year jump from it counts from there); one placed last ("~") is in the last year's run."""
    years: list[str] = []
    starts: list[int] = []
    for index, event in enumerate(events):
        year = event.order[0][:4]
        if not year or year == UNDATED_PLACE:
            continue
        if not years or year != years[-1]:
            years.append(year)
            starts.append(index)
    return years, starts


PENDING = TimelineEvent(
    ref=RecordRef(record_type="round", record_id=0), date="", company_id=0, company="", title="…"
)
"""An event of the whole timeline whose window is still being read."""

WINDOW = 50
"""Events of the whole timeline read at a time (~2 ms): a screen shows two or three."""
KEY_PAUSE = 0.3
"""Seconds without a move after which the garbage collector, held off meanwhile, runs."""
KEPT_WINDOWS = 80
"""Windows the whole timeline keeps (the least recently drawn are let go): a few thousand events,
however many the database holds. Reading every event of 1.2 million took 65 s and 5 GB. Up to half of
them are filled with the nearest years' first screens once the keys rest (`_read_years_ahead`)."""

_READS = ("timeline", "timeline-window", "timeline-changed")
"""The worker groups that read the whole timeline or look whether it changed."""
CHANGE_CHECK = 2.0
"""Seconds between looks at whether the database changed under the whole timeline (another shell's
`ai-deals remove` or import): its outline's counts and places are then stale (`TimelineChanged`)."""

Anchor = tuple[TimelineKey | None, bool, int, int]
"""Where a window is read from: (place, backward, offset, limit) for `Store.timeline_window`."""


def nearest_first(here: int, count: int) -> Iterator[int]:
    """The positions from 0 to `count` - 1 but `here`, nearest to it first (after before before)."""
    for distance in range(1, count):
        for position in (here + distance, here - distance):
            if 0 <= position < count:
                yield position


def window_starts(year_starts: list[int], total: int, size: int) -> list[int]:
    """The index each window of the whole timeline starts at: every `size` events from each year's
    first event, so that the screen a year jump (`[`, `]`) shows is the start of one window, read
    alone; cut every `size` events from the first, it straddled two windows most times (1.7 windows
    read a jump, bench/timeline.py). A year's last window is then shorter."""
    starts: list[int] = []
    for begin, end in zip(year_starts, [*year_starts[1:], total], strict=False):  # none: no window
        starts.extend(range(begin, end, size))
    return starts


class EventWindows(Sequence[TimelineEvent]):
    """The whole timeline as the list's rows, read a window of at most `size` events at a time (each
    year's events cut from its first: `window_starts`): its length and years come from the outline
    (counts by date); an event whose window is not read yet is `PENDING` until it comes (`ask` reads
    it in a worker, `add` keeps it). `stamp` is the store's `change_stamp` the outline was read at:
    once it moves, the windows asked for may not exist."""

    def __init__(
        self,
        outline: TimelineOutline,
        size: int,
        ask: Callable[[EventWindows], None],
        stamp: tuple[int, int] | None = None,
    ) -> None:
        self.outline = outline
        self.size = size
        self.stamp = stamp
        self.stale = False
        """The database changed since the outline was read: being read again (`TimelineChanged`)."""
        self.short_read_again = False
        """Outlined again because a window came back short (no change seen): never twice in a row."""
        self._ask = ask
        self._total = outline.total
        self._starts = outline.starts()
        self._window_starts = window_starts(outline.years()[1], self._total, size)
        self._windows: OrderedDict[int, list[TimelineEvent]] = OrderedDict()
        self._asked: set[int] = set()
        self._wanted: list[int] = []
        """Windows wanted since `ask` was last called: read together (one worker, one repaint)."""

    def __len__(self) -> int:
        return self._total

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._total))]
        if index < 0:
            index += self._total
        if not 0 <= index < self._total:
            raise IndexError(index)
        number = self.number_of(index)
        offset = index - self._window_starts[number]
        window = self._windows.get(number)
        if window is None:
            self.want(number)
            return PENDING
        self._windows.move_to_end(number)
        return window[offset] if offset < len(window) else PENDING  # fewer: written meanwhile (reloaded)

    def is_read(self, index: int) -> bool:
        return self.number_of(index) in self._windows

    def is_kept(self, number: int) -> bool:
        """Whether window `number` is read and kept."""
        return number in self._windows

    def is_asked(self, number: int) -> bool:
        """Whether window `number` is being read (or wanted, about to be)."""
        return number in self._asked

    def room(self) -> int:
        """How many windows more can be kept before one read is let go (`KEPT_WINDOWS`)."""
        return KEPT_WINDOWS - len(self._windows) - len(self._asked)

    def number_of(self, index: int) -> int:
        """The number of the window holding the event at `index`."""
        return bisect_right(self._window_starts, index) - 1

    def numbers_over(self, start: int, end: int) -> range:
        """The numbers of the windows holding the events from `start` to `end` (the last event at most)."""
        return range(self.number_of(start), self.number_of(min(end, self._total - 1)) + 1)

    def bounds(self, number: int) -> tuple[int, int]:
        """The indexes window `number` starts at and ends before."""
        following = number + 1
        end = self._window_starts[following] if following < len(self._window_starts) else self._total
        return self._window_starts[number], end

    def length(self, number: int) -> int:
        """How many events window `number` holds (its year's last may hold fewer than `size`)."""
        start, end = self.bounds(number)
        return end - start

    def place_of(self, index: int) -> TimelineKey | None:
        """The place of the first event of the date the event at `index` is of, from the outline
        (read or not): where to come back to once the timeline is read again."""
        group = bisect_right(self._starts, index) - 1
        return (self.outline.keys[group], "", 0) if 0 <= group < len(self.outline.keys) else None

    def first_from(self, when: str) -> int | None:
        """The index of the first event dated `when` or later, from the outline (no event read)."""
        position = bisect_left(self.outline.keys, when)
        return self._starts[position] if position < len(self._starts) else None

    def index_of(self, ref: RecordRef) -> int | None:
        """The index of the event `ref` names, if its window is read."""
        for number, window in self._windows.items():
            for offset, event in enumerate(window):
                if event.ref == ref:
                    return self._window_starts[number] + offset
        return None

    def want(self, number: int) -> None:
        """Have window `number` read, unless it is (or is being): `ask` is called once for the windows
        wanted before it takes them (`take_wanted`)."""
        if number in self._windows or number in self._asked or not 0 <= number < len(self._window_starts):
            return
        self._asked.add(number)
        self._wanted.append(number)
        if len(self._wanted) == 1:
            self._ask(self)

    def take_wanted(self) -> list[tuple[int, Anchor]]:
        """The windows wanted since the last call, in order, each with where to read it from."""
        wanted, self._wanted = sorted(self._wanted), []
        return [(number, self.anchor(number)) for number in wanted]

    def anchor(self, number: int) -> Anchor:
        """Where window `number` is read from: (place, backward, offset, limit) for `Store.timeline_window`:
        after the window before it or before the one after it, when read; else from the nearest date
        that starts in the outline, skipping the events of that date that come first."""
        start, end = self.bounds(number)
        limit = end - start
        before, after = self._windows.get(number - 1), self._windows.get(number + 1)
        if before is not None and len(before) == self.length(number - 1):
            return before[-1].order, False, 0, limit
        if after:
            return after[0].order, True, 0, limit
        if end == self._total:
            return None, True, 0, limit
        group = bisect_right(self._starts, start) - 1
        skip = start - self._starts[group]
        following = bisect_left(self._starts, end)  # the first date starting at or after the window's end
        if following < len(self._starts) and self._starts[following] - end < skip:
            return (self.outline.keys[following], "", 0), True, self._starts[following] - end, limit
        return (self.outline.keys[group], "", 0), False, skip, limit

    def add(self, number: int, events: list[TimelineEvent]) -> None:
        """Keep window `number`, letting the least recently drawn go past `KEPT_WINDOWS`."""
        self._asked.discard(number)
        self._windows[number] = events
        self._windows.move_to_end(number)
        while len(self._windows) > KEPT_WINDOWS:
            self._windows.popitem(last=False)

    def give_up(self, numbers: Iterable[int]) -> None:
        """Forget that windows `numbers` are being read (their read was cancelled): wanted again when drawn."""
        self._asked.difference_update(numbers)

    def clear(self) -> None:
        self._windows.clear()
        self._asked.clear()


LARGE_TIMELINE = 10_000
NO_EVENTS = "No dated events yet: import an article or a deal file"
KEY_NAMES = {
    "cursor_up": "↑",
    "cursor_down": "↓",
    "page_up": "PageUp",
    "page_down": "PageDown",
    "first": "Home",
    "last": "End",
}


YEAR_KEYS = Binding.Group("Year")
"""`[` and `]` as one footer entry ("[ ] Year"): two made the footer too wide for ctrl+a at 80 columns."""


class TimelineScreen(DealsScreen):
    """The timeline of one company (opened from its page) or of everything."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "left_square_bracket",
            "year(-1)",
            "Year←",
            key_display="[",
            group=YEAR_KEYS,
            id="timeline.previous_year",
            tooltip="Jump to the first event of the previous year",
        ),
        Binding(
            "right_square_bracket",
            "year(1)",
            "Year→",
            key_display="]",
            group=YEAR_KEYS,
            id="timeline.next_year",
            tooltip="Jump to the first event of the next year",
        ),
        Binding(
            "f",
            "toggle_filter",
            "Filter",
            id="timeline.filter",
            tooltip="Toggle between one company (this page's, or the highlighted event's) and all",
        ),
        Binding(
            "s", "source", "Source", id="timeline.source", tooltip="Open the article this event came from"
        ),
        Binding(
            "g",
            "jump_date",
            "Date",
            id="timeline.jump_date",
            tooltip="Jump to the first event on or after a year, month or day typed",
            show=False,  # the status line names it ("· g date"): at 80 columns the footer lost ? Help
        ),
        select_all_binding("timeline"),
    ]

    is_timeline: ClassVar[bool] = True
    window_size: ClassVar[int] = WINDOW
    """Events of the whole timeline read at a time (`EventWindows`)."""
    """`t` (open the timeline) is off here, and out of the footer."""

    help_text = (
        "Every dated event in order. ↑/↓ or j/k step one event, [ and ] jump a year, g goes to a date "
        "typed (2024, 2024-03 or 2024-03-15: the first event on or after it), Home/End go to the ends. Projections are in italics and read “for 2029”. Enter opens the event's company; space "
        "selects an event for export, ctrl+a every event listed (again: none)."
    )

    def __init__(self, company: tuple[int, str] | None = None) -> None:
        super().__init__()
        self.company = company
        self.filtered = company is not None
        self.events: Sequence[TimelineEvent] = []
        """One company's events, or the whole timeline's `EventWindows`."""
        self._years: list[str] = []
        self._year_starts: list[int] = []
        self._source_texts: dict[int, str] = {}
        self._sources_asked: set[int] = set()
        self._revision: tuple[int | None, int | None] | None = None
        """The app's `data_version` the events were read at: a write of this app's or one another
        process made (a re-import from a shell) reads them again."""
        self._keep: TimelineEvent | None = None  # the event the cursor goes back to once reloaded
        self._when_read: tuple[str | None, int] | None = None
        """What to do (an action's name) once the event at an index is read: Enter, f, s or space
        pressed on an event still drawn "…"; None: only let the keys held after a jump go on."""
        self._frozen = False
        """Whether a big company's list froze the garbage collector's view of the heap (`gc.freeze`)."""
        self._collector = CollectorHeldForKeys()
        self._pause_timer: Timer | None = None
        self._rested_reads: Worker | None = None
        """The read-ahead started once the keys rested (`_keys_rested`): cancelled when they resume."""
        self._jumped_to: int | None = None
        """The index a year jump (`[`, `]`) put the cursor on: read ahead from there, only what the next
        jump shows until the keys rest (`_read_ahead`)."""
        self._shown_company_id: int | None = None
        """The company whose timeline the list shows (None: everyone's): its rows have no company column."""
        # Lists already loaded, by scope (None: every company), with the revision they were read at:
        # `f` back to a big database's whole timeline shows it again at once instead of reloading it.
        self._loaded: dict[int | None, tuple[tuple[int | None, int | None] | None, TimelineLoaded]] = {}
        self._after_short = False
        """The whole timeline is read again because a window came back short with no change seen:
        the next one is not read again for that (`EventWindows.short_read_again`)."""
        self._usual_status = ""
        """What the status bar says about the list shown ("1,199 events · all companies, 2012–2035")."""
        self._sentence_of: tuple[int | None, object] | None = None
        """The cursor and the row the sentence panel was last drawn for (`_show_sentence`)."""
        self._note_at: int | None = None
        """The cursor a passing note ("First year: 2012") was said at: moving away brings the usual back."""
        self._update_crumb()

    def _update_crumb(self) -> None:
        self.crumb = f"Timeline · {self.company[1]}" if self.filtered and self.company else "Timeline"

    def compose_body(self) -> ComposeResult:
        yield VirtualList(
            lambda event, styles: render_event(event, styles, self._shown_company_id),
            is_marked=lambda event: self.app.selection.holds_event(event.ref),
            on_move=self._cursor_moved,
            keep_painted=True,  # its marks change on this screen (space, ctrl+a) or while another is shown
            id="events",
            empty_text="Loading…",
        )
        yield Static("", id="sentence", markup=False)

    def on_mount(self) -> None:
        self.query_one("#events", VirtualList).focus()
        self._load()
        self.set_interval(CHANGE_CHECK, self._look_for_changes)

    def _load(self, keep: TimelineEvent | None = None, place: TimelineKey | None = None) -> None:
        """Read the list shown; the cursor goes to `keep` (the next event when it is gone), else, on
        the whole timeline, to the first event at `place` (an event still "…" when it was asked)."""
        self.set_status("Loading…")
        self._keep = keep
        self._revision = self.app.data_version
        company_id = self.company[0] if self.filtered and self.company else None
        revision, loaded = self._loaded.get(company_id, (None, None))
        if loaded is not None and revision == self._revision:
            windows = loaded.events if isinstance(loaded.events, EventWindows) else None
            if windows is None or keep is None or windows.index_of(keep.ref) is not None:
                self.on_timeline_loaded(loaded)
                return
            # The event to come back to is in no window kept: its index is asked of the store.
            self.query_one("#events", VirtualList).awaiting_rows = True
            self.load_whole(keep, windows, place)
            return
        self.query_one("#events", VirtualList).awaiting_rows = True
        if company_id is None:
            self.load_whole(keep, None, place)
        else:
            self.load_events(company_id)

    def on_screen_resume(self) -> None:
        """Back from a review or a merge, or another process wrote (a re-import from a shell): reload
        if anything was written meanwhile, on the same event (the next one when it is gone)."""
        super().on_screen_resume()
        # The selection may have changed meanwhile (a company's page, an export): each line is asked
        # again whether its row is marked, not kept as last painted (`VirtualList(keep_painted=True)`).
        self.query_one("#events", VirtualList).refresh()
        if self.app.data_version != self._revision:
            self._read_again()

    def _read_again(self) -> None:
        """Read the list again (the database changed), the cursor on the same event (the next one
        when it is gone), or at the same date when its event was not read yet. What was pressed on
        an event still "…" is dropped and the keys held after it go on: it may never come."""
        self._source_texts.clear()
        self._sources_asked.clear()
        self._loaded.clear()  # read at a revision of the app's that may not have moved
        if self._when_read is not None:
            self._when_read = None
            release_keys_unless_opening(self.app)
        events = self.query_one("#events", VirtualList)
        windows = self.events if isinstance(self.events, EventWindows) else None
        if windows is not None:
            # Being read again: a window read or change check still under way for this outline says
            # "changed" too, and must not read it a second time (dropping what is held meanwhile).
            windows.stale = True
        place = windows.place_of(events.cursor) if windows is not None and events.cursor is not None else None
        self._load(keep=self.current, place=place)

    def _look_for_changes(self) -> None:
        """Now and then, while the whole timeline is in view: has the database changed under it?"""
        windows = self.events
        if (
            self.is_current
            and isinstance(windows, EventWindows)
            and not windows.stale
            and not self._reading()
        ):
            self.check_for_changes(windows)

    def _reading(self) -> bool:
        """Whether the timeline is being read or checked now: a read compares the change stamp itself,
        and a look queued behind a long one (the folds of 100k events: seconds) would only pile up."""
        return any(
            worker.node is self and worker.is_running and worker.group in _READS
            for worker in self.app.workers
        )

    @work(thread=True, exclusive=True, group="timeline-changed", exit_on_error=False)
    def check_for_changes(self, windows: EventWindows) -> None:
        """Compare the database's change stamp with the one the whole timeline was outlined at."""
        stamp = self.app.store.change_stamp()
        if stamp != windows.stamp:
            self.post_message(TimelineChanged(windows, stamp[1]))

    def on_timeline_changed(self, message: TimelineChanged) -> None:
        """The database changed under the whole timeline (another shell removed or imported a
        source): its counts and places are stale, and the windows it asks for may not exist. Read
        it again near the same date, and say so; the selection is counted again."""
        windows = message.windows
        assert isinstance(windows, EventWindows)
        self._loaded = {scope: kept for scope, kept in self._loaded.items() if kept[1].events is not windows}
        if windows is not self.events or windows.stale:
            return  # a list left meanwhile, or one being read again already
        outside = message.outside_version
        if outside == windows.stamp[1] and self.app.data_version == self._revision:
            return  # only this app's own write, and the screen was read again after it (`_merge_undone`)
        windows.stale = True
        self._after_short = outside is None
        if outside is not None and outside != windows.stamp[1]:  # another process committed
            self.notify("The database changed: timeline re-read.", markup=False)
            self.app.outside_write_seen(outside)
        self._read_again()  # silently for this app's own write (`change_stamp` counts it too)

    def on_unmount(self) -> None:
        """Let go of the events once the screen is closed (the screen object itself may outlive it:
        see `CompanyScreen.on_unmount`)."""
        self._loaded.clear()
        self.events = []
        self._source_texts.clear()
        self._collector.release(collect=False)
        if self._frozen:
            gc.unfreeze()
            self._frozen = False

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def load_whole(
        self, keep: TimelineEvent | None, windows: EventWindows | None, place: TimelineKey | None = None
    ) -> None:
        """Read the whole timeline's outline (counts by date: no event) and the windows of the cursor
        (at `keep`, else at `place`) and of the end, in a worker: a million events open in a fraction
        of a second. `windows` read before a change are outlined again."""
        store = self.app.store
        if windows is not None and store.change_stamp() != windows.stamp:
            windows = None
        if windows is None:
            stamp = store.change_stamp()  # before the outline: a write meanwhile is seen as a change
            windows = EventWindows(store.timeline_outline(), self.window_size, self._ask_windows, stamp)
        total = len(windows)
        place = keep.order if keep is not None else place
        cursor = min(store.timeline_rank(place), total - 1) if place is not None and total else 0
        read = []
        ends = {windows.number_of(cursor), windows.number_of(total - 1)} if total else set()
        for number in sorted(ends):
            if not windows.is_read(windows.bounds(number)[0]):
                after, backward, offset, limit = windows.anchor(number)
                read.append(
                    (number, store.timeline_window(after, limit=limit, offset=offset, backward=backward))
                )
        if not get_current_worker().is_cancelled:
            self.post_message(TimelineLoaded(None, windows, *windows.outline.years(), cursor, read))

    def _ask_windows(self, windows: EventWindows) -> None:
        """Windows are wanted (drawn, or about to be): read them once this frame has asked for all."""
        self.call_later(lambda: self._read_wanted(windows))

    def _read_wanted(self, windows: EventWindows) -> Worker | None:
        """Start reading the windows wanted, if any are still (`_keys_rested` may have taken them)."""
        wanted = windows.take_wanted()
        return self.load_windows(windows, wanted) if wanted else None

    @work(thread=True, group="timeline-window", exit_on_error=False)
    def load_windows(self, windows: EventWindows, wanted: list[tuple[int, Anchor]]) -> None:
        """Read windows of the whole timeline (milliseconds each, whatever its size); one that follows
        the window read before it is read from that one's last event."""
        store = self.app.store
        worker = get_current_worker()
        read: list[tuple[int, list[TimelineEvent]]] = []
        short = False
        for number, (after, backward, offset, limit) in wanted:
            if worker.is_cancelled:
                break  # keys resumed (`_hold_collector`) or the screen closed: 40 windows read ahead are not waited on
            if store.change_stamp() != windows.stamp:
                break  # the outline's places are stale: what is read from them is not those windows
            if read and read[-1][0] == number - 1 and len(read[-1][1]) == windows.length(number - 1):
                after, backward, offset = read[-1][1][-1].order, False, 0
            read.append((number, store.timeline_window(after, limit=limit, offset=offset, backward=backward)))
            short = short or len(read[-1][1]) < limit
        if worker.is_cancelled:
            self.post_message(
                WindowLoaded(windows, read, given_up=[number for number, _ in wanted[len(read) :]])
            )
            return
        stamp = store.change_stamp()  # the same after as before: no commit came between the reads
        if stamp != windows.stamp:
            self.post_message(TimelineChanged(windows, stamp[1]))
            return
        self.post_message(WindowLoaded(windows, read))
        if short and not windows.short_read_again:  # fewer than the outline counts, nothing changed
            self.post_message(TimelineChanged(windows, None))

    def on_window_loaded(self, message: WindowLoaded) -> None:
        """Draw the windows' events; the highlighted one's sentence, and what was pressed on it meanwhile."""
        windows = message.windows
        assert isinstance(windows, EventWindows)
        for number, window in message.windows_read:  # kept even when not shown: `f` back shows it again
            windows.add(number, window)
        windows.give_up(message.given_up)
        if windows is not self.events:
            return  # a list left (`f`, reloaded) meanwhile
        events = self.query_one("#events", VirtualList)
        top = int(events.scroll_offset.y)
        bottom = min(top + events.size.height, len(windows) - 1)
        drawn = range(windows.number_of(top), windows.number_of(bottom) + 1)
        read_or_given_up = [number for number, _ in message.windows_read] + message.given_up
        if any(number in drawn for number in read_or_given_up):  # read ahead: nothing to redraw
            events.refresh_rows()
        if events.cursor is not None and windows.number_of(events.cursor) in dict(message.windows_read):
            self._show_sentence()
            self._read_ahead()
            self._do_when_read()

    def _do_when_read(self) -> None:
        """Run what was pressed on the highlighted event while its window was read; the keys typed
        after it go on once it has, or at once when the window came without it (never held for a
        row that will not come)."""
        waiting, self._when_read = self._when_read, None
        if waiting is None:
            return
        if waiting[0] is not None and self.current is not None:
            getattr(self, waiting[0])()
        release_keys_unless_opening(self.app)

    def _wait_for_window(self, action: str) -> bool:
        """The highlighted event is still being read: do `action` once it is (True), holding the keys after it."""
        events = self.query_one("#events", VirtualList)
        if events.cursor is None or events.highlighted is not PENDING:
            return False
        self._when_read = (action, events.cursor)
        defer_keys(self.app)
        return True

    def _hold_keys_after_jump(self) -> None:
        """A jump (`g`, `[`, `]`) put the cursor on an event still being read: the keys typed after it
        wait until it is (`_do_when_read`: milliseconds). Let go at once, Enter found the event "…" and
        waited for it itself, but the keys after Enter had gone on already: "g 2019 ⏎ ⏎ Esc" closed the
        timeline before the event came, and a j after the Enter moved the cursor off the event it
        waited for (dropping the Enter)."""
        cursor = self.query_one("#events", VirtualList).cursor
        # Asked of the windows, not of the row: reading it would ask for its window before the
        # frame asks for the ones it draws (two reads instead of one).
        windows = self.events
        unread = isinstance(windows, EventWindows) and cursor is not None and not windows.is_read(cursor)
        if unread and self._when_read is None:
            self._when_read = (None, cursor)
            defer_keys(self.app)

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def load_events(self, company_id: int | None) -> None:
        """Fetch the events and index their years in a worker thread (100k events stay off the UI thread)."""
        try:
            events = self.app.store.timeline(company_id)
        except CompanyGone as gone:  # removed or merged away since the timeline was opened on it
            self.post_message(CompanyMissing(gone))
            return
        if not get_current_worker().is_cancelled:  # a newer load replaced this one: its list may be stale
            self.post_message(TimelineLoaded(company_id, events, *year_index(events)))

    def on_timeline_loaded(self, message: TimelineLoaded) -> None:
        """Show the events; the cursor starts on the kept event if it is still there, else the first
        (on the whole timeline, where it was: the next one when it is gone)."""
        if message.company_id != (self.company[0] if self.filtered and self.company else None):
            return  # a list for a scope left meanwhile (`f` pressed again before it came)
        # Two lists at most: everyone's and the last company's.
        if message.company_id is not None:
            self._loaded = {key: kept for key, kept in self._loaded.items() if key is None}
        self._loaded[message.company_id] = (self._revision, message)
        self.events = message.events
        self._years, self._year_starts = message.years, message.year_starts
        keep = self._keep.ref if self._keep is not None else None
        if isinstance(message.events, EventWindows):
            message.events.short_read_again, self._after_short = self._after_short, False
            for number, events in message.windows:
                message.events.add(number, events)
            found = message.events.index_of(keep) if keep is not None else None
            cursor = found if found is not None else message.cursor or 0
        else:
            cursor = next((i for i, event in enumerate(message.events) if event.ref == keep), 0)
        self._shown_company_id = message.company_id
        if self._when_read is not None:  # pressed on a row of the list replaced: the keys after it go on
            self._when_read = None
            release_keys_unless_opening(self.app)
        self.query_one("#events", VirtualList).set_rows(message.events, cursor, empty_text=NO_EVENTS)
        if not self._frozen and (
            isinstance(message.events, EventWindows) or len(message.events) > LARGE_TIMELINE
        ):
            # A full garbage-collector pass over what the explorer holds (a big company's 100k events,
            # the search index) cost ~40-400 ms, landing on a random key; what is held now has no
            # reference cycles to collect, so the scans are spared it until the screen closes. The
            # whole timeline's windows, read later, stay in the young generations.
            gc.freeze()
            self._frozen = True
        scope = self.company[1] if self.filtered and self.company else "all companies"
        years = f", {self._years[0] or 'undated'}–{self._years[-1]}" if self._years else ""
        self._usual_status = f"{plural(len(message.events), 'event')} · {scope}{years} · g date"
        self._note_at = None
        self.set_status(self._usual_status)

    def on_company_missing(self, message: CompanyMissing) -> None:
        """The company the timeline is filtered to is no longer in the database: merged into another,
        its timeline is that one's (said); removed, the list says so and `f` shows everyone's."""
        gone = message.gone
        if not (self.filtered and self.company):
            return  # `f` pressed meanwhile: everyone's timeline is asked for
        if gone.kept_id is not None and gone.kept_name is not None:
            self.notify(f"{gone}: this is its timeline now.", markup=False)
            self.company = (gone.kept_id, gone.kept_name)
            self._update_crumb()
            self.query_one(Breadcrumbs).refresh()
            self._load()
            return
        self.events = []
        self._years, self._year_starts = [], []
        self._shown_company_id = None
        self.query_one("#events", VirtualList).set_rows((), empty_text=clean_line(f"{gone}."))
        self._usual_status = f"{gone} · f shows every company's events · Esc goes back"
        self.set_status(self._usual_status)

    @on(VirtualList.MoveKept, "#events")
    def _move_kept(self, message: VirtualList.MoveKept) -> None:
        """Say that the key was kept: the list is still loading (seconds, for 100k events)."""
        key = KEY_NAMES.get(message.action, message.action)
        self.set_status(f"Still loading the events… {key} will apply when they arrive")

    @property
    def current(self) -> TimelineEvent | None:
        """The highlighted event (None while its window is read)."""
        event = self.query_one("#events", VirtualList).highlighted
        return None if event is PENDING else event

    @on(VirtualList.Highlighted, "#events")
    def _event_highlighted(self) -> None:
        events = self.query_one("#events", VirtualList)
        if self._note_at is not None and events.cursor != self._note_at:
            self._note_at = None
            self.set_status(self._usual_status)
        if self._when_read is not None and self._when_read[1] != events.cursor:
            self._when_read = None  # the cursor moved on from the event it waited for
        self._hold_collector()
        jumped, self._jumped_to = self._jumped_to == events.cursor, None
        self._read_ahead(around=not jumped)
        shown = self._sentence_of
        if shown is None or shown[0] != events.cursor or shown[1] is not events.highlighted:
            self._show_sentence()  # not shown with the move (`_cursor_moved`): its row was being read

    def _cursor_moved(self, index: int | None) -> None:
        """The list's cursor moved (before its `Highlighted` message comes): show the sentence now, in the
        same paint as the rows; drawn from the message, it took a second paint of its own."""
        windows = self.events
        if index is not None and isinstance(windows, EventWindows) and not windows.is_read(index):
            # Asked of the windows, not of the row: reading it would ask for its window before the
            # frame asks for the ones it draws (`_hold_keys_after_jump`); the message shows it.
            return
        self._show_sentence()

    def _hold_collector(self) -> None:
        """Hold the garbage collector off while the cursor moves (or `[`, `]` are pressed past the first
        or last year), and run it once the keys rest (`KEY_PAUSE`): its passes landed on random keys
        (`CollectorHeldForKeys`). A full pass over the windows read and the rows drawn from them
        (Textual's strips make reference cycles) took 15-26 ms, a generation-1 pass 3-4 ms: the
        worst year jumps (bench/timeline.py)."""
        self._collector.hold()
        if self._rested_reads is not None:  # the keys come first: what it has not read is wanted again
            self._rested_reads.cancel()
            self._rested_reads = None
        if self._pause_timer is not None:
            self._pause_timer.stop()
        self._pause_timer = self.set_timer(KEY_PAUSE, self._keys_rested)

    def _keys_rested(self) -> None:
        """The pause after keys: run the collector held meanwhile; read what a year jump left unread,
        and the first screens of the years around (`_read_years_ahead`)."""
        self._release_collector()
        self._read_ahead()
        self._read_years_ahead()
        if isinstance(self.events, EventWindows):  # read now, in a worker of its own the next key cancels
            self._rested_reads = self._read_wanted(self.events)

    def _read_years_ahead(self) -> None:
        """Have the first screens of the nearest years read (nearest first, each way) while fewer than
        half the windows kept are, letting none go: a held `]` or `[` then finds each year it shows
        read, instead of reading the next one beside every jump (~2 ms of a worker's CPU a key at 100k
        events, bench/timeline.py). Read in the pause after the keys, off them."""
        events = self.query_one("#events", VirtualList)
        windows = self.events
        if not isinstance(windows, EventWindows) or events.cursor is None or not self._year_starts:
            return
        reach = max(1, events.size.height)
        here = bisect_right(self._year_starts, events.cursor) - 1
        room = windows.room() - KEPT_WINDOWS // 2  # half left for what the keys draw next: none let go then
        for position in nearest_first(here, len(self._year_starts)):
            start = self._year_starts[position]
            for number in windows.numbers_over(start, start + reach):  # one at 100k events, a few in tests
                if windows.is_kept(number) or windows.is_asked(number):
                    continue
                if room <= 0:
                    return
                windows.want(number)
                room -= 1

    def _release_collector(self) -> None:
        self._collector.release(collect=True)

    def on_screen_suspend(self) -> None:
        """Another screen opens (a company's page, whose read holds the collector itself)."""
        self._collector.release(collect=False)

    def _read_ahead(self, *, around: bool = True) -> None:
        """Have the windows a step, a page or a year jump (`[`, `]`) would show read before it comes:
        it then draws once, without a frame of "…". Not while the cursor's own window is being read
        (only what is drawn is wanted then): once it is, `on_window_loaded` reads ahead from there,
        else every jump after a Home or a jump to a window let go came cold (two repaints each).
        Without `around` (the cursor came by a year jump), only the years' starts the next jump
        shows: the screens above and below the cursor (a page up, the year left's last events) wait
        for the keys to rest (`_keys_rested`), and a run of jumps never reads them (a third of
        the CPU of a jump: bench/timeline.py)."""
        events = self.query_one("#events", VirtualList)
        if (
            not isinstance(self.events, EventWindows)
            or events.cursor is None
            or not self.events.is_read(events.cursor)
        ):
            return
        reach = max(1, events.size.height)
        here = bisect_right(self._year_starts, events.cursor) - 1
        near = [events.cursor - reach, events.cursor + reach] if around else []
        # `]` and `[` show the next or previous year's start on the top line, a screen under it.
        for position in (here + 1, here - 1):
            if 0 <= position < len(self._year_starts):
                near += [self._year_starts[position], self._year_starts[position] + reach]
        for index in near:
            if 0 <= index < len(self.events):
                self.events.want(self.events.number_of(index))

    def _show_sentence(self) -> None:
        """Show the highlighted event's sentence with the fact's words highlighted."""
        events = self.query_one("#events", VirtualList)
        self._sentence_of = (events.cursor, events.highlighted)
        event = self.current
        panel = self.query_one("#sentence", Static)
        if (
            event is None and not self.events
        ):  # no event at all (none, or the company is gone): nothing to say
            panel.update("", layout=False)
            return
        if event is None and self.query_one("#events", VirtualList).highlighted is PENDING:
            panel.update("", layout=False)  # shown once its window is read
            return
        if event is None or not event.sentence:
            panel.update(Text("No source sentence for this event.", style="dim"), layout=False)
            return
        source_text = self._source_texts.get(event.source_id) if event.source_id is not None else None
        if source_text is None and event.source_id is not None and event.source_id not in self._sources_asked:
            self._sources_asked.add(event.source_id)
            self.load_source_text(event.source_id)
        span = fact_span(event.sentence, event.start, event.end, source_text)
        spans = [span] if span else keyword_spans(event.sentence, event.title, event.date)
        shown = highlighted_sentence(event.sentence, spans, events.role_style("match"))
        if conflict := conflict_words(event.title):
            # The row's end, cut at 120 columns and at 80 ("· 4 sources · con…"): said whole above the sentence.
            shown = Text.assemble((f"conflict: {conflict}", "bold"), "\n", shown)
        if recalled := recalled_words(event):
            # The sentence only recalls the raise: it is not the news of the day the row's date says.
            shown = Text.assemble((recalled, "bold"), "\n", shown)
        # The panel's height is fixed in the stylesheet: its new content needs no layout pass.
        panel.update(shown, layout=False)

    @work(thread=True, group="sentence", exit_on_error=False)
    def load_source_text(self, source_id: int) -> None:
        """Fetch a source's text once, to find the fact's exact words in its sentence."""
        self.post_message(SourceTextLoaded(source_id, self.app.store.source_text(source_id)))

    def on_source_text_loaded(self, message: SourceTextLoaded) -> None:
        self._source_texts[message.source_id] = message.text
        self._show_sentence()

    def action_year(self, step: int) -> None:
        """Jump to the first event of the previous (`step` -1) or next (+1) year."""
        self._hold_collector()  # past the last year too: a key, not a pause (`_hold_collector`)
        events = self.query_one("#events", VirtualList)
        if events.cursor is None:
            if events.awaiting_rows:
                self.set_status("Still loading the events… press [ or ] again once they are shown")
            return
        if not self._years:  # only undated rounds: no year to jump to
            self.set_status("No dated event: no year to jump to")
            self._note_at = events.cursor
            return
        # The cursor's year, from the years' first events: the event itself may still be being read.
        here = max(0, bisect_right(self._year_starts, events.cursor) - 1)
        year = self._years[here]
        position = here + step
        if 0 <= position < len(self._years):
            # On the top line, the year's events below it: scrolled the least, a year jumped to
            # forward showed its first event on the bottom line, under the year left.
            self._jumped_to = self._year_starts[position]
            events.move_to(self._jumped_to, at_top=True)
            self._hold_keys_after_jump()
        else:  # said, not silent: the key looked lost
            end = "First" if step < 0 else "Last"
            self.set_status(f"{end} year: {year or 'undated'}")
            self._note_at = self.query_one("#events", VirtualList).cursor

    def action_jump_date(self) -> None:
        """Ask for a date, then jump to the first event on or after it (`_jump_to`)."""
        events = self.query_one("#events", VirtualList)
        if events.cursor is None:
            if events.awaiting_rows:
                self.set_status("Still loading the events… press g again once they are shown")
            return
        self.app.push_screen(JumpDateScreen(), self._jump_to)

    def _jump_to(self, when: str | None) -> None:
        """Put the first event dated `when` or later on the top line; said when there is none."""
        if when is None or not self.events:
            return
        events = self.query_one("#events", VirtualList)
        index = first_event_from(self.events, when)
        if index is None:
            last = f"the last is of {self._years[-1] or 'undated'}" if self._years else "none is dated"
            self.set_status(f"No event on or after {when}: {last}")
        else:
            events.move_to(index, at_top=True)
            self._hold_keys_after_jump()
            self.set_status(f"First event on or after {when}")
        self._note_at = events.cursor

    def action_toggle_filter(self) -> None:
        """Switch between one company's events and everyone's: from everyone's, the highlighted
        event's company (the one the timeline was opened from when nothing is highlighted)."""
        if self._wait_for_window("action_toggle_filter"):
            return
        if not self.filtered:
            # Read the cursor every time: the company filtered to last may no longer be the one in view.
            event = self.current
            if event is not None:
                self.company = (event.company_id, event.company)
            elif self.company is None:
                return
        self.filtered = not self.filtered
        self._update_crumb()
        self._load(keep=self.current)

    @on(VirtualList.Chosen, "#events")
    def _event_chosen(self) -> None:
        if self._wait_for_window("_event_chosen"):
            return
        event = self.current
        if event is not None:
            self.app.open_company(event.company_id, event.company)

    @on(VirtualList.MarkToggled, "#events")
    def _event_marked(self, message: VirtualList.MarkToggled | None = None) -> None:
        if self._wait_for_window("_event_marked"):
            return
        event = self.current
        if event is not None:
            # Its folded records (a figure's other sources, an investor's part) go with it: unselecting
            # an event leaves none of it in the export.
            self.app.toggle_selection(event.ref, event.company, event.also, timeline_event=True)
            self.query_one("#events", VirtualList).refresh_rows()

    def action_select_all(self) -> None:
        """Select every event listed (`ctrl+a`), or unselect them when all are selected: the whole
        timeline by a count, never read (a million events); one company's in a worker."""
        if not self.events:
            return
        if isinstance(self.events, EventWindows):
            self.app.toggle_whole_timeline(len(self.events))  # its events, as its status line counts them
            return
        self.gather_event_refs(self.events, self.company[1] if self.company else "timeline")

    @work(thread=True, exclusive=True, group="select-all", exit_on_error=False)
    def gather_event_refs(self, events: Sequence[TimelineEvent], company: str) -> None:
        """The records of one company's events, each with those folded into it, as its export writes
        them (100,000 of them, for a big one), off the UI thread."""
        refs = list(dict.fromkeys(ref for event in events for ref in (event.ref, *event.also)))
        own = {event.ref for event in events}
        along = {ref for event in events for ref in event.also}.difference(own)
        self.app.call_from_thread(self._select_events, events, refs, along, len(own), company)

    def _select_events(
        self,
        events: Sequence[TimelineEvent],
        refs: list[RecordRef],
        along: set[RecordRef],
        count: int,
        company: str,
    ) -> None:
        if events is not self.events:  # `f` pressed meanwhile: another list is shown
            return
        # The records folded into an event come along with it: counted as space counts them
        selected = self.app.toggle_all(refs, company, timeline_events=True, along=along)
        self.notify(f"{plural(count, 'event')} {'selected' if selected else 'unselected'}", markup=False)

    def action_source(self) -> None:
        """Open the article the highlighted event came from."""
        if self._wait_for_window("action_source"):
            return
        event = self.current
        if event is not None and event.also:
            self._pick_source(event)  # several sources' records: ask which, as the company page does
        elif event is not None and event.source_id is not None:
            self.app.open_source(event.source_id, event.ref)
        else:
            self.notify("No source for this event.", severity="warning")

    @work(thread=True, exclusive=True, group="pick-source", exit_on_error=False)
    def _pick_source(self, event: TimelineEvent) -> None:
        """Read the records an event several sources tell stands for, then ask which source to open
        ("Told by 4 sources"): one source opened without asking left the others' sentences unreachable."""
        records = self.app.store.review_records([event.ref, *event.also])
        self.app.call_from_thread(self._open_picked, event, source_choices(records))

    def _open_picked(self, event: TimelineEvent, choices: tuple[SourceChoice, ...]) -> None:
        if len(choices) > 1:
            self.app.push_screen(SourcePickScreen(choices), self._source_picked)
        elif event.source_id is not None:
            self.app.open_source(event.source_id, event.ref)

    def _source_picked(self, choice: SourceChoice | None) -> None:
        if choice is not None:
            self.app.open_source(choice.source_id, choice.focus)

    def export_scope(self) -> ExportScope | None:
        """Every event shown."""
        if not self.events:
            return None
        label = self.company[1] if self.filtered and self.company else "timeline"
        if isinstance(self.events, EventWindows):  # a million: read in the export's worker, not here
            events = len(self.events)
            return TimelineRefs(self.app.store, events, events), label  # type: ignore[return-value]
        return [ref for event in self.events for ref in (event.ref, *event.also)], label


def conflict_words(title: str) -> str:
    """The figures an event's sources disagree on, as its title ends with them ("€120M vs €125M" of
    "… · 4 sources · conflict: €120M vs €125M"); "" when they agree."""
    _, found, rest = title.partition(" · conflict: ")
    return clean_line(rest.split(" · ")[0]) if found else ""


_RECALLED = re.compile(r"\bon or before \d{4}(?:-\d{2}){0,2}\b")
"""How a raise's title dates a raise only articles recalling it date (store.timeline: `on_or_before`)."""


def recalled_words(event: TimelineEvent) -> str:
    """ "on or before 2026-03-02" when the event is a raise only articles recalling it date, as its title says
    it (cut on a narrow screen with the investors after it); "" otherwise."""
    if event.ref.record_type != "round":
        return ""
    found = _RECALLED.search(event.title)
    return found.group() if found else ""


class TimelineRefs(Sequence[RecordRef]):
    """Every event of the whole timeline as records to export, read from the store when first
    iterated (in the export's worker thread): its length is known from the outline."""

    def __init__(self, store, total: int, events: int | None = None) -> None:
        self._store = store
        self._total = total
        self._refs: list[RecordRef] | None = None
        self.events = events
        """How many events the timeline listed (its outline's count): the deals of a one-row-per-deal export."""

    def counted(self) -> TimelineRefs:
        """The whole timeline's records as they are now (another process may have imported since the
        outline was read), counted by the store without reading an event: call it from a worker
        thread. Each event's folded records are exported with it: the count is of records, not events."""
        return TimelineRefs(self._store, self._store.timeline_record_count(), self.events)

    def _read(self) -> list[RecordRef]:
        if self._refs is None:
            self._refs = self._store.timeline_refs()
        return self._refs

    def __len__(self) -> int:
        return self._total if self._refs is None else len(self._refs)

    def __getitem__(self, index):  # type: ignore[override]
        return self._read()[index]

    def __iter__(self):
        return iter(self._read())
