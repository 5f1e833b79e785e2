"""A page of an investor in thousands of rounds: built off the UI thread, drawn a screenful at a time,
and shown again at once on coming back to it."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens import company as company_screen
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.source import SourceScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from factories import import_deal_file
from tui_helpers import hold_whole_reads, settle, shown_lines

ROUNDS = 5000


@pytest.fixture(scope="module")
def big_investor_db(tmp_path_factory) -> Path:
    """A deal file where "Omni Capital" joins 5,000 rounds, one company's each."""
    folder = tmp_path_factory.mktemp("big")
    path = folder / "rounds.csv"
    rows = [
        f"Startup {n:04d},Omni Capital; Angel {n % 7},round,{(n + 1) * 1000},USD,2020-01-{n % 28 + 1:02d}"
        for n in range(ROUNDS)
    ]
    path.write_text("company,investors,kind,amount,currency,date\n" + "\n".join(rows) + "\n")
    db = folder / "big.db"
    with Store.open(db) as store:
        import_deal_file(store, path)
    return db


class Counting:
    """Wraps a callable, counting its calls and the threads they ran on."""

    def __init__(self, function) -> None:
        self.function = function
        self.calls = 0
        self.threads: set[str] = set()

    def __call__(self, *args, **kwargs):
        self.calls += 1
        self.threads.add(threading.current_thread().name)
        return self.function(*args, **kwargs)


async def open_big_investor(pilot, store: Store) -> CompanyScreen:
    await settle(pilot)
    company = store.find_company("Omni Capital", exact=True)
    pilot.app.open_company(company.id, company.name)
    await settle(pilot)
    assert isinstance(pilot.app.screen, CompanyScreen)
    return pilot.app.screen


async def test_a_page_of_an_investor_in_5000_rounds_draws_only_the_rows_on_screen(
    big_investor_db, monkeypatch
):
    drawn = Counting(company_screen.render_page_row)
    built = Counting(company_screen.build_rows)
    monkeypatch.setattr(company_screen, "render_page_row", drawn)
    monkeypatch.setattr(company_screen, "build_rows", built)
    with Store.open(big_investor_db) as store:
        async with DealsApp(store).run_test(size=(100, 30)) as pilot:
            screen = await open_big_investor(pilot, store)
            rows = screen.query_one("#page", VirtualList).rows
            assert sum(1 for row in rows if row.ref is not None) >= ROUNDS
            assert drawn.calls <= 2 * 30  # a screenful (drawn again at most once), not 5,000 rows
            assert built.calls == 2  # the first rows (Store.company_head), then the whole page
            assert threading.main_thread().name not in built.threads  # built in the worker


async def test_a_big_investor_page_makes_only_the_rows_it_shows_and_still_exports_every_record(
    big_investor_db, monkeypatch
):
    """Its 5,000 rounds joined are 5,000 rows made as the list asks for them (as it draws or walks
    them), not all of them before the page is shown; `e` still takes every record."""
    from ai_deals.tui.screens import company_rows

    made = Counting(company_rows.round_investor_row)
    monkeypatch.setattr(company_rows, "round_investor_row", made)
    with Store.open(big_investor_db) as store:
        async with DealsApp(store).run_test(size=(100, 30)) as pilot:
            screen = await open_big_investor(pilot, store)
            assert screen.page is not None
            assert made.calls <= 3 * 30, "a few screenfuls, not 5,000 rows"
            refs, _ = screen.export_scope()
            assert len(refs) == ROUNDS and made.calls <= 3 * 30
            await pilot.press("end")
            await settle(pilot)
            row = screen.query_one("#page", VirtualList).highlighted
            assert row is not None and row.role == "source"


