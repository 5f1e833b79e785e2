"""The source screen: the article with every fact highlighted; moving through facts moves through the text."""

from __future__ import annotations

from textual.widgets import Static

from ai_deals.tui.screens.source import SourceScreen, paragraphs
from ai_deals.tui.widgets.breadcrumbs import Breadcrumbs
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle


async def open_source_from_row(pilot, store, company: str, target: str) -> SourceScreen:
    pilot.app.open_company(store.find_company(company).id, company)
    await settle(pilot)
    page = pilot.app.screen.query_one("#page", VirtualList)
    page.move_to(next(i for i, row in enumerate(page.rows) if row.target_name == target))
    await pilot.press("s")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SourceScreen)
    return pilot.app.screen


def current_words(screen: SourceScreen) -> str:
    span = screen.source.spans[screen.current]
    return screen.source.text[span.start : span.end]


async def test_s_opens_the_article_at_the_highlighted_fact(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_source_from_row(pilot, deals_store, "OpenAI", "Amazon")
        assert current_words(screen).startswith("Amazon va investir 50 milliards")
        label = screen.query_one("#fact-label", Static).content.plain
        assert label.startswith(f"Fact {screen.current + 1}/{len(screen.source.spans)}")


async def test_moving_through_facts_moves_the_highlight(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_source_from_row(pilot, deals_store, "OpenAI", "Amazon")
        first = screen.current
        await pilot.press("down")
        assert screen.current == first + 1
        await pilot.press("k", "k")
        assert screen.current == first - 1
        paragraph = screen.query(".paragraph").first(Static).content
        focus = screen.get_component_rich_style("source--current", partial=True)
        span = screen.source.spans[screen.current]
        assert any(s.style == focus and (s.start, s.end) == (span.start, span.end) for s in paragraph.spans)


async def test_every_fact_of_the_source_is_highlighted(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_source_from_row(pilot, deals_store, "OpenAI", "Amazon")
        paragraph = screen.query(".paragraph").first(Static).content
        covered = {(s.start, s.end) for s in paragraph.spans}
        assert {(s.start, s.end) for s in screen.source.spans} <= covered


async def test_hostile_source_title_is_shown_literally(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        await open_source_from_row(pilot, deals_store, "[red]X[/]", "[@click=app.quit]Y[/]")
        crumbs = app.screen.query_one(Breadcrumbs).render().plain
        assert crumbs.endswith("Source · [bold]Hostile[/] ␛[2J wire")


def test_paragraphs_keep_their_offsets():
    assert paragraphs("ab\n\ncd") == [(0, "ab"), (3, ""), (4, "cd")]


async def test_a_fact_far_down_a_long_article_is_scrolled_into_view_on_a_short_terminal(app):
    async with app.run_test(size=(60, 14)) as pilot:
        await pilot.press("ctrl+t")
        await settle(pilot)
        await pilot.press("end", "s")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, SourceScreen)
        span = screen.source.spans[screen.current]
        body = screen.query_one("#source-body")
        shown = [
            paragraph
            for paragraph, (offset, line) in zip(
                screen.query(".paragraph"), paragraphs(screen.source.text), strict=True
            )
            if offset <= span.start <= offset + len(line)
        ]
        assert body.scroll_y > 0
        assert shown[0].region.overlaps(body.region)


async def test_a_deal_file_record_shows_its_own_row_under_the_files_header(tmp_path):
    from ai_deals.store import Store
    from ai_deals.tui.app import DealsApp

    from factories import import_deal_file

    path = tmp_path / "deals.csv"
    path.write_text("company,investor,amount,currency\nKalmiro Robotics,Vantor Capital,5000000,USD\n")
    store = Store.open(tmp_path / "d.db")
    import_deal_file(store, path, header="company, investor, amount, currency")
    async with DealsApp(store).run_test(size=(100, 30)) as pilot:
        screen = await open_source_from_row(pilot, store, "Kalmiro Robotics", "Vantor Capital")
        assert current_words(screen) == "Kalmiro Robotics,Vantor Capital,5000000,USD"
        assert screen.source.text.startswith("company, investor, amount, currency\n")
        assert len(screen.source.spans) == 1
    store.close()


async def test_r_in_the_source_view_reviews_the_fact_in_view(app, deals_store):
    from ai_deals.tui.screens.review import ReviewScreen

    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_source_from_row(pilot, deals_store, "OpenAI", "Amazon")
        await pilot.press("down")
        span = screen.source.spans[screen.current]
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert (app.screen.current.record_type, app.screen.current.id) == (span.record_type, span.record_id)


GROUPED_ROUND = (
    "company,investors,amount,currency,date,round_type,source_url\n"
    "Kalmiro Robotics,Vantor Capital,5000000,USD,2024-01-02,Seed,https://news.example/kalmiro\n"
    "Kalmiro Robotics,Osk Partners,5000000,USD,2024-01-02,Seed,https://news.example/kalmiro\n"
)


def _deal_file_app(tmp_path, text: str):
    from ai_deals.store import Store
    from ai_deals.tui.app import DealsApp

    from factories import import_deal_file

    path = tmp_path / "deals.csv"
    path.write_text(text)
    store = Store.open(tmp_path / "d.db")
    import_deal_file(store, path, header=text.splitlines()[0].replace(",", ", "))
    return store, DealsApp(store)


async def test_a_round_read_from_several_rows_shows_each_of_its_rows_highlighted(tmp_path):
    store, app = _deal_file_app(tmp_path, GROUPED_ROUND)
    async with app.run_test(size=(120, 30)) as pilot:
        pilot.app.open_company(store.find_company("Kalmiro Robotics").id, "Kalmiro Robotics")
        await settle(pilot)
        page = pilot.app.screen.query_one("#page", VirtualList)
        page.move_to(next(i for i, row in enumerate(page.rows) if row.ref and row.ref.record_type == "round"))
        await pilot.press("enter")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, SourceScreen)
        rows = GROUPED_ROUND.splitlines()[1:]
        assert [screen.source.text[s.start : s.end] for s in screen.source.spans] == rows
        shown = [str(p.render()) for p in screen.query(".paragraph").results(Static)]
        assert shown[1:] == rows
    store.close()


async def test_enter_on_a_deal_files_source_row_opens_at_a_record_row_and_names_the_rows_source(tmp_path):
    text = (
        "company,investor,amount,currency,source_url,source_title,publisher,published\n"
        "Kalmiro Robotics,Vantor Capital,5000000,USD,https://news.example/k,Kalmiro raises 5M,TechWire,2024-01-03\n"
    )
    store, app = _deal_file_app(tmp_path, text)
    async with app.run_test(size=(120, 30)) as pilot:
        pilot.app.open_company(store.find_company("Kalmiro Robotics").id, "Kalmiro Robotics")
        await settle(pilot)
        page = pilot.app.screen.query_one("#page", VirtualList)
        index = next(i for i, row in enumerate(page.rows) if row.role == "source")
        source_row = "".join(piece for piece, _, _ in page.rows[index].pieces)
        assert (
            "Kalmiro raises 5M" in source_row and "TechWire" in source_row and "from deals.csv" in source_row
        )
        page.move_to(index)
        await pilot.press("enter")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, SourceScreen)
        assert current_words(screen) == text.splitlines()[1]
        meta = str(screen.query_one("#source-meta", Static).render())
        assert meta.splitlines() == [
            "Kalmiro raises 5M",
            "TechWire · 2024-01-03 · https://news.example/k",
            "read from deals.csv",
        ]
    store.close()


def test_a_cited_article_named_by_url_only_shows_its_url_once():
    from ai_deals.store.models import Citation, Source
    from ai_deals.tui.screens.source import source_meta

    source = Source(
        id=1,
        title="urls.csv",
        content_hash="x",
        text="h",
        citation=Citation(url="https://x.example/d", title="https://x.example/d"),
    )
    assert source_meta(source).plain.splitlines() == ["https://x.example/d", "read from urls.csv"]


def long_article(tmp_path, stories: int):
    """A store holding one long article of `stories` two-paragraph stories (two facts each), and its source."""
    from article_import import import_article

    from ai_deals.store import Store

    story = "Nvidia investit 1 milliard de dollars dans {0} AI en mars 2025.\n\nLe groupe {0} applaudit.\n\n"
    names = [f"Kal{chr(97 + n % 26)}{chr(97 + n // 26)}ro" for n in range(stories)]
    path = tmp_path / "big.txt"
    path.write_text("title: Big\n\n" + "".join(story.format(name) for name in names), encoding="utf-8")
    store = Store.open(tmp_path / "d.db")
    import_article(store, path)
    (source,) = store.sources()
    return store, source


async def test_moving_in_a_big_article_redraws_only_the_paragraphs_of_the_two_facts(tmp_path, monkeypatch):
    """Each key press drew every paragraph again, trying every fact on each: 2.7 s a key in an
    article of 433k characters (2,300 paragraphs, 2,000 facts). Now only the paragraphs the
    highlight leaves and enters are drawn (17 ms a key there)."""
    from ai_deals.tui.app import DealsApp

    store, source = long_article(tmp_path, 60)
    updates: list[Static] = []
    update = Static.update

    def counted(widget: Static, *args, **kwargs) -> None:
        if widget.has_class("paragraph"):
            updates.append(widget)
        update(widget, *args, **kwargs)

    monkeypatch.setattr(Static, "update", counted)
    async with DealsApp(store).run_test(size=(80, 24)) as pilot:
        pilot.app.open_source(source.id)
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, SourceScreen)
        assert len(screen.query(".paragraph")) > 100 and len(screen.source.spans) > 50
        updates.clear()
        await pilot.press("down")
        assert screen.current == 1
        assert 1 <= len(updates) <= 2
        focus = screen.get_component_rich_style("source--current", partial=True)
        fact = screen.get_component_rich_style("source--fact", partial=True)
        widgets = list(screen.query(".paragraph").results(Static))
        for index, span in enumerate(screen.source.spans[:3]):  # the highlight left 0 and is on 1
            shown = [
                (s.style, offset + s.start, offset + s.end)
                for widget, (offset, _) in zip(widgets, paragraphs(screen.source.text), strict=True)
                for s in widget.content.spans
            ]
            assert (focus if index == 1 else fact, span.start, span.end) in shown
    store.close()


