"""The article a fact came from, every extracted fact highlighted; moving through facts moves through the text."""

from __future__ import annotations

import asyncio
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widgets import Static

from ai_deals.store.models import RecordRef, Source, SourceSpan

from ..formatting import plural
from ..messages import SourceLoaded
from ..safe_text import clean, clean_line
from .base import DealsScreen, ExportScope
from .review import ReviewScreen

FIRST_BEFORE = 40
"""Paragraphs mounted above the fact the view opens on, with it, before the first screen is drawn."""
FIRST_AFTER = 80
"""Paragraphs mounted from the fact the view opens on down, before the first screen is drawn."""
BATCH = 300
"""Paragraphs mounted at a time after the first screen (~0.2 s each in a big article)."""


def paragraphs(text: str) -> list[tuple[int, str]]:
    """The text split on newlines, each paragraph with its offset (so spans can be placed)."""
    out: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def paragraph_text(
    offset: int,
    line: str,
    spans: list[SourceSpan],
    current: int | None,
    fact: Style,
    focus: Style,
    indices: Iterable[int] | None = None,
) -> Text:
    """One paragraph, literal, with the spans that fall in it highlighted (the current one stronger);
    `indices` (`spans_by_paragraph`) names the spans to look at, when known: else every one."""
    text = Text(clean(line))
    for index in range(len(spans)) if indices is None else indices:
        span = spans[index]
        start, end = max(span.start - offset, 0), min(span.end - offset, len(line))
        if start < end:
            text.stylize(focus if index == current else fact, start, end)
    return text


def paragraph_range(offsets: list[int], start: int, end: int) -> range:
    """The paragraphs (starting at `offsets`, in order) characters `start` to `end` fall in."""
    first = max(bisect_right(offsets, start) - 1, 0)
    return range(first, max(bisect_left(offsets, end), first + 1))


def spans_by_paragraph(offsets: list[int], spans: list[SourceSpan]) -> list[list[int]]:
    """For each paragraph (starting at `offsets`, in order), the indices of the spans in it: a
    paragraph is drawn with its own spans only, not by trying all of them (a 433k-character article
    has 2,000 facts in 2,300 paragraphs: 4.7 million tries to draw it)."""
    found: list[list[int]] = [[] for _ in offsets]
    for index, span in enumerate(spans):
        for paragraph in paragraph_range(offsets, span.start, span.end):
            if paragraph < len(found):
                found[paragraph].append(index)
    return found


def wrapped_row(text: Text, position: int, width: int, console: Console) -> int:
    """Which line character `position` of `text` lands on once wrapped to `width`."""
    if width <= 0:
        return 0
    lines = text.wrap(console, width)
    for row, line in enumerate(lines):
        position -= len(line.plain)
        if position < 0:
            return row
    return max(len(lines) - 1, 0)


def source_meta(source: Source) -> Text:
    """Title, then publisher, date and URL, all literal; for a deal file's row that names its own
    source, that source, then the file it was read from."""
    cited = source.citation
    title = (cited.title if cited else None) or source.title
    meta = Text(clean_line(title), style="bold")
    where = (
        (cited.publisher, cited.published, cited.url)
        if cited
        else (source.publisher, source.published, source.url)
    )
    details = " · ".join(x for x in where if x and x != title)  # a URL that is the title, once
    if details:
        meta.append("\n" + clean_line(details), style="dim")
    if cited:
        meta.append("\n" + clean_line(f"read from {source.title}"), style="dim")
    return meta


def source_status(source: Source) -> str:
    """The status line under a source: how many facts (or, for a deal file, which rows are shown)."""
    count = len(source.spans)
    if source.kind == "dataset":
        shown = "the row" if count == 1 else f"the {count:,} rows"
        if not count:
            return f"{plural(source.fact_count, 'record')} from this file"
        return f"{plural(source.fact_count, 'record')} from this file · showing {shown} behind the record you came from"
    if count > 1:
        return f"{plural(count, 'fact')} · ↑/↓ move between them, Home/End to the first/last"
    return "1 fact" if count else "No fact was read from this text"


