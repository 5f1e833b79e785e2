"""Every dated event in order, stepped one event or one year at a time, with its source sentence."""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static
from textual.worker import get_current_worker

from ai_deals.store.errors import CompanyGone
from ai_deals.store.models import RecordRef, TimelineEvent

from ..formatting import DATE_WIDTH, date_label, plural
from ..highlight import fact_span, highlighted_sentence, keyword_spans
from ..messages import CompanyMissing, SourceTextLoaded, TimelineLoaded
from ..safe_text import clean_line
from ..widgets.breadcrumbs import Breadcrumbs
from ..widgets.virtual_list import RowStyles, VirtualList
from .base import DealsScreen, ExportScope


def render_event(event: TimelineEvent, styles: RowStyles, company_id: int | None = None) -> Text:
    """Date at its precision, company, then the one-line title; projections in their own style.

    On one company's timeline (`company_id`) there is no company column: the crumb names the company,
    its events read without its name ("raises $42M (Series D) from …") and the others' name every
    party, so the width goes to the investors that tell one line from the next."""
    text = Text(no_wrap=True, style=styles["projection"] if event.is_projection else "")
    date = date_label(event.date, event.is_projection)
    text.append(f"{date:<{DATE_WIDTH}} ", style=styles["muted"])  # "for 2018-04-17" in line too
    if company_id is not None:
        return text.append(clean_line(row_title(event) if event.company_id == company_id else event.title))
    company = Text(clean_line(event.company), style="bold")
    company.truncate(18, overflow="ellipsis", pad=True)
    text.append_text(company)
    text.append(" " + clean_line(row_title(event)))
    return text


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


def year_index(events: list[TimelineEvent]) -> tuple[list[str], list[int]]:
    """Distinct years in order and the index of each year's first event (events are sorted by date)."""
    years: list[str] = []
    starts: list[int] = []
    for index, event in enumerate(events):
        year = event.date[:4]
        if not years or year != years[-1]:
            years.append(year)
            starts.append(index)
    return years, starts


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


