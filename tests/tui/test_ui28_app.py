"""Items session 27 left in the explorer (ui28): a recalled raise on the timeline, an investor's
co-investors at 80 columns, the status of ctrl+a, the export dialog's count on ctrl+o."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fixC27 import HEADER
from test_fixC27_app import investor_page, row_index
from test_fixD27 import HELIX_B, VENDOR_A, VENDOR_B
from test_fixD27_app import select_every_event
from test_fixF26 import followup
from test_ui28 import RECALL

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company_rows import companies_within
from ai_deals.tui.screens.export import ExportScreen
from ai_deals.tui.screens.source_pick import SourcePickScreen
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.selection import Selection
from ai_deals.tui.widgets.status_bar import StatusBar
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import import_one_by_one, open_whole_timeline, press_settled, settle, shown, shown_lines


@pytest.fixture
def recalled_store(tmp_path: Path):
    db = import_one_by_one(tmp_path / "recall.db", tmp_path, [("recall.txt", followup(RECALL))])
    with Store.open(db) as store:
        yield store


# -- 1. a recalled raise on the timeline ------------------------------------------------------------------


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_timeline_says_a_recalled_raise_happened_on_or_before_its_articles_day(
    recalled_store, size
):
    """The row (cut at 80 columns, its investors after it) and the sentence panel, above the sentence that
    only recalls the raise: "on or before 2026-11-27", as the company's page says it."""
    app = DealsApp(recalled_store)
    async with app.run_test(size=size) as pilot:
        screen = await open_whole_timeline(pilot)
        [row] = [line for line in shown_lines(screen.query_one("#events", VirtualList)) if line.strip()]
        assert "raises $48M (Series A) on or before" in row
        panel = shown(app, "#sentence")
        assert panel.startswith("on or before 2026-11-27\nNordwind Robotics, which raised $48 million")


# -- 2. a co-investor's companies at 80 columns -------------------------------------------------------------

COMPANIES = [
    "Aurora Photonics Labs",
    "Borealis Quantum Systems",
    "Cascade Protein Design",
    "Dunmore Orbital Freight",
    "Ember Grid Analytics",
    "Fjord Autonomous Ships",
]
# Accel and Sequoia Capital in six Series A of six companies, Accel leading two: the line names more
# companies than 120 columns hold.
SHARED = HEADER + "".join(
    f"{name},2025-0{month},Series A,10,USD,Accel; Sequoia Capital,{'Accel' if month <= 2 else 'Sequoia Capital'}\n"
    for month, name in enumerate(COMPANIES, start=1)
)


def test_a_co_investors_details_name_the_companies_that_fit_then_how_many_more():
    names = ["Solstice Chips", "Nova Kernel", "Helix Robotics"]
    assert companies_within(3, names, 80) == "lead in 3 · Solstice Chips, Nova Kernel, Helix Robotics"
    assert companies_within(3, names, 48) == "lead in 3 · Solstice Chips, Nova Kernel, +1 more"
    assert companies_within(3, names, 47) == "lead in 3 · Solstice Chips, +2 more"
    assert companies_within(3, names, 34) == "lead in 3 · 3 companies"
    assert companies_within(3, names, 23) == "lead in 3 · 3 companies"
    assert companies_within(3, names, 22) == "led 3 · 3 companies"
    assert companies_within(0, names, 15) == "3 companies"


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_a_co_investor_line_ends_with_how_many_companies_it_leaves_out(tmp_path: Path, size):
    """Sequoia Capital's page: Accel's line names the companies that fit whole, then "+N more" (at 80
    columns, where none fits, "6 companies"), within the width: no company cut mid-name."""
    async with investor_page(tmp_path, "Sequoia Capital", SHARED, size) as (app, pilot, page):
        page.move_to(row_index(page, "Accel"))
        await settle(pilot)
        [line] = [line for line in shown_lines(page) if line.strip().startswith("Accel ")]
    assert "…" not in line and len(line) < size[0]
    named = [name for name in COMPANIES if name in line]
    if named:
        assert line.endswith(f", +{len(COMPANIES) - len(named)} more")
        assert "lead in 2 · " in line
    else:
        assert line.endswith("2 · 6 companies")


async def test_s_on_a_co_investor_lists_every_round_shared_with_its_company(tmp_path: Path):
    """The companies the line leaves out are reachable: `s` lists the rounds shared, each naming its
    company, latest first as the line does, and opens the one chosen's source."""
    async with investor_page(tmp_path, "Sequoia Capital", SHARED, (80, 24)) as (app, pilot, page):
        page.move_to(row_index(page, "Accel"))
        await pilot.press("s")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, SourcePickScreen)
        assert dialog.title_words == "6 rounds shared with Accel: open which one's source?"
        labels = [choice.label for choice in dialog.choices]
        assert [label.split(" · ")[0] for label in labels] == COMPANIES[::-1]
        assert "Fjord Autonomous Ships · 2025-06 · Series A · $10M" in labels[0]
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.__class__.__name__ == "SourceScreen"