async def test_back_from_a_source_shows_the_page_without_reading_it_again(big_investor_db):
    with Store.open(big_investor_db) as store:
        company = Counting(store.company)
        store.company = company
        async with DealsApp(store).run_test(size=(100, 30)) as pilot:
            page = await open_big_investor(pilot, store)
            await pilot.press("s")
            await settle(pilot)
            assert isinstance(pilot.app.screen, SourceScreen)
            await pilot.press("escape")
            await settle(pilot)
            assert pilot.app.screen is page
            assert company.calls == 1
            assert page.query_one("#page", VirtualList).rows  # shown as it was


async def test_back_to_a_page_after_a_write_reads_it_again(big_investor_db, tmp_path):
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(big_investor_db, db)
    with Store.open(db) as store:
        company = Counting(store.company)
        store.company = company
        async with DealsApp(store).run_test(size=(100, 30)) as pilot:
            page = await open_big_investor(pilot, store)
            await pilot.press("s")
            await settle(pilot)
            ref = page.query_one("#page", VirtualList).highlighted.ref
            store.review(ref, "rejected")  # as the review screen would, from the source view
            await pilot.press("escape")
            await settle(pilot)
            assert company.calls == 2
            assert all(row.ref != ref for row in page.query_one("#page", VirtualList).rows)


async def test_a_big_investor_page_shows_its_first_rows_before_the_whole_page_is_read(big_investor_db):
    """The top of the page is read first (milliseconds) and drawn while the whole page (a second or
    more for 15,000 rounds) is read: here the whole read is held until the first rows are checked."""
    with Store.open(big_investor_db) as store:
        whole_read_started, release = hold_whole_reads(store)
        async with DealsApp(store).run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            company = store.find_company("Omni Capital", exact=True)
            pilot.app.open_company(company.id, company.name)
            await whole_read_started.wait()
            screen = pilot.app.screen
            assert isinstance(screen, CompanyScreen)
            page_list = screen.query_one("#page", VirtualList)
            lines = shown_lines(page_list)
            assert any("Portfolio (more loading…)" in line for line in lines)
            assert sum("joined" in line for line in lines) >= 10  # a screenful of rounds joined
            assert screen.page is None  # no counts, charts or export from a part of the page
            release.set()
            await settle(pilot)
            assert screen.page is not None
            assert sum(1 for row in page_list.rows if row.ref is not None) >= ROUNDS
            assert not any("loading" in line for line in shown_lines(page_list))


async def test_esc_on_the_first_rows_of_a_big_page_does_not_read_the_rest(big_investor_db, monkeypatch):
    """Leaving the page while its first rows are shown cancels the read of the whole page (a second
    of CPU for 15,000 rounds, for a page nobody shows any more)."""
    held: list[threading.Event] = []
    arrived = asyncio.Event()
    handle = CompanyScreen.on_company_loaded

    def holding(screen, message) -> None:
        if message.shown is not None:  # the first rows: the worker waits until the test lets it go
            held.append(message.shown)
            message.shown = None
            arrived.set()
        handle(screen, message)

    asked, answers = threading.Event(), []
    current_worker = company_screen.get_current_worker

    def watched_worker():
        worker = current_worker()
        answers.append(worker.is_cancelled)
        asked.set()
        return worker

    monkeypatch.setattr(CompanyScreen, "on_company_loaded", holding)
    monkeypatch.setattr(company_screen, "get_current_worker", watched_worker)
    with Store.open(big_investor_db) as store:
        company = Counting(store.company)
        store.company = company
        async with DealsApp(store).run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            omni = store.find_company("Omni Capital", exact=True)
            pilot.app.open_company(omni.id, omni.name)
            await arrived.wait()
            await pilot.press("escape")
            await settle(pilot)
            held[0].set()
            assert await asyncio.to_thread(asked.wait, 30)
            assert answers == [True]
            assert company.calls == 0


