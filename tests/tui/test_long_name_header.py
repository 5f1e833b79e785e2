"""A very long company name is cut short in the page's header so that its summary stays visible."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp

from factories import import_deal_file
from tui_helpers import settle, shown

HEADER = "company,investor,amount,currency,round_type,date"
NAME = "A" * 200


@pytest.mark.parametrize("width", [80, 120])
async def test_a_long_names_page_header_keeps_its_summary_in_view(tmp_path: Path, width: int):
    deals = tmp_path / "deals.csv"
    rows = [f"{NAME},Inv{i} Capital,{i + 1}000000,USD,Seed,2024-0{i + 1}-01" for i in range(4)]
    deals.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "deals.db") as store:
        import_deal_file(store, deals, HEADER)
        app = DealsApp(store)
        async with app.run_test(size=(width, 30)) as pilot:
            app.open_company(store.find_company(NAME).id, NAME)
            await settle(pilot)
            header = app.screen.query_one("#company-title")
            line = shown(app, "#company-title")
            assert line.endswith("4 rounds · 4 investors · 1 source")
            assert line.startswith("AAAAAAAAAAAA") and "…" in line
            assert len(line) <= header.content_size.width
            assert header.tooltip.plain == NAME  # the whole name stays at hand (a Text: never markup)


async def test_a_short_names_header_is_the_name_and_its_summary(tmp_path: Path):
    deals = tmp_path / "deals.csv"
    deals.write_text(f"{HEADER}\nZorg,Bar Capital,1000000,USD,Seed,2024-01-01\n", encoding="utf-8")
    with Store.open(tmp_path / "deals.db") as store:
        import_deal_file(store, deals, HEADER)
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            app.open_company(store.find_company("Zorg").id, "Zorg")
            await settle(pilot)
            assert shown(app, "#company-title") == "Zorg   raised $1M · 1 round · 1 investor · 1 source"
            assert app.screen.query_one("#company-title").tooltip is None
