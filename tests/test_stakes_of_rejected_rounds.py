"""A stake of a round review rejected stands alone (it is drawn and counted on its own) but keeps the
round type it was taken in: on the page and in every export."""

from __future__ import annotations

from ai_deals.store.export import read_back, render_export
from ai_deals.store.models import RecordRef

from factories import import_deal_file

HEADER = "company,investors,kind,amount,currency,date,round_type"


def series_c_with_a_stake(store, tmp_path):
    deals = tmp_path / "deals.csv"
    deals.write_text(
        f"{HEADER}\nMistral AI,Nvidia; ASML,round,1700000000,EUR,2025-09-09,Series C\n"
        "Mistral AI,ASML,investment,1300000000,EUR,2025-09-09,\n",
        encoding="utf-8",
    )
    import_deal_file(store, deals, HEADER)
    page = store.company(store.find_company("Mistral AI").id)
    (stake,) = page.investors
    assert stake.round_id == page.rounds[0].id and stake.round_type == "Series C"
    return page.rounds[0], stake


def test_a_stake_of_a_rejected_round_keeps_its_round_type_in_exports(fresh_store, tmp_path):
    round_, stake = series_c_with_a_stake(fresh_store, tmp_path)
    fresh_store.review(round_.ref, "rejected")
    (alone,) = fresh_store.company(round_.company_id).investors
    assert alone.round_id is None  # it stands alone: the chart draws it, money raised counts it
    assert alone.round_type == "Series C"
    (exported,) = fresh_store.export_records([RecordRef(record_type="stake", record_id=stake.id)])
    assert exported.round == "Series C"
    for fmt in ("csv", "json"):
        (read,) = read_back(render_export([exported], fmt), fmt)
        assert read.round == "Series C"
    assert "Series C" in render_export([exported], "md")
