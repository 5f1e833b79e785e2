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
from ai_deals.store.errors import EditRefused, FactGone
from ai_deals.store.models import Evidence, Record, RecordRef, ReviewOrder, ReviewUndo, ReviewUndone
from ai_deals.store.review import FactEdit

from ..fact_words import amount_label, fact_fields, fact_word_spans
from ..formatting import plural
from ..highlight import highlighted_sentence
from ..safe_text import clean_line
from .base import DealsScreen
from .fact_edit import FactEditScreen

WORDS_STYLE = Style(bold=True, underline=True)
"""Always applied to the fact's words, so they stand out without colour; the theme adds its colour."""


# Facts read around the one on screen: a deal file's source holds 100k of them, too many to read at once.
WINDOW_BEFORE = 10
WINDOW_AFTER = 40
Key = tuple[str, int]
"""A fact as (record_type, record_id): the queue holds 100k of them, cheaper than `RecordRef`s."""


def _key(ref: RecordRef) -> Key:
    return (ref.record_type, ref.record_id)


def _ref(key: Key) -> RecordRef:
    return RecordRef(record_type=key[0], record_id=key[1])


class ReviewQueueLoaded(Message):
    """The unreviewed facts (references, in order), with the one to show (`focus`, else the same
    position as before)."""

    def __init__(
        self,
        order: ReviewOrder,
        focus: RecordRef | None = None,
        note: str = "",
        version: int | None = None,
        keep_place: bool = False,
    ) -> None:
        super().__init__()
        self.order = order
        self.focus = focus
        self.note = note
        self.version = version
        """The database's version (`Store.outside_version`) the queue was listed at."""
        self.keep_place = keep_place
        """Read again after another process wrote: stay at the same place in the text."""


class ReviewLeft(Message):
    """A fact was decided and leaves the queue: the rest of the queue is as it was, not listed again."""

    def __init__(self, key: Key, note: str) -> None:
        super().__init__()
        self.key = key
        self.note = note


class ReviewRecordsLoaded(Message):
    """The facts around the one on screen were read."""

    def __init__(
        self,
        records: list[Record],
        note: str = "",
        fact_keys: dict | None = None,
        splits: dict[RecordRef, str] | None = None,
    ) -> None:
        super().__init__()
        self.records = records
        self.note = note
        self.fact_keys = fact_keys or {}
        self.splits = splits or {}
        """Store.promised_splits of `records`: the page's words for a round partly promised."""


class ReviewDecided(Message):
    """A decision was written; `undo` puts it back; `label` names it ("confirmed round OpenAI $40B")."""

    def __init__(self, undo: ReviewUndo, label: str = "") -> None:
        super().__init__()
        self.undo = undo
        self.label = label


def fact_label(record: Record) -> str:
    """A fact in a few words: "round OpenAI $40B" (its type, company and amount when it has one)."""
    figure = amount_label(record)
    return " ".join(x for x in (record.record_type, clean_line(record.company), figure) if x)


def undone_notes(undone: ReviewUndone) -> list[str]:
    """What undoing an edit did with the companies it had created, for the status bar: a company
    named, several counted (a notification names them: `undone_in_full`). A note per company pushed
    the point past 120 columns ("Undone: … · company “Ledgerline US” removed · company …")."""
    notes = []
    if undone.removed:
        notes.append(f"{_companies(undone.removed)} removed")
    if len(undone.kept) == 1:
        notes.append(f"{_companies(undone.kept)} stays: another fact names it now")
    elif undone.kept:
        notes.append(f"{_companies(undone.kept)} stay: other facts name them now")
    return notes


def undone_in_full(undone: ReviewUndone) -> str:
    """Every company an undone edit had created, said in a notification (which wraps)."""
    lines = []
    if undone.removed:
        lines.append("Removed: " + ", ".join(f"“{clean_line(name)}”" for name in undone.removed))
    if undone.kept:
        kept = ", ".join(f"“{clean_line(name)}”" for name in undone.kept)
        lines.append(f"Kept (other facts name them now): {kept}")
    return "\n".join(lines)


