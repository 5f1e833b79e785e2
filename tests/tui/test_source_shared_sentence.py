"""The source view over a sentence stating several facts (the seed's "Amazon $50B, Nvidia $30B and
SoftBank $30B"): the line under the text names each fact's party and figure, the current fact keeps
its highlight whichever fact shares its span, and a stake's tranches' own sentence is highlighted with it."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from textual.widgets import Static

from ai_deals.importing import open_store
from ai_deals.store.models import RecordRef
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.source import SourceScreen
from ai_deals.tui.widgets.text_view import TextView, paragraph_range, paragraphs
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle

TRANCHE_WORDS = "débloquer une première tranche de 15 milliards de dollars"


async def open_from_openais_page(pilot, store, investor: str) -> SourceScreen:
    """`s` on the investor's row of OpenAI's page, as a person opens it."""
    pilot.app.open_company(store.find_company("OpenAI").id, "OpenAI")
    await settle(pilot)
    page = pilot.app.screen.query_one("#page", VirtualList)
    page.move_to(next(i for i, row in enumerate(page.rows) if row.target_name == investor))
    await pilot.press("s")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SourceScreen)
    return pilot.app.screen


def fact_line(screen: SourceScreen) -> str:
    return screen.query_one("#fact-label", Static).content.plain


def drawn_style(screen: SourceScreen, position: int) -> Style:
    """The style the text view draws character `position` of the text in."""
    view = screen.query_one("#source-body", TextView)
    offsets = [offset for offset, _ in paragraphs(screen.source.text)]
    paragraph = paragraph_range(offsets, position, position).start
    content = view.paragraph_content(paragraph)
    return content.get_style_at_offset(screen.app.console, position - offsets[paragraph])


def styles(screen: SourceScreen) -> tuple[Style, Style]:
    fact = screen.get_component_rich_style("source--fact", partial=True)
    current = screen.get_component_rich_style("source--current", partial=True)
    return fact, current


async def test_facts_of_one_sentence_are_named_by_their_party_and_figure(tmp_path: Path):
    with open_store(tmp_path / "seed.db") as store:
        app = DealsApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_from_openais_page(pilot, store, "Amazon")
            # The round is cited to their sentence too (it names the round's investors: qa48 #8), one
            # span more before theirs.
            assert fact_line(screen).startswith("Fact 4/13: investment · Amazon · $50B")
            await pilot.press("down")
            assert fact_line(screen) == "Fact 5/13: investment · Nvidia · $30B"
            await pilot.press("down")
            assert fact_line(screen) == "Fact 6/13: investment · SoftBank · $30B"


async def test_the_current_fact_is_highlighted_as_current_when_it_shares_its_span(tmp_path: Path):
    with open_store(tmp_path / "seed.db") as store:
        app = DealsApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_from_openais_page(pilot, store, "Amazon")
            _, current = styles(screen)
            for _ in range(3):  # Amazon, Nvidia, SoftBank: one sentence, one span each
                span = screen.source.spans[screen.current]
                assert drawn_style(screen, span.start).bgcolor == current.bgcolor
                assert drawn_style(screen, span.end - 1).color == current.color
                await pilot.press("down")


async def test_s_on_a_stake_with_tranches_highlights_their_sentence_with_it(tmp_path: Path):
    with open_store(tmp_path / "seed.db") as store:
        (amazon,) = [
            record
            for record in store.review_records([RecordRef(record_type="stake", record_id=1)])
            if record.investor == "Amazon"
        ]
        assert TRANCHE_WORDS in amazon.tranches[0].sentence  # a fresh database's seed keeps it
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_from_openais_page(pilot, store, "Amazon")
            fact, current = styles(screen)
            tranche_words = screen.source.text.index(TRANCHE_WORDS)
            assert drawn_style(screen, tranche_words).bgcolor == current.bgcolor
            assert fact_line(screen).endswith("its tranches' sentence highlighted too")
            await pilot.press("down")  # Nvidia's: the tranches' sentence is another fact's now
            assert drawn_style(screen, tranche_words).bgcolor == fact.bgcolor
            assert "tranche" not in fact_line(screen)
