"""The explorer's selection as a value: records picked one by one, and the whole timeline by a count."""

from __future__ import annotations

from ai_deals.store.models import RecordRef
from ai_deals.tui.selection import Selection


def ref(number: int, record_type: str = "round") -> RecordRef:
    return RecordRef(record_type=record_type, record_id=number)


TIMELINE = [ref(1), ref(2), ref(3)]


def whole(selection: Selection, on_timeline=()) -> None:
    selection.select_whole_timeline(TIMELINE, len(TIMELINE), on_timeline)


def test_the_whole_timeline_exports_its_events_after_the_records_picked_elsewhere_but_those_unselected():
    selection = Selection()
    selection.toggle(ref(9, "statement"), "Acme")
    whole(selection)
    selection.toggle(ref(2), "Acme", timeline_event=True)  # space on an event: unselected
    assert len(selection) == 3
    assert list(selection.export_refs()) == [ref(9, "statement"), ref(1), ref(3)]
    assert len(selection.export_refs()) == 3


def test_selecting_the_whole_timeline_again_still_counts_a_page_record_once_and_marks_it():
    selection = Selection()
    selection.toggle(ref(1), "Acme")  # on a page: an event of the timeline too
    whole(selection, on_timeline=[ref(1)])
    selection.toggle(ref(2), "Acme", timeline_event=True)
    whole(selection, on_timeline=[])  # ctrl+a again: every event, the page's record known as one
    assert len(selection) == 3
    assert ref(1) in selection


def test_the_whole_timeline_counted_again_forgets_unselected_events_that_are_gone():
    selection = Selection()
    whole(selection)
    selection.toggle(ref(2), "Acme", timeline_event=True)
    selection.timeline_counted(2, unselected=set())  # a re-import replaced event 2 (and 3 is new…)
    assert len(selection) == 2
    assert selection.whole_timeline


def test_space_on_an_event_imported_after_the_whole_timeline_was_selected_picks_it_on_its_own():
    """Written after ctrl+a (id above the bounds): not the timeline's, so space selects it one by one,
    counted once, and unselecting it leaves the timeline's count alone."""
    selection = Selection()
    selection.select_whole_timeline(TIMELINE, len(TIMELINE), (), bounds={"round": 3, "sources": 1})
    later = ref(4)
    assert not selection.holds_event(later)
    assert selection.toggle(later, "Acme", timeline_event=True)
    assert len(selection) == 4 and selection.holds_event(later)
    assert not selection.toggle(later, "Acme", timeline_event=True)
    assert len(selection) == 3 and selection.whole_timeline
