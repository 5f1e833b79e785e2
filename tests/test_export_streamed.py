"""A whole database's export reads its records a batch at a time, their references too: `ai-deals
export --out all.json` held a million record references at once and peaked at 708 MB."""

from __future__ import annotations

from ai_deals.store import Store, queries
from ai_deals.store import store as store_module
from ai_deals.store.schema import RECORD_TABLES

from factories import one_stake


def test_a_whole_export_reads_its_records_a_batch_at_a_time_in_the_usual_order(
    sample_store: Store, monkeypatch
):
    """The usual order is an export's: by date (undated last), then kind and id."""
    for year, investor in (("2021", "Fund A"), ("2019", "Fund B"), ("2023", "Fund C"), (None, "Fund D")):
        sample_store.import_source(one_stake(investor, title=f"{investor} invests", date=year))
    every_ref = sample_store.in_export_order(
        ref
        for record_type in RECORD_TABLES
        for ref in queries.visible_refs_after(sample_store.db, record_type, 0, 1 << 30)
    )
    assert len(every_ref) > 5
    read_in_batches = queries._export_places
    read: list[int] = []

    def a_batch_at_a_time(db, record_type, where, params):
        found = read_in_batches(db, record_type, where, params)
        read.append(len(found))
        return found

    monkeypatch.setattr(queries, "_export_places", a_batch_at_a_time)
    monkeypatch.setattr(store_module, "EXPORT_BATCH", 2)
    exported = list(sample_store.iter_export_records())
    assert [(record.record_type, record.record_id) for record in exported] == [
        (ref.record_type, ref.record_id) for ref in every_ref
    ]
    dated = [record.date for record in exported if record.date]
    assert dated == sorted(dated) and exported[-1].date is None
    assert max(read) <= 2, "every record reference read at once"


def test_a_companys_export_still_reads_the_records_its_page_shows(sample_store: Store, monkeypatch):
    openai = sample_store.find_company("OpenAI").id
    page_refs = sample_store.company(openai).refs
    monkeypatch.setattr(store_module, "EXPORT_BATCH", 2)
    exported = list(sample_store.iter_export_records(page_refs))
    assert [(r.record_type, r.record_id) for r in exported] == [
        (r.record_type, r.record_id) for r in sample_store.in_export_order(page_refs)
    ]
    assert sorted((r.record_type, r.record_id) for r in exported) == sorted(
        (r.record_type, r.record_id) for r in page_refs
    )
