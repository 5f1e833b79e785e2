"""A company's displayed name is the spelling its sources' evidence prefers, whatever order they came
in (store/display_names.py); a name a person chose stays."""

from __future__ import annotations

import pytest

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store.display_names import Spelling, preferred

from factories import import_deal_file


def story(name: str, number: int) -> ParsedSource:
    """An article (its own title, so its own source) telling a round of the company written `name`."""
    text = f"{name} raised $10 million on 2025-0{number}-02."
    fact = Fact(
        kind="round",
        company=name,
        amount=10e6 * number,
        currency="USD",
        bound="exact",
        date=f"2025-0{number}-02",
        date_precision="day",
        sentence=text,
        start=0,
        end=len(text),
    )
    return ParsedSource(
        title=f"Wire {number}", text=text, published="2025-09-01", publisher="Wire", facts=[fact]
    )


def shown_name(store, spelling: str) -> str:
    """The displayed name of the company found by `spelling`, on its page as by search."""
    company = store.find_company(spelling)
    assert store.company(company.id).company.name == company.name
    return company.name


@pytest.mark.parametrize("spellings", [["poolside", "Poolside"], ["Poolside", "poolside"]])
def test_either_import_order_shows_the_same_name(fresh_store, spellings):
    for number, spelling in enumerate(spellings, start=1):
        fresh_store.import_source(story(spelling, number))
    assert shown_name(fresh_store, "poolside") == "Poolside"


@pytest.mark.parametrize("capitalised_at", [0, 1, 2])
def test_a_name_most_sources_write_lowercase_stays_lowercase(fresh_store, capitalised_at):
    for number in range(1, 4):
        fresh_store.import_source(story("Poolside" if number - 1 == capitalised_at else "poolside", number))
    assert shown_name(fresh_store, "Poolside") == "poolside"


@pytest.mark.parametrize("file_first", [True, False], ids=["deal file first", "article first"])
def test_a_deal_file_and_an_article_show_the_same_name_in_either_order(fresh_store, tmp_path, file_first):
    deals = tmp_path / "deals.csv"
    header = "company,amount,currency,date"
    deals.write_text(f"{header}\npoolside,500000000,USD,2024-10-02\n", encoding="utf-8")
    steps = [
        lambda: import_deal_file(fresh_store, deals, header),
        lambda: fresh_store.import_source(story("Poolside", 1)),
    ]
    for step in steps if file_first else reversed(steps):
        step()
    assert shown_name(fresh_store, "poolside") == "Poolside"
    assert len(fresh_store.company(fresh_store.find_company("Poolside").id).rounds) == 2


def test_search_finds_the_company_by_either_spelling(fresh_store):
    fresh_store.import_source(story("poolside", 1))
    fresh_store.import_source(story("Poolside", 2))
    for query in ("poolside", "Poolside"):
        assert [hit.name for hit in fresh_store.search(query)][:1] == ["Poolside"]


def test_a_name_chosen_by_a_merge_stays_whatever_the_sources_write(fresh_store):
    fresh_store.import_source(story("poolside", 1))
    fresh_store.import_source(story("Poolside AI", 2))
    kept = fresh_store.find_company("poolside").id
    fresh_store.merge_companies(kept, fresh_store.find_company("Poolside AI").id)
    for number in (3, 4):
        fresh_store.import_source(story("Poolside", number))
    assert shown_name(fresh_store, "poolside") == "poolside"


def test_the_preferred_spelling_is_most_sources_then_capitals_then_the_first_seen():
    assert preferred([Spelling("poolside", 2, 1), Spelling("Poolside", 1, 2)]).text == "poolside"
    assert preferred([Spelling("poolside", 1, 1), Spelling("Poolside", 1, 2)]).text == "Poolside"
    assert preferred([Spelling("Poolside", 1, 1), Spelling("POOLSIDE", 1, 2)]).text == "Poolside"


