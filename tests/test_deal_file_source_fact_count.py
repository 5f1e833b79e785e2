"""A company page's source row (and `show --json`'s `sources`) counts a deal file's facts as its
import does, its records: a round told in three rows, one investor each, is one fact, not three."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store
from ai_deals.tui.screens.company_rows import source_row

ROWS = ("Accel", "Index Ventures", "Balderton Capital")


@pytest.mark.parametrize(
    ("header", "cites"),
    [
        ("company,investor,amount,currency,date,round_type", ""),
        ("company,investor,amount,currency,date,round_type,source_url", ",https://news.example/korvo"),
    ],
)
def test_a_deal_files_round_of_three_rows_is_one_fact_on_the_page(capsys, tmp_path: Path, header, cites):
    deals = tmp_path / "rounds.csv"
    rows = [f"Korvo,{investor},20000000,USD,2025-01-15,Series A{cites}" for investor in ROWS]
    deals.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    db = tmp_path / "deals.db"
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(deals))
    assert code == 0, err
    assert "(3 rows, 1 fact)" in out
    code, out, err = run(capsys, "--db", str(db), "show", "Korvo", "--json")
    assert code == 0, err
    assert [source["fact_count"] for source in json.loads(out)["sources"]] == [1]
    with Store.open(db) as store:
        (source,) = store.company(store.find_company("Korvo").id).sources
        assert "  1 fact" in "".join(text for text, _, _ in source_row(source).pieces)
