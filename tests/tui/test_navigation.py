"""Drilling from company to company and back, with the trail shown as breadcrumbs."""

from __future__ import annotations

from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.search import SearchScreen
from ai_deals.tui.widgets.breadcrumbs import Breadcrumbs, trail_text
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle, shown_lines, type_text


async def open_row(pilot, label: str) -> None:
    """Move the page cursor to the first row mentioning `label` and press Enter."""
    page = pilot.app.screen.query_one("#page", VirtualList)
    index = next(i for i, row in enumerate(page.rows) if row.target_name == label)
    page.move_to(index)
    await pilot.press("enter")
    await settle(pilot)


def crumbs(app) -> str:
    return app.screen.query_one(Breadcrumbs).render().plain


async def test_drill_three_levels_and_come_back(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "opnai")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await open_row(pilot, "Nvidia")
        assert app.screen.page.company.name == "Nvidia"
        await open_row(pilot, "Mistral AI")
        assert app.screen.page.company.name == "Mistral AI"
        assert crumbs(app) == "Search › OpenAI › Nvidia › Mistral AI"

        await pilot.press("escape")
        assert app.screen.page.company.name == "Nvidia"
        await pilot.press("backspace")
        assert app.screen.page.company.name == "OpenAI"
        assert crumbs(app) == "Search › OpenAI"
        await pilot.press("escape")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, SearchScreen)


async def test_back_from_a_drill_down_puts_the_cursor_on_the_row_drilled_into(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "opnai")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        page = app.screen.query_one("#page", VirtualList)
        drilled = next(i for i, row in enumerate(page.rows) if row.target_name == "Nvidia")
        assert drilled > 0
        await open_row(pilot, "Nvidia")
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.page.company.name == "OpenAI"
        assert page.cursor == drilled and page.highlighted.target_name == "Nvidia"


