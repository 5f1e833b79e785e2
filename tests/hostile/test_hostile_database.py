"""The database under failure: killed imports, concurrent processes, files that are not ours."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ai_deals.store import Store, StoreError

from factories import make_source
from read_only import read_only

# A child process that writes many sources in one import, announcing when its transaction is under way.
BIG_IMPORT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from factories import make_source
    from ai_deals.store import Store
    store = Store.open({db!r})
    sources = [make_source(title=f"story {{i}}") for i in range({count})]
    print("start", flush=True)
    store.import_sources(sources)
    print("done", flush=True)
    """
)


def _counts(path: Path) -> tuple[int, int, str]:
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return (
            conn.execute("SELECT count(*) FROM sources").fetchone()[0],
            conn.execute("SELECT count(*) FROM stakes").fetchone()[0],
            integrity,
        )
    finally:
        conn.close()


def _spawn_import(db: Path, count: int) -> subprocess.Popen:
    code = BIG_IMPORT.format(tests=str(Path(__file__).resolve().parent.parent), db=str(db), count=count)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)


def _wait_for_uncommitted_pages(db: Path, child: subprocess.Popen) -> bool:
    """Wait until the child's open transaction has spilled pages into the WAL (it is mid-import)."""
    wal = db.with_name(db.name + "-wal")
    start_size = wal.stat().st_size if wal.exists() else 0
    while child.poll() is None:
        if wal.exists() and wal.stat().st_size > start_size + 64 * 1024:
            return True
    return False


@pytest.mark.parametrize("mid_import", [False, True])
def test_killing_an_import_leaves_the_database_as_before_or_complete(db_path, mid_import):
    with Store.open(db_path) as store:
        store.import_source(make_source(title="before"))
    before = _counts(db_path)
    child = _spawn_import(db_path, 2000)
    assert child.stdout.readline().strip() == "start"
    if mid_import:
        assert _wait_for_uncommitted_pages(db_path, child), "the import finished before it could be killed"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert _counts(db_path) == before  # killed before its commit: exactly what it held before


def test_two_imports_at_once_both_complete(db_path):
    Store.open(db_path).close()
    first, second = _spawn_import(db_path, 150), _spawn_import(db_path, 150)
    for child in (first, second):
        out, _ = child.communicate(timeout=120)
        assert child.returncode == 0 and out.split() == ["start", "done"]
    # Both imported the same 150 stories: the second found them already there and changed nothing.
    assert _counts(db_path) == (150, 150, "ok")


def test_explorer_reads_while_another_process_imports(db_path):
    with Store.open(db_path) as reader:
        reader.import_source(make_source(title="first"))
        child = _spawn_import(db_path, 300)
        assert child.stdout.readline().strip() == "start"
        while child.poll() is None:
            assert reader.overview().sources in (1, 301)  # never "database is locked"
        child.communicate()
        assert reader.overview().sources == 301
        assert reader.search("OpenAI")[0].name == "OpenAI"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_truncated_database_is_refused_untouched(tmp_path):
    path = tmp_path / "deals.db"
    with Store.open(path) as store:
        store.import_source(make_source())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    digest = _digest(path)
    with pytest.raises(StoreError) as error:
        Store.open(path)
    assert str(error.value).startswith(f"{path}: damaged database file (")
    assert _digest(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deals.db"]


def _seeded(tmp_path: Path) -> Path:
    path = tmp_path / "deals.db"
    with Store.open(path) as store:
        store.import_source(make_source())
    return path


@pytest.mark.parametrize("locked", ["file", "directory"])
def test_a_read_only_database_opens_for_browsing_and_refuses_writes(tmp_path, locked):
    path = _seeded(tmp_path)
    digest = _digest(path)
    with read_only(path if locked == "file" else tmp_path):
        with Store.open(path) as store:
            assert store.readonly and store.overview().rounds == 1
            assert store.search("OpenAI")[0].name == "OpenAI"
            with pytest.raises(StoreError) as error:
                store.import_source(make_source(title="new"))
            assert str(error.value) == f"{path}: the database is read-only; nothing was written"
    assert _digest(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deals.db"]


def wal_database_alone_in_a_folder(tmp_path: Path) -> Path:
    """A WAL database made by the app, copied without its -wal and -shm files into a folder of its own."""
    made = _seeded(tmp_path)
    with sqlite3.connect(made) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    folder = tmp_path / "copied"
    folder.mkdir()
    shutil.copy(made, folder / "deals.db")
    return folder / "deals.db"


def test_a_wal_database_in_a_read_only_folder_warms_its_search_index_read_only(tmp_path):
    path = wal_database_alone_in_a_folder(tmp_path)
    with read_only(path.parent):
        with Store.open(path) as store:
            store.prepare_search()  # its own connection: a plain mode=ro one needs a -shm file here
            assert store.readonly and store.search("OpenAI")[0].name == "OpenAI"
    assert sorted(p.name for p in path.parent.iterdir()) == ["deals.db"]


def test_creating_a_database_in_a_read_only_directory_says_so(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        with pytest.raises(StoreError) as error:
            Store.open(folder / "deals.db")
    assert (
        str(error.value) == f"{folder / 'deals.db'}: cannot create the database (directory is not writable)"
    )
    assert list(folder.iterdir()) == []


def test_a_database_asked_read_only_is_not_written(tmp_path):
    path = tmp_path / "deals.db"
    with Store.open(path) as store:
        store.import_source(make_source())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    digest = _digest(path)
    with Store.open(path, readonly=True) as store:
        assert store.overview().rounds == 1
        with pytest.raises(StoreError, match="read-only"):
            store.import_source(make_source(title="new"))
    assert _digest(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deals.db"]


def test_a_directory_given_as_database_is_refused(tmp_path):
    with pytest.raises(StoreError) as error:
        Store.open(tmp_path)
    assert str(error.value) == f"{tmp_path}: is a directory, not a database file"


def test_a_database_from_a_newer_ai_deals_is_refused_untouched_with_no_stray_files(tmp_path):
    path = _seeded(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    digest = _digest(path)
    with pytest.raises(StoreError, match="written by a newer ai-deals"):
        Store.open(path)
    assert _digest(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deals.db"]
