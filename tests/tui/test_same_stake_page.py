"""A stake an article and a deal file both tell is one row on the company page and on the investor's,
drawn once in the charts; selecting it takes both records, reviewing it shows each source's fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.review import ReviewScreen
from ai_deals.tui.widgets.charts import CompanyCharts, FundingChart, InvestmentsChart

from factories import import_deal_file, make_source
from tui_helpers import settle

HEADER = "company,investor,kind,amount,currency,date"
ROW = "OpenAI,Amazon,investment,50000000000,USD,2026-02-27"


@pytest.fixture
def told_twice(tmp_path: Path):
    store = Store(tmp_path / "deals.db")
    store.import_source(make_source())
    deals = tmp_path / "deals.csv"
    deals.write_text(f"{HEADER}\n{ROW}\n", encoding="utf-8")
    import_deal_file(store, deals, HEADER)
    yield store
    store.close()


def row_text(row) -> str:
    return "".join(text for text, _, _ in row.pieces)


def chart_text(app, chart_type) -> str:
    chart = app.screen.query_one("#company-charts", CompanyCharts).query_one(chart_type)
    return "\n".join(line.text for line in chart.render_lines(chart.region.reset_offset))


async def test_a_stake_two_sources_tell_is_one_row_drawn_once_selected_and_reviewed_whole(told_twice):
    app = DealsApp(told_twice)
    async with app.run_test(size=(120, 50)) as pilot:
        app.open_company(told_twice.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        page = app.screen.query_one("#page")
        ((index, row),) = [
            (i, r)
            for i, r in enumerate(page.rows)
            if r.ref and r.ref.record_type == "stake" and "Amazon" in row_text(r)
        ]
        assert "2 sources" in row_text(row) and len(row.refs) == 2
        # The article's stake is in the round: the chart draws the round, not Amazon's money again.
        assert "Amazon" not in chart_text(app, FundingChart)

        page.move_to(index)
        await pilot.press("space")
        assert set(app.selection.refs) == set(row.refs) and app.selected_count == 2
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert {record.ref for record in app.screen.records} == set(row.refs)
        assert {record.evidence[0].sentence for record in app.screen.records} == {
            "Amazon va investir 50 milliards de dollars.",
            ROW,
        }


async def test_an_investors_page_lists_and_draws_a_stake_two_sources_tell_once(told_twice):
    app = DealsApp(told_twice)
    async with app.run_test(size=(120, 50)) as pilot:
        app.open_company(told_twice.find_company("Amazon").id, "Amazon")
        await settle(pilot)
        rows = [r for r in app.screen.query_one("#page").rows if r.ref and r.ref.record_type == "stake"]
        assert len(rows) == 1 and "2 sources" in row_text(rows[0])
        assert chart_text(app, InvestmentsChart).count("$50B") == 1
