"""An article imported again from the same file, its date alone changed (a byline now read, a
--published given), replaces its earlier version: its records are not doubled, and the review
decisions made on the earlier version hold."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.store import Store
from ai_deals.store.models import RecordRef

STORY = (
    "Zeta AI raised $20 million in a Series A round led by Vantor Capital.\n\n"
    "Nuvola Fund invested $5 million in Brisa AI, the company said.\n"
)


def _import(capsys, db: Path, path: Path, *extra: str) -> dict:
    flags = [flag for flag in extra if flag == "--empty"]
    options = [option for option in extra if option != "--empty"]
    code, out, err = run(capsys, "--db", str(db), *flags, "import", str(path), "--json", *options)
    assert code == 0, err
    (report,) = json.loads(out)["imported"]
    return report


def _stakes(db: Path) -> list[tuple]:
    """(id, company, review status) of every stake."""
    with Store.open(db) as store:
        return store.db.execute(
            "SELECT s.id, c.name, s.review_status FROM stakes s JOIN companies c ON c.id = s.company_id ORDER BY s.id"
        ).fetchall()


def test_a_reimport_of_the_same_file_with_a_date_added_replaces_it_and_keeps_its_rejections(
    capsys, tmp_path: Path
):
    """Dated now, the article was "added" beside its undated self: its records doubled and the fact
    rejected on the undated version came back."""
    db, article = tmp_path / "a.db", tmp_path / "zeta.txt"
    article.write_text(STORY, encoding="utf-8")
    first = _import(capsys, db, article, "--empty")
    (brisa,) = [stake_id for stake_id, name, _ in _stakes(db) if name == "Brisa AI"]
    with Store.open(db) as store:
        store.review(RecordRef(record_type="stake", record_id=brisa), "rejected")
    second = _import(capsys, db, article, "--published", "2024-05-21")
    assert (first["action"], second["action"]) == ("added", "replaced")
    assert second["source_id"] == first["source_id"]
    code, out, err = run(capsys, "--db", str(db), "sources", "--json")
    assert [source["published"] for source in json.loads(out)["sources"]] == ["2024-05-21"]
    assert second["decisions_dropped"] == 0
    assert [(name, status) for _, name, status in _stakes(db)] == [("Brisa AI", "rejected")]
    with Store.open(db) as store:
        assert store.db.execute("SELECT count(*) FROM rounds").fetchone()[0] == 1
    # The undated version imported again is that file's story again, its rejection kept too.
    third = _import(capsys, db, article)
    assert (third["action"], third["source_id"], third["decisions_dropped"]) == (
        "replaced",
        first["source_id"],
        0,
    )
    assert [(name, status) for _, name, status in _stakes(db)] == [("Brisa AI", "rejected")]


def test_another_file_with_the_same_title_and_another_date_is_added(capsys, tmp_path: Path):
    db, article, other = tmp_path / "a.db", tmp_path / "zeta.txt", tmp_path / "zeta-copy.txt"
    article.write_text(STORY, encoding="utf-8")
    other.write_text(STORY, encoding="utf-8")
    first = _import(capsys, db, article, "--empty")
    second = _import(capsys, db, other, "--published", "2024-05-21")
    assert (first["action"], second["action"]) == ("added", "added")


def test_a_reimport_of_the_same_file_with_its_date_corrected_replaces_it(capsys, tmp_path: Path):
    """Not only a date added: one corrected at the same path (a mistyped --published) is the same
    article too, as is one dropped (the undated re-import above)."""
    db, article = tmp_path / "a.db", tmp_path / "zeta.txt"
    article.write_text(STORY, encoding="utf-8")
    first = _import(capsys, db, article, "--empty", "--published", "2024-05-12")
    second = _import(capsys, db, article, "--published", "2024-05-21")
    assert (second["action"], second["source_id"]) == ("replaced", first["source_id"])