# -- 3. ctrl+a counts events and records as space does ---------------------------------------------------


@pytest.fixture
def helix_store(tmp_path: Path):
    """qa50's Helix Robotics: its Series A told by three sources, its Series B by two."""
    files = [("vendorA.csv", VENDOR_A), ("vendorB.csv", VENDOR_B), ("helix_b.txt", HELIX_B)]
    db = import_one_by_one(tmp_path / "helix.db", tmp_path, files)
    with Store.open(db) as store:
        yield store


def status(app) -> str:
    return app.screen.query_one(StatusBar).render().plain


async def test_ctrl_a_on_the_whole_timeline_says_events_and_records_as_space_does(helix_store):
    app = DealsApp(helix_store)
    async with app.run_test(size=(120, 30)) as pilot:
        events = await select_every_event(pilot)  # space on each, one after the other
        records = len(app.selection)
        by_space = status(app)
        await press_settled(pilot, "x", "ctrl+a")
        assert len(app.selection) == records
        assert f"{events} events selected ({records} records)" in by_space
        assert f"{events} events selected ({records} records)" in status(app)
        await press_settled(pilot, "g", *"2026-01-20", "enter", "space")  # one event unselected
        assert f"{events - 1} events selected (" in status(app)


@pytest.mark.parametrize("where", ["page", "timeline"])
async def test_ctrl_a_on_a_page_or_its_timeline_says_events_and_records_as_space_does(helix_store, where):
    """Helix Robotics: its two raises, each a row (an event) standing for every source's record of it."""
    app = DealsApp(helix_store)
    async with app.run_test(size=(120, 30)) as pilot:
        app.open_company(helix_store.find_company("Helix Robotics").id, "Helix Robotics")
        await settle(pilot)
        if where == "timeline":
            await press_settled(pilot, "t")
            assert isinstance(app.screen, TimelineScreen)
        await press_settled(pilot, "ctrl+a")
        records = len(app.selection)
        assert records > 3
        assert f"2 events selected ({records} records)" in status(app)
        await press_settled(pilot, "ctrl+a")  # again: none
        assert len(app.selection) == 0


def test_records_selected_along_with_a_rows_own_count_as_one_event():
    from ai_deals.store.models import RecordRef

    a, a2, b = (RecordRef(record_type="round", record_id=id_) for id_ in (1, 2, 3))
    selection = Selection()
    selection.select_all([a, a2, b], "Helix Robotics", along={a2})
    assert (selection.events, len(selection)) == (2, 3)
    selection.unselect_all([a, a2, b], along={a2})
    assert (selection.events, len(selection)) == (0, 0)


# -- 4. the export dialog's title on ctrl+o -----------------------------------------------------------------


def dialog_title(app) -> str:
    assert isinstance(app.screen, ExportScreen)
    return shown(app, "#export-title")


async def test_the_export_dialogs_title_says_the_deals_one_row_each_writes_on_ctrl_o(helix_store):
    """Helix Robotics' page, nothing selected: its two raises, every source's record of them."""
    app = DealsApp(helix_store)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_company(helix_store.find_company("Helix Robotics").id, "Helix Robotics")
        await press_settled(pilot, "e")
        records = len(app.screen.refs)
        assert dialog_title(app) == f"Export {records} records · Helix Robotics"
        await press_settled(pilot, "ctrl+o")
        assert dialog_title(app) == f"Export 2 deals (one row each, for {records} records) · Helix Robotics"
        await press_settled(pilot, "ctrl+o")
        assert dialog_title(app) == f"Export {records} records · Helix Robotics"


async def test_the_whole_timeline_selected_is_told_as_its_events_deals_on_ctrl_o(helix_store):
    app = DealsApp(helix_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await open_whole_timeline(pilot)
        events = len(helix_store.timeline())
        await press_settled(pilot, "ctrl+a", "e", "ctrl+o")
        records = len(app.selection)
        assert dialog_title(app) == f"Export {events} deals (one row each, for {records} records) · timeline"


async def test_the_whole_timeline_exported_is_told_as_its_events_deals_on_ctrl_o(helix_store):
    """Nothing selected: `e` on the whole timeline exports every event and the records folded into them."""
    app = DealsApp(helix_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await open_whole_timeline(pilot)
        events = len(helix_store.timeline())
        await press_settled(pilot, "e", "ctrl+o")
        records = helix_store.timeline_record_count()
        assert records > events
        assert dialog_title(app) == f"Export {events} deals (one row each, for {records} records) · timeline"
