"""A call-off's source, named in the company page's chart ("called off (Daily, 2026-05-10)"), is data: a
publisher written with a terminal escape sequence or markup in an article's header must show as placeholders
and literal brackets, never reach the terminal raw. Articles written for these tests."""

from __future__ import annotations

from pathlib import Path

from ai_deals.importers.article import parse_article
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp

from tui_helpers import settle

RAISED = "Zeta raised $2 billion from Nvidia, the AI startup said on Monday."
ABANDONED = "Nvidia has abandoned plans to invest $2 billion in Zeta, people familiar with the matter said."
HOSTILE_PUBLISHER = "Evil\x1b[2JDaily[@click=app.quit]"
FORBIDDEN = {chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}


def screen_text(app) -> str:
    """Every character the terminal would be sent for the current screen."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_a_call_off_by_a_hostile_publisher_reaches_the_chart_as_placeholders(tmp_path: Path):
    with Store.open(tmp_path / "hostile32.db") as store:
        store.import_source(parse_article(RAISED, title="Wire", published="2026-03-02", publisher="Wire"))
        store.import_source(
            parse_article(ABANDONED, title="Drops", published="2026-05-10", publisher=HOSTILE_PUBLISHER)
        )
        app = DealsApp(store)
        async with app.run_test(size=(160, 50)) as pilot:
            app.open_company(store.find_company("Zeta").id, "Zeta")
            await settle(pilot)
            chart = "\n".join(line.plain for line in app.screen.query_one("FundingChart").lines(150))
            assert "called off (Evil␛[2JDaily[@click=app.quit], 2026-05-10)" in chart
            drawn = set(screen_text(app).replace("\n", ""))
            assert not (drawn & FORBIDDEN), sorted(drawn & FORBIDDEN)
            assert app.is_running
