"""What tester qa52 found in the app (qfixC28): notices never hide the export dialog's buttons."""

from __future__ import annotations

from test_dialogs_centred import open_openai_export
from textual.widgets._toast import Toast

from tui_helpers import settle


async def test_notices_shown_over_the_export_dialog_leave_its_buttons_in_view_at_80x24(app, deals_store):
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_openai_export(pilot, app, deals_store)
        for number in range(3):
            app.notify(f"Imported file {number}: 12 records added, 3 sources, one of them a long name.")
        await settle(pilot)
        await pilot.pause()
        toasts = [toast.region for toast in app.screen.query(Toast)]
        assert toasts, "no notice shown"
        for selector in ("#export-go", "#export-cancel"):
            button = app.screen.query_one(selector).region
            covered = [toast for toast in toasts if toast.overlaps(button)]
            assert covered == [], f"{selector} at {button} is under the notices at {covered}"
