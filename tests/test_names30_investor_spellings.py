"""One investor whatever spelling a wire or a deal file gives it: "Redpoint" and "Redpoint Ventures" and a firm's
own casing ("ICONIQ") (names30)."""

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
DEAL_FILE = (
    "Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors,"
    "Investor Names\n"
    'Poolside,Seed,126000000,USD,2023-08-23,Redpoint Ventures,"Redpoint Ventures, Felicis Ventures"\n'
    'Pigment,Series D,145000000,USD,2024-04-23,ICONIQ Growth,"ICONIQ Growth, Institutional Venture Partners"\n'
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


def test_two_backers_with_the_same_bracketed_role_stay_two(fresh_store):
    # A bracketed upper-case word after a backer is no alias of it: "(CSO)" after two people would join them (the
    # review of names30's AMP rule found it; amp31's rule reads "(AMP)" as a fund's own short name, never a role,
    # region or currency: tests/test_amp31_bracketed_short_names.py).
    import_wire(
        fresh_store,
        "Zorglab a levé 20 millions d'euros lors d'un tour mené par Accel et Thomas Wolf (CSO).",
        "2025-12-01",
        "fr",
    )
    import_wire(
        fresh_store,
        "Helixa a levé 30 millions d'euros lors d'un tour mené par Balderton et Julien Chaumond (CSO).",
        "2025-12-02",
        "fr",
    )
    assert {"Thomas Wolf", "Julien Chaumond"} <= set(investor_names(fresh_store))
    assert fresh_store.find_company("Julien Chaumond").id != fresh_store.find_company("Thomas Wolf").id


def test_redpoint_eventures_is_not_redpoint_ventures():
    # Redpoint eventures is Redpoint's separate Brazilian fund: the bare "Redpoint" spelling must not swallow it.
    source = parse_article(
        "Zorglab raised $20 million in a round led by Redpoint eventures and Kaszek.", published="2025-12-01"
    )
    assert source.facts[0].investors == ["Redpoint eventures", "Kaszek"]
