"""A corrected re-import says how many companies it removed (those only its earlier version named),
for a deal file and for an article, on its summary line and in `import --json`."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import run

DEALS_V1 = (
    "company,investors,amount,currency,date,round\n"
    "Foocorp,InvA,1000000,USD,2024-01-05,Seed\n"
    "Barcorp,InvB|InvA,2000000,USD,2024-02-05,Series A\n"
)
DEALS_V2 = "company,investors,amount,currency,date,round\nFoocorp,InvA,1000000,USD,2024-01-05,Seed\n"
HEADER = "URL: https://example.com/zeta-raise\nTitle: Zeta AI raises $20 million\n\n"
FIRST = (
    HEADER + "Zeta AI raised $20 million in a Series A round led by Kestrel Analytics on February 3, 2026.\n"
)
CORRECTED = (
    HEADER + "Zeta AI raised $20 million in a Series A round led by Vantor Capital on February 3, 2026.\n"
)


def reimport(capsys, tmp_path: Path, name: str, first: str, corrected: str, *json_flag: str) -> str:
    """Standard output of importing `corrected` over `first` (the same file, corrected)."""
    db, path = str(tmp_path / "r.db"), tmp_path / name
    path.write_text(first, encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "--empty", "import", str(path))
    assert code == 0 and "removed" not in out, err
    path.write_text(corrected, encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "--empty", "import", str(path), *json_flag)
    assert code == 0, err
    return out


def test_a_corrected_deal_file_says_how_many_companies_no_longer_named_were_removed(capsys, tmp_path):
    out = reimport(capsys, tmp_path, "deals.csv", DEALS_V1, DEALS_V2)
    # Barcorp, and InvB which only Barcorp's round named
    assert (
        out.splitlines()[0] == "replaced: deals.csv (1 row, 1 fact; 2 companies no longer named were removed)"
    )


def test_a_corrected_article_says_how_many_companies_no_longer_named_were_removed(capsys, tmp_path):
    out = reimport(capsys, tmp_path, "zeta.txt", FIRST, CORRECTED)
    assert out.splitlines()[0] == (
        # The story has no date: its line says so after the removal.
        "replaced: Zeta AI raises $20 million (1 fact; 1 company no longer named was removed; "
        "undated: the article states no date; --published YYYY-MM-DD gives one)"
    )


def test_import_json_gives_the_companies_a_corrected_reimport_removed(capsys, tmp_path):
    (deals,) = json.loads(reimport(capsys, tmp_path, "deals.csv", DEALS_V1, DEALS_V2, "--json"))["imported"]
    (tmp_path / "a").mkdir()
    (article,) = json.loads(reimport(capsys, tmp_path / "a", "zeta.txt", FIRST, CORRECTED, "--json"))[
        "imported"
    ]
    assert (deals["companies_removed"], article["companies_removed"]) == (2, 1)


def test_a_reimport_that_removes_no_company_says_nothing_of_removals(capsys, tmp_path):
    out = reimport(capsys, tmp_path, "deals.csv", DEALS_V1, DEALS_V1.replace("2000000", "3000000"))
    assert out.splitlines()[0] == "replaced: deals.csv (2 rows, 2 facts)"
