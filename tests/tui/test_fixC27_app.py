"""Co-investors on an investor's page (qa50 #5): listed most shared first, Enter drills into one and Esc comes
back to it, space selects the rounds shared, and names are shown as written (never markup)."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from test_fixC27 import HEADER, VENDOR_A

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.widgets.status_bar import StatusBar
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import import_one_by_one, settle, shown_lines


async def open_page(pilot, store: Store, name: str) -> VirtualList:
    pilot.app.open_company(store.company_named(name), name)
    await settle(pilot)
    assert isinstance(pilot.app.screen, CompanyScreen)
    return pilot.app.screen.query_one("#page", VirtualList)


@asynccontextmanager
async def investor_page(tmp_path: Path, name: str, deals: str = VENDOR_A, size=(120, 40)):
    """The explorer on `name`'s page, over a new database holding the deal file `deals`: (app, pilot, page)."""
    db = import_one_by_one(tmp_path / "deals.db", tmp_path, [("deals.csv", deals)])
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=size) as pilot:
            yield app, pilot, await open_page(pilot, store, name)


def row_index(page: VirtualList, name: str) -> int:
    start = page.rows.section_start("Co-investors")
    assert start is not None
    return next(i for i in range(start, len(page.rows)) if page.rows[i].pieces[0][0] == name)


async def test_an_investor_page_lists_its_co_investors_most_shared_first(tmp_path: Path):
    async with investor_page(tmp_path, "Andreessen Horowitz") as (app, pilot, page):
        lines = shown_lines(page)
    header = next(i for i, line in enumerate(lines) if line.strip().startswith("Co-investors"))
    assert lines[header].strip() == "Co-investors (5)"
    first = lines[header + 1]
    assert first.split()[:4] == ["Sequoia", "Capital", "3", "rounds"]
    assert "2025-03 – 2026-01" in first and "lead in 1" in first and "Helix Robotics" in first


async def test_enter_opens_a_co_investor_and_escape_comes_back_to_its_row(tmp_path: Path):
    async with investor_page(tmp_path, "Andreessen Horowitz") as (app, pilot, page):
        page.move_to(row_index(page, "Thrive Capital"))
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.crumb == "Thrive Capital"
        await pilot.press("escape")
        await settle(pilot)
        page = app.screen.query_one("#page", VirtualList)
        assert page.highlighted.pieces[0][0] == "Thrive Capital"


async def test_space_on_a_co_investor_selects_the_rounds_shared_and_says_so(tmp_path: Path):
    async with investor_page(tmp_path, "Andreessen Horowitz") as (app, pilot, page):
        page.move_to(row_index(page, "Sequoia Capital"))
        await pilot.press("space")
        await settle(pilot)
        status = app.screen.query_one(StatusBar).render().plain
        selected = set(app.selection.refs)
    assert "Selected the 3 rounds shared with Sequoia Capital" in status
    assert {ref.record_type for ref in selected} == {"round"} and len(selected) == 3


async def test_a_co_investor_named_like_markup_is_shown_as_written(tmp_path: Path):
    deals = HEADER + "Odd AI,2025-01-01,Seed,1,USD,Plain Fund; [red]X[/] Capital,Plain Fund\n"
    async with investor_page(tmp_path, "Plain Fund", deals) as (app, pilot, page):
        lines = shown_lines(page)
    assert any(line.strip().startswith("[red]X[/] Capital") for line in lines)


async def test_at_80_columns_a_portfolio_of_short_names_keeps_its_rounds_words_whole(tmp_path: Path):
    deals = (
        HEADER
        + "Fathom Legal AI,2024-10-30,Series A,20,USD,Andreessen Horowitz; Sequoia Capital,Andreessen Horowitz\n"
    )
    async with investor_page(tmp_path, "Andreessen Horowitz", deals, (80, 24)) as (app, pilot, page):
        lines = shown_lines(page)
    row = next(line for line in lines if "Fathom Legal AI" in line)
    # The company column as wide as its name, and no empty amount column: the round's words fit.
    assert "Fathom Legal AI lead · joined Series A of $20M" in row


async def test_space_on_co_investors_sharing_a_round_selects_each_ones_deals(tmp_path: Path):
    async with investor_page(tmp_path, "Andreessen Horowitz") as (app, pilot, page):
        page.move_to(row_index(page, "Index Ventures"))  # Helix A
        await pilot.press("space")
        page.move_to(row_index(page, "Sequoia Capital"))  # Helix A (selected already), Helix B, Tessera C
        await pilot.press("space")
        await settle(pilot)
        status = app.screen.query_one(StatusBar).render().plain
        assert len(app.selection) == 3  # its first round selected already: space still selects them all
        assert "Selected the 3 rounds shared with Sequoia Capital" in status
        await pilot.press("space")  # again: every one of its deals selected, so all unselected
        await settle(pilot)
        assert len(app.selection) == 0


async def test_a_pages_own_records_leave_out_the_co_investors_deals(tmp_path: Path):
    async with investor_page(tmp_path, "Kima Ventures") as (app, pilot, page):
        refs = list(page.rows.refs())
    assert len(refs) == 1  # its own round joined; Y Combinator's line adds nothing e or ctrl+a would take


async def test_a_co_investor_line_is_marked_only_when_all_its_deals_are_and_names_both_funds(tmp_path: Path):
    async with investor_page(tmp_path, "Andreessen Horowitz") as (app, pilot, page):
        page.move_to(row_index(page, "Index Ventures"))  # Helix A, which Sequoia shares too
        await pilot.press("space")
        await settle(pilot)
        sequoia = page.rows[row_index(page, "Sequoia Capital")]
        index = page.rows[row_index(page, "Index Ventures")]
        assert app.screen._is_marked(index) and not app.screen._is_marked(sequoia)
        assert app.selection.label == "Andreessen Horowitz with Index Ventures"
