"""A backer's own short name in brackets ("mené par Anjney Midha (AMP)", the fund he backs through) joins a deal
file's "AMP", in either import order; a role, region, currency, unit or exchange in brackets is no short name,
and an acronym two names claim joins neither of them (amp31)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cli_helpers import import_files, run_ok
from rich.console import Console

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.bracketed_short_names import backers_short_name
from ai_deals.store import Store
from ai_deals.structured_import import import_structured

MIDHA_WIRE_FR = (
    "Black Forest Labs lève 300 millions de dollars\n\n"
    "Black Forest Labs, le créateur allemand des modèles de génération d'images Flux, a levé 300 millions de "
    "dollars lors d'un tour de série B mené par Salesforce Ventures et Anjney Midha (AMP), selon un communiqué "
    "publié lundi."
)
MIDHA_WIRE_EN = (
    "Black Forest Labs raised $300 million in a Series B round led by Salesforce Ventures and Anjney Midha "
    "(AMP), according to a statement."
)
AMP_DEAL_FILE = (
    "Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors,"
    "Investor Names\n"
    'Black Forest Labs,Series A,50000000,USD,2025-01-10,AMP,"AMP, General Catalyst"\n'
)
XYZ_DEAL_FILE = (
    "Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Investor Names\n"
    "Quillwork,Seed,5000000,USD,2025-02-01,XYZ\n"
)


def import_wire(store: Store, text: str, published: str = "2025-12-01", language: str = "en") -> None:
    store.import_source(parse_article(text, published=published, language=language))


def import_deal_file(store: Store, tmp_path: Path, text: str) -> None:
    path = tmp_path / "vendor.csv"
    path.write_text(text, encoding="utf-8")
    import_structured(store, path, skip_bad_rows=False, console=Console(file=io.StringIO(), width=120))


def company_id(store: Store, name: str) -> int:
    company = store.find_company(name, exact=True)
    assert company is not None, name
    return company.id


def backers_short_names(text: str, language: str = "en") -> dict[str, list[str]]:
    source = parse_article(text, published="2025-12-01", language=language)
    return {company.name: company.short_names for company in source.companies}


@pytest.mark.parametrize("wire_first", [True, False], ids=["wire-first", "deal-file-first"])
def test_a_deal_files_amp_is_the_backer_a_french_wire_wrote_anjney_midha_amp(capsys, tmp_path, wire_first):
    files = [("midha.txt", MIDHA_WIRE_FR), ("vendor.csv", AMP_DEAL_FILE)]
    db = import_files(capsys, tmp_path, *(files if wire_first else reversed(files)))
    # One entry, under the name the first import gave it, the other spelling shown as what it is also known as.
    for asked in ("AMP", "Anjney Midha"):
        page = run_ok(capsys, db, "show", asked)
        heading, known_as = page.splitlines()[:2]
        assert {heading, known_as.removeprefix("also known as: ")} == {"Anjney Midha", "AMP"}
        assert "Series A" in page and "Series B" in page  # the deal file's round and the wire's


def test_an_english_wire_gives_the_backer_its_bracketed_short_name():
    assert backers_short_names(MIDHA_WIRE_EN)["Anjney Midha"] == ["AMP"]


def test_a_french_wire_gives_the_backer_its_bracketed_short_name():
    assert backers_short_names(MIDHA_WIRE_FR, "fr")["Anjney Midha"] == ["AMP"]


@pytest.mark.parametrize("bracketed", ["(US)", "(EUR)", "(CEO)", "(CSO)", "(EMEA)", "(CHF)", "(NASDAQ)", "(TWH)"])
def test_a_role_region_currency_unit_or_exchange_in_brackets_is_no_backers_short_name(bracketed):
    wire = f"Zorglab raised $20 million in a round led by Accel and Jane Doe {bracketed}."
    assert backers_short_names(wire)["Jane Doe"] == []


@pytest.mark.parametrize(
    ("bracketed", "short"),
    [("(AMP)", "AMP"), ("(IVP)", "IVP"), ("(NASDAQ: NVDA)", None), ("(Ipai)", None), ("(A16Z)", None), ("(GBP)", None)],
)
def test_only_a_fund_like_acronym_in_brackets_is_a_backers_short_name(bracketed, short):
    assert backers_short_name(bracketed) == short


def test_two_backers_called_ceo_in_brackets_stay_two(fresh_store):
    import_wire(fresh_store, "Zorglab raised $20 million in a round led by Accel and Jane Doe (CEO).")
    import_wire(fresh_store, "Helixa raised $30 million in a round led by Balderton and John Roe (CEO).")
    assert company_id(fresh_store, "Jane Doe") != company_id(fresh_store, "John Roe")
    assert fresh_store.find_company("CEO", exact=True) is None


def test_two_names_one_wire_gives_one_acronym_stay_apart_and_neither_goes_by_it(fresh_store, tmp_path):
    import_wire(fresh_store, "Zorglab raised $20 million in a round led by Jane Doe (XYZ) and John Roe (XYZ).")
    import_deal_file(fresh_store, tmp_path, XYZ_DEAL_FILE)
    ids = {company_id(fresh_store, name) for name in ("Jane Doe", "John Roe", "XYZ")}
    assert len(ids) == 3


@pytest.mark.parametrize("deal_file_first", [False, True], ids=["wires-only", "deal-file-first"])
def test_a_second_name_claiming_an_acronym_another_name_holds_stays_apart(fresh_store, tmp_path, deal_file_first):
    if deal_file_first:
        import_deal_file(fresh_store, tmp_path, XYZ_DEAL_FILE)
    import_wire(fresh_store, "Zorglab raised $20 million in a round led by Jane Doe (XYZ).")
    import_wire(fresh_store, "Helixa raised $30 million in a round led by John Roe (XYZ).", "2025-12-02")
    assert company_id(fresh_store, "Jane Doe") == company_id(fresh_store, "XYZ")  # the first claimant keeps it
    assert company_id(fresh_store, "John Roe") != company_id(fresh_store, "XYZ")
    assert "XYZ" not in fresh_store.find_company("John Roe", exact=True).aliases


def test_a_backer_bracketed_with_the_acronym_of_a_fund_named_in_full_stays_apart_from_it(fresh_store):
    # "Nordic Venture Capital" claims NVC with its full name: Jane Doe (NVC) may be of that fund or of another.
    import_wire(fresh_store, "Quillwork raised $5 million in a round led by Nordic Venture Capital (NVC).")
    import_wire(fresh_store, "Zorglab raised $20 million in a round led by Jane Doe (NVC).", "2025-12-02")
    assert company_id(fresh_store, "Jane Doe") != company_id(fresh_store, "Nordic Venture Capital")


def test_a_backer_never_joins_another_firm_whose_name_holds_the_acronym(fresh_store):
    # The reviewer's case: AMP Capital and Anjney Midha's AMP are two firms that both write "(AMP)".
    import_wire(fresh_store, "Zorglab raised $10 million in a round led by AMP Capital (AMP).")
    import_wire(fresh_store, "Blorp raised $5 million in a round led by Anjney Midha (AMP).", "2025-12-02")
    assert company_id(fresh_store, "Anjney Midha") != company_id(fresh_store, "AMP Capital")


def test_a_person_bracketed_with_a_known_firms_short_name_is_no_alias_of_that_firm(fresh_store, tmp_path):
    # The knowledge file gives "LSVP" to Lightspeed Venture Partners: Jane Doe works there, she is not the firm.
    deal_file = (
        "Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Investor Names\n"
        "Quillwork,Seed,5000000,USD,2025-02-01,LSVP\n"
    )
    import_wire(fresh_store, "Zorglab raised $20 million in a round led by Jane Doe (LSVP).")
    import_deal_file(fresh_store, tmp_path, deal_file)
    assert company_id(fresh_store, "Jane Doe") != company_id(fresh_store, "Lightspeed Venture Partners")
    assert "LSVP" not in fresh_store.find_company("Jane Doe", exact=True).aliases
