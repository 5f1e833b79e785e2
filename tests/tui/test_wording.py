"""Status lines and hints say the right thing in good English (singular, plural, empty)."""

from __future__ import annotations

from article_import import FIXTURES, import_article

from ai_deals.store import Store
from ai_deals.store.models import Source, SourceSpan
from ai_deals.tui.app import DealsApp
from ai_deals.tui.widgets.status_bar import StatusBar
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle, shown_lines


def _source(kind: str, spans: int, facts: int = 0) -> Source:
    span = SourceSpan(record_type="round", record_id=1, start=0, end=1, label="round")
    return Source(
        id=1, title="t", text="x", content_hash="h", kind=kind, spans=[span] * spans, fact_count=facts
    )


def test_a_source_with_one_fact_says_one_fact_and_no_moving_between_them():
    from ai_deals.tui.screens.source import source_status

    assert source_status(_source("article", 1)) == "1 fact"
    assert (
        source_status(_source("article", 3)) == "3 facts · ↑/↓ move between them, Home/End to the first/last"
    )
    assert source_status(_source("article", 0)) == "No fact was read from this text"


def test_a_deal_file_says_which_rows_it_shows_in_plain_words():
    from ai_deals.tui.screens.source import source_status

    assert source_status(_source("dataset", 1, 12_000)) == (
        "12,000 records from this file · showing the row behind the record you came from"
    )
    assert source_status(_source("dataset", 3, 12_000)).endswith(
        "showing the 3 rows behind the record you came from"
    )
    assert "one you came from" not in source_status(_source("dataset", 1, 2))


async def test_the_palettes_timeline_entry_mentions_a_company_only_where_there_is_one(app, deals_store):
    def timeline_help() -> str:
        return next(c.help for c in app.get_system_commands(app.screen) if c.title == "timeline: Open")

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert timeline_help() == "Every dated event"
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        assert timeline_help() == "Every dated event, filtered to this company"


async def test_an_empty_database_says_how_to_import_once_instead_of_no_match(tmp_path):
    store = Store.open(tmp_path / "empty.db")
    app = DealsApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = shown_lines(app.screen.query_one("#results", VirtualList))
        assert "No match" not in lines[0] and "ai-deals import FILE" in lines[0]
        assert "article or a deal file" in lines[0] and len(lines[0]) <= 78
        status = app.screen.query_one(StatusBar).render().plain
        assert status.strip() == "", "one line says the database is empty, not two"
    store.close()


def test_a_round_joined_without_an_amount_reads_without_a_dangling_of():
    from ai_deals.store.models import MapEdge
    from ai_deals.tui.screens.relationship_map import relation_text

    edge = MapEdge(source_id=2, target_id=1, kind="joins round", label="2023")
    assert relation_text(edge, 2) == "joined a round · 2023"
    assert relation_text(edge, 1) == "round investor · 2023"


async def test_a_partnerships_full_date_is_shown_whole_at_120_columns(app, deals_store):
    import_article(deals_store, FIXTURES / "articles_holdout6/fr_usinedigitale_axiome.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_company(deals_store.find_company("Axiome Semi").id, "Axiome Semi")
        await settle(pilot)
        lines = shown_lines(app.screen.query_one("#page", VirtualList))
        row = next(line for line in lines if "STMicroelectronics" in line)
        assert "since 2026-10-22" in row and "…" not in row.split("STMicro")[0]
