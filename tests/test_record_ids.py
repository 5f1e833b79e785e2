"""Record ids are never given twice: a selection holding an old id never names another record."""

from __future__ import annotations

from ai_deals.store import Store
from ai_deals.store.schema import RECORD_TABLES

from factories import SAMPLE_TEXT, import_deal_file, make_source


def _ids(store: Store) -> set[tuple[str, int]]:
    return {
        (table, row["id"])
        for table in RECORD_TABLES.values()
        for row in store.db.query(f"SELECT id FROM {table}")
    }


def test_a_corrected_story_gets_new_record_ids_not_the_replaced_ones(tmp_path):
    with Store.open(tmp_path / "d.db") as store:
        store.import_source(make_source())
        before = _ids(store)
        assert store.import_source(make_source(text=SAMPLE_TEXT + " Correction.")).action == "replaced"
        after = _ids(store)
        assert before and after and not before & after


def test_ids_of_a_replaced_version_stay_retired_for_later_imports(tmp_path):
    with Store.open(tmp_path / "d.db") as store:
        store.import_source(make_source())
        stakes = {row["id"] for row in store.db.query("SELECT id FROM stakes")}
        assert stakes
        shorter = make_source(text=SAMPLE_TEXT + " Correction.")
        shorter.facts = [fact for fact in shorter.facts if fact.kind != "investment"]  # no stake any more
        assert store.import_source(shorter).action == "replaced"
        store.import_source(make_source(title="Another story", text=SAMPLE_TEXT + " Another."))
        later = {row["id"] for row in store.db.query("SELECT id FROM stakes")}
        assert later and not stakes & later


def test_a_corrected_deal_file_gets_new_record_ids(tmp_path):
    deals = tmp_path / "deals.csv"
    deals.write_text("company,investor,amount,currency,date\nZephyr AI,Vantor,5000000,EUR,2024-01-02\n")
    with Store.open(tmp_path / "d.db") as store:
        import_deal_file(store, deals)
        before = _ids(store)
        deals.write_text("company,investor,amount,currency,date\nZephyr AI,Vantor,6000000,EUR,2024-01-02\n")
        assert import_deal_file(store, deals).action == "replaced"
        after = _ids(store)
        assert before and after and not before & after
