"""`o` orders a big investor's Portfolio by date, by amount (largest first) or by company name: the
page stays virtual (only the rows drawn are made), and the order holds when the page is read again."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from ai_deals.store import Store
from ai_deals.store.names import fold
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.company_rows import PageRows
from ai_deals.tui.screens.help import HelpScreen
from ai_deals.tui.widgets.status_bar import StatusBar
from ai_deals.tui.widgets.virtual_list import VirtualList

from factories import import_deal_file
from tui_helpers import settle

HEADER = "company,investor,kind,amount,currency,date,round_type,source_url,source_title"
INVESTMENTS = 3000
NAMES = ["Ōka Labs", "zorg AI", "Bémon", "Axa Data", "Nexar", "élan Robotics", "Miwro", "Quill"]


@pytest.fixture(scope="module")
def megafund_db(tmp_path_factory) -> Path:
    """3,000 investments by Megafund Capital (as the tester's mega.csv), in no order."""
    folder = tmp_path_factory.mktemp("megafund")
    pick = random.Random(36)
    rows = []
    for i in range(INVESTMENTS):
        name = f"{NAMES[i % len(NAMES)]} {i}"
        amount = pick.randrange(1, 500) * 100_000
        date = f"{pick.randrange(2005, 2025)}-{pick.randrange(1, 13):02}-{pick.randrange(1, 29):02}"
        rows.append(
            f"{name},Megafund Capital,investment,{amount},USD,{date},seed,https://m.example/{i},backs {i}"
        )
    deals = folder / "mega.csv"
    deals.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    with Store.open(folder / "deals.db") as store:
        import_deal_file(store, deals, HEADER)
    return folder / "deals.db"


async def open_megafund(pilot, store) -> VirtualList:
    pilot.app.open_company(store.find_company("Megafund Capital").id, "Megafund Capital")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CompanyScreen)
    return pilot.app.screen.query_one("#page", VirtualList)


def portfolio_header(page: VirtualList) -> str:
    return next(row.pieces[0][0] for row in page.rows[:10] if row.pieces[0][0].startswith("Portfolio"))


def first_rows(page: VirtualList, count: int = 20) -> list:
    start = page.rows.section_start("Portfolio")
    return page.rows[start : start + count]


def amount_of(row) -> float:
    return next(value for value, role, _ in row.pieces if role == "amount")


async def test_o_orders_the_portfolio_by_amount_then_by_name_then_by_date_again(megafund_db: Path):
    with Store.open(megafund_db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            page = await open_megafund(pilot, store)
            dates = [row.pieces[0][0] for row in first_rows(page)]
            assert dates == sorted(dates)
            assert portfolio_header(page) == "Portfolio (3,000)"

            await pilot.press("o")
            await settle(pilot)
            assert portfolio_header(page) == "Portfolio (3,000 · by amount)"
            assert page.cursor == page.rows.section_start("Portfolio")  # the largest first, in view
            invested = {stake.company_id: stake.amount for stake in app.screen.page.portfolio}
            amounts = [invested[row.target_id] for row in first_rows(page)]
            assert amounts == sorted(amounts, reverse=True)
            assert amounts[0] == max(invested.values())
            assert app.screen.query_one(StatusBar).message.startswith("Portfolio by amount")

            await pilot.press("o")
            await settle(pilot)
            assert portfolio_header(page) == "Portfolio (3,000 · by name)"
            names = [row.target_name for row in first_rows(page, 50)]
            assert names == sorted(names, key=fold)
            assert names[0].startswith("Axa Data")

            await pilot.press("o")
            await settle(pilot)
            assert portfolio_header(page) == "Portfolio (3,000)"
            assert [row.pieces[0][0] for row in first_rows(page)] == dates


async def test_ordering_a_big_portfolio_makes_only_the_rows_drawn(megafund_db: Path):
    with Store.open(megafund_db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            page = await open_megafund(pilot, store)
            await pilot.press("o", "o")
            await settle(pilot)
            rows = page.rows
            assert isinstance(rows, PageRows)
            made = sum(row is not None for row in rows._made)
            assert made < 200, made  # a screenful and the section headers, not 3,000


async def test_the_order_holds_when_the_page_is_read_again_and_o_is_named(megafund_db: Path):
    with Store.open(megafund_db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            page = await open_megafund(pilot, store)
            assert app.screen.query_one(StatusBar).message.endswith("· o order")
            await pilot.press("o")
            await settle(pilot)
            app.screen.read_again()
            await settle(pilot)
            assert portfolio_header(page) == "Portfolio (3,000 · by amount)"
            await pilot.press("question_mark")
            assert isinstance(app.screen, HelpScreen)
            assert any(keys == "o" and what == "Order" for keys, what, _ in app.screen.rows)
