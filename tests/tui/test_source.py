"""The source screen: the article with every fact highlighted; moving through facts moves through the text."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from ai_deals.tui.screens.source import SourceScreen
from ai_deals.tui.widgets.breadcrumbs import Breadcrumbs
from ai_deals.tui.widgets.text_view import TextView, paragraph_range, paragraphs
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


def text_view(screen: SourceScreen) -> TextView:
    return screen.query_one("#source-body", TextView)


def paragraph_of(screen: SourceScreen, position: int) -> int:
    """The paragraph of the source's text character `position` is in."""
    offsets = [offset for offset, _ in paragraphs(screen.source.text)]
    return paragraph_range(offsets, position, position).start


def shown(screen: SourceScreen, position: int) -> bool:
    """Character `position` of the source's text is on screen."""
    view = text_view(screen)
    return view.line_of(position) in view.visible_lines()


def highlights(screen: SourceScreen) -> set[tuple[object, int, int]]:
    """Every highlight drawn in the text: (style, start, end), in the text's offsets."""
    view = text_view(screen)
    return {
        (s.style, offset + s.start, offset + s.end)
        for index, (offset, _) in enumerate(paragraphs(screen.source.text))
        for s in view.paragraph_content(index).spans
    }


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
        focus = screen.get_component_rich_style("source--current", partial=True)
        span = screen.source.spans[screen.current]
        assert (focus, span.start, span.end) in highlights(screen)
        assert shown(screen, span.start)


async def test_every_fact_of_the_source_is_highlighted(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_source_from_row(pilot, deals_store, "OpenAI", "Amazon")
        covered = {(start, end) for _style, start, end in highlights(screen)}
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
        assert text_view(screen).scroll_y > 0
        assert shown(screen, span.start)


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


async def test_r_on_a_late_fact_of_the_source_view_opens_the_review_counting_from_that_fact(tmp_path):
    """`r` on fact 99 of 100 opened the review on that fact but said `Fact 1 of 100`, as if it had
    opened on the first: the counter now says the fact's place, as the source view did."""
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.screens.review import ReviewScreen

    store, source = long_article(tmp_path, 100)
    async with DealsApp(store).run_test(size=(120, 30)) as pilot:
        pilot.app.open_source(source.id)
        await settle(pilot)
        screen = pilot.app.screen
        await pilot.press("end", "up")
        await settle(pilot)
        total = len(screen.source.spans)
        assert screen.query_one("#fact-label", Static).content.plain.startswith(f"Fact {total - 1}/{total}")
        span = screen.source.spans[screen.current]
        await pilot.press("r")
        await settle(pilot)
        review = pilot.app.screen
        assert isinstance(review, ReviewScreen)
        assert (review.current.record_type, review.current.id) == (span.record_type, span.record_id)
        progress = review.query_one("#review-progress", Static).content.plain
        assert progress == f"Fact {total - 1} of {total} to review"
        await pilot.press("down")
        assert (
            review.query_one("#review-progress", Static).content.plain == f"Fact {total} of {total} to review"
        )
        await pilot.press("down")  # round to the first fact of the text
        await settle(pilot)
        assert review.query_one("#review-progress", Static).content.plain == f"Fact 1 of {total} to review"
    store.close()


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
        lines = paragraphs(screen.source.text)
        drawn = [text_view(screen).paragraph_content(index).plain for index in range(len(lines))]
        assert drawn[1:] == rows
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


async def test_moving_in_a_big_article_draws_only_the_lines_on_screen(tmp_path, monkeypatch):
    """Each key press drew every paragraph again, trying every fact on each: 2.7 s a key in an
    article of 433k characters (2,300 paragraphs, 2,000 facts). Now a key draws again the
    paragraphs the highlight leaves and enters, and those scrolled into view, no more."""
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.widgets import text_view as view_module

    store, source = long_article(tmp_path, 60)
    drawn: list[str] = []
    paragraph_text = view_module.paragraph_text

    def counted(offset, line, *args, **kwargs):
        drawn.append(line)
        return paragraph_text(offset, line, *args, **kwargs)

    monkeypatch.setattr(view_module, "paragraph_text", counted)
    async with DealsApp(store).run_test(size=(80, 24)) as pilot:
        pilot.app.open_source(source.id)
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, SourceScreen)
        assert len(paragraphs(screen.source.text)) > 100 and len(screen.source.spans) > 50
        drawn.clear()
        await pilot.press("down")
        await pilot.pause()
        assert screen.current == 1
        assert 1 <= len(drawn) <= 24, len(drawn)
        focus = screen.get_component_rich_style("source--current", partial=True)
        fact = screen.get_component_rich_style("source--fact", partial=True)
        shown_highlights = highlights(screen)
        for index, span in enumerate(screen.source.spans[:3]):  # the highlight left 0 and is on 1
            assert (focus if index == 1 else fact, span.start, span.end) in shown_highlights
    store.close()


