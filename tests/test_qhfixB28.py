"""Fixes from tester qh28 (hostile input against the last sessions' features): a source's title holding
the `; ` separator in a one-row-per-deal export's `sources` cell, a one-row-per-deal export imported
back, and a deal file's investors cell with a terminal escape sequence."""

from __future__ import annotations

import csv
import io
import json

import pytest
from cli_helpers import import_files, run, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.importers import structured
from ai_deals.importers.errors import InputError
from ai_deals.store import Store
from ai_deals.store.models import Evidence, at_lines
from ai_deals.tui.screens.company_rows import build_rows, source_row

HEADER = "company,investors,round_type,amount,currency,date,source_title,publisher,published,source_url\n"
# Two vendor files telling RedCo's seed, the second's title holding the `; ` separator.
VA = HEADER + 'RedCo AI,"Accel; Index",Seed,2000000,USD,2025-05-01,Plain story,Wire,2025-05-02,\n'
VB = (
    HEADER + 'RedCo AI,"Accel; Index",Seed,2100000,USD,2025-05-01,"Title; with ""quotes""",Wire,2025-05-03,\n'
)


def one_per_deal_csv(capsys, db) -> list[dict[str, str]]:
    out = run_ok(capsys, db, "export", "--one-per-deal", "--format", "csv")
    return list(csv.DictReader(io.StringIO(out)))


def split_sources(cell: str) -> list[str]:
    """The `sources` cell split as README says: `; `-separated, a quoted source read as CSV reads it."""
    return next(csv.reader([cell], delimiter=";", skipinitialspace=True))


def test_a_source_title_holding_the_separator_is_quoted_in_the_sources_cell(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("va.csv", VA), ("vb.csv", VB))
    [row] = one_per_deal_csv(capsys, db)
    quoted = '"Title; with ""quotes"" · Wire · 2025-05-03 (from vb.csv:2)"'
    assert row["sources"] == f"Plain story · Wire · 2025-05-02 (from va.csv:2); {quoted}"
    assert split_sources(row["sources"]) == [
        "Plain story · Wire · 2025-05-02 (from va.csv:2)",
        'Title; with "quotes" · Wire · 2025-05-03 (from vb.csv:2)',
    ]
    assert row["other_figures"] == f"$2.1M ({quoted})"


# --- 2. A one-row-per-deal export is refused as an import, as the Markdown export is ---------------


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_importing_a_one_per_deal_export_is_refused_and_writes_nothing(capsys, tmp_path, fmt):
    db = import_files(capsys, tmp_path, ("va.csv", VA), ("vb.csv", VB))
    copy = tmp_path / f"opd.{fmt}"
    run_ok(capsys, db, "export", "--one-per-deal", "--out", str(copy))
    other = tmp_path / "copy.db"
    code, out, err = run(capsys, "--db", str(other), "--empty", "import", str(copy))
    assert code != 0
    assert "Traceback" not in err and "read as an ai-deals export" not in out + err
    [line] = err.strip().splitlines()
    assert f"{copy}: a one-row-per-deal export" in line and "full export" in line
    assert not other.exists()


