"""While the text typed waits for its results, no other text's results pass for its own, and a
launch or an index build reads as what it is, not as "No match." over an empty database."""

from __future__ import annotations

import asyncio
import threading

from ai_deals.store import search_cache, search_service
from ai_deals.tui.screens.search import BUILDING_INDEX, SEARCHING
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import hold_store_calls, settle, shown, shown_lines, type_text


def _dimmed(results: VirtualList) -> bool:
    return all(segment.style is not None and segment.style.dim for segment in results.render_line(0))


async def test_the_earlier_text_s_results_are_dimmed_then_cleared_while_the_new_text_is_searched(
    app, deals_store
):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "mistral")
        await settle(pilot)
        screen, results = app.screen, app.screen.query_one("#results", VirtualList)
        assert results.rows and not _dimmed(results)
        started, release = hold_store_calls(deals_store, "search")
        await type_text(pilot, "z")
        await asyncio.wait_for(started.wait(), 10)
        assert _dimmed(results), "the results for “mistral” are drawn as if they answered “mistralz”"
        screen._show_pending()  # as its timer does, PENDING_AFTER in
        assert results.rows == () and shown_lines(results)[0] == SEARCHING
        deals_store._search.building = True  # as while a worker builds the index
        screen._show_pending()
        assert shown_lines(results)[0] == BUILDING_INDEX and BUILDING_INDEX in shown(app, "StatusBar")
        deals_store._search.building = False
        release.set()
        await settle(pilot)
        assert results.rows and not _dimmed(results) and "“mistralz”" in shown(app, "StatusBar")


async def test_a_launch_says_searching_not_no_match_before_its_first_results(app, deals_store):
    started, release = hold_store_calls(deals_store, "search")
    async with app.run_test(size=(80, 24)) as pilot:
        await asyncio.wait_for(started.wait(), 10)
        await pilot.pause()
        results = app.screen.query_one("#results", VirtualList)
        assert shown_lines(results)[0] == SEARCHING
        release.set()
        await settle(pilot)
        assert shown_lines(results)[0].split()[:2] == ["company", "OpenAI"]


def _save_index_of_the_older_format(store) -> None:
    """The index as a version before the search token (m023) saved it: format 1, no token."""
    conn = store.db.conn
    stamp = {**search_service.read_stamp(conn), "coverage": search_service.read_coverage(conn)}
    del stamp["token"]
    format_now, search_cache.FORMAT = search_cache.FORMAT, 1
    try:
        path = search_cache.cache_path(store.path)
        assert search_cache.save(path, search_service.build_index_arrays(conn), stamp)
    finally:
        search_cache.FORMAT = format_now


async def test_the_rebuild_after_an_upgrade_runs_in_a_worker_while_the_list_says_so(
    app, deals_store, monkeypatch
):
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)
    _save_index_of_the_older_format(deals_store)
    deals_store._search = search_service.SearchService(deals_store.db)  # as at launch: no index yet
    loop, build = asyncio.get_running_loop(), search_service.build_index_arrays
    started, release, builders = asyncio.Event(), threading.Event(), []

    def held_build(*args, **kwargs):
        builders.append(threading.current_thread())
        loop.call_soon_threadsafe(started.set)
        release.wait(30)
        return build(*args, **kwargs)

    monkeypatch.setattr(search_service, "build_index_arrays", held_build)
    async with app.run_test(size=(80, 24)) as pilot:
        await asyncio.wait_for(started.wait(), 10)  # the launch's warm-up rebuilds the index
        await type_text(pilot, "mistral")  # keys are taken meanwhile: the rebuild holds no frame up
        results = app.screen.query_one("#results", VirtualList)
        app.screen._show_pending()  # as its timer does, PENDING_AFTER in
        assert shown_lines(results)[0] == BUILDING_INDEX
        release.set()
        await settle(pilot)
        assert "Mistral AI" in shown_lines(results)[0]
    assert len(builders) == 1 and builders[0] is not threading.main_thread()