async def test_a_big_article_is_shown_whole_at_once_without_a_widget_per_paragraph(tmp_path, monkeypatch):
    """Opening a big article mounted a widget per paragraph (2,300 in one of 433k characters): 3 s
    before anything was drawn, then, drawing the first screen first, ~4 s of mounting the rest in
    batches during which each key waited 0.1-0.4 s for Textual's layout. The text is now one view
    drawing only the lines on screen: whole as soon as it is shown, the fact in view, and opening it
    draws no more paragraphs than fit on the screen."""
    from ai_deals.store.models import RecordRef
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.widgets import text_view as view_module

    store, source = long_article(tmp_path, 200)
    spans = store.source(source.id).spans
    late = spans[len(spans) * 3 // 4]
    drawn: list[str] = []
    paragraph_text = view_module.paragraph_text

    def counted(offset, line, *args, **kwargs):
        drawn.append(line)
        return paragraph_text(offset, line, *args, **kwargs)

    monkeypatch.setattr(view_module, "paragraph_text", counted)
    async with DealsApp(store).run_test(size=(80, 24)) as pilot:
        widgets = len(pilot.app.screen.query("*"))
        pilot.app.open_source(source.id, RecordRef(record_type=late.record_type, record_id=late.record_id))
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, SourceScreen) and screen.complete
        lines = paragraphs(screen.source.text)
        assert len(lines) > 700
        assert len(screen.query("*")) < widgets + 20, "no widget per paragraph"
        assert len(drawn) <= 2 * 24, len(drawn)  # a screenful (drawn again at most once), not 700
        view = text_view(screen)
        assert view.line_count >= len(lines)
        assert current_words(screen) == screen.source.text[late.start : late.end]
        assert view.scroll_y > 0 and shown(screen, late.start), "the fact is in view"
        whole = [view.line_plain(line) for line in range(view.line_count)]
        assert "".join(whole) == screen.source.text.replace("\n", ""), "every line is there, in order"
    store.close()


async def test_home_and_end_jump_to_the_first_and_the_last_fact_of_a_long_article(tmp_path):
    """Home and End did nothing in the source view: reaching the last of 1,932 facts took 1,931
    presses of ↓. End now highlights the last fact and scrolls to it, even pressed before the
    source is read; Home goes back to the first; help and the status line name both."""
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.widgets.status_bar import StatusBar

    store, source = long_article(tmp_path, 200)
    async with DealsApp(store).run_test(size=(100, 24)) as pilot:
        pilot.app.open_source(source.id)
        screen = pilot.app.screen
        await pilot.press("end")  # as soon as the screen is up, before the source is read
        await settle(pilot)
        assert isinstance(screen, SourceScreen) and screen.complete
        last = len(screen.source.spans) - 1
        assert last > 100 and screen.current == last
        assert text_view(screen).scroll_y > 0
        assert shown(screen, screen.source.spans[last].start)
        label = screen.query_one("#fact-label", Static).content.plain
        assert label.startswith(f"Fact {last + 1}/{last + 1}")
        await pilot.press("home")
        await settle(pilot)
        assert screen.current == 0
        assert shown(screen, screen.source.spans[0].start)
        assert "Home/End to the first/last" in screen.query_one(StatusBar).message
        await pilot.press("question_mark")
        keys = [(shown, what) for shown, what, _tooltip in pilot.app.screen.rows]
        assert ("home", "First") in keys and ("end", "Last") in keys, keys
    store.close()


async def test_a_narrower_terminal_wraps_the_article_again_and_keeps_the_fact_in_view(tmp_path):
    from ai_deals.tui.app import DealsApp

    store, source = long_article(tmp_path, 100)
    async with DealsApp(store).run_test(size=(120, 24)) as pilot:
        pilot.app.open_source(source.id)
        await settle(pilot)
        screen = pilot.app.screen
        await pilot.press(*["down"] * 60)
        view = text_view(screen)
        wide = view.line_count
        await pilot.resize_terminal(40, 20)
        await settle(pilot)
        assert view.line_count > wide
        width = view.scrollable_content_region.width
        assert all(len(view.line_plain(line).rstrip()) <= width for line in range(view.line_count))
        assert shown(screen, screen.source.spans[screen.current].start)
    store.close()


