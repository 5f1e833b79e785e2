"""A keyboard-driven list that renders only its visible lines, so 100,000 rows cost nothing to show.

Textual's `DataTable`, `OptionList` and `ListView` build a strip or widget per row and take seconds
past ~10k rows; this is a `ScrollView` whose `render_line` asks a row renderer for just the lines on
screen. Rows are any objects; the owner supplies how to draw one, which ones the cursor may land on
(section headers are skipped) and which ones are marked (selected for export).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from math import ceil
from typing import ClassVar, Generic, Literal, NamedTuple, TypeVar

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.color import Color
from textual.filter import LineFilter
from textual.geometry import Offset, Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBarRender
from textual.strip import Strip
from textual.style import Style as TextualStyle

RowT = TypeVar("RowT")
RowStyles = Mapping[str, Style]
"""Role name ("header", "muted", "match", "projection", "amount", "mark") to a Rich style."""
RowRenderer = Callable[[RowT, RowStyles], Text]
FittingRowRenderer = Callable[[RowT, RowStyles, int], Text]
"""A renderer told the room a row has (its cells): it can shorten its words where they would be cut."""

_ONE_CELL_RANGES = (
    (0x20, 0x7E),  # ASCII
    (0xA0, 0x2FF),  # Latin-1 and Latin extended: "é", "ß"
    (0x370, 0x482),  # Greek, Cyrillic
    (0x2010, 0x2027),  # dashes, quotes, "…", "·"
    (0x2030, 0x205E),
    (0x20A0, 0x20C0),  # currency signs: "€"
    (0x2100, 0x214F),
    (0x2190, 0x21FF),  # arrows
)
ONE_CELL = frozenset(
    char for start, end in _ONE_CELL_RANGES for char in map(chr, range(start, end + 1)) if cell_len(char) == 1
)
"""Characters one cell wide that join no neighbour (Rich's own measure): a row made only of them is cut
by its length. Rich's quick test knows ASCII and Latin only, and a row with a "…" (a company name cut
to its column) or a "€" took its per-grapheme path: 70 µs a row, most of drawing a year jump's rows."""

_STALE = Style(dim=True)
"""How rows answering something no longer asked are drawn (`VirtualList.set_stale`)."""
ROLES = ("header", "muted", "match", "projection", "amount", "mark")

BarPart = Literal["above", "thumb", "below"]
"""Where a cell of the list's own scroll bar is: above its thumb, on it or below it (a press there
scrolls a page up, drags the thumb, or scrolls a page down, as Textual's scroll bar does)."""
_BAR_PARTS: dict[str, BarPart] = {"scroll_up": "above", "grab": "thumb", "scroll_down": "below"}

Frame = tuple[Style, Segment | None, Segment | None, tuple[LineFilter, ...], Color]
"""What Textual's per-line styling adds to a line of the list when its box is plain (no border, outline,
tint, opacity, hatch or vertical padding): the style of the cells it pads with, the left and right
padding's cells, and the app's line filters with the background they are given (`VirtualList._plain_frame`)."""


class Painted(NamedTuple):
    """A paint's lines (`VirtualList(keep_painted=True)`): what they were drawn for (width, height,
    frame, styles), the row on the top line and the scroll bar's cell of each line."""

    drawn_for: tuple[object, ...]
    top: int
    bars: list[Segment | None]
    lines: list[Strip]


