"""qa48's findings: a Markdown export's `counted` column, vendor deal-file headers (words around a known
column name, a unit stated in the header), the dry run's column mapping, and one investor count."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run, run_ok  # noqa: F401 (autouse fixture)

SEED = next((Path(__file__).resolve().parents[1] / "seeds").glob("*openai*.txt"))
TOLD_AGAIN = (
    "company,investors,amount,currency,date,round,status\n"
    "OpenAI,Amazon; Nvidia; SoftBank,110000000000,USD,2026-02-27,,\n"
    "OpenAI,Thrive Capital; Dragoneer,40000000000,USD,2026-06-01,,in_talks\n"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def markdown_rows(text: str) -> list[dict[str, str]]:
    """A Markdown export's table rows by column name."""
    lines = [line for line in text.splitlines() if line.startswith("| ")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    return [
        dict(zip(header, (cell.strip() for cell in line.strip("|").split("|")), strict=True))
        for line in lines[1:]
    ]


# --- 9. Markdown export ---------------------------------------------------------------------------


def test_a_markdown_export_says_what_money_raised_counts_of_each_row_as_csv_does(capsys, tmp_path):
    db = tmp_path / "openai.db"
    deals = write(tmp_path, "openai-rounds.csv", TOLD_AGAIN)
    assert run(capsys, "--db", str(db), "--empty", "import", str(SEED), str(deals))[0] == 0
    rows = [
        row
        for row in markdown_rows(run_ok(capsys, db, "export", "--format", "md"))
        if row["record_type"] != "company"
    ]
    counted = [row for row in rows if row["counted"]]
    # Only the $110B round counts, less Amazon's $35B conditional: as the CSV's column says.
    assert [(row["record_type"], row["counted"]) for row in counted] == [("round", "$75B")]
    assert all(not row["counted"] for row in rows if row["status"] in ("in talks", "cumulative"))
