"""A long text, wrapped to the width, that draws only the lines on screen: a 433k-character article
opens in one pass over its words and moving through it costs the same as through a short one.

Mounting a `Static` per paragraph (2,300 in such an article) kept keys waiting on Textual's layout of
all of them for seconds; this is a `ScrollView` whose `render_line` draws the visible lines from the
paragraphs' wrapped line starts (computed once per width) and their highlighted `Text` (cached).
Highlights are character ranges of the text ("spans"), one of them the current one. Mouse selection
of the text works as in Textual's `Log` (lines carry their offsets; `get_selection` extracts).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from rich.cells import cell_len, get_character_cell_size
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from ..safe_text import clean

_TOKEN = re.compile(r"\S+\s*|\s+")
"""A word and the spaces after it (or leading spaces): the unit lines are broken between."""


def wrap_starts(line: str, width: int) -> list[int]:
    """Where each wrapped line of `line` starts (character offsets, the first 0) at `width` cells:
    words are kept whole unless longer than a line, then cut; spaces at a line's end overhang."""
    width = max(width, 1)
    narrow = line.isascii() or cell_len(line) == len(line)
    if (len(line) if narrow else cell_len(line)) <= width:
        return [0]
    measure: Callable[[str], int] = len if narrow else cell_len
    starts, used = [0], 0
    for match in _TOKEN.finditer(line):
        token = match.group()
        word = token.rstrip()
        cells = measure(word)
        if used and used + cells > width:
            starts.append(match.start())
            used = 0
        if cells > width:
            used = _fold(word, match.start(), width, used, starts)
        else:
            used += cells
        used += measure(token) - cells
    return starts


def _fold(word: str, begin: int, width: int, used: int, starts: list[int]) -> int:
    """Cut `word` (at `begin`) into lines of `width` cells, appending their starts; the cells used
    on the last one."""
    for index, character in enumerate(word):
        cells = get_character_cell_size(character)
        if used and used + cells > width:
            starts.append(begin + index)
            used = 0
        used += cells
    return used


def paragraphs(text: str) -> list[tuple[int, str]]:
    """The text split on newlines, each paragraph with its offset (so spans can be placed)."""
    out: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def paragraph_range(offsets: list[int], start: int, end: int) -> range:
    """The paragraphs (starting at `offsets`, in order) characters `start` to `end` fall in."""
    first = max(bisect_right(offsets, start) - 1, 0)
    return range(first, max(bisect_left(offsets, end), first + 1))


def spans_by_paragraph(offsets: list[int], spans: Sequence[tuple[int, int]]) -> list[list[int]]:
    """For each paragraph (starting at `offsets`, in order), the indices of the spans in it: a
    paragraph is drawn with its own spans only, not by trying all of them (a 433k-character article
    has 2,000 facts in 2,300 paragraphs: 4.7 million tries to draw it)."""
    found: list[list[int]] = [[] for _ in offsets]
    for index, (start, end) in enumerate(spans):
        for paragraph in paragraph_range(offsets, start, end):
            if paragraph < len(found):
                found[paragraph].append(index)
    return found


def paragraph_text(
    offset: int,
    line: str,
    spans: Sequence[tuple[int, int]],
    current: int | Collection[int] | None,
    fact: Style,
    focus: Style,
    indices: Iterable[int] | None = None,
) -> Text:
    """One paragraph, literal (tabs as spaces: one cell each, as wrapped), with the spans that fall
    in it highlighted (the current one, or ones, stronger); `indices` (`spans_by_paragraph`) names
    the spans to look at, when known: else every one."""
    text = Text(clean(line).replace("\t", " "), end="")
    currents = _as_set(current)
    looked_at = range(len(spans)) if indices is None else indices
    # The current spans last: facts of one sentence share its span, and a later one's highlight
    # drawn over the current one's hid which was current (and left its text bold on the other colour).
    for index in sorted(looked_at, key=lambda index: index in currents):
        span_start, span_end = spans[index]
        start, end = max(span_start - offset, 0), min(span_end - offset, len(line))
        if start < end:
            text.stylize(focus if index in currents else fact, start, end)
    return text


def _as_set(current: int | Collection[int] | None) -> Collection[int]:
    if current is None:
        return ()
    return (current,) if isinstance(current, int) else current