class VirtualList(ScrollView, Generic[RowT], can_focus=True, inherit_bindings=False):
    """A virtual list with a cursor, optional marks, and messages for highlight, open and mark."""

    DEFAULT_CSS = """
    VirtualList {
        overflow-x: hidden;
        overflow-y: auto;
        height: 1fr;
        /* The list draws its scroll bar itself, as the last cell of each line (`_bar_cells`). */
        scrollbar-size-vertical: 0;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"virtual-list--cursor", *(f"virtual-list--{r}" for r in ROLES)}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "Up", id="list.up", tooltip="Move to the previous row", show=False),
        Binding("down,j", "cursor_down", "Down", id="list.down", tooltip="Move to the next row", show=False),
        Binding("pageup", "page_up", "PageUp", id="list.page_up", tooltip="Move up one page", show=False),
        Binding(
            "pagedown", "page_down", "PageDown", id="list.page_down", tooltip="Move down one page", show=False
        ),
        Binding("home", "first", "First", id="list.first", tooltip="Move to the first row", show=False),
        Binding("end", "last", "Last", id="list.last", tooltip="Move to the last row", show=False),
        Binding("enter", "choose", "Open", id="list.open", tooltip="Open the highlighted row"),
        Binding(
            "space",
            "toggle_mark",
            "Select",
            id="list.select",
            tooltip="Select or unselect the row for export",
            show=False,  # a secondary key: the footer keeps room for Help at 80 columns
        ),
    ]

    class Highlighted(Message):
        """The cursor moved to `index` (None when the list is empty)."""

        def __init__(self, virtual_list: VirtualList, index: int | None) -> None:
            super().__init__()
            self.virtual_list = virtual_list
            self.index = index

        @property
        def control(self) -> VirtualList:
            return self.virtual_list

    class Chosen(Highlighted):
        """Enter (or a double click) on the row at `index`."""

    class MarkToggled(Highlighted):
        """Space on the row at `index`: the owner decides what marking means."""

    class MoveKept(Message):
        """A move key pressed while the rows load (`action`: "last", "page_down"…), applied when they come."""

        def __init__(self, virtual_list: VirtualList, action: str) -> None:
            super().__init__()
            self.virtual_list = virtual_list
            self.action = action

        @property
        def control(self) -> VirtualList:
            return self.virtual_list

    def __init__(
        self,
        render_row: RowRenderer,
        *,
        fit_row: FittingRowRenderer | None = None,
        can_land: Callable[[RowT], bool] | None = None,
        is_marked: Callable[[RowT], bool] | None = None,
        on_move: Callable[[int | None], None] | None = None,
        empty_text: str = "Nothing here.",
        keep_painted: bool = False,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._render_row = render_row
        self._fit_row = fit_row
        """Used instead of `render_row` when given: rows drawn to the room they have, drawn again when
        the width changes (an amount is never cut mid-number, the words before it give way)."""
        self._can_land = can_land or (lambda _row: True)
        self._is_marked = is_marked
        self._on_move = on_move
        """Called with the cursor's new index as it moves, before `Highlighted` is posted: what the owner
        draws with the move (a detail panel) then lands in the same paint as the rows, not a second one."""
        self._rows: Sequence[RowT] = ()
        self._cursor: int | None = None
        self._empty_text = empty_text
        self._shown_empty_text = empty_text
        self._text_cache: LRUCache[int, tuple[RowT, Text, int]] = LRUCache(1024)
        """Rows' texts by index, with the row each was drawn for: a row read meanwhile (the whole
        timeline's "…" until its window comes) is another object at the same index, drawn anew."""
        self._strip_cache: LRUCache[tuple[object, ...], tuple[RowT, bool, Strip]] = LRUCache(256)
        """Lines drawn, by (row index, base style, widths, bar cell, frame), with the row and mark they
        were drawn for: a step that scrolls repaints every line, and all but one or two are the same as before."""
        self._style_cache: dict[str, Style] | None = None
        self._cursor_style: Style | None = None
        """The cursor's style (`virtual-list--cursor`), until the styles change."""
        self._paint_styles: tuple[Style, Style, int] | None = None
        """The list's own style, the cursor's and the width left of the scrollbar, for the lines of one
        paint (`render_lines`)."""
        self._paint_bar: list[Segment] = []
        """The scroll bar's cell of each screen line for this paint (none when the rows fit)."""
        self._bar: tuple[tuple[object, ...], list[Segment], list[BarPart]] | None = None
        """The scroll bar's cells (one a screen line) and what each is, with what they were worked out from."""
        self._bar_colors: tuple[str, Style, Style] | None = None
        """The scroll bar's (state, back, bar) colours, worked out once a state: its colours walk every ancestor."""
        self._bar_hover = False
        self._bar_grab: tuple[int, float] | None = None
        """While the thumb is dragged: the screen line it was taken at and the scroll offset then."""
        self.awaiting_rows = False
        """Rows are on their way (not `loading`: Textual shows a spinner for that) (`set_rows` clears it): a move key pressed meanwhile is kept, not lost."""
        self._pending: str | None = None
        self._stale = False
        """The rows answer something no longer asked (a search box's earlier text): drawn dimmed."""
        self._keep_painted = keep_painted
        """Keep the last paint's lines and draw again only those refreshed since (`_painted_lines`):
        for an owner that refreshes the list whenever a mark may have changed unseen (another screen's
        selection), as the kept lines are not asked whether their row is still marked."""
        self._painted: Painted | None = None
        """The last paint's lines (every screen line), with what they were drawn for."""
        self._rows_to_paint: set[int] = set()
        """Rows (indexes) whose lines were refreshed since the last paint (the cursor's old and new)."""
        self._scrolled = False
        """A scroll's own refresh is running (`watch_scroll_y`): the rows kept move with it, not drawn anew."""

    # -- data -------------------------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[RowT]:
        """The rows shown, in order."""
        return self._rows

    @property
    def cursor(self) -> int | None:
        """Index of the highlighted row, or None when no row can hold the cursor."""
        return self._cursor

    @property
    def highlighted(self) -> RowT | None:
        """The highlighted row itself."""
        return None if self._cursor is None else self._rows[self._cursor]

    def set_rows(self, rows: Sequence[RowT], cursor: int = 0, *, empty_text: str | None = None) -> None:
        """Replace every row (O(1): nothing is rendered until it scrolls into view); `empty_text`
        replaces what an empty list says, until the next call."""
        self._rows = rows
        self._shown_empty_text = empty_text or self._empty_text
        self._forget_drawn_rows()
        self.virtual_size = Size(0, len(rows))
        self._cursor = None
        self.move_to(self._landing(cursor, 1) if rows else None, scroll_center=False, force=True)
        # Until the next layout the scroll range is the old rows': a cursor past their end was clamped.
        self.call_after_refresh(self._scroll_to_cursor)
        self._stale = False
        self.refresh()
        self.awaiting_rows = False
        pending, self._pending = self._pending, None
        if pending is not None and rows:
            getattr(self, f"action_{pending}")()

    @property
    def empty_text(self) -> str:
        """What the list says while it has no rows."""
        return self._shown_empty_text

    @property
    def stale(self) -> bool:
        """Whether the rows are drawn dimmed as answering something no longer asked (`set_stale`)."""
        return self._stale

    def set_stale(self, stale: bool) -> None:
        """Dim the rows (True) until new ones come (`set_rows` undims them) or this is called with False."""
        if stale != self._stale:
            self._stale = stale
            self.refresh()

    def _keep_while_loading(self, action: str) -> bool:
        """While rows are loading, remember `action` (the last move key wins) to apply when they come."""
        if not (self.awaiting_rows and not self._rows):
            return False
        self._pending = action
        self.post_message(self.MoveKept(self, action))
        return True

    def refresh_rows(self) -> None:
        """Redraw after something a renderer reads (like the selection) changed."""
        self._forget_drawn_rows()
        self.refresh()

    def _forget_drawn_rows(self) -> None:
        self._painted = None
        self._text_cache.clear()
        self._strip_cache.clear()
        self._paint_styles = None  # new rows may bring or take away the scrollbar

    # -- cursor -----------------------------------------------------------------------------------

    def _landing(self, index: int, step: int) -> int | None:
        """The first row from `index` in direction `step` the cursor may land on, else the other way."""
        index = max(0, min(index, len(self._rows) - 1))
        for direction in (step, -step):
            probe = index
            while 0 <= probe < len(self._rows):
                if self._can_land(self._rows[probe]):
                    return probe
                probe += direction
        return None

    def move_to(
        self, index: int | None, *, scroll_center: bool = False, at_top: bool = False, force: bool = False
    ) -> None:
        """Put the cursor on `index`, scroll it into view (on the top line with `at_top`, as far as
        the rows below let it) and announce it."""
        if index == self._cursor and not force:
            return
        previous, self._cursor = self._cursor, index
        for row in (previous, index):
            if row is not None:
                self.refresh(Region(0, row - int(self.scroll_offset.y), self.size.width, 1))
        if index is not None:
            region = Region(0, index, max(1, self.size.width), 1)
            self.scroll_to_region(region, animate=False, center=scroll_center, top=at_top, immediate=True)
        if self._on_move is not None:
            self._on_move(index)
        self.post_message(self.Highlighted(self, index))

    def _scroll_to_cursor(self) -> None:
        """Bring the cursor's row into view (without announcing it again)."""
        if self._cursor is not None:
            region = Region(0, self._cursor, max(1, self.size.width), 1)
            # Forced: until laid out again after `set_rows`, a list that fitted on screen has no
            # scrollbar and refuses to scroll (a million rows after a company's dozen stayed at the top).
            self.scroll_to_region(region, animate=False, immediate=True, force=True)

    def on_resize(self) -> None:
        """Made shorter (charts drawn above it, a page's rest arriving): keep the cursor's row in view."""
        self.call_after_refresh(self._scroll_to_cursor)

    def _step(self, delta: int) -> None:
        if not self._rows:
            return
        start = 0 if self._cursor is None else self._cursor
        target = self._landing(start + delta, 1 if delta > 0 else -1)
        self.move_to(target)

    def action_cursor_up(self) -> None:
        """Previous row."""
        if self._keep_while_loading("cursor_up"):
            return
        self._step(-1)

    def action_cursor_down(self) -> None:
        """Next row."""
        if self._keep_while_loading("cursor_down"):
            return
        self._step(1)

    def action_page_up(self) -> None:
        """One screen up."""
        if self._keep_while_loading("page_up"):
            return
        self._step(-max(1, self.size.height - 1))

    def action_page_down(self) -> None:
        """One screen down."""
        if self._keep_while_loading("page_down"):
            return
        self._step(max(1, self.size.height - 1))

    def action_first(self) -> None:
        """First row."""
        if self._keep_while_loading("first"):
            return
        if self._rows:
            self.move_to(self._landing(0, 1))

    def action_last(self) -> None:
        """Last row."""
        if self._keep_while_loading("last"):
            return
        if self._rows:
            self.move_to(self._landing(len(self._rows) - 1, -1))

    def action_choose(self) -> None:
        """Open the highlighted row."""
        if self._cursor is not None:
            self.post_message(self.Chosen(self, self._cursor))

    def action_toggle_mark(self) -> None:
        """Ask the owner to select or unselect the highlighted row."""
        if self._cursor is not None:
            self.post_message(self.MarkToggled(self, self._cursor))

    async def _on_click(self, event: events.Click) -> None:
        """A click highlights a row; a double click opens it."""
        offset = event.get_content_offset(self)
        if offset is None or self._on_bar(offset):
            return  # the scroll bar's column scrolls (`_on_mouse_down`), it does not pick a row
        index = offset.y + int(self.scroll_offset.y)
        if 0 <= index < len(self._rows) and self._can_land(self._rows[index]):
            self.move_to(index)
            if event.chain >= 2:
                self.action_choose()

    # -- the scroll bar's mouse ---------------------------------------------------------------------
    # Textual's own vertical scroll bar is hidden (`scrollbar-size-vertical: 0`): it was a widget of its
    # own whose 37 one-cell lines a year jump made anew (strips, `Visual`s and the cyclic garbage their
    # divide caches leave). The list draws it in its lines' last cell and answers the mouse there as it did.

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Redraw the rows scrolled to (as `ScrollView` does), without telling Textual's hidden bar its
        position: a message a scroll for a widget never drawn."""
        if round(old_value) != round(new_value):
            self._scrolled = True
            try:
                self.refresh(self.size.region)
            finally:
                self._scrolled = False

    @property
    def scrollable_content_region(self) -> Region:
        """The content region left of the scroll bar the list draws (Textual's own is hidden): what it
        was with Textual's bar, for the list's rows and for Textual's scrolling alike."""
        region = super().scrollable_content_region
        if self.show_vertical_scrollbar and region.width:
            return Region(region.x, region.y, region.width - 1, region.height)
        return region

    def _on_bar(self, offset: Offset) -> bool:
        """Whether `offset` (in the content region) is on the scroll bar's column."""
        return self.show_vertical_scrollbar and offset.x >= self._line_styles()[2]

    async def _on_mouse_down(self, event: events.MouseDown) -> None:
        """On the bar: above the thumb a page up, below it a page down, on it the thumb taken to drag."""
        offset = event.get_content_offset(self)
        if offset is None or not self._on_bar(offset):
            return
        event.stop()
        part = self._bar_cells()[1][offset.y] if 0 <= offset.y < self.size.height else "below"
        if part == "above":
            self.scroll_page_up()
        elif part == "below":
            self.scroll_page_down()
        else:
            self._bar_grab = (event.screen_y, self.scroll_y)
            self.capture_mouse()
            self._refresh_bar()

    async def _on_mouse_move(self, event: events.MouseMove) -> None:
        """Dragging the thumb scrolls by as many rows as the bar stands for; hovering lights the bar."""
        if self._bar_grab is not None:
            event.stop()
            taken_at, scrolled = self._bar_grab
            height = max(1, self.size.height)
            rows_a_cell = self.virtual_size.height / height
            self.scroll_to(y=scrolled + (event.screen_y - taken_at) * rows_a_cell, animate=False)
            return
        offset = event.get_content_offset(self)
        self._set_bar_hover(offset is not None and self._on_bar(offset))

    async def _on_mouse_up(self, event: events.MouseUp) -> None:
        """The thumb let go."""
        if self._bar_grab is not None:
            event.stop()
            self._bar_grab = None
            self.release_mouse()
            self._refresh_bar()

    def _on_leave(self, event: events.Leave) -> None:
        self._set_bar_hover(False)

    def _set_bar_hover(self, hover: bool) -> None:
        if hover != self._bar_hover:
            self._bar_hover = hover
            self._refresh_bar()

    def _refresh_bar(self) -> None:
        """Draw the bar again in its state's colours (hovered, dragged or neither)."""
        self._bar_colors = None
        self._paint_styles = None
        self.refresh(Region(self.size.width - 1, 0, 1, self.size.height))

    # -- rendering --------------------------------------------------------------------------------

    def _set_dirty(self, *regions: Region) -> None:
        """Every repaint asked of the list comes here (`refresh`, a style's change, a scroll): lines
        refreshed are drawn again at the next paint, a whole refresh draws every line again."""
        if regions and self._keep_painted:  # only a list that keeps its paint clears the rows it kept
            if not self._scrolled:
                top = int(self.scroll_offset.y)
                for region in regions:
                    self._rows_to_paint.update(range(top + region.y, top + region.bottom))
        else:
            self._painted = None
        super()._set_dirty(*regions)

    def role_style(self, role: str) -> Style:
        """The style of a role ("match", "muted"…) as the rows are drawn with it, worked out once a
        theme: `get_component_rich_style` walks the styles again after every refresh of the list."""
        return self._styles()[role]

    def _styles(self) -> RowStyles:
        if self._style_cache is None:
            self._style_cache = {
                role: self.get_component_rich_style(f"virtual-list--{role}", partial=True) for role in ROLES
            }
        return self._style_cache

    def notify_style_update(self) -> None:
        """Theme or CSS changed: forget cached row styles and rendered rows."""
        self._style_cache = None
        self._cursor_style = None
        self._paint_styles = None
        self._bar_colors = None
        self._forget_drawn_rows()
        super().notify_style_update()

    def _row_text(self, index: int, row: RowT, room: int = 0) -> Text:
        room = room if self._fit_row is not None else 0
        drawn = self._text_cache.get(index)
        if drawn is not None and drawn[0] is row and drawn[2] == room:
            return drawn[1]
        if self._fit_row is not None:
            text = self._fit_row(row, self._styles(), room)
        else:
            text = self._render_row(row, self._styles())
        self._text_cache[index] = (row, text, room)
        return text

    def render_lines(self, crop: Region) -> list[Strip]:
        """The lines in `crop`. In a plain box (every list's, from the stylesheet) each is drawn whole,
        padding and line filters included, and kept so: Textual's per-line styling (`StylesCache`)
        made two more strips of every new line (one padded, one filtered), and drawing a year jump's
        37 new lines took 2.2 ms of CPU instead of 1.5 (bench/RESULTS.md §4, session 28)."""
        # The list's style walks every ancestor (a third of drawing a row), and the width left of the
        # scrollbar asks the styles for its gutter (a tenth): both worked out once a paint.
        self._paint_styles = None
        frame = self._plain_frame()
        if frame is None:
            return super().render_lines(crop)
        if self._keep_painted and crop.line_range == range(self.size.height):
            lines = self._painted_lines(frame)
        else:
            lines = [self._line(y, frame) for y in crop.line_range]
        x1, x2 = crop.column_span
        if (x1, x2) != (0, self.region.width):
            lines = [line.crop(x1, x2) for line in lines]
        return lines

    def _painted_lines(self, frame: Frame) -> list[Strip]:
        """Every screen line, the last paint's kept where nothing asked for it again: Textual draws the
        whole list whenever any line of the screen changes (its compositor renders every widget the
        changed lines' bounding box meets), so a step within the screen asked all 37 lines of the
        strip cache (1.3 ms) for the two that changed (bench/RESULTS.md, session 33)."""
        width, top = self.size.width, int(self.scroll_offset.y)
        drawn_for = (width, self.size.height, frame, self._line_styles())
        bars = self._paint_bar or [None] * self.size.height
        painted, to_paint = self._painted, self._rows_to_paint
        if painted is None or painted.drawn_for != drawn_for:
            lines = [self._line(y, frame) for y in range(self.size.height)]
        else:
            lines = []
            for y, bar in enumerate(bars):
                # The row's line of the last paint (moved with a scroll), unless refreshed or its bar cell moved.
                kept = y + top - painted.top
                if 0 <= kept < len(painted.lines) and y + top not in to_paint and painted.bars[kept] == bar:
                    lines.append(painted.lines[kept])
                else:
                    lines.append(self._line(y, frame))
        to_paint.clear()
        self._painted = Painted(drawn_for, top, bars, lines)
        return list(lines)

    def _plain_frame(self) -> Frame | None:
        """The padding's cells and the line filters around each line when the box is plain: what
        Textual's `StylesCache.render_line` then adds and nothing else (tested line for line against
        it); None when it draws more (a border, an outline, a tint, an opacity, a hatch, padding above
        or below, a link under the mouse)."""
        styles = self.styles
        pad_top, pad_right, pad_bottom, pad_left = styles.padding
        if (
            pad_top
            or pad_bottom
            or any(edge for edge, _ in styles.border)
            or any(edge for edge, _ in styles.outline)
            or styles.tint.a
            or styles.text_opacity != 1.0
            or (styles.has_rule("hatch") and styles.hatch != "none")
            or (self.auto_links and self.hover_style.link_id)
            or self.opacity != 1.0
        ):
            return None
        base_background, background = self.background_colors
        inner = TextualStyle(background=base_background + background).rich_style
        left = Segment(" " * pad_left, inner) if pad_left else None
        right = Segment(" " * pad_right, inner) if pad_right else None
        return inner, left, right, tuple(self.get_line_filters()), background

    def _line_styles(self) -> tuple[Style, Style, int]:
        """The list's own style, the cursor's and the width left of the scroll bar, as they are for this paint."""
        if self._paint_styles is None:
            if self._cursor_style is None:
                # Kept until the styles change (`notify_style_update`, a focus change's too): Textual's own
                # cache of it is emptied by every refresh, and working it out again was ~1 ms of a step.
                self._cursor_style = self.get_component_rich_style("virtual-list--cursor", partial=True)
            cursor = self._cursor_style
            content_width = self.scrollable_content_region.width
            self._paint_styles = (self.rich_style, cursor, content_width)
            self._paint_bar = self._bar_cells()[0] if content_width < self.size.width else []
        return self._paint_styles

    def _bar_cells(self) -> tuple[list[Segment], list[BarPart]]:
        """The scroll bar's cell on each screen line (drawn as Textual's `ScrollBar` draws it: the thumb's
        ends in eighths of a cell) and what each one is; worked out again only when the scroll, the
        rows, the height or the bar's colours change."""
        height = self.size.height
        state, back, bar = self._bar_palette()
        virtual = self.virtual_size.height
        window = height if height < virtual else 0
        position = int(self.scroll_y * 8) / 8  # Textual's bar moves by eighths of a cell too
        drawn_for = (height, virtual, position, state)
        if self._bar is None or self._bar[0] != drawn_for:
            bar_segments = ScrollBarRender.render_bar(
                size=height,
                virtual_size=ceil(virtual),
                window_size=ceil(window),
                position=position,
                vertical=True,
                back_color=back.bgcolor,
                bar_color=bar.color,
            ).segments
            list_style = self.rich_style
            cells, parts = [], []
            # A bar's cells have two or three styles: each worked out once, not once a cell (37 a year jump).
            styled: dict[Style | None, tuple[BarPart, Style]] = {}
            for segment in bar_segments:
                style = segment.style
                if style not in styled:
                    meta = style.meta if style is not None else {}
                    # No meta: Textual would take a cell's "@mouse.down" for an action of the list's own.
                    styled[style] = (
                        _BAR_PARTS.get(str(meta.get("@mouse.down")), "below"),
                        list_style + _without_meta(style),
                    )
                part, cell_style = styled[style]
                parts.append(part)
                cells.append(Segment(segment.text, cell_style))
            self._bar = (drawn_for, cells, parts)
        return self._bar[1], self._bar[2]

    def _bar_palette(self) -> tuple[str, Style, Style]:
        """The bar's state ("", "hover", "active") and its back and bar colours in that state, as
        Textual's `ScrollBar.render` mixes them (the background under a translucent one)."""
        state = "active" if self._bar_grab is not None else "hover" if self._bar_hover else ""
        if self._bar_colors is None or self._bar_colors[0] != state:
            styles = self.styles
            background, color = {
                "active": (styles.scrollbar_background_active, styles.scrollbar_color_active),
                "hover": (styles.scrollbar_background_hover, styles.scrollbar_color_hover),
                "": (styles.scrollbar_background, styles.scrollbar_color),
            }[state]
            if background.a < 1:
                background = self.background_colors[0] + background
            color = background + color
            self._bar_colors = (state, Style(bgcolor=background.rich_color), Style(color=color.rich_color))
        return self._bar_colors

    def render_line(self, y: int) -> Strip:
        """Draw the row under screen line `y`, cropped to the width: never wrapped; the scroll bar's
        cell last when the rows overflow (for Textual's per-line styling to frame)."""
        return self._line(y, None)

    def _line(self, y: int, frame: Frame | None) -> Strip:
        """The line `render_line` draws, in `frame` (padding, line filters: `_framed`) when given."""
        width = self.size.width
        index = y + int(self.scroll_offset.y)
        base, cursor_style, content_width = self._line_styles()
        bar = self._paint_bar[y] if 0 <= y < len(self._paint_bar) else None
        if not self._rows:
            if y == 0:
                empty = Text(self._shown_empty_text, style=self._styles()["muted"])
                return self._strip(empty, width, base, content_width, bar, frame)
            return _framed([Segment(" " * width, base)], width, width, frame)
        if index >= len(self._rows):
            return self._strip(Text(), width, base, content_width, bar, frame)
        row = self._rows[index]
        if index == self._cursor:
            base += cursor_style
        if self._stale:
            base += _STALE
        marked = self._is_marked is not None and self._is_marked(row)
        key = (index, base, width, content_width, bar, frame)
        drawn = self._strip_cache.get(key)
        if drawn is not None and drawn[0] is row and drawn[1] == marked:
            return drawn[2]
        line = Text()
        if self._is_marked is not None:
            line.append("● " if marked else "  ", style=self._styles()["mark"] if marked else "")
        room = (min(width, content_width) or width) - len(line.plain)
        line.append_text(self._row_text(index, row, room))
        strip = self._strip(line, width, base, content_width, bar, frame)
        self._strip_cache[key] = (row, marked, strip)
        return strip

    def _strip(
        self,
        line: Text,
        width: int,
        base: Style,
        content_width: int,
        bar: Segment | None,
        frame: Frame | None,
    ) -> Strip:
        # Cut to the width left of the scroll bar (`content_width`), and the bar's cell after it: one
        # strip a line, the bar's included (Textual's bar was 37 strips more a year jump, and garbage).
        visible = min(width, content_width) or width
        plain = line.plain
        if ONE_CELL.issuperset(plain):  # as `Text.truncate` cuts and pads it, by the string's length
            if len(plain) > visible:
                line.plain = plain = plain[: visible - 1] + "…"
            if len(plain) < visible:
                line.append(" " * (visible - len(plain)))
        else:
            line.truncate(visible, overflow="ellipsis", pad=True)
        # The list's style applied to the segments, not with `Strip.apply_style`: that made a second
        # strip a line (seven caches each: the young objects the garbage collector scans).
        segments = _styled_segments(line, base, self.app.console)
        if bar is not None:
            segments.append(bar)
        return _framed(segments, width if bar is not None else visible, width, frame)


def _framed(segments: list[Segment], cell_length: int, width: int, frame: Frame | None) -> Strip:
    """A line's one strip: in `frame` (padded to the `width`, then the padding and the line filters)
    when the list draws its lines whole (`VirtualList.render_lines`), else as it is, for Textual's
    per-line styling to frame."""
    if frame is None:
        return Strip(segments, cell_length)
    inner, left, right, filters, background = frame
    if cell_length < width:  # as `Strip.adjust_cell_length` pads a line short of the content's width
        segments.append(Segment(" " * (width - cell_length), inner))
        cell_length = width
    if left is not None:
        segments.insert(0, left)
        cell_length += len(left.text)
    if right is not None:
        segments.append(right)
        cell_length += len(right.text)
    for line_filter in filters:
        segments = line_filter.apply(segments, background)
    return Strip(segments, cell_length)


def _styled_segments(line: Text, base: Style, console: Console) -> list[Segment]:
    """`line`'s segments with `base` under their styles: what `Segment.apply_style(line.render(console),
    base)` draws, read straight off the spans when they follow one another without overlapping (a row's
    appended parts) instead of Rich's stack of styles at every span's edge; else Rich's own."""
    plain = line.plain
    if line.style or any(a.end > b.start for a, b in zip(line.spans, line.spans[1:], strict=False)):
        return list(Segment.apply_style(line.render(console, end=""), base))
    get_style = partial(console.get_style, default=Style.null())
    segments: list[Segment] = []
    position = 0
    for start, end, style in line.spans:
        if start > position:
            segments.append(Segment(plain[position:start], base))
            position = start
        if end > start:
            segments.append(Segment(plain[start:end], base + get_style(style)))
            position = end
    if position < len(plain):
        segments.append(Segment(plain[position:], base))
    return segments


def _without_meta(style: Style | None) -> Style:
    """`style`'s colours and attributes without its meta (mouse actions)."""
    if style is None:
        return Style()
    return Style(color=style.color, bgcolor=style.bgcolor, reverse=style.reverse)
