"""One figure told twice is one figure; two figures that disagree are a conflict, shown.

Articles and deal files of one raise or one valuation, read as a reader reads the company's page,
`ai-deals show` and the timeline: a figure two sources state alike is one row with "2 sources", an
approximate figure close to an exact one is no conflict, an investor's part of a raise is shown as
that investor's, and conditional money is told apart from the money raised."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db  # noqa: F401  (autouse)

from ai_deals.cli import main
from ai_deals.store import Store

MISTRAL_FR = """title: Mistral AI lève 1,7 milliard d'euros
date: 2025-09-09
url: https://example.fr/mistral
language: fr

Mistral AI a levé 1,7 milliard d'euros lors d'une série C menée par ASML, ce qui valorise Mistral AI à 11,7 milliards d'euros après l'investissement. La société compte environ 350 salariés.
"""
MISTRAL_EN = """title: Mistral AI raises €1.7 billion
date: 2025-09-09
url: https://example.com/mistral
language: en

Mistral AI raised €1.7 billion in a Series C led by ASML, which values Mistral AI at €11.7 billion post-money. The company has about 350 employees.
"""
EXACT_58 = """title: Mistral AI valued at €5.8 billion
date: 2024-06-11
url: https://example.com/m58
language: en

Mistral AI raised €600 million in a Series B round led by General Catalyst, which values Mistral AI at €5.8 billion.
"""
NEARLY_6 = """title: Mistral AI valorisée près de 6 milliards
date: 2024-06-11
url: https://example.fr/m6
language: fr

La start-up Mistral AI est désormais valorisée près de 6 milliards d'euros.
"""
EXACTLY_6 = NEARLY_6.replace("près de 6", "6").replace("m6", "m6b")


def cli(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def imported(tmp_path: Path, capsys, **files: str) -> Path:
    """A new database (no seed) holding `files` (name: text), imported in the order given."""
    db = tmp_path / "deals.db"
    paths = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    cli(capsys, "--db", str(db), "--empty", "import", *paths)
    return db


def page_of(db: Path, name: str):
    with Store(db, readonly=True) as store:
        return store.company(store.find_company(name).id)


def test_an_approximate_valuation_close_to_an_exact_one_is_no_conflict(tmp_path, capsys, monkeypatch):
    db = imported(tmp_path, capsys, **{"v1.txt": EXACT_58, "v2.txt": NEARLY_6})
    page = page_of(db, "Mistral AI")
    assert sorted((m.value, m.bound) for m in page.metrics if m.metric == "valuation") == [
        (5.8e9, "exact"),
        (6e9, "approx"),
    ]
    assert [c.what for c in page.conflicts if "valuation" in c.what] == []
    monkeypatch.setenv("COLUMNS", "200")
    assert "CONFLICT" not in cli(capsys, "--db", str(db), "show", "Mistral AI")


def test_two_exact_valuations_that_differ_are_still_a_conflict(tmp_path, capsys, monkeypatch):
    db = imported(tmp_path, capsys, **{"v1.txt": EXACT_58, "v2.txt": EXACTLY_6})
    page = page_of(db, "Mistral AI")
    (conflict,) = [c for c in page.conflicts if "valuation" in c.what]
    assert conflict.values == ["€5.8B", "€6B"]
    monkeypatch.setenv("COLUMNS", "200")
    assert "CONFLICT valuation 2024-06-11: €5.8B" in cli(capsys, "--db", str(db), "show", "Mistral AI")