async def test_a_big_article_shows_the_paragraphs_around_the_fact_first_then_the_rest_in_order(
    tmp_path, monkeypatch
):
    """Opening a big article mounted a widget per paragraph before drawing anything: 3 s for one of
    433k characters (2,300 paragraphs). The paragraphs around the fact come first now (0.15 s there),
    the rest after, in batches, below then above; in the end every paragraph is there, in order."""
    from textual.containers import VerticalScroll

    from ai_deals.store.models import RecordRef
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.screens import source as source_view

    store, source = long_article(tmp_path, 200)
    spans = store.source(source.id).spans
    late = spans[len(spans) * 3 // 4]
    mounted: list[int] = []
    mount_all = VerticalScroll.mount_all

    def counted(widget, widgets, *args, **kwargs):
        widgets = list(widgets)
        if widget.id == "source-body":
            mounted.append(len(widgets))
        return mount_all(widget, widgets, *args, **kwargs)

    monkeypatch.setattr(VerticalScroll, "mount_all", counted)
    monkeypatch.setattr(source_view, "BATCH", 100)
    async with DealsApp(store).run_test(size=(80, 24)) as pilot:
        pilot.app.open_source(source.id, RecordRef(record_type=late.record_type, record_id=late.record_id))
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, SourceScreen) and screen.complete
        lines = paragraphs(screen.source.text)
        assert mounted[0] <= source_view.FIRST_BEFORE + source_view.FIRST_AFTER < len(lines)
        assert len(mounted) > 2 and sum(mounted) == len(lines)
        widgets = list(screen.query(".paragraph").results(Static))
        assert [widget.content.plain for widget in widgets] == [line for _, line in lines]
        assert current_words(screen) == screen.source.text[late.start : late.end]
        index = next(
            i for i, (offset, line) in enumerate(lines) if offset <= late.start <= offset + len(line)
        )
        body = screen.query_one("#source-body")
        assert body.scroll_y > 0 and widgets[index].region.overlaps(body.region), "the fact stays in view"
    store.close()


