"""A one-row-per-deal export writes a round its one investor walked away from once: the round's row, its
status called off and the call-off's source among its sources, never a row of the call-off's own (a
call-off is a status of its round, as the timeline says "(called off: Daily, 2026-05-10)"). pb33."""

from __future__ import annotations

import csv
import io

import pytest
from cli_helpers import private_default_db, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.importers.article import parse_article
from ai_deals.store import Store

RAISED = "Zeta raised $2 billion from Nvidia, the AI startup said on Monday."
ABANDONED = "Nvidia has abandoned plans to invest $2 billion in Zeta, people familiar with the matter said."


def article(text: str, title: str, published: str):
    return parse_article(text, title=title, published=published, publisher=title.split()[0], language="en")


EARLIER = article(RAISED, "Wire raises", "2026-03-02")
LATER = article(ABANDONED, "Daily drops", "2026-05-10")


def imported(tmp_path, *sources) -> Store:
    store = Store.open(tmp_path / "pb33.db")
    for source in sources:
        store.import_source(source)
    return store


@pytest.mark.parametrize("order", [(EARLIER, LATER), (LATER, EARLIER)], ids=["earlier-first", "later-first"])
def test_a_called_off_round_is_one_row_per_deal_with_the_round_status_called_off(tmp_path, order):
    store = imported(tmp_path, *order)
    (row,) = list(store.iter_export_records(one_per_deal=True))
    assert (row.record_type, row.status, row.called_off) == ("round", "called_off", True)
    assert "Wire raises" in row.sources and "Daily drops" in row.sources
    assert not row.counted


def test_the_cli_export_per_deal_has_one_row_for_a_called_off_round(capsys, tmp_path):
    imported(tmp_path, EARLIER, LATER).close()
    db = tmp_path / "pb33.db"
    for args in ([], ["--company", "Zeta"]):
        rows = list(csv.DictReader(io.StringIO(run_ok(capsys, db, "export", "--one-per-deal", *args).lstrip("\ufeff"))))
        assert [(r["record_type"], r["status"]) for r in rows] == [("round", "called_off")], args


def test_the_export_of_every_record_still_has_the_call_off_row(tmp_path):
    store = imported(tmp_path, EARLIER, LATER)
    rows = [row for row in store.iter_export_records() if row.record_type != "company"]
    assert sorted((row.record_type, row.status) for row in rows) == [("round", "announced"), ("stake", "called_off")]
