"""Tester qa50's deal files (an LP analyst with two vendors' exports of the same deals): a spelling the
knowledge file gives a fund joins it, a dry run says which rounds the database already has and what it
would create, and the small things ("Undisclosed", "Q3 2025", an unchanged file's progress bar)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run, run_ok  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.store import Store

VENDOR_A = (
    "Company Name,Deal Date,Funding Stage,Deal Size (M),Deal Currency,All Investors,Lead Investor(s),HQ Country\n"
    "Helix Robotics,2025-03-14,Series A,25,USD,Andreessen Horowitz; Sequoia Capital; Index Ventures,"
    "Andreessen Horowitz,US\n"
    "Helix Robotics,2026-01-20,Series B,90,USD,Andreessen Horowitz; Sequoia Capital; Lightspeed Venture Partners,"
    "Sequoia Capital,US\n"
)
VENDOR_B = (
    "Organization Name,Announced Date,Funding Type,Money Raised,Money Raised Currency,Investor Names,Lead Investors\n"
    'Helix Robotics,"Mar 14, 2025",Series A,25000000,USD,"a16z, Sequoia, Index Ventures",a16z\n'
    'Helix Robotics,"Jan 20, 2026",Series B,90000000,USD,"a16z, Sequoia, Lightspeed",Sequoia\n'
    'Cobalt Agents,"Mar 03, 2026",Series A,40000000,USD,"a16z, Index Ventures, Kima Ventures",a16z\n'
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _names(db: Path) -> list[str]:
    with Store(db, readonly=True) as store:
        return [row[0] for row in store.db.execute("SELECT name FROM companies ORDER BY name")]


def _page(capsys, db: Path, company: str) -> dict:
    return json.loads(run_ok(capsys, db, "show", company, "--json"))


# -- #1 a spelling the knowledge file knows joins the fund ---------------------------------------------------------


@pytest.mark.parametrize("order", [("a.csv", "b.csv"), ("b.csv", "a.csv")], ids=["full-first", "short-first"])
def test_knowledge_spellings_of_a_fund_in_a_deal_file_join_it_in_either_order(capsys, tmp_path, order):
    files = {"a.csv": _write(tmp_path, "a.csv", VENDOR_A), "b.csv": _write(tmp_path, "b.csv", VENDOR_B)}
    db = tmp_path / "x.db"
    for name in order:
        code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(files[name]))
        assert code == 0, err
    names = _names(db)
    assert not {"a16z", "Sequoia", "Lightspeed"} & set(names)
    assert {"Andreessen Horowitz", "Sequoia Capital", "Lightspeed Venture Partners"} <= set(names)
    # One raise, told by both vendors: each fund listed once, one lead per vendor's lead.
    page = _page(capsys, db, "Helix Robotics")
    series_a, series_b = page["rounds"]
    assert sorted(series_a["investors"]) == ["Andreessen Horowitz", "Index Ventures", "Sequoia Capital"]
    assert series_a["lead_investors"] == ["Andreessen Horowitz"]
    assert sorted(series_b["investors"]) == [
        "Andreessen Horowitz",
        "Lightspeed Venture Partners",
        "Sequoia Capital",
    ]
    assert series_b["lead_investors"] == ["Sequoia Capital"]
    assert page["investor_count"] == 4
    # The vendor's spelling finds the fund (an alias), and search shows one investor for it.
    out = run_ok(capsys, db, "search", "a16z", "--json")
    assert {hit["name"] for hit in json.loads(out)["results"]} == {"Andreessen Horowitz"}


def test_a_deal_file_alone_names_a_known_fund_by_its_knowledge_name_with_its_spelling_as_alias(
    capsys, tmp_path
):
    db = tmp_path / "x.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(_write(tmp_path, "b.csv", VENDOR_B)))[0] == 0
    assert "Andreessen Horowitz" in _names(db) and "a16z" not in _names(db)
    with Store(db, readonly=True) as store:
        found = store.find_company("a16z", exact=True)
        assert found is not None and found.name == "Andreessen Horowitz"


def test_an_unknown_short_name_still_makes_its_own_company(capsys, tmp_path):
    """Only the knowledge file's spellings join: "Kima" is no spelling of Kima Ventures it knows, and
    different rounds never join firms sharing a first word (README, "Within one round")."""
    deals = (
        "company,investors,round_type,amount,currency,date\n"
        "Cobalt Agents,Kima Ventures,Seed,4000000,EUR,2025-01-01\n"
        "Ondine Vision,Kima,Seed,3000000,EUR,2025-02-01\n"
    )
    db = tmp_path / "x.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(_write(tmp_path, "k.csv", deals)))[0] == 0
    assert {"Kima", "Kima Ventures"} <= set(_names(db))
