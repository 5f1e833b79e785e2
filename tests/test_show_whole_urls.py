"""`ai-deals show` keeps every source URL whole: written to a file (not a terminal) at 80 columns,
each was cut to `https://news.…`, every row of the Sources table the same. To a file nothing is cut
or wrapped; in a terminal (a width given) a URL folds onto the next lines, still whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import import_deals, run

PREFIX = "https://news.example.com/2024/06/18/acme-raises-money-from-funda-in-a-seed-round-article-"
URLS = [PREFIX + "one", PREFIX + "two"]
DEALS = "company,investor,amount,currency,date,source_url,source_title\n" + "".join(
    f"Acme,Fund{n},{n}000000,USD,202{n},{url},Acme {n}\n" for n, url in enumerate(URLS, start=1)
)


def url_cells(out: str) -> list[str]:
    """The url column of the Sources table, each row's lines joined (a folded URL read back)."""
    lines = out.split("Sources", 1)[1].splitlines()
    header = next(line for line in lines if "┃" in line)
    column = [cell.strip() for cell in header.split("┃")].index("url")
    cells: list[str] = []
    for line in lines:
        if not line.startswith("│"):
            continue
        parts = [part.strip() for part in line.split("│")]
        if parts[3]:  # the title column starts a row
            cells.append("")
        cells[-1] += parts[column]
    return cells


@pytest.fixture
def db(capsys, tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.delenv("COLUMNS", raising=False)
    return import_deals(capsys, tmp_path, DEALS)


def test_show_to_a_file_writes_every_source_url_whole_on_one_line(capsys, db):
    code, out, _ = run(capsys, "--db", str(db), "show", "Acme")
    assert code == 0 and "…" not in out
    for url in URLS:
        assert any(url in line for line in out.splitlines())
    assert url_cells(out) == URLS


def test_show_in_a_narrow_terminal_folds_a_source_url_onto_lines_of_its_own_whole(capsys, db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "70")
    code, out, _ = run(capsys, "--db", str(db), "show", "Acme")
    assert code == 0 and "…" not in out
    assert all(len(line) <= 70 for line in out.splitlines())
    assert url_cells(out) == URLS
