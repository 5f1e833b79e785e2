"""A deal file's facts as named tuples (`importers/fact_records.py`) write exactly what the models write.

The bulk import builds each row's facts and companies as `FactRecord`s and `CompanyRecord`s rather
than validating them a second time as models. Every file here is imported both ways, each into its
own database, and every table is compared row by row: any difference in a company, alias, id, stake,
evidence text, review fingerprint, metric, source or search state fails the test.
"""

from __future__ import annotations

import importlib.util
import io
import sqlite3
from pathlib import Path

import pytest
from rich.console import Console

from ai_deals.cli import main
from ai_deals.importers import structured
from ai_deals.importers.fact_records import CompanyRecord, FactRecord, as_model
from ai_deals.importers.models import CompanyInfo, Fact
from ai_deals.store import Store
from ai_deals.store.bulk import DealFile
from ai_deals.store.models import RecordRef
from ai_deals.structured_import import import_structured

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))
FIXTURES = ROOT / "tests" / "fixtures" / "structured"
ARTICLES = [
    ROOT / "tests" / "fixtures" / "articles" / f"{name}.txt"
    for name in ("en_anthropic_series_f", "en_nvidia_buys_lumen_grid", "fr_helvetia_labs_partenariat")
]

HAND_MADE = """company_name,investor_name,raised_amount_usd,funded_at,round_type,kind,valuation,basis,tranche,condition,source_url,publisher,percentage,investor_type,country,city,lead_investor
OpenAI,Amazon,50000000000,2026-02-27,,investment,,,,,https://a.example/1,Keystone-ATS,,corporate,US,San Francisco,
open ai,Nvidia,30000000000,2026-02,,investment,730000000000,post_money,,,https://a.example/2,Reuters,,,,,
Open-AI Inc.,SoftBank,30 Mrd,2026,,investment,,,first tranche,subject to milestones,,,2.5,sovereign,,,
Société Générale Ventures,Crédit Agricole,1.5bn,2025-11-03,series B,round,,,,,https://a.example/3,Les Échos,,bank,FR,Paris,yes
Société Générale Ventures,BNP Paribas,1.5bn,2025-11-03,series B,round,,,,,https://a.example/3,Les Échos,,bank,FR,Paris,no
Ørsted Øresund AS,Łukasz Wiśniewski,250000,2024,seed,investment,,,,,,,10,person,DK,,
HuggingFace,Nvidia,,2023-08,,investment,4500000000,post_money,,,https://a.example/4,,,,,,
Hugging Face,—,100000,2023-08-24,,investment,,,,,,,,,,,
Poolside,"Accel; …",5000000,2024-01-01,seed,round,,,,,,,,,,,
Microsoft,le groupe de Redmond,,2019,,partnership,,,,,,,,,,,
Kivu,Partech,12000000,2025-05,series A,,,,,,https://a.example/5,,,venture fund,,,
Kivu,,,2025-06,,valuation,90000000,pre_money,,,,,,,,,
"""


