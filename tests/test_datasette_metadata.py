"""The Datasette metadata describes tables and columns that exist, and search works on sources."""

from __future__ import annotations

import json

from ai_deals.cli import main


def test_metadata_describes_only_real_tables_and_columns(capsys, sample_store):
    assert main(["--db", str(sample_store.path), "metadata"]) == 0
    metadata = json.loads(capsys.readouterr().out)
    (tables,) = [db["tables"] for db in metadata["databases"].values()]
    assert list(metadata["databases"]) == [sample_store.path.stem]
    existing = set(sample_store.db.table_names())
    for name, table in tables.items():
        assert name in existing, name
        columns = {column.name for column in sample_store.db[name].columns}
        assert set(table.get("columns", {})) <= columns, name
    assert tables["sources"]["fts_table"] in existing


def test_full_text_search_table_finds_words_in_articles_without_accents(sample_store):
    rows = list(sample_store.db.query("SELECT rowid FROM sources_fts WHERE sources_fts MATCH 'leve'"))
    assert rows == [{"rowid": 1}]
