"""An article and a deal file's row telling one raise stay one raise with a conflict, whatever the
case the article writes the company's name in (qa39: lower-case 'poolside', a brand so spelt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run, run_ok

from ai_deals.store.conflicts import raise_conflicts
from ai_deals.store.models import Evidence, Round

SENTENCES = {
    "lower-case subject": (
        "poolside, a Paris-based AI coding startup, said on Wednesday it raised $500 million in a "
        "Series B round led by Bain Capital Ventures."
    ),
    "capitalised subject": (
        "Poolside, a Paris-based AI coding startup, said on Wednesday it raised $500 million in a "
        "Series B round led by Bain Capital Ventures."
    ),
    "lower-case after a descriptor": (
        "French AI coding startup poolside said on Wednesday it raised $500 million in a Series B "
        "round led by Bain Capital Ventures."
    ),
}
ROW = "Poolside,2024-10-02,520000000,USD,Series B,Bain Capital Ventures"
CONFLICT = "CONFLICT round 2024-10-02: $500M per "


def write_article(folder: Path, name: str, title: str, sentence: str) -> Path:
    path = folder / name
    path.write_text(f"title: {title}\ndate: 2024-10-02\nlanguage: en\n\n{sentence}\n", encoding="utf-8")
    return path


def write_deals(folder: Path, company: str = "Poolside") -> Path:
    path = folder / "p.csv"
    header = "company,date,amount,currency,round_type,investors"
    path.write_text(f"{header}\n{ROW.replace('Poolside', company, 1)}\n", encoding="utf-8")
    return path


def show_after(capsys, tmp_path: Path, paths: list[Path], company: str = "Poolside") -> str:
    db = tmp_path / "p.db"
    for path in paths:
        code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
        assert code == 0, err
    return run_ok(capsys, db, "show", company)


@pytest.mark.parametrize("article_first", [True, False], ids=["article first", "deal file first"])
@pytest.mark.parametrize("wording", list(SENTENCES))
def test_an_article_naming_the_company_in_any_case_and_a_deal_file_row_are_one_raise_with_a_conflict(
    capsys, tmp_path, wording, article_first
):
    article = write_article(tmp_path, "p1.txt", "poolside raises $500 million", SENTENCES[wording])
    deals = write_deals(tmp_path)
    out = show_after(capsys, tmp_path, [article, deals] if article_first else [deals, article])
    assert "poolside raises $500 million" in out  # the article is among Poolside's sources
    assert "2 sources" in out
    assert out.count(CONFLICT) == 1
    assert "vs $520M per p.csv" in out


@pytest.mark.parametrize("row_name", ["Poolside", "poolside", "POOLSIDE"])
def test_two_articles_spelling_the_name_differently_and_a_deal_file_row_are_one_raise_with_one_conflict(
    capsys, tmp_path, row_name
):
    """qfI's finding: 'Poolside, a Paris-based…' and '…startup poolside said…' with the file's row."""
    capitalised = write_article(
        tmp_path, "p1b.txt", "Poolside raises $500M", SENTENCES["capitalised subject"]
    )
    lower = write_article(
        tmp_path, "p1c.txt", "French coder poolside lands $500M", SENTENCES["lower-case after a descriptor"]
    )
    out = show_after(capsys, tmp_path, [capitalised, lower, write_deals(tmp_path, row_name)], row_name)
    assert "Poolside raises $500M" in out and "French coder poolside lands $500M" in out
    assert "3 sources" in out
    assert out.count("CONFLICT") == 1
    assert "$500M per Poolside raises $500M; French coder poolside lands $500M vs $520M per p.csv" in out


def told(id_: int, source: int, amount: float, date: str, label: str, url: str = "") -> Round:
    evidence = Evidence(
        source_id=source, source_title=label, url=url or None, sentence=label, start=0, end=len(label)
    )
    return Round(
        id=id_,
        company_id=1,
        company="Poolside",
        source_id=source,
        amount=amount,
        date=date,
        currency="USD",
        bound="exact",
        round_type="Series B",
        evidence=[evidence],
    )


def test_raise_conflicts_state_each_disagreement_once():
    """Two raises whose sources say the same thing in the same words make one CONFLICT line, not
    one per raise ('CONFLICT round 2024-10-02: $500M per … vs $520M per p.csv' was printed twice)."""
    one = [
        told(1, 1, 500e6, "2024-10-02", "poolside raises $500 million"),
        told(2, 2, 520e6, "2024-10", "p.csv", "file:///p.csv"),
    ]
    other = [
        told(3, 1, 500e6, "2024-10-02", "poolside raises $500 million"),
        told(4, 2, 520e6, "2024-10", "p.csv", "file:///p.csv"),
    ]
    found = raise_conflicts([one, other], set())
    assert [c.what for c in found] == ["round 2024-10-02"]
