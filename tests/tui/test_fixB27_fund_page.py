"""A fund an investor closed (qa50 #3) is on the investor's page, as a figure: never money it raised."""

from __future__ import annotations

from pathlib import Path

from article_import import import_article

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle, shown, shown_lines, type_text

ECLAIR_FUND = """title: Éclair Ventures boucle un nouveau fonds de 300 millions d'euros
date: 2026-02-05
language: fr

Le fonds de capital-risque parisien Éclair Ventures a annoncé jeudi la clôture de son troisième fonds, Éclair Fund III, doté de 300 millions d'euros, destiné à des start-up d'intelligence artificielle en Europe.
"""


async def test_the_investors_page_lists_the_fund_it_closed_and_no_money_raised(tmp_path: Path):
    article = tmp_path / "eclair.txt"
    article.write_text(ECLAIR_FUND, encoding="utf-8")
    with Store.open(tmp_path / "fund.db") as store:
        import_article(store, article)
        app = DealsApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await type_text(pilot, "eclair ventures")
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, CompanyScreen)
            assert "raised" not in shown(app, "#company-title")
            page = "\n".join(shown_lines(app.screen.query_one("#page", VirtualList)))
            fund = next(line for line in page.splitlines() if "fund closed" in line)
            assert "€300M" in fund and "Éclair Fund III" in fund and "2026-02-05" in fund
