"""`ai-deals remove SOURCE`: a source imported by mistake goes with its evidence and every record only
it supports, in one transaction; what another source tells stays, and the file imports again."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import (
    private_default_db,  # noqa: F401 (autouse: no command touches the default db)
    run,
)

from ai_deals.store import Store

from read_only import read_only

STORY = (
    "title: Zeta AI raises $20 million\ndate: 2026-02-03\nurl: https://example.org/zeta\n\n"
    "Zeta AI raised $20 million in a Series A round led by Vantor Capital on February 3, 2026.\n"
)
OTHER_STORY = (
    "title: Kalmiro Robotics raises $5 million\ndate: 2024-01-02\nurl: https://example.org/kalmiro\n\n"
    "Kalmiro Robotics raised $5 million in a Seed round led by Osk Partners on January 2, 2024.\n"
)
DEALS = (
    "company,investor,amount,currency,date,round_type\n"
    "Brisa AI,Nuvola Fund,2000000,USD,2024-02-03,Seed\n"
    "Zeta AI,Vantor Capital,20000000,USD,2026-02-03,Series A\n"
)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "zeta": tmp_path / "zeta.txt",
        "kalmiro": tmp_path / "kalmiro.txt",
        "deals": tmp_path / "deals.csv",
    }
    paths["zeta"].write_text(STORY, encoding="utf-8")
    paths["kalmiro"].write_text(OTHER_STORY, encoding="utf-8")
    paths["deals"].write_text(DEALS, encoding="utf-8")
    return paths


def _db(capsys, tmp_path: Path, *paths: Path) -> Path:
    db = tmp_path / "t.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", *map(str, paths))
    assert code == 0, err
    return db


def _sources(capsys, db: Path) -> list[dict]:
    code, out, err = run(capsys, "--db", str(db), "sources", "--json")
    assert code == 0, err
    return json.loads(out)["sources"]


def _search(db: Path, name: str) -> list[str]:
    store = Store.open(db)
    try:
        return [hit.name for hit in store.search(name)]
    finally:
        store.close()


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def test_removing_an_article_takes_its_records_evidence_and_companies(capsys, tmp_path, files):
    db = _db(capsys, tmp_path, files["zeta"], files["kalmiro"])
    assert "Kalmiro Robotics" in _search(db, "Kalmiro Robotics")  # the search index is built first
    code, out, err = run(capsys, "--db", str(db), "remove", str(files["kalmiro"]), "--yes")
    assert code == 0, err
    assert out.startswith("removed “Kalmiro Robotics raises $5 million”")
    assert [source["title"] for source in _sources(capsys, db)] == ["Zeta AI raises $20 million"]
    assert _count(db, "SELECT count(*) FROM rounds WHERE company_id NOT IN (SELECT id FROM companies)") == 0
    assert _count(db, "SELECT count(*) FROM evidence WHERE source_id NOT IN (SELECT id FROM sources)") == 0
    assert _count(db, "SELECT count(*) FROM sources_fts WHERE sources_fts MATCH 'Kalmiro'") == 0
    assert "Kalmiro Robotics" not in _search(db, "Kalmiro Robotics")
    assert "Osk Partners" not in _search(db, "Osk Partners")
    assert "Zeta AI" in _search(db, "Zeta AI")


def test_removing_by_url_or_id_and_dry_run_keeps_everything(capsys, tmp_path, files):
    db = _db(capsys, tmp_path, files["zeta"], files["kalmiro"])
    code, out, _ = run(capsys, "--db", str(db), "remove", "https://example.org/kalmiro", "--dry-run")
    assert code == 0
    assert out.startswith("would remove “Kalmiro Robotics raises $5 million” (source 2): 1 round")
    assert len(_sources(capsys, db)) == 2
    code, out, _ = run(capsys, "--db", str(db), "remove", "2", "--yes")
    assert code == 0 and out.startswith("removed “Kalmiro")


def test_removing_asks_first_and_a_no_removes_nothing(capsys, tmp_path, files, monkeypatch):
    db = _db(capsys, tmp_path, files["kalmiro"])
    monkeypatch.setattr("builtins.input", lambda question: "n")
    code, out, _ = run(capsys, "--db", str(db), "remove", "1")
    assert code == 1 and "nothing removed" in out
    assert len(_sources(capsys, db)) == 1


def test_removing_an_unknown_source_is_a_one_line_error(capsys, tmp_path, files):
    db = _db(capsys, tmp_path, files["kalmiro"])
    code, _, err = run(capsys, "--db", str(db), "remove", "nope.txt", "--yes")
    assert code != 0
    assert err.strip().endswith("no source 'nope.txt' (`ai-deals sources` lists them with their ids)")
    assert "Traceback" not in err


def test_removing_a_deal_file_keeps_what_an_article_also_tells(capsys, tmp_path, files):
    db = _db(capsys, tmp_path, files["zeta"], files["deals"])
    code, out, err = run(capsys, "--db", str(db), "remove", str(files["deals"]), "--yes")
    assert code == 0, err
    assert "2 rounds" in out
    assert "Brisa AI" not in _search(db, "Brisa AI")
    assert _count(db, "SELECT count(*) FROM companies WHERE name = 'Brisa AI'") == 0
    # Zeta AI's round, told by the article too, stays with its one source
    code, out, _ = run(capsys, "--db", str(db), "show", "Zeta AI")
    assert "$20M" in out and "1 source" in out and "2 sources" not in out


def test_removing_one_source_of_a_two_source_figure_keeps_the_figure(capsys, tmp_path, files):
    db = _db(capsys, tmp_path, files["zeta"], files["deals"])
    code, out, _ = run(capsys, "--db", str(db), "show", "Zeta AI")
    assert "2 sources" in out
    code, _, err = run(capsys, "--db", str(db), "remove", "https://example.org/zeta", "--yes")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(db), "show", "Zeta AI")
    assert code == 0
    assert "$20M" in out and "1 source" in out and "2 sources" not in out
    assert "Vantor Capital" in out


def test_a_removed_file_imports_again(capsys, tmp_path, files):
    db = _db(capsys, tmp_path, files["kalmiro"], files["deals"])
    for path in (files["kalmiro"], files["deals"]):
        code, _, err = run(capsys, "--db", str(db), "remove", str(path), "--yes")
        assert code == 0, err
    assert _sources(capsys, db) == []
    code, out, err = run(capsys, "--db", str(db), "import", str(files["kalmiro"]), str(files["deals"]))
    assert code == 0, err
    assert "unchanged" not in out
    assert len(_sources(capsys, db)) == 2
    assert "Kalmiro Robotics" in _search(db, "Kalmiro Robotics")
    assert "Brisa AI" in _search(db, "Brisa AI")


def test_a_removed_file_imported_again_is_a_new_source_never_given_a_removed_sources_id(
    capsys, tmp_path, files
):
    """Its id was the highest: SQLite would give it again, and a selection made before the remove (the
    whole timeline: the sources there were then) would hold the re-import's records as its own."""
    db = _db(capsys, tmp_path, files["kalmiro"], files["deals"])
    last = max(_sources(capsys, db), key=lambda source: source["id"])
    removed = last["id"]
    code, _, err = run(capsys, "--db", str(db), "remove", str(removed), "--yes")
    assert code == 0, err
    path = next(path for path in files.values() if path.name == Path(last["path"]).name)
    code, _, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 0, err
    assert max(source["id"] for source in _sources(capsys, db)) == removed + 1


