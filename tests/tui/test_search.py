"""The home screen: fzf-like search, highlighted matches, ↑/↓ from the box, Enter opens."""

from __future__ import annotations

import asyncio

import pytest
from rich.style import Style
from textual.widgets import Input

from ai_deals.store.models import SearchHit
from ai_deals.tui.messages import SearchResults
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.search import SearchScreen, render_hit
from ai_deals.tui.widgets.breadcrumbs import Breadcrumbs
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import burst, hold_store_calls, settle, shown_lines, type_text


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


async def test_no_garbage_collection_runs_between_a_key_and_its_results_while_typing(app, monkeypatch):
    """A pass over what the searches leave behind (5-30 ms at a million names) landed on a random
    keystroke; it runs once the person pauses instead. Here passes are made as frequent as they get."""
    import gc

    from ai_deals.tui.screens import search

    monkeypatch.setattr(search, "TYPING_PAUSE", 1.0)  # longer than a key's search and repaint here
    passes: list[int] = []

    def counting(phase: str, info: dict) -> None:
        if phase == "start":
            passes.append(info["generation"])

    thresholds = gc.get_threshold()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")  # the first key holds the collector off
        await settle(pilot)
        gc.set_threshold(1, 1, 1)
        gc.callbacks.append(counting)
        try:
            for key in "vdia":
                await pilot.press(key)
                await settle(pilot)  # its results shown
            assert passes == [] and not gc.isenabled()
            assert app.screen.query_one("#results", VirtualList).highlighted.name == "Nvidia"
            await pilot.pause(search.TYPING_PAUSE + 0.5)  # the person pauses: the collector runs again
            assert gc.isenabled()
            await pilot.pause()
            assert passes
        finally:
            gc.callbacks.remove(counting)
            gc.set_threshold(*thresholds)
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
        assert "raised $75B (+ $35B conditional)" in line and "4 investors" in line


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


async def test_letters_typed_while_a_search_runs_search_only_the_latest_text(app, deals_store):
    """On a slow machine each letter of a burst ran its own search, one after the other, each to its
    end though stale. Now one search runs at a time, and when it ends only the latest text is
    searched; an older text's results are never shown, and Enter opens the latest text's first."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        started, release = hold_store_calls(deals_store, "search")
        held_search = deals_store.search
        searched: list[str] = []

        def recording(query, limit=50):
            searched.append(query)
            return held_search(query, limit)

        deals_store.search = recording
        statuses: list[str] = []
        set_status = app.screen.set_status
        app.screen.set_status = lambda message: (statuses.append(message), set_status(message))
        await pilot.press("s")  # searched at once, and held there
        await asyncio.wait_for(started.wait(), 10)
        await type_text(pilot, "oftbank")
        burst(app, "enter")
        await pilot.pause()
        assert searched == ["s"], "no letter typed meanwhile is searched yet"
        release.set()
        await settle(pilot)
        assert searched == ["s", "softbank"]
        assert not [status for status in statuses if "“s”" in status], "the results for “s” were shown"
        assert isinstance(app.screen, CompanyScreen) and app.screen.page.company.name == "SoftBank"


async def test_a_failed_search_then_searches_the_text_typed_meanwhile(app, deals_store):
    """The search running fails while more letters are typed: the latest text is still searched
    (and shown), not left at "The search failed." for a text no longer in the box."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        search = deals_store.search
        started, release = hold_store_calls(deals_store, "search")
        held_search = deals_store.search

        def failing_once(query, limit=50):
            hits = held_search(query, limit)
            if query == "s":
                raise OSError("disk I/O error")
            return hits

        deals_store.search = failing_once
        screen = app.screen
        await pilot.press("s")
        await asyncio.wait_for(started.wait(), 10)
        await type_text(pilot, "oftbank")
        deals_store.search = search  # the latest text's search is not held
        release.set()
        await settle(pilot)
        assert shown_lines(screen.query_one("#results", VirtualList))[0].split()[:2] == [
            "investor",
            "SoftBank",
        ]


async def test_the_empty_querys_status_names_the_order_it_lists_companies_in(app):
    """It said "best known first" over a list sorted by how many rounds and investments each has."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        status = app.screen.status
        assert status.endswith("results, most rounds and investments first"), status
        assert "best known" not in status
