"""deal29b (qh29's k1.csv): a deal file's investor cell written as another spelling of a company the
knowledge file knows ("Accel Partners", "lightspeed venture partners", "Lsvp") makes the company under
the knowledge file's name, the cell's spelling an alias, and the import names the spelling it knows."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.store import Store

K1 = (
    "company,investors,round_type,amount,currency,date\n"
    "Alpha One,Accel Partners,Seed,1000000,USD,2026-01-05\n"
    "Beta Two,Accel,Seed,2000000,USD,2026-01-06\n"
    "Gamma Three,ACCEL PARTNERS,Seed,2000000,USD,2026-01-07\n"
    "Delta Four,lightspeed venture partners,Seed,1000000,USD,2026-01-08\n"
    "Eps Five,Lsvp,Seed,1000000,USD,2026-01-08\n"
)


def _import_k1(capsys, tmp_path: Path) -> tuple[Path, str]:
    db, deals = tmp_path / "k.db", tmp_path / "k1.csv"
    deals.write_text(K1, encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(deals))
    assert code == 0, err
    return db, out


def _investors(db: Path) -> list[str]:
    with Store(db, readonly=True) as store:
        rows = store.db.execute(
            "SELECT c.name FROM companies c JOIN investors i ON i.company_id = c.id ORDER BY c.name"
        )
        return [name for (name,) in rows]


def test_a_fuller_spelling_of_a_known_investor_makes_it_under_the_knowledge_name(capsys, tmp_path):
    db, _ = _import_k1(capsys, tmp_path)
    assert _investors(db) == ["Accel", "Lightspeed Venture Partners"]
    code, out, _ = run(capsys, "--db", str(db), "show", "Accel")
    assert code == 0
    assert out.startswith("Accel\nalso known as: Accel Partners; ACCEL PARTNERS\n")
    assert "Beta Two" in out and "Alpha One" in out and "Gamma Three" in out


def test_the_read_as_line_names_the_knowledge_files_own_spelling(capsys, tmp_path):
    _, out = _import_k1(capsys, tmp_path)
    assert "investor 'Accel Partners' read as Accel (known as Accel Partners)" in out
    assert "investor 'Lsvp' read as Lightspeed Venture Partners (known as LSVP)" in out
    assert "read as lightspeed" not in out and "read as Accel Partners" not in out
