"""An investor with hundreds of stakes and rounds joined: keys stay quick once the page is whole, its
chart adds the stakes up by year, a closed page lets go of its rows, `e` while it loads says so, and a
cursor moved while it loads stays in view."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.company_rows import PageRow
from ai_deals.tui.screens.search import SearchScreen
from ai_deals.tui.widgets import charts
from ai_deals.tui.widgets.charts import InvestmentsChart
from ai_deals.tui.widgets.virtual_list import VirtualList

from factories import import_deal_file
from tui_helpers import hold_whole_reads, settle

STAKES = 600
JOINED = 400


@pytest.fixture(scope="module")
def giga_db(tmp_path_factory) -> Path:
    """ "Giga Fund": 600 stakes of its own (2000–2011) and 400 rounds joined (2000–2024), more than
    the first rows of a page (200 of each list)."""
    folder = tmp_path_factory.mktemp("giga")
    path = folder / "giga.csv"
    rows = [
        f"Target {n:04d},Giga Fund,investment,{n + 1}000,USD,{2000 + n % 12}-03-{n % 28 + 1:02d}"
        for n in range(STAKES)
    ]
    rows += [
        f"Joined {n:04d},Giga Fund; Co Cap {n % 5},round,{n + 1}000,USD,{2000 + n % 25}-06-{n % 28 + 1:02d}"
        for n in range(JOINED)
    ]
    path.write_text("company,investors,kind,amount,currency,date\n" + "\n".join(rows) + "\n")
    db = folder / "giga.db"
    with Store.open(db) as store:
        import_deal_file(store, path)
    return db


async def open_giga_first_rows(pilot, store: Store, started) -> None:
    """Open Giga Fund's page and wait until its whole read has started (and is held: `hold_whole_reads`)."""
    await settle(pilot)
    company = store.find_company("Giga Fund", exact=True)
    pilot.app.open_company(company.id, company.name)
    await started.wait()


async def open_giga(pilot, store: Store) -> CompanyScreen:
    await settle(pilot)
    company = store.find_company("Giga Fund", exact=True)
    pilot.app.open_company(company.id, company.name)
    await settle(pilot)
    assert isinstance(pilot.app.screen, CompanyScreen) and pilot.app.screen.page is not None
    return pilot.app.screen


async def test_an_investor_in_600_stakes_has_a_chart_of_its_stakes_by_year(giga_db):
    with Store.open(giga_db) as store:
        async with DealsApp(store).run_test(size=(100, 40)) as pilot:
            screen = await open_giga(pilot, store)
            chart = screen.query_one(InvestmentsChart)
            lines = [line.plain for line in chart.lines(96)]
            assert len(lines) <= charts.MAX_BARS + 1  # the title and a bar per year, not 600 bars
            assert lines[1].startswith("2000") and "50 stakes" in lines[1]
            assert lines[-1].startswith("2011")


async def test_a_big_investor_pages_charts_are_drawn_once(giga_db, monkeypatch):
    """Every layout pass drew the charts' lines anew, twice (their height, then their text): with a
    bar per stake, seconds on opening a 30,000-stake investor and again on Esc back to it."""
    drawn = []
    section_lines = charts.section_lines
    monkeypatch.setattr(
        charts, "section_lines", lambda *a: drawn.append((a[0].title, a[1])) or section_lines(*a)
    )
    with Store.open(giga_db) as store:
        async with DealsApp(store).run_test(size=(100, 40)) as pilot:
            page = await open_giga(pilot, store)
            for key in ("end", "up", "home", "down"):
                await pilot.press(key)
            await pilot.press("enter")  # the highlighted stake's company
            await settle(pilot)
            assert pilot.app.screen is not page
            await pilot.press("escape")
            await settle(pilot)
            assert pilot.app.screen is page
            widths = [width for title, width in drawn if title == "Investments over time"]
            # Once per width: a scrollbar coming and going may make a layout ask for a second one.
            assert widths and len(widths) == len(set(widths)) <= 2, widths


async def test_a_big_investor_page_closed_keeps_none_of_its_rows(giga_db):
    """Each page opened stayed in memory (the thread of its last worker holds on to the screen):
    505 MB after opening a 30,000-row page, then 989, 1,048 MB… on opening it again."""
    with Store.open(giga_db) as store:
        async with DealsApp(store).run_test(size=(100, 40)) as pilot:
            for _ in range(2):
                await open_giga(pilot, store)
                await pilot.press("escape")
                await settle(pilot)
                assert isinstance(pilot.app.screen, SearchScreen)
            gc.collect()
            assert sum(isinstance(o, PageRow) for o in gc.get_objects()) == 0


async def test_e_while_a_big_page_loads_says_it_is_still_loading(giga_db):
    with Store.open(giga_db) as store:
        started, release = hold_whole_reads(store)
        async with DealsApp(store).run_test(size=(100, 40)) as pilot:
            await open_giga_first_rows(pilot, store, started)
            await pilot.press("e")
            notes = [n.message for n in pilot.app._notifications]
            release.set()
            await settle(pilot)
            assert notes == ["This page is still loading: press e again in a moment to export all of it."]


