"""The source screen: the article with every fact highlighted; moving through facts moves through the text."""

from __future__ import annotations

from textual.widgets import Static

from ai_deals.tui.screens.source import SourceScreen, paragraphs
from ai_deals.tui.widgets.breadcrumbs import Breadcrumbs
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle


async def open_source_from_row(pilot, store, company: str, target: str) -> SourceScreen:
    pilot.app.open_company(store.find_company(company).id, company)
    await settle(pilot)
    page = pilot.app.screen.query_one("#page", VirtualList)
    page.move_to(next(i for i, row in enumerate(page.rows) if row.target_name == target))
    await pilot.press("s")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SourceScreen)
    return pilot.app.screen


def current_words(screen: SourceScreen) -> str:
    span = screen.source.spans[screen.current]
    return screen.source.text[span.start : span.end]


async def test_s_opens_the_article_at_the_highlighted_fact(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_source_from_row(pilot, deals_store, "OpenAI", "Amazon")
        assert current_words(screen).startswith("Amazon va investir 50 milliards")
        label = screen.query_one("#fact-label", Static).content.plain
        assert label.startswith(f"Fact {screen.current + 1}/{len(screen.source.spans)}")


async def test_moving_through_facts_moves_the_highlight(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_source_from_row(pilot, deals_store, "OpenAI", "Amazon")
        first = screen.current
        await pilot.press("down")
        assert screen.current == first + 1
        await pilot.press("k", "k")
        assert screen.current == first - 1
        paragraph = screen.query(".paragraph").first(Static).content
        focus = screen.get_component_rich_style("source--current", partial=True)
        span = screen.source.spans[screen.current]
        assert any(s.style == focus and (s.start, s.end) == (span.start, span.end) for s in paragraph.spans)


async def test_every_fact_of_the_source_is_highlighted(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_source_from_row(pilot, deals_store, "OpenAI", "Amazon")
        paragraph = screen.query(".paragraph").first(Static).content
        covered = {(s.start, s.end) for s in paragraph.spans}
        assert {(s.start, s.end) for s in screen.source.spans} <= covered


async def test_hostile_source_title_is_shown_literally(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        await open_source_from_row(pilot, deals_store, "[red]X[/]", "[@click=app.quit]Y[/]")
        crumbs = app.screen.query_one(Breadcrumbs).render().plain
        assert crumbs.endswith("Source · [bold]Hostile[/] ␛[2J wire")


def test_paragraphs_keep_their_offsets():
    assert paragraphs("ab\n\ncd") == [(0, "ab"), (3, ""), (4, "cd")]
