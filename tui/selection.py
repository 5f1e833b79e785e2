"""The records picked with `space` across every screen, in the order they were picked, and the
whole timeline picked at once with `ctrl+a` (a count and the events unselected since, never its rows)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from ai_deals.store.models import RecordBounds, RecordRef, SelectedFact, within


@dataclass
class WholeTimeline:
    """Every event of the whole timeline, selected without reading it (a million at 1M facts):
    `refs` reads them in the export's worker; `total` is how many there are (counted again when the
    database changed). Only the records written by then (`bounds`) are in it: one a later import
    writes (a source removed from a shell, then imported again) is new, not selected, whatever
    the timeline shows."""

    refs: Sequence[RecordRef]
    total: int
    bounds: RecordBounds | None = None
    followed: set[RecordRef] = field(default_factory=set)
    """Records written since by a source it held (a corrected version of it imported again: the
    same source): they are in it too (`Store.timeline_records_replaced`)."""
    unselected: set[RecordRef] = field(default_factory=set)
    """Events unselected since (space on them), with the records folded into them: the export leaves them out."""
    known: set[RecordRef] = field(default_factory=set)
    """Records picked on other screens known to be timeline events: counted once, as the timeline's."""
    events: int | None = None
    """How many events (rows) it listed when selected, the records folded into them aside; None when
    not known (counted again after a write): the status line then counts its records only."""
    unselected_events: set[RecordRef] = field(default_factory=set)
    """Of `unselected`, the events' own records (space on a row), not those folded into them."""

    def holds(self, ref: RecordRef) -> bool:
        """Whether `ref`, if a record of the timeline, is one of those selected with it (unselected
        since or not): written by then, or since by a source there was then."""
        return within(ref, self.bounds) or ref in self.followed


