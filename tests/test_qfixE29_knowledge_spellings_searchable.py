"""The knowledge file's spellings of a company are searchable names of it, though no import stored them:
an article writing "Andreessen Horowitz" stores no "a16z", and "a16z" still finds it (qa54)."""

from __future__ import annotations

from cli_helpers import import_files, private_default_db, run, run_ok  # noqa: F401 (autouse fixture)

STORY = (
    "# Acme AI raises $50M\n\nPublished: 2025-06-10\n\n"
    "Acme AI raised $50 million in a Series B round led by Andreessen Horowitz.\n"
)


def test_a_knowledge_spelling_no_import_stored_finds_its_company_in_search(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("story.md", STORY))
    out = run_ok(capsys, db, "search", "a16z")
    assert "Andreessen Horowitz" in out
    assert "a16z" in out  # told as the matched name


def test_a_knowledge_spelling_no_import_stored_opens_its_companys_page(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("story.md", STORY))
    out = run_ok(capsys, db, "show", "a16z")
    assert out.startswith("Andreessen Horowitz")


def test_a_knowledge_spelling_of_a_company_not_here_finds_nothing(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("story.md", STORY))
    code, _, err = run(capsys, "--db", str(db), "show", "Sequoia")
    assert code != 0 and "no company or investor matches" in err
