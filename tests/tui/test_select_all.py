"""`ctrl+a` selects every record of a list (a page, a timeline, a source's facts), again unselects them;
the whole timeline is selected by a count, its events read only by the export."""

from __future__ import annotations

import json
from pathlib import Path

from test_export import export_to, records_of
from textual.widgets import Footer

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.widgets.status_bar import StatusBar
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import import_one_by_one, settle


async def open_timeline(pilot) -> VirtualList:
    await settle(pilot)
    await pilot.press("ctrl+t")
    await settle(pilot)
    return pilot.app.screen.query_one("#events", VirtualList)


def exported(path: Path) -> list:
    return records_of(json.loads(path.read_text())["records"])


def footer_keys(app) -> list[tuple[str, str]]:
    return [(key.key_display, key.description) for key in app.screen.query_one(Footer).query("FooterKey")]


async def test_ctrl_a_on_the_whole_timeline_exports_what_space_on_every_event_does(deals_store, tmp_path):
    every, one_by_one = tmp_path / "all.json", tmp_path / "each.json"
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        events = await open_timeline(pilot)
        total = len(events.rows)
        assert total > 3
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert len(app.selection) == total
        assert f"{total} records selected" in app.screen.query_one(StatusBar).render().plain
        await export_to(pilot, "json", every)
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        events = await open_timeline(pilot)
        for _ in range(total):
            await pilot.press("space", "down")
            await settle(pilot)
        assert len(app.selection) == total
        await export_to(pilot, "json", one_by_one)
    assert len(exported(every)) == total
    assert exported(every) == exported(one_by_one)


async def test_selecting_the_whole_timeline_reads_none_of_its_events(app, deals_store, monkeypatch):
    """At a million events, reading them (or making a row each) took seconds and gigabytes: the
    selection holds a count and the events unselected since; only the export reads them."""
    reads = []
    monkeypatch.setattr(type(deals_store), "timeline_refs", lambda store: reads.append(1) or [])
    async with app.run_test(size=(80, 24)) as pilot:
        events = await open_timeline(pilot)
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert len(app.selection) == len(events.rows)
        assert app.selection.refs == [] and reads == []


async def test_ctrl_a_again_unselects_the_whole_timeline(app):
    async with app.run_test(size=(80, 24)) as pilot:
        events = await open_timeline(pilot)
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert all(line.startswith("●") for line in [events.render_line(y).text for y in range(3)])
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert len(app.selection) == 0
        assert not any(line.startswith("●") for line in [events.render_line(y).text for y in range(3)])


async def test_space_after_ctrl_a_unselects_one_event_and_the_export_leaves_it_out(app, tmp_path):
    target = tmp_path / "all-but-one.json"
    async with app.run_test(size=(80, 24)) as pilot:
        events = await open_timeline(pilot)
        total = len(events.rows)
        await pilot.press("ctrl+a")
        await settle(pilot)
        left_out = events.highlighted.ref
        await pilot.press("space")
        await settle(pilot)
        assert len(app.selection) == total - 1
        assert not events.render_line(0).text.startswith("●")
        await export_to(pilot, "json", target)
    records = exported(target)
    assert len(records) == total - 1
    assert (left_out.record_type, left_out.record_id) not in {
        (r["record_type"], r["record_id"]) for r in records
    }


