"""`import --dry-run` says what the import will do because it is the import, rolled back: the same
verdict and the same counts for every case (an article new, unchanged, corrected or brought by an
export; a deal file new, unchanged, corrected, with bad rows), and the database, its search index
and its folder are left byte for byte as they were."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.store import connecting, search_service, trial

KIVU = """title: Kivu AI boucle une série A de 22 millions d'euros
date: 2025-03-20
url: https://example.com/kivu-serie-a

La start-up parisienne Kivu AI a levé 22 millions d'euros en série A auprès de Northzone, qui mène le tour,
avec la participation de Bpifrance.
"""

DEALS = (
    "company,investors,round_type,raised_amount,currency,date\n"
    "Tessellate,Sequoia Capital,Series B,80000000,USD,2026-02-11\n"
    "Tessellate,Greylock,Series B,80000000,USD,2026-02-11\n"
    "Nimbalyst,Index Ventures,Series A,12000000,USD,2025-01-01\n"
)
BAD_ROW = "Orbweaver,Accel,Seed,lots,USD,2025-06-01\n"

# The dry run's verbs, as the import says them.
VERBS = {
    "would add": "added",
    "would replace": "replaced",
    "would update": "updated",
    "unchanged": "unchanged",
    "would refuse": "refused",
}


def _verdicts(out: str, *, dry: bool) -> list[tuple[str, int | None, str | None]]:
    """Each file's verdict and fact count, in order, from a dry run's or an import's output."""
    said = []
    for line in out.splitlines():
        if line.startswith(" ") or ": " not in line:
            continue  # a fact listed, a row's problem
        verb, _, rest = line.partition(": ")
        facts = re.search(r"(\d[\d,]*) facts?\b", rest)
        count = int(facts.group(1).replace(",", "")) if facts else None
        # What an export with every record here tells anew ("1 alias added"), said alike by both.
        details = re.search(r"\((\d[^;)]* added)", rest)
        said.append((VERBS[verb] if dry else verb, count, details.group(1) if details else None))
    return said


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _import(capsys, db: Path, *args: str) -> str:
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", *args)
    assert code == 0, err
    return out


# Each case: what the database holds first (run with the test's folder), then the import's arguments.
Case = Callable[[object, Path, Path], list[str]]


def _article_new(capsys, db: Path, folder: Path) -> list[str]:
    return [str(_write(folder / "kivu.txt", KIVU))]


def _article_unchanged(capsys, db: Path, folder: Path) -> list[str]:
    article = str(_write(folder / "kivu.txt", KIVU))
    _import(capsys, db, article)
    return [article]


def _article_corrected(capsys, db: Path, folder: Path) -> list[str]:
    article = _write(folder / "kivu.txt", KIVU)
    _import(capsys, db, str(article))
    return [str(_write(article, KIVU.replace("22 millions", "24 millions")))]


def _article_redated(capsys, db: Path, folder: Path) -> list[str]:
    article = _write(folder / "kivu.txt", KIVU)
    _import(capsys, db, str(article))
    return [str(_write(article, KIVU.replace("date: 2025-03-20", "date: 2025-03-21")))]


def _article_an_export_brought(capsys, db: Path, folder: Path) -> list[str]:
    article = str(_write(folder / "kivu.txt", KIVU))
    elsewhere = folder / "elsewhere.db"
    _import(capsys, elsewhere, article)
    assert run(capsys, "--db", str(elsewhere), "export", "--out", str(folder / "x.json"))[0] == 0
    _import(capsys, db, str(folder / "x.json"))
    return [article]


def _deal_file_new(capsys, db: Path, folder: Path) -> list[str]:
    return [str(_write(folder / "deals.csv", DEALS))]


def _deal_file_unchanged(capsys, db: Path, folder: Path) -> list[str]:
    deals = str(_write(folder / "deals.csv", DEALS))
    _import(capsys, db, deals)
    return [deals]


def _deal_file_corrected(capsys, db: Path, folder: Path) -> list[str]:
    deals = _write(folder / "deals.csv", DEALS)
    _import(capsys, db, str(deals))
    return [str(_write(deals, DEALS.replace("12000000", "13000000")))]


def _deal_file_bad_rows_skipped(capsys, db: Path, folder: Path) -> list[str]:
    return [str(_write(folder / "deals.csv", DEALS + BAD_ROW)), "--skip-bad-rows"]


def _deal_file_bad_rows(capsys, db: Path, folder: Path) -> list[str]:
    return [str(_write(folder / "deals.csv", DEALS + BAD_ROW))]


