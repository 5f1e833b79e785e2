"""The README screenshot is made by the app itself."""

from __future__ import annotations

from ai_deals.tui.screenshot import screenshot


def test_screenshot_writes_an_svg_of_the_screen_after_the_keys(deals_store, tmp_path):
    out = tmp_path / "shot.svg"
    screenshot(deals_store.path, out, ["o", "p", "n", "a", "i", "enter"], size=(100, 30))
    svg = out.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "Investors" in svg


async def test_the_palettes_screenshot_is_saved_in_the_current_folder_without_a_downloads_folder(
    app, tmp_path, monkeypatch
):
    import asyncio

    from textual import events

    home = tmp_path / "home"  # no Downloads folder in it
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOWNLOAD_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    delivered = asyncio.Event()

    def hook(message) -> None:
        if isinstance(message, (events.DeliveryComplete, events.DeliveryFailed)):
            delivered.set()

    async with app.run_test(size=(80, 24), message_hook=hook) as pilot:
        await pilot.pause()
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Screenshot")
        command.callback()  # what choosing it in the palette does
        await asyncio.wait_for(delivered.wait(), 10)
        await pilot.pause()
        notes = [n.message for n in app._notifications]
    assert [p.suffix for p in here.iterdir()] == [".svg"], notes
    assert not (home / "Downloads").exists()


async def test_a_screenshot_that_cannot_be_saved_says_why_in_one_line(app, tmp_path, monkeypatch):
    import asyncio

    from textual import events

    monkeypatch.chdir(tmp_path)
    failed = asyncio.Event()

    def hook(message) -> None:
        if isinstance(message, events.DeliveryFailed):
            failed.set()

    async with app.run_test(size=(80, 24), message_hook=hook) as pilot:
        await pilot.pause()
        app.deliver_screenshot(path=str(tmp_path / "gone"))
        await asyncio.wait_for(failed.wait(), 10)
        await pilot.pause()
        notes = [n.message for n in app._notifications]
    assert len(notes) == 1 and notes[0].startswith("Screenshot not saved: "), notes
    assert "No such file or directory" in notes[0] and "\n" not in notes[0]
