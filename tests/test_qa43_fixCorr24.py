"""qa43 #5: a correction story's figure is the raise's figure, dated as the dispatch it corrects."""

from __future__ import annotations

import sqlite3

from cli_helpers import import_files, run_ok

BRUMAIRE = """title: Brumaire
date: 2026-03-12
publisher: AFP
language: fr

La start-up lyonnaise Brumaire a levé 52 millions d'euros lors d'une série B menée par Eurazeo.
"""
BRUMAIRE_CORRECTED = """title: Rectificatif
date: 2026-03-13
publisher: AFP
language: fr

Rectificatif : la start-up lyonnaise Brumaire a levé 25 millions d'euros, et non 52 millions comme indiqué \
par erreur dans une précédente version, lors d'une série B menée par Eurazeo.
"""
KELVANE = """title: Kelvane
date: 2026-03-12
publisher: Reuters
language: en

London-based startup Kelvane AI raised $42 million in a Series A led by Accel.
"""
KELVANE_CORRECTED = """title: Kelvane fix
date: 2026-03-13
publisher: Reuters
language: en

CORRECTION: An earlier version of this story misstated the amount Kelvane AI raised. The London-based startup \
raised $48 million, not $42 million, in its Series A led by Accel.
"""


def test_a_correction_imported_after_the_story_it_corrects_gives_the_raise_its_figure(
    capsys, tmp_path, monkeypatch
):
    monkeypatch.setenv("COLUMNS", "200")
    db = import_files(capsys, tmp_path, ("h14.txt", BRUMAIRE), ("h13.txt", BRUMAIRE_CORRECTED))
    out = run_ok(capsys, db, "show", "Brumaire")
    assert "raised €25M" in out
    assert "raised €52M" not in out
    assert (
        "CONFLICT round 2026-03-12: €25M per Rectificatif vs €52M (retracted) per Brumaire" in out
    )  # the conflict stays
    timeline = run_ok(capsys, db, "timeline", "--company", "Brumaire")
    assert "Brumaire raises €25M" in timeline and "raises €52M" not in timeline


