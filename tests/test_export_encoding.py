"""Exports read right in a spreadsheet or an editor: a CSV file opens with a UTF-8 byte-order mark,
JSON keeps accents as they are, and both import back into ai-deals."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import import_deals, run

DEALS = 'company,investor,amount,currency,round_type,date\n"Café ""Quote"", Inc.",Société Générale,1000000,EUR,Seed,2024-01-01\n'


def test_a_csv_export_file_opens_with_a_byte_order_mark_so_spreadsheets_read_its_accents(
    capsys, tmp_path: Path
):
    db = import_deals(capsys, tmp_path, DEALS)
    out = tmp_path / "x.csv"
    code, _, err = run(capsys, "--db", str(db), "export", "--out", str(out))
    assert code == 0, err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfrecord_type,")
    assert 'Café ""Quote"", Inc.' in data.decode("utf-8-sig")


def test_a_csv_export_to_standard_output_has_no_byte_order_mark(capsys, tmp_path: Path):
    db = import_deals(capsys, tmp_path, DEALS)
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "csv")
    assert code == 0, err
    assert out.startswith("record_type,")


def test_a_json_export_keeps_accents_as_they_are(capsys, tmp_path: Path):
    db = import_deals(capsys, tmp_path, DEALS)
    out = tmp_path / "x.json"
    code, _, err = run(capsys, "--db", str(db), "export", "--out", str(out))
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert '"Café \\"Quote\\", Inc."' in text and "\\u00e9" not in text
    assert {r["company"] for r in json.loads(text)["records"]} >= {'Café "Quote", Inc.', "Société Générale"}


def test_a_csv_export_with_its_byte_order_mark_imports_back_as_the_same_companies(capsys, tmp_path: Path):
    db = import_deals(capsys, tmp_path, DEALS)
    out = tmp_path / "x.csv"
    assert run(capsys, "--db", str(db), "export", "--out", str(out))[0] == 0
    again = tmp_path / "again.db"
    code, _, err = run(capsys, "--db", str(again), "--empty", "import", str(out))
    assert code == 0 and "bad row" not in err, err
    code, out_text, err = run(capsys, "--db", str(again), "search", "Café", "--json")
    assert code == 0, err
    assert 'Café "Quote", Inc.' in {hit["name"] for hit in json.loads(out_text)["results"]}
