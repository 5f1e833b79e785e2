"""At 80×24 a row too long for the screen ends with "…", and each row puts its figures before its free
text, so what is cut is words, never an amount or a flag."""

from __future__ import annotations

from rich.text import Text

from ai_deals.store.models import RecordRef, Round, TimelineEvent
from ai_deals.tui.screens.company_rows import round_investor_row
from ai_deals.tui.screens.timeline import render_event
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle, shown_lines


async def test_a_company_page_row_cut_at_80_columns_ends_with_an_ellipsis(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        page = app.screen.query_one("#page", VirtualList)
        visible = page.scrollable_content_region.width  # left of the scrollbar
        assert visible < page.size.width, "the page scrolls at 80×24: a scrollbar takes a column"
        seen = [line[:visible] for line in shown_lines(page)]
        round_line = next(line for line in seen if "valued $730B" in line)
        assert round_line.endswith("…") and "Amazon, Nvidia" in round_line
        amazon = next(line for line in seen if "Amazon " in line and "$50B" in line)
        assert amazon.endswith("…")


def lead_round() -> Round:
    return Round(
        id=1,
        company_id=1,
        company="Nexalia",
        round_type="series_b",
        amount=350e6,
        currency="EUR",
        date="2026-01-21",
        investors=["General Catalyst", "Eurazeo"],
        lead_investors=["General Catalyst"],
        investor_company_ids=[2, 3],
    )


def test_an_investor_row_says_lead_before_the_rounds_words():
    row = round_investor_row(lead_round(), "General Catalyst", 2, outgoing=False)
    details = row.pieces[-1][0]
    assert details.startswith("lead · in the Series B of €350M")


def test_a_timeline_row_does_not_repeat_the_company_its_column_names():
    event = TimelineEvent(
        ref=RecordRef(record_type="metric", record_id=1),
        date="2026",
        company_id=1,
        company="Strøbjø Strøsveha Systemer AS",
        title="Strøbjø Strøsveha Systemer AS valuation: €1.2B",
    )
    line = render_event(event, {"muted": Text().style, "projection": Text().style}).plain
    assert line.count("Strøbjø") == 1
    assert len(line) <= 78 and line.endswith("valuation: €1.2B")
