"""A raise an article and a deal file both tell is one round on the company page and in its chart;
selecting it takes both records, reviewing it shows each source's fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import Store
from ai_deals.store.models import RecordRef
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.review import ReviewScreen
from ai_deals.tui.widgets.charts import CompanyCharts, FundingChart

from factories import import_deal_file
from tui_helpers import settle

SENTENCE = "OpenAI raised $40 billion led by SoftBank on March 31, 2025."
HEADER = "company,investors,kind,amount,currency,date"
ROW = "OpenAI,SoftBank,round,40000000000,USD,2025-03-31"


@pytest.fixture
def told_twice(tmp_path: Path):
    store = Store(tmp_path / "deals.db")
    fact = Fact(
        kind="round",
        company="OpenAI",
        investors=["SoftBank"],
        amount=40e9,
        currency="USD",
        bound="exact",
        date="2025-03-31",
        date_precision="day",
        sentence=SENTENCE,
        start=0,
        end=len(SENTENCE),
    )
    store.import_source(ParsedSource(title="OpenAI closes record round", text=SENTENCE, facts=[fact]))
    deals = tmp_path / "deals.csv"
    deals.write_text(f"{HEADER}\n{ROW}\n", encoding="utf-8")
    import_deal_file(store, deals, HEADER)
    yield store
    store.close()


async def test_a_raise_two_sources_tell_is_one_round_row_and_one_bar_selected_and_reviewed_whole(told_twice):
    app = DealsApp(told_twice)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_company(told_twice.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        page = app.screen.query_one("#page")
        round_rows = [i for i, row in enumerate(page.rows) if row.ref and row.ref.record_type == "round"]
        # One round row (the investor row below it names the same round, for SoftBank).
        assert len({page.rows[i].ref for i in round_rows}) == 1
        ((index, row),) = [(i, page.rows[i]) for i in round_rows if page.rows[i].target_id is None]
        assert "2 sources" in "".join(text for text, _, _ in row.pieces)
        assert len(row.refs) == 2

        chart = app.screen.query_one("#company-charts", CompanyCharts).query_one(FundingChart)
        drawn = "\n".join(line.text for line in chart.render_lines(chart.region.reset_offset))
        assert drawn.count("$40B") == 1

        page.move_to(index)
        await pilot.press("space")
        assert set(app.selection.refs) == set(row.refs) and app.selected_count == 2
        assert all(isinstance(ref, RecordRef) for ref in app.selection.refs)

        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert {record.ref for record in app.screen.records} == set(row.refs)
        sentences = {record.evidence[0].sentence for record in app.screen.records}
        assert sentences == {SENTENCE, ROW}
