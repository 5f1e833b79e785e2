"""Fixes from tester qa48's report (fixE26), in the app: review, help, timeline and company page."""

from __future__ import annotations

from pathlib import Path

from nordwind_stories import TECHCRUNCH

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.company_rows import fit_words
from ai_deals.tui.screens.help import HelpScreen
from ai_deals.tui.screens.review import ReviewScreen
from ai_deals.tui.screens.source import SourceScreen
from ai_deals.tui.screens.source_pick import SourcePickScreen
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from screen_host import ScreenHost
from tui_helpers import import_one_by_one, settle, shown, shown_lines

RUN_RATE = """
The company said its annualized revenue run-rate has reached $6 million, up from $1 million a year ago.
"""


async def test_review_shows_the_sentence_naming_the_co_investors_too(tmp_path: Path):
    db = import_one_by_one(tmp_path / "deals.db", tmp_path, [("tc.txt", TECHCRUNCH)])
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            sentence = shown(app, "#review-sentence")
    assert "has raised $45 million" in sentence
    assert "and Eurazeo also participated in the round." in sentence
    assert sentence.count("— Nordwind Robotics grabs $45M Series A") == 1  # one source line for both


def help_keys(app) -> list[str]:
    assert isinstance(app.screen, HelpScreen)
    return [f"{keys} {what}" for keys, what, _tooltip in app.screen.rows]


async def test_search_box_help_names_ctrl_e_export_not_go_to_end(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        keys = help_keys(app)
    assert "^e Export" in keys  # what ctrl+e does there (a priority binding of the search screen)
    assert "end Go to end" in keys
    assert not any(key.startswith("end/^e") or key.startswith("^e Go") for key in keys)


def test_company_help_says_r_on_a_row_several_sources_tell_reviews_only_that_rows_records():
    assert "on a row several sources tell" in CompanyScreen.help_text
    assert "only that row's records" in CompanyScreen.help_text


ROUND_ARTICLE = """title: {title}
date: 2026-11-17
url: https://news.example/{slug}
publisher: {publisher}

Heliade, a Paris-based startup, said on Tuesday it had raised 120 million euros in a Series B round led by Eurazeo.
"""


async def test_s_on_a_timeline_event_several_sources_tell_asks_which_source(tmp_path: Path):
    files = [
        (f"{slug}.txt", ROUND_ARTICLE.format(title=f"Heliade raises (per {name})", slug=slug, publisher=name))
        for slug, name in (("reuters", "Reuters"), ("afp", "AFP"))
    ]
    db = import_one_by_one(tmp_path / "deals.db", tmp_path, files)
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+t")
            await settle(pilot)
            assert isinstance(app.screen, TimelineScreen)
            event = app.screen.current
            assert event is not None and event.also  # one raise, two sources' records folded
            await pilot.press("s")
            await settle(pilot)
            assert isinstance(app.screen, SourcePickScreen)
            assert len(app.screen.choices) == 2
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, SourceScreen)


def test_an_amount_is_never_cut_mid_number_the_words_before_it_give_way():
    details = "lead · in the Series B of €120M · 4 sources"
    assert fit_words(details, 60) == details
    assert fit_words(details, 26) == "lead · in the … €120M · 4 sources"  # the list cuts after €120M
    assert fit_words(details, 26).index("€120M") + len("€120M") <= 25
    assert "€1" not in fit_words(details, 12)  # no room for it whole: left out, never "€1…"


def page_lines(app) -> list[str]:
    return shown_lines(app.screen.query_one("#page", VirtualList))


async def test_company_page_columns_take_the_room_there_is(tmp_path: Path):
    db = import_one_by_one(tmp_path / "deals.db", tmp_path, [("tc.txt", TECHCRUNCH + RUN_RATE)])
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            app.open_company(store.search("Nordwind")[0].company_id, "Nordwind Robotics")
            await settle(pilot)
            lines = page_lines(app)
    assert any("Lightspeed Venture Partners " in line for line in lines)  # not "Lightspeed Venture Pa…"
    assert any("annualized revenue run rate " in line for line in lines)
    assert any(line.rstrip().endswith("lead · in the Series A of $45M") for line in lines)


async def test_company_page_in_a_narrow_window_shows_a_round_amount_whole(tmp_path: Path):
    long_round = TECHCRUNCH.replace("Series A round", "Series A extension round")
    db = import_one_by_one(tmp_path / "deals.db", tmp_path, [("tc.txt", long_round)])
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(60, 40)) as pilot:
            await settle(pilot)
            app.open_company(store.search("Nordwind")[0].company_id, "Nordwind Robotics")
            await settle(pilot)
            lines = [line for line in page_lines(app) if "Lightspeed" in line and "lead" in line]
    assert lines and all("$45M" in line for line in lines), lines


async def test_timeline_sentence_panel_says_the_conflict_its_row_cuts(tmp_path: Path):
    files = [
        (
            f"{slug}.txt",
            ROUND_ARTICLE.format(title=f"Heliade (per {name})", slug=slug, publisher=name).replace(
                "120 million", amount
            ),
        )
        for slug, name, amount in (("reuters", "Reuters", "120 million"), ("afp", "AFP", "125 million"))
    ]
    db = import_one_by_one(tmp_path / "deals.db", tmp_path, files)
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+t")
            await settle(pilot)
            assert "conflict: €120M vs €125M" in app.screen.current.title
            panel = shown(app, "#sentence")
    assert panel.startswith("conflict: €120M vs €125M")


async def test_review_of_a_round_read_from_many_rows_shows_a_few_and_counts_the_rest(tmp_path: Path):
    rows = "".join(f"Good AI,Backer {n},round,3000000,USD,2024-01-01,seed\n" for n in range(12))
    db = import_one_by_one(
        tmp_path / "deals.db",
        tmp_path,
        [("many.csv", "company,investor,kind,amount,currency,date,round_type\n" + rows)],
    )
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            sentence = shown(app, "#review-sentence")
    assert sentence.count("Good AI,Backer") == 6
    assert "… and 6 more sentences" in sentence
