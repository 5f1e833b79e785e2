"""One rule says whether a path is a regular file, for the files imported and the database file:
a symlink loop, a FIFO and a folder are named alike by both, a missing path told apart."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ai_deals.importers.file_kind import regular_file_problem
from ai_deals.importers.reading import not_a_regular_file
from ai_deals.store.errors import StoreError
from ai_deals.store.files import check_database_path


@pytest.fixture
def paths(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "file.db").write_bytes(b"")
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "fifo")
    os.symlink(tmp_path / "loop-b", tmp_path / "loop-a")
    os.symlink(tmp_path / "loop-a", tmp_path / "loop-b")
    return {name: tmp_path / name for name in ("file.db", "folder", "fifo", "loop-a", "missing")}


def test_each_kind_of_path_is_named_by_the_shared_rule(paths):
    assert regular_file_problem(paths["file.db"]) is None
    assert regular_file_problem(paths["folder"]) == "is a directory"
    assert regular_file_problem(paths["fifo"]) == "not a regular file"
    assert regular_file_problem(paths["loop-a"]) == "symlink loop"
    with pytest.raises(FileNotFoundError):
        regular_file_problem(paths["missing"])


def test_an_imported_file_and_the_database_are_refused_alike(paths):
    assert not_a_regular_file(paths["missing"]) == "no such file or directory"
    for name, said in (("fifo", "not a regular file; give a database file"), ("loop-a", "symlink loop")):
        assert not_a_regular_file(paths[name]) == said.split(";")[0]
        with pytest.raises(StoreError, match=f"^{paths[name]}: {said}$"):
            check_database_path(paths[name])
    for name in ("file.db", "folder", "missing"):  # a folder's and a missing path's own messages come later
        check_database_path(paths[name])
