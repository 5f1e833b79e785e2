"""Merging a duplicate from the app: find it by fuzzy search, confirm, merge, undo."""

from __future__ import annotations

import pytest

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import Store
from ai_deals.tui.screens.confirm import ConfirmScreen
from ai_deals.tui.screens.merge import MergeScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from screen_host import ScreenHost
from tui_data import span
from tui_helpers import burst, settle, shown_lines, type_text

DUPLICATE_TEXT = "Thrive Capital a investi 1 milliard de dollars dans Open AI Global en 2024."


def add_duplicate(store: Store) -> int:
    """Import a story that spells OpenAI differently; returns the duplicate's id."""
    fact = Fact(
        kind="investment",
        company="Open AI Global",
        investor="Thrive Capital",
        amount=1e9,
        currency="USD",
        date="2024",
        date_precision="year",
        **span(DUPLICATE_TEXT, "1 milliard"),
    )
    store.import_source(
        ParsedSource(title="Thrive", text=DUPLICATE_TEXT, published="2024-10-01", facts=[fact])
    )
    return store.find_company("Open AI Global", exact=True).id


def investors_of(store: Store, company_id: int) -> list[str]:
    return sorted(stake.investor for stake in store.company(company_id).investors)


def status(app) -> str:
    return app.screen.query_one("StatusBar").render().plain


async def pick_duplicate(pilot, query: str) -> list[str]:
    """Type `query` in the merge box and return the candidates shown."""
    box = pilot.app.screen.query_one("#merge-query")
    box.value = ""
    box.focus()
    await type_text(pilot, query)
    await settle(pilot)
    return shown_lines(pilot.app.screen.query_one("#merge-candidates", VirtualList))


async def test_merge_a_misspelt_duplicate_then_undo(deals_store):
    openai = deals_store.find_company("OpenAI").id
    duplicate = add_duplicate(deals_store)
    app = ScreenHost(lambda: MergeScreen(deals_store, openai))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.crumb == "Merge into OpenAI"
        candidates = await pick_duplicate(pilot, "open ai glbal")
        assert "Open AI Global" in candidates[0]
        assert not any(line.split()[1:2] == ["OpenAI"] for line in candidates), "never offered itself"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        assert status(app).startswith("Merged “Open AI Global” into “OpenAI”")
        assert "Thrive Capital" in investors_of(deals_store, openai)
        assert deals_store.find_company("Open AI Global", exact=True).id == openai, "its name became an alias"

        await pilot.press("ctrl+z")  # the focus is back in the box, where u is typed
        await settle(pilot)
        assert status(app).startswith("Merge undone: “Open AI Global” is back · ")
        assert "Thrive Capital" not in investors_of(deals_store, openai)
        assert investors_of(deals_store, duplicate) == ["Thrive Capital"]


async def test_merge_waits_for_confirmation(deals_store):
    openai = deals_store.find_company("OpenAI").id
    duplicate = add_duplicate(deals_store)
    app = ScreenHost(lambda: MergeScreen(deals_store, openai))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pick_duplicate(pilot, "open ai global")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, MergeScreen)
    assert investors_of(deals_store, duplicate) == ["Thrive Capital"]
    assert "Thrive Capital" not in investors_of(deals_store, openai)


async def test_the_merge_question_names_the_undo_key_of_the_box_and_its_footer_shows_its_own_keys(
    deals_store,
):
    from textual.widgets import Footer

    openai = deals_store.find_company("OpenAI").id
    add_duplicate(deals_store)
    app = ScreenHost(lambda: MergeScreen(deals_store, openai))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pick_duplicate(pilot, "open ai global")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        question = app.screen.query_one("#confirm-question").render().plain
        assert question.endswith("; ctrl+z undoes.")
        bottom, _ = app.screen.get_widget_at(10, 23)  # what the bottom line shows
        assert any(isinstance(widget, Footer) for widget in (bottom, *bottom.ancestors))
        assert bottom.screen is app.screen, "the question's footer, not the merge screen's"
        keys = [(key.key_display, key.description) for key in app.screen.query_one(Footer).query("FooterKey")]
        assert keys[:3] == [("y", "Yes"), ("n", "No"), ("esc", "Cancel")]
        assert not {"Back", "Undo"} & {description for _, description in keys}
        await pilot.press("y")
        await settle(pilot)
        assert app.focused is app.screen.query_one("#merge-query"), "where ctrl+z (not u) undoes"


