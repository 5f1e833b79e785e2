"""A page's header gives the name priority: counts of none are left out ("0 rounds · 0 investors"
on an investor's page cut "Megafund Capital" to "Megafund Ca…" at 80 columns), and a summary too
long for the line is cut after a name of ordinary length, not the name."""

from __future__ import annotations

from pathlib import Path

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.widgets.title_line import fitted_title

from factories import import_deal_file
from tui_helpers import settle, shown

HEADER = "company,investor,kind,amount,currency,date,round_type,source_url,source_title"


async def test_an_investors_header_leaves_out_counts_of_none_and_keeps_its_name(tmp_path: Path):
    deals = tmp_path / "mega.csv"
    rows = [
        f"Startup {i},Megafund Capital,investment,{i + 1}000000,USD,2020-01-{i + 1:02},seed,"
        f"https://mega.example/{i},Megafund backs Startup {i}"
        for i in range(12)
    ]
    deals.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "deals.db") as store:
        import_deal_file(store, deals, HEADER)
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            app.open_company(store.find_company("Megafund Capital").id, "Megafund Capital")
            await settle(pilot)
            line = shown(app, "#company-title")
            assert line.startswith("Megafund Capital   backed 12 companies")
            assert "0 rounds" not in line and "0 investors" not in line
            assert app.screen.query_one("#company-title").tooltip is None


def test_a_summary_too_long_for_the_line_is_cut_after_the_name():
    summary = "raised $1.2B · 14 rounds · 230 investors · backed 3,000 companies · 3,000 sources"
    line = fitted_title("Megafund Capital", summary, 60).plain
    assert line.startswith("Megafund Capital   raised $1.2B")
    assert line.endswith("…") and len(line) == 60
