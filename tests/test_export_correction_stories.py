"""A correction story copied through an export: its source is marked a correction (`sources.corrects`,
m036) by the note opening its text, not by its title or the round's sentence, and an export's rows
cite it by title and URL only. Re-imported, its figure lost to the figure it corrects; the export's
`source_corrects` column (and `"corrects"` in `more_evidence`) carries the mark, and the re-import
folds the raise as the database it came from does. Articles written for these tests."""

from __future__ import annotations

import csv
import io
import json

import pytest
from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)
from test_qa43_fixCorr24 import KESTRAVA, KESTRAVA_CORRECTED

KELVANE = """title: Kelvane raises $42 million
date: 2026-03-12
publisher: Reuters
url: https://example.org/kelvane
language: en

London-based startup Kelvane AI raised $42 million in a Series A led by Accel.
"""
# Marked a correction by its opening note alone: the title and the round's sentence say nothing of it.
KELVANE_CORRECTED = """title: Kelvane AI lands Series A
date: 2026-03-13
publisher: Reuters
url: https://example.org/kelvane-2
language: en

(Corrects amount raised in first paragraph)

London-based startup Kelvane AI raised $48 million in a Series A led by Accel.
"""


def raised(capsys, db) -> dict[str, float]:
    return json.loads(run_ok(capsys, db, "show", "--json", "Kelvane AI"))["raised"]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_correction_story_copied_through_an_export_still_gives_the_raise_its_figure(capsys, tmp_path, fmt):
    db = import_files(capsys, tmp_path, ("k1.txt", KELVANE), ("k2.txt", KELVANE_CORRECTED))
    assert raised(capsys, db) == {"USD": 48e6}
    exported, copy = tmp_path / f"all.{fmt}", tmp_path / "copy.db"
    run_ok(capsys, db, "export", "--format", fmt, "--out", str(exported))
    run_ok(capsys, copy, "--empty", "import", str(exported))
    assert raised(capsys, copy) == {"USD": 48e6}
    text = run_ok(capsys, copy, "export", "--format", fmt)  # and it goes on through a second copy
    rows = (
        json.loads(text)["records"]
        if fmt == "json"
        else list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    )
    marked = {row["source_title"] for row in rows if row.get("source_corrects") in (True, "true")}
    assert marked == {"Kelvane AI lands Series A"}


def test_an_export_marks_only_the_rows_a_correction_story_tells(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("k1.txt", KELVANE), ("k2.txt", KELVANE_CORRECTED))
    rows = [
        r
        for r in json.loads(run_ok(capsys, db, "export", "--format", "json"))["records"]
        if r["record_type"] == "round"
    ]
    assert sorted((row["amount"], row["source_corrects"]) for row in rows) == [(42e6, None), (48e6, True)]


def test_a_further_sentence_from_a_correction_story_keeps_its_mark_through_an_import(capsys, tmp_path):
    """`more_evidence` names each further sentence's source: one cited to a correction story says so
    (`"corrects": true`), and an import keeps it for the next export."""
    db = import_files(capsys, tmp_path, ("k1.txt", KELVANE))
    data = json.loads(run_ok(capsys, db, "export", "--format", "json"))
    (round_,) = [row for row in data["records"] if row["record_type"] == "round"]
    round_["more_evidence"] = [
        {
            "sentence": "London-based startup Kelvane AI raised $42 million in a Series A led by Accel.",
            "source_title": "Kelvane AI lands Series A",
            "source_url": "https://example.org/kelvane-2",
            "corrects": True,
        }
    ]
    edited, copy = tmp_path / "edited.json", tmp_path / "copy.db"
    edited.write_text(json.dumps(data), encoding="utf-8")
    run_ok(capsys, copy, "--empty", "import", str(edited))
    again = json.loads(run_ok(capsys, copy, "export", "--format", "json"))["records"]
    (round_,) = [row for row in again if row["record_type"] == "round"]
    assert round_["source_corrects"] is None
    assert [more.get("corrects") for more in round_["more_evidence"]] == [True]


def test_a_reimported_exports_correction_story_is_one_raise_on_the_timelines_as_on_its_page(capsys, tmp_path):
    """The rows of a re-imported export are all read from the file, which corrects nothing: the mark is
    its evidence's (`cited_corrects`), which the fold candidates read too (store/fold_candidates.py),
    so the $75M dispatch and its $85M correction are one event, as the page shows one raise."""
    db = import_files(capsys, tmp_path, ("02.txt", KESTRAVA), ("16.txt", KESTRAVA_CORRECTED))
    exported, copy = tmp_path / "all.csv", tmp_path / "copy.db"
    run_ok(capsys, db, "export", "--format", "csv", "--out", str(exported))
    run_ok(capsys, copy, "--empty", "import", str(exported))
    page = json.loads(run_ok(capsys, copy, "show", "--json", "Kestrava Robotics"))
    assert page["raised"] == {"USD": 85e6}
    for scope in ([], ["--company", "Kestrava Robotics"]):
        events = json.loads(run_ok(capsys, copy, "timeline", *scope, "--json"))["events"]
        assert [event["title"] for event in events if " raises $" in event["title"]] == [
            "Kestrava Robotics raises $85M from Index Ventures, Balderton Capital, Mubadala"
            " · conflict: $75M (retracted) vs $85M"
        ]


def test_a_reimported_exports_figure_two_sources_state_is_one_event_on_the_timelines(capsys, tmp_path):
    """Both sources' $400M valuation rows are read from the one file: who states each is the source its
    row cites (same_raise.teller), as on the page ("2 sources"), where the timeline read the file."""
    db = import_files(capsys, tmp_path, ("02.txt", KESTRAVA), ("16.txt", KESTRAVA_CORRECTED))
    exported, copy = tmp_path / "all.csv", tmp_path / "copy.db"
    run_ok(capsys, db, "export", "--format", "csv", "--out", str(exported))
    run_ok(capsys, copy, "--empty", "import", str(exported))
    for scope in ([], ["--company", "Kestrava Robotics"]):
        events = json.loads(run_ok(capsys, copy, "timeline", *scope, "--json"))["events"]
        assert [event["title"] for event in events if "valuation" in event["title"]] == [
            "Kestrava Robotics valuation: $400M (pre-money) · 2 sources"
        ]


@pytest.mark.parametrize("scope", [[], ["--company", "Kestrava Robotics"]])
def test_a_correction_storys_export_names_the_counted_account_in_same_as(capsys, tmp_path, scope):
    """The page shows and counts the correction's $85M: its row is counted and the dispatch's names it
    (`same_as`), so the rows without `same_as` add up to the page, as the `counted` column does."""
    db = import_files(capsys, tmp_path, ("02.txt", KESTRAVA), ("16.txt", KESTRAVA_CORRECTED))
    rows = [
        row
        for row in json.loads(run_ok(capsys, db, "export", "--format", "json", *scope))["records"]
        if row["record_type"] == "round"
    ]
    assert not [row for row in rows if row["counted"] is not None and row["same_as"] is not None]
    page = json.loads(run_ok(capsys, db, "show", "--json", "Kestrava Robotics"))["raised"]
    assert {"USD": sum(row["amount"] for row in rows if row["same_as"] is None)} == page == {"USD": 85e6}
