"""recall27: the article extractor marks a raise its sentence only recalls ("Nordwind, which raised $48 million
in a Series A, opened…", « qui a levé 120 millions d'euros »), the store keeps the mark (`rounds.recalled`,
m040 marking the rounds imported before) and reads it, never the sentence; a recalled raise joining no
other raise is a round of its own dated "on or before" its article's day, on `show` and on the page."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)
from test_fixA26 import HANDELSBLATT, TECHCRUNCH
from test_fixF26 import followup, page

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.amounts import parse_amounts
from ai_deals.importers.extract.recalls import recalls_figure
from ai_deals.store import Store

STORY_DAY = "2026-11-27"


def raises_of(sentence: str, language: str) -> list:
    source = parse_article(sentence, title="Follow-up", published=STORY_DAY, language=language)
    return [fact for fact in source.facts if fact.kind in ("round", "investment")]


# -- the extractor marks the raise a cue recalls -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Nordwind Robotics, which raised $48 million in a Series A, opened a Munich office.", "en"),
        ("Nordwind Robotics, which closed $48 million in Series A funding, opened a Munich office.", "en"),
        ("Nordwind Robotics, which had raised $48 million in a Series A, opened a Munich office.", "en"),
        (
            "Nordwind Robotics, which secured $48 million from Accel and Index Ventures, opened a Munich office.",
            "en",
        ),
        ("Nordwind Robotics, after its $45 million Series A, opened a Munich office.", "en"),
        ("Nordwind Robotics, following its $48 million Series A, opened a Munich office.", "en"),
        ("Nordwind Robotics, fresh off a $45 million raise, opened a Munich office.", "en"),
        ("Nordwind Robotics, fresh from its $48 million Series A, opened a Munich office.", "en"),
        ("Héliade, qui a levé 120 millions d'euros en série B, ouvre un bureau à Munich.", "fr"),
        ("Héliade, qui avait levé 20 millions d'euros en série A, ouvre un bureau à Munich.", "fr"),
        ("Héliade, qui a bouclé 20 millions d'euros en série A, ouvre un bureau à Munich.", "fr"),
    ],
)
def test_the_extractor_marks_a_raise_its_sentence_only_recalls(sentence, language):
    [fact] = raises_of(sentence, language)
    assert fact.recalled


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Nordwind Robotics raised $48 million in a Series A.", "en"),
        ("Nordwind Robotics, which builds warehouse robots, raised $48 million in a Series A.", "en"),
        ("Héliade a levé 120 millions d'euros en série B.", "fr"),
        ("Héliade, qui conçoit des modèles de langue, a levé 120 millions d'euros en série B.", "fr"),
    ],
)
def test_the_extractor_does_not_mark_a_raise_told_as_the_news(sentence, language):
    [fact] = raises_of(sentence, language)
    assert not fact.recalled


@pytest.mark.parametrize(
    "text",
    [
        "Fort de sa levée de 20 M€, Héliade ouvre un bureau à Munich.",
        "Héliade, forte de sa récente levée de 20 millions d'euros, recrute.",
    ],
)
def test_a_figure_after_a_french_fort_de_sa_levee_cue_is_recalled(text):
    """« fort de sa levée de 20 M€ »: the extractor tells no raise of these sentences yet; the cue is known
    to the test the extractor asks of every raise's figure (`recalls_figure`)."""
    [amount] = parse_amounts(text, "fr")
    assert recalls_figure(text, amount)
    news = "Héliade lève 20 M€ et ouvre un bureau à Munich."
    [amount] = parse_amounts(news, "fr")
    assert not recalls_figure(news, amount)


# -- the store keeps the mark and reads it, never the sentence -----------------------------------------

RECALL = "Nordwind Robotics, which raised $48 million in a Series A, opened a Munich office."


def recalled_marks(db: Path) -> list[tuple[float, int]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT amount, recalled FROM rounds ORDER BY amount").fetchall()


def test_the_writer_stores_the_mark_and_a_page_reads_it_not_the_sentence(capsys, tmp_path):
    """TechCrunch's $45M Series A and a later story "fresh off a $48 million raise" (6.7% off) are one raise
    because the recalled round is marked so: the same sentence without the mark is that story's news, a
    second round."""
    recall = "Nordwind Robotics, fresh off a $48 million raise, opened a Munich office."
    db = import_files(capsys, tmp_path, ("tc.txt", TECHCRUNCH), ("recall.txt", followup(recall)))
    assert recalled_marks(db) == [(45e6, 0), (48e6, 1)]
    assert len(page(capsys, db, "Nordwind Robotics")["rounds"]) == 1
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE rounds SET recalled = 0")
    assert len(page(capsys, db, "Nordwind Robotics")["rounds"]) == 2


# -- m040 marks the rounds imported before it ------------------------------------------------------------


def as_of_m039(db: Path) -> None:
    """`db` as ai-deals left it before m040: no `recalled` column, m040 not applied, schema version 39."""
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE rounds DROP COLUMN recalled")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm040_recalled_rounds'")
        conn.execute("PRAGMA user_version = 39")


DEALS = "company,amount,currency,date,round\nNordwind Robotics,48000000,USD,2026-11-27,Series A\n"


