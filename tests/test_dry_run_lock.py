"""A deal file's dry run reads and checks the file before it takes the write lock, and guesses
companies by spelling only for the facts it lists: a big file's dry run costs about its import."""

from __future__ import annotations

from cli_helpers import import_deals, private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals import structured_import
from ai_deals.store import Store

HEADER = "company,investors,round_type,raised_amount,currency,date\n"


def test_a_dry_run_checks_the_file_before_taking_the_write_lock(capsys, tmp_path, monkeypatch):
    db = import_deals(
        capsys, tmp_path, HEADER + "Tessellate,Sequoia Capital,Series B,80000000,USD,2026-02-11\n"
    )
    path = tmp_path / "more.csv"
    path.write_text(HEADER + "Nimbalyst,Index Ventures,Series A,12000000,USD,2025-01-01\n", encoding="utf-8")
    checking = structured_import.check_deal_file
    in_transaction = []

    def check(path, store, **options):
        in_transaction.append(store.db.conn.in_transaction)
        return checking(path, store, **options)

    monkeypatch.setattr(structured_import, "check_deal_file", check)
    code, out, _ = run(capsys, "--db", str(db), "import", "--dry-run", str(path))
    assert code == 0 and "would add" in out
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
