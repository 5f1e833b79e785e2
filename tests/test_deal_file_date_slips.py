"""A deal file of ISO dates with one US-style date among them lists that row as a bad row, beside the
file's other problems, in one pass: it was refused whole as "written month first", hiding its other
bad rows until re-run. A file whose slash dates are its way of writing dates, or whose slips include
a date both orders read (which day first would read the wrong way), is still refused whole."""

from __future__ import annotations

import pytest
from cli_helpers import run

from ai_deals.importers.structured import RowError, WrongDateOrder, iter_deal_rows

HEADER = "company,amount,currency,date,round\n"
# Most dates ISO, one written month first, and three other bad rows.
SLIPS = HEADER + (
    "Alpha AI,10M,USD,2025-01-05,Seed\n"
    "Beta AI,20M,USD,12/31/2025,Series A\n"
    "Gamma AI,abc,USD,2025-02-06,Seed\n"
    ",30M,USD,2025-03-07,Seed\n"
    "Delta AI,40M,XYZ,2025-04-08,Seed\n"
)
PROBLEMS = [
    "3: date: '12/31/2025' is not DD/MM/YYYY; for month/day files use --date-order mdy",
    "4: amount: 'abc' is not an amount",
    "5: company: missing",
    "6: currency: 'XYZ' is not a currency code (e.g. USD, EUR, CHF)",
]


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_month_first_date_among_iso_dates_is_a_bad_row_beside_the_files_other_bad_rows(tmp_path):
    path = write(tmp_path, "bad.csv", SLIPS)
    rows = list(iter_deal_rows(path))
    assert [str(row) for row in rows if isinstance(row, RowError)] == [f"{path}:{p}" for p in PROBLEMS]
    assert [row.company for row in rows if not isinstance(row, RowError)] == ["Alpha AI"]


def test_a_slip_among_iso_dates_beside_a_date_both_orders_read_still_refuses_the_file(tmp_path):
    """02/03/2025 beside 12/31/2025 is February 3: read day first it would be written as March 2."""
    text = HEADER + "".join(f"C{n},1M,USD,2025-01-0{n},Seed\n" for n in range(1, 5))
    path = write(tmp_path, "amb.csv", text + "D,1M,USD,12/31/2025,Seed\nE,1M,USD,02/03/2025,Seed\n")
    with pytest.raises(WrongDateOrder, match=r"written month first \(line 6: '12/31/2025'"):
        list(iter_deal_rows(path))


def test_a_file_whose_dates_are_mostly_month_first_is_still_refused_whole(tmp_path):
    text = HEADER + "A,1M,USD,2025-01-05,Seed\nB,1M,USD,12/31/2025,Seed\nC,1M,USD,12/30/2025,Seed\n"
    with pytest.raises(WrongDateOrder, match=r"written month first \(line 3: '12/31/2025'"):
        list(iter_deal_rows(write(tmp_path, "us.csv", text)))


def test_a_dry_run_skipping_bad_rows_lists_every_problem_of_the_file_in_one_pass(capsys, tmp_path):
    path = write(tmp_path, "bad.csv", SLIPS)
    db = tmp_path / "d.db"
    code, out, _ = run(capsys, "--db", str(db), "import", str(path), "--skip-bad-rows", "--dry-run")
    assert code == 0
    assert out.splitlines()[0] == f"would add: {path} (5 rows (1 good), 1 fact)"
    facts_and_problems = [
        line.strip() for line in out.splitlines()[1:] if " → " not in line and not line.startswith("  new ")
    ]  # less the mapping and the names it would make (`told_before`)
    assert facts_and_problems[1:] == [f"{path}:{p}" for p in PROBLEMS]
    assert "would refuse" not in out and not db.exists()


def test_importing_the_file_lists_every_bad_row_and_writes_nothing(capsys, tmp_path):
    path = write(tmp_path, "bad.csv", SLIPS)
    db = tmp_path / "d.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 1
    for problem in PROBLEMS:
        assert f"{path}:{problem}" in err
    assert err.splitlines()[-1] == (
        f"ai-deals: error: {path}: 4 bad rows; nothing was written (--skip-bad-rows writes the good ones)"
    )
    assert not db.exists()
