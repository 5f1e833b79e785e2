"""The timeline's keys: a run of them arms one pause timer, not a timer a key (stopping and making one anew
each key, two a year jump, cost a key's CPU; the pause still runs `KEY_PAUSE` after the last key); the sentence
is highlighted in the list's match style without asking the styles again each key."""

from __future__ import annotations

from time import monotonic

from ai_deals.tui.screens import timeline
from ai_deals.tui.screens.timeline import TimelineScreen

from tui_helpers import settle


async def test_a_run_of_steps_and_year_jumps_arms_one_pause_timer(app, monkeypatch):
    monkeypatch.setattr(timeline, "KEY_PAUSE", 600.0)  # no pause ends while the keys come
    async with app.run_test(size=(100, 16)) as pilot:
        app.action_open_timeline()
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        armed: list[float] = []
        set_timer = screen.set_timer
        monkeypatch.setattr(
            screen,
            "set_timer",
            lambda delay, *args, **kwargs: armed.append(delay) or set_timer(delay, *args, **kwargs),
        )
        for key in ("down", "down", "right_square_bracket", "down", "left_square_bracket"):
            await pilot.press(key)
        await settle(pilot)
        assert len(armed) <= 1, armed


async def test_the_pause_runs_its_length_after_the_last_key_not_the_first(app, monkeypatch):
    async with app.run_test(size=(100, 16)) as pilot:
        app.action_open_timeline()
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        rested: list[bool] = []
        monkeypatch.setattr(screen, "_keys_rested", lambda: rested.append(True))
        screen._last_key_at = monotonic()  # a key just now: the timer, run out, waits on
        screen._pause_over()
        assert rested == [] and screen._pause_timer is not None
        screen._pause_timer.stop()
        screen._last_key_at = monotonic() - timeline.KEY_PAUSE  # no key for the whole pause: rested
        screen._pause_over()
        assert rested == [True]


async def test_steps_highlight_the_sentence_in_the_lists_match_style_without_asking_the_styles_again(
    app, monkeypatch
):
    from ai_deals.tui.widgets.virtual_list import VirtualList

    async with app.run_test(size=(100, 16)) as pilot:
        app.action_open_timeline()
        await settle(pilot)
        events = app.screen.query_one("#events", VirtualList)
        asked: list[str] = []
        component_style = events.get_component_rich_style
        monkeypatch.setattr(
            events,
            "get_component_rich_style",
            lambda *names, partial=False: asked.extend(names) or component_style(*names, partial=partial),
        )
        for _ in range(3):
            await pilot.press("down")
        await settle(pilot)
        # The list's own role style (worked out once a theme), not a walk of the styles each key.
        assert "virtual-list--match" not in asked
        match = events.role_style("match")
        sentence = app.screen.query_one("#sentence").content
        assert sentence.spans and all(span.style == match for span in sentence.spans)
