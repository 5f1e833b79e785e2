"""qa50 in the explorer: events picked on the timeline with a raise's other sources coming along are
counted as both ("3 events, 6 records selected"), and the export dialog writes one row per deal on
ctrl+o, each deal's sources listed, where the full export gives every source's record its row."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from test_export import confirm_export_path
from test_fixD27 import HELIX_B, VENDOR_A, VENDOR_B
from textual.widgets import Checkbox

from ai_deals.store import Store
from ai_deals.store.models import RecordRef
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.export import ExportScreen
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.selection import Selection
from ai_deals.tui.widgets.status_bar import StatusBar

from tui_helpers import import_one_by_one, press_settled, settle


@pytest.fixture
def store(tmp_path: Path):
    files = [("vendorA.csv", VENDOR_A), ("vendorB.csv", VENDOR_B), ("helix_b.txt", HELIX_B)]
    db = import_one_by_one(tmp_path / "helix.db", tmp_path, files)
    with Store.open(db) as store:
        yield store


async def select_every_event(pilot) -> int:
    """Space on each event of the whole timeline, one after the other (qa50's `space j`); how many."""
    await press_settled(pilot, "ctrl+t")
    screen = pilot.app.screen
    assert isinstance(screen, TimelineScreen)
    count = len(pilot.app.store.timeline())
    for _ in range(count):
        await press_settled(pilot, "space", "j")
    return count


async def test_events_picked_with_their_other_sources_are_counted_as_events_and_records(store):
    app = DealsApp(store)
    async with app.run_test(size=(120, 30)) as pilot:
        events = await select_every_event(pilot)
        records = len(app.selection)
        assert records > events  # Series A: three sources' records; Series B: two
        status = app.screen.query_one(StatusBar).render().plain
        assert f"{events} events selected ({records} records)" in status


async def test_the_export_dialog_writes_one_row_per_deal_on_ctrl_o(store, tmp_path):
    app = DealsApp(store)
    target = tmp_path / "memo.csv"
    async with app.run_test(size=(120, 30)) as pilot:
        events = await select_every_event(pilot)
        await press_settled(pilot, "e")
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        await pilot.press("ctrl+o")
        assert dialog.query_one("#export-one-per-deal", Checkbox).value
        dialog.select_format("csv")
        await pilot.pause()
        await confirm_export_path(pilot, target)
        await settle(pilot)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == events  # one per deal, no company rows
    deals = [row for row in rows if row["record_type"] == "round" and row["company"] == "Helix Robotics"]
    assert [float(row["amount"]) for row in deals] == [25e6, 90e6]
    assert all("vendorB.csv" in row["sources"] for row in deals)


# --- The selection's events ----------------------------------------------------------------------------


def test_a_selection_counts_the_events_picked_apart_from_the_records_coming_with_them():
    def ref(record_id: int) -> RecordRef:
        return RecordRef(record_type="round", record_id=record_id)

    selection = Selection()
    selection.toggle(ref(1), "Helix", [ref(2), ref(3)], timeline_event=True)  # Series A, three sources
    selection.toggle(ref(4), "Helix", [ref(5)], timeline_event=True)  # Series B, two
    selection.toggle(ref(6), "Noctua")
    assert (selection.events, len(selection)) == (3, 6)
    selection.toggle(ref(4), "Helix", [ref(5)], timeline_event=True)  # unselected, its other source too
    assert (selection.events, len(selection)) == (2, 4)
    selection.clear()
    assert (selection.events, len(selection)) == (0, 0)
