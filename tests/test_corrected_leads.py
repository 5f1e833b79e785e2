"""A round's leads when a corrected version of a source (a colleague's export with the round corrected
by hand, review status `edited`) tells it beside the source's own record and another source: the
correction's leads stand for that source's, the other source's leads are kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store

FIRST = (
    "URL: https://example.com/zeta-raise\nTitle: Zeta AI raises $20 million\n\n"
    "Zeta AI raised $20 million in a Series A round led by Kestrel Analytics on February 3, 2026. "
    "Vantor Capital also took part.\n"
)
OTHER = (
    "URL: https://example.org/other-zeta\nTitle: Zeta AI lands Series A\n\n"
    "Zeta AI raised $20 million in a Series A round led by Orbit Ventures on February 3, 2026.\n"
)
COLUMNS = (
    "record_type,record_id,company,counterpart,counterpart_role,kind,amount,amount_max,currency,bound,unit,"
    "basis,percentage,date,round,tranche,condition,status,source_title,publisher,source_date,source_url,"
    "sentence,lead_investors,review_status"
)
CORRECTED = (
    "round,1,Zeta AI,Vantor Capital,investors,round,20000000,,USD,exact,,,,2026-02-03,Series A,,,announced,"
    "Zeta AI raises $20 million,,,https://example.com/zeta-raise,"
    '"Zeta AI raised $20 million in a Series A round led by Vantor Capital on February 3, 2026.",'
    "Vantor Capital,edited"
)


@pytest.fixture
def corrected(capsys, tmp_path: Path) -> Path:
    """The two articles, then the export correcting the first one's round to Vantor Capital's lead."""
    files = {"first.txt": FIRST, "other.txt": OTHER, "corrected.csv": f"{COLUMNS}\n{CORRECTED}\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "deals.db"
    for name in files:
        code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(tmp_path / name))
        assert code == 0, err
    return db


def test_a_corrected_round_shows_the_corrections_lead_and_the_other_sources_not_the_superseded_one(corrected):
    with Store(corrected, readonly=True) as store:
        (round_,) = store.company(store.find_company("Zeta AI").id).rounds
    assert round_.edited
    assert round_.investors == ["Vantor Capital", "Orbit Ventures"]
    assert round_.lead_investors == ["Vantor Capital", "Orbit Ventures"]


def test_show_gives_the_corrected_lead_and_no_longer_marks_the_superseded_one(corrected, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    code, out, err = run(capsys, "--db", str(corrected), "show", "Zeta AI", "--json")
    assert code == 0, err
    (round_,) = json.loads(out)["rounds"]
    assert round_["lead_investors"] == ["Vantor Capital", "Orbit Ventures"]
    code, out, err = run(capsys, "--db", str(corrected), "show", "Vantor Capital")
    assert code == 0, err
    assert "│ lead │" in out.split("Rounds joined")[1]
    code, out, err = run(capsys, "--db", str(corrected), "show", "Kestrel Analytics")
    assert code == 0, err
    assert "│ lead │" not in out.split("Rounds joined")[1]