def test_a_stake_in_the_removed_files_round_joins_another_sources_round_of_its_type(capsys, tmp_path, files):
    stake = tmp_path / "stake.csv"
    stake.write_text(
        "kind,company,investor,amount,currency,date,round_type\n"
        "investment,Zeta AI,Osk Partners,5000000,USD,2026-02-03,Series A\n",
        encoding="utf-8",
    )
    other = tmp_path / "other.csv"
    other.write_text(
        "kind,company,investors,amount,currency,date,round_type,source_url\n"
        "round,Zeta AI,Vantor Capital,20000000,USD,2026-02-03,Series A,https://example.org/other\n",
        encoding="utf-8",
    )
    db = _db(capsys, tmp_path, stake, other, files["zeta"])  # the stake joins the first Series A: other.csv's
    code, _, err = run(capsys, "--db", str(db), "remove", str(other), "--yes")
    assert code == 0, err
    with sqlite3.connect(db) as conn:
        ((round_id,),) = conn.execute("SELECT round_id FROM stakes").fetchall()
        ((article_round,),) = conn.execute("SELECT id FROM rounds").fetchall()
    assert round_id == article_round
    code, out, _ = run(capsys, "--db", str(db), "show", "Zeta AI")
    assert "Vantor Capital (lead), Osk Partners" in out


