"""qa43 #5: a correction story's figure is the raise's figure, dated as the dispatch it corrects."""

from __future__ import annotations

import json

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


def _page(capsys, db, company: str) -> dict:
    return json.loads(run_ok(capsys, db, "show", company, "--json"))


def test_a_correction_imported_after_the_story_it_corrects_gives_the_raise_its_figure(
    capsys, tmp_path, monkeypatch
):
    monkeypatch.setenv("COLUMNS", "200")
    db = import_files(capsys, tmp_path, ("h14.txt", BRUMAIRE), ("h13.txt", BRUMAIRE_CORRECTED))
    out = run_ok(capsys, db, "show", "Brumaire")
    assert "raised €25M" in out
    assert "raised €52M" not in out
    assert (
        "CONFLICT round 2026-03-12: €25M per Rectificatif vs €52M per Brumaire" in out
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
