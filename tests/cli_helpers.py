"""Running the `ai-deals` command inside a test, kept off the user's own default database."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.cli import main


@pytest.fixture(autouse=True)
def private_default_db(monkeypatch, tmp_path: Path):
    """Autouse where imported: a command run without --db uses a database in the test's folder."""
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))


# A deal file of one dated round: something for every command to show (a timeline event, a page, a search
# hit, an exported round row) or be refused against. The `database` fixture of conftest.py holds it.
ONE_ROUND_DEALS = "company,amount,date\nGood AI,$3M,2024-01-01\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run `ai-deals ARGV`: its exit code, standard output and standard error."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def import_deals(capsys, tmp_path: Path, deals: str) -> Path:
    """A new database (no seed) holding the deal file `deals`."""
    path = tmp_path / "deals.csv"
    path.write_text(deals, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    return db


def import_files(capsys, tmp_path: Path, *files: tuple[str, str]) -> Path:
    """A new database (no seed) holding `files` (name, text): each written and imported in that order."""
    db = tmp_path / "deals.db"
    for name, text in files:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
        assert code == 0, err
    return db


def run_ok(capsys, db: str | Path, *argv: str) -> str:
    """Standard output of `ai-deals --db DB ARGV`, which must succeed."""
    code, out, err = run(capsys, "--db", str(db), *argv)
    assert code == 0, err
    return out


def timeline_and_page(capsys, db: str | Path, company: str, page_of: str | None = None) -> tuple[str, str]:
    """What `timeline --company COMPANY` and `show PAGE_OF` (the company's own page unless told) print."""
    timeline = run_ok(capsys, db, "timeline", "--company", company)
    return timeline, run_ok(capsys, db, "show", page_of or company)


def map_edge_kinds(db: str | Path, company: str) -> set[str]:
    """The kinds of the edges of `company`'s relationship map ("sells part of stake", …)."""
    from ai_deals.store import Store
    from ai_deals.store.graph import relationship_map

    with Store(db, readonly=True) as store:
        return {edge.kind for edge in relationship_map(store.db, store.find_company(company).id).edges}


def import_article(capsys, tmp_path: Path, monkeypatch, article: str) -> str:
    """A new database (no seed) holding `article` (a .md story), its tables printed 200 columns wide."""
    monkeypatch.setenv("COLUMNS", "200")
    path = tmp_path / "story.md"
    path.write_text(article, encoding="utf-8")
    db = str(tmp_path / "story.db")
    code, _, err = run(capsys, "--db", db, "--empty", "import", str(path))
    assert code == 0, err
    return db
