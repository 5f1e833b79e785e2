"""What became of a company no longer in the database, in words (never its id): removed because a
corrected import of its only source no longer names it, or merged into another (`CompanyGone`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.importing import Overrides, parse_paths
from ai_deals.store import Store
from ai_deals.store.errors import CompanyGone

HEADER = "URL: https://example.com/zeta-raise\nTitle: Zeta AI raises $20 million\n\n"
FIRST = (
    HEADER + "Zeta AI raised $20 million in a Series A round led by Kestrel Analytics on February 3, 2026.\n"
)
CORRECTED = (
    HEADER + "Zeta AI raised $20 million in a Series A round led by Vantor Capital on February 3, 2026.\n"
)
LATER = (
    "URL: https://example.com/later\nTitle: Orbit Ventures backs Nimbus\n\n"
    "Nimbus raised $5 million in a seed round led by Orbit Ventures on March 3, 2026.\n"
)


def import_text(store: Store, path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    (report,) = store.import_sources(parse_paths([str(path)], Overrides()))
    return report.action


@pytest.fixture
def corrected(tmp_path: Path):
    """Kestrel Analytics's id, and the store after the corrected article no longer names it."""
    store = Store(tmp_path / "zeta.db")
    import_text(store, tmp_path / "zeta.txt", FIRST)
    kestrel = store.find_company("Kestrel Analytics").id
    assert import_text(store, tmp_path / "zeta.txt", CORRECTED) == "replaced"
    yield store, kestrel
    store.close()


def test_a_company_a_corrected_import_removed_is_said_gone_naming_the_source(corrected):
    store, kestrel = corrected
    assert store.find_company("Kestrel Analytics", exact=True) is None
    for read in (
        store.get_company,
        store.company,
        store.company_head,
        store.relationship_map,
        store.timeline,
    ):
        with pytest.raises(CompanyGone) as gone:
            read(kestrel)
        assert str(gone.value) == (
            "Kestrel Analytics is no longer in the database: a corrected import of “Zeta AI raises $20 million”"
            " no longer names it"
        )
        assert gone.value.kept_id is None


def test_a_company_merged_away_is_said_merged_into_the_kept_one(corrected):
    store, _ = corrected
    vantor, zeta = store.find_company("Vantor Capital").id, store.find_company("Zeta AI").id
    store.merge_companies(zeta, vantor)
    with pytest.raises(CompanyGone) as gone:
        store.get_company(vantor)
    assert str(gone.value) == "Vantor Capital was merged into Zeta AI"
    assert (gone.value.kept_id, gone.value.kept_name) == (zeta, "Zeta AI")
    assert store.company(vantor).company.id == zeta  # the page is the kept company's, as before


def test_an_id_nothing_is_known_of_is_said_gone_without_the_id(corrected):
    store, _ = corrected
    with pytest.raises(CompanyGone, match="^That company is no longer in the database$"):
        store.get_company(9999)


def test_a_company_made_after_a_removal_never_takes_the_removed_ones_id(corrected, tmp_path):
    """A link or back step holding the removed id must not open another company."""
    store, kestrel = corrected
    import_text(store, tmp_path / "later.txt", LATER)
    made = {store.find_company(name).id for name in ("Nimbus", "Orbit Ventures")}
    assert kestrel not in made and all(company_id > kestrel for company_id in made)
    with pytest.raises(CompanyGone, match="^Kestrel Analytics is no longer"):
        store.get_company(kestrel)


def test_a_company_removed_then_imported_again_is_said_back_under_its_new_company(corrected, tmp_path):
    store, kestrel = corrected
    import_text(store, tmp_path / "zeta.txt", FIRST)
    again = store.find_company("Kestrel Analytics").id
    assert again != kestrel
    with pytest.raises(CompanyGone) as gone:
        store.get_company(kestrel)
    assert str(gone.value) == (
        "Kestrel Analytics was removed (a corrected import of “Zeta AI raises $20 million” no longer named it)"
        " and is in the database again"
    )
    assert (gone.value.kept_id, gone.value.kept_name) == (again, "Kestrel Analytics")


def test_show_of_a_removed_companys_name_says_what_removed_it(corrected, capsys):
    from cli_helpers import run

    store, _ = corrected
    code, out, err = run(capsys, "--db", str(store.path), "show", "Kestrel Analytics")
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        f"ai-deals: error: {store.path}: Kestrel Analytics is no longer in the database: a corrected import of"
        " “Zeta AI raises $20 million” no longer names it"
    ]


def test_a_read_only_database_without_the_removals_table_still_says_gone_in_words(corrected):
    """A database an older ai-deals wrote, opened read-only (not migrated): no `removed_companies`."""
    store, kestrel = corrected
    store.db.execute("DROP TABLE removed_companies")
    path = store.path
    store.close()
    with Store(path, readonly=True) as old:
        with pytest.raises(CompanyGone, match="^That company is no longer in the database$"):
            old.get_company(kestrel)
        assert old.removed_company("Kestrel Analytics") is None


DEALS_V1 = (
    "company,investors,amount,currency,date,round\n"
    "Foocorp,InvA,1000000,USD,2024-01-05,Seed\n"
    "Barcorp,InvB|InvA,2000000,USD,2024-02-05,Series A\n"
)
DEALS_V2 = "company,investors,amount,currency,date,round\nFoocorp,InvA,1000000,USD,2024-01-05,Seed\n"


def import_deals(store: Store, path: Path, text: str) -> str:
    from io import StringIO

    from rich.console import Console

    from ai_deals.structured_import import import_structured

    path.write_text(text, encoding="utf-8")
    return import_structured(store, path, skip_bad_rows=False, console=Console(file=StringIO())).action


def test_a_corrected_deal_file_removes_the_companies_only_its_earlier_version_named(tmp_path):
    store = Store(tmp_path / "deals.db")
    other = tmp_path / "other"
    other.mkdir()
    import_deals(
        store,
        other / "more.csv",
        "company,investors,amount,currency,date,round\nQuxcorp,InvB,5000000,USD,2024-03-05,Seed\n",
    )
    import_deals(store, tmp_path / "deals.csv", DEALS_V1)
    barcorp = store.find_company("Barcorp", exact=True).id
    assert import_deals(store, tmp_path / "deals.csv", DEALS_V2) == "replaced"
    assert store.find_company("Barcorp", exact=True) is None  # no empty shell left to search for
    assert store.find_company("InvB", exact=True) is not None  # the other file still names it
    assert store.find_company("InvA", exact=True) is not None  # and this one still does
    with pytest.raises(CompanyGone) as gone:
        store.get_company(barcorp)
    assert (
        str(gone.value)
        == "Barcorp is no longer in the database: a corrected import of deals.csv no longer names it"
    )
    store.close()


def test_an_investor_only_a_corrected_deal_file_named_is_removed_with_its_investors_row(tmp_path):
    store = Store(tmp_path / "deals.db")
    import_deals(store, tmp_path / "deals.csv", DEALS_V1)
    import_deals(store, tmp_path / "deals.csv", DEALS_V2)
    assert store.find_company("InvB", exact=True) is None
    names = {
        row[0]
        for row in store.db.execute("SELECT c.name FROM investors i JOIN companies c ON c.id = i.company_id")
    }
    assert names == {"InvA"}
    assert store.db.execute("SELECT count(*) FROM investors").fetchone()[0] == 1
    store.close()
