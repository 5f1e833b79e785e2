"""Two short briefs under one title, date and publisher, without a URL, read from two files and
about two companies, are two stories: the second is no corrected version of the first (qa46 item
8(g): "Pike2 AI" disappeared, "replaced: P (2 facts; 1 company no longer named was removed)")."""

from __future__ import annotations

import pytest
from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store

HEADER = "title: P\ndate: 2024-10-15\npublisher: TestWire\n\n"

BRIEFS = {
    "en": (
        "Pike2 AI raised $300 million in a Series B led by Albion Growth, "
        "well above the $250 million it initially targeted.",
        "Pike4 AI raised $300 million in a Series B led by Albion Growth. "
        "Reuters had reported in August that the company was raising $250 million.",
    ),
    "fr": (
        "Pike2 IA a levé 300 millions d'euros lors d'une série B menée par Albion Growth, "
        "bien au-dessus des 250 millions visés au départ.",
        "Pike4 IA a levé 300 millions d'euros lors d'une série B menée par Albion Growth. "
        "Le Monde avait fait état en août d'une levée de 250 millions d'euros.",
    ),
}


def _import(capsys, db, path) -> str:
    code, out, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 0, err
    return out


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_brief_about_another_company_under_the_same_title_is_added_not_a_correction(
    capsys, tmp_path, language
):
    first, second = BRIEFS[language]
    (tmp_path / "p2.txt").write_text(HEADER + first + "\n", encoding="utf-8")
    (tmp_path / "p4.txt").write_text(HEADER + second + "\n", encoding="utf-8")
    db = tmp_path / "p.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(tmp_path / "p2.txt"))[0] == 0
    out = _import(capsys, db, tmp_path / "p4.txt")
    assert out.startswith("added: P"), out
    assert "no longer named" not in out
    with Store.open(db) as store:
        for company in ("Pike2", "Pike4"):
            found = store.find_company(f"{company} {'AI' if language == 'en' else 'IA'}", exact=True)
            assert found is not None and store.company(found.id).rounds


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_corrected_brief_of_the_same_company_from_another_file_still_replaces_it(
    capsys, tmp_path, language
):
    first, _ = BRIEFS[language]
    corrected = first.replace("300", "320")
    (tmp_path / "p2.txt").write_text(HEADER + first + "\n", encoding="utf-8")
    (tmp_path / "p2-corrected.txt").write_text(HEADER + corrected + "\n", encoding="utf-8")
    db = tmp_path / "p.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(tmp_path / "p2.txt"))[0] == 0
    out = _import(capsys, db, tmp_path / "p2-corrected.txt")
    assert out.startswith("replaced: P"), out
