"""Items qa49 left in the explorer (ui27): an investor named two ways ("Quill Capital Partners" by one
source, "Quill Capital" by the others of one raise) opens as the one its raises list it as, however
its page is reached, and says so once, as `show` does."""

from __future__ import annotations

from test_ui26_explorer import store  # noqa: F401 (fixture: Egret AI's raise naming Quill two ways)

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle

LISTED_NOTE = '"Quill Capital Partners" is listed as Quill Capital.'


def notes(app: DealsApp) -> list[str]:
    return [note.message for note in app._notifications]


async def test_the_other_spellings_page_opens_as_the_one_it_is_listed_as_and_says_so(store: Store):  # noqa: F811
    spelt = store.find_company("Quill Capital Partners", exact=True)
    listed = store.listed_as(spelt.id)
    assert listed is not None and listed.name == "Quill Capital"
    app = DealsApp(store)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        app.open_company(spelt.id, spelt.name)  # as a row, the timeline or a search hit read before would
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompanyScreen)
        assert screen.company_id == listed.id
        assert screen.crumb == "Quill Capital"
        assert screen.timeline_company == (listed.id, "Quill Capital")  # `t` opens that one's timeline
        assert notes(app).count(LISTED_NOTE) == 1  # said once, not again when the whole page comes
        assert screen.page is not None and screen.page.company.name == "Quill Capital"


async def test_a_company_pages_investor_row_opens_the_spelling_it_lists(store: Store):  # noqa: F811
    egret = store.find_company("Egret AI", exact=True)
    app = DealsApp(store)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        app.open_company(egret.id, egret.name)
        await settle(pilot)
        page = app.screen.query_one("#page", VirtualList)
        [quill] = [i for i, row in enumerate(page.rows) if row.target_name == "Quill Capital"]
        page.move_to(quill)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        assert app.screen.crumb == "Quill Capital"
        assert LISTED_NOTE not in notes(app)  # listed as itself: nothing to say


async def test_a_page_listed_as_itself_says_nothing(store: Store):  # noqa: F811
    listed = store.find_company("Quill Capital", exact=True)
    app = DealsApp(store)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        app.open_company(listed.id, listed.name)
        await settle(pilot)
        assert app.screen.company_id == listed.id
        assert not any("listed as" in note or "merged" in note for note in notes(app))
