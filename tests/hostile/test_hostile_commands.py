"""Hostile conditions met by the `ai-deals` command: a full disk, an unwritable home, symlink loops,
FIFOs, device files, bytes that are no text. Each is one line on standard error, never a traceback,
and leaves the database (and every file the command did not create) as it was."""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from cli_helpers import run

from ai_deals import importing
from ai_deals.cli import main
from ai_deals.store import connecting

ARTICLE = "Title: Acme raises\nPublished: 2024-05-01\n\nAcme AI raised $50 million in a Series B round.\n"
DEALS = "company,amount\nGood AI,$3M\n"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class FullDiskConnection(sqlite3.Connection):
    """A connection whose commits fail as SQLite's do when the disk is full."""

    def commit(self) -> None:
        raise sqlite3.OperationalError("database or disk is full")


@pytest.fixture
def full_disk(monkeypatch):
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        return real_connect(*args, factory=FullDiskConnection, **kwargs)

    monkeypatch.setattr(connecting.sqlite3, "connect", connect)


@pytest.mark.parametrize(
    ("name", "text"), [("story.txt", ARTICLE), ("more.csv", "company,amount\nNew AI,$9M\n")]
)
def test_a_full_disk_during_an_import_is_one_line_and_writes_nothing(
    tmp_path, capsys, database, full_disk, name, text
):
    before = _digest(database)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "--db", str(database), "import", str(path))
    assert code == 1
    assert err.splitlines()[-1] == f"ai-deals: error: {database}: disk full; nothing was written"
    assert "Traceback" not in err
    assert _digest(database) == before


