"""A raise two sources date apart, on the company page: one round row, the dates' disagreement under
"Conflicting figures", the valuation drawn once in the chart; and the same page read from an export
imported into a new database."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.widgets.charts import CompanyCharts, FundingChart

from tui_helpers import settle

ROOT = Path(__file__).resolve().parents[2]
FT = ROOT / "tests" / "fixtures" / "articles_holdout68" / "en_ft_ledgerline.txt"  # its Series C: 2021-06-08
DEALS = (
    "company,investors,round_type,amount,currency,date,source_url,source_title,publisher\n"
    "Ledgerline,Tiger Global; Index Ventures,Series C,120000000,USD,2021-06-07,"
    "https://dealroom.example/l,Series C,Dealroom\n"
)


@pytest.fixture
def databases(tmp_path: Path, monkeypatch, capsys) -> list[Path]:
    """The FT's article and a Dealroom row of its Series C dated a day earlier, and a new database its
    export went into."""
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))
    deals, original, copy = tmp_path / "deals.csv", tmp_path / "original.db", tmp_path / "copy.db"
    deals.write_text(DEALS, encoding="utf-8")
    export = tmp_path / "export.json"
    for argv in (
        ["--db", str(original), "--empty", "import", str(FT), str(deals)],
        ["--db", str(original), "export", "--out", str(export)],
        ["--db", str(copy), "--empty", "import", str(export)],
    ):
        assert main(argv) == 0
    capsys.readouterr()
    return [original, copy]


def row_text(row) -> str:
    return "".join(text for text, _, _ in row.pieces)


@pytest.mark.parametrize("which", [0, 1], ids=["original", "exported and imported back"])
async def test_a_raise_dated_apart_is_one_row_a_conflict_and_one_valuation_in_the_chart(databases, which):
    store = Store(databases[which])
    app = DealsApp(store)
    try:
        async with app.run_test(size=(120, 50)) as pilot:
            app.open_company(store.find_company("Ledgerline").id, "Ledgerline")
            await settle(pilot)
            rows = [row_text(row) for row in app.screen.query_one("#page").rows]
            series_c = [text for text in rows if "Series C" in text and "$120M" in text and "valued" in text]
            assert len(series_c) == 1 and "2021-06-07" in series_c[0] and "2 sources" in series_c[0]
            (dates,) = [text for text in rows if text.startswith("dates of round")]
            assert dates.startswith("dates of round 2021-06-07: 2021-06-07 vs 2021-06-08 · per Series C vs")
            chart = app.screen.query_one("#company-charts", CompanyCharts).query_one(FundingChart)
            drawn = "\n".join(line.text for line in chart.render_lines(chart.region.reset_offset))
            assert drawn.count("$1.1B") == 1 and drawn.count("$120M") == 1
    finally:
        store.close()
