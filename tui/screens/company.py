"""A company or investor page: every record about it, one cursor, Enter drills into related companies."""

from __future__ import annotations

import gc
import threading
from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.worker import get_current_worker

from ai_deals.store.collector import collector_paused, spare_what_was_made
from ai_deals.store.errors import CompanyGone
from ai_deals.store.formatting import backed
from ai_deals.store.models import CompanyPage, RecordRef, SplitSummary
from ai_deals.store.money_raised import raised_text, rounds_made

from ..formatting import events_selected, plural
from ..messages import CompanyLoaded, CompanyMissing
from ..safe_text import clean_line
from ..widgets.charts import BarChart, CompanyCharts
from ..widgets.title_line import GAP, TitleLine
from ..widgets.virtual_list import VirtualList
from .base import DealsScreen, ExportScope, select_all_binding
from .company_rows import (
    PORTFOLIO_ORDERS,
    PageRow,
    PageRows,
    SourceChoice,
    build_rows,
    render_page_row,
    tranche_selection_note,
)
from .merge import MergeScreen, merges_refused
from .relationship_map import RelationshipMapScreen
from .review import ReviewScreen
from .source_pick import SourcePickScreen
from .split import SplitMade, SplitScreen, split_note, split_status, splits_refused

CHARTED = {"rounds", "investors", "portfolio", "metrics"}
"""The page's lists the charts are drawn from: when the first rows have all of them, so do the charts."""
LARGE_PAGE = 10_000
"""Rows from which a page's objects are exempted from the garbage collector's scans while it is shown."""
SHOWN_WAIT = 2.0
"""Seconds the worker waits for a page's first rows to be drawn before reading the rest anyway."""

GONE_REFUSES = frozenset(
    {
        "source",
        "relationship_map",
        "review",
        "merge",
        "split",
        "toggle_charts",
        "select_all",
        "portfolio_order",
    }
)
"""The page's actions a company no longer in the database has nothing for (see `check_action`)."""

LOADING_EXPORT_HINT = "This page is still loading: press e again in a moment to export all of it."


def page_summary(page: CompanyPage) -> str:
    """How much is known about the company: '4 rounds · 8 investors · 1 source'; a count of none is
    left out (an investor's "0 rounds · 0 investors" cut its name short at 80 columns). A raise still in
    talks is no round (`rounds_made`)."""
    counts = [
        plural(count, noun)
        for count, noun in ((rounds_made(page.rounds), "round"), (page.investor_count, "investor"))
        if count
    ]
    if page.raised or page.raised_conditional or page.raised_ceiling:  # as its search result says it
        counts.insert(0, raised_text(page.raised, page.raised_conditional, page.raised_ceiling))
    if page.backed_count:  # "backed 0 companies" on every company that never invested says nothing
        counts.append(backed(page.backed_count))
    if page.sources:
        counts.append(plural(len(page.sources), "source"))
    return "loading…" if page.cut else " · ".join(counts)


def has_portfolio(page: CompanyPage) -> bool:
    """Whether the page lists a Portfolio (stakes taken, other companies' rounds joined)."""
    return bool(page.portfolio or page.rounds_joined)


def page_title(page: CompanyPage) -> Text:
    """The company's name (literal, never markup) and how much is known about it."""
    title = Text(clean_line(page.company.name), style="bold")
    title.append(GAP + page_summary(page), style="dim")
    return title


def kept_row(row: PageRow | None, index: int | None, rows: list[PageRow]) -> int:
    """Where the cursor goes when the page is read again (back from a drill-down, a review, a merge):
    the same row if it is still there, else the same place."""
    if row is None:
        return 0
    same = (i for i, new in enumerate(rows) if _row_key(new) == _row_key(row))
    return next(same, index or 0)


def _row_key(row: PageRow) -> tuple:
    """What tells a row from the others across a re-read: a stake's tranche rows share its ref, so
    their label tells them apart."""
    return (row.role, row.ref, row.target_id, row.source_id, row.tranche)