def _dataset(path: Path, rows: int, *, stakes_only: bool) -> Path:
    """The benchmark's generator, at a few thousand rows: rounds, stakes, partnerships, revenue,
    valuations, tranches, partial dates and names in many scripts, each name on several rows."""
    spec = importlib.util.spec_from_file_location("make_dataset", ROOT / "bench" / "make_dataset.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write_dataset(path, rows // 3, rows, 7, stakes_only)
    return path


def _tables(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows in the order written (less the clock's times, the database's own id and token)."""
    conn = sqlite3.connect(db)
    try:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        # What differs between any two databases: when each was made and imported into, its own id,
        # and the random token its names' last change drew (m023).
        conn.execute("UPDATE sources SET imported_at = ''")
        conn.execute("UPDATE _sqlite_migrations SET applied_at = ''")
        conn.execute("UPDATE _search_state SET database_id = '', token = ''")
        return {name: _rows(conn, name) for name in names}
    finally:
        conn.close()


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple]:
    """A table's rows in the order written, or sorted for a table without rowids."""
    try:
        return conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
    except sqlite3.OperationalError:  # WITHOUT ROWID
        return sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)


def _import_both_ways(tmp_path: Path, monkeypatch, files: list[Path], prepare=None) -> tuple[dict, dict]:
    """The files imported into a database as the bulk import does (records) and, in another, with
    models; `prepare(db)` first fills each database the same way."""
    with_records = structured.iter_deal_facts
    results = []
    for way in ("records", "models"):
        if way == "models":
            monkeypatch.setattr(
                structured,
                "iter_deal_facts",
                lambda path, records=False, **options: with_records(path, records=False, **options),
            )
        db = tmp_path / f"{way}.db"
        if prepare is not None:
            prepare(db)
        with Store.open(db) as store:
            for path in files:
                import_structured(store, path, skip_bad_rows=True, console=Console(file=io.StringIO()))
        results.append(_tables(db))
    monkeypatch.setattr(structured, "iter_deal_facts", with_records)
    return results[0], results[1]


def _facts_are_records(path: Path) -> bool:
    """Whether the bulk import's reading of `path` gives records (so both ways really differ)."""
    items = [item for item in structured.iter_deal_facts(path, records=True) if hasattr(item, "facts")]
    return any(type(fact) is FactRecord for item in items for fact in item.facts) and all(
        type(info) is CompanyRecord for item in items for info in item.companies
    )


def _with_seed_article(db: Path) -> None:
    assert main(["--db", str(db), "--empty", "import", str(SEED)]) == 0


@pytest.mark.parametrize("stakes_only", [True, False], ids=["stakes", "every-kind"])
def test_the_generated_data_set_writes_the_same_tables_both_ways(tmp_path, monkeypatch, stakes_only):
    path = _dataset(tmp_path / "deals.csv", 3_000, stakes_only=stakes_only)
    assert _facts_are_records(path)
    with_records, with_models = _import_both_ways(tmp_path, monkeypatch, [path])
    assert len(with_records["stakes"]) > 1_000 and with_records["evidence"]
    if not stakes_only:
        assert with_records["rounds"] and with_records["partnerships"] and with_records["metrics"]
    assert with_records == with_models


def test_names_the_seed_article_brought_accents_aliases_and_odd_headers_write_the_same_tables(
    tmp_path, monkeypatch
):
    """Aliases of names already known (the seed's OpenAI, Nvidia, SoftBank, Microsoft's 'le groupe de
    Redmond'), spellings differing by spaces, a nameless investor, leads, partial dates, valuations,
    tranches, several cited sources, header spellings like company_name and raised_amount_usd."""
    deals = tmp_path / "deals.csv"
    deals.write_text(HAND_MADE, encoding="utf-8")
    assert _facts_are_records(deals)
    others = ("crunchbase_rounds.csv", "french_excel.csv", "stakes.tsv", "deals.json", "partners.ndjson")
    files = [deals, *(FIXTURES / name for name in (*others, "bad_rows.csv"))]
    with_records, with_models = _import_both_ways(tmp_path, monkeypatch, files, _with_seed_article)
    assert len(with_records["sources"]) == 1 + len(files)  # the seed, then each file
    assert with_records == with_models


def test_an_export_with_review_decisions_writes_the_same_tables_both_ways(tmp_path, monkeypatch):
    original = tmp_path / "original.db"
    assert main(["--db", str(original), "--empty", "import", str(SEED), *map(str, ARTICLES)]) == 0
    with Store(original) as store:
        stake = next(r for r in store.export_records() if r.record_type == "stake")
        store.review(RecordRef(record_type="stake", record_id=stake.record_id), "confirmed")
    exported = tmp_path / "export.csv"
    assert main(["--db", str(original), "export", "--format", "csv", "--out", str(exported)]) == 0
    with_records, with_models = _import_both_ways(tmp_path, monkeypatch, [exported])
    assert with_records["stake_tranches"] and with_records["statements"]
    assert with_records == with_models


def test_a_record_stands_for_its_model_field_by_field():
    fact = Fact(kind="round", company="Kivu", investors=["Partech"], sentence="Kivu raised", start=0, end=11)
    record = FactRecord(**{**fact.model_dump(), "investors": ["Partech"]})
    assert FactRecord._fields == tuple(Fact.model_fields)
    assert CompanyRecord._fields == tuple(CompanyInfo.model_fields)
    assert as_model(record) == fact
    assert as_model(CompanyRecord(name="Kivu")) == CompanyInfo(name="Kivu")
    defaults = FactRecord(kind="round", company="Kivu", sentence="s", start=0, end=1)
    assert (defaults.investors, defaults.tranches, defaults.bound) == ((), (), None)


def test_a_nameless_investor_among_records_is_dropped_as_among_models(tmp_path):
    """The writer copies a fact without its nameless names (`without_nameless`, a model's copy): given
    records, it turns them into models first, and writes what it writes for models."""

    def rows(make_fact, make_company) -> list[structured.DealFacts]:
        text = "Poolside,Accel; …,5000000,2024-01-01,round"
        fact = make_fact(
            kind="round", company="Poolside", investors=["Accel", "…"], amount=5e6, currency="USD",
            bound="exact", date="2024-01-01", date_precision="day", sentence=text, start=0, end=len(text),
        )  # fmt: skip
        companies = [make_company(name="Poolside"), *(make_company(name=n) for n in ("Accel", "…"))]
        return [structured.DealFacts(2, text, None, [fact], companies)]

    def written(name: str, items: list) -> dict:
        path = tmp_path / "deals.csv"
        path.write_text("company,investors,amount,date,kind\n", encoding="utf-8")
        with Store.open(tmp_path / name) as store:
            deal_file = DealFile(path=path, header="", content_hash="same")
            report = store.import_deal_file(
                deal_file, items, skip_bad_rows=False, is_error=lambda item: False
            )
            assert report.rows_written == 1
        return _tables(tmp_path / name)

    with_records = written("records.db", rows(FactRecord, CompanyRecord))
    assert with_records == written("models.db", rows(Fact, CompanyInfo))
    assert [name for _, name, *_ in with_records["companies"]] == ["Poolside", "Accel"]
