"""qa51's findings (an LP analyst importing vendor A with --skip-bad-rows, vendor B, then the news): an
article keeps its own sentence when a vendor row citing its URL came first, a vendor cell mixing a named
investor with an unnamed one, investor pages titling a URL-only row by its article, and what
`coinvestors` says when it finds nobody."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import import_files, private_default_db, run, run_ok  # noqa: F401 (autouse fixture)

# -- #1 an article's sentence, whichever of it and a vendor row citing it came first ------------------

VENDOR_A = (
    "Company Name,Deal Date,Funding Stage,Deal Size (M),Deal Currency,All Investors,Lead Investor(s),"
    "HQ Country,Source URL,Deal ID\n"
    "Mistral Forge,2025-09-10,Series B,120,EUR,Éclair Ventures; Andreessen Horowitz; "
    "Lightspeed Venture Partners,Lightspeed Venture Partners,FR,https://wire.example/forge-b,PB-1004\n"
)
FORGE_SENTENCE = (
    "PARIS, 10 septembre (Dépêche) - La start-up parisienne Mistral Forge a annoncé mercredi avoir levé "
    "120 millions d'euros lors d'une série B menée par Lightspeed Venture Partners, avec la participation "
    "d'Éclair Ventures et d'Andreessen Horowitz."
)
FORGE = f"""title: Mistral Forge lève 120 millions d'euros
date: 2025-09-10
url: https://wire.example/forge-b
language: fr

{FORGE_SENTENCE}

La jeune pousse, fondée en 2023, emploie 60 personnes.
"""


def _round_sentences(capsys, db: Path) -> list[str]:
    page = json.loads(run_ok(capsys, db, "show", "Mistral Forge", "--json"))
    return sorted(e["sentence"] for r in page["rounds"] for e in r["evidence"])


@pytest.mark.parametrize("order", ["vendor first", "article first"])
def test_an_article_keeps_its_sentence_whether_a_vendor_row_citing_it_came_first_or_not(
    capsys, tmp_path, order
):
    files = [("vendorA.csv", VENDOR_A), ("forge.txt", FORGE)]
    db = import_files(capsys, tmp_path, *(files if order == "vendor first" else files[::-1]))
    sentences = _round_sentences(capsys, db)
    assert FORGE_SENTENCE in sentences and len(sentences) == 2  # the article's and the vendor row's


def test_a_dry_run_of_an_article_a_vendor_row_cites_says_it_adds_the_articles_round(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("vendorA.csv", VENDOR_A))
    article = tmp_path / "forge.txt"
    article.write_text(FORGE, encoding="utf-8")
    out = run_ok(capsys, db, "import", str(article), "--dry-run")
    assert "would add: Mistral Forge lève 120 millions d'euros (2025-09-10): 2 facts\n" in out
    assert "already in the database" not in out


@pytest.mark.parametrize("order", ["vendor first", "article first"])
def test_a_rounds_source_choice_opens_the_article_itself_not_the_vendor_row_citing_it(
    capsys, tmp_path, order
):
    """`s` on the round offers the article once, and opens it on its own sentence (the explorer's
    source view then shows the article's text, not vendor A's CSV row)."""
    from ai_deals.store import Store
    from ai_deals.tui.screens.company_rows import source_choices

    files = [("vendorA.csv", VENDOR_A), ("forge.txt", FORGE)]
    db = import_files(capsys, tmp_path, *(files if order == "vendor first" else files[::-1]))
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Mistral Forge").id)
        [article_id] = store.source_ids("https://wire.example/forge-b")
    [choice] = source_choices(page.rounds[0].accounts or page.rounds)
    assert (choice.source_id, choice.sentence) == (article_id, FORGE_SENTENCE)


# -- #2 an investors cell naming some investors and one it does not name --------------------------------

MIXED = (
    "Company Name,Deal Date,Funding Stage,Deal Size (M),Deal Currency,All Investors,Lead Investor(s)\n"
    "Eps Five,2025-10-04,Seed,2,USD,Accel; Undisclosed,Accel\n"
    'Eta Seven,2025-10-05,Seed,2,USD,"Accel, n/a",\n'
    'Theta Eight,2025-10-06,Seed,2,USD,"Accel, Index Ventures",\n'
    "Delta Four,2025-10-03,Seed,2,USD,Undisclosed investors,\n"
)


def _investors(capsys, db: Path, company: str) -> list[str]:
    return json.loads(run_ok(capsys, db, "show", company, "--json"))["rounds"][0]["investors"]


def test_a_cell_mixing_a_named_investor_with_an_unnamed_one_keeps_the_named_one(capsys, tmp_path):
    path = tmp_path / "v6b.csv"
    path.write_text(MIXED, encoding="utf-8")
    out = run_ok(capsys, tmp_path / "x.db", "--empty", "import", str(path))
    assert out.startswith("added: v6b.csv (4 rows, 4 facts)\n")
    assert "  3 investor cells ('Undisclosed', 'n/a', 'Undisclosed investors') read as no investor\n" in out
    assert _investors(capsys, tmp_path / "x.db", "Eps Five") == ["Accel"]
    assert _investors(capsys, tmp_path / "x.db", "Eta Seven") == ["Accel"]
    assert _investors(capsys, tmp_path / "x.db", "Delta Four") == []


def test_undisclosed_investors_is_no_new_investor_in_a_dry_run(capsys, tmp_path):
    db = import_files(
        capsys, tmp_path, ("one.csv", "company,investors,amount,date\nOne AI,Accel,$1M,2025-01-01\n")
    )
    path = tmp_path / "v6b.csv"
    path.write_text(MIXED, encoding="utf-8")
    out = run_ok(capsys, db, "import", str(path), "--dry-run")
    assert "  new investor: Index Ventures\n" in out
    assert "  round: Delta Four · $2M · Seed · 2025-10-03\n" in out  # no investor named


@pytest.mark.parametrize(
    ("cell", "names", "nobody"),
    [
        ("Accel; Undisclosed", ["Accel"], "Undisclosed"),
        ("Accel, n/a", ["Accel"], "n/a"),
        (["Accel", "unnamed investors"], ["Accel"], "unnamed investors"),
        ("Undisclosed investors", [], "Undisclosed investors"),
        # Words for unnamed backers, no name (art28); a name with its comma is kept whole.
        ("Acme, Inc.; Other Investors", ["Acme, Inc."], "Other Investors"),
        ("Acme, Inc.; Paris Business Angels", ["Acme, Inc.", "Paris Business Angels"], None),
    ],
)
def test_an_investors_cell_names_its_investors_and_the_part_naming_nobody(cell, names, nobody):
    from ai_deals.importers.cells import investor_names

    assert investor_names(cell) == (names, nobody)


# -- #3 an investor's page titles a vendor row citing only a URL as the article at that URL -------------

FORGE_STAFF = """title: Mistral Forge lève 120 millions d'euros
date: 2025-09-10
url: https://wire.example/forge-b
language: fr

