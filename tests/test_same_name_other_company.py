"""Two sources giving one name join one company (by design), but an import joining a company whose
city or trade it states otherwise says so in one line, with the split that parts them, and the
company keeps the details its first source gave."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import run

BERLIN = """title: Ledgerline raises $10 million
date: 2025-03-01
url: https://example.com/l1
language: en

Ledgerline, a Berlin-based accounting software startup, raised $10 million in a Series A led by Earlybird.
"""
MUNICH_ROBOTICS = """title: Ledgerline secures funding
date: 2025-04-01
url: https://example.com/l2
language: en

Ledgerline, a Munich robotics company, secured €3 million in seed funding from UVC Partners.
"""
MUNICH_ACCOUNTING = """title: Ledgerline raises again
date: 2025-05-01
url: https://example.com/l3
language: en

Ledgerline, a Munich-based accounting software startup, raised $5 million from Earlybird.
"""
BERLIN_AGAIN = """title: Ledgerline expands
date: 2025-06-01
url: https://example.com/l4
language: en

Ledgerline, a Berlin-based accounting software startup, raised $2 million from Earlybird.
"""


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def import_both(capsys, tmp_path: Path, second: str) -> tuple[Path, str]:
    db = tmp_path / "deals.db"
    paths = [write(tmp_path, "first.txt", BERLIN), write(tmp_path, "second.txt", second)]
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", *paths)
    assert code == 0, err
    return db, out


def company(capsys, db: Path, name: str = "Ledgerline") -> dict:
    code, out, err = run(capsys, "--db", str(db), "show", name, "--json")
    assert code == 0, err
    return json.loads(out)["company"]


def test_joining_a_company_of_another_city_and_trade_says_so_with_the_split(capsys, tmp_path):
    db, out = import_both(capsys, tmp_path, MUNICH_ROBOTICS)
    assert (
        "  joined Ledgerline (Munich, DE; robotics) with Ledgerline (Berlin, DE; accounting): if they are "
        'different companies, `ai-deals split Ledgerline "Ledgerline (Munich)" --source '
        "https://example.com/l2` makes this source's Ledgerline one of its own"
    ) in out.splitlines()
    joined = company(capsys, db)
    assert (joined["city"], joined["sector"]) == ("Berlin", None)  # the first source's, no robotics
    assert joined["description"] == "Berlin-based accounting software startup"


def test_joining_a_company_of_another_city_only_says_so(capsys, tmp_path):
    db, out = import_both(capsys, tmp_path, MUNICH_ACCOUNTING)
    notes = [line for line in out.splitlines() if line.startswith("  joined ")]
    assert notes == [
        "  joined Ledgerline (Munich, DE) with Ledgerline (Berlin, DE): if they are different companies, "
        '`ai-deals split Ledgerline "Ledgerline (Munich)" --source https://example.com/l3` makes this '
        "source's Ledgerline one of its own"
    ]
    assert company(capsys, db)["city"] == "Berlin"


def test_joining_a_company_its_sources_describe_alike_says_nothing(capsys, tmp_path):
    _, out = import_both(capsys, tmp_path, BERLIN_AGAIN)
    assert "joined" not in out


def test_the_split_the_note_gives_parts_the_two_companies(capsys, tmp_path):
    db, _ = import_both(capsys, tmp_path, MUNICH_ROBOTICS)
    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "split",
        "Ledgerline",
        "Ledgerline (Munich)",
        "--source",
        "https://example.com/l2",
    )
    assert code == 0, err
    kept, other = company(capsys, db), company(capsys, db, "Ledgerline (Munich)")
    assert (kept["city"], other["city"], other["sector"]) == ("Berlin", "Munich", "robotics")
