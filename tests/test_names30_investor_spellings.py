"""One investor whatever spelling a wire or a deal file gives it: "Redpoint" and "Redpoint Ventures", a firm's
own casing ("ICONIQ"), and a backer's upper-case short name in brackets ("Anjney Midha (AMP)") (names30)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from ai_deals.importers.article import parse_article
from ai_deals.store import Store
from ai_deals.store.known_names import knowledge_names
from ai_deals.structured_import import import_structured

POOLSIDE_WIRE = (
    "Poolside, the AI coding start-up, said on Wednesday it raised $500 million in a Series B round led by "
    "Bain Capital Ventures, valuing the company at $3 billion.\n\n"
    "Nvidia, DST Global, eBay, Felicis, Redpoint and Schroders Capital also participated, according to a "
    "statement."
)
BLACK_FOREST_WIRE = (
    "Black Forest Labs, le créateur allemand des modèles de génération d'images Flux, a levé 300 millions de "
    "dollars lors d'un tour de série B mené par Salesforce Ventures et Anjney Midha (AMP), selon un communiqué "
    "publié lundi."
)
DEAL_FILE = (
    "Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors,"
    "Investor Names\n"
    'Poolside,Seed,126000000,USD,2023-08-23,Redpoint Ventures,"Redpoint Ventures, Felicis Ventures"\n'
    'Pigment,Series D,145000000,USD,2024-04-23,ICONIQ Growth,"ICONIQ Growth, Institutional Venture Partners"\n'
    'Black Forest Labs,Series A,50000000,USD,2025-01-10,AMP,"AMP, General Catalyst"\n'
)


def quiet() -> Console:
    return Console(file=io.StringIO(), width=120)


def import_wire(store: Store, text: str, published: str, language: str) -> None:
    store.import_source(parse_article(text, published=published, language=language))


def import_deal_file(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "vendor.csv"
    path.write_text(DEAL_FILE, encoding="utf-8")
    import_structured(store, path, skip_bad_rows=False, console=quiet())


def investor_names(store: Store) -> list[str]:
    return sorted(
        row["name"]
        for row in store.db.query(
            "SELECT c.name FROM investors i JOIN companies c ON c.id = i.company_id ORDER BY c.name"
        )
    )


@pytest.mark.parametrize("wire_first", [True, False], ids=["wire-first", "deal-file-first"])
def test_redpoint_in_a_wire_and_redpoint_ventures_in_a_deal_file_are_one_investor(
    fresh_store, tmp_path, wire_first
):
    steps = [
        lambda: import_wire(fresh_store, POOLSIDE_WIRE, "2024-10-02", "en"),
        lambda: import_deal_file(fresh_store, tmp_path),
    ]
    for step in steps if wire_first else reversed(steps):
        step()
    names = investor_names(fresh_store)
    assert [name for name in names if name.startswith("Redpoint")] == ["Redpoint Ventures"]
    assert [name for name in names if name.startswith("Felicis")] == ["Felicis"]


def test_iconiq_is_stored_under_the_firms_own_casing_with_its_spellings_kept(fresh_store, tmp_path):
    import_deal_file(fresh_store, tmp_path)
    names = investor_names(fresh_store)
    assert "ICONIQ" in names and "Iconiq" not in names and "ICONIQ Growth" not in names
    assert "IVP" in names and "Institutional Venture Partners" not in names
    assert fresh_store.find_company("ICONIQ Growth").name == "ICONIQ"


@pytest.mark.parametrize(
    ("spelling", "firm"),
    [
        ("Iconiq", "ICONIQ"),
        ("Iconiq Growth", "ICONIQ"),
        ("Redpoint", "Redpoint Ventures"),
        ("Felicis Ventures", "Felicis"),
        ("Institutional Venture Partners", "IVP"),
        ("Bain Capital Ventures", "Bain Capital Ventures"),
        ("DST Global", "DST Global"),
        ("Atomico", "Atomico"),
        ("Prima Materia", "Prima Materia"),
    ],
)
def test_the_knowledge_file_names_each_well_known_vc_spelling_by_its_firm(spelling, firm):
    assert knowledge_names()[spelling].name == firm


@pytest.mark.parametrize("word", ["Index", "Prima", "Bain", "DST", "BCV"])
def test_a_word_that_may_be_another_company_names_no_vc(word):
    # "Index" and "Prima" are everyday words and brands; Bain & Company is no Bain Capital Ventures, DST
    # Systems no DST Global, and "BCV" is the Banque cantonale vaudoise.
    assert word not in knowledge_names()


def test_a_backers_upper_case_short_name_in_brackets_is_its_alias():
    source = parse_article(BLACK_FOREST_WIRE, published="2025-12-01", language="fr")
    midha = next(company for company in source.companies if company.name == "Anjney Midha")
    assert "AMP" in midha.aliases


@pytest.mark.parametrize("wire_first", [True, False], ids=["wire-first", "deal-file-first"])
def test_a_deal_files_amp_is_the_backer_a_wire_wrote_anjney_midha_amp(fresh_store, tmp_path, wire_first):
    steps = [
        lambda: import_wire(fresh_store, BLACK_FOREST_WIRE, "2025-12-01", "fr"),
        lambda: import_deal_file(fresh_store, tmp_path),
    ]
    for step in steps if wire_first else reversed(steps):
        step()
    # One backer, under the name the first import gave it, the other kept as its alias.
    assert len({"AMP", "Anjney Midha"} & set(investor_names(fresh_store))) == 1
    assert fresh_store.find_company("AMP").id == fresh_store.find_company("Anjney Midha").id