def _companies(names: list[str]) -> str:
    """'company “Ledgerline US”'; '2 companies it created' (named in a notification)."""
    return f"company “{clean_line(names[0])}”" if len(names) == 1 else f"{len(names):,} companies it created"


UNCHANGED = "Nothing changed: those are the values the fact has (not marked edited)"
"""The status when an edit saved gives every field the value it already had."""

REREAD_NOTE = "re-read: the article was imported again"
"""Said when the fact on screen was replaced by a re-import another process made (`ai-deals import`
run from a shell while the review is open): the queue is read again; nothing was written."""

NOT_APPLIED_NOTE = "not applied: the fact changed when its article was imported again; re-read"
"""Said when y or n was pressed on a fact a re-import replaced with a different one: nothing was
written, the queue is read again and the (changed) fact shown, to be decided again."""

SOURCE_REMOVED_NOTE = "not applied: the fact is no longer in the database (its source was removed)"
"""Said when y, n or an edit was on a fact whose source another process removed (`ai-deals remove`
run from a shell while the review is open): nothing was written, the queue is read again."""

EDIT_NOT_SAVED_NOTE = "The article was imported again: your edit was not saved; edit the new fact"
"""Said when an edit is saved on a fact a re-import another process made replaced (the form was opened
on the fact as it was): nothing was written, the queue is read again and the new fact shown."""

READ_ONLY_NOTE = "read-only database: no confirming, rejecting or editing"
"""Short enough for the status bar at 80 columns, after the count of facts."""