def _deal_file_joint_investment(capsys, db: Path, folder: Path) -> list[str]:
    """An investment row naming two investors with one amount: their round, in both (tester qa36)."""
    joint = (
        "company,investor,kind,amount,currency,date\n"
        'Kestrel AI,"Sequoia Capital; Accel",investment,30M,USD,2025-02-01\n'
        'Heron AI,"Index Ventures | Balderton",investment,12M,EUR,2025-03-01\n'
    )
    return [str(_write(folder / "multi.csv", joint))]


def _deal_file_joined_through_an_alias(capsys, db: Path, folder: Path) -> list[str]:
    """A round's rows naming one company by two names the database knows as one (a merge)."""
    _import(capsys, db, str(_write(folder / "first.csv", DEALS)))
    assert run(capsys, "--db", str(db), "merge", "Tessellate", "Nimbalyst")[0] == 0
    later = (
        "company,investors,round_type,raised_amount,currency,date\n"
        "Tessellate,Accel,Series C,90000000,USD,2026-06-01\n"
        "Nimbalyst,Atomico,Series C,90000000,USD,2026-06-01\n"
    )
    return [str(_write(folder / "later.csv", later))]


def _export_of_what_is_here(capsys, db: Path, folder: Path) -> list[str]:
    _import(capsys, db, str(_write(folder / "deals.csv", DEALS)))
    assert run(capsys, "--db", str(db), "export", "--out", str(folder / "x.csv"))[0] == 0
    return [str(folder / "x.csv")]


def _export_telling_a_new_alias(capsys, db: Path, folder: Path) -> list[str]:
    """An export whose every record is here, giving a company a name this database lacks: updated."""
    _import(capsys, db, str(_write(folder / "deals.csv", DEALS)))
    exported = folder / "x.json"
    assert run(capsys, "--db", str(db), "export", "--out", str(exported))[0] == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    for row in document["records"]:
        if row["record_type"] == "company" and row["company"] == "Tessellate":
            row["aliases"] = "; ".join(filter(None, [row.get("aliases"), "Tessellate Labs"]))
    exported.write_text(json.dumps(document), encoding="utf-8")
    return [str(exported)]


def _an_article_and_a_deal_file(capsys, db: Path, folder: Path) -> list[str]:
    return [str(_write(folder / "kivu.txt", KIVU)), str(_write(folder / "deals.csv", DEALS))]


CASES = [
    _article_new,
    _article_unchanged,
    _article_corrected,
    _article_redated,
    _article_an_export_brought,
    _deal_file_new,
    _deal_file_unchanged,
    _deal_file_corrected,
    _deal_file_bad_rows_skipped,
    _deal_file_bad_rows,
    _deal_file_joint_investment,
    _deal_file_joined_through_an_alias,
    _export_of_what_is_here,
    _export_telling_a_new_alias,
    _an_article_and_a_deal_file,
]


@pytest.mark.parametrize("case", CASES, ids=[case.__name__.strip("_") for case in CASES])
def test_a_dry_run_says_what_the_import_then_does(capsys, tmp_path, case: Case):
    db = tmp_path / "deals.db"
    args = case(capsys, db, tmp_path)
    dry_code, dry_out, _ = run(capsys, "--db", str(db), "--empty", "import", "--dry-run", *args)
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", *args)
    assert dry_code == code
    if code:  # refused: the import writes nothing, says why on standard error
        assert [verdict for verdict, *_ in _verdicts(dry_out, dry=True)] == ["refused"]
        assert "nothing was written" in err
        return
    assert _verdicts(dry_out, dry=True) == _verdicts(out, dry=False)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_dry_run_of_an_article_an_export_brought_says_unchanged_as_the_import_does(capsys, tmp_path, fmt):
    article = _write(tmp_path / "kivu.txt", KIVU)
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    _import(capsys, first, str(article))
    assert run(capsys, "--db", str(first), "export", "--out", str(tmp_path / f"x.{fmt}"))[0] == 0
    _import(capsys, second, str(tmp_path / f"x.{fmt}"))
    title = KIVU.splitlines()[0].removeprefix("title: ")
    code, out, _ = run(capsys, "--db", str(second), "import", "--dry-run", str(article))
    assert (code, out) == (0, f"unchanged: {title} (already imported)\n")
    code, out, _ = run(capsys, "--db", str(second), "import", str(article))
    assert (code, out) == (0, f"unchanged: {title} (already imported)\n")