def test_a_company_split_off_by_a_url_a_deal_file_row_cites_keeps_its_name_whatever_later_imports_write(
    tmp_path, capsys
):
    from cli_helpers import run

    db = tmp_path / "d.db"
    deals = tmp_path / "d.csv"
    deals.write_text(
        "company,amount,currency,date,source_url\n"
        "Mistral AI,10000000,USD,2024-01-02,https://a.example/1\n"
        "Mistral AI,20000000,USD,2024-06-02,https://b.example/2\n",
        encoding="utf-8",
    )
    assert run(capsys, "--db", str(db), "--empty", "import", str(deals))[0] == 0
    code, _, err = run(
        capsys, "--db", str(db), "split", "Mistral AI", "Mistral", "--source", "https://b.example/2"
    )
    assert code == 0, err
    later = tmp_path / "later.csv"
    later.write_text("company,amount,currency,date\nMISTRAL,30000000,USD,2025-01-02\n", encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", str(later))[0] == 0
    from ai_deals.store import Store

    with Store(db, readonly=True) as store:
        assert store.company(store.find_company("mistral", exact=True).id).company.name == "Mistral"


def test_a_name_a_merge_chose_follows_the_sources_again_once_the_merge_is_undone(fresh_store):
    fresh_store.import_source(story("poolside", 1))
    fresh_store.import_source(story("Poolside AI", 2))
    kept = fresh_store.find_company("poolside").id
    merge_id = fresh_store.merge_companies(kept, fresh_store.find_company("Poolside AI").id)
    fresh_store.undo_merge(merge_id)
    for number in (3, 4):
        fresh_store.import_source(story("Poolside", number))
    assert shown_name(fresh_store, "poolside") == "Poolside"


def test_migration_m030_marks_the_names_standing_merges_kept_as_chosen(tmp_path):
    import sqlite3

    from ai_deals.store import Store
    from ai_deals.store.versions import MIGRATION_NAMES

    path = tmp_path / "old.db"
    with Store(path) as store:
        store.import_source(story("poolside", 1))
        store.import_source(story("Poolside AI", 2))
        store.merge_companies(store.find_company("poolside").id, store.find_company("Poolside AI").id)
    conn = sqlite3.connect(path)  # as it was before m030: only the merges said so
    conn.execute("ALTER TABLE companies DROP COLUMN name_chosen")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm030_names_chosen'")
    conn.execute(f"PRAGMA user_version = {MIGRATION_NAMES.index('m030_names_chosen')}")
    conn.commit()
    conn.close()
    with Store(path) as store:
        for number in (3, 4):
            store.import_source(story("Poolside", number))
        assert shown_name(store, "poolside") == "poolside"


def with_url(source: ParsedSource, number: int) -> ParsedSource:
    """`source` at its own URL: imported again with other text, it is a corrected version of itself."""
    return source.model_copy(update={"url": f"https://wire.example/{number}"})


def test_removing_the_sources_writing_the_shown_spelling_shows_the_one_the_others_write(fresh_store):
    fresh_store.import_source(story("Poolside", 1))
    for number in (2, 3):
        fresh_store.import_source(story("poolside", number))
    assert shown_name(fresh_store, "poolside") == "poolside"
    for source in fresh_store.sources():
        if source.title in ("Wire 2", "Wire 3"):
            fresh_store.remove_source(source.id)
    assert shown_name(fresh_store, "poolside") == "Poolside"


def test_a_corrected_article_no_longer_counts_the_spelling_its_earlier_version_wrote(fresh_store):
    for number in (1, 2):
        fresh_store.import_source(with_url(story("Poolside", number), number))
    fresh_store.import_source(with_url(story("poolside", 3), 3))
    assert shown_name(fresh_store, "poolside") == "Poolside"
    assert fresh_store.import_source(with_url(story("poolside", 2), 2)).action == "replaced"
    assert shown_name(fresh_store, "poolside") == "poolside"  # two sources write it so, one otherwise


def test_a_corrected_deal_file_no_longer_counts_the_spelling_its_earlier_version_wrote(tmp_path, capsys):
    from cli_helpers import run

    from ai_deals.store import Store

    db = tmp_path / "d.db"
    header = "company,amount,currency,date,source_url\n"
    files = []
    for number, spelling in enumerate(["Poolside", "Poolside", "poolside"], start=1):
        path = tmp_path / f"deals{number}.csv"
        path.write_text(
            f"{header}{spelling},{number}0000000,USD,2024-0{number}-02,https://a.example/{number}\n"
        )
        assert (
            run(capsys, "--db", str(db), *(["--empty"] if number == 1 else []), "import", str(path))[0] == 0
        )
        files.append(path)
    with Store(db, readonly=True) as store:
        assert store.find_company("poolside", exact=True).name == "Poolside"
    files[0].write_text(files[0].read_text().replace("Poolside", "poolside"))
    code, out, err = run(capsys, "--db", str(db), "import", str(files[0]))
    assert code == 0 and out.startswith("replaced"), out + err
    with Store(db, readonly=True) as store:  # poolside: deals1 and deals3; Poolside: deals2 alone
        assert store.find_company("poolside", exact=True).name == "poolside"


def test_migration_m031_counts_each_aliass_first_source_as_evidence(tmp_path):
    import sqlite3

    from ai_deals.store import Store
    from ai_deals.store.versions import MIGRATION_NAMES

    path = tmp_path / "old.db"
    with Store(path) as store:
        for number in (1, 2):
            store.import_source(story("Poolside", number))
    conn = sqlite3.connect(path)  # as before m031: an alias row's source had no spelling_sources row
    conn.execute(
        """DELETE FROM spelling_sources WHERE (company_id, spelling, source_id) IN
           (SELECT company_id, alias, source_id FROM aliases)"""
    )
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm031_spellings_from_aliases'")
    conn.execute(f"PRAGMA user_version = {MIGRATION_NAMES.index('m031_spellings_from_aliases')}")
    conn.commit()
    conn.close()
    with Store(path) as store:
        for number in (3, 4):
            store.import_source(story("poolside", number))
        assert shown_name(store, "poolside") == "Poolside"  # two sources each way: capitals first