def test_a_data_folder_that_cannot_be_created_names_it_and_the_way_out(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("AI_DEALS_DB", raising=False)
    home = tmp_path / "home"
    monkeypatch.setattr(
        "ai_deals.paths.user_data_path", lambda *a, **k: home / ".local" / "share" / "ai-deals"
    )

    deals = tmp_path / "deals.csv"
    deals.write_text(DEALS, encoding="utf-8")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    for argv in (["info"], ["search", "acme"], [], ["import", str(deals)]):
        code, _, err = run(capsys, *argv)
        assert code == 1, argv
        assert err.startswith(f"ai-deals: error: {home / '.local' / 'share' / 'ai-deals'}: cannot create")
        assert "pass --db FILE or set AI_DEALS_DB" in err and err.count("\n") == 1, err


def test_a_lone_surrogate_in_json_is_a_bad_row_the_good_rows_survive(tmp_path, capsys):
    path = tmp_path / "sur.json"
    path.write_text(
        '[{"company":"\\ud800 Surrogate AI","amount":"$5M"},\n{"company":"Good AI","amount":"$3M"}]'
    )
    db = tmp_path / "new.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 1
    assert f"{path}:1: company: invalid character (lone surrogate \\ud800)" in err
    assert not db.exists()
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", "--skip-bad-rows", str(path))
    assert code == 0, err
    assert "1 bad row skipped" in out


def test_a_lone_surrogate_in_an_ndjson_key_is_a_bad_row_not_a_traceback(tmp_path, capsys):
    path = tmp_path / "sur.ndjson"
    path.write_text(
        '{"company":"Good AI","amount":"$1M","c\\udc00x":"1"}\n{"company":"Fine AI","amount":"$2M"}\n'
    )
    code, out, err = run(
        capsys, "--db", str(tmp_path / "new.db"), "--empty", "import", "--skip-bad-rows", str(path)
    )
    assert code == 0, err
    assert f"{path}:1: c\\udc00x: invalid character (lone surrogate \\udc00)" in err + out


def test_an_undecodable_file_name_is_one_line(tmp_path, capsys):
    name = os.fsdecode(bytes(tmp_path) + b"/n\xff.csv")
    code, _, err = run(capsys, "--db", str(tmp_path / "new.db"), "import", name)
    assert code == 1
    assert err.endswith("n\\udcff.csv: not valid UTF-8 (rename the file or retype the argument)\n")


def test_an_empty_path_to_import_is_refused_not_the_current_folder(tmp_path, capsys, monkeypatch):
    (tmp_path / "deals.csv").write_text(DEALS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "--db", str(tmp_path / "new.db"), "import", "")
    assert code == 1
    assert err == "ai-deals: error: : the path is empty; name a file or a folder (`.` for this one)\n"
    assert not (tmp_path / "new.db").exists()


def _loop(folder: Path, name: str = "loop1") -> Path:
    (folder / name).symlink_to(folder / f"{name}-back")
    (folder / f"{name}-back").symlink_to(folder / name)
    return folder / name


def test_a_symlink_loop_as_database_is_refused_and_left_in_place(tmp_path, capsys):
    loop = _loop(tmp_path)
    deals = tmp_path / "deals.csv"
    deals.write_text(DEALS, encoding="utf-8")
    for argv in (["import", str(deals)], ["info"], []):
        code, _, err = run(capsys, "--db", str(loop), *argv)
        assert (code, err) == (1, f"ai-deals: error: {loop}: symlink loop\n"), argv
        assert loop.is_symlink()


def test_a_failed_import_removes_no_symlink_it_did_not_make(tmp_path, capsys):
    dangling = tmp_path / "deals.db"
    dangling.symlink_to(tmp_path / "nowhere" / "x.db")
    deals = tmp_path / "deals.csv"
    deals.write_text(DEALS, encoding="utf-8")
    code, _, err = run(capsys, "--db", str(dangling), "--empty", "import", str(deals))
    assert code == 1
    assert err.startswith(f"ai-deals: error: {dangling}: cannot open the database")
    assert dangling.is_symlink()


def test_clean_up_removes_only_the_database_files_this_run_made(tmp_path):
    db = tmp_path / "new.db"
    stray = tmp_path / "new.db-shm"
    stray.write_bytes(b"not ours")
    found = importing.database_files_found(db)
    db.write_bytes(b"")
    (tmp_path / "new.db-wal").write_bytes(b"")
    importing.remove_database_files_made(db, found)
    assert not db.exists() and not (tmp_path / "new.db-wal").exists()
    assert stray.read_bytes() == b"not ours"


def test_clean_up_leaves_a_database_that_was_there(tmp_path):
    db = tmp_path / "old.db"
    db.write_bytes(b"")
    found = importing.database_files_found(db)
    (tmp_path / "old.db-wal").write_bytes(b"")  # another process's, perhaps
    importing.remove_database_files_made(db, found)
    assert db.exists() and (tmp_path / "old.db-wal").exists()


def test_symlink_loops_and_fifos_to_import_say_what_they_are(tmp_path, capsys):
    loop = _loop(tmp_path, "loop.txt")
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    db = tmp_path / "new.db"
    for path, problem in ((loop, "symlink loop"), (fifo, "not a regular file")):
        code, _, err = run(capsys, "--db", str(db), "import", str(path))
        assert (code, err) == (1, f"ai-deals: error: {path}: {problem}\n")


def test_a_folder_walk_notes_loops_fifos_and_undecodable_names_and_imports_the_rest(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "deals.csv").write_text(DEALS, encoding="utf-8")
    _loop(folder, "loop.txt")
    os.mkfifo(folder / "fifo.txt")
    (Path(os.fsdecode(bytes(folder) + b"/n\xff.csv"))).write_text(DEALS, encoding="utf-8")
    code, _, err = run(capsys, "--db", str(tmp_path / "new.db"), "--empty", "import", str(folder))
    assert code == 0, err
    assert f"ai-deals: {folder / 'fifo.txt'}: skipped, not a regular file\n" in err
    assert f"ai-deals: {folder / 'loop.txt'}: skipped, symlink loop\n" in err
    assert f"ai-deals: {folder}/n\\udcff.csv: skipped, its name is not valid UTF-8\n" in err


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_database_that_is_not_a_regular_file_is_refused(tmp_path, capsys, kind):
    if kind == "fifo":
        path = tmp_path / "fifo.db"
        os.mkfifo(path)
    else:
        path = Path("/dev/null")
    code, _, err = run(capsys, "--db", str(path), "info")
    assert (code, err) == (1, f"ai-deals: error: {path}: not a regular file; give a database file\n")


def test_garbled_json_says_line_and_column(tmp_path, capsys):
    truncated = tmp_path / "cut.json"
    truncated.write_text('[{"company":"abc', encoding="utf-8")
    code, _, err = run(capsys, "--db", str(tmp_path / "new.db"), "import", str(truncated))
    assert err == f"ai-deals: error: {truncated}: line 1 column 13: invalid JSON (Unterminated string)\n"
    lines = tmp_path / "cut.ndjson"
    lines.write_text('{"company":"a","amount":"$1M"}\n{"company":"abc\n', encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "new.db"), "import", "--skip-bad-rows", str(lines))
    assert f"{lines}:2: row: invalid JSON (Unterminated string at column 12)" in err + out


