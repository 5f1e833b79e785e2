"""A name holding an emoji or a dingbat keeps it in its key, as a word of its own (qa42 #12): "🦄 Fund"
is not the unrelated "Fund" (a generic word alone), while "Fund" typed twice is still one company.
A name of pictographs only is still nobody's. Rows written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.store import Store
from ai_deals.store.bulk import normalized
from ai_deals.store.names import normalize_name

ROWS = (
    "company,investor,amount,currency,date,kind\n"
    "Coder AI,🦄 Fund,3000000,USD,2025-04-07,investment\n"
    "Bell Labs AI,Fund,1000000,USD,2025-04-09,investment\n"
    "Other AI,Fund,2000000,USD,2025-04-10,investment\n"
)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("🦄 Fund", "🦄 fund"),
        ("❤️ Fund", "❤ fund"),  # the emoji-style selector is no part of the key
        ("🦄 Group", "🦄 group"),  # a legal form after a pictograph is the only word: kept
        ("Fund", "fund"),
        ("🚀🤖", ""),  # nobody's name
        ("Acme®", "acme"),  # a registered sign is no pictograph: dropped as before
    ],
)
def test_a_name_keeps_its_pictographs_as_words_of_its_key(name, key):
    assert normalize_name(name) == key
    assert normalized(name) == key  # the bulk importer's key is the same


def test_an_emoji_name_does_not_join_the_generic_word_it_holds(capsys, tmp_path: Path):
    rows = tmp_path / "funds.csv"
    rows.write_text(ROWS, encoding="utf-8")
    db = tmp_path / "funds.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(rows))
    assert code == 0, err
    with Store.open(db) as store:
        unicorn, fund = store.find_company("🦄 Fund", exact=True), store.find_company("Fund", exact=True)
        assert unicorn.id != fund.id
        assert "Fund" not in unicorn.aliases and "🦄 Fund" not in fund.aliases
        assert sorted(s.company for s in store.company(fund.id).portfolio) == ["Bell Labs AI", "Other AI"]


def test_migration_m033_gives_emoji_names_their_new_key(db_path):
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ai_deals.store.schema import STEPS
    from ai_deals.store.versions import MIGRATION_NAMES, MIGRATION_SET

    before = Migrations(MIGRATION_SET)
    for step in STEPS[: MIGRATION_NAMES.index("m033_names_with_pictographs")]:
        before()(step)
    db = Database(db_path)
    before.apply(db)
    db["companies"].insert({"id": 1, "name": "🦄 Fund", "normalized": "fund"})
    db["aliases"].insert({"company_id": 1, "alias": "🦄 Fund", "normalized": "fund"})
    db["companies"].insert({"id": 2, "name": "Fund", "normalized": "fund"})
    db.close()
    with Store.open(db_path) as store:
        keys = store.db.execute("SELECT name, normalized FROM companies ORDER BY id").fetchall()
        assert keys == [("🦄 Fund", "🦄 fund"), ("Fund", "fund")]
        assert store.db.execute("SELECT normalized FROM aliases").fetchall() == [("🦄 fund",)]
        assert store.find_company("🦄 Fund", exact=True).id == 1
