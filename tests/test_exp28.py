"""exp28: exports and conflicts, loose ends left by session 27. A conflict line names a deal file's row
by its line; an article and a deal file's row citing it are one source of a deal's export row; the
account counted for a deal several sources tell does not depend on import order; the FollowTheMoney
export carries the metrics and the retracted marks of the JSON export; a re-import of an unchanged
deal file fills the lines its rows imported before m041 lack."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)
from test_export_correction_stories import KELVANE, KELVANE_CORRECTED
from test_fixD26 import markdown_rows
from test_fixD27 import HELIX_B, HELIX_B_TITLE, VENDOR_A, VENDOR_B
from test_line27 import VENDOR_A as LINE27_VENDOR_A
from test_line27 import VENDOR_B as LINE27_VENDOR_B
from test_line27 import as_of_m040

from ai_deals.store import Store

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


# --- 1. An article and a deal file's row citing it are one source of a deal -------------------------


def one_per_deal_rounds(capsys, db, fmt: str = "json") -> list[dict]:
    out = run_ok(capsys, db, "export", "--company", "Helix Robotics", "--format", fmt, "--one-per-deal")
    if fmt == "md":
        return [row for row in markdown_rows(out) if row["record_type"] == "round"]
    return [row for row in json.loads(out)["records"] if row["record_type"] == "round"]


HELIX_FILES = (("vendorA.csv", VENDOR_A), ("vendorB.csv", VENDOR_B), ("helix_b.txt", HELIX_B))


def test_one_per_deal_names_an_article_and_the_vendor_row_citing_it_as_one_source(capsys, tmp_path):
    helix = import_files(capsys, tmp_path, *HELIX_FILES)
    series_a, series_b = one_per_deal_rounds(capsys, helix)
    assert series_b["sources"] == f"{HELIX_B_TITLE} · 2026-01-20 (cited by vendorA.csv:3); vendorB.csv:3"
    # the Series A's article is not imported: vendor A's row is all that tells it, at its line
    assert series_a["sources"] == (
        f"https://wire.example/helix-a (from vendorA.csv:2); {HELIX_B_TITLE} · 2026-01-20; vendorB.csv:2"
    )
    markdown = one_per_deal_rounds(capsys, helix, "md")
    assert [row["sources"] for row in markdown] == [series_a["sources"], series_b["sources"]]


# --- 5. A re-import of an unchanged file fills the lines its rows imported before m041 lack -----------


def lines_of(db: Path, title: str) -> list[int | None]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT e.line FROM evidence e JOIN sources s ON s.id = e.source_id WHERE s.title = ? ORDER BY e.id",
            [title],
        )
        return [line for (line,) in rows]


def counts(db: Path) -> tuple[int, ...]:
    with sqlite3.connect(db) as conn:
        return tuple(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES)


TABLES = ("sources", "rounds", "stakes", "metrics", "evidence")


def test_reimporting_an_unchanged_file_imported_before_m041_fills_its_rows_lines(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("vendorA.csv", LINE27_VENDOR_A), ("vendorB.csv", LINE27_VENDOR_B))
    as_of_m040(db)
    with sqlite3.connect(db) as conn:  # imported a day before m041, as an m040 database's files were
        conn.execute("UPDATE sources SET imported_at = '2026-01-01T00:00:00+00:00'")
    with Store.open(db):
        pass  # m041 applied now: the rows imported before it keep no line
    assert lines_of(db, "vendorA.csv") == [None, None]
    before = counts(db)
    dry = run_ok(capsys, db, "import", "--dry-run", str(tmp_path / "vendorA.csv"))
    assert "(already imported; would fill in its rows' lines)" in dry
    assert lines_of(db, "vendorA.csv") == [None, None]
    out = run_ok(capsys, db, "import", str(tmp_path / "vendorA.csv"))
    assert out.strip().splitlines()[-1] == (
        "unchanged: vendorA.csv (already imported; 2 row lines filled in)"
    )
    assert lines_of(db, "vendorA.csv") == [
        2,
        4,
    ]  # the quoted newline's row on its own line, as imported today
    assert lines_of(db, "vendorB.csv") == [None]  # not re-imported: its own re-import fills it
    assert counts(db) == before  # no record written
    again = run_ok(capsys, db, "import", str(tmp_path / "vendorA.csv"))
    assert again.strip().splitlines()[-1] == "unchanged: vendorA.csv (already imported)"  # not read again


# --- 2. The account counted for a deal does not depend on import order ------------------------------

# Two deal files telling one stake, and a second article stating Helix's headcount as the first does.
STAKES_A = "kind,company,investor,amount,currency,round_type,date\ninvestment,Helix Robotics,Orbit Fund,5000000,USD,,2025-07-01\n"
STAKES_B = "kind,company,investor,amount,currency,round_type,date\ninvestment,Helix Robotics,Orbit Fund,5000000,USD,,2025-07-01\n\n"
HEADCOUNT = """title: Helix Robotics hires in Lyon
date: 2026-01-20
url: https://other.example/helix-staff
language: en

