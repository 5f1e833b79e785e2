"""A deal file's dry run reads and checks the file outside the write lock, and guesses
companies by spelling only for the facts it lists: a big file's dry run costs about its import."""

from __future__ import annotations

from cli_helpers import import_deals, private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals import structured_import
from ai_deals.store import Store

HEADER = "company,investors,round_type,raised_amount,currency,date\n"


def test_a_dry_run_checks_the_file_outside_the_write_lock(capsys, tmp_path, monkeypatch):
    db = import_deals(
        capsys, tmp_path, HEADER + "Tessellate,Sequoia Capital,Series B,80000000,USD,2026-02-11\n"
    )
    # A file the import refuses (its bad row) is said by the check: a file it writes needs none.
    path = tmp_path / "more.csv"
    path.write_text(HEADER + "Nimbalyst,Index Ventures,Series A,not money,USD,2025-01-01\n", encoding="utf-8")
    checking = structured_import.check_deal_file
    in_transaction = []

    def check(path, store, **options):
        in_transaction.append(store.db.conn.in_transaction)
        return checking(path, store, **options)

    monkeypatch.setattr(structured_import, "check_deal_file", check)
    code, out, _ = run(capsys, "--db", str(db), "import", "--dry-run", str(path))
    assert code == 1 and "would refuse" in out
    assert in_transaction == [False]


def test_a_dry_run_guesses_companies_by_spelling_only_for_the_facts_it_lists(capsys, tmp_path, monkeypatch):
    db = import_deals(
        capsys, tmp_path, HEADER + "Hugging Face,Sequoia Capital,Series B,80000000,USD,2026-02-11\n"
    )
    rows = "".join(f"Company {n},Fund {n},Seed,{n + 1}000000,USD,2025-01-01\n" for n in range(120))
    path = tmp_path / "big.csv"
    path.write_text(HEADER + "HuggingFace,Accel,Series C,90000000,USD,2026-06-01\n" + rows, encoding="utf-8")
    guessed: list[str] = []
    spelt_alike = Store.company_spelt_alike
    monkeypatch.setattr(
        Store, "company_spelt_alike", lambda self, name: guessed.append(name) or spelt_alike(self, name)
    )
    code, out, _ = run(capsys, "--db", str(db), "import", "--dry-run", str(path))
    assert code == 0 and "would add" in out
    assert "HuggingFace" in guessed  # a listed fact's company, as the import will find it
    assert len(guessed) <= 50  # none past the listed facts (the import's own counts stand)


def test_a_json_dry_run_of_a_file_the_import_writes_reads_it_once_and_says_what_the_check_says(
    capsys, tmp_path, monkeypatch
):
    """The trial import's own counts, bad rows and dated rows stand for the check's: the file is read
    once (the check's pass was half again the import's), the document the same."""
    import json

    db = import_deals(
        capsys, tmp_path, HEADER + "Tessellate,Sequoia Capital,Series B,80000000,USD,2026-02-11\n"
    )
    path = tmp_path / "more.csv"
    path.write_text(
        HEADER
        + "Nimbalyst,Index Ventures,Series A,12000000,USD,2025-01-01\n"
        + "Nimbalyst,Accel,Series A,not money,USD,2025-01-01\n"
        + "Orbiton,Balderton,Seed,3000000,EUR,2099-05-01\n",
        encoding="utf-8",
    )
    command = ("--db", str(db), "import", "--dry-run", "--json", "--skip-bad-rows", str(path))
    checking = structured_import.check_deal_file
    checked: list = []
    monkeypatch.setattr(
        structured_import,
        "check_deal_file",
        lambda *args, **kw: checked.append(args) or checking(*args, **kw),
    )
    code, once, _ = run(capsys, *command)
    assert code == 0 and checked == []
    monkeypatch.setattr(structured_import, "entry_from_import", lambda path, trial: None)  # the check's way
    assert run(capsys, *command) == (0, once, "") and len(checked) == 1
    (entry,) = json.loads(once)["deal_files"]
    assert (
        entry["action"],
        entry["rows"],
        entry["good_rows"],
        len(entry["bad_rows"]),
        entry["dated_later"],
    ) == (
        "added",
        3,
        2,
        1,
        1,
    )