class TextView(ScrollView, can_focus=False):
    """A text wrapped to the width, its spans highlighted, only the lines on screen drawn."""

    DEFAULT_CSS = """
    TextView {
        overflow-x: hidden;
        overflow-y: auto;
        /* The scrollbar's column kept: its coming would wrap a long text again (~0.05 s). */
        scrollbar-gutter: stable;
        height: 1fr;
    }
    """

    def __init__(
        self,
        styles: Callable[[], tuple[Style, Style]],
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        """`styles` gives the highlight of a span and of the current one (the owner's CSS)."""
        super().__init__(name=name, id=id, classes=classes)
        self._styles = styles
        self._text = ""
        self._offsets: list[int] = [0]
        """Where each paragraph starts in the text."""
        self._lengths: list[int] = [0]
        self._spans: Sequence[tuple[int, int]] = ()
        self._spans_in: list[list[int]] = [[]]
        self._current: int | None = None
        self._companions: Mapping[int, Sequence[int]] = {}
        """For a span, the others drawn as current with it (a stake's tranches' own sentences)."""
        self._width = 0
        """The width the lines were wrapped to (0: not yet)."""
        self._line_starts: list[int] = []
        """Where each wrapped line starts in the text (ascending)."""
        self._line_paragraph: list[int] = []
        self._paragraph_cache: LRUCache[int, Text] = LRUCache(512)

    # -- content ----------------------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The whole text shown."""
        return self._text

    @property
    def line_count(self) -> int:
        """How many lines the text takes at the current width."""
        return len(self._line_starts)

    def set_text(self, text: str, spans: Sequence[tuple[int, int]], current: int | None) -> None:
        """Show `text` with `spans` (start, end) highlighted, `current` (an index) the stronger one,
        centred on it."""
        self._text, self._spans, self._current = text, spans, current
        self._companions = {}
        self._offsets, self._lengths = [], []
        for offset, line in paragraphs(text):
            self._offsets.append(offset)
            self._lengths.append(len(line))
        self._spans_in = spans_by_paragraph(self._offsets, spans)
        self._paragraph_cache.clear()
        self._width = 0
        self._line_starts, self._line_paragraph = [], []  # until wrapped (at once when laid out)
        self.virtual_size = Size(0, 0)
        self._wrap()
        self.scroll_to_current()  # before the first frame: not the top of the text drawn first

    def set_current(self, current: int | None) -> None:
        """Make span `current` the stronger one (only its paragraphs and the previous one's are
        drawn again) and bring it into view."""
        for index in {*self._current_group(), *self._group_of(current)}:
            start, end = self._spans[index]
            for paragraph in paragraph_range(self._offsets, start, end):
                self._paragraph_cache.discard(paragraph)
        self._current = current
        self.refresh()
        self.scroll_to_current()

    def add_companions(self, ranges: Sequence[tuple[int, int]], owners: Sequence[int]) -> None:
        """Highlight `ranges` (start, end) too, each drawn as current while span `owners[i]` is: the
        sentences of a stake's tranches with the stake's own."""
        first = len(self._spans)
        self._spans = [*self._spans, *ranges]
        companions: dict[int, list[int]] = {}
        for index, owner in enumerate(owners, start=first):
            companions.setdefault(owner, []).append(index)
        self._companions = companions
        self._spans_in = spans_by_paragraph(self._offsets, self._spans)
        self._paragraph_cache.clear()
        self.refresh()

    def _group_of(self, current: int | None) -> list[int]:
        """Span `current` and those drawn as current with it."""
        return [] if current is None else [current, *self._companions.get(current, ())]

    def _current_group(self) -> list[int]:
        return self._group_of(self._current)

    def paragraph_content(self, index: int) -> Text:
        """Paragraph `index` as drawn: its text with its spans highlighted."""
        text = self._paragraph_cache.get(index)
        if text is None:
            offset, length = self._offsets[index], self._lengths[index]
            fact, focus = self._styles()
            text = paragraph_text(
                offset,
                self._text[offset : offset + length],
                self._spans,
                self._current_group(),
                fact,
                focus,
                self._spans_in[index],
            )
            self._paragraph_cache[index] = text
        return text

    def line_of(self, position: int) -> int:
        """The wrapped line character `position` of the text is on."""
        return max(bisect_right(self._line_starts, position) - 1, 0)

    def visible_lines(self) -> range:
        """The wrapped lines on screen now."""
        top = int(self.scroll_offset.y)
        return range(top, min(top + self.scrollable_content_region.height, self.line_count))

    def line_plain(self, line: int) -> str:
        """Wrapped line `line`'s characters (as drawn, before cropping to the width)."""
        paragraph = self._line_paragraph[line]
        start, end = self._line_range(line)
        offset = self._offsets[paragraph]
        return self.paragraph_content(paragraph).plain[start - offset : end - offset]

    # -- layout -----------------------------------------------------------------------------------

    def _wrap_width(self) -> int:
        return self.scrollable_content_region.width or self.size.width

    def _wrap(self) -> None:
        """Wrap every paragraph to the width (once per width: ~0.05 s for 433k characters)."""
        width = self._wrap_width()
        if width <= 0 or width == self._width:
            return
        self._width = width
        starts: list[int] = []
        owners: list[int] = []
        text = self._text
        for index, (offset, length) in enumerate(zip(self._offsets, self._lengths, strict=True)):
            if length <= width:  # most paragraphs of an article, and every blank line
                starts.append(offset)
                owners.append(index)
                continue
            for start in wrap_starts(text[offset : offset + length], width):
                starts.append(offset + start)
                owners.append(index)
        self._line_starts, self._line_paragraph = starts, owners
        self.virtual_size = Size(width, len(starts))
        self.refresh()

    def on_resize(self) -> None:
        """Wrapped again to a new width (a scrollbar appearing changes it too): the current span
        kept in view."""
        width = self._width
        self._wrap()
        if self._width != width:
            self.call_after_refresh(self.scroll_to_current)

    def scroll_to_current(self) -> None:
        """Centre the line the current span starts on."""
        if self._current is None or not self._line_starts:
            return
        line = self.line_of(self._spans[self._current][0])
        # Forced: until the next layout shows the scrollbar a text just set may not scroll ("auto").
        self.scroll_to_region(Region(0, line, 1, 1), animate=False, center=True, immediate=True, force=True)

    def _line_range(self, line: int) -> tuple[int, int]:
        paragraph = self._line_paragraph[line]
        end = self._offsets[paragraph] + self._lengths[paragraph]
        if line + 1 < len(self._line_starts) and self._line_paragraph[line + 1] == paragraph:
            end = self._line_starts[line + 1]
        return self._line_starts[line], end

    # -- drawing ----------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        """Theme or CSS changed: draw the highlights again with the new styles."""
        self._paragraph_cache.clear()
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        """Draw screen line `y`: its wrapped line of the text, cropped to the width."""
        width = self.size.width
        base = self.rich_style
        line = y + int(self.scroll_offset.y)
        if line >= len(self._line_starts):
            return Strip.blank(width, base)
        paragraph = self._line_paragraph[line]
        start, end = self._line_range(line)
        offset = self._offsets[paragraph]
        text = self.paragraph_content(paragraph)[start - offset : end - offset]
        selection = self.text_selection
        if selection is not None and (span := selection.get_span(line)) is not None:
            low, high = span
            text.stylize(self._selection_style(), low, len(text) if high == -1 else high)
        strip = Strip(list(text.render(self.app.console, end=""))).apply_style(base)
        return strip.crop_extend(0, width, base).apply_offsets(0, line)

    def _selection_style(self) -> Style:
        """The selection's highlight, always readable: the theme's selection background over this
        view's, and its foreground, or (the default themes' is transparent, which Rich drew as the
        background: selected characters vanished) the colour that contrasts with that background."""
        selection = self.screen.get_component_styles("screen--selection")
        background = self.background_colors[1] + selection.background
        foreground = background + selection.color
        if selection.color.a == 0 or foreground == background:
            foreground = background + background.get_contrast_text()
        return Style(color=foreground.rich_color, bgcolor=background.rich_color)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text under a mouse selection (its wrapped lines, as shown)."""
        lines = (self.line_plain(line) for line in range(self.line_count))
        return selection.extract("\n".join(lines)), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        """Draw the selection's highlight."""
        self.refresh()
