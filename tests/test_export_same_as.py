"""An export keeps one row per source's account of a deal (each with its source and sentence), and its
`same_as` column links them: three deal files telling RedCo's $2M Seed are one round "3 sources" in
the app, and a spreadsheet summing the export's `amount` got $6M. Each other account's `same_as` is
the `record_id` of the row the app shows and counts, so the rows without one add up to the app's
figure; a stake and a partnership two articles tell are linked the same way (qa42 #6)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)
from test_timeline_stake_partnership_accounts import all_four

HEADER = "Organization Name;Lead Investors;Money Raised (in USD);Announced Date;Funding Type\n"
ROW = ("RedCo", "Esc Ventures", "2000000", "2025-01-02", "Seed")
KEYS = [name.strip() for name in HEADER.split(";")]


def three_files_telling_one_seed() -> list[tuple[str, str]]:
    """RedCo's $2M Seed as a CSV, a JSON and an NDJSON deal file tell it (qa42's odd.* files)."""
    row = dict(zip(KEYS, ROW, strict=True))
    return [
        ("redco.csv", HEADER + ";".join(ROW) + "\n"),
        ("redco.json", json.dumps([row])),
        ("redco.ndjson", json.dumps(row) + "\n"),
    ]


@pytest.fixture
def redco(capsys, tmp_path: Path) -> Path:
    return import_files(capsys, tmp_path, *three_files_telling_one_seed())


def records(text: str, fmt: str) -> list[dict]:
    """An export's record rows (company rows left out), as a reader of the CSV or JSON gets them."""
    if fmt == "json":
        rows = json.loads(text)["records"]
    else:
        rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    return [row for row in rows if row["record_type"] != "company"]


def raised(capsys, db: Path, name: str) -> dict[str, float]:
    return json.loads(run_ok(capsys, db, "show", "--json", name))["raised"]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_exports_rows_without_same_as_add_up_to_the_money_the_app_says_was_raised(capsys, redco, fmt):
    rows = records(run_ok(capsys, redco, "export", "--format", fmt), fmt)
    assert len(rows) == 3  # every source's account keeps its row
    counted = [row for row in rows if row["same_as"] in ("", None)]
    assert sum(float(row["amount"]) for row in counted) == raised(capsys, redco, "RedCo")["USD"] == 2e6


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_each_other_account_of_a_raise_names_the_row_the_app_shows_as_same_as(capsys, redco, fmt):
    rows = records(run_ok(capsys, redco, "export", "--format", fmt), fmt)
    (shown,) = [row for row in rows if row["same_as"] in ("", None)]
    others = [row for row in rows if row is not shown]
    assert [str(row["same_as"]) for row in others] == [str(shown["record_id"])] * 2
    assert len({row["source_title"] for row in rows}) == 3  # each cites its own file


def test_a_company_export_links_the_accounts_as_the_whole_export_does(capsys, redco):
    whole = records(run_ok(capsys, redco, "export", "--format", "json"), "json")
    company = records(run_ok(capsys, redco, "export", "--company", "RedCo", "--format", "json"), "json")
    assert [(r["record_id"], r["same_as"]) for r in company] == [
        (r["record_id"], r["same_as"]) for r in whole
    ]


