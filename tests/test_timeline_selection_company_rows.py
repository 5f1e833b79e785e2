"""A selection of the whole timeline (ctrl+t, ctrl+a, space on some events, e) carries the company rows
of only the companies its records name: a tester exported 12 records of a whole-timeline selection and
got a company row for each of the database's ~2,000 companies. Its company rows come streamed, each just
before the first batch naming it, and the export imports back as the same companies, details kept."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from cli_helpers import import_deals, run  # noqa: F401  (autouse)

from ai_deals.store import Store
from ai_deals.store import store as store_module
from ai_deals.store.models import RecordRef
from ai_deals.tui.screens.export import write_records
from ai_deals.tui.screens.timeline import TimelineRefs
from ai_deals.tui.selection import Selection

CITIES = {
    "Wayve": ("GB", "London"),
    "Mistral AI": ("FR", "Paris"),
    "G42": ("AE", "Abu Dhabi"),
    "Cohere": ("CA", "Toronto"),
    "Aleph Alpha": ("DE", "Heidelberg"),
    "Helsing": ("DE", "Munich"),
}
DEALS = (
    "company,investor,kind,amount,currency,date,country,city,investor_kind\n"
    "Wayve,Microsoft,round,1050000000,USD,2024-05-07,GB,London,corporate\n"
    "Mistral AI,Lightspeed,round,600000000,USD,2024-06-11,FR,Paris,vc\n"
    "G42,MGX,round,1500000000,USD,2024-04-16,AE,Abu Dhabi,sovereign\n"
    "Cohere,Nvidia,round,500000000,USD,2024-07-22,CA,Toronto,corporate\n"
    "Aleph Alpha,Schwarz Group,round,500000000,USD,2023-11-06,DE,Heidelberg,corporate\n"
    "Helsing,General Catalyst,round,450000000,USD,2024-07-11,DE,Munich,vc\n"
)
KEPT = {"Mistral AI", "Cohere"}
"""The companies of the two events the selection keeps; space left the others out."""


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    return import_deals(capsys, tmp_path, DEALS)


def _whole_timeline_but(store: Store, kept: set[str]) -> Selection:
    """The whole timeline selected, then every event not of a company of `kept` unselected."""
    selection = Selection()
    total = store.timeline_record_count()
    selection.select_whole_timeline(TimelineRefs(store, total), total, on_timeline=[])
    for event in store.timeline():
        if event.company not in kept:
            selection.toggle(event.ref, event.company, timeline_event=True)
    return selection


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def _companies_named(rows: list[dict[str, str]]) -> set[str]:
    return {
        name
        for row in rows
        if row["record_type"] != "company"
        for name in (row["company"], row["counterpart"])
    }


def test_a_whole_timeline_selection_with_most_records_left_out_exports_only_its_companies_rows(
    db, tmp_path, monkeypatch
):
    monkeypatch.setattr(store_module, "EXPORT_BATCH", 1)  # streamed, a record at a time
    out = tmp_path / "selection.csv"
    with Store.open(db) as store:
        write_records(store, _whole_timeline_but(store, KEPT).export_refs(), "csv", out, overwrite=False)
    rows = _rows(out)
    assert {row["company"] for row in rows if row["record_type"] != "company"} == KEPT
    company_rows = [row["company"] for row in rows if row["record_type"] == "company"]
    assert (
        sorted(company_rows)
        == sorted(_companies_named(rows))
        # The row's "Lightspeed" is the knowledge file's Lightspeed Venture Partners, its alias.
        == ["Cohere", "Lightspeed Venture Partners", "Mistral AI", "Nvidia"]
    )


def test_each_company_row_of_a_streamed_selection_comes_once_before_the_first_record_naming_it(
    db, tmp_path, monkeypatch
):
    monkeypatch.setattr(store_module, "EXPORT_BATCH", 2)
    out = tmp_path / "timeline.csv"
    with Store.open(db) as store:
        write_records(
            store, _whole_timeline_but(store, set(CITIES)).export_refs(), "csv", out, overwrite=False
        )
    rows = _rows(out)
    given: list[str] = []
    for row in rows:
        if row["record_type"] == "company":
            given.append(row["company"])
        else:
            assert {row["company"], row["counterpart"]} <= set(given), row
    # the whole timeline still carries every company its records name, each once
    assert sorted(given) == sorted(set(given)) == sorted(_companies_named(rows))
    assert len(given) == 12


def test_a_whole_timeline_selection_imports_back_as_the_same_companies_details_kept(
    capsys, db, tmp_path, monkeypatch
):
    monkeypatch.setattr(store_module, "EXPORT_BATCH", 1)
    out = tmp_path / "selection.csv"
    with Store.open(db) as store:
        write_records(store, _whole_timeline_but(store, KEPT).export_refs(), "csv", out, overwrite=False)
    again = tmp_path / "again.db"
    code, _, err = run(capsys, "--db", str(again), "--empty", "import", str(out))
    assert code == 0, err
    named = ["Cohere", "Lightspeed", "Mistral AI", "Nvidia"]
    with Store.open(db) as store:
        before = [_details(store, name) for name in named]
    with Store.open(again) as store:
        assert [_details(store, name) for name in named] == before
        assert store.find_company("Wayve", exact=True) is None  # left out, and its company with it
    assert before[0][:2] == ("CA", "Toronto") and None not in (before[1][2], before[3][2])  # details to keep


def _details(store: Store, name: str) -> tuple[str | None, ...]:
    company = store.find_company(name, exact=True)
    assert company is not None, name
    return company.country, company.city, company.investor_kind, company.entity


def test_a_company_row_is_read_once_per_stream_not_per_batch(db, monkeypatch):
    monkeypatch.setattr(store_module, "EXPORT_BATCH", 1)
    with Store.open(db) as store:
        refs = [RecordRef(record_type=e.ref.record_type, record_id=e.ref.record_id) for e in store.timeline()]
        # the same company named by every batch: one row
        batches = [[ref] for ref in refs[:1]] * 3
        exported = list(store.iter_export_records(companies=True, ref_batches=iter(batches)))
    assert [row.record_type for row in exported].count("company") == 2  # the company and its investor


def test_the_ids_a_stream_named_are_held_one_bit_each_and_given_back_only_when_new():
    named = store_module._IdBits()
    assert named.add_new([1, 9, 1_000_003]) == {1, 9, 1_000_003}
    assert named.add_new([9, 8, 1, 1_000_003, 1_000_004]) == {8, 1_000_004}
    assert named.add_new([]) == set()
