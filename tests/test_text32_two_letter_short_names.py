"""Session 32 (text32): a two-letter bracket after a backer is its short name only as the initials of its name.

"led by Harbor Ventures (HV)" makes HV Harbor Ventures' short name, so a deal file's "HV" joins it in either
import order. Two capitals are far more often a country, a trade, a role or a unit ("(UK)", "(US)", "(AI)",
"(EU)", "(VC)", "(PE)", « (IA) »): letters that are not the initials of the name before them, or that are on
the deny list even when they are ("Private Equity (PE)"), give no short name.
"""

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

HARBOR_WIRE = "Zorglab raised $20 million in a Series A round led by Harbor Ventures (HV) and Accel."
HARBOR_WIRE_FR = "Zorglab a levé 20 millions d'euros auprès de Harbor Ventures (HV) et d'Elaia Partners."
HV_DEAL_FILE = (
    "Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Investor Names\n"
    "Quillwork,Seed,5000000,USD,2025-02-01,HV\n"
)


def short_names(text: str, language: str = "en") -> dict[str, list[str]]:
    source = parse_article(text, published="2025-12-01", language=language)
    return {company.name: company.short_names for company in source.companies}


def test_two_letter_initials_of_a_fund_in_brackets_are_its_short_name():
    assert short_names(HARBOR_WIRE)["Harbor Ventures"] == ["HV"]


def test_french_two_letter_initials_of_a_fund_in_brackets_are_its_short_name():
    assert short_names(HARBOR_WIRE_FR, "fr")["Harbor Ventures"] == ["HV"]


# A fund the knowledge file knows, or one the article named before: its name is read as a name already, not
# as a phrase the acronym defines, so the bracket is its only way to the acronym.
INDEX_WIRE = (
    "Zorglab raises $20 million\n\nZorglab raised $20 million in a Series A led by Index Ventures (IV)."
)
HARBOR_NAMED_BEFORE = (
    "Zorglab raises $20 million\n\nHarbor Ventures has backed robot makers since 2019. Zorglab raised $20 million "
    "in a Series A led by Harbor Ventures (HV) and Accel."
)
IV_DEAL_FILE = HV_DEAL_FILE.replace(",HV", ",IV")


@pytest.mark.parametrize("wire_first", [True, False], ids=["wire-first", "deal-file-first"])
@pytest.mark.parametrize(
    ("wire", "deal_file", "fund", "short"),
    [
        (INDEX_WIRE, IV_DEAL_FILE, "Index Ventures", "IV"),
        (HARBOR_NAMED_BEFORE, HV_DEAL_FILE, "Harbor Ventures", "HV"),
    ],
    ids=["known-fund", "fund-named-before"],
)
def test_a_deal_files_two_letter_acronym_joins_the_fund_a_wire_named_in_full(
    capsys, tmp_path, wire_first, wire, deal_file, fund, short
):
    files = [("wire.txt", wire), ("vendor.csv", deal_file)]
    db = import_files(capsys, tmp_path, *(files if wire_first else reversed(files)))
    for asked in (short, fund):
        page = run_ok(capsys, db, "show", asked)
        heading = page.splitlines()[0].split("  (")[0]
        known_as = next(line for line in page.splitlines() if line.startswith("also known as: "))
        assert {heading, *known_as.removeprefix("also known as: ").split(", ")} == {fund, short}
        assert "Quillwork" in page and "Zorglab" in page  # the deal file's round and the wire's, on one page


@pytest.mark.parametrize(
    ("bracketed", "name", "short"),
    [
        ("(GV)", "Google Ventures", "GV"),
        ("(HV)", "Harbor Ventures", "HV"),
        ("(CD)", "Caisse des Dépôts", "CD"),
        ("(UK)", "Harbor Ventures", None),
        ("(US)", "Jane Doe", None),
        ("(AI)", "Harbor Ventures", None),
        ("(HV)", "Jane Doe", None),
        ("(HV)", "", None),
        ("(VC)", "Venture Capital", None),
        ("(PE)", "Private Equity", None),
        ("(AI)", "Artificial Intelligence", None),
        ("(IA)", "intelligence artificielle", None),
        ("(EU)", "European Union", None),
        ("(UK)", "United Kingdom", None),
        ("(MW)", "Mega Watt", None),
        ("(H2)", "Harbor Two", None),
    ],
)
def test_two_letters_in_brackets_are_a_short_name_only_as_the_names_initials(bracketed, name, short):
    assert backers_short_name(bracketed, name) == short


@pytest.mark.parametrize("bracketed", ["(UK)", "(US)", "(AI)", "(EU)", "(VC)", "(PE)"])
def test_a_country_or_trade_in_two_letters_is_no_backers_short_name(bracketed):
    wire = f"Zorglab raised $20 million in a round led by Harbor Ventures {bracketed} and Accel."
    assert short_names(wire)["Harbor Ventures"] == []


def test_french_ia_in_brackets_is_no_backers_short_name():
    wire = "Zorglab a levé 20 millions d'euros auprès d'Investissement Avenir (IA) et d'Elaia Partners."
    assert all("IA" not in shorts for shorts in short_names(wire, "fr").values())


def test_a_two_letter_acronym_not_the_initials_joins_no_one(fresh_store: Store, tmp_path: Path):
    wire = "Zorglab raised $20 million in a round led by Jane Doe (HV)."
    fresh_store.import_source(parse_article(wire, published="2025-12-01", language="en"))
    path = tmp_path / "vendor.csv"
    path.write_text(HV_DEAL_FILE, encoding="utf-8")
    import_structured(fresh_store, path, skip_bad_rows=False, console=Console(file=io.StringIO(), width=120))
    assert (
        fresh_store.find_company("HV", exact=True).id != fresh_store.find_company("Jane Doe", exact=True).id
    )
