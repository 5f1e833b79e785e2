"""PitchBook writes "Deal Size" and "Post Valuation" in millions without saying so: a bare 18 is €18M, a
figure written in full (80000000) stays what it says, and the header line says so (qa32 #9, pb33). In
any deal file, a round or valuation under a plausible floor (€18) is said with its file and line."""

from __future__ import annotations

import json

from cli_helpers import import_files, run, run_ok  # noqa: F401 (autouse fixture private_default_db)

from ai_deals.importers import structured
from ai_deals.structured_import import column_lines

ROWS = [
    {"Deal Date": "2023-06-20", "Deal Size": 18, "Investors": "Partech, Elaia", "Company": "Vesperal",
     "Round Type": "Series A", "Lead Investors": "Partech", "Currency": "EUR"},
    {"Deal Date": "2025-09-23", "Deal Size": 80000000, "Currency": "EUR", "Company": "Korvane",
     "Round Type": "Series C", "Post Valuation": 1200, "Investors": "Index Ventures"},
    {"Deal Date": "2024-11-14", "Deal Size (USD M)": 51, "Company": "Brennic", "Round Type": "Series A",
     "Post Valuation": 900000000, "Investors": "Amberline Capital"},
]  # fmt: skip


def _ndjson(rows: list[dict]) -> str:
    return "".join(json.dumps(row) + "\n" for row in rows)


def test_bare_pitchbook_deal_size_and_post_valuation_are_read_in_millions(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("deals.ndjson", _ndjson(ROWS)))
    vesperal = run_ok(capsys, db, "show", "Vesperal")
    assert "raised €18M" in vesperal and "€18 " not in vesperal
    korvane = run_ok(capsys, db, "show", "Korvane")
    assert "€80M" in korvane and "€1.2B post-money" in korvane  # 80000000 written in full; 1200 in millions
    brennic = run_ok(capsys, db, "show", "Brennic")
    assert "$51M" in brennic and "$900M post-money" in brennic  # a header's own unit, a valuation in full


def test_the_header_line_says_bare_pitchbook_columns_are_in_millions():
    header = ["Company", "Deal Size", "Post Valuation", "Deal Size (EUR)", "Deal Size (USD M)"]
    assert column_lines(structured.describe_columns(header)) == [
        "  Company → company",
        "  Deal Size → amount (in millions as PitchBook's; 100,000 or more as written)",
        "  Post Valuation → valuation (basis=post_money, in millions as PitchBook's; 1,000,000 or more as written)",
        "  Deal Size (EUR) → amount (currency=EUR, in millions as PitchBook's; 100,000 or more as written)",
        "  Deal Size (USD M) → amount (currency=USD, in millions)",
    ]


TINY = "Company,Amount,Currency,Date,Investors\nZorgo,18,EUR,2024-01-02,Partech\nBlip,5000000,EUR,2024-02-02,Elaia\n"
TINY_NOTE = "1 row states an amount under 1,000 of its currency (is a unit missing? 18M is 18 million), kept:"


def test_a_round_under_a_plausible_floor_is_said_with_its_file_and_line_on_import(capsys, tmp_path):
    path = tmp_path / "tiny.csv"
    path.write_text(TINY, encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "x.db"), "--empty", "import", str(path))
    assert code == 0, err
    assert f"{TINY_NOTE} {path}:2 (€18)" in out
    assert "Blip" not in out.split(TINY_NOTE)[1]


def test_a_round_under_a_plausible_floor_is_said_by_the_dry_run(capsys, tmp_path):
    path = tmp_path / "tiny.csv"
    path.write_text(TINY, encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "x.db"), "--empty", "import", "--dry-run", str(path))
    assert code == 0, err
    assert f"{TINY_NOTE} {path}:2 (€18)" in out
    code, out, err = run(capsys, "--db", str(tmp_path / "x.db"), "--empty", "import", "--dry-run", "--json", str(path))
    assert code == 0, err
    entry = json.loads(out)
    assert '"tiny_amounts_first": [' in out and f"{path}:2 (€18)" in out and entry


def test_a_deal_size_not_spelled_as_pitchbook_spells_it_is_read_as_written():
    from ai_deals.importers.structured import column_target

    assert column_target("Deal Size").scale == 1e6
    assert column_target("Post Valuation").scale == 1e6
    for own in ["deal_size", "deal size", "DEAL SIZE", "post_valuation"]:
        assert column_target(own).scale == 1.0, own  # 50000 is $50k in a file of one's own, not $50B