async def test_an_event_picked_on_a_page_before_ctrl_a_on_the_timeline_is_counted_once(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await pilot.press("space")  # OpenAI's round: an event of the timeline too
        await settle(pilot)
        assert len(app.selection) == 1
        events = await open_timeline(pilot)
        await pilot.press("f")  # every company's events: the whole timeline
        await settle(pilot)
        assert not app.screen.filtered
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert len(app.selection) == len(events.rows)


async def test_ctrl_a_on_a_company_page_selects_what_its_export_takes(app, deals_store, tmp_path):
    page_export, selected_export = tmp_path / "page.json", tmp_path / "selected.json"
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await export_to(pilot, "json", page_export)  # nothing selected: the whole page
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert len(app.selection) == len(exported(page_export)) == 11
        assert "11 records selected" in app.screen.query_one(StatusBar).render().plain
        await export_to(pilot, "json", selected_export)
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert len(app.selection) == 0
    assert exported(selected_export) == exported(page_export)


async def test_ctrl_a_on_one_companys_timeline_selects_its_events(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        events = await open_timeline(pilot)
        assert app.screen.filtered
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert len(app.selection) == len(events.rows) > 1
        assert app.selection.label == "OpenAI"


async def test_ctrl_a_on_a_source_selects_every_fact_shown(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        facts = app.screen.export_scope()[0]
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert len(app.selection) == len(facts) > 1
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert len(app.selection) == 0


async def test_the_footer_offers_ctrl_a_on_the_page_and_the_timeline_at_80_columns(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        assert ("^a", "All") in footer_keys(app)
        await open_timeline(pilot)
        assert ("^a", "All") in footer_keys(app)


async def test_a_page_selected_after_the_whole_timeline_counts_its_events_once(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        events = await open_timeline(pilot)
        total = len(events.rows)
        await pilot.press("ctrl+a")
        await settle(pilot)
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        page = set(app.screen.export_scope()[0])
        on_timeline = deals_store.timeline_events_among(page)
        assert on_timeline == page  # every record of OpenAI's page is an event
        assert len(app.selection) == total
        await pilot.press("ctrl+a")  # every record of the page is selected (as events): unselected
        await settle(pilot)
        assert len(app.selection) == total - len(page)
        await pilot.press("ctrl+a")  # selected again: counted once, as the timeline's
        await settle(pilot)
        assert len(app.selection) == total


async def test_a_page_opened_with_the_whole_timeline_selected_marks_its_events_selected(app, deals_store):
    """Its records that are timeline events are in the selection: shown marked, and space or ctrl+a
    unselects them (they were shown unmarked, and ctrl+a counted them a second time)."""
    async with app.run_test(size=(80, 24)) as pilot:
        events = await open_timeline(pilot)
        total = len(events.rows)
        await pilot.press("ctrl+a")
        await settle(pilot)
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        page = app.screen.query_one("#page", VirtualList)
        marked = [row.ref for row in page.rows if row.ref is not None and row.ref in app.selection]
        assert marked and all(ref in deals_store.timeline_events_among(marked) for ref in marked)
        await pilot.press("space")  # the first record: unselected, one event fewer
        await settle(pilot)
        assert len(app.selection) == total - 1


def zeta_store(tmp_path: Path) -> Store:
    """Zeta AI's raise as an article and a deal file: the investor's part is folded into the raise."""
    from test_timeline_whole_folds_keys import ZETA_ARTICLE, ZETA_DEALS

    db = tmp_path / "zeta.db"
    import_one_by_one(db, tmp_path, {"zeta.txt": ZETA_ARTICLE, "zeta.csv": ZETA_DEALS}.items())
    return Store.open(db)


async def test_space_and_ctrl_a_on_a_companys_timeline_take_an_events_folded_records(tmp_path):
    """On a company's timeline, space and ctrl+a select (and unselect) an event with the records
    folded into it, as its export writes them: the status count is what `e` then writes."""
    target = tmp_path / "zeta.json"
    with zeta_store(tmp_path) as store:
        zeta = store.find_company("Zeta AI")
        raise_ = next(event for event in store.timeline() if event.also)
        app = DealsApp(store)
        async with app.run_test(size=(100, 24)) as pilot:
            await settle(pilot)
            app.open_company(zeta.id, zeta.name)
            await settle(pilot)
            await open_timeline(pilot)
            screen = app.screen
            assert isinstance(screen, TimelineScreen) and screen.filtered
            shown, _ = screen.export_scope()
            while screen.current.ref != raise_.ref:
                await pilot.press("j")
                await settle(pilot)
            await pilot.press("space")
            await settle(pilot)
            assert app.selection.refs == [raise_.ref, *raise_.also]
            await pilot.press("space")
            await settle(pilot)
            assert len(app.selection) == 0
            await pilot.press("ctrl+a")
            await settle(pilot)
            assert len(app.selection) == app.selected_count == len(shown)
            # the one event picked, then its records (since qfixE29: "1 event selected (2 records)")
            assert f"({len(shown)} records)" in screen.query_one(StatusBar).render().plain
            await export_to(pilot, "json", target)
            await pilot.press("ctrl+a")
            await settle(pilot)
            assert len(app.selection) == 0
    written = [(row["record_type"], row["record_id"]) for row in exported(target)]
    assert written == [(ref.record_type, ref.record_id) for ref in shown]