La jeune pousse, fondée en 2023, emploie 60 personnes.
"""


def test_an_investors_page_titles_a_url_only_vendor_row_as_the_article_at_that_url(capsys, tmp_path):
    # The article names no investor: the investor's page lists the vendor row, not the article itself.
    db = import_files(capsys, tmp_path, ("vendorA.csv", VENDOR_A), ("forge.txt", FORGE_STAFF))
    page = json.loads(run_ok(capsys, db, "show", "Andreessen Horowitz", "--json"))
    [source] = [s for s in page["sources"] if s["url"] == "https://wire.example/forge-b"]
    assert (source["title"], source["read_from"]) == (
        "Mistral Forge lève 120 millions d'euros",
        "vendorA.csv",
    )


# -- #4 what `coinvestors` says when it lists nobody ----------------------------------------------------

DEALS = (
    "company,investors,round_type,amount,currency,date\n"
    "Helix Robotics,Andreessen Horowitz; Sequoia Capital,Series A,25000000,USD,2025-03-14\n"
)


def _coinvestors_err(capsys, tmp_path: Path, *argv: str) -> str:
    db = import_files(capsys, tmp_path, ("deals.csv", DEALS))
    code, out, err = run(capsys, "--db", str(db), "coinvestors", *argv)
    assert code == 0 and out == ""
    return err.strip()


def test_coinvestors_in_a_period_with_no_shared_round_says_in_that_period(capsys, tmp_path):
    err = _coinvestors_err(capsys, tmp_path, "Andreessen Horowitz", "--from", "2027")
    assert err == "Andreessen Horowitz shares no round with another investor in that period"


def test_coinvestors_of_a_company_that_never_invested_says_it_joined_no_round(capsys, tmp_path):
    err = _coinvestors_err(capsys, tmp_path, "Helix Robotics")
    assert err == "Helix Robotics has joined no round as an investor"
