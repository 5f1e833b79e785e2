"""A PitchBook-style deal file's header ("Companies", "Lead/Sole Investors", "Post Valuation", "Deal Size
Currency", a "Deal Type" of round stages) is read, not refused whole (qa32 #7, pb32); a "Deal Type" column
naming kinds still gives the kind."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import import_files, run, run_ok  # noqa: F401 (autouse fixture private_default_db)
from test_fact_records import _import_both_ways

from ai_deals.importers import structured
from ai_deals.structured_import import column_lines

FIXTURE = Path(__file__).parent / "fixtures" / "structured" / "pitchbook_deals.csv"
NDJSON_ROWS = [
    {"Companies": "Vesperal", "Deal Date": "2023-06-20", "Deal Type": "Series A", "Deal Size": 18000000,
     "Deal Size Currency": "EUR", "Lead/Sole Investors": "Partech", "Investors": "Partech, Elaia",
     "HQ Country": "France"},
    {"Companies": "Korvane", "Deal Date": "2025-09-23", "Deal Type": "Series C", "Deal Size": 80000000,
     "Deal Size Currency": "EUR", "Post Valuation": 1200000000, "Lead/Sole Investors": "Index Ventures",
     "Investors": "Index Ventures; Nvidia; Bpifrance"},
]  # fmt: skip


def _ndjson(rows: list[dict]) -> str:
    return "".join(json.dumps(row) + "\n" for row in rows)


def test_pitchbook_column_names_are_reported_as_what_they_are_read_as():
    header = ["Companies", "Company Name", "Deal Date", "Deal Type", "Deal Size", "Deal Size Currency",
              "Lead/Sole Investors", "Investors", "Post Valuation", "Pre-money Valuation (USD M)"]  # fmt: skip
    assert column_lines(structured.describe_columns(header)) == [
        "  Companies → company",
        "  Company Name → company",
        "  Deal Date → date",
        "  Deal Type → kind, or round_type when a cell names no kind",
        "  Deal Size → amount (in millions as PitchBook's; 100,000 or more as written)",
        "  Deal Size Currency → currency",
        "  Lead/Sole Investors → lead_investors",
        "  Investors → investors",
        "  Post Valuation → valuation (basis=post_money, in millions as PitchBook's; 1,000,000 or more as written)",
        "  Pre-money Valuation (USD M) → valuation (basis=pre_money, valuation_currency=USD, in millions)",
    ]


def test_pitchbook_ndjson_imports_round_stages_leads_and_post_money_valuation(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("pitchbook.ndjson", _ndjson(NDJSON_ROWS)))
    vesperal = run_ok(capsys, db, "show", "Vesperal")
    assert "Series A" in vesperal and "€18M" in vesperal and "Partech (lead), Elaia" in vesperal
    korvane = run_ok(capsys, db, "show", "Korvane")
    assert "Series C" in korvane and "€80M" in korvane and "€1.2B post-money" in korvane
    assert "Index Ventures (lead), Nvidia, Bpifrance" in korvane


def test_pitchbook_csv_imports_the_same_on_the_bulk_and_model_paths(tmp_path, monkeypatch):
    with_records, with_models = _import_both_ways(tmp_path, monkeypatch, [FIXTURE])
    assert len(with_records["rounds"]) == 4 and with_records == with_models


def test_pitchbook_csv_shows_stage_names_valuations_and_a_secondary_as_no_raise(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("pitchbook.csv", FIXTURE.read_text(encoding="utf-8")))
    arcwise = run_ok(capsys, db, "show", "Arcwise Robotics")
    assert "Early Stage VC" in arcwise and "$72M pre-money" in arcwise and "Partech (lead), Elaia" in arcwise
    korvane = run_ok(capsys, db, "show", "Korvane")
    assert "Later Stage VC" in korvane and "$1.2B post-money" in korvane
    kestrow = run_ok(capsys, db, "show", "Kestrow")
    assert "Secondary Transaction - Private" in kestrow and "raised $12M" not in kestrow


def test_a_deal_type_column_naming_kinds_still_gives_the_kind(capsys, tmp_path):
    rows = "Company,Deal Type,Amount,Currency,Investors,Date\nOmbrelle,acquisition,120M,USD,Mistral AI,2024-03-01\n"
    db = import_files(capsys, tmp_path, ("deals.csv", rows))
    page = run_ok(capsys, db, "show", "Ombrelle")
    assert "Acquisitions" in page and "Mistral AI" in page and "Rounds" not in page


def test_a_bad_pitchbook_row_names_its_line_column_and_problem(capsys, tmp_path):
    rows = [NDJSON_ROWS[0], {**NDJSON_ROWS[1], "Deal Size": "about a lot"}]
    path = tmp_path / "pitchbook.ndjson"
    path.write_text(_ndjson(rows), encoding="utf-8")
    code, _out, err = run(capsys, "--db", str(tmp_path / "x.db"), "import", str(path))
    assert code != 0
    assert f"{path}:2: Deal Size: 'about a lot' is not an amount" in err.splitlines()


def test_a_pitchbook_merger_acquisition_deal_type_is_an_acquisition_not_a_round(capsys, tmp_path):
    rows = [{"Companies": "Ombrelle", "Deal Date": "2024-03-01", "Deal Type": "Merger/Acquisition",
             "Deal Size (USD M)": 120, "Investors": "Mistral AI"}]  # fmt: skip
    db = import_files(capsys, tmp_path, ("pitchbook.ndjson", _ndjson(rows)))
    page = run_ok(capsys, db, "show", "Ombrelle")
    assert "Acquisitions" in page and "Mistral AI" in page and "Rounds" not in page