class SourceScreen(DealsScreen):
    """A source's full text; ↑/↓ (or j/k, n/p) move from one extracted fact to the next."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j,n", "fact(1)", "Next", id="source.next", tooltip="Highlight the next extracted fact"),
        Binding(
            "up,k,p", "fact(-1)", "Previous", id="source.previous", tooltip="Highlight the previous fact"
        ),
        # Named by help (?) and the status line: the footer has no room left for them at 80 columns.
        Binding(
            "home", "edge(0)", "First", id="source.first", tooltip="Highlight the first fact", show=False
        ),
        Binding("end", "edge(-1)", "Last", id="source.last", tooltip="Highlight the last fact", show=False),
        Binding(
            "space",
            "select",
            "Select",
            id="source.select",
            tooltip="Select the highlighted fact's record",
            show=False,
        ),
        Binding("r", "review", "Review", id="source.review", tooltip="Review this source's extracted facts"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"source--fact", "source--current"}

    help_text = (
        "The article with every extracted fact highlighted. ↑/↓ move from fact to fact, Home and End to "
        "the first and the last; the text follows."
    )

    def action_review(self) -> None:
        """Review this source's facts, starting on the fact in view."""
        focus = None
        if self.source is not None and self.current is not None:
            span = self.source.spans[self.current]
            focus = RecordRef(record_type=span.record_type, record_id=span.record_id)
        self.app.push_screen(ReviewScreen(self.app.store, self.source_id, focus))

    def __init__(self, source_id: int, focus: RecordRef | None = None) -> None:
        super().__init__()
        self.source_id = source_id
        self.focus_ref = focus
        self.source: Source | None = None
        self.current: int | None = None
        self.crumb = "Source"
        self._offsets: list[int] = []
        """Where each paragraph starts in the text."""
        self._lengths: list[int] = []
        self._spans_in: list[list[int]] = []
        """For each paragraph, the indices of the spans in it (`spans_by_paragraph`)."""
        self._drawn_current: int | None = None
        """The span drawn as the current one: a move redraws its paragraphs and the new one's only."""
        self._shown = range(0)
        """The paragraphs mounted so far (the body's children, in order): those around the fact
        first, then the rest (`_mount_rest`)."""
        self._move_when_loaded: Callable[[], None] | None = None
        """A move key pressed before the source was read (End right after `s`): made once it is."""

    def compose_body(self) -> ComposeResult:
        yield Static("", id="source-meta", markup=False)
        # Not focusable: ↑/↓ belong to the screen (fact to fact), the text scrolls to follow.
        yield VerticalScroll(id="source-body", can_focus=False)
        yield Static("", id="fact-label", markup=False)

    def on_mount(self) -> None:
        self.set_status("Loading…")
        self.load_source()

    @work(thread=True, exclusive=True, group="source", exit_on_error=False)
    def load_source(self) -> None:
        """Fetch the source in a worker thread."""
        self.post_message(SourceLoaded(self.app.store.source(self.source_id, self.focus_ref)))

    async def on_source_loaded(self, message: SourceLoaded) -> None:
        """Draw the paragraphs around the fact we came for at once, the rest after (`_mount_rest`)."""
        self.source = source = message.source
        self.crumb = f"Source · {source.title}"
        self.query_one("#source-meta", Static).update(source_meta(source))
        body = self.query_one("#source-body", VerticalScroll)
        await body.remove_children()
        lines = paragraphs(source.text)
        self._offsets = [offset for offset, _ in lines]
        self._lengths = [len(line) for _, line in lines]
        self._spans_in = spans_by_paragraph(self._offsets, source.spans)
        refs = [RecordRef(record_type=s.record_type, record_id=s.record_id) for s in source.spans]
        self.current = refs.index(self.focus_ref) if self.focus_ref in refs else (0 if refs else None)
        self._drawn_current = self.current
        around = self._current_paragraph() or 0
        self._shown = range(max(around - FIRST_BEFORE, 0), min(around + FIRST_AFTER, len(lines)))
        await body.mount_all(self._paragraph_widgets(self._shown))
        self._redraw()
        move, self._move_when_loaded = self._move_when_loaded, None
        if move is not None:
            move()
        self.set_status(source_status(source))
        self._mount_rest()

    @work(exclusive=True, group="source-paragraphs", exit_on_error=False)
    async def _mount_rest(self) -> None:
        """Mount the paragraphs after those on screen, then those before, `BATCH` at a time: mounting
        all 2,300 paragraphs of a 433k-character article at once kept its first screen back 3 s.
        Each batch is laid out and drawn before the next, so keys are answered meanwhile."""
        body = self.query_one("#source-body", VerticalScroll)
        total = len(self._offsets)
        await self._drawn()  # the first screen, before anything else is mounted
        while self._shown.stop < total:
            batch = range(self._shown.stop, min(self._shown.stop + BATCH, total))
            await body.mount_all(self._paragraph_widgets(batch))
            self._shown = range(self._shown.start, batch.stop)
            if self._current_paragraph() in batch:  # keys moved the fact past what was mounted
                self._redraw()
            await self._drawn()
        while self._shown.start > 0:
            batch = range(max(self._shown.start - BATCH, 0), self._shown.start)
            await body.mount_all(self._paragraph_widgets(batch), before=0)
            self._shown = range(batch.start, self._shown.stop)
            self._redraw()  # the text above grew: the current fact back to the centre
            await self._drawn()

    async def _drawn(self) -> None:
        """Wait until the screen has been laid out and drawn again."""
        drawn = asyncio.Event()
        self.call_after_refresh(drawn.set)
        await drawn.wait()

    def _current_paragraph(self) -> int | None:
        """The paragraph the current fact starts in (None: no fact)."""
        if self.source is None or self.current is None:
            return None
        start = self.source.spans[self.current].start
        return paragraph_range(self._offsets, start, start).start

    def _paragraph_widgets(self, indices: range) -> list[Static]:
        fact, focus = self._span_styles()
        return [
            Static(self._paragraph(index, fact, focus), classes="paragraph", markup=False)
            for index in indices
        ]

    @property
    def complete(self) -> bool:
        """Every paragraph of the source is mounted (the rest come after the first screen)."""
        return self.source is not None and len(self._shown) == len(self._offsets)

    def _widget(self, index: int) -> Static | None:
        """Paragraph `index`'s widget, None while it is not mounted yet."""
        if index not in self._shown:
            return None
        children = self.query_one("#source-body", VerticalScroll).children
        position = index - self._shown.start
        return children[position] if position < len(children) else None  # type: ignore[return-value]

    def _span_styles(self) -> tuple[Style, Style]:
        return (
            self.get_component_rich_style("source--fact", partial=True),
            self.get_component_rich_style("source--current", partial=True),
        )

    def _paragraph(self, index: int, fact: Style, focus: Style) -> Text:
        """Paragraph `index` with its facts highlighted, the current one stronger."""
        assert self.source is not None
        offset, length = self._offsets[index], self._lengths[index]
        line = self.source.text[offset : offset + length]
        return paragraph_text(
            offset, line, self.source.spans, self.current, fact, focus, self._spans_in[index]
        )

    def _redraw(self) -> None:
        """Draw the highlight on the current fact, and off the one it was on (only their paragraphs
        are drawn again: not the whole text), then bring the current fact into view. Paragraphs not
        mounted yet are drawn as they are mounted, with the highlight where it is then."""
        if self.source is None:
            return
        spans = self.source.spans
        fact, focus = self._span_styles()
        changed: set[int] = set()
        for span_index in {self._drawn_current, self.current} - {None}:
            changed.update(paragraph_range(self._offsets, spans[span_index].start, spans[span_index].end))
        if self._drawn_current != self.current:
            for index in changed:
                widget = self._widget(index)
                if widget is not None:
                    widget.update(self._paragraph(index, fact, focus), layout=False)
            self._drawn_current = self.current
        target: tuple[Static, Text, int] | None = None
        index = self._current_paragraph()
        if index is not None:
            start = spans[self.current].start
            widget = self._widget(index)
            if widget is not None:
                target = (widget, self._paragraph(index, fact, focus), start - self._offsets[index])
        label = self.query_one("#fact-label", Static)
        if self.current is None:
            label.update(Text("No extracted facts in this source.", style="dim"))
            return
        span = spans[self.current]
        # One line high (app.tcss): no layout of the article's thousands of paragraphs for it.
        label.update(
            Text(f"Fact {self.current + 1}/{len(spans)}: {clean_line(span.label)}", style="bold"),
            layout=False,
        )
        if target is not None:
            # After the next refresh: paragraphs mounted a moment ago have no size yet to scroll to.
            self.call_after_refresh(self._bring_into_view, *target)

    def _bring_into_view(self, paragraph: Static, text: Text, position: int) -> None:
        """Centre the line of `paragraph` holding character `position` (a paragraph can be taller
        than the screen, so centring the paragraph is not enough)."""
        row = wrapped_row(text, position, paragraph.content_region.width, self.app.console)
        region = paragraph.virtual_region
        self.query_one("#source-body", VerticalScroll).scroll_to_region(
            Region(region.x, region.y + row, region.width, 1), animate=False, center=True
        )

    def action_fact(self, step: int) -> None:
        """Move to the next (+1) or previous (-1) extracted fact (once the source is read, when
        pressed before)."""
        if self.source is None:
            self._move_when_loaded = lambda: self.action_fact(step)
            return
        if self.current is None:
            return
        self.current = max(0, min(len(self.source.spans) - 1, self.current + step))
        self._redraw()

    def action_edge(self, end: int) -> None:
        """Move to the first (0) or the last (-1) extracted fact; the text follows, even to paragraphs
        not mounted yet (`_mount_rest` brings the fact into view when its batch is mounted); pressed
        before the source is read, once it is."""
        if self.source is None:
            self._move_when_loaded = lambda: self.action_edge(end)
            return
        if self.current is None:
            return
        self.current = range(len(self.source.spans))[end]
        self._redraw()

    def action_select(self) -> None:
        """Select (or unselect) the current fact's record for export."""
        if self.source is None or self.current is None:
            return
        span = self.source.spans[self.current]
        ref = RecordRef(record_type=span.record_type, record_id=span.record_id)
        selected = self.app.toggle_selection(ref, self.source.title)
        self.notify(("Selected " if selected else "Unselected ") + clean_line(span.label), markup=False)

    def export_scope(self) -> ExportScope | None:
        """Every fact of this source."""
        if self.source is None or not self.source.spans:
            return None
        refs = list(
            dict.fromkeys(
                RecordRef(record_type=s.record_type, record_id=s.record_id) for s in self.source.spans
            )
        )
        return refs, self.source.title
