"""Charts and the relationship map draw the seed's data as text people (and tests) can read."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Tree

from ai_deals.importing import load_seeds
from ai_deals.store import Store
from ai_deals.store.models import Stake, Tranche
from ai_deals.tui.screens.relationship_map import RelationshipMapScreen
from ai_deals.tui.widgets.charts import (
    BarChart,
    CompanyCharts,
    FundingChart,
    InvestmentsChart,
    RoundMakeupChart,
    split_committed,
)

from screen_host import ScreenHost, widget_lines
from tui_data import ESC_NAME
from tui_helpers import settle


@pytest.fixture
def seed_store(tmp_path: Path):
    """A database holding the shipped seed article, imported by the real importer."""
    store = Store.open(tmp_path / "seed.db")
    load_seeds(store)
    yield store
    store.close()


class ChartScreen(Screen):
    """Shows the charts of one company page."""

    def __init__(self, page) -> None:
        super().__init__()
        self.page = page

    def compose(self) -> ComposeResult:
        yield CompanyCharts()

    def on_mount(self) -> None:
        self.query_one(CompanyCharts).show(self.page)


async def chart_text(store: Store, name: str, size=(80, 40), css: str = "") -> dict[str, list[str]]:
    """The lines each visible chart draws for company `name`."""
    page = store.company(store.find_company(name).id)
    app = ScreenHost(lambda: ChartScreen(page), css)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        return {type(c).__name__: widget_lines(c) for c in app.screen.query(BarChart) if c.display}


def line_with(lines: list[str], *words: str) -> str:
    return next(line for line in lines if all(word in line for word in words))


async def test_funding_chart_shows_each_round_with_its_valuation(seed_store):
    charts = await chart_text(seed_store, "OpenAI")
    lines = charts["FundingChart"]
    assert "Money raised over time" in lines[0]
    round_line = line_with(lines, "2026-02-27", "$110B")
    assert "█" in round_line
    assert "◆ valued $730B" in lines[lines.index(round_line) + 1]
    # Microsoft's "total supérieur à 13 milliards depuis 2019" is no bar of 2019: a note under the bars.
    assert not any(line.startswith("2019") for line in lines)
    microsoft = line_with(lines, "2019", "Microsoft")
    assert microsoft == "Microsoft: ≥$13B in total since 2019 (not added to money raised)"
    assert lines.index(microsoft) > lines.index(round_line), "notes come after the bars"


async def test_round_makeup_hatches_conditional_money(seed_store):
    lines = (await chart_text(seed_store, "OpenAI"))["RoundMakeupChart"]
    assert "Round of 2026-02-27 · $110B" in lines[0] and "░ conditional" in lines[0]
    amazon = line_with(lines, "Amazon", "$50B")
    assert "█" in amazon and "░" in amazon
    assert "$15B committed · rest $35B conditional" in amazon
    for investor in ("Nvidia", "SoftBank"):
        line = line_with(lines, investor, "$30B")
        assert "█" in line and "░" not in line
    assert any("Amazon: condition: une fois certaines conditions remplies" in line for line in lines)


async def test_investor_chart_lists_its_investments_by_date(deals_store):
    lines = (await chart_text(deals_store, "Nvidia"))["InvestmentsChart"]
    assert lines[0].startswith("Investments over time")
    mistral = line_with(lines, "2025-09", "Mistral AI", "€100M")
    openai = line_with(lines, "2026-02-27", "OpenAI", "$30B")
    assert lines.index(mistral) < lines.index(openai)


async def test_charts_fit_in_80_columns(seed_store):
    charts = await chart_text(seed_store, "OpenAI", size=(80, 40))
    assert set(charts) == {"FundingChart", "RoundMakeupChart"}
    for lines in charts.values():
        assert all(len(line) <= 80 for line in lines)
    narrow = await chart_text(seed_store, "OpenAI", size=(60, 40))
    assert "$110B" in line_with(narrow["FundingChart"], "2026-02-27")


async def test_charts_with_nothing_to_draw_stay_hidden(seed_store):
    # Amazon has no round of its own and its one investment is drawn by the investments chart.
    charts = await chart_text(seed_store, "Amazon")
    assert set(charts) == {"InvestmentsChart"}
    assert "OpenAI" in line_with(charts["InvestmentsChart"], "$50B")


async def test_chart_colours_follow_the_light_or_dark_theme(seed_store):
    page = seed_store.company(seed_store.find_company("OpenAI").id)
    css = "BarChart > .chart--bar { color: $primary; } BarChart > .chart--conditional { color: $warning; }"
    app = ScreenHost(lambda: ChartScreen(page), css)
    async with app.run_test(size=(80, 40)) as pilot:
        colours = {}
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await settle(pilot)
            chart = app.screen.query_one(FundingChart)
            colours[theme] = chart.chart_styles()["bar"].color.triplet.hex
            assert "$110B" in "\n".join(widget_lines(chart))
        assert colours == {"textual-dark": "#0178d4", "textual-light": "#004578"}


def test_unstated_balance_of_a_conditional_stake_counts_as_conditional():
    stake = Stake(
        id=1,
        company_id=1,
        company="OpenAI",
        investor_id=2,
        investor_company_id=2,
        investor="Amazon",
        amount=50e9,
        status="conditional",
        tranches=[
            Tranche(seq=1, amount=15e9),
            Tranche(seq=2, condition="une fois certaines conditions remplies"),
        ],
    )
    assert split_committed(stake) == (15e9, 35e9)
    assert split_committed(stake.model_copy(update={"tranches": []})) == (0.0, 50e9)
    plain = stake.model_copy(update={"tranches": [], "status": "announced"})
    assert split_committed(plain) == (50e9, 0.0)


def test_widgets_exist_for_each_picture():
    assert issubclass(FundingChart, BarChart) and issubclass(RoundMakeupChart, BarChart)
    assert issubclass(InvestmentsChart, BarChart)


# -- relationship map ------------------------------------------------------------------------------


def tree_lines(app) -> list[str]:
    tree = app.screen.query_one("#map-tree", Tree)
    return widget_lines(tree)


async def test_map_shows_investors_partners_and_their_other_bets(deals_store):
    openai = deals_store.find_company("OpenAI").id
    app = ScreenHost(lambda: RelationshipMapScreen(deals_store, openai))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        lines = tree_lines(app)
        assert lines[0].strip().endswith("OpenAI")
        # its balance waits on conditions: the map says so, as `show`'s status column does
        assert "investor · $50B · conditional · 2026" in line_with(lines, "Amazon")
        microsoft = line_with(lines, "Microsoft")
        assert "investor · ≥$13B · 2019" in microsoft and "partner · 2016" in microsoft
        nvidia, mistral = line_with(lines, "Nvidia  investor"), line_with(lines, "Mistral AI")
        assert lines.index(nvidia) < lines.index(mistral), "Mistral AI hangs under Nvidia, two steps out"
        assert "invested in · €100M · 2025" in mistral
        assert app.screen.crumb == "Map · OpenAI"


class MapHost(ScreenHost):
    """Handles the map's request the way the explorer app is meant to (by name)."""

    def __init__(self, make_screen) -> None:
        super().__init__(make_screen)
        self.opened: list[tuple[int, str]] = []

    def on_relationship_map_screen_open_company(self, message: RelationshipMapScreen.OpenCompany) -> None:
        self.opened.append((message.company_id, message.name))