async def test_merge_survives_a_restart_and_undo_says_when_there_is_nothing(deals_store, tmp_path):
    openai = deals_store.find_company("OpenAI").id
    add_duplicate(deals_store)
    messages: list = []
    app = ScreenHost(lambda: MergeScreen(deals_store, openai))
    async with app.run_test(size=(80, 24), message_hook=messages.append) as pilot:
        await settle(pilot)
        app.screen.query_one("#merge-candidates").focus()
        await pilot.press("u")
        assert "No merge to undo." in [n.message for n in app._notifications]
        await pick_duplicate(pilot, "open ai global")
        await pilot.press("enter", "y")
        await settle(pilot)
    assert any(isinstance(m, MergeScreen.Changed) and m.company_id == openai for m in messages)
    path = deals_store.path
    deals_store.close()
    with Store.open(path) as reopened:
        assert "Thrive Capital" in investors_of(reopened, openai)
        assert [hit.name for hit in reopened.search("open ai global", 5)][0] == "OpenAI"


async def test_search_results_are_fresh_after_a_merge_and_a_merged_away_page_opens_the_kept_one(deals_store):
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.screens.company import CompanyScreen
    from ai_deals.tui.screens.help import HelpScreen

    duplicate = add_duplicate(deals_store)
    openai = deals_store.find_company("OpenAI").id
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "open ai global")
        await settle(pilot)
        assert "Open AI Global" in shown_lines(app.screen.query_one("#results", VirtualList))[0]
        await pilot.press("f1")  # another screen on top; the merge is made meanwhile
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        deals_store.merge_companies(openai, duplicate)
        await pilot.press("escape")
        await settle(pilot)
        first = shown_lines(app.screen.query_one("#results", VirtualList))[0]
        assert first.split()[:4] == ["company", "OpenAI", "aka", "Open"], "the duplicate is now an alias"
        app.open_company(duplicate, "Open AI Global")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen) and app.screen.page.company.id == openai


async def merge_from_the_company_page(pilot, store, query: str) -> None:
    """On OpenAI's page: M, pick the duplicate, confirm, then back to the page."""
    pilot.app.open_company(store.find_company("OpenAI").id, "OpenAI")
    await settle(pilot)
    await pilot.press("M")
    await settle(pilot)
    await pick_duplicate(pilot, query)
    await pilot.press("enter", "y")
    await settle(pilot)
    await pilot.press("escape")
    await settle(pilot)


def notifications(app) -> list[str]:
    return [notification.message for notification in app._notifications]


async def test_u_on_the_merged_company_page_undoes_the_last_merge_and_says_which(deals_store):
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.screens.company import CompanyScreen

    duplicate = add_duplicate(deals_store)
    openai = deals_store.find_company("OpenAI").id
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await merge_from_the_company_page(pilot, deals_store, "open ai global")
        assert isinstance(app.screen, CompanyScreen)
        assert "Thrive Capital" in [stake.investor for stake in app.screen.page.investors]
        await pilot.press("u")
        await settle(pilot)
        assert "Merge undone: “Open AI Global” is back, apart from “OpenAI”." in notifications(app)
        assert investors_of(deals_store, duplicate) == ["Thrive Capital"]
        assert "Thrive Capital" not in [stake.investor for stake in app.screen.page.investors], "page re-read"
        await pilot.press("u")
        await settle(pilot)
        assert notifications(app)[-1].startswith("No merge or split to undo")
    assert "Thrive Capital" not in investors_of(deals_store, openai)


async def test_the_palette_undoes_the_last_merge_from_any_screen(deals_store):
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.screens.search import SearchScreen

    duplicate = add_duplicate(deals_store)
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await merge_from_the_company_page(pilot, deals_store, "open ai global")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("ctrl+p")
        await type_text(pilot, "merge: Undo last")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "Merge undone: “Open AI Global” is back, apart from “OpenAI”." in notifications(app)
    assert investors_of(deals_store, duplicate) == ["Thrive Capital"]


async def test_u_on_a_new_merge_screen_undoes_a_merge_made_on_an_earlier_one(deals_store):
    from ai_deals.tui.app import DealsApp

    duplicate = add_duplicate(deals_store)
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await merge_from_the_company_page(pilot, deals_store, "open ai global")
        await pilot.press("M")
        await settle(pilot)
        app.screen.query_one("#merge-candidates").focus()
        await pilot.press("u")
        await settle(pilot)
        assert status(app).startswith("Merge undone: “Open AI Global” is back · ")
    assert investors_of(deals_store, duplicate) == ["Thrive Capital"]


