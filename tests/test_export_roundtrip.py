"""An export (CSV or JSON) imports into an empty database as the same records: companies, investors,
rounds with their investors and leads, stakes, partnerships, acquisitions and figures. Statements,
which a deal file cannot hold, are skipped with a note, never counted as bad rows."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))
ARTICLES = [
    ROOT / "tests" / "fixtures" / "articles" / f"{name}.txt"
    for name in (
        "en_anthropic_series_f",  # a round with leads, a valuation
        "en_microsoft_nvidia_anthropic_compute",  # partnerships, stakes "up to"
        "en_nordwerk_range",  # an amount range
        "en_nvidia_buys_lumen_grid",  # an acquisition
        "fr_kivu_serie_a",  # "Series A"
        "fr_helvetia_labs_partenariat",  # a statement
        "fr_mistral_serie_c",  # a stake with a percentage
    )
]
# What a second database cannot share: its own record ids, the evidence (the export's row itself
# now) and review decisions.
NOT_CARRIED = ("record_id", "sentence", "review_status")


def _records(path: Path) -> Counter:
    """The records of a CSV export, less statements and what an import cannot carry."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["record_type"] != "statement"]
    return Counter(tuple(sorted((k, v) for k, v in row.items() if k not in NOT_CARRIED)) for row in rows)


def _people(db: Path) -> tuple[set[str], set[str]]:
    """The companies records name and the investors who put money in, by the store's query API."""
    companies: set[str] = set()
    investors: set[str] = set()
    with Store(db, readonly=True, create=False) as store:
        for record in store.export_records():
            if record.record_type == "statement":
                continue
            names = (record.counterpart or "").split("; ") if record.counterpart else []
            companies.update([record.company, *names])
            if record.counterpart_role in ("investor", "investors"):
                investors.update(names)
    return companies, investors


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("original") / "a.db"
    assert main(["--db", str(db), "--empty", "import", str(SEED), *map(str, ARTICLES)]) == 0
    return db


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_imports_into_an_empty_database_as_the_same_records(original, tmp_path, capsys, fmt):
    exported = tmp_path / f"rt.{fmt}"
    assert main(["--db", str(original), "export", "--format", fmt, "--out", str(exported)]) == 0
    first = tmp_path / "first.csv"
    assert main(["--db", str(original), "export", "--format", "csv", "--out", str(first)]) == 0
    capsys.readouterr()

    copy = tmp_path / "rt.db"
    assert main(["--db", str(copy), "--empty", "import", str(exported)]) == 0
    err = capsys.readouterr().err
    assert "bad row" not in err
    assert "3 statement rows skipped (a deal file holds no statements; first at line" in err
    second = tmp_path / "second.csv"
    assert main(["--db", str(copy), "export", "--format", "csv", "--out", str(second)]) == 0

    records = _records(first)
    kinds = Counter(dict(row)["record_type"] for row in records.elements())
    assert {"round", "stake", "partnership", "acquisition", "metric"} <= set(kinds)
    assert _records(second) == records
    assert _people(copy) == _people(original)
    with Store(copy, readonly=True) as store, Store(original, readonly=True) as before:
        counts, expected = store.overview(), before.overview()
        for table in ("rounds", "stakes", "partnerships", "metrics", "acquisitions"):
            assert getattr(counts, table) == getattr(expected, table), table


def test_a_dry_run_of_an_export_maps_its_columns_and_finds_no_bad_row(original, tmp_path, capsys):
    exported = tmp_path / "rt.csv"
    assert main(["--db", str(original), "export", "--format", "csv", "--out", str(exported)]) == 0
    capsys.readouterr()
    db = tmp_path / "rt.db"
    assert main(["--db", str(db), "--empty", "import", str(exported), "--dry-run", "--json"]) == 0
    (checked,) = json.loads(capsys.readouterr().out)["deal_files"]
    assert checked["bad_rows"] == []
    assert len(checked["skipped_rows"]) == 3 and checked["skipped_rows"][0].endswith(
        ": skipped: a deal file holds no statements"
    )
    assert checked["rows"] == checked["good_rows"] + 3
    columns = checked["columns"]
    assert columns["counterpart"] is not None and columns["round"] == "round_type"
    assert columns["record_id"] is None and columns["sentence"] is None
    assert not db.exists()


def test_an_export_writes_a_deal_files_round_codes_as_people_read_them_and_reads_them_back(tmp_path, capsys):
    deals = tmp_path / "cb.csv"
    deals.write_text(
        "company_name,investor_name,raised_amount_usd,funded_at,funding_round_type\n"
        "Brisa AI,Vantor Capital,5000000,2024-01-02,series_a\n"
        "Kalmiro,Osk Partners,1000000,2023-05-06,seed\n"
    )
    db, copy = tmp_path / "a.db", tmp_path / "b.db"
    exported, again = tmp_path / "rt.csv", tmp_path / "again.csv"
    assert main(["--db", str(db), "--empty", "import", str(deals)]) == 0
    assert main(["--db", str(db), "export", "--format", "csv", "--out", str(exported)]) == 0
    with exported.open(newline="", encoding="utf-8") as handle:
        assert {row["round"] for row in csv.DictReader(handle)} == {"Series A", "Seed"}
    assert main(["--db", str(copy), "--empty", "import", str(exported)]) == 0
    assert main(["--db", str(copy), "export", "--format", "csv", "--out", str(again)]) == 0
    assert _records(again) == _records(exported)
