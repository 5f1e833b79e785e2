"""The CLI as a hands-on tester met it: an ai-deals Markdown export imported again, where an import's
result lines go (and its --json), a folder or empty file given as --db, and its one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import (
    import_deals,
    private_default_db,  # noqa: F401 (autouse: no command touches the default db)
    run,
)

from ai_deals.cli import main

DEALS = (
    "company,investor,amount,currency,date,round_type\n"
    "Kalmiro Robotics,Vantor Capital,5000000,USD,2024-01-02,Seed\n"
    "Brisa AI,Nuvola Fund,2000000,USD,2024-02-03,\n"
)
STORY = "Zeta AI raised $20 million in a Series A round led by Vantor Capital on February 3, 2026.\n"


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    return import_deals(capsys, tmp_path, DEALS)


@pytest.fixture
def exports(capsys, db: Path, tmp_path: Path) -> Path:
    """A folder holding the database's Markdown and JSON exports."""
    folder = tmp_path / "exports"
    folder.mkdir()
    for name in ("c1.md", "c4.json"):
        code, _, err = run(capsys, "--db", str(db), "export", "--out", str(folder / name))
        assert code == 0, err
    return folder


def _sources(capsys, db: Path) -> list[dict]:
    code, out, err = run(capsys, "--db", str(db), "sources", "--json")
    assert code == 0, err
    return json.loads(out)["sources"]


def test_a_markdown_export_named_in_an_import_is_refused_in_one_line_with_a_hint(capsys, db, exports):
    before = _sources(capsys, db)
    for extra in ((), ("--dry-run",)):
        code, out, err = run(capsys, "--db", str(db), "import", str(exports / "c1.md"), *extra)
        assert code == 1 and "record_type" not in out
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert "c1.md" in lines[0] and "Markdown export" in lines[0] and "CSV or JSON" in lines[0]
    assert _sources(capsys, db) == before


def test_a_markdown_export_in_a_folder_is_skipped_with_a_note_and_the_rest_imported(capsys, db, exports):
    before = _sources(capsys, db)
    (exports / "story.txt").write_text(STORY, encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "import", str(exports))
    assert code == 0, err
    assert "record_type" not in out and "added: Zeta AI" in out
    notes = [line for line in err.splitlines() if "c1.md" in line]
    assert len(notes) == 1 and "skipped" in notes[0] and "CSV or JSON" in notes[0]
    titles = [source["title"] for source in _sources(capsys, db)]
    assert "record_type" not in titles and len(titles) == len(before) + 1


def test_a_markdown_export_on_standard_input_is_refused_too(capsys, db, exports, monkeypatch):
    import io

    text = (exports / "c1.md").read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, _, err = run(capsys, "--db", str(db), "import", "-")
    assert code == 1 and "<stdin>: an ai-deals Markdown export" in err


def test_import_json_lists_every_imported_file_deal_files_with_their_counts(capsys, tmp_path):
    deals = tmp_path / "eu.csv"
    deals.write_text(DEALS, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "s.db")
    code, out, err = run(capsys, "--db", db, "--empty", "import", str(deals), str(story), "--json")
    assert code == 0, err
    imported = json.loads(out)["imported"]
    assert [(entry["kind"], entry["path"], entry["action"]) for entry in imported] == [
        ("deal_file", str(deals), "added"),
        ("article", str(story), "added"),
    ]
    assert imported[0]["rows"] == imported[0]["rows_written"] == 2 and imported[0]["facts"] == 2
    assert imported[0]["title"] == "eu.csv" and imported[0]["bad_rows"] == []
    assert imported[1]["facts"] == 1


def test_every_files_result_line_is_on_standard_output_columns_stay_on_standard_error(capsys, tmp_path):
    deals = tmp_path / "eu.csv"
    deals.write_text(DEALS, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "s.db")
    code, out, err = run(capsys, "--db", db, "--empty", "import", str(deals), str(story))
    assert code == 0, err
    # The story has no header: its line says it is undated.
    assert out.splitlines() == [
        "added: eu.csv (2 rows, 2 facts)",
        f"added: {STORY.strip()} (1 fact; undated: the article states no date; --published YYYY-MM-DD gives one)",
    ]
    assert "company → company" in err and "added:" not in err
    code, out, _ = run(capsys, "--db", db, "import", str(deals), str(story))
    assert out.splitlines()[0] == "unchanged: eu.csv (already imported)"


