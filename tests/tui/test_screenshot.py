"""The README screenshot is made by the app itself."""

from __future__ import annotations

from ai_deals.tui.screenshot import screenshot


def test_screenshot_writes_an_svg_of_the_screen_after_the_keys(deals_store, tmp_path):
    out = tmp_path / "shot.svg"
    screenshot(deals_store.path, out, ["o", "p", "n", "a", "i", "enter"], size=(100, 30))
    svg = out.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "Investors" in svg
