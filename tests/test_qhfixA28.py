"""Hostile input tester qh28 found mishandled (qhfixA28): a deal file that changes while it is read, exports to a
path that is no regular file, a dry run over several files one of which cannot be opened, and smaller argument and
path problems, each refused with one line naming the file or argument."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401

from ai_deals import structured_import
from ai_deals.store import Store

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


def test_a_deal_file_left_alone_while_read_is_imported(capsys, tmp_path):
    deals = tmp_path / "van.csv"
    deals.write_text(ROWS, encoding="utf-8")
    db = tmp_path / "x.db"
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(deals))
    assert code == 0, err
    assert _rounds(db) == 50
