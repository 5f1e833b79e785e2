"""The seed's source view: titled with the article's headline, its text the article alone (no date marker)."""

from __future__ import annotations

from pathlib import Path

from ai_deals.importing import open_store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.source import SourceScreen
from ai_deals.tui.widgets.text_view import TextView

from tui_helpers import settle, shown

HEADLINE = "OpenAI raises $110B from Amazon, Nvidia and SoftBank"


async def test_the_seeds_source_is_titled_by_its_headline_and_shows_no_date_marker(tmp_path: Path):
    with open_store(tmp_path / "first.db") as store:
        (seed,) = store.sources()
        assert seed.title == HEADLINE
        app = DealsApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            app.open_source(seed.id)
            await settle(pilot)
            assert isinstance(app.screen, SourceScreen)
            assert app.screen.crumb == f"Source · {HEADLINE}"
            assert "2026-02-27" in shown(app, "#source-meta")
            view = app.screen.query_one("#source-body", TextView)
            first = "".join(view.render_line(y).text for y in range(3)).strip()
            assert first.startswith("La start-up américaine")
            assert "date 2026-02-27" not in app.screen.source.text
