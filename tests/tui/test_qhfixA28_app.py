"""The explorer's export dialog refuses a path that is no regular file (qhfixA28 #2): a named pipe no one
reads held the export's worker, and quitting with it, forever; /dev/full became a file /dev/full.csv."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.widgets import Input

from ai_deals.tui.screens.error import ErrorScreen
from ai_deals.tui.screens.export import ExportScreen, NotAFile, write_records

from tui_helpers import settle


async def _export_to(pilot, app, store, path: str) -> None:
    """On OpenAI's page, open the export dialog, type `path` and press Enter."""
    app.open_company(store.find_company("OpenAI").id, "OpenAI")
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    box = app.screen.query_one("#export-path", Input)
    box.value = path
    box.focus()
    await pilot.press("enter")
    await settle(pilot)


@pytest.mark.parametrize("name", ["pipe.csv", "pipe"])
async def test_an_export_to_a_named_pipe_is_refused_in_one_line_and_starts_no_worker(
    app, deals_store, tmp_path, name
):
    fifo = tmp_path / name
    os.mkfifo(fifo)
    async with app.run_test(size=(100, 30)) as pilot:
        await _export_to(pilot, app, deals_store, str(fifo))
        assert isinstance(app.screen, ErrorScreen)
        assert app.screen.message == f"{fifo}: not a regular file (a device or named pipe); export to a file"
        assert not [worker for worker in app.workers if worker.group == "export"]
        assert any(isinstance(screen, ExportScreen) for screen in app.screen_stack)  # kept open to retry
    assert not (tmp_path / f"{name}.csv").exists()


def _state(path: Path) -> tuple[int, int] | None:
    return (path.stat().st_ino, path.stat().st_mtime_ns) if path.exists() else None


async def test_an_export_to_a_device_is_refused_not_written_as_a_file_beside_it(app, deals_store):
    beside = _state(Path("/dev/full.csv"))  # another run's leftover is no file this one wrote
    async with app.run_test(size=(100, 30)) as pilot:
        await _export_to(pilot, app, deals_store, "/dev/full")
        assert isinstance(app.screen, ErrorScreen)
        assert (
            app.screen.message == "/dev/full: not a regular file (a device or named pipe); export to a file"
        )
    assert _state(Path("/dev/full.csv")) == beside


def test_writing_records_to_a_named_pipe_is_refused_without_waiting_for_a_reader(deals_store, tmp_path):
    fifo = tmp_path / "late.csv"
    os.mkfifo(fifo)  # made after the dialog looked: the worker refuses it rather than wait on its open
    refs = deals_store.company(deals_store.find_company("OpenAI").id).refs
    with pytest.raises(NotAFile):
        write_records(deals_store, refs, "csv", fifo, overwrite=True)