class TimelineScreen(DealsScreen):
    """The timeline of one company (opened from its page) or of everything."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "left_square_bracket",
            "year(-1)",
            "Year←",
            key_display="[",
            id="timeline.previous_year",
            tooltip="Jump to the first event of the previous year",
        ),
        Binding(
            "right_square_bracket",
            "year(1)",
            "Year→",
            key_display="]",
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
    ]

    is_timeline: ClassVar[bool] = True
    """`t` (open the timeline) is off here, and out of the footer."""

    help_text = (
        "Every dated event in order. ↑/↓ or j/k step one event, [ and ] jump a year, Home/End go to the "
        "ends. Projections are in italics and read “for 2029”. Enter opens the event's company."
    )

    def __init__(self, company: tuple[int, str] | None = None) -> None:
        super().__init__()
        self.company = company
        self.filtered = company is not None
        self.events: list[TimelineEvent] = []
        self._years: list[str] = []
        self._year_starts: list[int] = []
        self._source_texts: dict[int, str] = {}
        self._sources_asked: set[int] = set()
        self._revision: int | None = None  # the store's revision the events were read at
        self._keep: RecordRef | None = None  # the event the cursor goes back to once reloaded
        self._shown_company_id: int | None = None
        """The company whose timeline the list shows (None: everyone's): its rows have no company column."""
        # Lists already loaded, by scope (None: every company), with the revision they were read at:
        # `f` back to a big database's whole timeline shows it again at once instead of reloading it.
        self._loaded: dict[int | None, tuple[int | None, TimelineLoaded]] = {}
        self._usual_status = ""
        """What the status bar says about the list shown ("1,199 events · all companies, 2012–2035")."""
        self._note_at: int | None = None
        """The cursor a passing note ("First year: 2012") was said at: moving away brings the usual back."""
        self._update_crumb()

    def _update_crumb(self) -> None:
        self.crumb = f"Timeline · {self.company[1]}" if self.filtered and self.company else "Timeline"

    def compose_body(self) -> ComposeResult:
        yield VirtualList(
            lambda event, styles: render_event(event, styles, self._shown_company_id),
            is_marked=lambda event: event.ref in self.app.selection,
            id="events",
            empty_text="Loading…",
        )
        yield Static("", id="sentence", markup=False)

    def on_mount(self) -> None:
        self.query_one("#events", VirtualList).focus()
        self._load()

    def _load(self, keep: RecordRef | None = None) -> None:
        self.set_status("Loading…")
        self._keep = keep
        self._revision = self.app.store_revision
        company_id = self.company[0] if self.filtered and self.company else None
        revision, loaded = self._loaded.get(company_id, (None, None))
        if loaded is not None and revision == self._revision:
            self.on_timeline_loaded(loaded)
        else:
            self.query_one("#events", VirtualList).awaiting_rows = True
            self.load_events(company_id)

    def on_screen_resume(self) -> None:
        """Back from a review or a merge: reload if anything was written meanwhile, on the same event."""
        super().on_screen_resume()
        if self.app.store_revision != self._revision:
            self._source_texts.clear()
            self._sources_asked.clear()
            self._load(keep=self.current.ref if self.current else None)

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
        """Show the events; the cursor starts on the kept event if it is still there, else the first."""
        if message.company_id != (self.company[0] if self.filtered and self.company else None):
            return  # a list for a scope left meanwhile (`f` pressed again before it came)
        # Two lists at most: everyone's and the last company's.
        if message.company_id is not None:
            self._loaded = {key: kept for key, kept in self._loaded.items() if key is None}
        self._loaded[message.company_id] = (self._revision, message)
        self.events = message.events
        self._years, self._year_starts = message.years, message.year_starts
        cursor = next((i for i, event in enumerate(message.events) if event.ref == self._keep), 0)
        self._shown_company_id = message.company_id
        self.query_one("#events", VirtualList).set_rows(message.events, cursor, empty_text=NO_EVENTS)
        if len(message.events) > LARGE_TIMELINE:
            # 100k long-lived event objects make each full garbage-collector pass cost ~400 ms, which
            # lands on a random keypress; they hold no reference cycles, so exempt them from the scan.
            gc.freeze()
        scope = self.company[1] if self.filtered and self.company else "all companies"
        years = f", {self._years[0] or 'undated'}–{self._years[-1]}" if self._years else ""
        self._usual_status = f"{plural(len(message.events), 'event')} · {scope}{years}"
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
        """The highlighted event."""
        return self.query_one("#events", VirtualList).highlighted

    @on(VirtualList.Highlighted, "#events")
    def _event_highlighted(self) -> None:
        events = self.query_one("#events", VirtualList)
        if self._note_at is not None and events.cursor != self._note_at:
            self._note_at = None
            self.set_status(self._usual_status)
        self._show_sentence()

    def _show_sentence(self) -> None:
        """Show the highlighted event's sentence with the fact's words highlighted."""
        event = self.current
        panel = self.query_one("#sentence", Static)
        if (
            event is None and not self.events
        ):  # no event at all (none, or the company is gone): nothing to say
            panel.update("", layout=False)
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
        style = self.query_one("#events", VirtualList).get_component_rich_style(
            "virtual-list--match", partial=True
        )
        # The panel's height is fixed in the stylesheet: its new content needs no layout pass.
        panel.update(highlighted_sentence(event.sentence, spans, style), layout=False)

    @work(thread=True, group="sentence", exit_on_error=False)
    def load_source_text(self, source_id: int) -> None:
        """Fetch a source's text once, to find the fact's exact words in its sentence."""
        self.post_message(SourceTextLoaded(source_id, self.app.store.source_text(source_id)))

    def on_source_text_loaded(self, message: SourceTextLoaded) -> None:
        self._source_texts[message.source_id] = message.text
        self._show_sentence()

    def action_year(self, step: int) -> None:
        """Jump to the first event of the previous (`step` -1) or next (+1) year."""
        event = self.current
        if event is None:
            if self.query_one("#events", VirtualList).awaiting_rows:
                self.set_status("Still loading the events… press [ or ] again once they are shown")
            return
        year = event.date[:4]
        position = bisect_left(self._years, year) - 1 if step < 0 else bisect_right(self._years, year)
        if 0 <= position < len(self._years):
            self.query_one("#events", VirtualList).move_to(self._year_starts[position])
        else:  # said, not silent: the key looked lost
            end = "First" if step < 0 else "Last"
            self.set_status(f"{end} year: {year or 'undated'}")
            self._note_at = self.query_one("#events", VirtualList).cursor

    def action_toggle_filter(self) -> None:
        """Switch between one company's events and everyone's: from everyone's, the highlighted
        event's company (the one the timeline was opened from when nothing is highlighted)."""
        if not self.filtered:
            # Read the cursor every time: the company filtered to last may no longer be the one in view.
            event = self.current
            if event is not None:
                self.company = (event.company_id, event.company)
            elif self.company is None:
                return
        self.filtered = not self.filtered
        self._update_crumb()
        self._load(keep=self.current.ref if self.current else None)

    @on(VirtualList.Chosen, "#events")
    def _event_chosen(self) -> None:
        event = self.current
        if event is not None:
            self.app.open_company(event.company_id, event.company)

    @on(VirtualList.MarkToggled, "#events")
    def _event_marked(self, message: VirtualList.MarkToggled) -> None:
        event = self.current
        if event is not None:
            self.app.toggle_selection(event.ref, event.company)
            message.virtual_list.refresh_rows()

    def action_source(self) -> None:
        """Open the article the highlighted event came from."""
        event = self.current
        if event is not None and event.source_id is not None:
            self.app.open_source(event.source_id, event.ref)
        else:
            self.notify("No source for this event.", severity="warning")

    def export_scope(self) -> ExportScope | None:
        """Every event shown."""
        if not self.events:
            return None
        label = self.company[1] if self.filtered and self.company else "timeline"
        return [event.ref for event in self.events], label
