"""The explorer's whole timeline folds a figure several sources state, and an investor's part of a
raise, as a company's timeline does: its status count, steps, year jumps and ctrl+a agree with the
folded list (store/timeline_folds.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.export import ExportScreen
from ai_deals.tui.screens.timeline import EventWindows, TimelineScreen
from ai_deals.tui.widgets.status_bar import StatusBar
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle

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
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert main(["--db", str(db), "--empty", "import", str(tmp_path / name)]) == 0
    monkeypatch.setattr(TimelineScreen, "window_size", 2)  # folded records on windows' edges
    with Store.open(db) as store:
        yield store


async def test_the_explorers_whole_timeline_steps_and_counts_the_folded_events(store):
    whole = store.timeline()
    records = store.timeline_refs()
    assert len(records) == len(whole) + 3  # two figures' second sources, the investor's part
    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
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
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
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
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert len(app.selection) == len(records)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        while screen.current is None or screen.current.ref != zeta.ref:
            await pilot.press("j")
            await settle(pilot)
        await pilot.press("space")  # the raise's own record: its investor's part folded in stays selected
        await settle(pilot)
        written = [ref for ref in records if ref != zeta.ref]
        assert len(app.selection) == len(written)
        assert list(app.selection.export_refs()) == written
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        title = app.screen.query_one(".dialog-title", Static).render()
        assert str(title).startswith(f"Export {len(written)} records")
