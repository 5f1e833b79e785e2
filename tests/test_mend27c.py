"""A reviewer's findings on session 27's exports and deal-file dry run (mend27c): a filtered one-per-deal
export summing as the full one, the dry run's "already in the database" reading only the companies
whose raises can fold, a dry run of several files telling each file's news against the database as
it was, and a just-seeded database's dry run naming nothing new."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse fixture)

from ai_deals.store import told_before

HEADER = "Company Name,Deal Date,Funding Stage,Deal Size (M),Deal Currency,All Investors,Lead Investor(s),Source URL\n"


def vendor_file(tmp_path: Path, name: str, host: str) -> Path:
    """A vendor's file of Kestrel's Series A and Orbis's seed, its rows citing pages of `host`."""
    path = tmp_path / name
    path.write_text(
        HEADER
        + f"Kestrel AI,2025-03-14,Series A,25,USD,Fund Alpha; Fund Beta,Fund Alpha,https://{host}/kestrel\n"
        + f"Orbis Labs,2025-06-02,Seed,6,USD,Fund Gamma,Fund Gamma,https://{host}/orbis\n",
        encoding="utf-8",
    )
    return path


def dry_run_lines(capsys, db: Path, *paths: Path) -> list[str]:
    """The dry run's lines, but its column mapping and facts listed."""
    code, out, err = run(capsys, "--db", str(db), "import", "--dry-run", *map(str, paths))
    assert code == 0, err
    return [line for line in out.splitlines() if "→" not in line and not line.startswith("  round:")]


def other_database(capsys, tmp_path: Path) -> Path:
    """A seeded database holding a deal file of other companies and investors."""
    db = tmp_path / "deals.db"
    other = tmp_path / "other.csv"
    other.write_text(HEADER + "Nimbus AI,2024-01-10,Seed,3,USD,Fund Omega,Fund Omega,\n", encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", str(other))[0] == 0
    return db


def test_a_first_imports_dry_run_into_a_just_seeded_database_names_nothing_new(capsys, tmp_path):
    """Every new database is seeded (OpenAI, Amazon, Nvidia…): "the database had no company" never
    held, and a first import's dry run listed every investor of the file as new."""
    lines = dry_run_lines(capsys, tmp_path / "new.db", vendor_file(tmp_path, "a.csv", "wire.example"))
    assert lines == [f"would add: {tmp_path / 'a.csv'} (2 rows, 2 facts)"]


def test_a_dry_run_of_two_files_does_not_credit_the_first_files_rounds_to_the_database(capsys, tmp_path):
    """The second vendor's file of the same deals told "2 of its 2 rounds are raises already in the
    database" (only the first file, dry-run in the same transaction, had them), and named no new
    investor (the first file had made them)."""
    db = other_database(capsys, tmp_path)
    first = vendor_file(tmp_path, "a.csv", "wire.example")
    second = vendor_file(tmp_path, "b.csv", "other.example")
    lines = dry_run_lines(capsys, db, first, second)
    assert lines == [
        f"would add: {first} (2 rows, 2 facts)",
        "  new investors: Fund Alpha, Fund Beta, Fund Gamma",
        "  new companies: Kestrel AI, Orbis Labs",
        f"would add: {second} (2 rows, 2 facts)",
        "  new investors: Fund Alpha, Fund Beta, Fund Gamma",
        "  new companies: Kestrel AI, Orbis Labs",
    ]


def test_a_dry_run_still_tells_rounds_another_source_had_and_reads_only_those_that_can_fold(
    capsys, tmp_path, monkeypatch
):
    """Kestrel's Series A, imported from another vendor, is a raise already in the database (its twin:
    not even read), and Vela's too (a day and $1M apart: read and grouped as its page groups it);
    Orbis's only other round, years earlier, cannot be one raise with the file's: its rounds are not
    read (every company a 200k-row file touched was, half of its dry run)."""
    db = other_database(capsys, tmp_path)
    earlier = tmp_path / "earlier.csv"
    earlier.write_text(
        HEADER
        + "Kestrel AI,2025-03-14,Series A,25,USD,Fund Alpha,Fund Alpha,https://old.example/kestrel\n"
        + "Vela Robotics,2025-04-01,Series A,40,USD,Fund Delta,Fund Delta,https://old.example/vela\n"
        + "Orbis Labs,2019-06-02,Pre-seed,1,EUR,Fund Gamma,Fund Gamma,https://old.example/orbis\n",
        encoding="utf-8",
    )
    assert run(capsys, "--db", str(db), "import", str(earlier))[0] == 0
    path = vendor_file(tmp_path, "a.csv", "wire.example")
    with path.open("a", encoding="utf-8") as file:
        file.write(
            "Vela Robotics,2025-04-02,Series A,41,USD,Fund Delta,Fund Delta,https://wire.example/vela\n"
        )
    read: list[list[int]] = []
    fetch = told_before.fetch_records
    monkeypatch.setattr(
        told_before,
        "fetch_records",
        lambda db, kind, where, ids: read.append(list(ids)) or fetch(db, kind, where, ids),
    )
    lines = dry_run_lines(capsys, db, path)
    assert "  2 of its 3 rounds are raises already in the database, told by other sources" in " ".join(lines)
    assert [len(ids) for ids in read] == [1]  # Vela's rounds alone


def counted_sum(csv_text: str) -> float:
    """The sum of an export's `counted` column."""
    rows = csv.DictReader(io.StringIO(csv_text.lstrip("\ufeff")))
    return sum(float(row["counted"]) for row in rows if row.get("counted"))


def test_a_filtered_one_per_deal_export_sums_as_the_full_export_of_that_filter(capsys, tmp_path):
    """The same Series A from two files, of January 28 ($20M, the account counted) and February 3
    ($22M): exported from February, the full export lists the February row, counting nothing, but
    the one-per-deal export wrote the January row counting $20M, dated before its range."""
    db = tmp_path / "deals.db"
    for name, date, amount, host in (
        ("a.csv", "2024-01-28", 20, "wire"),
        ("b.csv", "2024-02-03", 22, "other"),
    ):
        path = tmp_path / name
        path.write_text(
            HEADER
            + f"Kestrel AI,{date},Series A,{amount},USD,Fund Alpha,Fund Alpha,https://{host}.example/k\n",
            encoding="utf-8",
        )
        assert run(capsys, "--db", str(db), "--empty", "import", str(path))[0] == 0
    full = run(capsys, "--db", str(db), "export", "--from", "2024-02", "--format", "csv")[1]
    code, per_deal, _ = run(
        capsys, "--db", str(db), "export", "--from", "2024-02", "--one-per-deal", "--format", "csv"
    )
    assert code == 0
    assert counted_sum(per_deal) == counted_sum(full) == 0
    company = ("--company", "Kestrel AI", "--from", "2024-02", "--format", "csv")
    assert counted_sum(run(capsys, "--db", str(db), "export", *company, "--one-per-deal")[1]) == 0
    assert (
        counted_sum(run(capsys, "--db", str(db), "export", "--one-per-deal", "--format", "csv")[1])
        == 20_000_000
    )