def test_removing_an_export_takes_the_companies_only_its_company_rows_made(capsys, tmp_path):
    export = tmp_path / "export.csv"
    export.write_text(
        "record_type,record_id,company,counterpart,counterpart_role,kind,amount,currency,date,round,"
        "source_url,city,description,entity\n"
        "round,1,Zeta AI,Vantor Capital,investors,round,20000000,USD,2026-02-03,Series A,"
        "https://example.org/zeta,,,\n"
        "company,,Lonely Corp,,,,,,,,,Paris,Lonely thing,organisation\n",
        encoding="utf-8",
    )
    db = _db(capsys, tmp_path, export)
    assert _count(db, "SELECT count(*) FROM companies WHERE name = 'Lonely Corp' AND city = 'Paris'") == 1
    code, out, err = run(capsys, "--db", str(db), "remove", str(export), "--yes")
    assert code == 0, err
    assert "3 companies" in out
    assert _count(db, "SELECT count(*) FROM companies") == 0
    assert _count(db, "SELECT count(*) FROM aliases") == 0
    assert "Lonely Corp" not in _search(db, "Lonely Corp")


def test_a_file_imported_by_a_relative_path_is_removed_from_another_folder(
    capsys, tmp_path, files, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "t.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", "zeta.txt", "deals.csv")
    assert code == 0, err
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    for typed in ("../zeta.txt", "./../deals.csv"):
        code, out, err = run(capsys, "--db", str(db), "remove", typed, "--yes")
        assert code == 0, err
        assert out.startswith("removed “")
    assert _sources(capsys, db) == []


def test_a_dry_run_of_remove_reads_a_read_only_database(capsys, tmp_path, files):
    db = _db(capsys, tmp_path, files["zeta"], files["kalmiro"])
    with read_only(db):
        code, out, err = run(capsys, "--db", str(db), "remove", str(files["kalmiro"]), "--dry-run")
    assert code == 0, err
    assert out.startswith("would remove “Kalmiro Robotics raises $5 million” (source 2): 1 round")
    assert len(_sources(capsys, db)) == 2


def test_a_company_another_exports_company_row_gave_an_alias_stays(capsys, tmp_path):
    header = "record_type,record_id,company,counterpart,counterpart_role,kind,amount,currency,date,round,source_url,city,aliases\n"
    first = tmp_path / "first.csv"
    first.write_text(
        header + "round,1,Zeta AI,Vantor Capital,investors,round,20000000,USD,2026-02-03,Series A,"
        "https://example.org/zeta,,\ncompany,,Lonely Corp,,,,,,,,,Paris,\n",
        encoding="utf-8",
    )
    second = tmp_path / "second.csv"
    second.write_text(
        header + "round,1,Kal AI,Osk Partners,investors,round,5000000,USD,2024-01-02,Seed,"
        "https://example.org/kal,,\ncompany,,Lonely Corp,,,,,,,,,,Lonely Inc\n",
        encoding="utf-8",
    )
    db = _db(capsys, tmp_path, first, second)
    code, _, err = run(capsys, "--db", str(db), "remove", str(first), "--yes")
    assert code == 0, err
    assert _count(db, "SELECT count(*) FROM companies WHERE name = 'Lonely Corp'") == 1
    assert _count(db, "SELECT count(*) FROM aliases WHERE alias = 'Lonely Inc'") == 1


