"""A deal-file row naming a round (its type), its one investor and that investor's share ("Samsung
Catalyst Fund, $25M, Series D, 0.8%") is a round and the investor's stake in it with the percentage:
the share is never lost, shows on `show` and in exports, and re-importing the export doubles nothing."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from ai_deals.cli import main
from ai_deals.importers import structured
from ai_deals.store import Store
from ai_deals.structured_import import import_structured

HEADER = "company,investor,amount,currency,round_type,percentage,date\n"
ROW = "Rebellions,Samsung Catalyst Fund,25000000,USD,Series D,0.8,2024-06-01\n"


def quiet() -> Console:
    return Console(file=io.StringIO(), width=120)


def shares(store: Store) -> list[tuple]:
    """Each stake as (company, investor, percentage, the type of the round it is linked to)."""
    return [
        tuple(row.values())
        for row in store.db.query(
            """SELECT c.name AS company, ic.name AS investor, s.percentage, r.round_type FROM stakes s
               JOIN companies c ON c.id = s.company_id JOIN investors i ON i.id = s.investor_id
               JOIN companies ic ON ic.id = i.company_id LEFT JOIN rounds r ON r.id = s.round_id
               ORDER BY s.id"""
        )
    ]


def rounds(store: Store) -> list[tuple]:
    return [tuple(row.values()) for row in store.db.query("SELECT round_type, amount, currency FROM rounds")]


def test_a_round_row_keeps_its_investors_share_as_a_stake_in_that_round(tmp_path):
    path = tmp_path / "deals.csv"
    path.write_text(HEADER + ROW, encoding="utf-8")
    facts = next(structured.iter_deal_facts(path)).facts
    assert [(f.kind, f.investor, f.amount, f.percentage) for f in facts] == [
        ("round", "Samsung Catalyst Fund", 25e6, 0.8),
        ("investment", "Samsung Catalyst Fund", None, 0.8),
    ]


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_the_bulk_import_stores_the_round_and_the_share_and_the_export_round_trips(tmp_path, suffix):
    path = tmp_path / f"deals{suffix}"
    if suffix == ".csv":
        path.write_text(HEADER + ROW, encoding="utf-8")
    else:
        record = dict(zip(HEADER.strip().split(","), ROW.strip().split(","), strict=True))
        path.write_text(json.dumps([record]), encoding="utf-8")
    with Store.open(tmp_path / "one.db") as store:
        report = import_structured(store, path, skip_bad_rows=False, console=quiet())
        assert report.action == "added"
        assert rounds(store) == [("Series D", 25e6, "USD")]
        assert shares(store) == [("Rebellions", "Samsung Catalyst Fund", 0.8, "Series D")]
    db = str(tmp_path / "one.db")
    exported = tmp_path / f"export{suffix}"
    assert main(["--db", db, "export", "--out", str(exported)]) == 0
    assert "0.8" in exported.read_text(encoding="utf-8")
    # The export imported again into the same database: nothing doubled.
    assert main(["--db", db, "import", str(exported)]) == 0
    with Store.open(tmp_path / "one.db") as store:
        assert rounds(store) == [("Series D", 25e6, "USD")]
        assert shares(store) == [("Rebellions", "Samsung Catalyst Fund", 0.8, "Series D")]
    # The exported file into an empty database: the same round and stake, once each.
    other = str(tmp_path / "two.db")
    assert main(["--db", other, "--empty", "import", str(exported)]) == 0
    with Store.open(tmp_path / "two.db") as store:
        assert rounds(store) == [("Series D", 25e6, "USD")]
        assert shares(store) == [("Rebellions", "Samsung Catalyst Fund", 0.8, "Series D")]


def test_show_lists_the_round_rows_share(tmp_path, capsys):
    path = tmp_path / "deals.csv"
    path.write_text(HEADER + ROW, encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert main(["--db", db, "--empty", "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "show", "Rebellions"]) == 0
    out = capsys.readouterr().out
    assert "Series D" in out and "0.8%" in out


def test_a_round_row_without_a_share_or_with_several_investors_brings_no_stake(tmp_path):
    path = tmp_path / "deals.csv"
    path.write_text(
        "company,investors,amount,currency,round_type,percentage,date\n"
        'Rebellions,"KT; Aramco",25000000,USD,Series D,0.8,2024-06-01\n'
        "Rebellions,Samsung Catalyst Fund,25000000,USD,Series C,,2023-06-01\n",
        encoding="utf-8",
    )
    kinds = [[f.kind for f in item.facts] for item in structured.iter_deal_facts(path)]
    assert kinds == [["round"], ["round"]]


def test_rows_of_one_round_each_keep_their_investors_share_in_the_joined_round(tmp_path):
    path = tmp_path / "deals.csv"
    path.write_text(HEADER + ROW + "Rebellions,KT,25000000,USD,Series D,1.2,2024-06-01\n", encoding="utf-8")
    with Store.open(tmp_path / "t.db") as store:
        report = import_structured(store, path, skip_bad_rows=False, console=quiet())
        assert report.action == "added"
        assert rounds(store) == [("Series D", 25e6, "USD")]
        assert shares(store) == [
            ("Rebellions", "Samsung Catalyst Fund", 0.8, "Series D"),
            ("Rebellions", "KT", 1.2, "Series D"),
        ]
