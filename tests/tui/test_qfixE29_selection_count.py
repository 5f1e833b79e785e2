"""qa54: space on three rows, one told by two sources, said "3 events, 4 records selected", read as two things
selected. The rows picked come first, the records they stand for in brackets, on the status line and in the
page's ctrl+a note alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fixD27 import HELIX_B, VENDOR_A, VENDOR_B

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.formatting import events_selected
from ai_deals.tui.widgets.status_bar import StatusBar

from tui_helpers import import_one_by_one, press_settled, settle


@pytest.fixture
def helix(tmp_path: Path):
    files = [("vendorA.csv", VENDOR_A), ("vendorB.csv", VENDOR_B), ("helix_b.txt", HELIX_B)]
    db = import_one_by_one(tmp_path / "helix.db", tmp_path, files)
    with Store.open(db) as store:
        yield store


def test_rows_told_by_several_sources_are_counted_as_events_selected_then_records():
    assert events_selected(3, 4) == "3 events selected (4 records)"
    assert events_selected(4, 4) == "4 records selected"
    assert events_selected(1, 2) == "1 event selected (2 records)"


async def test_ctrl_a_on_a_page_says_events_selected_then_records_in_status_and_note(helix):
    app = DealsApp(helix)
    async with app.run_test(size=(120, 30)) as pilot:
        app.open_company(helix.find_company("Helix Robotics").id, "Helix Robotics")
        await settle(pilot)
        await press_settled(pilot, "ctrl+a")
        records = len(app.selection)
        assert records > 2
        said = f"2 events selected ({records} records)"
        assert said in app.screen.query_one(StatusBar).render().plain
        notes = [str(note.message) for note in app._notifications]
        assert any(
            note.startswith(f"2 events of this page selected ({records} records)") for note in notes
        ), notes
