"""exp28: exports and conflicts, loose ends left by session 27. A conflict line names a deal file's row
by its line; an article and a deal file's row citing it are one source of a deal's export row; the
account counted for a deal several sources tell does not depend on import order; the FollowTheMoney
export carries the metrics and the retracted marks of the JSON export; a re-import of an unchanged
deal file fills the lines its rows imported before m041 lack."""

from __future__ import annotations

from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)

# A deal file's own row giving $30M where the article says $28M: a conflict between the two.
DEALS = (
    "Company Name,Deal Date,Funding Stage,Deal Size (M),Deal Currency,All Investors,Lead Investor(s)\n"
    "Kestrel AI,2025-05-06,Seed,4,USD,Seedcamp,Seedcamp\n"
    "Zephyr Analytics,2025-04-02,Series A,30,USD,Index Ventures,Index Ventures\n"
)
ZEPHYR = (
    "title: Zephyr Analytics raises $28 million\n"
    "date: 2025-04-02\n"
    "url: https://wire.example/zephyr\n"
    "language: en\n\n"
    "Zephyr Analytics said on Wednesday it raised $28 million in a Series A round led by Index Ventures.\n"
)


def conflict_lines(out: str) -> list[str]:
    return [line.strip() for line in out.splitlines() if line.startswith("CONFLICT")]


def test_a_conflict_line_names_the_deal_files_row_by_its_line(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    db = import_files(capsys, tmp_path, ("deals.csv", DEALS), ("zephyr.txt", ZEPHYR))
    out = run_ok(capsys, db, "show", "Zephyr Analytics")
    assert conflict_lines(out) == [
        "CONFLICT round 2025-04-02: $28M per Zephyr Analytics raises $28 million vs $30M per deals.csv:3"
    ]
