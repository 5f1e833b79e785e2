"""The article a fact came from, every extracted fact highlighted; moving through facts moves through the text."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static
from textual.worker import Worker

from ai_deals.store.models import Record, RecordRef, Source, at_line, row_place

from ..fact_words import fact_who_and_how_much
from ..formatting import plural
from ..messages import SourceFactsRead, SourceLoaded, SourceRowsRead
from ..safe_text import clean_line
from ..widgets.text_view import TextView
from .base import DealsScreen, ExportScope, select_all_binding
from .review import ReviewScreen


def source_meta(source: Source) -> Text:
    """Title, then publisher, date and URL, all literal; for a deal file's row that names its own
    source, that source, then the file it was read from."""
    cited = source.citation
    title = (cited.title if cited else None) or source.title
    meta = Text(clean_line(title), style="bold")
    where = (
        (cited.publisher, cited.published, cited.url)
        if cited
        else (source.publisher, source.published, source.url)
    )
    details = " · ".join(x for x in where if x and x != title)  # a URL that is the title, once
    if details:
        meta.append("\n" + clean_line(details), style="dim")
    if cited:
        meta.append("\n" + clean_line(f"read from {source.title}"), style="dim")
    return meta


def source_status(source: Source) -> str:
    """The status line under a source: how many facts (or, for a deal file, which rows are shown:
    a round read from more rows than a page shows says how many of them, and how to see the next)."""
    count = len(source.spans)
    if source.kind == "dataset":
        total = max(source.row_count, count)
        if not count:
            return f"{plural(source.fact_count, 'record')} from this file"
        shown = (
            "the row"
            if total == 1
            else f"the {total:,} rows"
            if count == total
            else f"{count:,} of the {total:,} rows"
        )
        if (first := source.spans[0].line) is not None:  # None: imported before m041
            shown += f" at {row_place(first)}" if count == 1 else f", from {row_place(first)}"
        more = " · ↓/End: the next rows" if count < total else ""
        return f"{plural(source.fact_count, 'record')} from this file · showing {shown} behind the record you came from{more}"
    if count > 1:
        return f"{plural(count, 'fact')} · ↑/↓ move between them, Home/End to the first/last"
    return "1 fact" if count else "No fact was read from this text"


def fact_words(label: str, about: list[str]) -> str:
    """A fact's label with its party and figure after its kind: "investment · Nvidia · $30B". An
    edited fact's label goes on with what the edit changed ("edited: $45B; the sentence says
    $50B"): its party only, then that, not the figure twice."""
    kind, _, edit = label.partition(" · ")
    return " · ".join([kind, *(about[:1] if edit else about), *([edit] if edit else [])])


def tranche_sentences(record: Record) -> list[str]:
    """The sentences a record's tranches were stated in, when not the record's own."""
    found = (tranche.sentence for tranche in getattr(record, "tranches", ()) if tranche.sentence)
    return list(dict.fromkeys(found))


def sentence_places(text: str, sentences: Iterable[str]) -> list[tuple[int, int]]:
    """Where each of `sentences` is in `text` (its first place; a sentence not found is left out)."""
    places = []
    for sentence in sentences:
        start = text.find(sentence)
        if start >= 0:
            places.append((start, start + len(sentence)))
    return places