async def test_the_first_rows_of_a_big_investor_page_come_with_its_charts_when_they_are_whole(tmp_path):
    """An investor in 300 rounds with one stake of its own: its first rows cut the rounds joined, not
    its stakes, so its investments chart is drawn with them (not a moment later, moving the list)."""
    from ai_deals.tui.widgets.charts import CompanyCharts, InvestmentsChart

    rows = [f"Startup {n:03d},Omni Capital,round,{n + 1}000,USD,2020-02-{n % 28 + 1:02d}" for n in range(300)]
    rows.append("Solo Robotics,Omni Capital,investment,5000000,USD,2020-01-05")
    path = tmp_path / "deals.csv"
    path.write_text("company,investor,kind,amount,currency,date\n" + "\n".join(rows) + "\n")
    with Store.open(tmp_path / "d.db") as store:
        import_deal_file(store, path)
        omni = store.find_company("Omni Capital", exact=True)
        head = store.company_head(omni.id)
        assert head.cut == ["rounds_joined"] and len(head.portfolio) == 1
        whole_read_started, release = hold_whole_reads(store)
        async with DealsApp(store).run_test(size=(100, 40)) as pilot:
            await settle(pilot)
            pilot.app.open_company(omni.id, omni.name)
            await whole_read_started.wait()
            screen = pilot.app.screen
            assert screen.page is None
            assert screen.query_one(InvestmentsChart).sections
            assert screen.query_one(CompanyCharts).has_content
            release.set()
            await settle(pilot)
            assert screen.page is not None and screen.query_one(InvestmentsChart).sections


async def test_a_big_investor_pages_record_count_is_what_e_exports_without_a_reference_made_per_record(
    big_investor_db, monkeypatch
):
    """The status line's count of an investor's records was `len(page.refs)`: a reference model made
    for each of 15,000 rounds joined (0.2 s of the page's read), to be counted and dropped. It is
    counted now; `e` still makes them, and exports as many."""
    from ai_deals.store.models import CompanyPage
    from ai_deals.tui.widgets.status_bar import StatusBar

    made = Counting(CompanyPage.refs.fget)
    monkeypatch.setattr(CompanyPage, "refs", property(made))
    with Store.open(big_investor_db) as store:
        async with DealsApp(store).run_test(size=(100, 30)) as pilot:
            screen = await open_big_investor(pilot, store)
            assert made.calls == 0
            count = len(screen.page.refs)
            assert count >= ROUNDS and screen.page.ref_count == count
            assert f"{count:,} records" in screen.query_one(StatusBar).message
            refs, _title = screen.export_scope()
            assert len(refs) == count


async def test_a_big_page_read_is_spared_the_collectors_scan_of_it_as_young_objects(
    big_investor_db, monkeypatch
):
    from ai_deals.store import collector

    spared = Counting(collector.spare_what_was_made)
    monkeypatch.setattr(company_screen, "spare_what_was_made", spared)
    monkeypatch.setattr(company_screen, "LARGE_PAGE", ROUNDS)
    with Store.open(big_investor_db) as store:
        async with DealsApp(store).run_test(size=(100, 30)) as pilot:
            screen = await open_big_investor(pilot, store)
            assert len(screen.query_one("#page", VirtualList).rows) > ROUNDS
            assert spared.calls == 1 and threading.main_thread().name not in spared.threads


def test_a_companys_sources_in_a_big_deal_file_are_looked_up_from_its_own_records(big_investor_db):
    """Finding which sources a deal file's rows about a company cite went through every evidence row
    of the file (108,000 in the benchmarks' file: 0.06 s for a company in two rows, 0.2 s for an
    investor in 15,000); it starts from the company's records now."""
    with Store.open(big_investor_db) as store:
        statements: list[str] = []
        store.db.conn.set_trace_callback(statements.append)
        company = store.find_company("Startup 0042", exact=True)
        (source,) = store.company(company.id).sources
        store.db.conn.set_trace_callback(None)
        assert source.focus is not None
        (cited,) = [sql for sql in statements if "GROUP BY e.cited_title" in sql]
        plan = " | ".join(row[3] for row in store.db.conn.execute("EXPLAIN QUERY PLAN " + cited))
        assert "SEARCH e USING INDEX evidence_record" in plan, plan