class CompanyScreen(DealsScreen):
    """Everything known about one company; `Enter` on a related company opens its page."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "s",
            "source",
            "Source",
            id="company.source",
            tooltip="Open the article the highlighted fact came from",
            show=False,  # the status line names it ("· s source"): the footer's room went to ctrl+a
        ),
        Binding(
            "m",
            "relationship_map",
            "Map",
            id="company.map",
            tooltip="Investors, partners and their other investments, two steps out",
        ),
        Binding(
            "r",
            "review",
            "Review",
            id="company.review",
            tooltip="Review this company's facts, across its sources (on a row several sources tell: that row's)",
        ),
        Binding(
            "M",
            "merge",
            "Merge",
            id="company.merge",
            tooltip="Merge a duplicate into this company",
            show=False,
        ),
        Binding(
            "S",
            "split",
            "Split",
            id="company.split",
            tooltip="Split off a company this one's sources joined to it (two Ledgerlines)",
            show=False,  # in the help (?): the footer's main keys already fill 80 columns, as M's
        ),
        Binding(
            "u",
            "app.undo_merge",
            "Unmerge",
            id="company.undo_merge",
            tooltip="Undo the last merge or split made in this session",
            show=False,
        ),
        Binding(
            "c", "toggle_charts", "Charts", id="company.charts", tooltip="Show or hide the charts", show=False
        ),
        Binding(
            "o",
            "portfolio_order",
            "Order",
            id="company.portfolio_order",
            tooltip="Order the Portfolio by date, by amount (largest first) or by company name",
            # Named by the status line (· o order) and the help: at 80 columns the footer's main keys
            # leave no room, and an investor's page cut its "? Help" to "? H".
            show=False,
        ),
        select_all_binding("company"),
    ]

    help_text = (
        "Rounds, investors (with tranches and conditions), portfolio, partnerships, metrics and sources. "
        "Enter on a related company opens its page; Enter on a fact or source opens the article (on a "
        "row several sources tell, a list asks which one: each with its sentence); "
        "space selects a record for export (on a tranche's row, the stake or round it is part of), ctrl+a every record of the page (again: none). o orders the Portfolio by date, by amount (largest first) or by company name. An investor's Co-investors are the investors sharing its rounds, most shared first (\"3 deals\" when some are stakes both took the same day with no round, never called rounds), with the companies that fit and how many more (\"+4 more\"): Enter opens one, space selects the rounds shared, s lists them, each with its company, and opens one's source. r reviews the company's facts, across its sources; on a row several sources tell (\"2 sources\"), it reviews only that row's records, each source's in turn. M merges a duplicate into this company; S splits off a company its sources joined to it (the new company's name, then space marks the sources whose records are its); u undoes the last merge or split."
    )

    def __init__(self, company_id: int, name: str) -> None:
        super().__init__()
        self.company_id = company_id
        self.crumb = name
        self.timeline_company = (company_id, name)
        self.page: CompanyPage | None = None
        self._version: tuple[int | None, int | None] | None = None
        """The app's `data_version` the page was read at."""
        self._database_version: int | None = None
        """The database's version the page was read at (moved by another process's writes)."""
        self._list = VirtualList(
            render_page_row,
            fit_row=render_page_row,  # drawn to the room there is: a figure is never cut mid-number
            can_land=lambda row: row.actionable,
            is_marked=self._is_marked,
            id="page",
            empty_text="Loading…",
        )
        self._charts = CompanyCharts(id="company-charts")
        self._note = ""
        """Said in the status bar once the page is read again (what a split moved, and its undo)."""
        self._frozen = False
        """Whether showing the page froze the garbage collector's view of the heap (`gc.freeze`)."""
        self.gone: CompanyGone | None = None
        """What became of the company, once it is no longer in the database (removed, merged away)."""
        self.portfolio_order = PORTFOLIO_ORDERS[0]
        """The order the Portfolio is shown in (`o` cycles through `PORTFOLIO_ORDERS`)."""

    def _is_marked(self, row: PageRow) -> bool:
        """Whether the row's record is selected; a co-investor's line only when every deal it stands for is
        (its first round may be selected with another fund's line)."""
        selection = self.app.selection
        if row.ref is None or row.ref not in selection:
            return False
        return not row.selection_note or all(ref in selection for ref in row.also)

    def compose_body(self) -> ComposeResult:
        yield TitleLine(clean_line(self.crumb), id="company-title")
        yield self._charts
        yield self._list

    def on_unmount(self) -> None:
        """Let go of the page's records and rows once the screen is closed: 30,000 rows for a big
        investor, ~200 MB. The screen object itself outlives it (the thread that ran its last worker
        keeps that worker in Textual's `active_worker` context variable, and the worker its screen):
        without this every page opened stayed in memory."""
        self.page = None
        if self._frozen:  # what was frozen may be collected again (this screen's widgets among them)
            gc.unfreeze()
        self._list.set_rows(())  # the widgets are unmounted already: `query` finds none of them
        for chart in self._charts.query(BarChart):
            chart.set_sections([])

    def on_mount(self) -> None:
        self.query_one("#page", VirtualList).focus()
        self.set_status("Loading…")
        self.load_page()

    @work(thread=True, exclusive=True, group="company", exit_on_error=False)
    def load_page(self) -> None:
        """Fetch the page and build its rows in a worker thread: the UI thread only hands the rows
        to the virtual list, however many rounds an investor joined. A company no longer in the
        database (a corrected import no longer names it) is said in words, not as an error."""
        try:
            self._read_page()
        except CompanyGone as gone:
            self.post_message(CompanyMissing(gone))

    def _read_page(self) -> None:
        store = self.app.store
        version = self.app.data_version  # before reading: a write made meanwhile reads it again
        database_version = store.outside_version()
        company_id = self._listed_id(store) if self.page is None else self.company_id
        listed = company_id != self.company_id
        if self.page is None:  # first the top of the page: reading all of a big investor's takes seconds
            head = store.company_head(company_id)
            if head.cut:
                shown = threading.Event()
                rows = build_rows(head, self.portfolio_order)
                self.post_message(CompanyLoaded(head, rows, version, shown, listed=listed))
                shown.wait(SHOWN_WAIT)
                if get_current_worker().is_cancelled:  # Esc before the rest was read: don't read it
                    return
        # One pause for the page and its 30,000 rows (an investor in 15,000 rounds; see
        # store/collector.py): the collector then scans what they made once, not twice (0.13 s each).
        with collector_paused():
            page = store.company(company_id)
            rows = build_rows(page, self.portfolio_order)
            record_count = page.ref_count  # what `e` exports: a round investor's row points at its round
            if len(rows) > LARGE_PAGE:  # frozen now, as on showing it (on_company_loaded), not scanned first
                spare_what_was_made()
        self.post_message(
            CompanyLoaded(
                page,
                rows,
                version,
                record_count=record_count,
                database_version=database_version,
                listed=listed,
            )
        )

    def _listed_id(self, store) -> int:
        """The company whose page to show: for one investor named two ways, the one the pages of its
        raises list it as (`Store.listed_as`: a source's "Quill Capital Partners" is listed as "Quill
        Capital"), as search and `show` open it, however it was reached (a row, the timeline, a
        search hit read before); else this company."""
        listed = store.listed_as(self.company_id)
        return self.company_id if listed is None else listed.id

    def on_company_loaded(self, message: CompanyLoaded) -> None:
        """Fill the list with the page's rows: its first rows while the rest is read, then all."""
        partial = bool(message.page.cut)
        if partial and self.page is not None:
            return  # the whole page came first
        if message.listed and message.page.company.id != self.company_id:  # said as `show` says it
            self.notify(f'"{self.crumb}" is listed as {message.page.company.name}.', markup=False)
        elif message.page.company.id != self.company_id:  # merged away: its page is the kept company's
            self.notify(
                f"{self.crumb} was merged into {message.page.company.name}: this is its page now.",
                markup=False,
            )
        self.company_id = message.page.company.id
        self.crumb = message.page.company.name
        self.timeline_company = (self.company_id, message.page.company.name)
        self.query_one("#company-title", TitleLine).show(
            clean_line(message.page.company.name), page_summary(message.page)
        )
        rows = message.rows
        page_list = self.query_one("#page", VirtualList)
        page_list.set_rows(rows, kept_row(page_list.highlighted, page_list.cursor, rows))
        if partial:  # no counts or export from a part of the page: they wait for the rest
            # Drawn from the first rows (saying so when a charted list is cut), so the rest of the
            # page does not push the list, read meanwhile, down the screen.
            loading = bool(CHARTED.intersection(message.page.cut))
            self.query_one("#company-charts", CompanyCharts).show(message.page, loading=loading)
            self.set_status("Loading the rest of the page… its first rows are shown")
            if message.shown is not None:
                self.call_after_refresh(message.shown.set)
            return
        self.page = message.page
        self._version = message.version
        self._database_version = message.database_version
        if len(rows) > LARGE_PAGE and not self._frozen:
            # 30,000 rows and their records made each full pass of the garbage collector cost ~250 ms,
            # landing on a random key; they hold no reference cycles, so the scans are spared them
            # (as the timeline does), until the page is closed.
            gc.freeze()
            self._frozen = True
        self.query_one("#company-charts", CompanyCharts).show(message.page)
        self._mark_timeline_events()
        if len(self.app.selection):  # the page was read again: a re-import may have replaced records
            self.app.check_selection()
        self.app.screen_read(self)
        self.refresh_bindings()  # `o` is offered (help, palette) once the page is known to have a Portfolio
        note, self._note = self._note, ""
        keys = "Enter opens · space selects · s source" + (" · o order" if has_portfolio(self.page) else "")
        self.set_status(note or f"{plural(message.record_count, 'record')} · {keys}")

    def on_company_missing(self, message: CompanyMissing) -> None:
        """The company is no longer in the database: say what became of it where its page was, and
        leave nothing on screen that would act on it (Esc still goes back)."""
        gone = message.gone
        if gone.kept_id is not None and gone.kept_id != self.company_id:  # it lives on as another company
            self.notify(f"{gone}: this is its page now.", markup=False)
            self.company_id = gone.kept_id
            self.load_page()
            return
        self.gone, self.page = gone, None
        self.timeline_company = None  # `t` opens everyone's timeline
        self.query_one("#company-title", TitleLine).show(
            clean_line(gone.name or self.crumb), "no longer in the database"
        )
        self.query_one("#company-charts", CompanyCharts).display = False
        self.query_one("#page", VirtualList).set_rows((), empty_text=clean_line(f"{gone}."))
        self.set_status(f"{gone} · Esc goes back")
        self.refresh_bindings()  # the footer no longer offers what acts on the company

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Once the company is gone, the keys acting on it (source, map, review, merge, split, charts)
        are off: the footer and the help do not offer what would only be refused."""
        if action == "portfolio_order" and self.page is not None and not has_portfolio(self.page):
            return False  # a startup's page has no Portfolio to order: the footer leaves `o` out
        return not (self.gone is not None and action in GONE_REFUSES)

    def _refused_when_gone(self) -> bool:
        """Whether the company is gone: said, and the action (map, review, merge) not taken."""
        if self.gone is not None:
            self.notify(f"{self.gone}.", severity="warning", markup=False)
        return self.gone is not None

    @property
    def _row(self) -> PageRow | None:
        return self.query_one("#page", VirtualList).highlighted

    @on(VirtualList.Chosen, "#page")
    def _row_chosen(self) -> None:
        row = self._row
        if row is None:
            return
        if row.target_id is not None and row.target_id != self.company_id:
            self.app.open_company(row.target_id, row.target_name)
        elif row.source_id is not None:
            self._open_row_source(row)

    def _open_row_source(self, row: PageRow) -> None:
        """Open the row's source; on a row several sources tell, ask which one first (each source's
        sentence must stay reachable from the row, not only the first one's)."""
        choices = row.sources() if row.sources is not None else ()
        if len(choices) > 1:
            self.app.push_screen(SourcePickScreen(choices, row.sources_title), self._source_picked)
        elif row.source_id is not None:
            self.app.open_source(row.source_id, row.ref or row.source_focus)

    def _source_picked(self, choice: SourceChoice | None) -> None:
        if choice is not None:
            self.app.open_source(choice.source_id, choice.focus)

    @on(VirtualList.MarkToggled, "#page")
    def _row_marked(self, event: VirtualList.MarkToggled) -> None:
        row = self._row
        if row is not None and row.selection_note:  # a line standing for deals other lines share too
            selected = self.app.toggle_all(row.refs, row.company)
            event.virtual_list.refresh_rows()
            self.set_status(f"{'Selected' if selected else 'Unselected'} {row.selection_note}")
        elif row is not None and row.ref is not None:
            selected = self.app.toggle_selection(row.ref, row.company, row.also)
            event.virtual_list.refresh_rows()
            if row.tranche:  # no record of its own: say whose record space took
                self.set_status(tranche_selection_note(row, selected))

    def action_source(self) -> None:
        """Open the source of the highlighted fact, or the company's first source."""
        row = self._row
        if row is not None and row.source_id is not None:
            self._open_row_source(row)
        elif self.page is not None and self.page.sources:
            self.app.open_source(self.page.sources[0].id, self.page.sources[0].focus)
        else:
            self.notify("No source for this row.", severity="warning")

    def on_screen_resume(self) -> None:
        """Back from a review or a merge, or told the database changed: read the page again if
        anything was written since it was read. Back from a source or another page, nothing was:
        the page is shown as it is at once (reading an investor in 15,000 rounds again took seconds)."""
        super().on_screen_resume()
        if self.page is None:
            return
        if self.app.data_version != self._version:
            self.load_page()
        else:
            self._mark_timeline_events()  # the whole timeline may have been selected meanwhile
            self.check_outside_writes()

    @work(thread=True, exclusive=True, group="company-outside", exit_on_error=False)
    def check_outside_writes(self) -> None:
        """Whether another process wrote since the page was read (`ai-deals merge` or `unmerge` run
        from a shell, in a terminal that sends the app no focus event): one cheap look at the
        database's version; the page is read again when it moved."""
        version = self.app.store.outside_version()
        if version != self._database_version:
            self.app.call_from_thread(self._outside_write_seen, version)

    def _outside_write_seen(self, version: int) -> None:
        if self.page is None or self.app.screen is not self:  # closed or left meanwhile
            return
        # The app takes it as seen and reads the screen again; if it had seen it already, the page
        # read before it did is read here.
        if not self.app.noticed_outside_write(version):
            self.load_page()

    def read_again(self) -> bool:
        """Read the page again now (the cursor kept near where it was); `screen_read` once it is."""
        if self.page is None:
            return False
        self.load_page()
        return True

    def action_relationship_map(self) -> None:
        if self._refused_when_gone():
            return
        self.app.push_screen(RelationshipMapScreen(self.app.store, self.company_id))

    def action_review(self) -> None:
        """Review this company's facts across its sources, from the highlighted one; on a raise several
        sources tell, each source's record of it in turn."""
        if self._refused_when_gone():
            return
        row = self._row
        if row is not None and row.also:
            self.app.push_screen(ReviewScreen(self.app.store, None, row.ref, only=row.refs))
            return
        company = self.timeline_company
        self.app.push_screen(
            ReviewScreen(self.app.store, None, row.ref if row is not None else None, company=company)
        )

    def action_merge(self) -> None:
        if self._refused_when_gone() or merges_refused(
            self.app
        ):  # read-only: said at once, not after a search and a question
            return
        self.app.push_screen(MergeScreen(self.app.store, self.company_id, self.app.merge_history))

    def action_split(self) -> None:
        """Open the split dialog on this company's sources (the page's Sources list)."""
        if self._refused_when_gone() or splits_refused(self.app):
            return
        if self.page is None:
            self.notify("This page is still loading: press S again in a moment.", severity="warning")
            return
        company = self.page.company
        dialog = SplitScreen(self.app.store, company.id, company.name, list(self.page.sources))
        self.app.push_screen(dialog, self._split_done)

    def _split_done(self, summary: SplitSummary | None) -> None:
        """Say what moved and how to undo it; the page is read again (the write moved `data_version`)."""
        if summary is None:
            return
        self.notify(split_note(summary), markup=False, timeout=15)
        self.app.merge_history.append(
            SplitMade(self.company_id, summary.other_id, summary.company, summary.other, summary)
        )
        self._note = split_status(summary)
        self.set_status(self._note)  # and again once the page is read again, as it is back in view

    def action_portfolio_order(self) -> None:
        """Show the Portfolio in the next order (date, amount, company name), from its first row."""
        if self._refused_when_gone():
            return
        if self.page is None:
            self.notify("This page is still loading: press o again in a moment.", severity="warning")
            return
        self.portfolio_order = self._next_order()
        self.order_portfolio(self.page, self.portfolio_order)

    @work(thread=True, exclusive=True, group="company-order", exit_on_error=False)
    def order_portfolio(self, page: CompanyPage, order: str) -> None:
        """The page's rows with the Portfolio in `order`, sorted in a worker (an investor in 15,000
        rounds), then shown; rows are still made only as they are drawn."""
        rows = build_rows(page, order)
        self.app.call_from_thread(self._show_ordered, page, order, rows)

    def _show_ordered(self, page: CompanyPage, order: str, rows: PageRows) -> None:
        if page is not self.page or order != self.portfolio_order:  # read again or pressed again meanwhile
            return
        start = rows.section_start("Portfolio")
        page_list = self.query_one("#page", VirtualList)
        page_list.set_rows(rows, start if start is not None else page_list.cursor or 0)
        self.set_status(f"Portfolio by {order} · o orders it by {self._next_order()}")

    def _next_order(self) -> str:
        following = PORTFOLIO_ORDERS.index(self.portfolio_order) + 1
        return PORTFOLIO_ORDERS[following % len(PORTFOLIO_ORDERS)]

    def action_toggle_charts(self) -> None:
        charts = self.query_one("#company-charts", CompanyCharts)
        charts.display = not charts.display

    @property
    def export_hint(self) -> str:  # type: ignore[override]  # a ClassVar elsewhere; here it depends on the page
        """What `e` says with nothing to export: while a big page's rest is read, that it is coming (its
        first rows are on screen, and exporting only them would pass a part off as the page)."""
        if self.gone is not None:
            return f"{self.gone}: nothing to export."
        if self.page is None:
            return LOADING_EXPORT_HINT
        return DealsScreen.export_hint

    def export_scope(self) -> ExportScope | None:
        """Every record on the page, named after the company."""
        if self.page is None:
            return None
        refs = page_refs(self.query_one("#page", VirtualList).rows)
        return (refs, self.page.company.name) if refs else None

    def action_select_all(self) -> None:
        """Select every record of the page (`ctrl+a`), or unselect them when all are selected."""
        if self.page is None:
            self.notify(
                "This page is still loading: press ctrl+a again in a moment to select all of it.",
                severity="warning",
            )
            return
        self.gather_page_refs(self.query_one("#page", VirtualList).rows, self.page.company.name)

    @work(thread=True, exclusive=True, group="select-all", exit_on_error=False)
    def gather_page_refs(self, rows: Sequence[PageRow], name: str) -> None:
        """List the page's records in a worker (an investor in 15,000 rounds: 0.2 s), then select them."""
        refs, along = page_refs_along(rows)
        self.app.call_from_thread(self._select_all_of, refs, along, name)

    def _mark_timeline_events(self) -> None:
        """With the whole timeline selected, the page's records that are its events are selected:
        looked up in a worker, then marked (space and ctrl+a then unselect them)."""
        if self.app.selection.has_timeline:
            self.find_timeline_events(self.query_one("#page", VirtualList).rows)

    @work(thread=True, exclusive=True, group="page-timeline-events", exit_on_error=False)
    def find_timeline_events(self, rows: Sequence[PageRow]) -> None:
        found = self.app.store.timeline_records_among(page_refs(rows))
        if found:
            self.app.call_from_thread(self.app.timeline_events_found, found)

    def _select_all_of(self, refs: list[RecordRef], along: set[RecordRef], name: str) -> None:
        if not refs:
            self.notify("No record on this page to select.", severity="warning")
            return
        selected = self.app.toggle_all(refs, name, along=along)
        # A note, not the status line: that names `s`, which the footer leaves out. Counted as the
        # status line counts them: the rows picked, then the records they stand for.
        verb = "of this page " + ("selected" if selected else "unselected")
        self.notify(events_selected(len(refs) - len(along), len(refs), verb), markup=False)


def page_refs(rows: Sequence[PageRow]) -> list[RecordRef]:
    """Every record the page's rows stand for, once each, in order: told by the rows not made yet
    too, without making them (an investor in 15,000 rounds: 0.2 s)."""
    every = rows.refs() if isinstance(rows, PageRows) else (ref for row in rows for ref in row.refs)
    return list(dict.fromkeys(every))


def page_refs_along(rows: Sequence[PageRow]) -> tuple[list[RecordRef], set[RecordRef]]:
    """`page_refs`, and those of them that only come along with a row's own record (a raise's other
    sources' records): ctrl+a then counts rows picked as space does ("3 events, 7 records selected")."""
    each = rows.row_refs() if isinstance(rows, PageRows) else (row.refs for row in rows)
    own: set[RecordRef] = set()
    refs: dict[RecordRef, None] = {}
    for row_refs in each:
        own.update(row_refs[:1])
        refs.update(dict.fromkeys(row_refs))
    return list(refs), set(refs).difference(own)
