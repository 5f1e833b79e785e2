"""Review (`r`): walk the facts nobody has checked yet, one at a time, and decide.

`y` confirms, `n` rejects (the fact leaves pages, timeline and exports but keeps its evidence), `enter`
corrects its fields, `u` undoes the last decision (repeatedly). Each fact is shown with the sentence it
came from, the words the importer read highlighted. Decisions are written by the store, which keys them
to the source and the fact so a re-import re-applies them.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from ai_deals.store import Store
from ai_deals.store.models import Record, RecordRef, ReviewUndo
from ai_deals.store.review import FactEdit

from ..fact_words import fact_fields, fact_word_spans
from ..formatting import plural
from ..highlight import highlighted_sentence
from ..safe_text import clean_line
from .base import DealsScreen
from .fact_edit import FactEditScreen

WORDS_STYLE = Style(bold=True, underline=True)
"""Always applied to the fact's words, so they stand out without colour; the theme adds its colour."""


class ReviewQueueLoaded(Message):
    """The unreviewed facts, with the one to show (`focus`, else the same position as before)."""

    def __init__(self, records: list[Record], focus: RecordRef | None = None, note: str = "") -> None:
        super().__init__()
        self.records = records
        self.focus = focus
        self.note = note


class ReviewDecided(Message):
    """A decision was written; `undo` puts it back."""

    def __init__(self, undo: ReviewUndo) -> None:
        super().__init__()
        self.undo = undo


def fact_card(record: Record) -> Text:
    """The fact's fields, one per line, labels dimmed (data never markup)."""
    card = Text()
    for index, (label, value) in enumerate(fact_fields(record)):
        if index:
            card.append("\n")
        card.append(f"{label:<10} ", style="dim")
        card.append(clean_line(value), style="bold" if label in ("company", "investor", "amount") else "")
    return card


