"""Quitting while an export is still being written asks first: it quit at once, the file lost (qa42 #4)."""

from __future__ import annotations

import asyncio
import json
import threading

from textual.widgets import Input

from ai_deals.tui.screens.confirm import ConfirmScreen

from tui_helpers import settle


def hold_exports(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """Make every export wait until the `release` returned is set (`started` is set as one begins)."""
    from ai_deals.store import Store

    started, release = threading.Event(), threading.Event()
    slow = Store.iter_export_records

    def held(self, *args, **kwargs):
        started.set()
        release.wait(10)
        yield from slow(self, *args, **kwargs)

    monkeypatch.setattr(Store, "iter_export_records", held)
    return started, release


async def start_page_export(pilot, store, target) -> None:
    """Export OpenAI's page to `target` (the dialog closes, the export goes on in a worker)."""
    pilot.app.open_company(store.find_company("OpenAI").id, "OpenAI")
    await settle(pilot)
    await pilot.press("e")
    dialog = pilot.app.screen
    dialog.select_format("json")
    await pilot.pause()
    box = dialog.query_one("#export-path", Input)
    box.value = str(target)
    box.focus()
    await pilot.press("enter")
    await pilot.pause()


async def test_q_while_an_export_is_written_asks_and_no_lets_the_export_finish(
    app, deals_store, tmp_path, monkeypatch
):
    target = tmp_path / "page.json"
    started, release = hold_exports(monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_page_export(pilot, deals_store, target)
        assert started.wait(5)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == "An export is still being written: quit anyway? It would be lost."
        assert app.is_running
        await pilot.press("n")
        release.set()
        await settle(pilot)
        assert app.is_running and not isinstance(app.screen, ConfirmScreen)
    assert json.loads(target.read_text())["records"]


async def test_ctrl_q_while_an_export_is_written_asks_and_yes_quits(app, deals_store, tmp_path, monkeypatch):
    started, release = hold_exports(monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_page_export(pilot, deals_store, tmp_path / "page.json")
        assert started.wait(5)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        release.set()
        assert app._exit  # quitting


async def test_q_with_nothing_being_written_quits_at_once(app, deals_store):
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        assert app._exit


async def test_keys_typed_while_e_checks_a_slow_selection_wait_for_the_dialog_however_long(
    app, deals_store, tmp_path, monkeypatch
):
    """The keys typed after `e` wait for the dialog as long as the check before it runs: released
    after 10 s (a whole timeline counted on a busy machine), the path went to the page below, and
    the `q` in it quit the app."""
    from test_export import records_of, select_three_records

    from ai_deals.store.export import read_back
    from ai_deals.tui.screens.export import ExportScreen

    from tui_helpers import burst, hold_store_calls

    monkeypatch.chdir(tmp_path)
    target = tmp_path / "qa42.csv"
    async with app.run_test(size=(100, 30)) as pilot:
        await select_three_records(pilot, deals_store)
        await settle(pilot)
        started, release = hold_store_calls(deals_store, "review_statuses")
        burst(app, "e", "enter", "ctrl+u", *str(target), "enter")
        await started.wait()
        await pilot.pause()
        for _ in range(30):  # 30 s of holding, told without waiting for them
            app._hold_expired()
        await pilot.pause()
        assert app.is_running and app.screen.__class__.__name__ == "CompanyScreen"
        release.set()
        await settle(pilot)
        assert app.is_running and not isinstance(app.screen, ExportScreen)
        assert app.screen.__class__.__name__ == "CompanyScreen"
    assert len(records_of(read_back(target.read_text(encoding="utf-8-sig"), "csv"))) == 3


async def test_ctrl_q_quits_while_keys_wait_for_a_slow_check_before_the_export_dialog(
    app, deals_store, monkeypatch
):
    from test_export import select_three_records

    from tui_helpers import hold_store_calls

    async with app.run_test(size=(100, 30)) as pilot:
        await select_three_records(pilot, deals_store)
        await settle(pilot)
        started, release = hold_store_calls(deals_store, "review_statuses")
        await pilot.press("e")
        await started.wait()
        await pilot.press("ctrl+q")
        assert app._exit
        release.set()


async def start_selection_export_then_check_slowly(pilot, store, tmp_path, monkeypatch):
    """Select three records, start exporting them (held: still being written), then make the next
    selection check wait; returns (export release, check started, check release)."""
    from test_export import select_three_records

    from tui_helpers import hold_store_calls

    _, export_release = hold_exports(monkeypatch)
    await select_three_records(pilot, store)
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    box = pilot.app.screen.query_one("#export-path", Input)
    box.value = str(tmp_path / "first.json")
    box.focus()
    await pilot.press("enter")  # not settled: the export is held, still being written
    await pilot.pause()
    check_started, check_release = hold_store_calls(store, "review_statuses")
    return export_release, check_started, check_release


async def test_keys_typed_before_ctrl_q_never_answer_the_quit_question(
    app, deals_store, tmp_path, monkeypatch
):
    """`e` while an export is written, a path with a "y" typed while the selection is checked, then
    ctrl+q: the question opened and, once drawn, got the held keys: the "y" quit the app."""
    from tui_helpers import burst

    async with app.run_test(size=(100, 30)) as pilot:
        export_release, check_started, check_release = await start_selection_export_then_check_slowly(
            pilot, deals_store, tmp_path, monkeypatch
        )
        burst(app, "e", *"yearly.csv", "ctrl+q")  # the check waits for the store the export holds
        for _ in range(5):
            await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.is_running and not app._exit
        check_release.set()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # the export dialog `e` asked for does not open over it
        await pilot.press("n")
        export_release.set()
        await settle(pilot)
        assert app.is_running and app.screen.__class__.__name__ == "CompanyScreen"


async def test_esc_cancels_the_export_dialog_a_slow_check_holds_the_keys_for(
    app, deals_store, tmp_path, monkeypatch
):
    """Keys wait for the dialog as long as the check before it runs: the status line says so, and
    Esc gives the keys back (only ctrl+q got through: every other key froze behind a locked store)."""
    from test_export import select_three_records

    from ai_deals.tui.screens.export import ExportScreen

    from tui_helpers import burst, hold_store_calls, shown

    async with app.run_test(size=(120, 30)) as pilot:
        await select_three_records(pilot, deals_store)
        await settle(pilot)
        started, release = hold_store_calls(deals_store, "review_statuses")
        burst(app, "e", *"path")
        await asyncio.wait_for(started.wait(), 5)
        await pilot.pause()
        app._hold_expired()  # a second has passed
        await pilot.pause()
        assert "Checking what to export… (esc cancels)" in shown(app, "StatusBar")
        await pilot.press("escape")
        assert app._held is None
        assert "Checking what to export" not in shown(app, "StatusBar")
        release.set()
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert app.screen.__class__.__name__ == "CompanyScreen"
        await pilot.press("x")  # keys act again
        await pilot.pause()
        assert app.selected_count == 0
