"""Space on a row whose record a re-import from another shell removed (the app open, the terminal
sending no focus event): the record is not selected and the user is told so, the page is read again,
and an export of the selection names what vanished. It went into the selection, silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.export import ExportScreen
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle

HEADER = "kind,company,investors,amount,currency,date\n"
KEPT = "investment,Acme,FundA,1000000,USD,2020-01-02\n"
REMOVED = "investment,Acme,FundB,2000000,USD,2021-03-04\n"
# Imported after the deal file, so the corrected file's records do not take back the removed ids.
LATER = HEADER + "investment,Other,FundC,3000000,USD,2022\n"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    deals, later = tmp_path / "deals.csv", tmp_path / "later.csv"
    deals.write_text(HEADER + KEPT + REMOVED, encoding="utf-8")
    later.write_text(LATER, encoding="utf-8")
    db = tmp_path / "deals.db"
    assert main(["--db", str(db), "--empty", "import", str(deals), str(later)]) == 0
    return db


def reimport_without_fund_b(db: Path) -> None:
    """The corrected deal file imported from another shell: FundB's stake is gone."""
    deals = db.parent / "deals.csv"
    deals.write_text(HEADER + KEPT, encoding="utf-8")
    assert main(["--db", str(db), "import", str(deals)]) == 0


def noted(app: DealsApp) -> list[str]:
    notes: list[str] = []
    app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
    return notes


async def open_acme(pilot, store: Store) -> VirtualList:
    await settle(pilot)
    pilot.app.open_company(store.find_company("Acme").id, "Acme")
    await settle(pilot)
    return pilot.app.screen.query_one("#page", VirtualList)


async def test_space_on_a_row_a_reimport_removed_selects_nothing_and_says_so(db):
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 30)) as pilot:
            page = await open_acme(pilot, store)
            rows = page.rows
            gone = next(i for i, row in enumerate(rows) if getattr(row, "ref", None) and "FundB" in str(row))
            page.move_to(gone)
            reimport_without_fund_b(db)
            notes = noted(app)
            await pilot.press("space")
            await settle(pilot)
            assert len(app.selection) == 0
            assert len(notes) == 1 and "no longer in the database" in notes[0] and "\n" not in notes[0]
            assert all("FundB" not in str(row) for row in app.screen.query_one("#page", VirtualList).rows)


async def test_space_on_a_timeline_event_a_reimport_removed_selects_nothing_and_says_so(db):
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+t")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, TimelineScreen)
            events = screen.query_one("#events", VirtualList)
            events.move_to(next(i for i, event in enumerate(store.timeline()) if "FundB" in event.title))
            await settle(pilot)
            reimport_without_fund_b(db)
            notes = noted(app)
            await pilot.press("space")
            await settle(pilot)
            assert len(app.selection) == 0
            assert notes == ["Not selected: that record is no longer in the database (removed or replaced)."]
            assert all("FundB" not in event.title for event in screen.events)


async def test_space_on_a_row_still_there_after_an_outside_import_selects_it(db, tmp_path):
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 30)) as pilot:
            page = await open_acme(pilot, store)
            page.move_to(next(i for i, row in enumerate(page.rows) if "FundA" in str(row)))
            other = tmp_path / "other.csv"
            other.write_text(HEADER + "investment,Zeta,FundZ,1000,USD,2023\n", encoding="utf-8")
            assert main(["--db", str(db), "import", str(other)]) == 0
            notes = noted(app)
            await pilot.press("space")
            await settle(pilot)
            assert len(app.selection) == 1 and notes == []


async def test_an_export_of_a_selection_part_of_which_a_reimport_removed_says_what_it_left_out(
    db, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 30)) as pilot:
            for company, investor in (("Acme", "FundB"), ("Other", "FundC")):
                app.open_company(store.find_company(company).id, company)
                await settle(pilot)
                page = app.screen.query_one("#page", VirtualList)
                page.move_to(next(i for i, row in enumerate(page.rows) if investor in str(row)))
                await pilot.press("space")
            await settle(pilot)
            assert len(app.selection) == 2
            await pilot.press("e")
            await settle(pilot)
            dialog = app.screen
            assert isinstance(dialog, ExportScreen)
            reimport_without_fund_b(db)  # while the dialog is open: FundB's stake goes, FundC's stays
            notes = noted(app)
            box = dialog.query_one("#export-path")
            box.value = str(tmp_path / "picked.csv")
            box.focus()
            await pilot.press("enter")
            await settle(pilot)
            assert f"Exported 1 record to {tmp_path / 'picked.csv'} (1 no longer in the database)" in notes
    assert "FundC" in (tmp_path / "picked.csv").read_text(encoding="utf-8-sig")


async def test_space_after_a_reimport_unselects_the_other_selected_records_it_removed(db):
    """Only the row just selected was checked: FundB's event, selected before the re-import that
    removed it, stayed selected when space selected FundC's."""
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+t")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, TimelineScreen)
            events = screen.query_one("#events", VirtualList)
            titles = [event.title for event in store.timeline()]
            events.move_to(next(i for i, title in enumerate(titles) if "FundB" in title))
            await pilot.press("space")
            await settle(pilot)
            assert len(app.selection) == 1
            reimport_without_fund_b(db)
            notes = noted(app)
            events.move_to(next(i for i, title in enumerate(titles) if "FundC" in title))
            await pilot.press("space")
            await settle(pilot)
            assert len(app.selection) == 1
            assert notes == ["Unselected 1 record no longer in the database (removed or replaced)."]
