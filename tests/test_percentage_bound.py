"""A share's precision: "about 8%" is approximate, "more than 10%" a minimum, "up to 20%" a maximum,
from the article or the deal file to the page, `show`, the timeline, the map, exports and the form."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from extract_helpers import facts_of

from ai_deals.importers.cells import parse_share
from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.importers.reading import read_document
from ai_deals.store import Store
from ai_deals.store.export import read_back, render_export
from ai_deals.store.formatting import format_share
from ai_deals.store.models import RecordRef
from ai_deals.store.review import FactEdit
from ai_deals.tui.screens.fact_edit import build_edit, initial_values

from factories import import_deal_file

FIXTURES = Path(__file__).parent / "fixtures"


def _shares(text: str, language: str = "en") -> list[tuple[str, float | None, str | None]]:
    return [(f.kind, f.percentage, f.percentage_bound) for f in facts_of(text, language) if f.percentage]


@pytest.mark.parametrize(
    ("text", "language", "share"),
    [
        ("Le fonds Orbis détient environ 8 % du capital de Kelvo.", "fr", (8.0, "approx")),
        ("Le fonds Orbis détient plus de 10 % du capital de Kelvo.", "fr", (10.0, "minimum")),
        ("Orbis Capital will take a stake of up to 20% in Kelvo Dynamics.", "en", (20.0, "maximum")),
        ("Le fonds Orbis détient 8 % du capital de Kelvo.", "fr", (8.0, None)),
    ],
)
def test_a_shares_bound_words_are_read_as_an_amounts_are(text, language, share):
    assert _shares(text, language) == [("investment", *share)]


def test_a_priced_purchase_of_a_stake_of_about_a_share_keeps_it_approximate():
    text = "Orbis Capital agreed to acquire a roughly 60% stake in Kelvo Dynamics for $600 million."
    assert _shares(text) == [("acquisition", 60.0, "approx")]


def test_kairos_stake_of_about_8_percent_is_approximate():
    from ai_deals.importing import load_article

    (path,) = FIXTURES.glob("articles_holdout6*/en_nikkei_kairo.txt")
    source = load_article(read_document(path))
    (toyota,) = [f for f in source.facts if f.investor == "Toyota Tsusho" and f.kind == "investment"]
    assert (toyota.percentage, toyota.percentage_bound) == (8.0, "approx")


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("8%", (8.0, None)),
        ("~8%", (8.0, "approx")),
        ("≈ 8 %", (8.0, "approx")),
        ("≥10%", (10.0, "minimum")),
        (">= 10", (10.0, "minimum")),
        ("≤20 %", (20.0, "maximum")),
        ("<20", (20.0, "maximum")),
        (11, (11.0, None)),
    ],
)
def test_a_deal_files_share_cell_states_its_bound_with_a_sign(cell, read):
    assert parse_share(cell) == read


def test_a_sign_without_a_share_is_refused():
    with pytest.raises(ValueError, match="is not a percentage"):
        parse_share("~")


def test_format_share_signs_a_bounded_share():
    assert [format_share(8, b) for b in (None, "exact", "approx", "minimum", "maximum")] == [
        "8%",
        "8%",
        "~8%",
        "≥8%",
        "≤8%",
    ]
    assert format_share(None, "approx") == ""


DEALS = (
    "company,investor,amount,currency,percentage,date\n"
    "Kelvo,Orbis,5000000,USD,~8%,2025-01-02\n"
    "Zorg,Foo,,,≥10 %,2025-02-03\n"
    "Bar,Baz,,,20%,2025-02-03\n"
)


@pytest.fixture
def deals(tmp_path: Path) -> Store:
    path = tmp_path / "deals.csv"
    path.write_text(DEALS, encoding="utf-8")
    store = Store.open(tmp_path / "deals.db")
    import_deal_file(store, path)
    yield store
    store.close()


def _stake(store: Store, company: str):
    (stake,) = store.company(store.find_company(company, exact=True).id).investors
    return stake


def test_a_deal_files_bounded_share_is_stored_and_shown_with_its_sign(deals):
    assert [(s, _stake(deals, s).percentage_bound) for s in ("Kelvo", "Zorg", "Bar")] == [
        ("Kelvo", "approx"),
        ("Zorg", "minimum"),
        ("Bar", None),
    ]
    events = [e.title for e in deals.timeline()]
    assert "Orbis invests $5M (~8%) in Kelvo" in events
    assert "Foo invests (≥10%) in Zorg" in events
    assert "Baz invests (20%) in Bar" in events
    labels = [edge.label for edge in deals.relationship_map(deals.find_company("Kelvo").id).edges]
    assert labels == ["$5M · ~8% · 2025"]


def test_show_prints_a_bounded_share_with_its_sign(deals, capsys):
    from rich.console import Console

    from ai_deals.render import print_company

    console = Console(width=120, force_terminal=False)
    print_company(console, deals.company(deals.find_company("Zorg", exact=True).id))
    assert "≥10%" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_shares_bound_survives_export_and_import_again(deals, fmt, tmp_path):
    refs = [RecordRef(record_type="stake", record_id=_stake(deals, c).id) for c in ("Kelvo", "Zorg", "Bar")]
    text = render_export(deals.export_records(refs), fmt)
    assert [r.percentage_bound for r in read_back(text, fmt)] == ["approx", "minimum", None]
    path = tmp_path / f"export.{fmt}"
    path.write_text(text, encoding="utf-8")
    with Store.open(tmp_path / "again.db") as again:
        import_deal_file(again, path)
        assert [_stake(again, c).percentage_bound for c in ("Kelvo", "Zorg", "Bar")] == [
            "approx",
            "minimum",
            None,
        ]


def _article_stake(percentage_bound: str | None) -> ParsedSource:
    text = "Balderton Capital holds about 31% of Kestrel."
    fact = Fact(
        kind="investment",
        company="Kestrel",
        investor="Balderton Capital",
        percentage=31,
        percentage_bound=percentage_bound,
        sentence=text,
        start=0,
        end=len(text),
    )
    return ParsedSource(title="Kestrel's owners", text=text, published="2024-06-20", facts=[fact])


def test_an_articles_exact_share_is_stored_without_a_bound(tmp_path):
    with Store.open(tmp_path / "a.db") as store:
        store.import_source(_article_stake("exact"))
        assert store.db.execute("SELECT percentage, percentage_bound FROM stakes").fetchall() == [
            (31.0, None)
        ]


def test_a_database_from_before_the_share_bound_reads_its_shares_as_exact(tmp_path):
    path = tmp_path / "old.db"
    with Store.open(path) as store:
        store.import_source(_article_stake(None))
    conn = sqlite3.connect(path)  # as it was before m014: no percentage_bound columns
    for table in ("stakes", "acquisitions"):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN percentage_bound")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm014_percentage_bound'")
    conn.execute("PRAGMA user_version = 13")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        stake = _stake(store, "Kestrel")
        assert (stake.percentage, stake.percentage_bound) == (31.0, None)
        columns = {row[1] for row in store.db.execute("PRAGMA table_info(acquisitions)")}
        assert "percentage_bound" in columns


def test_the_edit_forms_share_keeps_or_changes_its_bound(tmp_path):
    with Store.open(tmp_path / "e.db") as store:
        store.import_source(_article_stake("approx"))
        stake = _stake(store, "Kestrel")
        initial = initial_values(stake)
        assert initial["percentage"] == "~31%"
        assert build_edit(initial, initial) is None
        typed = build_edit(initial, initial | {"percentage": "~30%"})
        assert typed == FactEdit(percentage=30, percentage_bound="approx")
        assert build_edit(initial, initial | {"percentage": "at least 30%"}) == FactEdit(
            percentage=30, percentage_bound="minimum"
        )
        store.edit_fact(stake.ref, typed)
        assert (_stake(store, "Kestrel").percentage, _stake(store, "Kestrel").percentage_bound) == (
            30,
            "approx",
        )
        store.edit_fact(
            stake.ref,
            build_edit(initial := initial_values(_stake(store, "Kestrel")), initial | {"percentage": "30%"}),
        )
        assert (_stake(store, "Kestrel").percentage, _stake(store, "Kestrel").percentage_bound) == (30, None)
        # A corrected version of the story, imported again: the person's exact share is kept.
        corrected = _article_stake("approx")
        corrected.text += " (corrected)"
        corrected.facts[0].sentence = corrected.text
        corrected.facts[0].end = len(corrected.text)
        assert store.import_source(corrected).action == "replaced"
        kept = _stake(store, "Kestrel")
        assert (kept.percentage, kept.percentage_bound, kept.review_status) == (30, None, "edited")