Helix Robotics said it now employs 140 people.
"""
EVERY_FILE = (
    *HELIX_FILES,
    ("stakesA.csv", STAKES_A),
    ("stakesB.csv", STAKES_B),
    ("headcount.txt", HEADCOUNT),
)


def told(capsys, tmp_path: Path, files) -> dict[str, object]:
    """What a user sees of Helix's deals after importing `files` in that order: each record (by the row
    or sentence it was read from) with what it counts and whether it is the deal's counted account, the
    one-per-deal rows, and the page's money raised."""
    folder = tmp_path / "-".join(name for name, _ in files)
    folder.mkdir()
    db = import_files(capsys, folder, *files)
    full = json.loads(run_ok(capsys, db, "export", "--format", "json"))["records"]
    deals = json.loads(run_ok(capsys, db, "export", "--format", "json", "--one-per-deal"))["records"]
    page = json.loads(run_ok(capsys, db, "show", "Helix Robotics", "--json"))
    return {
        "records": sorted(
            (row["record_type"], row["sentence"], row["counted"] or 0, row["same_as"] is None)
            for row in full
            if row["record_type"] != "company"
        ),
        "deals": sorted(
            (row["record_type"], row["sentence"], row["counted"] or 0, row["sources"]) for row in deals
        ),
        "raised": page["raised"],
    }


def test_the_account_counted_for_a_deal_is_the_same_whatever_the_import_order(capsys, tmp_path):
    forward = told(capsys, tmp_path, EVERY_FILE)
    backward = told(capsys, tmp_path, EVERY_FILE[::-1])
    assert forward == backward
    assert forward["raised"] == {"USD": 120e6}  # $25M + $90M + the $5M stake, each once
    counted = {sentence for kind, sentence, _, shown in forward["records"] if shown and kind != "company"}
    # the article's own sentence over vendor A's row citing it; of two files' own rows, vendorA.csv by name
    assert any(sentence.startswith("SAN FRANCISCO") for sentence in counted)
    assert not any(sentence.startswith("Helix Robotics,2026-01-20") for sentence in counted)
    assert "investment,Helix Robotics,Orbit Fund,5000000,USD,,2025-07-01" in counted
    assert sum(1 for kind, *_ in forward["deals"] if kind == "metric") == 1  # 140 people, told twice: once


# --- 3. The FollowTheMoney export carries the JSON export's facts -----------------------------------

ECLAIR_FUND = """title: Éclair Ventures boucle un nouveau fonds de 300 millions d'euros
date: 2026-02-05
language: fr

PARIS, 5 février (Dépêche) - Le fonds de capital-risque parisien Éclair Ventures a annoncé jeudi la clôture de son troisième fonds, Éclair Fund III, doté de 300 millions d'euros, destiné à des start-up d'intelligence artificielle en Europe.
"""


def ftm_lines(capsys, db: Path, *argv: str) -> list[dict]:
    out = run_ok(capsys, db, "export", "--format", "ftm", *argv)
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_the_ftm_export_gives_a_figure_as_an_event_of_its_company(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("fund.txt", ECLAIR_FUND), ("helix_b.txt", HELIX_B))
    events = {e["properties"]["name"][0]: e for e in ftm_lines(capsys, db) if e["schema"] == "Event"}
    assert set(events) == {"fund closed (Éclair Fund III): €300M"}
    fund = events["fund closed (Éclair Fund III): €300M"]["properties"]
    companies = {
        e["id"]: e["properties"]["name"][0] for e in ftm_lines(capsys, db) if e["schema"] == "Company"
    }
    assert [companies[party] for party in fund["involved"]] == ["Éclair Ventures"]
    assert fund["date"] == ["2026-02-05"] and fund["summary"][0].startswith("PARIS, 5 février")
    only = ftm_lines(capsys, db, "--kind", "metric")  # a filter keeps its figures and their companies
    assert sorted(e["schema"] for e in only) == ["Company", "Event"]


def test_the_ftm_export_marks_the_round_a_correction_withdrew_as_the_json_export_does(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("k1.txt", KELVANE), ("k2.txt", KELVANE_CORRECTED))
    rounds = json.loads(run_ok(capsys, db, "export", "--format", "json"))["records"]
    retracted = {row["amount"] for row in rounds if row["record_type"] == "round" and row["retracted"]}
    assert retracted == {42e6}
    for argv in ((), ("--company", "Kelvane AI")):
        payments = {
            e["properties"]["amount"][0]: e["properties"].get("description", [""])[0]
            for e in ftm_lines(capsys, db, *argv)
            if e["schema"] == "Payment"
        }
        assert payments["42000000"].startswith("retracted: its outlet's correction withdrew this figure")
        assert "retracted" not in payments["48000000"]


def test_the_ftm_export_with_figures_and_retractions_validates_against_followthemoney(capsys, tmp_path):
    model = pytest.importorskip("followthemoney").model
    db = import_files(
        capsys, tmp_path, ("fund.txt", ECLAIR_FUND), ("k1.txt", KELVANE), ("k2.txt", KELVANE_CORRECTED)
    )
    entities = ftm_lines(capsys, db)
    ids = {entity["id"] for entity in entities}
    for entity in entities:
        proxy = model.get_proxy(entity, cleaned=False)  # raises on an unknown schema or property
        for prop, values in entity["properties"].items():
            if proxy.schema.get(prop).type.name == "entity":
                assert set(values) <= ids  # every link points at an exported entity