def test_a_dry_run_of_a_small_database_leaves_its_write_lock_free_for_another_import(
    capsys, tmp_path, monkeypatch
):
    """The trial import is made in a copy of a small database: another writer need not wait for it."""
    import sqlite3
    from contextlib import closing

    db = import_deals(
        capsys, tmp_path, HEADER + "Tessellate,Sequoia Capital,Series B,80000000,USD,2026-02-11\n"
    )
    path = tmp_path / "more.csv"
    path.write_text(HEADER + "Nimbalyst,Index Ventures,Series A,12000000,USD,2025-01-01\n", encoding="utf-8")
    trying = structured_import.trial_import
    other_writer_waited = []

    def trial(*args, **options):
        report = trying(*args, **options)
        with closing(sqlite3.connect(db, timeout=0)) as other:  # another import, now: free or not
            try:
                other.execute("BEGIN IMMEDIATE")
                other.rollback()
                other_writer_waited.append(False)
            except sqlite3.OperationalError:
                other_writer_waited.append(True)
        return report

    monkeypatch.setattr(structured_import, "trial_import", trial)
    code, out, _ = run(capsys, "--db", str(db), "import", "--dry-run", str(path))
    assert code == 0 and "would add" in out
    assert other_writer_waited == [False]


def test_a_text_dry_run_of_a_file_the_import_writes_reads_it_once_and_says_what_the_check_says(
    capsys, tmp_path, monkeypatch
):
    """Its first facts are listed from the rows the trial import reads (a round's rows far apart
    joined, a name spelt without its space found as the database's company), its counts, bad rows
    and dated rows are the import's: no check pass, the same lines as with it."""
    db = import_deals(
        capsys, tmp_path, HEADER + "Hugging Face,Sequoia Capital,Series B,80000000,USD,2026-02-11\n"
    )
    rows = "".join(f"Company {n},Fund {n},Seed,{n + 1}000000,USD,2025-01-01\n" for n in range(60))
    path = tmp_path / "more.csv"
    path.write_text(
        HEADER
        + "Nimbalyst,Index Ventures,Series A,12000000,USD,2025-01-01\n"
        + "HuggingFace,Accel,Series C,90000000,USD,2026-06-01\n"
        + "Nimbalyst,Accel,Series A,not money,USD,2025-01-01\n"
        + rows
        + "Orbiton,Balderton,Seed,3000000,EUR,2099-05-01\n"
        + "Nimbalyst,Atomico,Series A,12000000,USD,2025-01-01\n",
        encoding="utf-8",
    )
    command = ("--db", str(db), "import", "--dry-run", "--skip-bad-rows", str(path))
    checking = structured_import.check_deal_file
    checked: list = []
    monkeypatch.setattr(
        structured_import,
        "check_deal_file",
        lambda *args, **kw: checked.append(args) or checking(*args, **kw),
    )
    code, once, _ = run(capsys, *command)
    assert code == 0 and checked == []
    monkeypatch.setattr(structured_import, "entry_from_import", lambda path, trial: None)  # the check's way
    assert run(capsys, *command) == (0, once, "") and len(checked) == 1
    lines = [line for line in once.splitlines() if " → " not in line]  # its facts, less its column mapping
    assert lines[0].startswith(f"would add: {path} (65 rows (64 good), 63 facts)")
    assert "Nimbalyst" in lines[1] and "Index Ventures, Atomico" in lines[1]  # rows 1 and 64: one round
    assert "HuggingFace" in lines[2] and "Accel" in lines[2]
    assert "… and 13 more facts" in once and "not money" in once and "1 row dated in the future" in once
