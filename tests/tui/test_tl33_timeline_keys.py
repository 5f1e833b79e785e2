"""The timeline's keys: the sentence is highlighted in the list's match style without asking Textual's
styles again each key (its cache of them is emptied by every refresh of the list)."""

from __future__ import annotations

from tui_helpers import record_styles_asked, settle


async def test_steps_highlight_the_sentence_in_the_lists_match_style_without_asking_the_styles_again(
    app, monkeypatch
):
    from ai_deals.tui.widgets.virtual_list import VirtualList

    async with app.run_test(size=(100, 16)) as pilot:
        app.action_open_timeline()
        await settle(pilot)
        events = app.screen.query_one("#events", VirtualList)
        asked, _ = record_styles_asked(events, monkeypatch)
        for _ in range(3):
            await pilot.press("down")
        await settle(pilot)
        # The list's own role style (worked out once a theme), not a walk of the styles each key.
        assert "virtual-list--match" not in asked
        match = events.role_style("match")
        sentence = app.screen.query_one("#sentence").content
        assert sentence.spans and all(span.style == match for span in sentence.spans)