class ReviewScreen(DealsScreen):
    """The unreviewed facts of one source (or of all sources), in the order of the text from the fact in
    view (going round to the beginning)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "y",
            "decide('confirmed')",
            "Confirm",
            id="review.confirm",
            tooltip="The importer got this fact right",
        ),
        Binding(
            "n",
            "decide('rejected')",
            "Reject",
            id="review.reject",
            tooltip="Wrong fact: hide it from pages, timeline and exports (kept with its evidence)",
        ),
        Binding(
            "enter",
            "edit",
            "Edit",
            id="review.edit",
            tooltip="Correct company, investor(s), round type, amount, currency, bound or date",
        ),
        Binding("u", "undo", "Undo", id="review.undo", tooltip="Undo the last decision"),
        Binding(
            "a",
            "toggle_decided",
            "All facts",
            id="review.all",
            tooltip="Show decided facts too (go back on a confirmation or a rejection), or only the rest",
            show=False,  # listed by Help; the footer keeps room for Help at 80 columns
        ),
        Binding("down,j", "step(1)", "Next", id="review.next", tooltip="Skip to the next fact", show=False),
        Binding(
            "up,k",
            "step(-1)",
            "Previous",
            id="review.previous",
            tooltip="Back to the previous fact",
            show=False,
        ),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"review--words"}

    help_text = (
        "Each fact the importer extracted and nobody reviewed yet, with its sentence (the words it was read "
        "from highlighted). y confirms, n rejects, Enter corrects the fields, u undoes the last decision, "
        "↑/↓ skip. a shows the facts already decided too, rejected ones included, to go back on a decision. "
        "Decisions survive restarts and re-imports of the same article."
    )

    def __init__(
        self,
        store: Store,
        source_id: int | None = None,
        focus: RecordRef | None = None,
        only: list[RecordRef] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.source_id = source_id
        self.only = only
        """Review just these records (a raise several sources tell: each source's record), not a source's."""
        self._first_focus = focus  # the fact the screen it was opened from had in view
        self.decided = False  # True: decided facts are listed too, not only those left to review
        self.crumb = "Review"
        self.records: list[Record] = []
        self._order: list[RecordRef] = []
        """Every fact listed so far, in text order; the queue is shown from `_order[_anchor]` on."""
        self._anchor = 0
        self.index = 0
        self.busy = True
        """A store call is under way: keys wait for its answer instead of acting on a stale fact."""

    @property
    def undo_stack(self) -> list[ReviewUndo]:
        """Decisions made in this session, last one last: kept by the app, so `u` on a review screen
        opened later still undoes the last decision made on an earlier one."""
        history = getattr(self.app, "review_history", None)
        if history is None:  # an app other than DealsApp hosting the screen (tests): kept on it all the same
            history = self.app.review_history = []
        return history

    def compose_body(self) -> ComposeResult:
        # Not focusable: ↑/↓ step through facts rather than scroll (the mouse wheel still scrolls).
        with VerticalScroll(id="review-body", can_focus=False):
            yield Static("", id="review-progress", markup=False)
            yield Static("", id="review-fact", markup=False)
            yield Static("", id="review-sentence", markup=False)

    def on_mount(self) -> None:
        self.set_status("Loading the facts to review…")
        self._write(lambda: None, self._first_focus, "")

    @property
    def current(self) -> Record | None:
        """The fact on screen."""
        return self.records[self.index] if 0 <= self.index < len(self.records) else None

    # -- store calls (worker threads) -------------------------------------------------------------

    @work(thread=True, exclusive=True, group="review", exit_on_error=False)
    def _write(self, call, focus: RecordRef | None, note: str) -> None:
        """Run one store write (a no-op for a plain load), then reload the queue."""
        undo = call()
        if isinstance(undo, ReviewUndo):
            self.post_message(ReviewDecided(undo))
        queue = self.store.review_queue(self.source_id, decided=self.decided, refs=self.only)
        self.post_message(ReviewQueueLoaded(queue, focus, note))

    def _start(self, call, focus: RecordRef | None = None, note: str = "") -> None:
        self.busy = True
        self._write(call, focus, note)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed call is reported (DealsScreen's handler runs too) and the keys work again."""
        if event.state in (WorkerState.ERROR, WorkerState.CANCELLED):
            self.busy = False

    # -- answers ----------------------------------------------------------------------------------

    def on_review_decided(self, message: ReviewDecided) -> None:
        self.undo_stack.append(message.undo)

    def on_review_queue_loaded(self, message: ReviewQueueLoaded) -> None:
        """Show the fact in focus (or the one that took the decided fact's place)."""
        self.busy = False
        self.records = self._rotated(message.records)
        if message.focus is not None:
            refs = [record.ref for record in self.records]
            self.index = refs.index(message.focus) if message.focus in refs else self.index
        # Past the end (the last fact was decided): go round to the first, not back to the one before.
        self.index = self.index if 0 <= self.index < len(self.records) else 0
        if self.records and self.source_id is not None:
            title = self.records[0].evidence[0].source_title if self.records[0].evidence else ""
            short = clean_line(title) if len(title) <= 40 else clean_line(title[:39]) + "…"
            self.crumb = f"Review · {short}" if title else "Review"
        self.show_current(message.note)

    def _rotated(self, records: list[Record]) -> list[Record]:
        """The queue in text order, but starting at the fact the screen was opened on (once that one is
        decided, at the next one left), so the counter starts at 1 and deciding moves on, going round."""
        refs = [record.ref for record in records]
        known = set(self._order)
        if any(ref not in known for ref in refs):  # the first load, or decided facts listed too
            anchor = self._order[self._anchor] if self._order else self._first_focus
            self._order = refs
            self._anchor = refs.index(anchor) if anchor in refs else 0
        position = {ref: index for index, ref in enumerate(refs)}
        for offset in range(len(self._order)):
            start = position.get(self._order[(self._anchor + offset) % len(self._order)])
            if start is not None:
                return records[start:] + records[:start]
        return records

    def show_current(self, note: str = "") -> None:
        """Draw the current fact, its sentence, and where we are in the queue."""
        record = self.current
        progress = self.query_one("#review-progress", Static)
        card = self.query_one("#review-fact", Static)
        sentence = self.query_one("#review-sentence", Static)
        undo = f" · u undoes ({len(self.undo_stack)})" if self.undo_stack else ""
        if record is None:
            progress.update(Text("Nothing left to review here.", style="bold"))
            card.update("")
            sentence.update("")
            self.set_status((note + " · " if note else "") + "all facts reviewed" + undo)
            return
        if self.decided:
            where = f"Fact {self.index + 1} of {len(self.records)} · {record.review_status}"
        else:
            where = f"Fact {self.index + 1} of {len(self.records)} to review"
        progress.update(Text(where, style="bold"))
        card.update(fact_card(record))
        sentence.update(self.sentence_text(record))
        count = plural(len(self.records), "fact") + ("" if self.decided else " left")
        self.set_status((note + " · " if note else "") + f"{count} · y confirm · n reject · enter edit{undo}")

    def sentence_text(self, record: Record) -> Text:
        """The evidence sentence with the fact's words highlighted."""
        if not record.evidence:
            return Text("No source sentence for this fact.", style="dim")
        evidence = record.evidence[0]
        style = WORDS_STYLE + self.get_component_rich_style("review--words", partial=True)
        text = highlighted_sentence(evidence.sentence, fact_word_spans(record, evidence.sentence), style)
        source = " · ".join(x for x in (evidence.source_title, evidence.publisher, evidence.published) if x)
        text.append("\n— " + clean_line(source), style="dim")
        return text

    # -- keys -------------------------------------------------------------------------------------

    def action_decide(self, status: str) -> None:
        """Confirm or reject the current fact."""
        record = self.current
        if record is None or self.busy:
            return
        ref = record.ref
        # Listing decided facts too, the fact stays in the list: go on to the next one.
        following = self.records[(self.index + 1) % len(self.records)].ref if self.decided else None
        self._start(
            lambda: self.store.review(ref, status), focus=following, note=f"{record.record_type} {status}"
        )

    def action_toggle_decided(self) -> None:
        """List the facts already decided too, or only those left to review."""
        if self.busy:
            return
        self.decided = not self.decided
        focus = self.current.ref if self.current is not None else None
        self._start(lambda: None, focus=focus, note="all facts" if self.decided else "facts left to review")

    def action_edit(self) -> None:
        """Open the form to correct the current fact."""
        record = self.current
        if record is None or self.busy:
            return
        self.app.push_screen(
            FactEditScreen(record, self.store), lambda changes: self._edited(record, changes)
        )

    def _edited(self, record: Record, changes: FactEdit | None) -> None:
        if changes is None:
            self.set_status("Nothing changed.")
            return
        ref = record.ref
        self._start(lambda: self.store.edit_fact(ref, changes), note=f"{record.record_type} edited")

    def action_undo(self) -> None:
        """Put back the fact as it was before the last decision."""
        if self.busy:
            return
        if not self.undo_stack:
            self.notify("Nothing to undo.", severity="warning")
            return
        undo = self.undo_stack.pop()
        self._start(lambda: self.store.undo_review(undo), focus=undo.ref, note="decision undone")

    def action_step(self, delta: int) -> None:
        """Skip forward or back without deciding."""
        if self.records:
            self.index = (self.index + delta) % len(self.records)
            self.show_current()