def test_a_one_per_deal_export_read_as_rows_is_refused_on_its_first_row(tmp_path):
    """Any way in (standard input, the explorer's import) reads the rows: the first one refuses the file."""
    db_rows = "record_type,record_id,company,counterpart,counterpart_role,amount,sources\n"
    path = tmp_path / "opd.csv"
    path.write_text(
        db_rows + "round,1,RedCo AI,Accel,investors,2000000,va.csv:2; vb.csv:2\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match="one-row-per-deal export"):
        list(structured.iter_deal_rows(path))


def test_a_full_export_still_imports_back(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("va.csv", VA), ("vb.csv", VB))
    full = tmp_path / "all.json"
    run_ok(capsys, db, "export", "--out", str(full))
    other = tmp_path / "copy.db"
    run_ok(capsys, other, "--empty", "import", str(full))
    records = json.loads(run_ok(capsys, other, "export", "--format", "json"))["records"]
    assert [row["amount"] for row in records if row["record_type"] == "round"] == [2000000, 2100000]


# --- 4. A deal file's own rows listed at their lines; an escape sequence's ";" splits no names -----

INVESTED = (
    "company,investors,round_type,amount,currency,date\n"
    "Target0 AI,Alpha Lead; Beta,Seed,1000000,USD,2025-01-10\n"
    'Target1 AI,"Alpha Lead; Multi\nLine Partners",Seed,2000000,USD,2025-02-11\n'
    "Target2 AI,Alpha Lead,Seed,3000000,USD,2025-03-12\n"
)


def page_sources(db, company: str) -> list[str]:
    with Store.open(db) as store:
        sources = store.company(store.find_company(company).id).sources
        return ["".join(text for text, _, _ in source_row(source).pieces).strip() for source in sources]


def test_a_deal_files_own_rows_are_listed_on_the_page_at_their_lines(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("hostile.csv", INVESTED))
    # the investor's rows run from line 2 to line 5 (the second row's cell holds a line break)
    assert page_sources(db, "Alpha Lead") == ["hostile.csv lines 2–5  3 facts"]
    assert page_sources(db, "Target2 AI") == ["hostile.csv:5  1 fact"]
    assert "hostile.csv:5" in run_ok(capsys, db, "show", "Target2 AI")


def test_a_json_lists_items_on_one_line_are_named_as_items():
    assert at_lines("deals.json", -3, -7) == "deals.json items 3–7"
    assert at_lines("deals.json", -3, -3) == "deals.json: item 3"
    assert at_lines("deals.csv", 4, None) == "deals.csv:4"


ESCAPED = "Alpha Lead; B\x1b[31mEta\x1b]0;pwn\x07"


def test_an_exports_investors_cell_drops_an_escape_sequence_whole_before_splitting(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("va.csv", VA))
    export = tmp_path / "all.csv"
    run_ok(capsys, db, "export", "--out", str(export))
    rows = list(csv.DictReader(io.StringIO(export.read_text(encoding="utf-8-sig"), newline="")))
    for row in rows:
        if row["record_type"] == "round":
            row["counterpart"] = ESCAPED
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    evil = tmp_path / "evil_export.csv"
    evil.write_text(out.getvalue(), encoding="utf-8")
    other = tmp_path / "copy.db"
    run_ok(capsys, other, "--empty", "import", str(evil))
    records = json.loads(run_ok(capsys, other, "export", "--format", "json"))["records"]
    [round_] = [row for row in records if row["record_type"] == "round"]
    assert round_["counterpart"] == "Alpha Lead; BEta"
    names = {row["company"] for row in records if row["record_type"] == "company"}
    assert not names & {"BEta0", "pwn", "0", "pwn\x07"}


# --- 3. A round read from many one-investor rows: its page counts each investor's sources once each -


def test_a_rounds_page_of_many_one_investor_rows_works_out_each_rows_source_once(
    capsys, tmp_path, monkeypatch
):
    """2,001 rows made its page take 9 s to build: each investor's row worked out the source of every
    row of the round again (4 million times). Now each record's sources are worked out once."""
    rows = 200
    crowd = "company,investor,round_type,amount,currency,date\n" + "".join(
        f"Crowd AI,Angel {n},Seed,5000000,USD,2025-03-03\n" for n in range(rows)
    )
    db = import_files(capsys, tmp_path, ("cb.csv", crowd))
    calls = []
    identity = Evidence.source_identity

    def counted(evidence):
        calls.append(1)
        return identity.fget(evidence)

    with Store.open(db) as store:
        page = store.company(store.find_company("Crowd AI").id)
        monkeypatch.setattr(Evidence, "source_identity", property(counted))
        built = build_rows(page, "date")
    investors = [row for row in built if "Angel " in "".join(text for text, _, _ in row.pieces)]
    assert len(investors) >= rows  # and the round's own row naming the first ones
    assert len(calls) < 10 * rows  # was rows × rows
