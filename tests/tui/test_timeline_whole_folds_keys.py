"""The explorer's whole timeline folds a figure several sources state, and an investor's part of a
raise, as a company's timeline does: its status count, steps, year jumps and ctrl+a agree with the
folded list (store/timeline_folds.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_export import export_to, records_of
from textual.widgets import Static

from ai_deals.store import Store
from ai_deals.store.models import RecordRef
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.export import ExportScreen
from ai_deals.tui.screens.timeline import EventWindows, TimelineScreen
from ai_deals.tui.widgets.status_bar import StatusBar
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import import_one_by_one, press_settled, settle

MISTRAL_FR = """title: Mistral AI lève 1,7 milliard d'euros
date: 2025-09-09
url: https://example.fr/mistral
language: fr

Mistral AI a levé 1,7 milliard d'euros lors d'une série C menée par ASML, ce qui valorise Mistral AI à 11,7 milliards d'euros après l'investissement. La société compte environ 350 salariés.
"""
MISTRAL_EN = """title: Mistral AI raises €1.7 billion
date: 2025-09-09
url: https://example.com/mistral
language: en

Mistral AI raised €1.7 billion in a Series C led by ASML, which values Mistral AI at €11.7 billion post-money. The company has about 350 employees.
"""
ZETA_ARTICLE = (
    "title: Zeta AI raises $20 million\ndate: 2026-02-03\nurl: https://example.org/zeta\nlanguage: en\n\n"
    "Zeta AI, a Paris-based AI startup, said on Tuesday it raised $20 million in a Series A round led by\n"
    "Vantor Capital, with participation from Osk Partners.\n"
)
ZETA_DEALS = "company,investor,amount,currency,date,round_type,lead\nZeta AI,Vantor Capital,12000000,USD,2026-02-03,Series A,yes\n"


@pytest.fixture
def store(tmp_path: Path, monkeypatch):
    db = tmp_path / "folds.db"
    files = {"fr.txt": MISTRAL_FR, "en.txt": MISTRAL_EN, "zeta.txt": ZETA_ARTICLE, "zeta.csv": ZETA_DEALS}
    import_one_by_one(db, tmp_path, files.items())
    monkeypatch.setattr(TimelineScreen, "window_size", 2)  # folded records on windows' edges
    with Store.open(db) as store:
        yield store


async def test_the_explorers_whole_timeline_steps_and_counts_the_folded_events(store):
    whole = store.timeline()
    records = store.timeline_refs()
    assert len(records) == len(whole) + 4  # two figures' and a raise's second sources, the investor's part
    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        await press_settled(pilot, "ctrl+t")
        screen = app.screen
        assert isinstance(screen, TimelineScreen) and isinstance(screen.events, EventWindows)
        assert screen.query_one(StatusBar).message.startswith(f"{len(whole)} events · all companies")
        events = screen.query_one("#events", VirtualList)
        shown = []
        for _ in whole:
            await settle(pilot)
            shown.append(screen.current)
            await pilot.press("j")
        assert [event.ref for event in shown] == [event.ref for event in whole]
        assert [event.title for event in shown] == [event.title for event in whole]
        await pilot.press("home", "right_square_bracket")
        await settle(pilot)
        assert events.cursor == next(i for i, event in enumerate(whole) if event.date.startswith("2026"))
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert len(app.selection) == len(records)  # what its export writes: each event's folded records too


async def test_the_whole_timelines_export_dialog_counts_every_sources_record(store):
    records = store.timeline_refs()
    app = DealsApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await press_settled(pilot, "ctrl+t", "e")
        assert isinstance(app.screen, ExportScreen)
        title = app.screen.query_one(".dialog-title", Static).render()
        assert str(title).startswith(f"Export {len(records)} records")


async def test_ctrl_a_then_e_offers_the_records_the_export_writes_after_space_on_an_event(store):
    """The whole timeline selected counts records, as its export writes them (each event with the
    records folded into it), not events, before and after space unselects an event: the dialog after
    ctrl+a, space and e offers what the export then writes."""
    records = store.timeline_refs()
    zeta = next(event for event in store.timeline() if event.also and event.ref.record_type == "round")
    app = DealsApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await press_settled(pilot, "ctrl+t", "ctrl+a")
        assert len(app.selection) == len(records)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        while screen.current is None or screen.current.ref != zeta.ref:
            await pilot.press("j")
            await settle(pilot)
        await pilot.press("space")  # the raise with its investor's part folded in
        await settle(pilot)
        written = [ref for ref in records if ref not in {zeta.ref, *zeta.also}]
        assert len(app.selection) == len(written)
        assert list(app.selection.export_refs()) == written
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        title = app.screen.query_one(".dialog-title", Static).render()
        assert str(title).startswith(f"Export {len(written)} records")


async def move_to(pilot, screen: TimelineScreen, ref: RecordRef) -> None:
    """Step the timeline's cursor down to the event of `ref`."""
    await settle(pilot)
    while screen.current is None or screen.current.ref != ref:
        await pilot.press("j")
        await settle(pilot)