def fact_card(record: Record, status: str = "") -> Text:
    """The fact's fields, one per line, labels dimmed (data never markup); `status` as `fact_fields`."""
    card = Text()
    for index, (label, value) in enumerate(fact_fields(record, status)):
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
            tooltip="Correct company, investor(s), partner, round type, amount, currency, bound, share, date, basis or projection",
            # Priority: the form opens as the app reads Enter, so it can hold the keys typed after
            # it in the same burst for the form's first field (nothing on this screen takes Enter).
            priority=True,
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
        "from highlighted): r on a company page walks that company's facts across its sources, r on a "
        "source those of the source. y confirms, n rejects, Enter corrects the fields, u undoes the last "
        "decision, ↑/↓ skip. a shows the facts already decided too, rejected ones included, to go back on a "
        "decision. Decisions survive restarts and re-imports of the same article. On a read-only database "
        "the facts are shown but nothing can be decided."
    )

    def __init__(
        self,
        store: Store,
        source_id: int | None = None,
        focus: RecordRef | None = None,
        only: list[RecordRef] | None = None,
        company: tuple[int, str] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.source_id = source_id
        self.company = company
        """(id, name): review that company's facts, across its sources (`r` on its page)."""
        self.timeline_company = company  # `t` opens that company's timeline, as from its page
        self.only = only
        """Review just these records (a raise several sources tell: each source's record), not a source's."""
        self._first_focus = focus  # the fact the screen it was opened from had in view
        self.decided = False  # True: decided facts are listed too, not only those left to review
        self.crumb = f"Review · {clean_line(company[1])}" if company else "Review"
        self.keys: list[Key] = []
        """The queue, in the order shown; only the facts around the current one are read (`loaded`)."""
        self.loaded: dict[Key, Record] = {}
        self.fact_keys: dict[RecordRef, tuple | None] = {}
        """Each loaded fact's key as read (`Store.fact_keys`): finds it again after a re-import."""
        self.splits: dict[RecordRef, str] = {}
        """The page's words for the status of a round partly promised (`ReviewRecordsLoaded.splits`)."""
        self._order: list[Key] = []
        """Every fact listed so far, in text order; the queue is shown from `_order[_anchor]` on."""
        self._anchor = 0
        self._head = 0
        """How many facts at the end of the rotated queue come before its first one in the text: the
        counter gives the fact's place in the text (`Fact 1635 of 1636`, as the source view says)."""
        self.index = 0
        self.busy = True
        """A store call is under way: keys are refused (visibly) instead of acting on a stale fact."""
        self.doing = "Loading the facts to review…"
        """What the store call under way is doing, as the status bar says it."""
        self._version: int | None = None
        """The database's version the queue was listed at: another process's write moves it."""

    @property
    def read_only(self) -> bool:
        """Nothing can be written: the keys that decide are neither offered nor taken."""
        return bool(getattr(self.store, "readonly", False))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """On a read-only database, y/n/Enter/u leave the footer (and say why when pressed)."""
        if action in ("decide", "edit", "undo") and self.read_only:
            return False
        return True

    def on_key(self, event) -> None:
        """A deciding key on a read-only database says why nothing happens, instead of nothing."""
        if self.read_only and event.key in ("y", "n", "enter", "u"):
            event.stop()
            self.set_status(f"Not taken: {READ_ONLY_NOTE}")

    @property
    def undo_stack(self) -> list[tuple[ReviewUndo, str]]:
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
        self.set_status(self.doing)
        self._write(lambda: None, self._first_focus, "")

    @property
    def current_ref(self) -> RecordRef | None:
        """The fact in view, read or not."""
        return _ref(self.keys[self.index]) if 0 <= self.index < len(self.keys) else None

    @property
    def current(self) -> Record | None:
        """The fact on screen (None until it is read)."""
        return self.loaded.get(self.keys[self.index]) if 0 <= self.index < len(self.keys) else None

    @property
    def records(self) -> list[Record]:
        """The facts read so far, in queue order."""
        return [self.loaded[key] for key in self.keys if key in self.loaded]

    # -- store calls (worker threads) -------------------------------------------------------------

    @work(thread=True, exclusive=True, group="review", exit_on_error=False)
    def _write(
        self,
        call,
        focus: RecordRef | None,
        note: str,
        label: str = "",
        shown: Record | None = None,
        gone_note: str = REREAD_NOTE,
    ) -> None:
        """`_write_now` in a worker thread."""
        self._write_now(call, focus, note, label, shown, gone_note)

    def _write_now(
        self,
        call,
        focus: RecordRef | None,
        note: str,
        label: str = "",
        shown: Record | None = None,
        gone_note: str = REREAD_NOTE,
    ) -> None:
        """Run one store write (a no-op for a plain load), then list the queue again (references only).
        The write is about `shown`, the fact on screen: when another process replaced it meanwhile (a
        re-import), nothing is written and the queue is read again, at the same place, saying so."""
        keep_place = False
        version = self.store.outside_version()  # before listing: a write made meanwhile moves it again
        try:
            if shown is not None and self._replaced(shown, version):
                raise FactGone(REREAD_NOTE)
            undo = call()
        except FactGone as gone:
            undo, focus, keep_place = None, None, True
            note = gone_note if shown is not None else f"Not undone: {gone}"
            if shown is not None and not self.store.has_source(shown.source_id):
                note = SOURCE_REMOVED_NOTE  # removed, not imported again: nothing took its place
        except EditRefused as refused:  # a reason the person can act on: one line, no error box
            undo, keep_place = None, True
            note = f"Not saved: {refused}"
        if isinstance(undo, ReviewUndo):
            self.post_message(ReviewDecided(undo, label))
        elif isinstance(undo, ReviewUndone):
            if undo.replaced:  # undone on the record the re-import put in the decided one's place
                note += " (on the re-imported fact)"
                focus, keep_place = None, True
            note = " · ".join([note, *undone_notes(undo)])
            if len(undo.removed) + len(undo.kept) > 1:  # the status names one: every name, wrapped
                self.notify(undone_in_full(undo), title=note.split(" · ")[0], markup=False)
        elif undo is UNCHANGED:
            note = UNCHANGED
        order = self.store.review_order(
            self.source_id,
            decided=self.decided,
            refs=self.only,
            company_id=self.company[0] if self.company else None,
        )
        self.post_message(ReviewQueueLoaded(order, focus, note, version, keep_place))

    def _same_fact_now(self, shown: Record) -> RecordRef | None:
        """The record a re-import put in place of `shown` when it tells the same fact (found by its
        sentence or identity, with the same values and sentence): None when there is none, or `shown`
        was not replaced."""
        ref = self.store.same_fact_after_reimport(shown.ref, self.fact_keys.get(shown.ref), shown.source_id)
        if ref is None:
            return None
        now = self.store.review_records([ref])
        return ref if now and _told_alike(now[0], shown) else None

    def _replaced(self, shown: Record, version: int | None) -> bool:
        """Whether another process wrote since the queue was listed and `shown` is not the fact its
        reference points at any more (a re-import of its source replaced its records)."""
        if version == self._version:
            return False
        now = self.store.review_records([shown.ref])
        return not now or now[0] != shown

    @work(thread=True, exclusive=True, group="review", exit_on_error=False)
    def _decide(self, shown: Record, status: str, note: str, label: str) -> None:
        """Write one decision on a fact of the queue of facts left to review: it leaves the queue, the
        others stay as they are, so the queue is not listed again (0.3 s at 100k facts). When another
        process wrote since the queue was listed, it is listed again (a re-import may have replaced
        the fact on screen: then nothing is written)."""
        if self.store.outside_version() != self._version:
            # Written as an edit is: the queue is listed again after the write. A re-import that put
            # the same fact (the same sentence, the same values) in place of the one on screen takes
            # the decision; one that changed it takes none, and the status says so.
            same = self._same_fact_now(shown)
            if same is not None:
                self._write_now(
                    lambda: self.store.review(same, status), None, f"{note} (on the re-imported fact)", label
                )
                return
            self._write_now(
                lambda: self.store.review(shown.ref, status),
                None,
                note,
                label,
                shown,
                gone_note=NOT_APPLIED_NOTE,
            )
            return
        try:
            undo = self.store.review(shown.ref, status)
        except FactGone:  # replaced since the version was read
            self._write_now(lambda: None, None, REREAD_NOTE, "", shown)
            return
        self.post_message(ReviewDecided(undo, label))
        self.post_message(ReviewLeft(_key(shown.ref), note))

    @work(thread=True, exclusive=True, group="review-records", exit_on_error=False)
    def _read(self, keys: list[Key], note: str) -> None:
        """Read the facts around the one in view."""
        refs = [_ref(key) for key in keys]
        records = self.store.review_records(refs)
        keys = self.store.fact_keys([r.ref for r in records])
        self.post_message(ReviewRecordsLoaded(records, note, keys, self.store.promised_splits(records)))

    def _start(
        self,
        call,
        focus: RecordRef | None = None,
        note: str = "",
        doing: str = "Saving…",
        label: str = "",
        shown: Record | None = None,
        gone_note: str = REREAD_NOTE,
    ) -> None:
        self.busy = True
        self.doing = doing
        self.set_status(doing)
        self._write(call, focus, note, label, shown, gone_note)

    def _refuse_while_busy(self) -> bool:
        """True (and the status bar says why) when a store call is under way: a key pressed meanwhile
        would act on the fact about to be replaced, so it is refused, visibly, not silently dropped."""
        if not self.busy:
            return False
        self.set_status(f"{self.doing} (wait for it: that key was not taken)")
        return True

    def _show_or_read(self, note: str = "") -> None:
        """Show the fact in view, reading it and its neighbours first if need be."""
        if not self.keys or self.keys[self.index] in self.loaded:
            self.busy = False
            self.show_current(note)
            return
        self.busy = True
        self.set_status(self.doing)
        self._read(self._window(), note)

    def _window(self) -> list[Key]:
        """The facts unread from a few before the current one to many after it (going round)."""
        count = len(self.keys)
        if count <= WINDOW_BEFORE + WINDOW_AFTER:
            wanted = self.keys
        else:
            wanted = [self.keys[(self.index + step) % count] for step in range(-WINDOW_BEFORE, WINDOW_AFTER)]
        return list(dict.fromkeys(key for key in wanted if key not in self.loaded))

    def on_screen_resume(self) -> None:
        """Back in view (from the edit form, another screen, or the terminal after a shell's `ai-deals
        import`): the queue is read again when another process wrote since it was listed."""
        super().on_screen_resume()
        if self._version is not None and not self.busy:
            self._check_outside_writes()

    @work(thread=True, exclusive=True, group="review-outside", exit_on_error=False)
    def _check_outside_writes(self) -> None:
        """One cheap look at the database's version; the queue is read again when it moved."""
        if self.store.outside_version() != self._version:
            self.app.call_from_thread(self._outside_write_seen)

    def _outside_write_seen(self) -> None:
        if self.busy or self.app.screen is not self:  # a write under way lists the queue again anyway
            return
        # The fact in view stays in view; replaced by a re-import, the same place in the text does,
        # and the status bar says why the fact changed (`_write`, which writes nothing here).
        self._start(lambda: None, self.current_ref, doing="Reading the facts again…", shown=self.current)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed call is reported (DealsScreen's handler runs too) and the keys work again."""
        if event.state in (WorkerState.ERROR, WorkerState.CANCELLED):
            self.busy = False

    # -- answers ----------------------------------------------------------------------------------

    def on_review_decided(self, message: ReviewDecided) -> None:
        self.undo_stack.append((message.undo, message.label))

    def on_review_queue_loaded(self, message: ReviewQueueLoaded) -> None:
        """Show the fact in focus (or the one that took the decided fact's place)."""
        place = self.place - 1  # where the fact in view is in the text (0: none is)
        if message.version is not None:
            self._version = message.version
        self.keys = self._rotated(message.order.keys)
        # A write changed one fact (a decision, an edit, an undo): read the ones shown again.
        self.loaded = {}
        focus = _key(message.focus) if message.focus is not None else None
        if focus is not None:
            self.index = next((i for i, key in enumerate(self.keys) if key == focus), self.index)
        elif message.keep_place and self.keys:  # read again after a re-import: the same place in the text
            self.index = (min(max(place, 0), len(self.keys) - 1) - self._head) % len(self.keys)
        # Past the end (the last fact was decided): go round to the first, not back to the one before.
        self.index = self.index if 0 <= self.index < len(self.keys) else 0
        self._show_or_read(message.note)

    def on_review_left(self, message: ReviewLeft) -> None:
        """The decided fact leaves the queue; the next one takes its place (going round at the end)."""
        if message.key in self.keys:
            gone = self.keys.index(message.key, self.index if self.index < len(self.keys) else 0)
            if gone >= len(self.keys) - self._head:  # one of those before the first in the text
                self._head -= 1
            del self.keys[gone]
        self.loaded.pop(message.key, None)
        self.index = self.index if 0 <= self.index < len(self.keys) else 0
        self._show_or_read(message.note)

    def on_review_records_loaded(self, message: ReviewRecordsLoaded) -> None:
        """The facts around the current one are read: show it (or read on, if the view moved meanwhile)."""
        read = {_key(record.ref): record for record in message.records}
        self.loaded.update(read)
        self.fact_keys.update(message.fact_keys)
        for record in message.records:  # read again (after an edit, say): its split as it is now
            self.splits.pop(record.ref, None)
        self.splits.update(message.splits)
        record = self.current
        if record is not None and self.source_id is not None and self.crumb == "Review":
            title = record.evidence[0].label if record.evidence else ""
            # Whole: the trail cuts it to the line's width (it was cut at 40, half the line empty).
            self.crumb = f"Review · {clean_line(title)}" if title else "Review"
        if record is None and self.keys and self.keys[self.index] not in read:  # stepped on meanwhile
            self._read(self._window(), message.note)
            return
        self.busy = False
        self.show_current(message.note)

    def _rotated(self, keys: list[Key]) -> list[Key]:
        """The queue in text order, but starting at the fact the screen was opened on (once that one is
        decided, at the next one left), so deciding moves on, going round; the counter still says each
        fact's place in the text (`place`)."""
        position = {key: index for index, key in enumerate(keys)}
        if len(position.keys() - set(self._order)):  # the first load, or decided facts listed too
            first = _key(self._first_focus) if self._first_focus is not None else None
            anchor = self._order[self._anchor] if self._order else first
            self._order = keys
            self._anchor = position.get(anchor, 0)
        for offset in range(len(self._order)):
            start = position.get(self._order[(self._anchor + offset) % len(self._order)])
            if start is not None:
                self._head = start
                return keys[start:] + keys[:start]
        self._head = 0
        return keys

    @property
    def place(self) -> int:
        """The current fact's place in the text among those listed, from 1 (the queue starts at the
        fact the screen was opened on, but its counter says where that fact is: `r` on fact 1635 of
        1636 in the source view said `Fact 1 of 1636`, as if review had opened on the first)."""
        return (self.index + self._head) % len(self.keys) + 1 if self.keys else 0

    def show_current(self, note: str = "") -> None:
        """Draw the current fact, its sentence, and where we are in the queue."""
        record = self.current
        total = len(self.keys)
        progress = self.query_one("#review-progress", Static)
        card = self.query_one("#review-fact", Static)
        sentence = self.query_one("#review-sentence", Static)
        undo = f" · u undoes ({len(self.undo_stack)})" if self.undo_stack else ""
        if record is None and self.keys:  # not read (a read failed): say where we are
            progress.update(Text(f"Fact {self.place:,} of {total:,}", style="bold"))
            card.update("")
            sentence.update("")
            self.set_status((note + " · " if note else "") + "this fact could not be read")
            return
        if record is None:
            progress.update(Text("Nothing left to review here.", style="bold"))
            card.update("")
            sentence.update("")
            self.set_status((note + " · " if note else "") + "all facts reviewed" + undo)
            return
        if self.decided:
            where = f"Fact {self.place:,} of {total:,} · {record.review_status}"
        else:
            where = f"Fact {self.place:,} of {total:,} to review"  # as the status line counts
        progress.update(Text(where, style="bold"))
        card.update(fact_card(record, self.splits.get(record.ref, "")))
        sentence.update(self.sentence_text(record))
        count = plural(total, "fact") + ("" if self.decided else " left")
        keys = READ_ONLY_NOTE if self.read_only else f"y confirm · n reject · enter edit{undo}"
        self.set_status((note + " · " if note else "") + f"{count} · {keys}")

    def sentence_text(self, record: Record) -> Text:
        """The evidence sentence with the fact's words highlighted."""
        if not record.evidence:
            return Text("No source sentence for this fact.", style="dim")
        style = WORDS_STYLE + self.get_component_rich_style("review--words", partial=True)
        text = Text()
        # A round read from a thousand deal-file rows is cited to each: the first few are shown, the
        # rest counted (the source view and the export's `more_evidence` list them all).
        shown = record.evidence[:REVIEW_SENTENCES]
        for group in _evidence_by_source(shown):
            if text:
                text.append("\n\n")
            # Every sentence the fact is cited to, not only the first: a co-investor named in the next
            # sentence ("General Catalyst and Eurazeo also invested.") traces to the sentence naming it.
            for position, evidence in enumerate(group):
                if position:
                    text.append("\n")
                spans = fact_word_spans(record, evidence.sentence)
                text.append_text(highlighted_sentence(evidence.sentence, spans, style))
            first = group[0]
            source = " · ".join(x for x in (first.label, first.publisher, first.published) if x)
            text.append("\n— " + clean_line(source), style="dim")
        if len(record.evidence) > len(shown):
            more = len(record.evidence) - len(shown)
            text.append(
                f"\n… and {plural(more, 'more sentence')}: the source view and the export list them all",
                style="dim",
            )
        return text

    # -- keys -------------------------------------------------------------------------------------

    def action_decide(self, status: str) -> None:
        """Confirm or reject the current fact."""
        if self._refuse_while_busy():
            return
        record = self.current
        if record is None:
            return
        ref = record.ref
        # Listing decided facts too, the fact stays in the list: go on to the next one.
        note, doing = f"{record.record_type} {status}", f"Saving: {record.record_type} {status}…"
        if not self.decided:
            self.busy, self.doing = True, doing
            self.set_status(doing)
            self._decide(record, status, note, f"{status} {fact_label(record)}")
            return
        following = _ref(self.keys[(self.index + 1) % len(self.keys)])
        self._start(
            lambda: self.store.review(ref, status),
            focus=following,
            note=note,
            doing=doing,
            label=f"{status} {fact_label(record)}",
            shown=record,
        )

    def action_toggle_decided(self) -> None:
        """List the facts already decided too, or only those left to review."""
        if self._refuse_while_busy():
            return
        self.decided = not self.decided
        self._start(
            lambda: None,
            focus=self.current_ref,
            note="all facts" if self.decided else "facts left to review",
            doing="Loading the facts to review…",
        )

    def action_edit(self) -> None:
        """Open the form to correct the current fact."""
        if self._refuse_while_busy():
            return
        record = self.current
        if record is None:
            return
        # In view above the form: "y confirm · n reject" there named keys the form types as letters.
        self.set_status(f"Correcting this {record.record_type}: ctrl+s saves · esc cancels")
        self.app.push_screen(
            FactEditScreen(record, self.store), lambda changes: self._edited(record, changes)
        )

    def _edited(self, record: Record, changes: FactEdit | None) -> None:
        if changes is None:
            self.set_status("Nothing changed.")
            return
        ref = record.ref

        def save() -> ReviewUndo | str:
            undo = self.store.edit_fact(ref, changes)
            return undo if undo is not None else UNCHANGED

        self._start(
            save,
            focus=ref,
            note=f"{record.record_type} edited",
            doing=f"Saving: {record.record_type} edited…",
            label=f"edited {fact_label(record)}",
            shown=record,
            gone_note=EDIT_NOT_SAVED_NOTE,  # what was typed is lost: said, not a bare "re-read"
        )

    def action_undo(self) -> None:
        """Put back the fact as it was before the last decision."""
        if self._refuse_while_busy():
            return
        if not self.undo_stack:
            self.notify("Nothing to undo.", severity="warning")
            return
        undo, label = self.undo_stack.pop()
        self._start(
            lambda: self.store.undo_review(undo),
            focus=undo.ref,
            note=f"Undone: {label}" if label else "decision undone",
            doing="Saving: undo…",
        )

    def action_step(self, delta: int) -> None:
        """Skip forward or back without deciding."""
        if self._refuse_while_busy():
            return
        if self.keys:
            self.index = (self.index + delta) % len(self.keys)
            self.doing = "Loading…"
            self._show_or_read()


def _told_alike(now: Record, shown: Record) -> bool:
    """Whether a re-imported record tells what the one on screen told: the same values and the same
    sentence (its id, source row and evidence ids may differ)."""
    ignored = {"id", "source_id", "evidence"}
    sentences = [(e.sentence, e.start, e.end) for e in now.evidence] == [
        (e.sentence, e.start, e.end) for e in shown.evidence
    ]
    return sentences and now.model_dump(exclude=ignored) == shown.model_dump(exclude=ignored)


REVIEW_SENTENCES = 6
"""The most sentences a fact's review shows of those it is cited to."""


def _evidence_by_source(evidence: list[Evidence]) -> list[list[Evidence]]:
    """A fact's evidence in runs of one source, in the order cited: each run's sentences are shown
    together, above the one line naming their source."""
    runs: list[list[Evidence]] = []
    for told in evidence:
        if runs and runs[-1][0].source_id == told.source_id and runs[-1][0].label == told.label:
            runs[-1].append(told)
        else:
            runs.append([told])
    return runs