def test_an_older_database_migrates_with_its_recalled_rounds_marked(capsys, tmp_path):
    """An m039 database holding TechCrunch's $45M, Handelsblatt's $48M, a story recalling "which raised $48
    million" and a deal file's row: opened, the recalled round (only it) is marked. A deal file's own row
    is never marked, whatever its words."""
    deals = tmp_path / "deals.csv"
    deals.write_text(DEALS, encoding="utf-8")
    db = import_files(
        capsys, tmp_path, ("tc.txt", TECHCRUNCH), ("hb.txt", HANDELSBLATT), ("recall.txt", followup(RECALL))
    )
    run_ok(capsys, db, "import", str(deals))
    as_of_m039(db)
    with sqlite3.connect(db) as conn:  # a row's words saying what the recalled story says: still a row
        conn.execute(
            "UPDATE evidence SET sentence = ? WHERE source_id = (SELECT id FROM sources WHERE kind != 'article')",
            ["Nordwind Robotics, which raised $48 million in a Series A, opened a Munich office."],
        )
    with Store.open(db):
        pass
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 40
        marks = conn.execute(
            """SELECT s.title, r.recalled FROM rounds r JOIN sources s ON s.id = r.source_id ORDER BY s.id"""
        ).fetchall()
    assert marks == [
        ("Nordwind Robotics grabs $45M Series A to teach warehouse robots to reason", 0),
        ("Berlin's Nordwind raises $48 million", 0),
        ("Follow-up", 1),
        ("deals.csv", 0),
    ]


# -- a recalled raise of its own says "on or before" -------------------------------------------------------


def test_a_recalled_raise_joining_no_other_shows_its_date_as_on_or_before(capsys, tmp_path, monkeypatch):
    """A story of 2026-11-27 recalling "which raised $48 million", and no other source of that raise: a
    round of its own, dated "on or before 2026-11-27" on `show` and on the explorer's page."""
    from ai_deals.tui.screens.company_rows import round_row

    monkeypatch.setenv("COLUMNS", "200")
    db = import_files(capsys, tmp_path, ("recall.txt", followup(RECALL)))
    shown = run_ok(capsys, db, "show", "Nordwind Robotics")
    assert "on or before 2026-11-27" in shown
    with Store.open(db, readonly=True) as store:
        [item] = store.company(store.find_company("Nordwind Robotics").id).rounds
    assert "on or before 2026-11-27" in "".join(text for text, _, _ in round_row(item).pieces)


def test_a_recalled_raise_joined_to_the_raise_it_recalls_shows_that_raises_date(
    capsys, tmp_path, monkeypatch
):
    """Joined to Handelsblatt's Series A of 2026-11-13, the recalled raise is dated by it: no "on or before"."""
    from ai_deals.tui.screens.company_rows import round_row

    monkeypatch.setenv("COLUMNS", "200")
    db = import_files(capsys, tmp_path, ("hb.txt", HANDELSBLATT), ("recall.txt", followup(RECALL)))
    assert "on or before" not in run_ok(capsys, db, "show", "Nordwind Robotics")
    with Store.open(db, readonly=True) as store:
        [item] = store.company(store.find_company("Nordwind Robotics").id).rounds
    assert "on or before" not in "".join(text for text, _, _ in round_row(item).pieces)


# -- exports carry the mark -------------------------------------------------------------------------------


def exported_rows(capsys, db: Path, out: Path) -> list[dict]:
    run_ok(capsys, db, "export", "--format", "csv", "--out", str(out))
    with out.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_an_export_carries_the_mark_and_imports_back_as_the_same_raise(capsys, tmp_path, monkeypatch):
    """Handelsblatt's Series A and a story recalling it, exported and imported into another database: the
    recalled round is marked there too (`recalled` true), so the copy shows one raise of two sources; a lone
    recalled raise imported back still reads "on or before"."""
    monkeypatch.setenv("COLUMNS", "200")
    db = import_files(capsys, tmp_path, ("hb.txt", HANDELSBLATT), ("recall.txt", followup(RECALL)))
    rows = [row for row in exported_rows(capsys, db, tmp_path / "out.csv") if row["record_type"] == "round"]
    assert sorted(row["recalled"] for row in rows) == ["", "true"]
    copy = tmp_path / "copy.db"
    run_ok(capsys, copy, "--empty", "import", str(tmp_path / "out.csv"))
    assert recalled_marks(copy) == [(48e6, 0), (48e6, 1)]
    assert len(page(capsys, copy, "Nordwind Robotics")["rounds"]) == 1

    (tmp_path / "alone").mkdir()
    alone = import_files(capsys, tmp_path / "alone", ("recall.txt", followup(RECALL)))
    exported_rows(capsys, alone, tmp_path / "alone.csv")
    again = tmp_path / "again.db"
    run_ok(capsys, again, "--empty", "import", str(tmp_path / "alone.csv"))
    assert "on or before 2026-11-27" in run_ok(capsys, again, "show", "Nordwind Robotics")


def test_an_export_without_the_recalled_column_imports_its_rounds_as_not_recalled(capsys, tmp_path):
    """An export written before the column (or a row a person blanked) reads as not recalled."""
    db = import_files(capsys, tmp_path, ("recall.txt", followup(RECALL)))
    rows = exported_rows(capsys, db, tmp_path / "out.csv")
    older = tmp_path / "older.csv"
    with older.open("w", newline="", encoding="utf-8") as handle:
        columns = [name for name in rows[0] if name != "recalled"]
        writer = csv.DictWriter(handle, columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    copy = tmp_path / "copy.db"
    run_ok(capsys, copy, "--empty", "import", str(older))
    assert recalled_marks(copy) == [(48e6, 0)]


def test_a_recalled_figure_with_a_bound_is_still_recalled():
    from ai_deals.importers.extract.amounts import parse_amounts
    from ai_deals.importers.extract.recalls import recalls_figure

    for sentence in (
        "Nordwind, which raised more than $20 million, opened an office.",
        "Héliade, qui a levé près de 120 millions d'euros, ouvre un bureau.",
    ):
        [amount] = parse_amounts(sentence)
        assert recalls_figure(sentence, amount), sentence