def test_a_corrected_raise_keeps_the_date_of_the_dispatch_it_corrects(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    db = import_files(capsys, tmp_path, ("h12.txt", KELVANE), ("h11.txt", KELVANE_CORRECTED))
    out = run_ok(capsys, db, "show", "Kelvane AI")
    assert "raised $48M" in out
    rounds = out.split("Rounds told by several sources")[0]
    assert "│ 2026-03-12 │ Series A │ $48M" in rounds
    assert "2026-03-13" not in rounds
    timeline = run_ok(capsys, db, "timeline", "--company", "Kelvane AI")
    assert "2026-03-12 │ Kelvane AI raises $48M" in timeline
    assert "2026-03-13" not in timeline


KESTRAVA = """title: Robotics startup Kestrava raises $75 million in down round
date: 2026-03-05
publisher: Reuters
language: en

LONDON, March 5 (Reuters) - Kestrava Robotics, a London-based maker of warehouse robots, has raised $75 million \
at a pre-money valuation of $400 million, people familiar with the matter said.

Existing backers Index Ventures and Balderton Capital co-led the round, with new investor Mubadala also taking \
part, the company said in a statement on Thursday.
"""
KESTRAVA_CORRECTED = """title: UPDATE 1-Kestrava Robotics raises $85 mln in down round
date: 2026-03-06
publisher: Reuters
language: en

(Corrects amount raised in paragraph 1 to $85 million from $75 million)

LONDON, March 5 (Reuters) - Kestrava Robotics, a London-based maker of warehouse robots, has raised $85 million \
at a pre-money valuation of $400 million, people familiar with the matter said.
"""


def test_a_correction_note_folds_its_raise_into_the_one_it_corrects_on_page_timeline_and_money_raised(
    capsys, tmp_path, monkeypatch
):
    monkeypatch.setenv("COLUMNS", "200")
    db = import_files(capsys, tmp_path, ("02.txt", KESTRAVA), ("16.txt", KESTRAVA_CORRECTED))
    out = run_ok(capsys, db, "show", "Kestrava Robotics")
    assert "raised $85M" in out
    rounds = out.split("Rounds told by several sources")[0]
    # One row: the corrected figure, told by Reuters (its correction is its account: qa48 #11).
    assert "$75M" not in rounds
    assert (
        "│ 2026-03-05 │       │ $85M   │ $400M pre-money │ Index Ventures (lead), Balderton Capital (lead), Mubadala │"
        " 1 source" in rounds
    )
    assert "CONFLICT round 2026-03-05: $75M (retracted) per" in out  # the withdrawn figure, marked so
    timeline = run_ok(capsys, db, "timeline", "--company", "Kestrava Robotics")
    raises = [line for line in timeline.splitlines() if " raises $" in line]
    assert len(raises) == 1 and "raises $85M" in raises[0]
    assert "conflict: $75M (retracted) vs $85M" in timeline


def test_a_story_opening_with_a_correction_note_is_stored_as_a_correction(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("02.txt", KESTRAVA), ("16.txt", KESTRAVA_CORRECTED))
    with sqlite3.connect(db) as conn:
        marks = dict(conn.execute("SELECT title, corrects FROM sources"))
    assert marks == {
        "Robotics startup Kestrava raises $75 million in down round": 0,
        "UPDATE 1-Kestrava Robotics raises $85 mln in down round": 1,
    }


KELVANE_CORRECTED_NOTE_AT_THE_END = """title: Kelvane fix2
date: 2026-03-13
publisher: Bloomberg
language: en

Kelvane AI raised $48 million in a Series A led by Accel. (This story has been corrected to show the round was \
$48 million, not $42 million.)
"""


def test_a_search_result_tells_a_corrected_raise_by_its_figure_and_the_corrected_dispatch_day(
    capsys, tmp_path
):
    db = import_files(
        capsys,
        tmp_path,
        ("h12.txt", KELVANE),
        ("h11.txt", KELVANE_CORRECTED),
        ("h15.txt", KELVANE_CORRECTED_NOTE_AT_THE_END),
    )
    out = run_ok(capsys, db, "search", "Kelvane")
    assert "raised $48M · last round 2026-03-12" in out


def test_a_story_saying_it_has_been_corrected_is_stored_as_a_correction(capsys, tmp_path):
    db = import_files(
        capsys,
        tmp_path,
        ("h12.txt", KELVANE),
        ("h11.txt", KELVANE_CORRECTED),
        ("h15.txt", KELVANE_CORRECTED_NOTE_AT_THE_END),
    )
    with sqlite3.connect(db) as conn:
        marks = dict(conn.execute("SELECT title, corrects FROM sources"))
    assert marks == {"Kelvane": 0, "Kelvane fix": 1, "Kelvane fix2": 1}


def test_migration_m036_marks_correction_stories_imported_before_it(capsys, tmp_path):
    from sqlite_utils import Database

    from ai_deals.store.schema import m036_correction_sources

    db = import_files(
        capsys,
        tmp_path,
        ("02.txt", KESTRAVA),
        ("16.txt", KESTRAVA_CORRECTED),
        ("h13.txt", BRUMAIRE_CORRECTED),
    )
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE sources DROP COLUMN corrects")  # as a database of m034 holds them
    migrated = Database(db)
    m036_correction_sources(migrated)
    migrated.conn.commit()
    with sqlite3.connect(db) as conn:
        marks = dict(conn.execute("SELECT title, corrects FROM sources"))
    assert marks == {
        "Robotics startup Kestrava raises $75 million in down round": 0,
        "UPDATE 1-Kestrava Robotics raises $85 mln in down round": 1,
        "Rectificatif": 1,
    }
