"""Tester qa50's deal files (an LP analyst with two vendors' exports of the same deals): a spelling the
knowledge file gives a fund joins it, a dry run says which rounds the database already has and what it
would create, and the small things ("Undisclosed", "Q3 2025", an unchanged file's progress bar)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run, run_ok  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.store import Store, bulk

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


@pytest.mark.parametrize("lazily", [True, False], ids=["names-read-on-demand", "names-read-up-front"])
def test_a_knowledge_spelling_joins_the_fund_whichever_way_the_import_reads_the_databases_names(
    capsys, tmp_path, monkeypatch, lazily
):
    """A small file into a big database reads its names on demand (store/lazy_names.py): the same join."""
    db = tmp_path / "x.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(_write(tmp_path, "a.csv", VENDOR_A)))[0] == 0
    monkeypatch.setattr(bulk, "resolves_lazily", lambda conn, hint: lazily)
    assert run(capsys, "--db", str(db), "import", str(_write(tmp_path, "b.csv", VENDOR_B)))[0] == 0
    assert not {"a16z", "Sequoia", "Lightspeed"} & set(_names(db))


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


# -- #2 a dry run says which rounds are already here, and the names it would make ---------------------------------


def _vendor_a_then_dry_run_of_b(capsys, tmp_path: Path, *options: str) -> str:
    db = tmp_path / "x.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(_write(tmp_path, "a.csv", VENDOR_A)))[0] == 0
    return run_ok(capsys, db, "import", str(_write(tmp_path, "b.csv", VENDOR_B)), "--dry-run", *options)


def test_a_dry_run_says_how_many_rounds_are_raises_already_in_the_database(capsys, tmp_path):
    out = _vendor_a_then_dry_run_of_b(capsys, tmp_path)
    assert "would add: " in out and " (3 rows, 3 facts)\n" in out
    assert (
        "  2 of its 3 rounds are raises already in the database, told by other sources "
        "(pages show each once, with every source)\n"
    ) in out


def test_a_dry_run_names_the_investors_and_companies_it_would_make(capsys, tmp_path):
    out = _vendor_a_then_dry_run_of_b(capsys, tmp_path)
    assert "  new investor: Kima Ventures\n" in out and "  new company: Cobalt Agents\n" in out
    # The funds it spells otherwise are known: none of them is new.
    assert "a16z" not in out.split("  new investor")[1]


def test_a_json_dry_run_has_the_rounds_already_here_and_the_names_it_would_make(capsys, tmp_path):
    [entry] = json.loads(_vendor_a_then_dry_run_of_b(capsys, tmp_path, "--json"))["deal_files"]
    assert (entry["rounds"], entry["rounds_known"]) == (3, 2)
    assert (entry["new_investors"], entry["new_investor_count"]) == (["Kima Ventures"], 1)
    assert (entry["new_companies"], entry["new_company_count"]) == (["Cobalt Agents"], 1)


def test_a_dry_run_into_an_empty_database_names_no_new_names(capsys, tmp_path):
    """Every name is new there: naming them all would say nothing."""
    db = tmp_path / "x.db"
    out = run_ok(capsys, db, "--empty", "import", str(_write(tmp_path, "a.csv", VENDOR_A)), "--dry-run")
    assert "already in the database" not in out and "  new " not in out


def test_a_dry_run_names_the_first_new_investors_and_counts_the_rest(capsys, tmp_path):
    db = tmp_path / "x.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(_write(tmp_path, "a.csv", VENDOR_A)))[0] == 0
    rows = "".join(
        f"Co {n},Fund {chr(65 + n)} Partners,Seed,1000000,USD,2025-01-{n + 1:02d}\n" for n in range(13)
    )
    deals = _write(tmp_path, "many.csv", "company,investors,round_type,amount,currency,date\n" + rows)
    out = run_ok(capsys, db, "import", str(deals), "--dry-run")
    funds = ", ".join(f"Fund {chr(65 + n)} Partners" for n in range(10))
    assert f"  new investors: {funds} … and 3 more\n" in out
    assert "  new companies: Co 0, Co 1, Co 2, Co 3, Co 4, Co 5, Co 6, Co 7, Co 8, Co 9 … and 3 more\n" in out


# -- #3 "Undisclosed", a quarter, an unchanged file's progress bar -------------------------------------------------

UNDISCLOSED = (
    "company,investors,round_type,amount,currency,date\n"
    "Hidden Backer Labs,Undisclosed,Series A,14000000,USD,2025-09-09\n"
    "Quiet Labs,undisclosed,Seed,2000000,USD,2025-10-01\n"
    "Open Labs,Gorse Ventures,Seed,3000000,USD,2025-11-01\n"
)


def test_an_import_says_once_how_many_investor_cells_were_read_as_no_investor(capsys, tmp_path):
    path = _write(tmp_path, "u.csv", UNDISCLOSED)
    out = run_ok(capsys, tmp_path / "x.db", "--empty", "import", str(path))
    assert "  2 investor cells ('Undisclosed', 'undisclosed') read as no investor\n" in out
    out = run_ok(capsys, tmp_path / "y.db", "--empty", "import", str(path), "--dry-run")
    assert out.count(" read as no investor") == 1


def test_a_json_dry_run_counts_the_investor_cells_read_as_no_investor(capsys, tmp_path):
    path = _write(tmp_path, "u.csv", UNDISCLOSED.replace("undisclosed", "Undisclosed"))
    out = run_ok(capsys, tmp_path / "x.db", "--empty", "import", str(path), "--dry-run", "--json")
    [entry] = json.loads(out)["deal_files"]
    assert (entry["investors_unstated"], entry["investors_unstated_as"]) == (2, ["Undisclosed"])


def test_a_blank_investor_cell_is_not_said(capsys, tmp_path):
    path = _write(tmp_path, "u.csv", "company,investors,amount,currency,date\nA Co,,5000000,USD,2025-01-01\n")
    assert "read as no investor" not in run_ok(capsys, tmp_path / "x.db", "--empty", "import", str(path))


def test_a_quarter_for_a_date_is_refused_with_its_first_month_to_write(capsys, tmp_path):
    path = _write(tmp_path, "q.csv", "company,amount,currency,date\nQuarter Date Inc,5000000,USD,Q3 2025\n")
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), "--empty", "import", str(path))
    assert code == 1
    assert "'Q3 2025' is not a date (" in err and "; a quarter: write its first month, 2025-07)" in err


def test_importing_an_unchanged_file_again_draws_no_progress_bar(capsys, tmp_path):
    path = _write(tmp_path, "a.csv", VENDOR_A)
    db = tmp_path / "x.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0 and "2/2" in err  # the first import's bar (on standard error, as the column mapping)
    code, out, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 0 and "unchanged: " in out
    assert "Company Name → company" in err and "0/0" not in err and "━" not in err


def test_import_json_counts_the_investor_cells_read_as_no_investor_and_keeps_the_dry_runs_ids_out(
    capsys, tmp_path
):
    path = _write(tmp_path, "u.csv", UNDISCLOSED)
    [entry] = json.loads(run_ok(capsys, tmp_path / "x.db", "--empty", "import", str(path), "--json"))[
        "imported"
    ]
    assert (entry["investors_unstated"], entry["investors_unstated_as"]) == (
        2,
        ["Undisclosed", "undisclosed"],
    )
    assert not {"first_new_round", "first_new_company", "news"} & set(entry)