def _folder_state(folder: Path) -> dict[str, str]:
    """Every file of `folder` by name, with a digest of its bytes."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def test_a_dry_run_leaves_the_database_and_its_search_index_byte_for_byte(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)  # a search index saved beside any database
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "deals.db"
    _import(capsys, db, str(_write(tmp_path / "deals.csv", DEALS)))
    assert run(capsys, "--db", str(db), "search", "Tessellate")[0] == 0
    before = _folder_state(folder)
    assert set(before) == {"deals.db", "deals.db.search-index"}
    corrected = _write(
        tmp_path / "deals.csv", DEALS.replace("12000000", "13000000") + "Zephyr,Accel,Seed,1,USD,2025-02-01\n"
    )
    article = _write(tmp_path / "kivu.txt", KIVU)
    code, out, _ = run(capsys, "--db", str(db), "import", "--dry-run", str(corrected), str(article))
    assert code == 0 and out.startswith("would replace: ")
    assert _folder_state(folder) == before
    code, out, _ = run(capsys, "--db", str(db), "search", "Zephyr")
    assert "Zephyr" not in out
    assert _folder_state(folder) == before


def test_a_dry_run_of_a_read_only_database_says_what_the_import_would_do_and_writes_nothing(
    capsys, tmp_path, monkeypatch
):
    # Read-only for root too (who may write any file): the dry run then imports into a copy.
    for module in (trial, connecting):
        monkeypatch.setattr(module, "is_writable", lambda path: False)
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "deals.db"
    article = str(_write(tmp_path / "kivu.txt", KIVU))
    _import(capsys, db, article)
    before = _folder_state(folder)
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        code, out, err = run(capsys, "--db", str(db), "import", "--dry-run", article)
        corrected = str(_write(tmp_path / "kivu.txt", KIVU.replace("22 millions", "24 millions")))
        code_corrected, corrected_out, _ = run(capsys, "--db", str(db), "import", "--dry-run", corrected)
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    assert (code, err) == (0, "")
    assert out.startswith("unchanged: ")
    assert code_corrected == 0 and corrected_out.startswith("would replace: ")
    assert _folder_state(folder) == before


def test_a_dry_run_of_a_database_an_older_ai_deals_wrote_migrates_a_copy_and_leaves_the_file(
    capsys, tmp_path
):
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ai_deals.store.schema import STEPS
    from ai_deals.store.versions import MIGRATION_SET

    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "old.db"
    older = Migrations(MIGRATION_SET)
    for step in STEPS[:-1]:  # every migration but the last: the import would apply it first
        older()(step)
    database = Database(db)
    database.conn.execute("PRAGMA journal_mode = WAL")  # as every ai-deals database is
    older.apply(database)
    database.close()
    before = _folder_state(folder)
    deals = str(_write(tmp_path / "deals.csv", DEALS))
    dry_code, dry_out, err = run(capsys, "--db", str(db), "import", "--dry-run", deals)
    assert (dry_code, err) == (0, "")
    assert _folder_state(folder) == before, "not migrated, nothing beside it"
    code, out, _ = run(capsys, "--db", str(db), "import", deals)
    assert code == 0
    assert _verdicts(dry_out, dry=True) == _verdicts(out, dry=False) == [("added", 2, None)]


def test_a_dry_run_with_no_search_index_beside_the_database_leaves_none(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)  # a search index saved beside any database
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "deals.db"
    _import(capsys, db, str(_write(tmp_path / "deals.csv", DEALS)))
    assert run(capsys, "--db", str(db), "search", "Tessellate")[0] == 0
    (folder / "deals.db.search-index").unlink()  # missing, as after a merge or a rename makes it stale
    before = _folder_state(folder)
    article = _write(tmp_path / "kivu.txt", KIVU)
    code, out, _ = run(capsys, "--db", str(db), "import", "--dry-run", str(article))
    assert code == 0 and out.startswith("would add: ")
    assert _folder_state(folder) == before


def test_a_dry_run_of_a_corrected_deal_file_reads_its_versions_once_as_the_import_does(
    capsys, tmp_path, monkeypatch
):
    """The dry run's verdict is the import's: worked out beforehand too, the file was hashed and the
    earlier version's rows read twice (a 1M-row file read four times in all)."""
    from ai_deals import structured_import

    db = tmp_path / "deals.db"
    deals = _write(tmp_path / "deals.csv", DEALS)
    _import(capsys, db, str(deals))
    _write(deals, DEALS.replace("12000000", "13000000"))
    hashed, superseded = [], []
    hash_of, versions_of = structured_import.file_hash, structured_import.superseded
    monkeypatch.setattr(structured_import, "file_hash", lambda *a: hashed.append(1) or hash_of(*a))
    monkeypatch.setattr(structured_import, "superseded", lambda *a: superseded.append(1) or versions_of(*a))
    code, out, _ = run(capsys, "--db", str(db), "import", "--dry-run", str(deals))
    assert code == 0 and out.startswith("would replace: ")
    assert (len(hashed), len(superseded)) == (1, 1)
