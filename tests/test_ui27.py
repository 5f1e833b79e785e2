"""Items qa49 left (ui27): a retracted figure in the exports, a valuation of a round in talks, an
investor named two ways opened as the one it is listed as, and the "(lead)" mark written once."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import import_files, private_default_db, run, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.store import Store
from ai_deals.store.formatting import investor_label
from ai_deals.tui.screens.company_rows import round_row

LED = """title: Zeta AI raises $20M Series A
date: 2026-02-03
publisher: TechWire

Zeta AI said on Tuesday it raised $20 million in a Series A round led by Vantor Capital, with participation from Osk Partners.
"""


def test_investor_label_marks_the_lead_then_the_other_notes():
    assert investor_label("Vantor Capital", ["Vantor Capital"]) == "Vantor Capital (lead)"
    assert (
        investor_label("Vantor Capital", ["Vantor Capital"], "part: $12M")
        == "Vantor Capital (lead, part: $12M)"
    )
    assert investor_label("Osk Partners", ["Vantor Capital"], "part: $2M") == "Osk Partners (part: $2M)"
    assert investor_label("Osk Partners", ["Vantor Capital"]) == "Osk Partners"


def test_the_lead_is_marked_alike_by_show_the_explorer_and_the_import_lines(capsys, tmp_path: Path):
    article = tmp_path / "zeta.txt"
    article.write_text(LED, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", "--dry-run", str(article))
    assert code == 0, err
    assert "investors: Vantor Capital (lead), Osk Partners" in out  # the import's fact line
    db = import_files(capsys, tmp_path, ("zeta.txt", LED))
    assert "Vantor Capital (lead), Osk Partners" in run_ok(capsys, db, "show", "Zeta AI")
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Zeta AI").id)
    row = "".join(text for text, _style, _width in round_row(page.rounds[0]).pieces)
    assert "Vantor Capital (lead), Osk Partners" in row


# Item 2: a raise in talks at a valuation (qa49's r11).
IBIS_IN_TALKS = """title: R11
date: 2024-10-15
publisher: Wire11

Ibis AI is said to be raising $500 million at a $4 billion valuation.
"""


def test_show_marks_the_valuation_of_a_round_in_talks_in_the_rounds_table(capsys, tmp_path: Path):
    db = import_files(capsys, tmp_path, ("r11.txt", IBIS_IN_TALKS))
    out = run_ok(capsys, db, "show", "Ibis AI")
    rounds = out[out.index("Rounds") : out.index("Metrics")]
    [row] = [line for line in rounds.splitlines() if "2024-10-15" in line]
    assert "$500M (in talks)" in row
    assert "$4B (in talks)" in row  # not a bare "$4B" beside the amount marked so
    assert "$4B (in talks)" in out[out.index("Metrics") :]  # as its own figure's row says it


def test_show_leaves_the_valuation_of_a_round_made_unmarked(capsys, tmp_path: Path):
    made = IBIS_IN_TALKS.replace("is said to be raising", "raised")
    db = import_files(capsys, tmp_path, ("r11.txt", made))
    out = run_ok(capsys, db, "show", "Ibis AI")
    assert "in talks" not in out
    assert "$4B" in out