class Selection:
    """An ordered set of record references, each remembered with the company it belongs to, and
    perhaps the whole timeline (`select_whole_timeline`)."""

    def __init__(self) -> None:
        self._companies: dict[RecordRef, str] = {}
        self._whole: WholeTimeline | None = None
        self._facts: dict[RecordRef, SelectedFact] = {}
        """What finds each record picked again once a re-import replaced it (`Store.selected_facts`)."""
        self._along: set[RecordRef] = set()
        """Records selected with another one picked (`toggle`'s `also`: a raise's other sources): not
        events of their own, so "19 events, 31 records selected" says why the two counts differ."""

    def toggle(
        self, ref: RecordRef, company: str, also: Iterable[RecordRef] = (), *, timeline_event: bool = False
    ) -> bool:
        """Select `ref` if it was not selected, else unselect it; True when it is now selected.

        `also` follows `ref`: the other sources' records of a raise shown as one round row.
        `timeline_event`: `ref` is an event of the timeline (picked there), so the whole timeline,
        when selected, holds it."""
        selected = not (self.holds_event(ref) if timeline_event else ref in self)
        also = [each for each in also if each != ref]
        for each in (ref, *also):
            self._set(each, company, selected, timeline_event)
        self._count_event(ref, selected, timeline_event)
        self._along.discard(ref)
        if selected:
            self._along.update(each for each in also if each in self._companies)
        return selected

    def select_all(
        self,
        refs: Iterable[RecordRef],
        company: str,
        *,
        timeline_events: bool = False,
        along: Collection[RecordRef] = (),
    ) -> None:
        """Select every one of `refs` (a page's, a company's timeline's); `along`: those of them that
        only come with another's row (a raise's other sources), counted as `toggle`'s `also` are."""
        for ref in refs:
            self._set(ref, company, True, timeline_events)
            if ref not in along:
                self._count_event(ref, True, timeline_events)
                self._along.discard(ref)
        self._along.update(ref for ref in along if ref in self._companies)

    def unselect_all(
        self, refs: Iterable[RecordRef], *, timeline_events: bool = False, along: Collection[RecordRef] = ()
    ) -> None:
        """Unselect every one of `refs` (`along`: as `select_all`'s)."""
        for ref in refs:
            self._set(ref, "", False, timeline_events)
            if ref not in along:
                self._count_event(ref, False, timeline_events)

    def _count_event(self, ref: RecordRef, selected: bool, timeline_event: bool) -> None:
        """Keep count of the whole timeline's events (rows) unselected, when `ref` is one's own record."""
        whole = self._whole
        if whole is not None and timeline_event and whole.holds(ref):
            (whole.unselected_events.discard if selected else whole.unselected_events.add)(ref)

    def _set(self, ref: RecordRef, company: str, selected: bool, timeline_event: bool) -> None:
        whole = self._whole
        if whole is not None and whole.holds(ref) and (timeline_event or ref in whole.known):
            # The whole timeline holds it: selecting takes it off the unselected, unselecting puts it on.
            self._companies.pop(ref, None)
            whole.known.add(ref)
            (whole.unselected.discard if selected else whole.unselected.add)(ref)
        elif selected:
            self._companies.setdefault(ref, company)
        else:
            self._companies.pop(ref, None)
        if ref not in self._companies:
            self._facts.pop(ref, None)
            self._along.discard(ref)

    def select_whole_timeline(
        self,
        refs: Sequence[RecordRef],
        total: int,
        on_timeline: Iterable[RecordRef],
        bounds: RecordBounds | None = None,
        *,
        events: int | None = None,
    ) -> None:
        """Select every event of the whole timeline (`total` records, read by `refs` when exported)
        written by the time `bounds` were read; `on_timeline` are the records picked so far that are
        among them (counted once); `events`: how many events (rows) those records are."""
        known = set(on_timeline) | (self._whole.known if self._whole is not None else set())
        known = {ref for ref in known if within(ref, bounds)}
        self._whole = WholeTimeline(refs, total, bounds, known=known, events=events)
        for ref in known:
            self._companies.pop(ref, None)

    def unselect_whole_timeline(self) -> None:
        """Unselect every event of the timeline; records picked elsewhere stay selected."""
        self._whole = None

    @property
    def has_timeline(self) -> bool:
        """Whether the whole timeline was selected at once (some of its events perhaps unselected since)."""
        return self._whole is not None

    @property
    def timeline_bounds(self) -> RecordBounds | None:
        """The record ids up to which the whole timeline selected holds its events (`WholeTimeline`)."""
        return self._whole.bounds if self._whole is not None else None

    def timeline_unselected(self) -> set[RecordRef]:
        """A copy of the whole timeline's events unselected since it was selected (none without it)."""
        return set(self._whole.unselected) if self._whole is not None else set()

    def timeline_counted(
        self, total: int, unselected: set[RecordRef], followed: set[RecordRef] | None = None
    ) -> None:
        """The whole timeline counted again: `total` events now, of which `unselected` (those
        unselected that are still events) stay out; `followed`: its sources' records written since."""
        whole = self._whole
        if whole is not None:
            if total != whole.total:  # its events are no longer those counted: its records are said
                whole.events = None
            whole.total = total
            whole.unselected &= unselected
            whole.unselected_events &= unselected
            if followed is not None:
                whole.followed = followed

    @property
    def whole_timeline(self) -> bool:
        """Whether every event of the whole timeline is selected (none unselected since)."""
        return self._whole is not None and not self._whole.unselected

    def timeline_events_among(self, refs: Iterable[RecordRef]) -> None:
        """`refs`, shown or picked on another screen while the whole timeline is selected, are
        timeline events (looked up in a worker): marked selected as the timeline's (unless
        unselected since), and a record picked is counted as the timeline's, not twice."""
        whole = self._whole
        if whole is None:
            return
        for ref in refs:
            if not whole.holds(ref):
                continue  # written since it was selected: a record of its own, picked or not
            if ref in self._companies:
                self._companies.pop(ref)
                whole.unselected.discard(ref)
            whole.known.add(ref)

    def discard(self, refs: Iterable[RecordRef]) -> None:
        """Unselect `refs` (those selected; the others are ignored)."""
        for ref in refs:
            self._companies.pop(ref, None)
            self._facts.pop(ref, None)
            self._along.discard(ref)

    def clear(self) -> None:
        """Unselect everything."""
        self._companies.clear()
        self._facts.clear()
        self._along.clear()
        self._whole = None

    def remember_facts(self, facts: dict[RecordRef, SelectedFact]) -> None:
        """Keep what finds the records picked again after a re-import (read in a worker as they were
        picked); those unselected meanwhile are not kept."""
        self._facts.update((ref, fact) for ref, fact in facts.items() if ref in self._companies)

    def facts_of(self, refs: Iterable[RecordRef]) -> dict[RecordRef, SelectedFact]:
        """A copy of what finds each of `refs` again (those whose facts were read)."""
        return {ref: self._facts[ref] for ref in refs if ref in self._facts}

    def follow(self, found: dict[RecordRef, RecordRef], facts: dict[RecordRef, SelectedFact]) -> int:
        """The records picked that a re-import replaced become the records `found` in their place
        (the same facts, with new ids), each where it was in the order, with its company; `facts` are
        the new records'. Returns how many were followed (those still selected)."""
        followed = {old: new for old, new in found.items() if old in self._companies}
        if not followed:
            return 0
        companies: dict[RecordRef, str] = {}
        for ref, company in self._companies.items():
            companies.setdefault(followed.get(ref, ref), company)
        self._companies = companies
        self._along = {followed.get(ref, ref) for ref in self._along if followed.get(ref, ref) in companies}
        for old, new in followed.items():
            self._facts.pop(old, None)
            if new in facts:
                self._facts[new] = facts[new]
        return len(followed)

    def holds_event(self, ref: RecordRef) -> bool:
        """Whether `ref`, an event of the timeline, is selected (how the timeline marks its rows)."""
        whole = self._whole
        return ref in self._companies or (
            whole is not None and whole.holds(ref) and ref not in whole.unselected
        )

    def __contains__(self, ref: object) -> bool:
        whole = self._whole
        if whole is not None and ref in whole.known:
            return ref not in whole.unselected
        return ref in self._companies

    def __len__(self) -> int:
        whole = self._whole
        return len(self._companies) + (whole.total - len(whole.unselected) if whole is not None else 0)

    @property
    def events(self) -> int | None:
        """How many events (rows) were picked, each with the records selected along with it (a raise's
        other sources: `toggle`'s `also`), the whole timeline's among them (as many as it listed, but
        those unselected since); None while it is selected with its events' count unknown."""
        picked = len(self._companies) - sum(1 for ref in self._along if ref in self._companies)
        whole = self._whole
        if whole is None:
            return picked
        if whole.events is None:
            return None
        return picked + whole.events - len(whole.unselected_events)

    @property
    def refs(self) -> list[RecordRef]:
        """Records picked one by one (or a page at a time), first picked first: not the whole
        timeline's events, which only `export_refs` reads."""
        return list(self._companies)

    def export_refs(self) -> Sequence[RecordRef]:
        """What exporting the selection writes: the records picked and the whole timeline's events
        (read in the export's worker) but those unselected since; the export merges them into one
        date order as it reads them (`SelectedRefs.ref_batches`)."""
        if self._whole is None:
            return self.refs
        return SelectedRefs(self.refs, self._whole)

    @property
    def label(self) -> str:
        """What to name an export: the company when all records share one, else "selection"."""
        if self._whole is not None:
            return "timeline" if not self._companies else "selection"
        companies = set(self._companies.values())
        return companies.pop() if len(companies) == 1 else "selection"