def test_removing_from_a_read_only_database_says_so_before_asking(capsys, tmp_path, files, monkeypatch):
    db = _db(capsys, tmp_path, files["kalmiro"])
    asked = []
    monkeypatch.setattr("builtins.input", lambda question: asked.append(question) or "y")
    with read_only(db):
        code, _, err = run(capsys, "--db", str(db), "remove", "1")
    assert code == 1
    assert err.strip().endswith("the database is read-only; nothing was removed")
    assert asked == []
    assert len(_sources(capsys, db)) == 1


EXPORT_HEADER = "record_type,record_id,company,counterpart,counterpart_role,kind,amount,currency,date,round,source_url,city\n"
LONELY_STORY = (
    "title: Zeta AI raises $20 million\ndate: 2026-02-03\nurl: https://example.org/zeta\n\n"
    "Zeta AI raised $20 million in a Series A round led by Lonely Corp on February 3, 2026.\n"
)


def _lonely_files(tmp_path: Path) -> tuple[Path, Path]:
    """An article naming Lonely Corp as a round's lead, and an export whose company row names it."""
    story, export = tmp_path / "zeta.txt", tmp_path / "export.csv"
    story.write_text(LONELY_STORY, encoding="utf-8")
    export.write_text(EXPORT_HEADER + "company,,Lonely Corp,,,,,,,,,Paris\n", encoding="utf-8")
    return story, export


def test_a_company_a_remaining_exports_company_row_names_stays_when_the_article_naming_it_goes(
    capsys, tmp_path
):
    story, export = _lonely_files(tmp_path)
    db = _db(capsys, tmp_path, story)  # the article first: the export's row adds no alias of its own
    code, _, err = run(capsys, "--db", str(db), "import", str(export))
    assert code == 0, err
    code, out, err = run(capsys, "--db", str(db), "remove", str(story), "--dry-run")
    assert code == 0, err
    assert out.startswith("would remove “Zeta AI raises $20 million” (source 1): 1 round; 1 company no")
    code, out, err = run(capsys, "--db", str(db), "remove", str(story), "--yes")
    assert code == 0, err
    assert "1 company no other source names" in out  # Zeta AI; Lonely Corp stays
    assert _count(db, "SELECT count(*) FROM companies WHERE city = 'Paris'") == 1
    code, out, err = run(capsys, "--db", str(db), "remove", str(export), "--yes")
    assert code == 0, err
    assert "1 company no other source names" in out
    assert _count(db, "SELECT count(*) FROM companies") == 0


def test_a_company_only_the_replaced_exports_company_row_named_goes_with_it(capsys, tmp_path):
    story, export = _lonely_files(tmp_path)
    db = _db(capsys, tmp_path, export)
    export.write_text(EXPORT_HEADER + "company,,Other Corp,,,,,,,,,Berlin\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "import", str(export))
    assert code == 0, err
    assert "replaced" in out
    assert _count(db, "SELECT group_concat(name) FROM companies") == "Other Corp"


def test_an_article_imported_with_a_date_and_url_given_is_removed_by_its_path_from_another_folder(
    capsys, tmp_path, monkeypatch
):
    (tmp_path / "zeta.txt").write_text(STORY.replace("date: 2026-02-03\n", ""), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "t.db"
    code, _, err = run(
        capsys, "--db", str(db), "--empty", "import", "zeta.txt",
        "--published", "2026-02-03", "--url", "https://example.org/zeta-given",
    )  # fmt: skip
    assert code == 0, err
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, out, err = run(capsys, "--db", str(db), "remove", "../zeta.txt", "--dry-run")
    assert code == 0, err
    assert out.startswith("would remove “Zeta AI raises $20 million” (source 1): 1 round")
    code, out, err = run(capsys, "--db", str(db), "remove", str(tmp_path / "zeta.txt"), "--yes")
    assert code == 0, err
    assert out.startswith("removed “Zeta AI raises $20 million”")
    assert _sources(capsys, db) == []
