"""An article's visible byline date ("Publié le 21 mai 2024", "Published May 21, 2024") dates it when
no meta date or header does: the article's round then joins a deal file's dated row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.importers.reading import parse_text, visible_date

STORY_FR = "La start-up parisienne Zeta a levé 5 millions d'euros lors d'un tour mené par Bell Capital."


def page(byline: str, head: str = "") -> str:
    return (
        f"<html><head><title>Zeta lève 5 M€</title>{head}</head><body><article><h1>Zeta lève 5 M€</h1>"
        f"<p>{byline}</p><p>{STORY_FR}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "published"),
    [
        ("Publié le 21 mai 2024", "2024-05-21"),
        ("Publié le 21/05/2024 à 10h30", "2024-05-21"),
        ("Par Jeanne Roy | Publié le 21 mai 2024", "2024-05-21"),
        ("Published May 21, 2024", "2024-05-21"),
        ("Published on 21 May 2024, 10:30 AM", "2024-05-21"),
        ("Updated May 22, 2024", "2024-05-22"),
        ("Mis à jour le 22 mai 2024 à 8h", "2024-05-22"),
        ("Updated: 2024-05-22T08:00:00Z", "2024-05-22"),
    ],
)
def test_an_html_articles_visible_byline_date_dates_it_without_a_meta_date(byline, published):
    """`<p>Publié le 21 mai 2024</p>` in a page without a meta date left the article undated."""
    assert parse_text(page(byline), "zeta.html", "html").published == published


def test_a_meta_date_wins_over_the_visible_one():
    head = '<meta property="article:published_time" content="2024-05-20T09:00:00Z">'
    assert parse_text(page("Publié le 21 mai 2024", head), "zeta.html", "html").published == "2024-05-20"


def test_a_txt_articles_byline_line_dates_it_too():
    text = f"Zeta lève 5 M€\nPublished May 21, 2024\n\n{STORY_FR}\n"
    assert parse_text(text, "zeta.txt", "txt").published == "2024-05-21"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Updated May 23, 2024\nPublished May 21, 2024\n\nText.", "2024-05-21"),  # publication first
        ("The report, published May 21, 2024, says Zeta raised $5M.", None),  # prose, not a byline
        ("Published figures show that Zeta raised $5M in 2024.", None),  # no date after the word
        ("Publié hier\n\nZeta lève 5 M€.", None),
        ("\n".join(["Line."] * 10 + ["Published May 21, 2024"]), None),  # not near the top
    ],
)
def test_a_byline_date_is_the_publication_one_and_only_a_short_top_line_states_it(text, published):
    assert visible_date(text) == published


def test_an_html_articles_round_dated_by_its_byline_joins_the_deal_files_dated_row(capsys, tmp_path: Path):
    """Undated, the article's round stayed apart from the deal file's: Zeta "raised €10M"."""
    article = tmp_path / "zeta.html"
    article.write_text(page("Publié le 21 mai 2024"), encoding="utf-8")
    deals = tmp_path / "deals.csv"
    deals.write_text("company,investor,amount,currency,date\nZeta,Bell Capital,5000000,EUR,2024-05-21\n")
    db = str(tmp_path / "z.db")
    code, _, err = run(capsys, "--db", db, "--empty", "import", str(article), str(deals))
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "show", "Zeta", "--json")
    assert code == 0, err
    rounds = json.loads(out)["rounds"]
    assert [(r["date"], r["amount"]) for r in rounds] == [("2024-05-21", 5e6)]


@pytest.mark.parametrize(
    "byline",
    ["By Jane Doe, November 11, 2025", "By Jane Doe | November 11, 2025", "Par Jeanne Roy, 11 novembre 2025"],
)
def test_an_authors_byline_with_a_date_dates_the_article(byline):
    """Only "Published/Posted/Publié" bylines were read: "By Jane Doe, November 11, 2025" left it undated."""
    assert parse_text(page(byline), "zeta.html", "html").published == "2025-11-11"
    assert (
        parse_text(f"Zeta lève 5 M€\n{byline}\n\n{STORY_FR}\n", "zeta.txt", "txt").published == "2025-11-11"
    )


@pytest.mark.parametrize(
    "text",
    [
        "By 2030, Zeta wants to serve 1,000 clients.\n\nText.",  # a horizon, no author
        "By Jane Doe\n\nZeta raised $5M in 2024, its chief executive said.",  # an author without a date
        "By contrast, Zeta raised $5M on March 3, 2024.\n\nText.",  # prose after a comma, no date alone
    ],
)
def test_a_line_opening_with_by_but_no_authors_date_is_no_byline(text):
    assert visible_date(text) is None


def test_the_import_of_an_undated_article_says_it_is_undated(capsys, tmp_path: Path):
    """The dry run said "(undated)"; the import itself said nothing, and the facts went in undated."""
    article = tmp_path / "zeta.txt"
    article.write_text(f"title: Zeta lève 5 M€\n\n{STORY_FR}\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "z.db"), "--empty", "import", str(article))
    assert code == 0, err
    assert (
        out.strip()
        == "added: Zeta lève 5 M€ (1 fact; undated: the article states no date; --published YYYY-MM-DD gives one)"
    )


def test_the_import_of_a_dated_article_says_nothing_of_dates(capsys, tmp_path: Path):
    article = tmp_path / "zeta.txt"
    article.write_text(f"title: Zeta lève 5 M€\ndate: 2024-05-21\n\n{STORY_FR}\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "z.db"), "--empty", "import", str(article))
    assert code == 0, err
    assert out.strip() == "added: Zeta lève 5 M€ (1 fact)"