def test_a_folder_given_as_db_is_refused_in_one_line_before_the_explorer_launches(
    capsys, tmp_path, monkeypatch
):
    folder = tmp_path / "folder"
    folder.mkdir()
    monkeypatch.setattr("ai_deals.tui.app.run_app", lambda *_: pytest.fail("the app was launched"))
    for command in ((), ("info",), ("search", "x")):
        code, out, err = run(capsys, "--db", str(folder), *command)
        assert code == 1 and out == ""
        assert err.startswith(f"ai-deals: error: {folder}: is a directory, not a database file")
        assert len(err.splitlines()) == 1
    assert list(folder.iterdir()) == []


def test_an_empty_db_path_is_called_empty_not_a_directory(capsys, monkeypatch):
    monkeypatch.setattr("ai_deals.tui.app.run_app", lambda *_: pytest.fail("the app was launched"))
    for command in ((), ("info",)):
        code, out, err = run(capsys, "--db", "", *command)
        assert code == 1 and out == ""
        assert err.startswith("ai-deals: error: --db: the path is empty") and "directory" not in err


@pytest.mark.parametrize("command", [("info",), ("show", "OpenAI"), ("sources",), ("timeline",)])
def test_a_read_command_on_an_empty_file_creates_and_seeds_nothing(capsys, tmp_path, command):
    empty = tmp_path / "z.db"
    empty.touch()
    code, out, err = run(capsys, "--db", str(empty), *command)
    assert code == 1 and out == ""
    assert err == (
        f"ai-deals: error: {empty}: empty file, not an ai-deals database (import something into it "
        "first, or omit --db for the default)\n"
    )
    assert empty.stat().st_size == 0 and sorted(p.name for p in tmp_path.iterdir()) == ["z.db"]


def test_import_into_an_empty_file_still_makes_the_database_there(capsys, tmp_path):
    empty = tmp_path / "z.db"
    empty.touch()
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code, _, err = run(capsys, "--db", str(empty), "--empty", "import", str(story))
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(empty), "info", "--json")
    assert code == 0 and json.loads(out)["sources"] == 1


def test_an_import_whose_every_row_is_bad_says_so_not_that_skip_bad_rows_would_write_some(capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("company,investor,amount,currency\nKalmiro,Vantor,lots,USD\n", encoding="utf-8")
    db = tmp_path / "d.db"
    for extra in ((), ("--skip-bad-rows",)):
        code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(bad), *extra)
        assert code == 1 and out == ""
        assert (
            err.splitlines()[-1]
            == f"ai-deals: error: {bad}: every row is bad: 1 bad row; nothing was written"
        )
    code, out, _ = run(capsys, "--db", str(db), "--empty", "import", str(bad), "--dry-run")
    assert out.splitlines()[0] == f"would refuse: {bad} (every row is bad: 1 bad row)"
    assert not db.exists()


@pytest.mark.parametrize("option", ["--DB", "-d", "--database"])
def test_an_unknown_option_before_the_command_is_named_not_the_file_after_it(capsys, option):
    with pytest.raises(SystemExit) as exit_:
        main([option, "a.db"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and f"ai-deals: error: unknown option {option}" in err
    assert "invalid choice" not in err


def test_abbreviated_and_known_options_still_reach_their_commands(capsys, tmp_path):
    db = tmp_path / "x.db"
    code, out, err = run(capsys, "--em", "--db", str(db), "info")
    assert code == 1 and "no such database" in err and "unknown option" not in err
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and capsys.readouterr().out.startswith("ai-deals ")


def test_export_says_the_path_as_given_with_or_without_force(capsys, db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for extra in ((), ("--force",)):
        code, out, err = run(capsys, "--db", str(db), "export", "--out", "c1.csv", *extra)
        assert code == 0, err
        assert out.endswith(" to c1.csv\n"), out


def test_importing_an_ai_deals_export_says_so_in_one_line_not_its_column_mapping(capsys, db, exports):
    code, out, err = run(capsys, "--db", str(db), "import", str(exports / "c4.json"))
    assert code == 0, err
    assert "c4.json: read as an ai-deals export" in err and "→" not in err


def test_an_ordinary_deal_file_still_gets_its_column_mapping(capsys, tmp_path):
    deals = tmp_path / "eu.csv"
    deals.write_text(DEALS, encoding="utf-8")
    code, _, err = run(capsys, "--db", str(tmp_path / "d.db"), "--empty", "import", str(deals))
    assert code == 0 and "company → company" in err and "read as an ai-deals export" not in err
