"""The bulk import's cheaper steps per row (session 31): the rows queued most often appended to their
batch directly, and a one-fact row's investor names taken without two comprehensions."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from ai_deals.importers import structured
from ai_deals.importers.fact_records import FactRecord
from ai_deals.store import Store, bulk
from ai_deals.store.bulk import PendingRows
from ai_deals.structured_import import import_structured

STAKES = (
    "company,investor,kind,amount,currency,bound,date,round_type,source_url,source_title,publisher,source_date\n"
    "Kakawald,Voaxor Holdings,investment,149609000,USD,exact,1999-02-01,growth,,,,\n"
    "Ōka Ūōtoka,Czdaność Holdings,investment,3264000.5,EUR,approx,2004-10,seed,https://news.example/1,"
    "Ōka news,Nikkei,2004-10\n"
    "Kakawald,Czdaność Holdings,investment,5000000,USD,exact,2005-01-01,seed,,,,\n"
)


def _import(db_path: Path, path: Path) -> list[tuple]:
    with Store.open(db_path) as store:
        import_structured(store, path, skip_bad_rows=False, console=Console(file=io.StringIO()))
        conn = store.db.conn
        return [
            conn.execute(
                "SELECT id, amount, currency, bound, company_id, investor_id FROM stakes"
            ).fetchall(),
            conn.execute("SELECT id, record_id, line, cited_url FROM evidence ORDER BY id").fetchall(),
            conn.execute("SELECT id, company_id, kind FROM investors ORDER BY id").fetchall(),
            conn.execute("SELECT company_id, alias FROM aliases ORDER BY id").fetchall(),
            conn.execute("SELECT id, name FROM companies ORDER BY id").fetchall(),
        ]


def test_a_stake_files_rows_are_queued_without_pending_add(db_path: Path, tmp_path: Path, monkeypatch):
    def add(self, table: str, columns: tuple, values: tuple) -> None:
        raise AssertionError(f"a {table} row of a stake file queued through PendingRows.add")

    monkeypatch.setattr(PendingRows, "add", add)
    path = tmp_path / "stakes.csv"
    path.write_text(STAKES, encoding="utf-8")
    stakes, evidence, investors, aliases, companies = _import(db_path, path)
    assert [row[1:4] for row in stakes] == [
        (149609000.0, "USD", "exact"),
        (3264000.5, "EUR", "approx"),
        (5000000.0, "USD", "exact"),
    ]
    assert [(line, url) for _, _, line, url in evidence] == [
        (2, None),
        (3, "https://news.example/1"),
        (4, None),
    ]
    assert len(investors) == 2 and len(companies) >= 4 and aliases


def test_rows_flushed_after_each_row_are_the_rows_of_one_batch(db_path: Path, tmp_path: Path, monkeypatch):
    # The lanes are emptied in place by each flush and filled again: nothing is lost or written twice.
    path = tmp_path / "stakes.csv"
    path.write_text(STAKES, encoding="utf-8")
    whole = _import(db_path, path)
    monkeypatch.setattr(bulk, "BATCH_ROWS", 1)
    assert _import(tmp_path / "flushed.db", path) == whole


def test_a_deal_files_rows_become_facts_without_a_deal_record_between(tmp_path: Path, monkeypatch):
    def no_record(*args: object) -> None:
        raise AssertionError("a DealRecord made on the way to a row's facts")

    monkeypatch.setattr(structured, "DealRecord", no_record)
    path = tmp_path / "stakes.csv"
    path.write_text(STAKES, encoding="utf-8")
    rows = list(structured.iter_deal_facts(path, records=True))
    assert [(row.line, row.facts[0].line, row.facts[0].company, row.cited) for row in rows] == [
        (2, 2, "Kakawald", None),
        (3, 3, "Ōka Ūōtoka", ("https://news.example/1", "Ōka news", "Nikkei", "2004-10")),
        (4, 4, "Kakawald", None),
    ]
    assert rows[0].facts[0].sentence == rows[0].raw == STAKES.splitlines()[1]


def test_a_row_of_one_stake_asks_no_round_to_be_folded(db_path: Path, tmp_path: Path, monkeypatch):
    def folded(facts: list, companies: list, key: object = None) -> tuple:
        raise AssertionError(f"short investor names folded for a row of {[fact.kind for fact in facts]}")

    monkeypatch.setattr(bulk, "fold_short_investors", folded)
    path = tmp_path / "stakes.csv"
    path.write_text(STAKES, encoding="utf-8")
    stakes = _import(db_path, path)[0]
    assert len(stakes) == 3


def _investor_cells_in_general(facts: list) -> set[str]:
    """`bulk._investor_cells` as every row took it before: two comprehensions."""
    companies = {fact.company for fact in facts}
    return {
        name
        for fact in facts
        for name in (fact.investor, *fact.investors, *fact.lead_investors)
        if name and name not in companies
    }


_NAME = st.sampled_from(["", "Kakawald", "Voaxor", "Czdaność", "a16z", " "])
_FACT = st.builds(
    lambda company, investor, investors, leads: FactRecord(
        kind="investment", company=company, investor=investor, investors=investors, lead_investors=leads
    ),
    _NAME,
    st.one_of(st.none(), _NAME),
    st.lists(_NAME, max_size=3),
    st.lists(_NAME, max_size=2),
)


@given(st.lists(_FACT, min_size=1, max_size=3))
def test_a_rows_investor_cells_are_those_the_general_way_finds(facts: list):
    assert bulk._investor_cells(facts) == _investor_cells_in_general(facts)
