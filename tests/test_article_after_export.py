"""An article imported into a database built from an export of its records (the export's rows cite
it: evidence `cited_url`) is recognised by its URL: its facts already there are not written again, and
a person's edit of one of them, carried by the export, is kept."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store
from ai_deals.store.review import FactEdit

ARTICLE = (
    "title: Nimbus AI raises $40 million\n"
    "url: https://example.com/nimbus-ai-40m\n"
    "published: 2026-03-02\n"
    "publisher: Example News\n\n"
    "Nimbus AI raised $40 million in a Series B round led by Vantor Capital on March 2, 2026. "
    "The company now has 120 employees. Nimbus AI expects revenue of $50 million in 2027.\n"
)


def _counts(capsys, db: Path) -> dict:
    code, out, err = run(capsys, "--db", str(db), "show", "Nimbus AI", "--json")
    assert code == 0, err
    page = json.loads(out)
    return {"rounds": [r["amount"] for r in page["rounds"]], "metrics": len(page["metrics"])}


def _rebuilt_from_exports(capsys, tmp_path: Path, edit: bool) -> Path:
    """The article imported, its round maybe edited to $45M, exported to JSON, imported into a new
    database, exported to CSV and imported into a third: the tester's ed3.db."""
    article = tmp_path / "nimb.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    first = tmp_path / "ed.db"
    assert run(capsys, "--db", str(first), "--empty", "import", str(article))[0] == 0
    if edit:
        with Store.open(first) as store:
            round_ = store.company(store.find_company("Nimbus AI").id).rounds[0]
            store.edit_fact(round_.ref, FactEdit(amount=45e6))
    previous = first
    for step, name in enumerate(("ed1.json", "ed2.csv"), start=2):
        out = tmp_path / name
        assert run(capsys, "--db", str(previous), "export", "--out", str(out))[0] == 0
        previous = tmp_path / f"ed{step}.db"
        assert run(capsys, "--db", str(previous), "--empty", "import", str(out))[0] == 0
    return previous


def test_an_article_whose_records_an_export_brought_is_unchanged_not_its_records_again(capsys, tmp_path):
    db = _rebuilt_from_exports(capsys, tmp_path, edit=False)
    before = _counts(capsys, db)
    code, out, err = run(capsys, "--db", str(db), "import", str(tmp_path / "nimb.txt"))
    assert code == 0, err
    assert out.splitlines()[0].startswith("unchanged: Nimbus AI raises $40 million")
    assert _counts(capsys, db) == before == {"rounds": [40e6], "metrics": 2}


def test_an_article_whose_edited_round_an_export_brought_keeps_the_edit(capsys, tmp_path):
    db = _rebuilt_from_exports(capsys, tmp_path, edit=True)
    code, out, err = run(capsys, "--db", str(db), "import", str(tmp_path / "nimb.txt"))
    assert code == 0, err
    assert out.splitlines()[0].startswith("unchanged: Nimbus AI raises $40 million")
    assert _counts(capsys, db) == {"rounds": [45e6], "metrics": 2}


def test_a_corrected_article_whose_records_an_export_brought_adds_only_its_new_fact(capsys, tmp_path):
    db = _rebuilt_from_exports(capsys, tmp_path, edit=False)
    corrected = tmp_path / "nimb2.txt"
    corrected.write_text(ARTICLE.replace("120 employees", "130 employees"), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "import", str(corrected))
    assert code == 0, err
    assert out.splitlines()[0] == "added: Nimbus AI raises $40 million (1 fact)"
    assert _counts(capsys, db) == {"rounds": [40e6], "metrics": 3}