def test_export_to_a_device_writes_through_and_never_replaces_it(tmp_path, capsys, database):
    # A copy of /dev/full of our own: without the fix the real one would be replaced by a file.
    device = tmp_path / "full"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except PermissionError:
        pytest.skip("creating a device node needs privileges")
    before = os.stat(device)
    code, _, err = run(
        capsys, "--db", str(database), "export", "--format", "csv", "--out", str(device), "--force"
    )
    assert (code, err) == (
        1,
        f"ai-deals: error: {device}: cannot write the export (No space left on device)\n",
    )
    after = os.stat(device)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)


def test_export_to_a_fifo_writes_through_it(tmp_path, capsys, database):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    code, _, err = run(
        capsys, "--db", str(database), "export", "--format", "csv", "--out", str(fifo), "--force"
    )
    reader.join(timeout=30)
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert b"Good AI" in received[0]


def test_export_to_dev_stdout_is_standard_output(tmp_path, capsys, database):
    code, out, err = run(capsys, "--db", str(database), "export", "--format", "csv", "--out", "/dev/stdout")
    assert code == 0, err
    assert out.startswith("record_type,") and "Good AI" in out and "exported" not in out


class FullStdout(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_standard_output_on_a_full_disk_is_one_line(capsys, database, monkeypatch):
    monkeypatch.setattr("sys.stdout", FullStdout())
    code = main(["--db", str(database), "export", "--format", "csv"])
    assert code == 1
    assert (
        capsys.readouterr().err
        == "ai-deals: error: cannot write to standard output (No space left on device)\n"
    )


def test_an_export_piped_into_head_exits_quietly(tmp_path, database):
    env = {**os.environ, "AI_DEALS_DB": str(database)}
    shell = (
        f"{sys.executable} -m ai_deals export --format json | head -c 10 > /dev/null; echo ${{PIPESTATUS[0]}}"
    )
    done = subprocess.run(["bash", "-c", shell], env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "0" and done.stderr == ""


@pytest.mark.parametrize(
    "argv", [["unmerge", "99999999999999999999999"], ["split", "Good AI", "Other", "--source", "9" * 30]]
)
def test_numbers_beyond_sqlite_integers_are_not_found_not_a_traceback(capsys, database, argv):
    code, _, err = run(capsys, "--db", str(database), *argv)
    assert code == 1
    assert err in (
        "ai-deals: error: no merge 99999999999999999999999 to undo\n",
        f"ai-deals: error: {database}: no source '{'9' * 30}' (`ai-deals sources` lists them with their ids)\n",
    )


def test_a_huge_limit_is_at_most_every_result(capsys, database):
    code, out, err = run(capsys, "--db", str(database), "search", "Good", "--limit", "9" * 30)
    assert code == 0, err
    assert "Good AI" in out


def test_a_long_query_is_cut_in_the_error_line(capsys, database):
    code, _, err = run(capsys, "--db", str(database), "search", "q" * 100_000)
    assert code == 1
    assert err == f"no company or investor matches '{'q' * 60}…'\n"
    code, _, err = run(capsys, "--db", str(database), "show", "q" * 100_000)
    assert err == f"ai-deals: error: {database}: no company or investor matches '{'q' * 60}…'\n"


def test_thousands_of_ignored_columns_are_one_line(tmp_path, capsys):
    path = tmp_path / "wide.csv"
    names = ["company", "amount", *(f"c{i}" for i in range(5000))]
    path.write_text(
        ",".join(names) + "\n" + ",".join(["Big AI", "$5M", *[""] * 5000]) + "\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "--db", str(tmp_path / "new.db"), "--empty", "import", str(path))
    assert code == 0, err
    said = err + out
    assert "  company → company\n" in said and "  amount → amount\n" in said
    assert "  5,000 columns ignored: c0, c1, c2, …\n" in said
    assert "c4999" not in said


def test_a_too_long_header_line_is_called_the_header(tmp_path, capsys):
    path = tmp_path / "long.csv"
    path.write_text("company," + "x" * 1_100_000 + "\nA,1\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(tmp_path / "new.db"), "import", str(path))
    assert code == 1
    assert err == f"ai-deals: error: {path}: the header line is longer than 1,000,000 characters\n"


def test_an_unknown_record_type_in_an_export_blames_record_type(tmp_path, capsys, database):
    exported = tmp_path / "export.csv"
    code, _, err = run(capsys, "--db", str(database), "export", "--out", str(exported))
    assert code == 0, err
    rows = list(csv.reader(exported.read_text(encoding="utf-8-sig").splitlines()))
    row = next(i for i, row in enumerate(rows) if row[0] == "round")
    rows[row][0] = "bogus"
    edited = tmp_path / "edited.csv"
    with edited.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    code, out, err = run(capsys, "--db", str(tmp_path / "new.db"), "--empty", "import", str(edited))
    assert code == 1
    assert (
        f"{edited}:{row + 1}: record_type: 'bogus' is not a known record type (expected round, stake,"
        in err + out
    )


WESTERN = "Genève: la société zurichoise lève 3 millions de francs, à 5 % près. " * 4


@pytest.mark.parametrize("name", ["mixed.txt", "mixed.csv"])
def test_utf8_pasted_into_a_windows_1252_file_is_refused_not_stored_as_mojibake(tmp_path, capsys, name):
    path = tmp_path / name
    head = f"company,note\nAcme AI,{WESTERN}\n" if name.endswith(".csv") else WESTERN
    pasted = "La Société Générale a investi 5 millions."
    path.write_bytes(head.encode("cp1252") + pasted.encode("utf-8"))
    offset = len(head.encode("cp1252")) + len("La Soci")
    db = tmp_path / "new.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 1
    assert err.endswith(
        f"{path}: mixed encodings: UTF-8 text inside a Windows-1252 file (offset {offset}); save it all as UTF-8\n"
    )
    assert not db.exists()


def test_a_windows_1252_file_alone_is_still_read(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_bytes(WESTERN.encode("cp1252"))
    code, out, err = run(capsys, "--db", str(tmp_path / "new.db"), "--empty", "import", str(path))
    assert code == 0, err
    assert "Genève" in out


def test_a_full_disk_during_a_merge_is_one_line_and_writes_nothing(tmp_path, capsys, database, monkeypatch):
    more = tmp_path / "more.csv"
    more.write_text("company,amount\nOther AI,$9M\n", encoding="utf-8")
    assert run(capsys, "--db", str(database), "import", str(more))[0] == 0
    before = _digest(database)
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        connecting.sqlite3, "connect", lambda *a, **k: real_connect(*a, factory=FullDiskConnection, **k)
    )
    code, _, err = run(capsys, "--db", str(database), "merge", "Good AI", "Other AI")
    assert (code, err) == (1, f"ai-deals: error: {database}: disk full; nothing was written\n")
    assert _digest(database) == before


def test_an_os_error_of_no_file_not_from_standard_output_is_not_blamed_on_it(capsys, database, monkeypatch):
    from ai_deals.store import Store

    def failing_overview(self):
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(Store, "overview", failing_overview)
    code = main(["--db", str(database), "info"])
    assert code == 1
    assert capsys.readouterr().err == "ai-deals: error: Invalid argument\n"


def test_export_to_dev_fd_1_is_standard_output_too(tmp_path, capsys, database):
    code, out, err = run(capsys, "--db", str(database), "export", "--format", "csv", "--out", "/dev/fd/1")
    assert code == 0, err
    assert out.startswith("record_type,") and "Good AI" in out and "exported" not in out


def test_export_to_a_new_file_is_not_standard_output(tmp_path, capsys, database):
    out_file = tmp_path / "deals.csv"
    code, out, err = run(capsys, "--db", str(database), "export", "--out", str(out_file))
    assert code == 0, err
    assert out_file.read_text(encoding="utf-8-sig").startswith("record_type,") and "record_type," not in out