async def test_enter_on_a_map_node_asks_the_app_to_open_that_company(deals_store):
    openai, mistral = deals_store.find_company("OpenAI").id, deals_store.find_company("Mistral AI").id
    app = MapHost(lambda: RelationshipMapScreen(deals_store, openai))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tree = app.screen.query_one("#map-tree", Tree)
        tree.cursor_line = next(i for i, text in enumerate(tree_lines(app)) if "Mistral AI" in text)
        await pilot.press("enter")
        await pilot.pause()
        assert app.opened == [(mistral, "Mistral AI")]
        await pilot.press("home", "enter")
        await pilot.pause()
        assert app.opened[-1] == (openai, "OpenAI")


async def test_map_names_are_literal_and_harmless(deals_store):
    x = deals_store.find_company("[red]X[/]").id
    app = ScreenHost(lambda: RelationshipMapScreen(deals_store, x))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        text = "\n".join(tree_lines(app))
        assert "[red]X[/]" in text and "[@click=app.quit]Y[/]" in text
        assert "Evil␛]52;c;aGVsbG8=␇Corp\ufffd" in text
        assert ESC_NAME not in text and app.is_running


async def test_a_failing_map_query_shows_an_error_and_the_app_stays_up(deals_store, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(deals_store, "relationship_map", broken)
    app = ScreenHost(lambda: RelationshipMapScreen(deals_store, 1))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert [str(e) for e in app.errors] == ["disk on fire"]
        assert app.is_running


def test_bars_are_drawn_to_scale_within_their_own_currency_and_say_so():
    from rich.style import Style

    from ai_deals.tui.widgets.charts import SOLID, Bar, ChartSection, section_lines

    bars = (
        Bar("2024", committed=330e6, amount_text="¥330M", currency="JPY"),
        Bar("2025", committed=150e6, amount_text="$150M", currency="USD"),
        Bar("2026", committed=75e6, amount_text="$75M", currency="USD"),
    )
    styles = {role: Style() for role in ("title", "bar", "conditional", "amount", "valuation", "muted")}
    lines = [line.plain for line in section_lines(ChartSection("Money raised", bars), 80, styles)]
    yen, dollars, half = (line.count(SOLID) for line in lines[1:4])
    assert yen == dollars and half * 2 in (dollars - 1, dollars, dollars + 1)
    assert lines[-1] == "Bars compare amounts within one currency only (JPY, USD)."


async def test_investor_chart_notes_a_cumulative_figure_instead_of_a_bar_of_its_first_year(seed_store):
    # Microsoft's "total supérieur à 13 milliards depuis 2019" in OpenAI is no investment of 2019.
    lines = (await chart_text(seed_store, "Microsoft"))["InvestmentsChart"]
    assert lines[0].startswith("Investments over time")
    assert not any(line.startswith("2019") for line in lines)
    assert not any("█" in line and "$13B" in line for line in lines)
    note = line_with(lines, "OpenAI", "$13B")
    assert note == "OpenAI: ≥$13B in total since 2019 (not drawn as one year's investment)"


async def test_round_makeup_leaves_out_a_stake_in_another_currency(tmp_path):
    """The €3M stake of a $7M round's day was drawn in its make-up and taken off its dollars."""
    from factories import import_deal_file

    header = "company,investors,amount,currency,date,round"
    path = tmp_path / "deals.csv"
    path.write_text(
        f"{header}\nStakeCo,InvA,7000000,USD,2024-01-05,Seed\nStakeCo,InvB,2000000,USD,2024-01-05,\n"
        "StakeCo,InvD,3000000,EUR,2024-01-05,\n",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "mixed.db") as store:
        import_deal_file(store, path, header)
        charts = await chart_text(store, "StakeCo")
    makeup = charts["RoundMakeupChart"]
    assert "Round of 2024-01-05 · $7M" in makeup[0]
    assert "$5M" in line_with(makeup, "not attributed")
    assert not any("InvD" in line for line in makeup)
    assert "€3M" in line_with(charts["FundingChart"], "InvD")
