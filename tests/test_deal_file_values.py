"""A deal file's cell values as a tester met them: dates read one way per file, blanks in their usual
spellings, a zero amount's currency, round labels in French and English."""

from __future__ import annotations

import json

import pytest

from ai_deals.cli import main
from ai_deals.importers.structured import RowError, iter_deal_rows


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def outcomes(path, **options) -> list[str]:
    """Each row as its date, or its error."""
    return [str(row) if isinstance(row, RowError) else row.date for row in iter_deal_rows(path, **options)]


# --- 1. Dates: one order per file ---------------------------------------------------------------

US = "company,investors,amount,currency,date\nUS1,X,100,USD,12/31/2025\nUS2,X,100,USD,02/03/2025\n"


def test_a_slash_date_only_month_first_can_read_is_a_bad_row_naming_date_order_not_read_the_other_way(
    tmp_path,
):
    """us.csv read 12/31/2025 month first and 02/03/2025 day first (2025-03-02): one file, two orders,
    silently. Day first is the default for every row now, and a date only month first reads is a bad
    row that says how to read the file month first."""
    path = write(tmp_path, "us.csv", US)
    assert outcomes(path) == [
        f"{path}:2: date: '12/31/2025' is not DD/MM/YYYY; for month/day files use --date-order mdy",
        "2025-03-02",
    ]
    dotted = write(tmp_path, "dt.csv", "company,investor,amount,date\nE1,X,1,02.13.2025\nE2,X,1,3.2.2025\n")
    assert outcomes(dotted) == [
        f"{dotted}:2: date: '02.13.2025' is not DD.MM.YYYY; for month/day files use --date-order mdy",
        "2025-02-03",
    ]


def test_date_order_mdy_reads_every_slash_date_month_first_and_refuses_a_day_first_one(tmp_path):
    path = write(tmp_path, "us.csv", US + "US3,X,100,USD,13/02/2025\nUS4,X,100,USD,2025-02-03\n")
    assert outcomes(path, date_order="mdy") == [
        "2025-12-31",
        "2025-02-03",
        f"{path}:4: date: '13/02/2025' is not MM/DD/YYYY; for day/month files use --date-order dmy",
        "2025-02-03",
    ]


def test_import_date_order_mdy_puts_a_month_day_file_on_the_timeline_as_written(capsys, tmp_path):
    path = write(tmp_path, "us.csv", US)
    db = str(tmp_path / "d.db")
    assert main(["--db", db, "--empty", "import", str(path)]) == 1
    assert "us.csv:2: date: '12/31/2025' is not DD/MM/YYYY; for month/day files use --date-order mdy" in (
        capsys.readouterr().err
    )
    assert main(["--db", db, "--empty", "import", "--dry-run", "--date-order", "mdy", str(path)]) == 0
    assert capsys.readouterr().out.startswith(f"would add: {path} (2 rows, 2 facts)\n")
    assert main(["--db", db, "--empty", "import", "--date-order", "mdy", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "timeline", "--json"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert sorted((event["company"], event["date"]) for event in events) == [
        ("US1", "2025-12-31"),
        ("US2", "2025-02-03"),
    ]


@pytest.mark.parametrize("order", ["dmy", "mdy"])
def test_dates_that_name_their_month_or_put_the_year_first_read_the_same_in_either_order(tmp_path, order):
    path = write(
        tmp_path,
        "d.csv",
        'company,investor,amount,date\nA,X,1,2025-02-03\nB,X,1,2025/02/03\nC,X,1,"Feb 3, 2025"\nD,X,1,2025-02\n',
    )
    assert outcomes(path, date_order=order) == ["2025-02-03", "2025-02-03", "2025-02-03", "2025-02"]


# --- 2. The dry run of a deal file lists its facts --------------------------------------------------


def test_a_deal_files_dry_run_prints_a_line_per_fact_as_an_articles_does(capsys, tmp_path):
    """`import --dry-run oa.csv` printed only `would add: oa.csv (2 rows, 2 facts)`, while the README
    promises a line per fact (and shows a deal file's row). Each fact is listed now, as for an
    article; a row's one investor is named once, its lead said."""
    path = write(
        tmp_path,
        "oa.csv",
        "company,investors,raised_amount,currency,date,round_type,lead_investor\n"
        'OpenAI,"Amazon; Nvidia; SoftBank",110000000000,USD,2026-03-20,Series G,\n'
        "OpenAI,Thrive,1000000000,USD,2026-04,,yes\n"
        "OpenAI,,oops,USD,2026-04,,\n",
    )
    assert main(["--db", str(tmp_path / "d.db"), "--empty", "import", "--dry-run", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"would add: {path} (3 rows (2 good), 2 facts)",
        "  round: OpenAI · $110B · Series G · 2026-03-20 · investors: Amazon, Nvidia, SoftBank",
        "  round: OpenAI · $1B · 2026-04 · investor: Thrive (lead)",
        f"  {path}:4: raised_amount: 'oops' is not an amount",
    ]
    assert not (tmp_path / "d.db").exists()


def test_a_big_deal_files_dry_run_lists_its_first_50_facts_then_how_many_more(capsys, tmp_path):
    rows = "".join(f"Company {n},Fund {n},{n + 1}000000,EUR,2025-01-01\n" for n in range(120))
    path = write(tmp_path, "big.csv", "company,investor,amount,currency,date\n" + rows)
    assert main(["--db", str(tmp_path / "d.db"), "--empty", "import", "--dry-run", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"would add: {path} (120 rows, 120 facts)"
    assert lines[1] == "  investment: Company 0 · €1M · 2025-01-01 · investor: Fund 0"
    assert lines[50] == "  investment: Company 49 · €50M · 2025-01-01 · investor: Fund 49"
    assert lines[51:] == ["  … and 70 more facts"]
    assert main(["--db", str(tmp_path / "d.db"), "--empty", "import", "--dry-run", "--json", str(path)]) == 0
    (checked,) = json.loads(capsys.readouterr().out)["deal_files"]
    assert "first_facts" not in checked and checked["facts"] == 120  # the JSON shape is unchanged