async def test_shift_tab_and_a_name_typed_in_one_burst_go_to_the_search_box(deals_store):
    """From the candidates, "⇧⇥name" typed in one burst gave the letters to the list (dropped: a
    "u" among them undid the last merge) before Shift+Tab moved the focus to the box."""
    from ai_deals.tui.app import DealsApp

    add_duplicate(deals_store)
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(MergeScreen(deals_store, deals_store.find_company("OpenAI").id))
        await settle(pilot)
        app.screen.query_one("#merge-candidates", VirtualList).focus()
        await pilot.pause()
        burst(app, "shift+tab", *"open ai glbal")
        await settle(pilot)
        box = app.screen.query_one("#merge-query")
        assert app.focused is box and box.value == "open ai glbal"
        assert "Open AI Global" in shown_lines(app.screen.query_one("#merge-candidates", VirtualList))[0]


@pytest.mark.parametrize("focus", ["search box", "candidates"])
async def test_enter_and_y_typed_in_one_burst_merge_the_highlighted_company(deals_store, focus):
    """Enter in the search box (or on the candidates) asks "merge?": a "y" typed right after went into
    the search box (searching for another name) and the question stayed open."""
    from ai_deals.tui.app import DealsApp

    openai = deals_store.find_company("OpenAI").id
    add_duplicate(deals_store)
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(MergeScreen(deals_store, openai))
        await settle(pilot)
        await pick_duplicate(pilot, "open ai glbal")
        if focus == "candidates":
            app.screen.query_one("#merge-candidates", VirtualList).focus()
            await pilot.pause()
        burst(app, "enter", "y")
        await settle(pilot)
        assert isinstance(app.screen, MergeScreen)
        assert status(app).startswith("Merged “Open AI Global” into “OpenAI”")
    assert "Thrive Capital" in investors_of(deals_store, openai)


async def test_merging_an_acquirer_with_what_it_acquired_says_the_acquisition_would_read_as_buying_itself(
    tmp_path,
):
    """The app merged Ledgerline and Claimsight, which it had acquired, without a word."""
    from ai_deals.cli import main

    path = tmp_path / "acq.csv"
    path.write_text(
        "company,acquirer,kind,amount,currency,date\nClaimsight,Ledgerline,acquisition,5000000,USD,2026-06-10\n",
        encoding="utf-8",
    )
    assert main(["--db", str(tmp_path / "acq.db"), "--empty", "import", str(path)]) == 0
    store = Store.open(tmp_path / "acq.db")
    try:
        app = ScreenHost(lambda: MergeScreen(store, store.find_company("Ledgerline").id))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert "Claimsight" in (await pick_duplicate(pilot, "claimsight"))[0]
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("y")
            await settle(pilot)
            assert status(app).startswith("Merged “Claimsight” into “Ledgerline”")
            notes = [note.message for note in app._notifications]
            assert notes == [
                "Ledgerline acquired Claimsight: after the merge that acquisition reads as Ledgerline acquiring"
                " itself (pages and the timeline leave it out)"
            ]
    finally:
        store.close()


async def test_undoing_a_merge_another_shell_split_apart_says_so_in_the_status_bar(deals_store):
    openai = deals_store.find_company("OpenAI").id
    add_duplicate(deals_store)
    app = ScreenHost(lambda: MergeScreen(deals_store, openai))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pick_duplicate(pilot, "open ai glbal")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        with Store.open(deals_store.path) as shell:  # `ai-deals split OpenAI "Open AI Global"`
            shell.split_company(openai, "Open AI Global")
        await pilot.press("ctrl+z")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert status(app).startswith(
            "Not undone: “Open AI Global” was already separated from “OpenAI” by a split."
        )
        rows = deals_store.db.execute("SELECT count(*) FROM companies WHERE name = 'Open AI Global'")
        assert rows.fetchone()[0] == 1


