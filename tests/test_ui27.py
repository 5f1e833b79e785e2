"""Items qa49 left (ui27): a retracted figure in the exports, a valuation of a round in talks, an
investor named two ways opened as the one it is listed as, and the "(lead)" mark written once."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_helpers import import_files, private_default_db, run, run_ok  # noqa: F401 (autouse fixture)
from test_export_correction_stories import KELVANE, KELVANE_CORRECTED
from test_ui26 import quill_spelt_twice

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


# Item 1: a dispatch whose own outlet's correction story withdrew its figure, in the exports.
def exported_rounds(capsys, db: Path, fmt: str, *options: str) -> list[dict]:
    text = run_ok(capsys, db, "export", "--format", fmt, *options)
    rows = (
        json.loads(text)["records"]
        if fmt == "json"
        else list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    )
    return [row for row in rows if row["record_type"] == "round"]


def retracted_marks(rows: list[dict]) -> list[tuple[float, object]]:
    return sorted((float(row["amount"]), row["retracted"]) for row in rows)


def corrected_kelvane(capsys, tmp_path: Path) -> Path:
    db = import_files(capsys, tmp_path, ("k1.txt", KELVANE), ("k2.txt", KELVANE_CORRECTED))
    assert "$42M (retracted)" in run_ok(capsys, db, "show", "Kelvane AI")  # as the page marks it
    return db


def test_the_csv_and_json_exports_mark_the_figure_a_correction_withdrew_retracted(capsys, tmp_path: Path):
    db = corrected_kelvane(capsys, tmp_path)
    assert retracted_marks(exported_rounds(capsys, db, "csv")) == [(42e6, "true"), (48e6, "")]
    assert retracted_marks(exported_rounds(capsys, db, "json")) == [(42e6, True), (48e6, None)]
    # a company's export reads the same folds as the whole database's
    company = exported_rounds(capsys, db, "csv", "--company", "Kelvane AI")
    assert retracted_marks(company) == [(42e6, "true"), (48e6, "")]


def test_the_markdown_export_marks_the_withdrawn_figure_as_show_does(capsys, tmp_path: Path):
    db = corrected_kelvane(capsys, tmp_path)
    lines = run_ok(capsys, db, "export", "--format", "md").splitlines()
    [withdrawn] = [line for line in lines if "raised $42 million" in line]
    [correction] = [line for line in lines if "raised $48 million" in line]
    assert "| $42M (retracted) |" in withdrawn
    assert "retracted" not in correction and "| $48M |" in correction


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_with_a_retracted_figure_imports_as_the_same_records(capsys, tmp_path: Path, fmt):
    db = corrected_kelvane(capsys, tmp_path)
    exported, copy = tmp_path / f"all.{fmt}", tmp_path / "copy.db"
    run_ok(capsys, db, "export", "--format", fmt, "--out", str(exported))
    run_ok(capsys, copy, "--empty", "import", str(exported))
    page = json.loads(run_ok(capsys, copy, "show", "--json", "Kelvane AI"))
    assert page["raised"] == {"USD": 48e6}
    assert "$42M (retracted)" in run_ok(capsys, copy, "show", "Kelvane AI")
    # the column is read as nothing: the copy finds the withdrawn figure again, and marks it again
    assert retracted_marks(exported_rounds(capsys, copy, fmt)) == retracted_marks(
        exported_rounds(capsys, db, fmt)
    )


def test_a_figure_another_outlet_states_is_never_marked_retracted(capsys, tmp_path: Path):
    other = KELVANE.replace("publisher: Reuters", "publisher: Bloomberg").replace(
        "example.org", "example.com"
    )
    db = import_files(capsys, tmp_path, ("k1.txt", other), ("k2.txt", KELVANE_CORRECTED))
    assert retracted_marks(exported_rounds(capsys, db, "csv")) == [(42e6, ""), (48e6, "")]


# Item 3: one fund spelt "Quill Capital Partners" by one source and "Quill Capital" by the others.
def test_timeline_of_an_investors_other_spelling_is_the_one_it_is_listed_as_and_says_so(
    capsys, tmp_path: Path
):
    db = quill_spelt_twice(capsys, tmp_path)
    code, out, err = run(capsys, "--db", str(db), "timeline", "--company", "Quill Capital Partners", "--json")
    assert code == 0, err
    assert err.count('"Quill Capital Partners" is listed as Quill Capital') == 1  # the line `show` writes
    listed = run_ok(capsys, db, "timeline", "--company", "Quill Capital", "--json")
    assert json.loads(out) == json.loads(listed)


def test_timeline_of_an_investor_listed_as_itself_says_nothing(capsys, tmp_path: Path):
    db = quill_spelt_twice(capsys, tmp_path)
    code, _, err = run(capsys, "--db", str(db), "timeline", "--company", "Quill Capital")
    assert code == 0 and "listed as" not in err
