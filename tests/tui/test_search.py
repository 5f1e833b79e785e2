"""The home screen: fzf-like search, highlighted matches, ↑/↓ from the box, Enter opens."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.widgets import Input

from ai_deals.store.models import SearchHit
from ai_deals.tui.messages import SearchResults
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.search import SearchScreen, render_hit
from ai_deals.tui.widgets.breadcrumbs import Breadcrumbs
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle, shown_lines, type_text


async def test_search_box_has_focus_and_lists_best_known_companies_on_launch(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert isinstance(app.focused, Input)
        assert shown_lines(app.screen.query_one("#results", VirtualList))[0].split()[:2] == [
            "company",
            "OpenAI",
        ]


async def test_the_garbage_collector_runs_again_once_the_first_frame_is_drawn(app):
    """The command line pauses it for the launch (`cli._launch`); the app turns it back on."""
    import gc

    gc.disable()
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert gc.isenabled()
    finally:
        gc.enable()


async def test_misspelt_name_opens_its_company(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "nvdia")
        await settle(pilot)
        results = app.screen.query_one("#results", VirtualList)
        assert results.highlighted.name == "Nvidia"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        assert app.screen.page.company.name == "Nvidia"
        assert "Mistral AI" in "\n".join(shown_lines(app.screen.query_one("#page", VirtualList)))


async def test_alias_in_another_language_finds_the_company(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "groupe de Redmond")
        await settle(pilot)
        first = app.screen.query_one("#results", VirtualList).highlighted
        assert (first.name, first.matched) == ("Microsoft", "le groupe de Redmond")


async def test_arrow_keys_move_the_highlight_while_focus_stays_in_the_box(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        results = app.screen.query_one("#results", VirtualList)
        await pilot.press("down", "down")
        assert results.cursor == 2
        await pilot.press("up")
        assert results.cursor == 1
        assert isinstance(app.focused, Input)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.page.company.name == results.rows[1].name


async def test_each_result_shows_its_type_and_summary(app):
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "openai")
        await settle(pilot)
        line = shown_lines(app.screen.query_one("#results", VirtualList))[0]
        assert line.split()[:2] == ["company", "OpenAI"]
        assert "raised $110B" in line and "4 investors" in line


def test_matched_characters_are_highlighted():
    hit = SearchHit(
        company_id=1, name="OpenAI", hit_type="company", matched="OpenAI", positions=[0, 1, 3], score=90
    )
    match = Style(underline=True)
    styles = {"muted": Style(), "match": match}
    text = render_hit(hit, styles)
    offset = text.plain.index("OpenAI")
    highlighted = {
        i - offset for span in text.spans if span.style == match for i in range(span.start, span.end)
    }
    assert highlighted == {0, 1, 3}


@pytest.mark.parametrize(
    ("matched", "shown"),
    [
        ("Microsoft Corp.", "Microsoft  aka Microsoft Corp."),
        ("le groupe de Redmond", "Microsoft  described as le groupe de Redmond"),
    ],
)
def test_a_matched_alias_is_an_aka_and_a_matched_description_is_said_to_be_one(matched, shown):
    hit = SearchHit(company_id=1, name="Microsoft", hit_type="company", matched=matched, score=90)
    assert shown in render_hit(hit, {"muted": Style(), "match": Style()}).plain


async def test_results_of_an_older_keystroke_are_discarded(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "mistral")
        await settle(pilot)
        screen = app.screen
        stale = SearchHit(company_id=99, name="Stale", hit_type="company", matched="Stale", score=1)
        screen.post_message(SearchResults(1, "m", [stale]))
        await settle(pilot)
        assert "Stale" not in [hit.name for hit in screen.query_one("#results", VirtualList).rows]


async def test_escape_on_the_search_screen_clears_the_box_and_stays(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "open")
        await pilot.press("escape")
        assert app.screen.query_one(Input).value == ""
        assert len(app.screen_stack) == 1
        assert app.screen.query_one(Breadcrumbs).render().plain == "Search"
