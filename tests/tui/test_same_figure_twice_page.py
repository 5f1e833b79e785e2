"""One figure told twice is one figure on the explorer's screens: conditional money told beside
money raised (search line, page header), a valuation two sources state listed once with "2 sources",
and an investor's part of a raise shown on its row (store/same_metric.py, money_raised.py,
same_raise.py)."""

from __future__ import annotations

from pathlib import Path

from article_import import import_article

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from factories import import_deal_file
from tui_helpers import settle, shown, shown_lines, type_text

KYRA_HEADER = "company,investor,amount,currency,date,status,bound,condition"
KYRA = (
    f"{KYRA_HEADER}\nKyra,Lightspeed,600000000,EUR,2025-05-06,,,\n"
    "Kyra,SoftBank,1000000000,EUR,2025-05-20,conditional,maximum,if Kyra meets revenue targets\n"
)
MISTRAL = {
    "fr.txt": "title: Mistral AI lève 1,7 milliard d'euros\ndate: 2025-09-09\nurl: https://example.fr/m\n"
    "language: fr\n\nMistral AI a levé 1,7 milliard d'euros lors d'une série C menée par ASML, ce qui "
    "valorise Mistral AI à 11,7 milliards d'euros après l'investissement.\n",
    "en.txt": "title: Mistral AI raises €1.7 billion\ndate: 2025-09-09\nurl: https://example.com/m\n"
    "language: en\n\nMistral AI raised €1.7 billion in a Series C led by ASML, which values Mistral AI "
    "at €11.7 billion post-money.\n",
}
ZETA = {
    "zeta.txt": "title: Zeta AI raises $20 million\ndate: 2026-02-03\nurl: https://example.org/zeta\n"
    "language: en\n\nZeta AI, a Paris-based AI startup, said on Tuesday it raised $20 million in a Series A "
    "round led by\nVantor Capital, with participation from Osk Partners.\n",
}
ZETA_HEADER = "company,investor,amount,currency,date,round,lead"
ZETA_DEALS = f"{ZETA_HEADER}\nZeta AI,Vantor Capital,12000000,USD,2026-02-03,Series A,yes\n"


async def open_page(pilot, app, query: str) -> list[str]:
    """The search line of `query`'s first result, then the page it opens (its lines)."""
    await settle(pilot)
    await type_text(pilot, query)
    await settle(pilot)
    results = shown_lines(app.screen.query_one("#results", VirtualList))
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, CompanyScreen)
    return [results[0], *shown_lines(app.screen.query_one("#page", VirtualList))]


async def test_conditional_money_is_told_apart_in_the_search_line_and_the_header(tmp_path: Path):
    deals = tmp_path / "kyra.csv"
    deals.write_text(KYRA, encoding="utf-8")
    with Store.open(tmp_path / "kyra.db") as store:
        import_deal_file(store, deals, KYRA_HEADER)
        app = DealsApp(store)
        async with app.run_test(size=(140, 40)) as pilot:
            search_line, *_ = await open_page(pilot, app, "kyra")
            assert "raised €600M (+ up to €1B conditional) · " in search_line
            assert shown(app, "#company-title").startswith("Kyra   raised €600M (+ up to €1B conditional) · ")


async def test_a_valuation_two_sources_state_is_one_row_with_two_sources(tmp_path: Path):
    with Store.open(tmp_path / "mistral.db") as store:
        for name, text in MISTRAL.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
            import_article(store, tmp_path / name)
        app = DealsApp(store)
        async with app.run_test(size=(140, 40)) as pilot:
            _, *page = await open_page(pilot, app, "mistral")
            valuations = [line for line in page if "valuation" in line and "€11.7B" in line]
            assert len(valuations) == 1 and "2 sources" in valuations[0]


async def test_an_investors_part_is_on_its_row_and_the_round_claims_one_source(tmp_path: Path):
    deals = tmp_path / "deals.csv"
    deals.write_text(ZETA_DEALS, encoding="utf-8")
    with Store.open(tmp_path / "zeta.db") as store:
        (tmp_path / "zeta.txt").write_text(ZETA["zeta.txt"], encoding="utf-8")
        import_article(store, tmp_path / "zeta.txt")
        import_deal_file(store, deals, ZETA_HEADER)
        app = DealsApp(store)
        async with app.run_test(size=(140, 40)) as pilot:
            _, *page = await open_page(pilot, app, "zeta")
            (vantor,) = [line for line in page if "Vantor Capital" in line and "in the Series A" in line]
            (osk,) = [line for line in page if "Osk Partners" in line and "in the Series A" in line]
            assert "$12M" in vantor and "2 sources" in vantor
            assert "$12M" not in osk and "sources" not in osk
            (round_row,) = [
                line for line in page if "Series A" in line and "$20M" in line and "in the" not in line
            ]
            assert "sources" not in round_row