async def test_company_page_shows_every_section(app, deals_store):
    async with app.run_test(size=(100, 40)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        page = app.screen.query_one("#page", VirtualList)
        headers = [row.pieces[0][0] for row in page.rows if row.role == "header"]
        assert headers == [
            "Rounds and valuations (2)",
            "Investors (4 · 3 investments · 1 running total)",  # Microsoft's ≥$13B is a running total
            "Partnerships (1)",
            "Metrics and projections (3)",
            "Statements (1)",
            "Sources (1)",
        ]
        text = "\n".join("".join(piece[0] for piece in row.pieces) for row in page.rows)
        for expected in (
            "≥ $13B",
            "tranche: première tranche de 15 milliards",
            "condition: une fois certaines conditions",
            "since 2016",
            "for 2029",
            "≥ 900M users",
            "valued $730B",
            "le créateur de ChatGPT",
        ):
            assert expected in text


async def test_enter_on_a_partnership_opens_the_other_party(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await open_row(pilot, "Microsoft")
        assert isinstance(app.screen, CompanyScreen)
        assert app.screen.page.company.name == "Microsoft"


def test_long_trails_drop_their_oldest_steps_to_fit():
    text = trail_text(["Search", "OpenAI", "Nvidia", "Mistral AI"], 30)
    assert text.plain == "… › Nvidia › Mistral AI"
    assert trail_text(["Search", "OpenAI"], 80).plain == "Search › OpenAI"


async def test_investors_named_only_in_a_round_can_be_drilled_into_and_lead_back(tmp_path):
    from ai_deals.store import Store
    from ai_deals.tui.app import DealsApp

    from factories import import_deal_file

    path = tmp_path / "cb.csv"
    path.write_text(
        "company_name,investor_name,raised_amount_usd,funded_at,funding_round_type\n"
        "Hugging Face,Salesforce Ventures,235000000,2023-08-24,series_d\n"
        "Hugging Face,Google,235000000,2023-08-24,series_d\n"
        "Kalmiro Robotics,Google,12000000,2024-05-02,series_a\n"
    )
    store = Store.open(tmp_path / "d.db")
    import_deal_file(store, path)
    async with DealsApp(store).run_test(size=(100, 30)) as pilot:
        pilot.app.open_company(store.find_company("Hugging Face").id, "Hugging Face")
        await settle(pilot)
        await open_row(pilot, "Google")
        assert pilot.app.screen.page.company.name == "Google"
        portfolio = {row.target_name for row in pilot.app.screen.query_one("#page", VirtualList).rows}
        assert {"Hugging Face", "Kalmiro Robotics"} <= portfolio
        await open_row(pilot, "Kalmiro Robotics")
        assert crumbs(pilot.app).endswith("Hugging Face › Google › Kalmiro Robotics")
    store.close()


def test_a_name_longer_than_the_line_is_cut_not_pushed_off_the_breadcrumbs():
    text = trail_text(["Search", "OpenAI", "Rocket 🚀 " + "A" * 300], 60)
    assert text.plain.startswith("… › Rocket 🚀 AAA") and text.plain.endswith("…")
    assert text.cell_len <= 60


def test_a_source_row_counts_its_facts_in_good_english(deals_store):
    from ai_deals.tui.screens.company_rows import build_rows

    page = deals_store.company(deals_store.find_company("OpenAI").id)
    one = page.model_copy(update={"sources": [page.sources[0].model_copy(update={"fact_count": 1})]})
    texts = ["".join(piece for piece, _, _ in row.pieces) for row in build_rows(one) if row.role == "source"]
    assert texts and texts[0].endswith("1 fact") and "facts" not in texts[0]


def test_a_deal_files_coded_round_type_reads_as_an_article_writes_it_on_the_company_page():
    from ai_deals.store.models import Round
    from ai_deals.tui.screens.company_rows import round_row

    item = Round(
        id=1, record_type="round", company_id=1, company="Brisa AI", round_type="series_f", amount=5e6
    )
    assert "Series F" in "".join(text for text, _, _ in round_row(item).pieces)


async def test_an_acquirers_page_lists_what_it_bought_and_the_target_page_who_bought_it(app, deals_store):
    from article_import import FIXTURES, import_article

    import_article(deals_store, FIXTURES / "articles_holdout60/en_techcrunch_trellis.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_company(deals_store.find_company("Amazon").id, "Amazon")
        await settle(pilot)
        lines = [line.strip() for line in shown_lines(app.screen.query_one("#page", VirtualList))]
        assert "Acquisitions (1)" in lines and "Acquired by (1)" not in lines
        row = lines[lines.index("Acquisitions (1)") + 1]
        assert "Kiva Systems" in row and "Amazon" not in row
        await open_row(pilot, "Kiva Systems")
        assert app.screen.page.company.name == "Kiva Systems"
        lines = [line.strip() for line in shown_lines(app.screen.query_one("#page", VirtualList))]
        assert "Acquired by (1)" in lines and "Acquisitions (1)" not in lines
        assert "Amazon" in lines[lines.index("Acquired by (1)") + 1]


async def test_rounds_and_valuations_lists_the_valuations_stated(app, deals_store):
    async with app.run_test(size=(100, 40)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        page = app.screen.query_one("#page", VirtualList)
        rows = list(page.rows)
        start = next(i for i, row in enumerate(rows) if row.pieces[0][0].startswith("Rounds and valuations"))
        end = next(i for i, row in enumerate(rows) if i > start and row.role == "header")
        section = rows[start + 1 : end]
        kinds = [row.ref.record_type for row in section]
        assert kinds == ["round", "metric"]
        valuation = "".join(piece[0] for piece in section[1].pieces)
        assert "valuation" in valuation and "$730B" in valuation
        metrics = next(i for i, row in enumerate(rows) if row.pieces[0][0].startswith("Metrics"))
        later = [row for row in rows[metrics + 1 :] if row.role == "header"]
        stop = rows.index(later[0]) if later else len(rows)
        assert not any("valuation" in "".join(p[0] for p in row.pieces) for row in rows[metrics + 1 : stop])
