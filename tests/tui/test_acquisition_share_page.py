"""The company page shows an acquisition's share on both sides: "Acquired by" and "Acquisitions"."""

from __future__ import annotations

from pathlib import Path

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp

from factories import import_deal_file
from tui_helpers import settle

HEADER = "kind,company,acquirer,amount,currency,percentage,date"
ROW = "acquisition,Hélioparc,Engie,120000000,EUR,60,2016-07-06"


def acquisition_rows(app) -> list[str]:
    rows = app.screen.query_one("#page").rows
    return [
        "".join(text for text, _, _ in r.pieces) for r in rows if r.ref and r.ref.record_type == "acquisition"
    ]


async def test_both_companies_pages_show_the_share_an_acquirer_bought(tmp_path: Path):
    deals = tmp_path / "deals.csv"
    deals.write_text(f"{HEADER}\n{ROW}\n", encoding="utf-8")
    with Store.open(tmp_path / "deals.db") as store:
        import_deal_file(store, deals, HEADER)
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            for name, other in (("Hélioparc", "Engie"), ("Engie", "Hélioparc")):
                app.open_company(store.find_company(name).id, name)
                await settle(pilot)
                (row,) = acquisition_rows(app)
                assert other in row and "€120M" in row and "60%" in row


async def test_a_share_bought_of_about_a_percentage_shows_its_sign_on_the_page(tmp_path: Path):
    deals = tmp_path / "deals.csv"
    deals.write_text(f"{HEADER}\n{ROW.replace(',60,', ',~60 %,')}\n", encoding="utf-8")
    with Store.open(tmp_path / "deals.db") as store:
        import_deal_file(store, deals, HEADER)
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            app.open_company(store.find_company("Engie").id, "Engie")
            await settle(pilot)
            (row,) = acquisition_rows(app)
            assert "~60%" in row
