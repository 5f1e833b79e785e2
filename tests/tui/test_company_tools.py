"""From a company page: charts on the page, `m` map, `r` review, `M` merge, and back."""

from __future__ import annotations

from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.merge import MergeScreen
from ai_deals.tui.screens.relationship_map import RelationshipMapScreen
from ai_deals.tui.screens.review import ReviewScreen
from ai_deals.tui.widgets.charts import CompanyCharts, FundingChart

from tui_helpers import settle


async def open_openai(app, deals_store, pilot) -> None:
    app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
    await settle(pilot)


async def test_company_page_shows_funding_chart_with_the_round(app, deals_store):
    async with app.run_test(size=(100, 40)) as pilot:
        await open_openai(app, deals_store, pilot)
        chart = app.screen.query_one("#company-charts", CompanyCharts).query_one(FundingChart)
        text = "\n".join(line.text for line in chart.render_lines(chart.region.reset_offset))
        assert "$110B" in text
        await pilot.press("c")
        assert not app.screen.query_one("#company-charts").display


async def test_m_opens_the_map_and_enter_opens_a_company_from_it(app, deals_store):
    async with app.run_test(size=(100, 40)) as pilot:
        await open_openai(app, deals_store, pilot)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, RelationshipMapScreen)
        tree = app.screen.query_one("#map-tree")
        amazon = next(n for n in tree.root.children if "Amazon" in n.label.plain)
        tree.move_cursor(amazon)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen) and app.screen.page.company.name == "Amazon"


async def test_r_reviews_and_the_page_reloads_after(app, deals_store):
    async with app.run_test(size=(100, 40)) as pilot:
        await open_openai(app, deals_store, pilot)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        before = len(deals_store.review_queue())
        await pilot.press("y")
        await settle(pilot)
        assert len(deals_store.review_queue()) == before - 1
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)


async def test_capital_m_opens_the_merge_screen(app, deals_store):
    async with app.run_test(size=(100, 40)) as pilot:
        await open_openai(app, deals_store, pilot)
        await pilot.press("M")
        await settle(pilot)
        assert isinstance(app.screen, MergeScreen)


async def test_map_leaves_show_no_arrow_and_e_says_what_to_do_on_the_map(tmp_path):
    from article_import import FIXTURES, import_article

    from ai_deals.tui.app import DealsApp

    from tui_data import build_store

    store = build_store(tmp_path / "deals.db")
    import_article(store, FIXTURES / "articles_holdout6/fr_usinedigitale_axiome.txt")
    app = DealsApp(store)
    async with app.run_test(size=(100, 40)) as pilot:
        app.open_company(store.find_company("Axiome Semi").id, "Axiome Semi")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        tree = app.screen.query_one("#map-tree")
        lines = [tree.render_line(y).text for y in range(tree.size.height)]
        for name in ("Sofina", "EIC Fund"):
            node = next(n for n in tree.root.children if n.label.plain.startswith(name))
            assert not node.children and not node.allow_expand
            line = next(line for line in lines if name in line)
            assert "▼" not in line and "▶" not in line
        await pilot.press("e")
        await pilot.pause()
        notes = [n.message for n in app._notifications]
        assert notes == [RelationshipMapScreen.export_hint]
        assert "space" in notes[0] and "Enter opens a company" in notes[0]
    store.close()


def funding_chart_text(app) -> str:
    chart = app.screen.query_one("#company-charts", CompanyCharts).query_one(FundingChart)
    return "\n".join(line.text for line in chart.render_lines(chart.region.reset_offset))


async def test_once_a_round_is_rejected_its_stakes_are_drawn_in_the_money_raised_chart(app, deals_store):
    async with app.run_test(size=(100, 40)) as pilot:
        await open_openai(app, deals_store, pilot)
        assert "$110B" in funding_chart_text(app) and "$50B" not in funding_chart_text(app)
        await pilot.press("r")
        await settle(pilot)
        while not app.screen.query_one("#review-fact").render().plain.startswith("fact       round"):
            await pilot.press("down")
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        text = funding_chart_text(app)
        assert "$110B" not in text
        assert all(amount in text for amount in ("$50B", "$30B", "Amazon", "Nvidia", "SoftBank")), text
