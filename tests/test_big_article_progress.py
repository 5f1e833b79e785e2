"""A big article shows its progress while it is read: a callback from the importer, a rich bar on a
terminal's standard error drawn by the command line; ctrl+c leaves the database as it was."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from cli_helpers import private_default_db  # noqa: F401 (autouse: no command touches the default db)

import ai_deals.cli as cli
from ai_deals.cli import main
from ai_deals.importers.article import parse_article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
STORY = "Nvidia investit 1 milliard de dollars dans OpenAI en mars 2025. Le groupe de Redmond applaudit.\n\n"
CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class Terminal(io.StringIO):
    """A standard error that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def big_article(tmp_path: Path, monkeypatch) -> Path:
    """An article the command line counts as big (its threshold lowered, so the test stays quick)."""
    monkeypatch.setattr(cli, "BIG_ARTICLE", 2_000)
    path = tmp_path / "big.txt"
    path.write_text("title: Big\n\n" + STORY * 60, encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "deals.db"
    small = tmp_path / "small.txt"
    small.write_text("title: Small\n\n" + STORY, encoding="utf-8")
    assert main(["--db", str(path), "--empty", "import", str(small)]) == 0
    capsys.readouterr()
    return path


def dump(path: Path) -> list[str]:
    """Everything the database holds, as SQL (the store is the only code importing sqlite3)."""
    from ai_deals.store import Store

    with Store.open(path, readonly=True) as store:
        return list(store.db.conn.iterdump())


def test_parse_article_reports_the_share_done_rising_to_one_and_finds_the_same_facts():
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))[:6])
    shares: list[float] = []
    with_progress = parse_article(text, progress=shares.append)
    assert shares == sorted(shares) and shares[-1] == 1.0 and 0 < shares[0] < 0.1
    assert len(shares) <= 2_001 and len(shares) > 20
    assert with_progress == parse_article(text)


def test_a_big_article_shows_a_progress_bar_on_a_terminal_with_time_left(
    big_article, db, monkeypatch, capsys
):
    monkeypatch.setattr("sys.stderr", Terminal())
    monkeypatch.setenv("COLUMNS", "100")
    assert main(["--db", str(db), "import", str(big_article)]) == 0
    drawn = CONTROL.sub("", cli.sys.stderr.getvalue())
    assert "reading big.txt" in drawn and "100%" in drawn and re.search(r"\d:\d\d:\d\d", drawn)
    assert capsys.readouterr().out.startswith("added: Big (")


@pytest.mark.parametrize("case", ["not a terminal", "small article"])
def test_no_progress_bar_off_a_terminal_or_for_a_normal_article(big_article, db, monkeypatch, capsys, case):
    if case == "small article":
        monkeypatch.setattr(cli, "BIG_ARTICLE", 1_000_000)
        monkeypatch.setattr("sys.stderr", Terminal())
    assert main(["--db", str(db), "import", str(big_article)]) == 0
    err = cli.sys.stderr.getvalue() if case == "small article" else capsys.readouterr().err
    assert err == ""


def test_ctrl_c_while_a_big_article_is_read_leaves_the_database_as_it_was(big_article, db, monkeypatch):
    from rich.progress import Progress

    before = dump(db)
    update = Progress.update

    def interrupted_halfway(self, task, **fields):
        if fields.get("completed", 0) >= 0.5:
            raise KeyboardInterrupt
        update(self, task, **fields)

    monkeypatch.setattr(Progress, "update", interrupted_halfway)
    monkeypatch.setattr("sys.stderr", Terminal())
    assert main(["--db", str(db), "import", str(big_article)]) == 130
    assert cli.sys.stderr.getvalue().endswith(
        "ai-deals: error: interrupted; the database is as it was before\n"
    )
    assert dump(db) == before
