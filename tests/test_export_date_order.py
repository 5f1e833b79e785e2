"""Exports list records by date (a year or month before the days in it, undated last), then kind and
id: `ai-deals export --investor microsoft` listed Wayve's 2024-05 round before OpenAI's 2019 stake
(rounds first, then stakes, each by id), and an explorer selection came out in the order picked."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_helpers import import_deals, private_default_db, run_ok  # noqa: F401  (autouse)

from ai_deals.store import Store
from ai_deals.store import store as store_module
from ai_deals.store.models import RecordRef
from ai_deals.tui.screens.export import write_records
from ai_deals.tui.screens.timeline import TimelineRefs
from ai_deals.tui.selection import Selection

DEALS = (
    "company,investor,kind,amount,currency,date,round_type,source_url\n"
    "Wayve,Microsoft,round,1050000000,USD,2024-05-07,Series C,https://news.example/wayve\n"
    "Mistral AI,Microsoft,round,15000000,EUR,2024-02,,https://news.example/mistral\n"
    "G42,Microsoft,investment,1500000000,USD,2024-04-16,,https://news.example/g42\n"
    "OpenAI,Microsoft,investment,1000000000,USD,2019,,https://news.example/openai-2019\n"
    "Inflection AI,Microsoft,investment,650000000,USD,,,https://news.example/inflection\n"
    "OpenAI,Microsoft,investment,10000000000,USD,2023-01-23,,https://news.example/openai-2023\n"
    "Anthropic,Google,investment,2000000000,USD,2023-10,,https://news.example/anthropic\n"
)
BY_DATE = [
    ("OpenAI", "2019"),
    ("OpenAI", "2023-01-23"),
    ("Mistral AI", "2024-02"),
    ("G42", "2024-04-16"),
    ("Wayve", "2024-05-07"),
    ("Inflection AI", None),
]


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    return import_deals(capsys, tmp_path, DEALS)


def _records(text: str, fmt: str) -> list[tuple[str, str | None]]:
    """(company, date) of each record an export holds, in its order (company rows left out)."""
    if fmt == "json":
        rows = json.loads(text)["records"]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    else:
        header, _, *lines = [line.strip("|").split(" | ") for line in text.strip().splitlines()]
        rows = [dict(zip([name.strip() for name in header], line, strict=True)) for line in lines]
    return [
        (row["company"].strip(), (row["date"] or "").strip() or None)
        for row in rows
        if row["record_type"].strip() != "company"
    ]


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_an_investors_export_lists_its_records_by_date(capsys, db, fmt):
    out = run_ok(capsys, db, "export", "--investor", "microsoft", "--format", fmt)
    assert _records(out, fmt) == BY_DATE


def test_a_whole_export_lists_its_records_by_date(capsys, db):
    out = run_ok(capsys, db, "export", "--format", "json")
    assert _records(out, "json") == sorted(
        [*BY_DATE[:-1], ("Anthropic", "2023-10")], key=lambda record: record[1]
    ) + [BY_DATE[-1]]


def test_a_selection_exports_by_date_whatever_order_it_was_picked_in(db, tmp_path):
    with Store.open(db) as store:
        page = store.company(store.find_company("Microsoft").id)
        picked = list(reversed(page.refs))  # space on the rows from the last up
        write_records(store, picked, "md", tmp_path / "picked.md", overwrite=False)
    assert _records((tmp_path / "picked.md").read_text(encoding="utf-8-sig"), "md") == BY_DATE


def test_an_export_of_the_same_records_picked_in_two_orders_is_the_same_file(db, tmp_path):
    with Store.open(db) as store:
        refs = store.company(store.find_company("Microsoft").id).refs
        write_records(store, refs, "csv", tmp_path / "one.csv", overwrite=False)
        write_records(store, refs[::-1], "csv", tmp_path / "two.csv", overwrite=False)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()


def _microsoft_refs(store: Store) -> dict[tuple[str, str | None], RecordRef]:
    """Microsoft's records, by (company, date) as `BY_DATE` names them."""
    page = store.company(store.find_company("Microsoft").id)
    return {
        (r.company, r.date): RecordRef(record_type=r.record_type, record_id=r.record_id)
        for r in store.export_records(page.refs)
    }


def _whole_timeline_with(store: Store, picked: list[RecordRef]) -> Selection:
    """The whole timeline selected (ctrl+t, ctrl+a) beside records `picked` one by one that the
    selection holds as picked, not as the timeline's: undated ones, and dated ones the app had not
    found among its events yet (its lookup runs in a worker) or that a re-import gave a new id
    (followed as picked)."""
    selection = Selection()
    for ref in picked:
        selection.toggle(ref, "Microsoft")
    total = store.timeline_record_count()
    selection.select_whole_timeline(TimelineRefs(store, total), total, on_timeline=[])
    return selection


WHOLE_BY_DATE = [*BY_DATE[:2], ("Anthropic", "2023-10"), *BY_DATE[2:]]
"""Every record of the database by date: what the whole timeline and the undated stake export."""


def test_a_whole_timeline_selection_exports_the_records_picked_elsewhere_among_its_events_by_date(
    db, tmp_path, monkeypatch
):
    monkeypatch.setattr(store_module, "EXPORT_BATCH", 2)  # streamed a few records at a time
    with Store.open(db) as store:
        monkeypatch.setattr(store, "timeline_refs", lambda: pytest.fail("the whole timeline was held"))
        refs = _microsoft_refs(store)
        picked = [refs["Wayve", "2024-05-07"], refs["Inflection AI", None], refs["OpenAI", "2019"]]
        selection = _whole_timeline_with(store, picked)
        message = write_records(store, selection.export_refs(), "md", tmp_path / "all.md", overwrite=False)
    assert _records((tmp_path / "all.md").read_text(encoding="utf-8"), "md") == WHOLE_BY_DATE
    assert message.count == message.asked == len(WHOLE_BY_DATE)


def test_the_records_picked_and_the_timelines_are_merged_as_read_a_batch_at_a_time(db, monkeypatch):
    monkeypatch.setattr(store_module, "EXPORT_BATCH", 2)
    with Store.open(db) as store:
        refs = _microsoft_refs(store)
        picked = [refs["Mistral AI", "2024-02"], refs["OpenAI", "2023-01-23"]]
        timeline = [ref for batch in store.timeline_ref_batches() for ref in batch]
        batches = list(store.with_timeline_ref_batches(picked, set(picked)))
        whole = store.in_export_order(store.timeline_refs())
    assert [len(batch) for batch in batches] == [2, 2, 2]  # the six dated records
    # the records picked go where the timeline lists them, as if they had been read with it
    assert [ref for batch in batches for ref in batch] == timeline == whole


def test_an_event_picked_is_exported_before_the_records_folded_into_it_as_the_timeline_lists_them(
    capsys, tmp_path
):
    from test_timeline_stake_partnership_accounts import PARTNERSHIP, all_four

    with Store.open(all_four(capsys, tmp_path)) as store:
        (event,) = [event for event in store.timeline() if event.title == PARTNERSHIP]
        assert event.also  # the other source's record, folded into the event
        merged = [ref for batch in store.with_timeline_ref_batches([event.ref], {event.ref}) for ref in batch]
        assert merged == store.timeline_refs()