class SelectedRefs(Sequence[RecordRef]):
    """The selection with the whole timeline in it, as records to export: counted without reading
    the timeline, read the first time it is iterated (in the export's worker thread)."""

    def __init__(self, picked: list[RecordRef], whole: WholeTimeline) -> None:
        self._picked = picked
        self._timeline = whole.refs
        self._bounds, self._followed = whole.bounds, set(whole.followed)  # as when `e` was pressed
        self._unselected = set(
            whole.unselected
        )  # as when `e` was pressed: space afterwards is not this export
        self._count = len(picked) + whole.total - len(self._unselected)
        self._read_refs: list[RecordRef] | None = None

    @property
    def picked(self) -> list[RecordRef]:
        """The records picked one by one, exported each at its place among the timeline's."""
        return self._picked

    def holds(self, ref: RecordRef) -> bool:
        """Whether `ref`, a record of the timeline, is one selected with it (`WholeTimeline.holds`):
        one imported since is not (a file removed, then imported again)."""
        return within(ref, self._bounds) or ref in self._followed

    @property
    def left_out(self) -> set[RecordRef]:
        """The timeline's records its export leaves out: those unselected since `e` was pressed, and
        those picked one by one (written once, with the records picked)."""
        return self._unselected | set(self._picked)

    def ref_batches(self, batches: Iterable[list[RecordRef]]) -> Iterator[list[RecordRef]]:
        """`batches`, the records to export as the store reads them (`Store.with_timeline_ref_batches`:
        those picked and the timeline's, merged by date), passed on as they come, never all held: a
        million refs were 1.2 GB and minutes before the export wrote its first record. Once read to
        the end, `len` is how many there were."""
        streamed = 0
        for batch in batches:
            streamed += len(batch)
            yield batch
        self._count = streamed  # the timeline as it was read (a re-import may have changed it)

    def _read(self) -> list[RecordRef]:
        """Every record, held (no store here to order them by: the picked ones first); an export
        streams them in date order instead (`ref_batches`)."""
        if self._read_refs is None:
            left_out = self.left_out
            timeline = (ref for ref in self._timeline if ref not in left_out and self.holds(ref))
            self._read_refs = [*self._picked, *timeline]
        return self._read_refs

    def __len__(self) -> int:
        return self._count if self._read_refs is None else len(self._read_refs)

    def __getitem__(self, index):  # type: ignore[override]
        return self._read()[index]

    def __iter__(self) -> Iterator[RecordRef]:
        return iter(self._read())
