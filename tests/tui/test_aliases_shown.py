"""A company's aliases are one string joined by "; " in the app as in `ai-deals show` and exports: a
name can hold a comma ("Kyutai, Inc."), so ", " would make one alias read as two."""

from __future__ import annotations

from pathlib import Path

from ai_deals.importers.models import CompanyInfo, Fact, ParsedSource
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp

from tui_helpers import settle

SENTENCE = "Kyutai raised $300 million on 2025-06-10."


async def test_the_company_page_joins_aliases_with_semicolons_as_a_name_may_hold_a_comma(tmp_path: Path):
    store = Store(tmp_path / "deals.db")
    fact = Fact(
        kind="round",
        company="Kyutai",
        amount=3e8,
        currency="USD",
        date="2025-06-10",
        date_precision="day",
        sentence=SENTENCE,
        start=0,
        end=len(SENTENCE),
    )
    kyutai = CompanyInfo(name="Kyutai", aliases=["Kyutai, Inc.", "le laboratoire parisien"])
    store.import_source(ParsedSource(title="Kyutai", text=SENTENCE, facts=[fact], companies=[kyutai]))
    app = DealsApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            app.open_company(store.find_company("Kyutai").id, "Kyutai")
            await settle(pilot)
            rows = ["".join(text for text, _, _ in row.pieces) for row in app.screen.query_one("#page").rows]
            assert "also known as Kyutai, Inc.; le laboratoire parisien" in rows
    finally:
        store.close()