def test_wrapping_keeps_words_whole_cuts_longer_ones_and_counts_wide_characters_as_two_cells():
    from ai_deals.tui.widgets.text_view import wrap_starts

    assert wrap_starts("one two three", 20) == [0]
    assert wrap_starts("one two three", 8) == [0, 8]  # "one two " / "three"
    assert wrap_starts("abcdefghij kl", 4) == [0, 4, 8, 11]  # "abcd" "efgh" "ij " "kl"
    assert wrap_starts("日本語の記事", 4) == [0, 2, 4]  # two cells each


async def test_the_mouse_selects_text_in_the_article(app, deals_store):
    from textual.geometry import Offset
    from textual.selection import Selection

    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_source_from_row(pilot, deals_store, "OpenAI", "Amazon")
        view = text_view(screen)
        selected, _ending = view.get_selection(Selection(Offset(0, 0), Offset(5, 0)))
        assert selected == view.line_plain(0)[:5] == screen.source.text[:5]


async def test_text_the_mouse_selects_stays_readable_and_ends_where_the_mouse_is_released(app, deals_store):
    """Dragging over a fact's line: the selected characters are drawn in a colour unlike their
    background (the default theme's transparent selection colour drew them in the background's), and
    the selection ends at the column the button was released on, not at the line's end."""
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_source_from_row(pilot, deals_store, "OpenAI", "Amazon")
        view = text_view(screen)
        line = view.line_of(screen.source.spans[screen.current].start)  # the current fact's line
        y = line - int(view.scroll_offset.y)
        left = view.content_region.x - view.region.x  # the view's padding
        await pilot.mouse_down(view, offset=(left, y))
        await pilot.hover(view, offset=(left + 20, y))
        await pilot.hover(view, offset=(left + 39, y))
        await pilot.mouse_up(view, offset=(left + 39, y))
        await pilot.pause()
        expected = view.line_plain(line)[:40]
        assert screen.get_selected_text() == expected
        segments = list(view.render_line(y))
        selection_bg = segments[0].style.bgcolor
        selected = [s for s in segments if s.style.bgcolor == selection_bg]
        assert "".join(s.text for s in selected) == expected  # drawn up to the release, no further
        assert any(s.style.bgcolor != selection_bg and s.text.strip() for s in segments)
        assert all(s.style.color != s.style.bgcolor for s in selected)
    deals_store.close()


async def test_an_imported_exports_source_row_opens_on_the_articles_sentence_read_from_the_export(
    tmp_path, capsys
):
    from ai_deals.cli import main
    from ai_deals.store import Store
    from ai_deals.tui.app import DealsApp

    article = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "en_anthropic_series_f.txt"
    theirs, export, ours = tmp_path / "theirs.db", tmp_path / "export.csv", tmp_path / "ours.db"
    assert main(["--db", str(theirs), "--empty", "import", str(article)]) == 0
    assert main(["--db", str(theirs), "export", "--out", str(export)]) == 0
    assert main(["--db", str(ours), "--empty", "import", str(export)]) == 0
    capsys.readouterr()
    store = Store.open(ours)
    async with DealsApp(store).run_test(size=(120, 30)) as pilot:
        pilot.app.open_company(store.find_company("Anthropic").id, "Anthropic")
        await settle(pilot)
        page = pilot.app.screen.query_one("#page", VirtualList)
        index = next(i for i, row in enumerate(page.rows) if row.role == "source")
        source_row = "".join(piece for piece, _, _ in page.rows[index].pieces)
        assert "Anthropic raises $13 billion" in source_row and "from export.csv" in source_row
        page.move_to(index)
        await pilot.press("enter")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, SourceScreen)
        assert current_words(screen).startswith("Anthropic said on Tuesday it had raised $13 billion")
        drawn = [
            text_view(screen).paragraph_content(i).plain for i in range(len(paragraphs(screen.source.text)))
        ]
        assert not any("record_type" in line or "Reuters,2025-09-02" in line for line in drawn)  # no row
        meta = str(screen.query_one("#source-meta", Static).render()).splitlines()
        assert meta == [
            "Anthropic raises $13 billion at $183 billion valuation",
            "Reuters · 2025-09-02",
            "read from export.csv",
        ]
    store.close()