def import_during_the_merge(store: Store) -> None:
    """Two sources imported while "Open AI Global" is merged into OpenAI: one naming the merged
    company (its record goes back at the undo), one naming neither (its record stays with OpenAI)."""
    for text, company in (
        ("Open AI Global has raised $2 billion in a Series F round.", "Open AI Global"),
        ("The start-up has raised $60 million in a Series E round.", "OpenAI"),
    ):
        fact = Fact(
            kind="round",
            company=company,
            amount=2e9 if company == "Open AI Global" else 60e6,
            currency="USD",
            date="2026-05-01",
            date_precision="day",
            **span(text, "raised"),
        )
        store.import_source(ParsedSource(title="Round", text=text, published="2026-05-01", facts=[fact]))


RECORDS_SINCE = (
    "1 record imported during the merge naming Open AI Global went back to it\n"
    "1 record imported during the merge names neither Open AI Global nor OpenAI: it stays with OpenAI "
    "(S on OpenAI's page moves a source's records)"
)
"""What `ai-deals unmerge` prints of those two records, in its words."""


async def test_undoing_a_merge_on_the_merge_screen_says_what_became_of_the_records_imported_meanwhile(
    deals_store,
):
    openai = deals_store.find_company("OpenAI").id
    add_duplicate(deals_store)
    app = ScreenHost(lambda: MergeScreen(deals_store, openai))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pick_duplicate(pilot, "open ai glbal")
        await pilot.press("enter", "y")
        await settle(pilot)
        import_during_the_merge(deals_store)
        await pilot.press("ctrl+z")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert status(app).startswith("Merge undone: “Open AI Global” is back · ")
        said = [n for n in app._notifications if n.title == "Records imported during the merge"]
        assert [n.message for n in said] == [RECORDS_SINCE]
        assert not said[0].markup, "names are data, never markup"


async def test_u_on_the_company_page_says_what_became_of_the_records_imported_during_the_merge(deals_store):
    from ai_deals.tui.app import DealsApp

    add_duplicate(deals_store)
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await merge_from_the_company_page(pilot, deals_store, "open ai global")
        import_during_the_merge(deals_store)
        await pilot.press("u")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert "Merge undone: “Open AI Global” is back, apart from “OpenAI”." in notifications(app)
        assert RECORDS_SINCE in notifications(app)


async def test_an_undone_merge_with_no_record_imported_meanwhile_says_nothing_more(deals_store):
    from ai_deals.tui.app import DealsApp

    add_duplicate(deals_store)
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await merge_from_the_company_page(pilot, deals_store, "open ai global")
        await pilot.press("u")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert not [n for n in app._notifications if n.title == "Records imported during the merge"]


NORTHGATE_TEXT = (
    "Halcyon Labs raised $4 million from Northgate Ventures in 2019. "
    "Vireo Silicon raised $3 million from Northgate VC in 2020."
)


async def test_the_merge_box_starts_from_the_name_s_first_word_so_similar_names_are_offered(tmp_path):
    """qa44: the box held the whole name ("Northgate Ventures"), whose search wants both words, and said
    "No other company matches." though "Northgate VC" was there; "Northgate" lists it."""
    store = Store.open(tmp_path / "northgate.db")
    facts = [
        Fact(kind="investment", company=company, investor=investor, amount=amount, currency="USD",
             date=year, date_precision="year", **span(NORTHGATE_TEXT, words))
        for company, investor, amount, year, words in (
            ("Halcyon Labs", "Northgate Ventures", 4e6, "2019", "$4 million"),
            ("Vireo Silicon", "Northgate VC", 3e6, "2020", "$3 million"),
        )
    ]  # fmt: skip
    store.import_source(
        ParsedSource(title="Northgate", text=NORTHGATE_TEXT, published="2020-01-01", facts=facts)
    )
    kept = store.find_company("Northgate Ventures", exact=True).id
    app = ScreenHost(lambda: MergeScreen(store, kept))
    try:
        async with app.run_test(size=(100, 24)) as pilot:
            await settle(pilot)
            box = app.screen.query_one("#merge-query")
            assert box.value == "Northgate" and box.selection.end == len("Northgate"), "typing replaces it"
            candidates = shown_lines(app.screen.query_one("#merge-candidates", VirtualList))
            assert any("Northgate VC" in line for line in candidates), candidates
            assert not any("Northgate Ventures" in line for line in candidates), "never offered itself"
    finally:
        store.close()


def test_the_merge_box_starts_past_a_leading_article_and_keeps_a_one_word_name():
    from ai_deals.tui.screens.merge import first_word

    assert first_word("The Ledger Ltd") == "Ledger"
    assert first_word("OpenAI") == "OpenAI"
    assert first_word("Northgate Ventures") == "Northgate"
