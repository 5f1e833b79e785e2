"""Hostile input tester qh28 found mishandled (qhfixA28): a deal file that changes while it is read, exports to a
path that is no regular file, a dry run over several files one of which cannot be opened, and smaller argument and
path problems, each refused with one line naming the file or argument."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cli_helpers import import_deals, private_default_db, run  # noqa: F401

from ai_deals import structured_import
from ai_deals.store import Store

from read_only import read_only

ROWS = "company,amount,currency,date\n" + "".join(
    f"Co {n} AI,{n + 1}000000,USD,2024-01-01\n" for n in range(50)
)


# -- #1 a file that changes while it is read is refused, nothing written --------------------------------------------


def _changing_after_first_row(monkeypatch, change) -> None:
    """Make the import's reading of rows call `change(path)` once its first row is read."""
    original = structured_import.structured.iter_deal_facts

    def reading(path, **kwargs):
        rows = original(path, **kwargs)
        yield next(rows)
        change(Path(path))
        yield from rows

    monkeypatch.setattr(structured_import.structured, "iter_deal_facts", reading)


def _rounds(db: Path) -> int:
    with Store(db) as store:
        return store.db.execute("SELECT count(*) FROM rounds").fetchone()[0]


def test_a_deal_file_truncated_while_read_is_refused_and_nothing_written(capsys, tmp_path, monkeypatch):
    deals = tmp_path / "van.csv"
    deals.write_text(ROWS, encoding="utf-8")
    db = tmp_path / "x.db"
    _changing_after_first_row(monkeypatch, lambda path: path.write_text(ROWS[:200], encoding="utf-8"))
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(deals))
    assert code == 1
    assert err.strip().splitlines()[-1] == (
        f"ai-deals: error: {deals}: the file changed while it was read; nothing was written"
    )
    assert "added" not in out
    assert not db.exists() or _rounds(db) == 0


def test_a_deal_file_appended_to_while_read_is_refused(capsys, tmp_path, monkeypatch):
    deals = tmp_path / "van.csv"
    deals.write_text(ROWS, encoding="utf-8")
    db = tmp_path / "x.db"

    def append(path: Path) -> None:
        with path.open("a", encoding="utf-8") as file:
            file.write("Late AI,5000000,USD,2024-02-01\n")

    _changing_after_first_row(monkeypatch, append)
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(deals))
    assert code == 1
    assert (
        err.strip()
        .splitlines()[-1]
        .endswith(f"{deals}: the file changed while it was read; nothing was written")
    )
    assert not db.exists() or _rounds(db) == 0


def test_a_dry_run_of_a_deal_file_changed_while_read_reports_it_in_errors(capsys, tmp_path, monkeypatch):
    deals = tmp_path / "van.csv"
    deals.write_text(ROWS, encoding="utf-8")
    _changing_after_first_row(monkeypatch, lambda path: path.write_text(ROWS[:200], encoding="utf-8"))
    code, out, _ = run(
        capsys, "--db", str(tmp_path / "x.db"), "--empty", "import", str(deals), "--dry-run", "--json"
    )
    assert code == 1
    problem = "the file changed while it was read; nothing was written"
    assert json.loads(out)["errors"] == [{"file": str(deals), "problem": problem}]


def test_a_deal_file_left_alone_while_read_is_imported(capsys, tmp_path):
    deals = tmp_path / "van.csv"
    deals.write_text(ROWS, encoding="utf-8")
    db = tmp_path / "x.db"
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(deals))
    assert code == 0, err
    assert _rounds(db) == 50


# -- #3 a dry run over several files reports the one that cannot be opened in its document -------------------------

GOOD = "company,amount,date\nGood AI,$3M,2024-01-01\n"


def _unopenable(tmp_path: Path, kind: str) -> tuple[Path, str]:
    """A path of `kind` the import cannot open, and the problem it is refused with alone."""
    path = tmp_path / f"{kind}.csv"
    if kind == "fifo":
        os.mkfifo(path)
        return path, "not a regular file"
    if kind == "loop":
        path.symlink_to(path.name)
        return path, "symlink loop"
    if kind == "folder":
        path.mkdir()
        return path, "no article or deal file found (.txt .md .html .csv .tsv .json .ndjson)"
    return path, "no such file or directory"


@pytest.mark.parametrize("kind", ["fifo", "loop", "missing", "folder"])
def test_a_dry_run_over_several_files_prints_its_document_with_the_unopenable_file_in_errors(
    capsys, tmp_path, kind
):
    good = tmp_path / "vd.csv"
    good.write_text(GOOD, encoding="utf-8")
    bad, problem = _unopenable(tmp_path, kind)
    alone = run(capsys, "--db", str(tmp_path / "x.db"), "--empty", "import", str(bad), "--dry-run")
    assert alone[0] == 1 and alone[2].strip() == f"ai-deals: error: {bad}: {problem}"
    code, out, err = run(
        capsys,
        "--db",
        str(tmp_path / "x.db"),
        "--empty",
        "import",
        str(good),
        str(bad),
        "--dry-run",
        "--json",
    )
    assert code == 1
    document = json.loads(out)
    assert [entry["path"] for entry in document["deal_files"]] == [str(good)]
    assert document["errors"] == [{"file": str(bad), "problem": problem}]
    assert err.strip().splitlines()[-1] == f"ai-deals: error: {bad}: {problem}"


def test_an_import_naming_an_empty_folder_beside_a_file_is_refused_and_writes_nothing(capsys, tmp_path):
    good = tmp_path / "vd.csv"
    good.write_text(GOOD, encoding="utf-8")
    (tmp_path / "dir.csv").mkdir()
    db = tmp_path / "x.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(good), str(tmp_path / "dir.csv"))
    assert code == 1
    assert f"{tmp_path / 'dir.csv'}: no article or deal file found" in err
    assert not db.exists()


# -- #4 smaller: a year 0000, a split on a read-only database, a newline in a file's name ----------------------------


def test_a_from_date_in_year_0000_says_the_year_is_what_is_wrong(capsys, tmp_path):
    db = import_deals(capsys, tmp_path, GOOD)
    code, out, err = run(capsys, "--db", str(db), "timeline", "--from", "0000")
    assert (code, out) == (1, "")
    assert err == "ai-deals: error: --from: '0000' is not a date (no year 0000: years start at 0001)\n"


def test_a_split_on_a_read_only_database_names_the_database_once(capsys, tmp_path):
    db = import_deals(
        capsys, tmp_path, "company,investors,amount,date\nGood AI,Alpha Capital,$3M,2024-01-01\n"
    )
    with read_only(db):
        code, _, err = run(capsys, "--db", str(db), "split", "Good AI", "Good AI (Paris)")
    assert code == 1
    assert err == f"ai-deals: error: {db}: the database is read-only; nothing was written\n"


def test_a_newline_in_a_deal_files_name_is_shown_escaped_in_its_one_result_line(capsys, tmp_path):
    deals = tmp_path / "new\nline.csv"
    deals.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "x.db"
    escaped = str(deals).replace("\n", "\\n")  # the dry run names the path as given
    dry = run(capsys, "--db", str(db), "--empty", "import", str(deals), "--dry-run")
    assert dry[0] == 0 and dry[1].splitlines()[0] == f"would add: {escaped} (1 row, 1 fact)"
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(deals))
    assert code == 0, err
    assert out == "added: new\\nline.csv (1 row, 1 fact)\n"
    again = run(capsys, "--db", str(db), "--empty", "import", str(deals), "--dry-run")
    assert again[1] == f"unchanged: {escaped} (already imported)\n"