def test_a_markdown_export_marks_the_other_accounts_of_a_raise(capsys, redco):
    text = run_ok(capsys, redco, "export", "--format", "md")
    header, _, *lines = [
        [cell.strip() for cell in line.strip().strip("|").split("|")] for line in text.splitlines()
    ]
    rows = [dict(zip(header, line, strict=True)) for line in lines]
    (shown,) = [row for row in rows if row["same_as"] == ""]
    assert [row["same_as"] for row in rows if row is not shown] == [shown["record_id"]] * 2


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_with_same_as_imports_back_as_one_raise_of_three_sources(capsys, redco, tmp_path, fmt):
    exported, copy = tmp_path / f"all.{fmt}", tmp_path / "copy.db"
    run_ok(capsys, redco, "export", "--format", fmt, "--out", str(exported))
    run_ok(capsys, copy, "--empty", "import", str(exported))
    page, copied = (json.loads(run_ok(capsys, db, "show", "--json", "RedCo")) for db in (redco, copy))
    assert copied["raised"] == page["raised"] == {"USD": 2e6}
    told = [[len(r["evidence"]) for r in p["rounds"]] for p in (page, copied)]
    assert told == [[3], [3]]  # one round, each source's words
    again = records(run_ok(capsys, copy, "export", "--format", fmt), fmt)
    assert sorted(str(row["same_as"] or "") == "" for row in again) == [False, False, True]


def test_an_older_export_without_same_as_still_imports_as_one_raise(capsys, redco, tmp_path):
    text = run_ok(capsys, redco, "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    older = io.StringIO()
    writer = csv.DictWriter(older, [name for name in rows[0] if name != "same_as"], extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path, copy = tmp_path / "older.csv", tmp_path / "older.db"
    path.write_text(older.getvalue(), encoding="utf-8")
    run_ok(capsys, copy, "--empty", "import", str(path))
    assert raised(capsys, copy, "RedCo") == {"USD": 2e6}


@pytest.mark.parametrize("which", [(), ("--company", "Mistral AI")])
def test_the_other_accounts_of_a_stake_and_a_partnership_two_sources_tell_name_the_one_shown(
    capsys, tmp_path, which
):
    db = all_four(capsys, tmp_path)
    rows = records(run_ok(capsys, db, "export", *which, "--format", "json"), "json")
    for record_type, party in (("stake", "Microsoft"), ("partnership", "Nvidia")):
        told = [
            r for r in rows if r["record_type"] == record_type and party in (r["company"], r["counterpart"])
        ]
        assert len(told) == 2, record_type
        (shown,) = [r for r in told if r["same_as"] is None]
        assert [r["same_as"] for r in told if r is not shown] == [shown["record_id"]], record_type
    told_once = [r for r in rows if r["record_type"] == "round"]
    assert told_once and all(r["same_as"] is None for r in told_once)


def test_an_undated_account_of_a_raise_names_the_dated_row_the_app_shows(capsys, tmp_path):
    """The whole timeline lists no undated record, but a whole export does: a file's undated row of
    the Seed another file dates is that Seed again, `raised $2M · 2 sources`, not another $2M."""
    columns = "company,amount,currency,round,investors"
    db = import_files(
        capsys,
        tmp_path,
        ("dated.csv", f"{columns},date\nUndCo,2000000,USD,Seed,Esc Ventures,2025-01-02\n"),
        ("undated.csv", f"{columns}\nUndCo,2000000,USD,Seed,Esc Ventures\n"),
    )
    rows = records(run_ok(capsys, db, "export", "--format", "json"), "json")
    (dated,) = [row for row in rows if row["date"]]
    assert [row["same_as"] for row in rows] == [None, dated["record_id"]]
    assert raised(capsys, db, "UndCo") == {"USD": 2e6}


def test_a_company_export_links_its_accounts_without_reading_the_whole_timelines_folds(
    capsys, redco, monkeypatch
):
    """The whole timeline's folds take seconds at 100k records: a page's export (`e`) reads its own
    companies' accounts instead, unless the timeline read them already."""
    from ai_deals.store import Store
    from ai_deals.store import store as store_module

    def whole_timeline_read(db):
        raise AssertionError("the whole timeline's folds were read")

    monkeypatch.setattr(store_module, "timeline_folds", whole_timeline_read)
    with Store(redco, readonly=True) as store:
        rounds = list(store.iter_export_records(company_id=store.find_company("RedCo").id))
    (shown,) = [record for record in rounds if record.same_as is None]
    assert [record.same_as for record in rounds if record is not shown] == [shown.record_id] * 2