def written_refs(path: Path) -> list[RecordRef]:
    rows = records_of(json.loads(path.read_text(encoding="utf-8"))["records"])
    return [RecordRef(record_type=row["record_type"], record_id=row["record_id"]) for row in rows]


def folding_events(store) -> list:
    """The whole timeline's events that fold records into them: a figure, the raise."""
    events = [event for event in store.timeline() if event.also]
    assert {event.ref.record_type for event in events} >= {"metric", "round"}
    return events


async def test_space_after_ctrl_a_unselects_an_events_folded_records_and_the_export_leaves_them_out(
    store, tmp_path
):
    """A user who unselects an event expects none of it exported: the records folded into it (a
    figure's other source, an investor's part of a raise) go with it; status, dialog and file agree."""
    records = store.timeline_refs()
    folding = folding_events(store)[:-1]  # every event folds some record (tl23): one is kept, to be written
    left_out = {ref for event in folding for ref in (event.ref, *event.also)}
    written = [ref for ref in records if ref not in left_out]
    target = tmp_path / "timeline.json"
    app = DealsApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await press_settled(pilot, "ctrl+t", "ctrl+a")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        for event in folding:
            await move_to(pilot, screen, event.ref)
            await pilot.press("space")
            await settle(pilot)
            assert all(ref not in app.selection for ref in (event.ref, *event.also))
        assert len(app.selection) == app.selected_count == len(written)
        assert list(app.selection.export_refs()) == written
        await export_to(pilot, "json", target)
    assert written_refs(target) == written


async def test_space_again_selects_an_events_folded_records_with_it(store):
    records = store.timeline_refs()
    zeta = next(event for event in folding_events(store) if event.ref.record_type == "round")
    app = DealsApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await press_settled(pilot, "ctrl+t", "ctrl+a")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        await move_to(pilot, screen, zeta.ref)
        await pilot.press("space", "space")  # unselected, then selected again: all of it
        await settle(pilot)
        assert all(ref in app.selection for ref in (zeta.ref, *zeta.also))
        assert len(app.selection) == len(records)
        assert app.selection.whole_timeline
        assert list(app.selection.export_refs()) == records


async def test_an_event_picked_with_its_folded_records_before_ctrl_a_is_counted_once(store):
    """Space on an event picks its folded records too; ctrl+a then counts them as the timeline's,
    not a second time, and the dialog offers what the export writes."""
    records = store.timeline_refs()
    zeta = next(event for event in folding_events(store) if event.ref.record_type == "round")
    app = DealsApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await press_settled(pilot, "ctrl+t")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        await move_to(pilot, screen, zeta.ref)
        await pilot.press("space")
        await settle(pilot)
        assert len(app.selection) == 1 + len(zeta.also)
        assert app.selection.refs == [zeta.ref, *zeta.also]
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert len(app.selection) == len(records)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        title = app.screen.query_one(".dialog-title", Static).render()
        assert str(title).startswith(f"Export {len(records)} records")


async def test_a_company_page_marks_its_records_folded_into_the_whole_timeline_selected(store):
    """With the whole timeline selected, a company page marks the records its export writes as
    folded into an event (a figure's other source), as it marks the events: they are selected."""
    folded = next(event for event in folding_events(store) if event.ref.record_type == "metric").also
    mistral = store.find_company("Mistral AI")
    records = store.timeline_refs()
    app = DealsApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await press_settled(pilot, "ctrl+t", "ctrl+a")
        app.open_company(mistral.id, mistral.name)
        await settle(pilot)
        assert all(ref in app.selection for ref in folded)
        assert len(app.selection) == len(records)
