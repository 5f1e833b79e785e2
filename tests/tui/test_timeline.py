"""The timeline: step by event and by year, dates at their precision, projections apart, sentence shown."""

from __future__ import annotations

import pytest
from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.timeline import TimelineScreen, render_event
from ai_deals.tui.widgets.status_bar import StatusBar
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle, shown_lines


async def open_timeline_of(pilot, store, name: str) -> TimelineScreen:
    pilot.app.open_company(store.find_company(name).id, name)
    await settle(pilot)
    await pilot.press("t")
    await settle(pilot)
    assert isinstance(pilot.app.screen, TimelineScreen)
    return pilot.app.screen


def current_date(screen: TimelineScreen) -> str:
    return screen.current.date


async def test_step_the_timeline_by_event_and_by_year(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline_of(pilot, deals_store, "OpenAI")
        assert current_date(screen) == "2016"
        await pilot.press("j")
        assert current_date(screen) == "2019"
        await pilot.press("down")
        assert current_date(screen) == "2025"
        await pilot.press("k")
        assert current_date(screen) == "2019"
        await pilot.press("right_square_bracket")
        assert current_date(screen) == "2025"
        await pilot.press("right_square_bracket")
        assert current_date(screen) == "2026-02-27"
        assert screen.query_one("#events", VirtualList).cursor == 3
        await pilot.press("right_square_bracket")
        assert current_date(screen) == "2029"
        await pilot.press("left_square_bracket")
        assert (current_date(screen), screen.query_one("#events", VirtualList).cursor) == ("2026-02-27", 3)
        await pilot.press("end")
        assert screen.current.is_projection
        await pilot.press("home")
        assert current_date(screen) == "2016"


async def test_brackets_at_the_first_and_last_year_say_so(app, deals_store):
    """`]` on the last year and `[` on the first did nothing, saying nothing."""
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline_of(pilot, deals_store, "OpenAI")
        status = screen.query_one(StatusBar)
        await pilot.press("left_square_bracket")
        assert current_date(screen) == "2016" and status.message == "First year: 2016"
        await pilot.press("end", "right_square_bracket")
        assert current_date(screen) == "2029" and status.message == "Last year: 2029"


async def test_the_first_year_note_goes_once_the_cursor_moves_and_the_usual_line_comes_back(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline_of(pilot, deals_store, "OpenAI")
        status = screen.query_one(StatusBar)
        usual = status.message
        assert usual.startswith(f"{len(screen.events)} events · OpenAI, 2016–")
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert status.message == "First year: 2016"
        await pilot.press("j", "j")
        await settle(pilot)
        assert status.message == usual
        await pilot.press("end", "right_square_bracket")
        await settle(pilot)
        assert status.message == "Last year: 2029"
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert status.message == "Last year: 2029", "still on the last year: the note stays"
        await pilot.press("k")
        await settle(pilot)
        assert status.message == usual


async def test_timeline_from_a_company_is_filtered_and_f_shows_everyone(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline_of(pilot, deals_store, "OpenAI")
        assert {e.company for e in screen.events} <= {"OpenAI", "Microsoft"}
        assert screen.crumb == "Timeline · OpenAI"
        await pilot.press("f")
        await settle(pilot)
        assert "Mistral AI" in {e.company for e in screen.events}
        assert screen.crumb == "Timeline"


async def test_ctrl_t_opens_the_whole_timeline_from_the_search_box(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.company is None
        assert len({e.company_id for e in app.screen.events}) > 2


async def test_dates_show_at_their_precision_and_projections_read_for_their_year(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline_of(pilot, deals_store, "OpenAI")
        lines = shown_lines(screen.query_one("#events", VirtualList))
        dates = [line.split()[0] for line in lines if line.strip()]
        assert dates[:3] == ["2016", "2019", "2025"]
        assert "2026-02-27" in dates
        assert any(line.strip().startswith("for 2029") for line in lines)


def test_projections_are_drawn_in_their_own_style(deals_store):
    projection = Style(italic=True)
    styles = {"projection": projection, "muted": Style()}
    events = deals_store.timeline(deals_store.find_company("OpenAI").id)
    future = next(e for e in events if e.is_projection)
    past = next(e for e in events if not e.is_projection)
    assert render_event(future, styles).style == projection
    assert render_event(past, styles).style != projection


async def test_selected_event_shows_its_sentence_with_the_facts_words_highlighted(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline_of(pilot, deals_store, "OpenAI")
        await pilot.press("j")
        await settle(pilot)
        sentence = screen.query_one("#sentence", Static).content
        assert (
            sentence.plain == "Depuis 2019, le groupe de Redmond a investi plus de 13 milliards de dollars."
        )
        highlighted = {sentence.plain[span.start : span.end] for span in sentence.spans}
        assert {"2019", "13"} <= highlighted


async def test_enter_opens_the_events_company(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline_of(pilot, deals_store, "OpenAI")
        assert screen.current.company == "Microsoft"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        assert app.screen.page.company.name == "Microsoft"


async def test_a_hundred_thousand_events_render_only_the_visible_lines(app):
    calls = []

    def counting_renderer(row, styles):
        calls.append(row)
        from rich.text import Text

        return Text(str(row))

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        big = VirtualList(counting_renderer, id="big")
        await app.screen.mount(big)
        big.set_rows(range(100_000))
        await pilot.pause()
        big.action_last()
        await pilot.pause()
        assert big.cursor == 99_999
        assert len(calls) < 3 * big.size.height + 10


async def test_new_rows_scroll_to_the_cursor_they_are_given(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        rows = VirtualList(lambda row, styles: Text(str(row)), id="rows")
        await app.screen.mount(rows)
        rows.set_rows(range(3))
        await pilot.pause()
        rows.set_rows(range(1000), 900)
        await pilot.pause()
        top = int(rows.scroll_offset.y)
        assert rows.cursor == 900 and top <= 900 < top + rows.size.height


async def test_the_event_list_keeps_its_height_while_stepping_through_sentences_of_any_length(
    app, deals_store
):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline_of(pilot, deals_store, "OpenAI")
        events, sentence = screen.query_one("#events", VirtualList), screen.query_one("#sentence", Static)
        heights = set()
        for _ in range(len(screen.events)):
            await pilot.press("down")
            await settle(pilot)
            heights.add((events.region.height, sentence.region.height))
        assert heights == {(events.region.height, 5)}


async def test_f_on_the_whole_timeline_keeps_the_highlighted_events_company_and_f_again_shows_everyone(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        screen = app.screen
        everyone = len(screen.events)
        events = screen.query_one("#events", VirtualList)
        events.move_to(next(i for i, e in enumerate(screen.events) if e.company == "Mistral AI"))
        await pilot.press("f")
        await settle(pilot)
        assert screen.crumb == "Timeline · Mistral AI"
        assert 0 < len(screen.events) < everyone
        assert all("Mistral" in e.title for e in screen.events)
        await pilot.press("f")
        await settle(pilot)
        assert len(screen.events) == everyone


async def test_f_filters_to_the_highlighted_events_company_each_time_not_the_previous_one(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        screen = app.screen
        events = screen.query_one("#events", VirtualList)
        for name in ("Mistral AI", "Microsoft"):
            events.move_to(next(i for i, e in enumerate(screen.events) if e.company == name))
            await pilot.press("f")
            await settle(pilot)
            assert screen.crumb == f"Timeline · {name}"
            assert {e.company_id for e in screen.events} >= {deals_store.find_company(name).id}
            await pilot.press("f")
            await settle(pilot)
            assert screen.crumb == "Timeline"
        # From a company's timeline too: shown everyone's, `f` follows the cursor.
        screen = await open_timeline_of(pilot, deals_store, "OpenAI")
        await pilot.press("f")
        await settle(pilot)
        events = screen.query_one("#events", VirtualList)
        events.move_to(next(i for i, e in enumerate(screen.events) if e.company == "Mistral AI"))
        await pilot.press("f")
        await settle(pilot)
        assert screen.crumb == "Timeline · Mistral AI"


async def test_f_twice_comes_back_to_the_event_it_left(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        screen = app.screen
        events = screen.query_one("#events", VirtualList)
        events.move_to(max(i for i, e in enumerate(screen.events) if e.company == "Mistral AI"))
        left = screen.current.ref
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert screen.current.ref == left


async def test_f_back_to_the_whole_timeline_shows_the_event_it_left_highlighted(app):
    async with app.run_test(size=(80, 14)) as pilot:  # a short list: the last event is out of view
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        screen = app.screen
        events = screen.query_one("#events", VirtualList)
        await pilot.press("end")
        left = screen.current.ref
        assert events.cursor >= events.size.height
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert screen.current.ref == left
        top = int(events.scroll_offset.y)
        assert top <= events.cursor < top + events.size.height, "the highlighted event is in view"


async def test_a_rejection_made_on_another_screen_reloads_the_timeline_on_the_same_event(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#events", VirtualList).move_to(2)
        kept, rejected = screen.current.ref, screen.events[1].ref
        await pilot.press("question_mark")  # another screen on top; the decision is made meanwhile
        await settle(pilot)
        deals_store.review(rejected, "rejected")
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        assert rejected not in [event.ref for event in screen.events]
        assert screen.current.ref == kept


async def test_f_back_to_everyone_shows_the_list_already_loaded_without_reading_it_again(app, monkeypatch):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        screen = app.screen
        everyone = screen.events
        reads: list[int | None] = []
        timeline = app.store.timeline
        monkeypatch.setattr(
            app.store, "timeline", lambda company_id=None: reads.append(company_id) or timeline(company_id)
        )
        await pilot.press("f")
        await settle(pilot)
        one_company = screen.events
        await pilot.press("f")
        await settle(pilot)
        assert screen.events is everyone and reads == [screen.company[0]]
        await pilot.press("f")  # the same company again: its list is kept too
        await settle(pilot)
        assert screen.events is one_company and reads == [screen.company[0]]


def marked_lines(virtual_list: VirtualList) -> int:
    """How many lines on screen carry the selection mark."""
    return sum(line.lstrip().startswith("●") for line in shown_lines(virtual_list))


async def test_events_selected_on_the_timeline_stay_selected_after_going_back(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        timeline = await open_timeline_of(pilot, deals_store, "OpenAI")
        await pilot.press("space", "j", "space")
        picked = [event.ref for event in timeline.events[:2]]
        assert marked_lines(timeline.query_one("#events", VirtualList)) == 2
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        assert app.selection.refs == picked
        assert "2 records selected" in app.screen.query_one(StatusBar).render().plain
        page = app.screen.query_one("#page", VirtualList)
        assert {row.ref for row in page.rows if getattr(row, "ref", None) in app.selection} == set(picked)
        await pilot.press("t")
        await settle(pilot)
        assert marked_lines(app.screen.query_one("#events", VirtualList)) == 2
        await pilot.press("e")
        assert app.screen.refs == picked


async def test_the_timeline_of_an_empty_database_says_there_are_no_events_yet(tmp_path):
    from ai_deals.store import Store
    from ai_deals.tui.app import DealsApp

    with Store.open(tmp_path / "empty.db") as store:
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+t")
            await settle(pilot)
            assert isinstance(app.screen, TimelineScreen)
            lines = shown_lines(app.screen.query_one("#events", VirtualList))
            assert lines[0] == "No dated events yet: import an article or a deal file"
            assert "Loading" not in "\n".join(lines)


async def test_a_move_key_pressed_while_the_timeline_loads_is_applied_when_it_arrives(app, deals_store):
    import threading

    release = threading.Event()
    outline = deals_store.timeline_outline

    def slow_outline():
        release.wait(10)
        return outline()

    deals_store.timeline_outline = slow_outline
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimelineScreen) and not screen.events
        await pilot.press("down", "end")
        await pilot.pause()
        status = screen.query_one(StatusBar).message
        assert status.startswith("Still loading") and "End" in status
        release.set()
        await settle(pilot)
        events = screen.query_one("#events", VirtualList)
        assert events.cursor == len(screen.events) - 1 > 0


PARTIAL_DATES = (
    "company,kind,metric,amount,currency,unit,date\n"
    "Tessellate,projection,employees,70,,employees,2018\n"
    "Tessellate,projection,employees,28,,employees,2018-04-17\n"
    "Tessellate,revenue,revenue,3000000,USD,,2018-03\n"
    "Tessellate,metric,customers,140,,customers,2018-04-17\n"
    "Tessellate,metric,customers,90,,customers,2018\n"
)


@pytest.mark.parametrize("width", [80, 120])
async def test_a_projections_full_date_stays_in_its_column_and_a_year_long_one_follows_that_years_events(
    tmp_path, width
):
    """`through 2018-04-17` was wider than the date column and pushed its row out of line; "through
    2018" (by the end of 2018) came before 2018-03. A projection reads "for" its date, in the column,
    after the events dated within its period; a past event known to its year alone stays first."""
    path = tmp_path / "p.csv"
    path.write_text(PARTIAL_DATES, encoding="utf-8")
    assert main(["--db", str(tmp_path / "p.db"), "--empty", "import", str(path)]) == 0
    store = Store.open(tmp_path / "p.db")
    app = DealsApp(store)
    try:
        async with app.run_test(size=(width, 24)) as pilot:
            screen = await open_timeline_of(pilot, store, "Tessellate")
            lines = [line for line in shown_lines(screen.query_one("#events", VirtualList)) if line.strip()]
            margin = len(lines[0]) - len(lines[0].lstrip())  # the selection mark's room
            assert [line[margin : margin + 15].rstrip() for line in lines] == [
                "2018",
                "2018-03",
                "2018-04-17",
                "for 2018-04-17",
                "for 2018",
            ]
            # Every title in line (the company's own, on its timeline, without its name: the crumb says it).
            assert {len(line) - len(line[margin + 15 :].lstrip()) for line in lines} == {margin + 15}
            assert not any("Tessellate" in line for line in lines)
    finally:
        store.close()


FOUR_SERIES_D = "company,investors,amount,currency,date,round_type\n" + "".join(
    f'Kestrel Photonics,"Samsung Catalyst {fund}, Lakestar",{amount},USD,2026-05-20,Series D\n'
    for fund, amount in (("Fund", 410e6), ("Growth", 25e6), ("Partners", 30e6), ("Ventures", 40e6))
)


async def test_one_companys_timeline_gives_the_company_column_to_the_investors_that_tell_its_lines_apart(
    tmp_path,
):
    """At 80 columns, the timeline filtered to Kestrel repeated "Kestrel Photonics" on every line and cut
    the investors that told its four Series D apart ("… from Samsung Catalys")."""
    path = tmp_path / "d.csv"
    path.write_text(FOUR_SERIES_D, encoding="utf-8")
    assert main(["--db", str(tmp_path / "d.db"), "--empty", "import", str(path)]) == 0
    store = Store.open(tmp_path / "d.db")
    app = DealsApp(store)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_timeline_of(pilot, store, "Kestrel Photonics")
            lines = [line for line in shown_lines(screen.query_one("#events", VirtualList)) if line.strip()]
            assert len(lines) == 4
            assert not any("Kestrel" in line for line in lines)
            funds = sorted(line.split(" from ")[1].split(",")[0] for line in lines)
            assert funds == [
                f"Samsung Catalyst {fund}" for fund in ("Fund", "Growth", "Partners", "Ventures")
            ]
            await pilot.press("f")  # everyone's timeline: the company column is back
            await settle(pilot)
            lines = [line for line in shown_lines(screen.query_one("#events", VirtualList)) if line.strip()]
            assert all("Kestrel Photonics" in line for line in lines)
    finally:
        store.close()
