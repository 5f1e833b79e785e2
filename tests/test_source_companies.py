"""`source_companies` (m028): the companies a source names other than through its records (an export's
company row, an article's companies list), kept right by imports, merges and splits, so that removing
another source never takes a company a remaining source still names."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ai_deals.importers.models import CompanyInfo
from ai_deals.store import Store
from ai_deals.store.versions import MIGRATION_NAMES

from factories import import_deal_file, one_stake

EXPORT_HEADER = "record_type,record_id,company,counterpart,counterpart_role,kind,amount,currency,date,round,source_url,city\n"


def _export(tmp_path: Path, rows: str, name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_text(EXPORT_HEADER + rows, encoding="utf-8")
    return path


def _listed(store: Store) -> set[tuple[int, str]]:
    """(source id, company name) of every `source_companies` row."""
    rows = store.db.execute(
        "SELECT l.source_id, c.name FROM source_companies l JOIN companies c ON c.id = l.company_id"
    )
    return set(rows.fetchall())


def _company_id(store: Store, name: str) -> int:
    return store.db.execute("SELECT id FROM companies WHERE name = ?", [name]).fetchone()[0]


def _names(store: Store) -> set[str]:
    return {name for (name,) in store.db.execute("SELECT name FROM companies")}


def test_an_articles_listed_company_no_fact_names_stays_while_the_article_does(tmp_path):
    listing = one_stake("Vantor Capital", "Zeta AI", title="Zeta")
    listing = listing.model_copy(update={"companies": [CompanyInfo(name="Lonely Corp", city="Paris")]})
    with Store.open(tmp_path / "a.db") as store:
        (listed,) = store.import_sources([listing])
        (naming,) = store.import_sources([one_stake("Lonely Corp", "Kalmiro", title="Kalmiro")])
        assert _listed(store) == {(listed.source_id, "Lonely Corp")}
        store.remove_source(naming.source_id)
        assert "Lonely Corp" in _names(store)
        store.remove_source(listed.source_id)
        assert _names(store) == set()


def test_merging_moves_a_company_rows_naming_and_the_undo_gives_it_back(tmp_path):
    export = _export(tmp_path, "company,,Lonely Corp,,,,,,,,,Paris\n")
    with Store.open(tmp_path / "m.db") as store:
        exported = import_deal_file(store, export)
        (article,) = store.import_sources([one_stake("Solitary Capital", "Kalmiro", title="Kalmiro")])
        kept, merged = _company_id(store, "Solitary Capital"), _company_id(store, "Lonely Corp")
        merge_id = store.merge_companies(kept, merged)
        assert _listed(store) == {(exported.source_id, "Solitary Capital")}
        store.undo_merge(merge_id)
        assert _listed(store) == {(exported.source_id, "Lonely Corp")}
        store.merge_companies(kept, merged)
        store.remove_source(article.source_id)  # the export's company row still names it, merged
        assert "Solitary Capital" in _names(store)


def test_a_split_leaves_the_exports_company_row_naming_both_companies(tmp_path):
    export = _export(
        tmp_path,
        "round,1,Kestrel Photonics,Vantor Capital,investors,round,20000000,USD,2026-02-03,Series A,"
        "https://example.org/kestrel,\ncompany,,Kestrel Photonics,,,,,,,,,Paris\n",
    )
    with Store.open(tmp_path / "s.db") as store:
        exported = import_deal_file(store, export)
        company_id = _company_id(store, "Kestrel Photonics")
        store.split_company(company_id, "Kestrel Analytics", sources=[exported.source_id])
        assert _listed(store) == {
            (exported.source_id, "Kestrel Photonics"),
            (exported.source_id, "Kestrel Analytics"),
        }


def test_migration_m028_records_the_company_an_exports_company_row_gave_an_alias(tmp_path):
    export = _export(tmp_path, "company,,Lonely Corp,,,,,,,,,Paris\n")
    path = tmp_path / "old.db"
    with Store.open(path) as store:
        exported = import_deal_file(store, export)  # first: its company row gives the alias
        (article,) = store.import_sources([one_stake("Lonely Corp", "Kalmiro", title="Kalmiro")])
    conn = sqlite3.connect(path)  # as it was before m028: nothing said which source listed what
    conn.execute("DROP TABLE source_companies")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm028_source_companies'")
    conn.execute(f"PRAGMA user_version = {MIGRATION_NAMES.index('m028_source_companies')}")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert _listed(store) == {(exported.source_id, "Lonely Corp")}  # the article's records name it
        store.remove_source(article.source_id)
        assert "Lonely Corp" in _names(store)
