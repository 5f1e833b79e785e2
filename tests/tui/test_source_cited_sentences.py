"""The source view over a record cited to several sentences of its article (the body's sentence and
the headline that alone names the investor): every one is highlighted, and drawn as current with it."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from textual.widgets import Static

from ai_deals.importers.article import parse_article
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.source import SourceScreen
from ai_deals.tui.widgets.text_view import TextView, paragraph_range, paragraphs

from tui_helpers import settle

HEADLINE = "Zeta AI lève 20 millions d'euros auprès de Partech"
BODY = "Zeta AI a levé 20 millions d'euros en série A."


def drawn_style(screen: SourceScreen, position: int) -> Style:
    """The style the text view draws character `position` of the text in."""
    view = screen.query_one("#source-body", TextView)
    offsets = [offset for offset, _ in paragraphs(screen.source.text)]
    paragraph = paragraph_range(offsets, position, position).start
    content = view.paragraph_content(paragraph)
    return content.get_style_at_offset(screen.app.console, position - offsets[paragraph])


async def test_a_record_cited_to_two_sentences_highlights_both_as_current(tmp_path: Path):
    parsed = parse_article(f"{HEADLINE}\n\n{BODY}", published="2026-03-05", language="fr", title="Zeta")
    store = Store.open(tmp_path / "z.db")
    report = store.import_source(parsed)
    async with DealsApp(store).run_test(size=(120, 30)) as pilot:
        pilot.app.open_source(report.source_id)
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, SourceScreen)
        text = screen.source.text
        assert sorted(text[span.start : span.end] for span in screen.source.spans) == sorted([HEADLINE, BODY])
        label = screen.query_one("#fact-label", Static).content.plain
        assert label.endswith("its other sentences highlighted too")
        current = screen.get_component_rich_style("source--current", partial=True)
        assert drawn_style(screen, text.index(HEADLINE)).bgcolor == current.bgcolor
        assert drawn_style(screen, text.index(BODY)).bgcolor == current.bgcolor
    store.close()
