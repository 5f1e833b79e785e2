"""The export dialog's box for a missing folder says so in its title (qh29 #4)."""

from __future__ import annotations

from test_export import export_to, select_three_records

from ai_deals.tui.screens.error import ErrorScreen


async def test_a_missing_folder_is_titled_no_such_folder(app, deals_store, tmp_path):
    async with app.run_test(size=(100, 30)) as pilot:
        await select_three_records(pilot, deals_store)
        path = tmp_path / "nodir" / "x.csv"
        await export_to(pilot, "csv", path)
        assert isinstance(pilot.app.screen, ErrorScreen)
        assert pilot.app.screen.title_text == f"No such folder: {tmp_path / 'nodir'}"
        assert pilot.app.screen.message == f"{path}: cannot write the export (No such file or directory)"
        assert not path.exists()