async def test_a_cursor_moved_while_a_big_page_loads_stays_in_view_when_the_rest_comes(giga_db):
    """The rest of the page brings the charts on top, which shrinks the list: the highlighted row
    was left below the visible part."""
    with Store.open(giga_db) as store:
        started, release = hold_whole_reads(store)
        async with DealsApp(store).run_test(size=(80, 24)) as pilot:
            await open_giga_first_rows(pilot, store, started)
            await pilot.pause()
            page_list = pilot.app.screen.query_one("#page", VirtualList)
            for _ in range(5):
                await pilot.press("down")
            highlighted = page_list.highlighted
            release.set()
            await settle(pilot)
            assert page_list.highlighted == highlighted
            top = int(page_list.scroll_offset.y)
            assert top <= page_list.cursor < top + page_list.scrollable_content_region.height


async def test_an_investors_portfolio_is_in_one_date_order_with_counts_people_read(giga_db):
    with Store.open(giga_db) as store:
        async with DealsApp(store).run_test(size=(100, 40)) as pilot:
            screen = await open_giga(pilot, store)
            rows = screen.query_one("#page", VirtualList).rows
            start = next(i for i, row in enumerate(rows) if row.pieces[0][0].startswith("Portfolio"))
            assert rows[start].pieces[0][0] == f"Portfolio ({STAKES + JOINED:,})"
            dates = [row.pieces[0][0] for row in rows[start + 1 : start + 1 + STAKES + JOINED]]
            assert dates == sorted(dates)
            title = screen.query_one("#company-title").render().plain
            assert f"backed {STAKES + JOINED:,} companies" in title


async def test_the_highlighted_row_stays_in_view_when_the_charts_above_the_list_are_shown(giga_db):
    """The charts drawn above the list (`c`, or the rest of a big page arriving) make it shorter: a
    cursor near its bottom was left below the visible part."""
    with Store.open(giga_db) as store:
        async with DealsApp(store).run_test(size=(80, 24)) as pilot:
            screen = await open_giga(pilot, store)
            await pilot.press("c")  # the charts hidden: the list has the height of the screen
            await pilot.pause()
            page_list = screen.query_one("#page", VirtualList)
            tall = page_list.scrollable_content_region.height
            for _ in range(tall - 2):
                await pilot.press("down")
            await pilot.press("c")
            await settle(pilot)
            top = int(page_list.scroll_offset.y)
            assert page_list.scrollable_content_region.height < tall
            assert top <= page_list.cursor < top + page_list.scrollable_content_region.height


async def test_a_big_page_is_spared_the_garbage_collectors_scans_while_it_is_shown(giga_db, monkeypatch):
    """A full pass over 30,000 rows and their records cost ~250 ms, landing on a random key."""
    from ai_deals.tui.screens import company as company_screen

    monkeypatch.setattr(company_screen, "LARGE_PAGE", STAKES)
    gc.unfreeze()
    with Store.open(giga_db) as store:
        async with DealsApp(store).run_test(size=(100, 40)) as pilot:
            await open_giga(pilot, store)
            assert gc.get_freeze_count() > STAKES + JOINED
            await pilot.press("escape")
            await settle(pilot)
            assert gc.get_freeze_count() == 0


def test_a_chart_of_30_years_of_stakes_adds_the_earliest_years_up_in_one_bar():
    """Past 24 years the earliest were left out of the chart without a word."""
    dated = [
        (f"{year}-05-01", charts.Bar(str(year), committed=1.0, amount_text="$1", currency="USD"))
        for year in range(1996, 2026)
        for _ in range(2)
    ]
    dated.append((None, charts.Bar("", committed=1.0, amount_text="$1", currency="USD")))
    bars = charts.by_year(dated, "stake")
    assert len(bars) == charts.MAX_BARS
    assert (bars[0].label, bars[0].detail, bars[0].committed) == ("1996–2003", "16 stakes", 16.0)
    assert [bar.label for bar in bars[1:3]] == ["2004", "2005"]
    assert (bars[-1].label, bars[-1].detail) == ("undated", "1 stake")


async def test_a_big_investor_pages_chart_is_shown_with_its_first_rows_so_the_list_does_not_jump(giga_db):
    """The chart came only with the whole page, pushing the list, read meanwhile, down the screen.
    It is drawn from the first rows, its title saying so, and redrawn whole when the rest comes."""
    with Store.open(giga_db) as store:
        started, release = hold_whole_reads(store)
        async with DealsApp(store).run_test(size=(100, 40)) as pilot:
            await open_giga_first_rows(pilot, store, started)
            await pilot.pause()
            chart = pilot.app.screen.query_one(InvestmentsChart)
            page_list = pilot.app.screen.query_one("#page", VirtualList)
            assert chart.display and "loading" in chart.sections[0].title
            top_while_loading = page_list.region.y
            release.set()
            await settle(pilot)
            assert chart.sections[0].title == "Investments over time"
            assert abs(page_list.region.y - top_while_loading) <= 2, "the list jumped as the rest came"
