"""`ai-deals sources` counts a source's records, as the import and a company's Sources do: a round told
in two rows of a deal file (one investor each) is one fact, not two evidence rows. The count is read
from the evidence's (source, record) index alone: fast on a file of a million rows."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store
from ai_deals.store.queries import FACT_COUNT_SQL

ONE_ROUND_TWO_ROWS = (
    "company,investor,kind,amount,currency,date,round_type,post_money_valuation,url\n"
    "Veltrix AI,Northgate Ventures,round,15000000,USD,2026-04-01,Series A,200000000,https://example.org/veltrix\n"
    "Veltrix AI,Blue Fen Capital,round,15000000,USD,2026-04-01,Series A,200000000,https://example.org/veltrix\n"
)


def _imported(capsys, tmp_path: Path) -> Path:
    path = tmp_path / "r3b.csv"
    path.write_text(ONE_ROUND_TWO_ROWS, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    assert "added: r3b.csv (2 rows, 2 facts)" in out
    return db


def test_sources_counts_a_rounds_two_rows_as_the_import_does(capsys, tmp_path):
    db = _imported(capsys, tmp_path)
    code, out, err = run(capsys, "--db", str(db), "sources", "--json")
    assert code == 0, err
    assert [source["fact_count"] for source in json.loads(out)["sources"]] == [2]


def test_sources_table_counts_records_as_a_companys_sources_do(capsys, tmp_path):
    db = _imported(capsys, tmp_path)
    code, out, err = run(capsys, "--db", str(db), "sources")
    assert code == 0, err
    (row,) = [line for line in out.splitlines() if "r3b.csv" in line]
    assert [cell.strip() for cell in row.split("│")][5] == "2"
    with Store.open(db) as store:
        page = store.company(store.find_company("Veltrix AI").id)
        assert [source.fact_count for source in page.sources] == [2]


def test_a_sources_fact_count_is_read_from_an_index_alone(fresh_store: Store):
    plan = fresh_store.db.execute(f"EXPLAIN QUERY PLAN SELECT {FACT_COUNT_SQL} FROM sources s").fetchall()
    steps = [row[3] for row in plan]
    assert any("COVERING INDEX evidence_source_record" in step for step in steps), steps
    assert not [step for step in steps if "TEMP B-TREE" in step], steps