async def test_home_and_end_jump_to_the_first_and_the_last_fact_of_a_long_article(tmp_path, monkeypatch):
    """Home and End did nothing in the source view: reaching the last of 1,932 facts took 1,931
    presses of ↓. End now highlights the last fact and scrolls to it, even before its paragraph is
    mounted; Home goes back to the first; help and the status line name both."""
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.screens import source as source_view
    from ai_deals.tui.widgets.status_bar import StatusBar

    store, source = long_article(tmp_path, 200)
    monkeypatch.setattr(source_view, "BATCH", 50)
    async with DealsApp(store).run_test(size=(100, 24)) as pilot:
        pilot.app.open_source(source.id)
        screen = pilot.app.screen
        await pilot.press("end")  # as soon as the source is shown, before the rest is mounted
        await settle(pilot)
        assert isinstance(screen, SourceScreen) and screen.complete
        last = len(screen.source.spans) - 1
        assert last > 100 and screen.current == last
        body = screen.query_one("#source-body")
        span = screen.source.spans[last]
        lines = paragraphs(screen.source.text)
        index = next(
            i for i, (offset, line) in enumerate(lines) if offset <= span.start <= offset + len(line)
        )
        assert screen.query(".paragraph")[index].region.overlaps(body.region)
        assert body.scroll_y > 0
        label = screen.query_one("#fact-label", Static).content.plain
        assert label.startswith(f"Fact {last + 1}/{last + 1}")
        await pilot.press("home")
        await settle(pilot)
        assert screen.current == 0
        assert screen.query(".paragraph")[0].region.overlaps(body.region)
        assert "Home/End to the first/last" in screen.query_one(StatusBar).message
        await pilot.press("question_mark")
        keys = [(shown, what) for shown, what, _tooltip in pilot.app.screen.rows]
        assert ("home", "First") in keys and ("end", "Last") in keys, keys
    store.close()
