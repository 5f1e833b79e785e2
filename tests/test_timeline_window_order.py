"""The whole timeline read a window at a time (the explorer's, on a million events) is the timeline:
the same events in the same order as `Store.timeline()` reads at once, ties of one date included."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store

# Many events on few dates, of every type the file gives (rounds, stakes, partnerships, acquisitions,
# metrics, projections), so that windows start and end inside a date's ties; dates at every precision.
KINDS = "kind,company,investors,amount,currency,date,round_type,metric,unit\n" + "".join(
    f"round,Co{n % 7},Fund{n % 5},{(n + 1) * 1e6},USD,{date},Seed,,\n"
    f"investment,Co{n % 3},Angel{n % 4},{(n + 2) * 1e5},EUR,{date},,,\n"
    f"partnership,Co{n % 5},Partner{n % 3},,,{date},,,\n"
    f"projection,Co{n % 4},,{n + 10},,{date},,employees,employees\n"
    f"metric,Co{n % 6},,{n + 20},,{date},,employees,employees\n"
    f"acquisition,Target{n},Buyer{n % 2},{n * 1e6},USD,{date},,,\n"
    for n, date in enumerate(["2019", "2019-03", "2019-03-01", "2019-03-01", "2020", "2020-06-30"] * 4)
)


@pytest.fixture
def store(tmp_path: Path):
    path = tmp_path / "kinds.csv"
    path.write_text(KINDS, encoding="utf-8")
    assert main(["--db", str(tmp_path / "w.db"), "--empty", "import", str(path)]) == 0
    with Store.open(tmp_path / "w.db") as store:
        yield store


def windows(store: Store, size: int, *, backward: bool = False) -> list:
    """Every event, `size` at a time, each window read from the place the one before ended at."""
    events: list = []
    after = None
    while window := store.timeline_window(after, limit=size, backward=backward):
        events = window + events if backward else events + window
        after = (window[0] if backward else window[-1]).order
    return events


@pytest.mark.parametrize("size", [1, 3, 7, 50])
def test_the_timeline_read_a_window_at_a_time_is_the_whole_timeline_in_its_order(store, size):
    whole = store.timeline()
    assert len({event.date for event in whole}) < len(whole) / 10, "ties of one date are many"
    assert len({event.ref.record_type for event in whole}) == 5
    assert windows(store, size) == whole
    assert windows(store, size, backward=True) == whole


def test_a_window_from_any_index_of_the_outline_and_the_rank_of_each_event_agree_with_the_whole(store):
    whole = store.timeline()
    outline = store.timeline_outline()
    assert outline.total == len(whole)
    assert outline.keys == sorted({event.order[0] for event in whole})
    years, starts = outline.years()
    assert [whole[start].date[:4] for start in starts] == years and years == ["2019", "2020"]
    for key, start in zip(outline.keys, outline.starts(), strict=True):
        assert whole[start].order[0] == key and (start == 0 or whole[start - 1].order[0] < key)
        for offset in (0, 2):
            window = store.timeline_window((key, "", 0), limit=4, offset=offset)
            assert window == whole[start + offset : start + offset + 4]
            back = store.timeline_window((key, "", 0), limit=4, offset=offset, backward=True)
            assert back == whole[max(0, start - offset - 4) : max(0, start - offset)]
    assert [store.timeline_rank(event.order) for event in whole] == list(range(len(whole)))
    assert [ref for ref in store.timeline_refs()] == [event.ref for event in whole]


def test_rejected_records_leave_the_windowed_timeline_and_its_counts(store):
    whole = store.timeline()
    store.review(whole[5].ref, "rejected")
    assert windows(store, 4) == store.timeline() == whole[:5] + whole[6:]
    assert store.timeline_outline().total == len(whole) - 1


def test_windows_are_read_through_the_timeline_indexes(store):
    for table in ("rounds", "stakes", "partnerships", "metrics", "statements", "acquisitions"):
        indexes = {row[0] for row in store.db.execute("SELECT name FROM pragma_index_list(?)", [table])}
        assert f"{table}_timeline" in indexes
    detail = " ".join(
        row[3]
        for row in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT CASE WHEN is_projection AND date != '' THEN date || '~' ELSE date END,"
            " id FROM metrics WHERE date IS NOT NULL AND review_status != 'rejected' AND"
            " (CASE WHEN is_projection AND date != '' THEN date || '~' ELSE date END, id) > (?, ?)"
            " ORDER BY 1, id LIMIT 5",
            ["2019", 0],
        )
    )
    assert "metrics_timeline" in detail and "TEMP B-TREE" not in detail


def test_a_window_of_the_whole_timeline_is_read_without_a_savepoint_per_query(store):
    # sqlite-utils' `query` opens and releases a savepoint around every SELECT (for a write's sake):
    # two more statements each, a fifth of reading a window in the explorer's worker.
    store.timeline_window(None, limit=1)  # the folds are worked out once, with the first window
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        window = store.timeline_window(None, limit=40)
    finally:
        store.db.conn.set_trace_callback(None)
    assert len(window) == 40
    assert {event.ref.record_type for event in window} >= {"round", "stake", "partnership", "metric"}
    assert not [sql for sql in statements if "SAVEPOINT" in sql.upper()]
