"""Undoing a split puts the database back as it was before it (qa42 #5): the split-off name is no
alias of the company afterwards, `unmerge` lists nothing, and a later, unrelated company of that
name ("Zeta Labs", a Berlin robotics startup) stays a company of its own. Undoing a merge does the
same for the merge. Articles written for these tests."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.store import Store

ZETA_AI = (
    "title: Zeta AI raises $20 million\ndate: 2026-02-03\nurl: https://example.org/zeta\nlanguage: en\n\n"
    "Zeta AI, a Paris-based AI startup, said on Tuesday it raised $20 million in a Series A round led by "
    "Vantor Capital, with participation from Osk Partners.\n"
)
ZETA_B = (
    "title: Osk Partners backs Zeta AI again\ndate: 2026-03-15\nurl: https://example.org/zeta-b\n"
    "language: en\n\nZeta AI has raised $50 million in a Series B round led by Osk Partners, with Vantor "
    "Capital participating. The Paris company was valued at $400 million.\n"
)
ZETA_LABS = (
    "title: Zeta Labs raises $8 million\ndate: 2026-04-01\nurl: https://example.org/zetalabs\nlanguage: en\n\n"
    "Zeta Labs, a Berlin-based robotics startup, raised $8 million in a seed round led by Kima Ventures.\n"
)
# Written by the machinery of an undo, not part of the state it restores.
IGNORED = {"sqlite_sequence", "_sqlite_migrations", "_search_state"}


def _imported(capsys, tmp_path: Path, *articles: str) -> Path:
    db = tmp_path / "zeta.db"
    paths = []
    for number, text in enumerate(articles):
        path = tmp_path / f"zeta{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert run(capsys, "--db", str(db), "--empty", "import", *paths)[0] == 0
    return db


def _tables(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table the data lives in, sorted."""
    names = [
        row[0]
        for row in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
        )
    ]
    return {
        name: sorted(map(tuple, store.db.execute(f"SELECT * FROM [{name}]").fetchall()), key=repr)
        for name in names
        if name not in IGNORED
    }


def _split_labs(store: Store):
    """Zeta Labs split off Zeta AI with the records of the Series B story, as the tester chose it."""
    zeta = store.find_company("Zeta AI", exact=True)
    (source,) = [s for s in store.company(zeta.id).sources if s.title.startswith("Osk Partners")]
    return store.split_company(zeta.id, "Zeta Labs", sources=[source.id])


def test_undoing_a_split_restores_every_table_as_before_the_split(capsys, tmp_path):
    db = _imported(capsys, tmp_path, ZETA_AI, ZETA_B)
    with Store.open(db) as store:
        before = _tables(store)
        split = _split_labs(store)
        assert split.records > 0
        store.undo_split(split)
        after = _tables(store)
    assert {name: rows for name, rows in after.items() if rows != before.get(name)} == {}


def test_undoing_a_split_leaves_no_alias_and_no_merge_to_unmerge(capsys, tmp_path):
    db = _imported(capsys, tmp_path, ZETA_AI, ZETA_B)
    with Store.open(db) as store:
        store.undo_split(_split_labs(store))
        zeta = store.find_company("Zeta AI", exact=True)
        assert "Zeta Labs" not in zeta.aliases
        assert store.merges() == []
    code, out, _ = run(capsys, "--db", str(db), "show", "Zeta AI")
    assert code == 0 and "Zeta Labs" not in out


def test_an_unrelated_company_of_the_split_off_name_stays_apart_after_the_undo(capsys, tmp_path):
    db = _imported(capsys, tmp_path, ZETA_AI, ZETA_B)
    with Store.open(db) as store:
        store.undo_split(_split_labs(store))
    labs = tmp_path / "zl.txt"
    labs.write_text(ZETA_LABS, encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", str(labs))[0] == 0
    with Store.open(db) as store:
        labs, zeta = store.find_company("Zeta Labs", exact=True), store.find_company("Zeta AI", exact=True)
        assert labs.id != zeta.id
        assert [r.amount for r in store.company(zeta.id).rounds] == [20e6, 50e6]


def test_undoing_a_merge_restores_every_table_but_the_merge_list(capsys, tmp_path):
    db = _imported(capsys, tmp_path, ZETA_AI, ZETA_LABS)
    with Store.open(db) as store:
        before = _tables(store)
        zeta, labs = store.find_company("Zeta AI", exact=True), store.find_company("Zeta Labs", exact=True)
        store.undo_merge(store.merge_companies(zeta.id, labs.id))
        after = _tables(store)
        assert "Zeta Labs" not in store.find_company("Zeta AI", exact=True).aliases
    changed = {name for name, rows in after.items() if rows != before.get(name)}
    assert changed == {"merges"}  # the merge stays listed, marked undone


def test_the_merge_a_split_prints_undoes_it_as_exactly_as_the_explorers_u(capsys, tmp_path):
    """`ai-deals merge COMPANY OTHER`, the undo `ai-deals split` prints, left the split-off name an alias
    of the company (and a merge to unmerge), where the explorer's `u` leaves the database as before."""
    db = _imported(capsys, tmp_path, ZETA_AI, ZETA_B)
    with Store.open(db) as store:
        before = _tables(store)
        zeta = store.find_company("Zeta AI", exact=True)
        (source,) = [s for s in store.company(zeta.id).sources if s.title.startswith("Osk Partners")]
    code, out, err = run(capsys, "--db", str(db), "split", "Zeta AI", "Zeta Labs", "--source", str(source.id))
    assert code == 0, err
    undo = out.split("(undo: ")[1].rstrip(")\n")
    assert undo == 'ai-deals merge "Zeta AI" "Zeta Labs"'
    code, out, err = run(capsys, "--db", str(db), "merge", "Zeta AI", "Zeta Labs")
    assert code == 0, err
    assert "the split is undone" in out
    with Store.open(db) as store:
        after = _tables(store)
        assert "Zeta Labs" not in store.find_company("Zeta AI", exact=True).aliases
        assert store.merges() == []
    assert {name: rows for name, rows in after.items() if rows != before.get(name)} == {}


def test_a_merge_of_two_companies_no_split_made_is_still_an_ordinary_merge(capsys, tmp_path):
    db = _imported(capsys, tmp_path, ZETA_AI, ZETA_LABS)
    code, out, err = run(capsys, "--db", str(db), "merge", "Zeta AI", "Zeta Labs")
    assert code == 0, err
    assert "(undo: ai-deals unmerge 1)" in out
    with Store.open(db) as store:
        assert "Zeta Labs" in store.find_company("Zeta AI", exact=True).aliases
        assert len(store.merges()) == 1
