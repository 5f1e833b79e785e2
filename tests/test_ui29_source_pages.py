"""The source view's pages of a deal file's rows (`Store.source(..., skip, after)`) start after the last
row shown: reading the last page of a round read from many rows is no more work than reading the
first (an OFFSET walked every earlier row again: quadratic toward a million rows). The deal file is
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.store import queries
from ai_deals.store.models import RecordRef

from tui_helpers import rounds_store

PAGE = 50
ROWS = 4_000
CROWD = "company,investor,round_type,amount,currency,date\n" + "".join(
    f"Crowd AI,Angel {n},Seed,5000000,USD,2025-03-03\n" for n in range(ROWS)
)


@pytest.fixture
def crowd(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(queries, "FOCUS_ROWS_PAGE", PAGE)
    with rounds_store(tmp_path, CROWD) as store:
        yield store


def pages(store, source_id: int, focus: RecordRef) -> list:
    """Every page of the rows, each read after the last row of the one before, as ↓/End read them."""
    read = [store.source(source_id, focus)]
    while len(shown := [span for page in read for span in page.spans]) < read[0].row_count:
        read.append(store.source(source_id, focus, len(shown), read[-1].last_row_id))
    return read


def steps(store, read) -> int:
    """The SQLite virtual machine's steps (counted every 100) spent in `read()`."""
    counted = [0]

    def count() -> int:
        counted[0] += 1
        return 0

    store.db.conn.set_progress_handler(count, 100)
    try:
        read()
    finally:
        store.db.conn.set_progress_handler(None, 100)
    return counted[0]


def _focus(store) -> tuple[int, RecordRef]:
    (source,) = [s for s in store.sources() if s.kind == "dataset"]
    (round_,) = store.company(store.find_company("Crowd AI").id).rounds
    return source.id, RecordRef(record_type="round", record_id=round_.id)


def test_reading_the_last_page_of_many_rows_costs_no_more_than_the_second(crowd):
    source_id, focus = _focus(crowd)
    read = pages(crowd, source_id, focus)
    second = steps(crowd, lambda: crowd.source(source_id, focus, PAGE, read[0].last_row_id))
    before_last = sum(len(page.spans) for page in read[:-1])
    last = steps(crowd, lambda: crowd.source(source_id, focus, before_last, read[-2].last_row_id))
    assert last <= second * 1.2 + 5, (second, last)


def test_the_pages_read_after_their_last_row_give_every_row_once_in_order(crowd):
    source_id, focus = _focus(crowd)
    read = pages(crowd, source_id, focus)
    assert len(read) == ROWS // PAGE
    assert [page.rows_skipped for page in read] == list(range(0, ROWS, PAGE))
    rows = [line for page in read for line in page.text.split("\n")]
    assert rows[0].startswith("company, investor")  # the first page alone has the header (as shown)
    assert rows[1:] == CROWD.splitlines()[1:]
