"""Messages workers post back to the UI thread: results of store calls, never widgets."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from textual.message import Message

from ai_deals.store.errors import CompanyGone
from ai_deals.store.models import CompanyPage, RecordRef, SearchHit, Source, TimelineEvent


class SearchResults(Message):
    """Hits for the query typed as keystroke number `generation` (older generations are stale)."""

    def __init__(self, generation: int, query: str, hits: list[SearchHit]) -> None:
        super().__init__()
        self.generation = generation
        self.query = query
        self.hits = hits


class CompanyLoaded(Message):
    """A company page is ready, with its list rows (`PageRow`s, built in the worker too: an investor
    in 15,000 rounds has 30,000 rows, half a second of work the UI thread must not do)."""

    def __init__(
        self,
        page: CompanyPage,
        rows: list,
        version: tuple[int | None, int | None],
        shown: threading.Event | None = None,
        record_count: int = 0,
        database_version: int | None = None,
        listed: bool = False,
    ) -> None:
        super().__init__()
        self.listed = listed
        """Whether the page is the one the company asked for is listed as (`Store.listed_as`: one
        investor named two ways), not its own."""
        self.database_version = database_version
        """The database's version (`Store.outside_version`) when the page was read: another process's
        write (`ai-deals merge` from a shell) moves it."""
        self.page = page
        self.rows = rows
        self.record_count = record_count
        """How many records `e` exports from the page (`CompanyPage.refs`: 0.2 s for 15,000 rounds)."""
        self.version = version
        """The app's `data_version` when the page was read."""
        self.shown = shown
        """Set once the rows are on screen: the worker waits for it before reading the rest of the
        page (reading it, the worker holds the GIL nearly all the time, and the UI thread, which
        needs it many times to draw, would have shown the first rows only after the whole page)."""


class CompanyMissing(Message):
    """The company a page (or a filtered timeline) asked for is no longer in the database: `gone` says
    what became of it (merged into another, removed by a corrected import) in words."""

    def __init__(self, gone: CompanyGone) -> None:
        super().__init__()
        self.gone = gone


class TimelineLoaded(Message):
    """Timeline events for `company_id` (None: every company) are ready."""

    def __init__(
        self,
        company_id: int | None,
        events: Sequence[TimelineEvent],
        years: list[str],
        year_starts: list[int],
        cursor: int | None = None,
        windows: Sequence[tuple[int, list[TimelineEvent]]] = (),
    ) -> None:
        super().__init__()
        self.company_id = company_id
        self.events = events
        """Every event, or the whole timeline's windows (`screens.timeline.EventWindows`)."""
        self.years = years
        """Distinct years, in order."""
        self.year_starts = year_starts
        """Index of each year's first event."""
        self.cursor = cursor
        """Where the cursor goes (None: on the kept event, looked up in `events`)."""
        self.windows = windows
        """Windows of `events` read with it (the cursor's, the last): (number, events)."""


class WindowLoaded(Message):
    """Windows of the whole timeline's `windows` have been read: (number, events) each."""

    def __init__(
        self,
        windows: object,
        windows_read: list[tuple[int, list[TimelineEvent]]],
        given_up: list[int] | None = None,
    ) -> None:
        super().__init__()
        self.windows = windows
        self.windows_read = windows_read
        self.given_up = given_up or []
        """Windows the read was cancelled before (keys resumed): not read, wanted again when drawn."""


class TimelineChanged(Message):
    """The database changed since the whole timeline's `windows` were outlined (another process
    removed or imported a source): its counts and places are stale, the windows it asks for may no
    longer exist. `outside_version`: the database's `data_version` then; None when nothing changed
    but a window came back shorter than the outline counts (read again all the same)."""

    def __init__(self, windows: object, outside_version: int | None) -> None:
        super().__init__()
        self.windows = windows
        self.outside_version = outside_version


class SourceLoaded(Message):
    """A source's full text and fact spans are ready."""

    def __init__(self, source: Source) -> None:
        super().__init__()
        self.source = source


class SourceRowsRead(Message):
    """The next page of the rows a deal file's record was read from (`Source.rows_skipped` of them
    before it), to add to the source view's (a round read from 2,001 one-investor rows)."""

    def __init__(self, page: Source) -> None:
        super().__init__()
        self.page = page


class SourceFactsRead(Message):
    """What each fact of a source shown is about (its party and figure), and the sentences of its
    tranches when they are not its own: read after the text is shown (an article may have 2,000)."""

    def __init__(
        self, about: dict[RecordRef, list[str]], tranche_sentences: dict[RecordRef, list[str]]
    ) -> None:
        super().__init__()
        self.about = about
        self.tranche_sentences = tranche_sentences


class SourceTextLoaded(Message):
    """A source's text alone (no spans): what the timeline needs to find a fact's words."""

    def __init__(self, source_id: int, text: str) -> None:
        super().__init__()
        self.source_id = source_id
        self.text = text


class ExportWritten(Message):
    """An export file was written."""

    def __init__(
        self, path: str, count: int, asked: int | None = None, rejected: int = 0, *, deals: bool = False
    ) -> None:
        super().__init__()
        self.path = path
        self.count = count
        self.deals = deals
        """One row per deal was written: `count` deals for the `asked` records."""
        self.asked = count if asked is None else asked
        """How many records were to be exported (more than `count` when some were gone)."""
        self.rejected = rejected
        """Of those left out, how many review rejected since they were selected (still in the database)."""
