"""Review decisions: confirm, reject, edit, undo; they persist and survive re-import."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ai_deals.store import Store
from ai_deals.store.review import FactEdit

from factories import SAMPLE_TEXT, make_source


def _stake(store: Store):
    return store.company(store.find_company("OpenAI").id).investors[0]


def test_review_queue_walks_unreviewed_facts_in_text_order(sample_store):
    queue = sample_store.review_queue()
    starts = [record.evidence[0].start for record in queue]
    assert len(queue) == 5 and starts == sorted(starts)
    sample_store.review(queue[0].ref, "confirmed")
    assert len(sample_store.review_queue()) == 4


def test_rejected_fact_disappears_from_pages_timeline_and_exports_but_is_kept(sample_store):
    stake = _stake(sample_store)
    sample_store.review(stake.ref, "rejected")
    assert sample_store.company(stake.company_id).investors == []
    assert stake.ref not in [e.ref for e in sample_store.timeline()]
    assert all(r.record_type != "stake" for r in sample_store.export_records())
    assert sample_store.overview().stakes == 1


def test_edit_keeps_the_original_values(sample_store):
    stake = _stake(sample_store)
    sample_store.edit_fact(stake.ref, FactEdit(amount=45e9, date="2026-03"))
    edited = _stake(sample_store)
    assert (edited.amount, edited.date, edited.date_precision, edited.review_status) == (
        45e9,
        "2026-03",
        "month",
        "edited",
    )
    (row,) = sample_store.db.query("SELECT original FROM review_decisions")
    assert '"amount": 50000000000.0' in row["original"]


def test_edit_is_validated():
    with pytest.raises(ValidationError, match="currency must be a three-letter"):
        FactEdit(currency="dollars")
    with pytest.raises(ValidationError, match="date must be YYYY"):
        FactEdit(date="27/02/2026")
    with pytest.raises(ValidationError, match="amount must be a positive number"):
        FactEdit(amount=float("inf"))


@pytest.mark.parametrize("value", ["2025-13-45", "2025-13", "2026-02-30", "2025-00", "2025-04-31"])
def test_edit_refuses_a_date_the_calendar_does_not_have(value):
    with pytest.raises(ValidationError, match=f"'{value}' is not a date \\(no such date\\)"):
        FactEdit(date=value)
    assert FactEdit(date="2024-02-29").date == "2024-02-29"


def test_undo_puts_back_the_last_decision(sample_store):
    stake = _stake(sample_store)
    undo = sample_store.review(stake.ref, "rejected")
    sample_store.undo_review(undo)
    assert _stake(sample_store).review_status == "extracted"
    assert list(sample_store.db.query("SELECT * FROM review_decisions")) == []


def test_decisions_persist_across_restarts(db_path):
    with Store.open(db_path) as store:
        store.import_source(make_source())
        store.review(_stake(store).ref, "confirmed")
    with Store.open(db_path) as store:
        assert _stake(store).review_status == "confirmed"


def test_reimporting_a_corrected_story_keeps_the_decisions(sample_store):
    stake = _stake(sample_store)
    sample_store.review(stake.ref, "rejected")
    sample_store.edit_fact(sample_store.company(stake.company_id).rounds[0].ref, FactEdit(amount=111e9))
    corrected = make_source(text=SAMPLE_TEXT + " (corrigé)")
    assert sample_store.import_source(corrected).action == "replaced"
    page = sample_store.company(stake.company_id)
    assert page.investors == []
    assert page.rounds[0].amount == 111e9 and page.rounds[0].review_status == "edited"


def test_an_edited_party_survives_a_merge_and_a_corrected_reimport(sample_store):
    stake = _stake(sample_store)
    sample_store.edit_fact(stake.ref, FactEdit(company="Bravo Corp"))
    bravo = sample_store.find_company("Bravo Corp", exact=True)
    openai = sample_store.find_company("OpenAI")
    sample_store.merge_companies(openai.id, bravo.id)
    assert sample_store.import_source(make_source(text=SAMPLE_TEXT + " (corrigé)")).action == "replaced"
    (edited,) = [s for s in sample_store.company(openai.id).investors if s.review_status == "edited"]
    assert edited.company == "OpenAI"


def test_editing_a_partnership_date_sets_its_precision(sample_store):
    partnership = sample_store.company(sample_store.find_company("Microsoft").id).partnerships[0]
    sample_store.edit_fact(partnership.ref, FactEdit(date="2016-03"))
    edited = sample_store.company(sample_store.find_company("Microsoft").id).partnerships[0]
    assert (edited.since, edited.since_precision) == ("2016-03", "month")


def _round(store: Store):
    return store.company(store.find_company("OpenAI").id).rounds[0]


def test_a_rounds_investors_and_type_can_be_corrected_and_undone(sample_store):
    before = _round(sample_store)
    assert before.investors == ["Amazon", "Nvidia", "SoftBank"]
    undo = sample_store.edit_fact(before.ref, FactEdit(investors=["Nvidia", "Sofina"], round_type="Series B"))
    edited = _round(sample_store)
    assert (edited.investors, edited.round_type, edited.review_status) == (
        ["Nvidia", "Sofina"],
        "Series B",
        "edited",
    )
    sample_store.undo_review(undo)
    restored = _round(sample_store)
    assert (restored.investors, restored.round_type) == (before.investors, before.round_type)
    assert restored.lead_investors == before.lead_investors


def test_a_rounds_corrected_investors_survive_a_corrected_reimport(sample_store):
    sample_store.edit_fact(_round(sample_store).ref, FactEdit(investors=["Nvidia", "SoftBank"]))
    assert sample_store.import_source(make_source(text=SAMPLE_TEXT + " (corrigé)")).action == "replaced"
    assert _round(sample_store).investors == ["Nvidia", "SoftBank"]


def test_only_a_round_has_a_list_of_investors_and_the_list_is_not_empty(sample_store):
    from ai_deals.store import StoreError

    with pytest.raises(StoreError, match="only a round has a list of investors"):
        sample_store.edit_fact(_stake(sample_store).ref, FactEdit(investors=["Nvidia"]))
    with pytest.raises(ValidationError, match="name at least one investor"):
        FactEdit(investors=[" ", ""])


def test_review_order_lists_the_queue_in_its_order_without_reading_the_records(sample_store):
    queue = sample_store.review_queue()
    order = sample_store.review_order()
    assert order.refs() == [record.ref for record in queue]
    assert sample_store.review_records(list(reversed(order.refs()))) == list(reversed(queue))
    sample_store.review(queue[0].ref, "rejected")
    assert sample_store.review_order().refs() == [record.ref for record in queue[1:]]
    assert sample_store.review_order(decided=True).refs() == [record.ref for record in queue]
    assert sample_store.review_records([queue[0].ref])[0].review_status == "rejected"