class SourceScreen(DealsScreen):
    """A source's full text; ↑/↓ (or j/k, n/p) move from one extracted fact to the next."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j,n", "fact(1)", "Next", id="source.next", tooltip="Highlight the next extracted fact"),
        Binding(
            "up,k,p", "fact(-1)", "Previous", id="source.previous", tooltip="Highlight the previous fact"
        ),
        # Named by help (?) and the status line: the footer has no room left for them at 80 columns.
        Binding(
            "home", "edge(0)", "First", id="source.first", tooltip="Highlight the first fact", show=False
        ),
        Binding("end", "edge(-1)", "Last", id="source.last", tooltip="Highlight the last fact", show=False),
        Binding(
            "space",
            "select",
            "Select",
            id="source.select",
            tooltip="Select the highlighted fact's record",
            show=False,
        ),
        Binding("r", "review", "Review", id="source.review", tooltip="Review this source's extracted facts"),
        select_all_binding("source"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"source--fact", "source--current"}

    help_text = (
        "The article with every extracted fact highlighted. ↑/↓ move from fact to fact, Home and End to "
        "the first and the last; the text follows."
    )

    def action_review(self) -> None:
        """Review this source's facts, starting on the fact in view."""
        focus = None
        if self.source is not None and self.current is not None:
            span = self.source.spans[self.current]
            focus = RecordRef(record_type=span.record_type, record_id=span.record_id)
        self.app.push_screen(ReviewScreen(self.app.store, self.source_id, focus))

    def __init__(self, source_id: int, focus: RecordRef | None = None) -> None:
        super().__init__()
        self.source_id = source_id
        self.focus_ref = focus
        self.source: Source | None = None
        self.current: int | None = None
        self.crumb = "Source"
        self._about: dict[RecordRef, list[str]] = {}
        """Each fact's party and figure ("Nvidia", "$30B"), once read (`SourceFactsRead`)."""
        self._with_tranches: set[int] = set()
        """The facts whose tranches' own sentences are highlighted with them."""
        self._with_sentences: set[int] = set()
        """The facts whose record is cited to other sentences too, highlighted with them."""
        self._move_when_loaded: Callable[[], None] | None = None
        """A move key pressed before the source was read (End right after `s`): made once it is."""
        self._move_when_rows_read: Callable[[], None] | None = None
        """A move past a deal file's last row shown, while more are read (`load_rows`): made once they are."""

    def compose_body(self) -> ComposeResult:
        yield Static("", id="source-meta", markup=False)
        # Not focusable: ↑/↓ belong to the screen (fact to fact), the text scrolls to follow.
        yield TextView(self._span_styles, id="source-body")
        yield Static("", id="fact-label", markup=False)

    def on_mount(self) -> None:
        self.set_status("Loading…")
        self.load_source()

    @work(thread=True, exclusive=True, group="source", exit_on_error=False)
    def load_source(self) -> None:
        """Fetch the source in a worker thread; then what its facts are about (shown once read:
        the text is not kept waiting on 2,000 facts' records)."""
        source = self.app.store.source(self.source_id, self.focus_ref)
        self.post_message(SourceLoaded(source))
        refs = list(
            dict.fromkeys(RecordRef(record_type=s.record_type, record_id=s.record_id) for s in source.spans)
        )
        records = self.app.store.review_records(refs) if refs else []
        about = {record.ref: fact_who_and_how_much(record) for record in records}
        self.post_message(
            SourceFactsRead(about, {record.ref: tranche_sentences(record) for record in records})
        )

    def on_source_loaded(self, message: SourceLoaded) -> None:
        """Show the text, centred on the fact we came for: the view draws only the lines on screen,
        so a 433k-character article opens at once and keys are never kept waiting."""
        self.source = source = message.source
        self.crumb = f"Source · {source.title}"
        self.query_one("#source-meta", Static).update(source_meta(source))
        refs = [RecordRef(record_type=s.record_type, record_id=s.record_id) for s in source.spans]
        self.current = refs.index(self.focus_ref) if self.focus_ref in refs else (0 if refs else None)
        body = self.query_one("#source-body", TextView)
        body.set_text(source.text, [(s.start, s.end) for s in source.spans], self.current)
        # After the next refresh: the view's scroll range is known once it is laid out.
        self.call_after_refresh(body.scroll_to_current)
        self._show_label()
        move, self._move_when_loaded = self._move_when_loaded, None
        if move is not None:
            move()
        self.set_status(source_status(source))

    def _rows_left(self) -> bool:
        """Whether the record this deal file is shown at was read from more rows than are shown."""
        source = self.source
        return source is not None and source.kind == "dataset" and len(source.spans) < source.row_count

    def _show_more_rows(self, then: Callable[[], None]) -> None:
        """Read the next page of the record's rows, then make the move `then` (a key pressed again
        while they are read replaces the move, it does not read them twice)."""
        assert self.source is not None
        loading = self._move_when_rows_read is not None
        self._move_when_rows_read = then
        if not loading:
            self.set_status(f"Reading the rows after row {len(self.source.spans):,}…")
            self.load_rows(len(self.source.spans), self.source.last_row_id)

    @work(thread=True, exclusive=True, group="source-rows", exit_on_error=False)
    def load_rows(self, skip: int, after: int | None) -> None:
        """The record's rows after the first `skip` (the last of which is the row `after`), a page of
        them, in a worker thread."""
        self.post_message(SourceRowsRead(self.app.store.source(self.source_id, self.focus_ref, skip, after)))

    def worker_failed(self, worker: Worker) -> None:
        """A failed page read (the source removed from another shell) forgets the move that waited on
        it: else every later ↓/End would think the rows still being read, and say so for ever."""
        if worker.group != "source-rows":
            super().worker_failed(worker)
            return
        from .error import error_message

        self._move_when_rows_read = None
        shown = len(self.source.spans) if self.source is not None else 0
        self.set_status(f"Could not read the rows after row {shown:,}: {error_message(worker.error)}")

    def on_source_rows_read(self, message: SourceRowsRead) -> None:
        """Add the page of rows after those shown (the view is virtual: only the lines on screen are
        drawn, whatever the length), then make the move that asked for them."""
        source, page = self.source, message.page
        move, self._move_when_rows_read = self._move_when_rows_read, None
        if source is None or page.rows_skipped != len(source.spans):
            return
        shift = len(source.text) + 1
        source.text = f"{source.text}\n{page.text}" if page.spans else source.text
        source.spans += [
            span.model_copy(update={"start": span.start + shift, "end": span.end + shift})
            for span in page.spans
        ]
        if page.last_row_id is not None:  # where the next page starts
            source.last_row_id = page.last_row_id
        # The rows it has now (another shell may have re-imported the file): never asked for again in vain.
        source.row_count = len(source.spans) if not page.spans else page.row_count
        body = self.query_one("#source-body", TextView)
        body.set_text(source.text, [(s.start, s.end) for s in source.spans], self.current)
        self.set_status(source_status(source))
        if move is not None:
            move()

    def on_source_facts_read(self, message: SourceFactsRead) -> None:
        """Name each fact's party and figure under the text, and highlight its tranches' sentences
        (those not its own) with it: the figures of a stake's tranches are traced to their words."""
        if self.source is None:
            return
        self._about = message.about
        ranges, owners = [], []
        spans_of = self._spans_of_records()
        for index, span in enumerate(self.source.spans):
            ref = RecordRef(record_type=span.record_type, record_id=span.record_id)
            for start, end in sentence_places(self.source.text, message.tranche_sentences.get(ref, ())):
                ranges.append((start, end))
                owners.append(index)
                self._with_tranches.add(index)
            # A record cited to several sentences ("Zeta AI lève 20 millions d'euros auprès de Partech" and
            # the body's): each of them is drawn as current with it.
            for other in spans_of[ref]:
                if other != index:
                    ranges.append((self.source.spans[other].start, self.source.spans[other].end))
                    owners.append(index)
                    self._with_sentences.add(index)
        if ranges:
            self.query_one("#source-body", TextView).add_companions(ranges, owners)
        self._show_label()

    def _spans_of_records(self) -> dict[RecordRef, list[int]]:
        """The indices of each article record's spans (one per sentence it is cited to); none for a deal
        file, whose round read from a thousand rows would pair each row with every other."""
        found: dict[RecordRef, list[int]] = defaultdict(list)
        if self.source is None or self.source.kind == "dataset":
            return found
        for index, span in enumerate(self.source.spans):
            found.setdefault(RecordRef(record_type=span.record_type, record_id=span.record_id), []).append(
                index
            )
        return found

    @property
    def complete(self) -> bool:
        """The source is read and shown (every line of it can be scrolled to)."""
        return self.source is not None

    def _span_styles(self) -> tuple[Style, Style]:
        return (
            self.get_component_rich_style("source--fact", partial=True),
            self.get_component_rich_style("source--current", partial=True),
        )

    def _show_label(self) -> None:
        """The current fact's number and label under the text."""
        label = self.query_one("#fact-label", Static)
        if self.source is None or self.current is None:
            label.update(Text("No extracted facts in this source.", style="dim"))
            return
        span = self.source.spans[self.current]
        words = fact_words(
            span.label, self._about.get(RecordRef(record_type=span.record_type, record_id=span.record_id), [])
        )
        if span.line is not None:  # a deal file's row: where it is in the file
            words += f" · {at_line(self.source.title, span.line)}"
        shown = len(self.source.spans)
        # A deal file's spans are the rows one record was read from: counted as rows, all of them.
        counter = (
            f"Row {self.current + 1:,}/{max(self.source.row_count, shown):,}"
            if self.source.kind == "dataset"
            else f"Fact {self.current + 1}/{shown}"
        )
        if self.current in self._with_tranches:
            words += " · its tranches' sentence highlighted too"
        if self.current in self._with_sentences:
            words += " · its other sentences highlighted too"
        # One line high (app.tcss): no layout for it.
        label.update(
            Text(f"{counter}: {clean_line(words)}", style="bold"),
            layout=False,
        )

    def _move(self, current: int) -> None:
        """Highlight fact `current` (only the lines of it and of the one it leaves are drawn again)."""
        self.current = current
        self.query_one("#source-body", TextView).set_current(current)
        self._show_label()

    def action_fact(self, step: int) -> None:
        """Move to the next (+1) or previous (-1) extracted fact (once the source is read, when
        pressed before)."""
        if self.source is None:
            self._move_when_loaded = lambda: self.action_fact(step)
            return
        if self.current is None:
            return
        last = len(self.source.spans) - 1
        if step > 0 and self.current == last and self._rows_left():
            self._show_more_rows(lambda: self._move(min(len(self.source.spans) - 1, last + step)))
            return
        self._move(max(0, min(last, self.current + step)))

    def action_edge(self, end: int) -> None:
        """Move to the first (0) or the last (-1) extracted fact; the text follows; pressed before
        the source is read, once it is."""
        if self.source is None:
            self._move_when_loaded = lambda: self.action_edge(end)
            return
        if self.current is None:
            return
        if end == -1 and self._rows_left():  # the next page's last row: a million rows are not read at once
            self._show_more_rows(lambda: self._move(len(self.source.spans) - 1))
            return
        self._move(range(len(self.source.spans))[end])

    def action_select(self) -> None:
        """Select (or unselect) the current fact's record for export."""
        if self.source is None or self.current is None:
            return
        span = self.source.spans[self.current]
        ref = RecordRef(record_type=span.record_type, record_id=span.record_id)
        selected = self.app.toggle_selection(ref, self.source.title)
        self.notify(("Selected " if selected else "Unselected ") + clean_line(span.label), markup=False)

    def export_scope(self) -> ExportScope | None:
        """Every fact of this source."""
        if self.source is None or not self.source.spans:
            return None
        return self._fact_refs(), self.source.title

    def _fact_refs(self) -> list[RecordRef]:
        assert self.source is not None
        return list(
            dict.fromkeys(
                RecordRef(record_type=s.record_type, record_id=s.record_id) for s in self.source.spans
            )
        )

    def action_select_all(self) -> None:
        """Select the records of every fact shown (`ctrl+a`; a source's facts are few), or unselect
        them when all are selected."""
        if self.source is None or not self.source.spans:
            return
        refs = self._fact_refs()
        selected = self.app.toggle_all(refs, self.source.title)
        self.notify(f"{plural(len(refs), 'record')} {'selected' if selected else 'unselected'}", markup=False)
