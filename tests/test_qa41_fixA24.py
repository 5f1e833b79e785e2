"""qa41's report, items 1 and 13 (last two): teasers for other stories and tables give no facts, a rival is no
description, and one investor's name written with markup tags in a deal file and without them in an article is
one investor.

A related-links box, a "Read more" paragraph or a « Lire aussi » quote carries another story's headline: read as
the article's own, it made that story's deal dated today and the company a later « la société » referred to. A
table row ("Revenue | $310 million") does not say whose figure it is: it was filed under whoever the sentence
before named (an underwriter).
"""

from __future__ import annotations

import sqlite3

from cli_helpers import run_ok
from extract_helpers import company_named, facts_of
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ai_deals.importers.loading import load_article
from ai_deals.importers.reading import parse_text
from ai_deals.store import Store
from ai_deals.store.bulk import normalized
from ai_deals.store.names import normalize_name
from ai_deals.store.schema import STEPS
from ai_deals.store.versions import MIGRATION_NAMES, MIGRATION_SET


def _facts(text: str, kind: str) -> list[tuple]:
    """(kind, company, amount) of each fact of an article file's text read as `kind` ("html", "md", "txt")."""
    source = load_article(parse_text(text, f"story.{kind}", kind))
    return [(fact.kind, fact.company, fact.amount) for fact in source.facts]


_RELATED_PAGE = """<html><head><meta property="article:published_time" content="2026-03-11T09:30:00+01:00">
</head><body><article>
<h1>Berlin's Tacora AI raises €85 million to build industrial agents</h1>
<p>Berlin-based Tacora AI has raised €85 million in a Series B round led by Lightspeed, the company said.</p>
<div class="related"><h3>Read more</h3><ul>
<li><a href="/a">Mistral AI raises €1.7 billion in round led by ASML</a></li>
<li><a href="/b">Helsing raises €600 million from General Catalyst</a></li>
</ul></div>
<p><a href="/c">Read more: Aleph Alpha raises $500 million</a></p>
<p>Tacora will use the money to hire 100 engineers, chief executive Lena Brandt said.</p>
</article></body></html>"""


def test_a_pages_related_links_give_no_deal():
    assert _facts(_RELATED_PAGE, "html") == [("round", "Tacora AI", 85_000_000)]


def test_a_pages_list_of_linked_names_stays_in_its_text():
    page = (
        "<article><p>Zorgly raised $5 million from:</p><ul><li><a href='/n'>Nvidia</a></li>"
        "<li><a href='/p'>Partech Partners</a></li></ul></article>"
    )
    assert parse_text(page, "a.html", "html").text == (
        "Zorgly raised $5 million from:\n\nNvidia\n\nPartech Partners"
    )


_LIRE_AUSSI_MD = """---
title: "La pépite genevoise Calyx-Bio lève 30 millions de francs"
date: 2026-03-10
language: fr
---

La start-up genevoise Calyx-Bio a levé 30 millions de francs auprès de Redalpine, a-t-elle annoncé mardi.

> **Lire aussi:** [Aleph Alpha lève 500 millions de dollars](https://example.org/aa)

La société emploie 62 personnes à Genève et Zurich.
"""


def test_a_lire_aussi_quote_gives_no_deal_and_does_not_become_la_societe():
    assert _facts(_LIRE_AUSSI_MD, "md") == [
        ("round", "Calyx-Bio", 30_000_000),
        ("metric", "Calyx-Bio", 62),
    ]


def test_a_markdown_list_of_linked_headlines_gives_no_deal():
    text = (
        "title: Tacora AI raises €85 million\ndate: 2026-03-11\nlanguage: en\n\n"
        "Tacora AI has raised €85 million in a Series B round led by Lightspeed.\n\n"
        "- [Mistral AI raises €1.7 billion in round led by ASML](/a)\n"
        "- [Helsing raises €600 million from General Catalyst](/b)\n"
    )
    assert _facts(text, "md") == [("round", "Tacora AI", 85_000_000)]


def test_teaser_lines_in_a_text_story_give_no_deal():
    text = (
        "title: Calyx-Bio lève 30 millions\ndate: 2026-03-10\nlanguage: fr\n\n"
        "La start-up genevoise Calyx-Bio a levé 30 millions de francs auprès de Redalpine.\n\n"
        "Lire aussi : Aleph Alpha lève 500 millions de dollars\n\n"
        "À LIRE AUSSI\n\n"
        "Helsing lève 600 millions d'euros auprès de General Catalyst\n\n"
        "La société emploie 62 personnes à Genève et Zurich."
    )
    assert _facts(text, "txt") == [("round", "Calyx-Bio", 30_000_000), ("metric", "Calyx-Bio", 62)]


_IPO_PAGE = """<html><head><meta property="article:published_time" content="2026-03-10T08:00:00Z"></head><body>
<article><h1>Nordlys AI raises $1.2 billion in Nasdaq IPO</h1>
<p>Nordlys AI, an Oslo-based AI chip designer, raised $1.2 billion in its initial public offering on Nasdaq.</p>
<p>Goldman Sachs and Morgan Stanley led the offering.</p>
<table><tr><th>Metric</th><th>2025</th></tr><tr><td>Revenue</td><td>$310 million</td></tr>
<tr><td>Employees</td><td>850</td></tr></table>
</article></body></html>"""


def test_a_pages_table_row_gives_the_underwriter_named_before_no_revenue():
    assert _facts(_IPO_PAGE, "html") == [("round", "Nordlys AI", 1_200_000_000)]


def test_a_pages_table_is_kept_in_its_text_row_by_row():
    text = parse_text(_IPO_PAGE, "a.html", "html").text
    assert text.endswith("| Metric | 2025 |\n\n| Revenue | $310 million |\n\n| Employees | 850 |")


def test_a_table_typed_in_a_text_story_gives_no_fact():
    text = (
        "Nordlys AI raised $1.2 billion in its initial public offering. Goldman Sachs led the offering.\n\n"
        "| Revenue | $310 million |\n| Employees | 850 |"
    )
    assert [(f.kind, f.company) for f in facts_of(text)] == [("round", "Nordlys AI")]


def test_a_rival_named_before_the_company_is_not_its_description():
    text = "Mistral rival Zéphyr-Labs has raised €40 million in a Series A round led by Index Ventures."
    assert company_named(text, "Zéphyr-Labs", "en").description is None


# --- one investor whatever markup tags its name is typed with ------------------------------------------


def test_an_investor_typed_with_markup_tags_in_a_deal_file_is_the_articles_investor(capsys, tmp_path):
    """The article importer reads "[bold]Gorse Ventures[/]" as "Gorse Ventures" (tags are no part of a name);
    the deal file keeps the name as typed. Both are one investor, shown once in search."""
    deals = tmp_path / "deals.csv"
    deals.write_text(
        "company,date,amount,currency,round_type,investors\n"
        "Rhenia,2026-03-01,1200000000,EUR,Seed,[bold]Gorse Ventures[/]\n",
        encoding="utf-8",
    )
    article = tmp_path / "wren.txt"
    article.write_text(
        "title: Wren raises £12m\ndate: 2026-03-11\nlanguage: en\n\n"
        "Wren Analytics, a Manchester-based AI startup, raised £12 million in a seed round led by "
        "[bold]Gorse Ventures[/], with participation from Octopus Ventures.\n",
        encoding="utf-8",
    )
    db = tmp_path / "x.db"
    run_ok(capsys, db, "--empty", "import", str(deals))
    run_ok(capsys, db, "import", str(article))
    conn = sqlite3.connect(db)
    companies = conn.execute("SELECT id FROM companies WHERE name LIKE '%Gorse%'").fetchall()
    spellings = conn.execute("SELECT alias FROM aliases WHERE alias LIKE '%Gorse%' ORDER BY alias").fetchall()
    assert len(companies) == 1
    assert spellings == [("Gorse Ventures",), ("[bold]Gorse Ventures[/]",)]  # each as typed


def test_a_names_key_drops_markup_tags_only_beside_a_closing_one():
    assert normalize_name("[bold]Gorse Ventures[/]") == normalize_name("Gorse Ventures") == "gorse ventures"
    assert normalize_name("<b>Gorse</b> Ventures") == "gorse ventures"
    assert normalize_name("Foo [Labs]") == "foo labs"  # brackets without a closing tag are the name's
    assert normalized("[bold]Gorse Ventures[/]") == "gorse ventures"  # the bulk import's key agrees


def test_a_name_stored_with_markup_tags_is_keyed_without_them_after_the_migration(db_path):
    before = Migrations(MIGRATION_SET)
    for step in STEPS[: MIGRATION_NAMES.index("m032_names_without_markup")]:
        before()(step)
    db = Database(db_path)
    before.apply(db)
    rows = [(1, "[bold]Gorse Ventures[/]", "bold gorse ventures"), (2, "Foo [Labs]", "foo labs")]
    db.conn.executemany("INSERT INTO companies (id, name, normalized) VALUES (?, ?, ?)", rows)
    db.conn.executemany("INSERT INTO aliases (company_id, alias, normalized) VALUES (?, ?, ?)", rows)
    db.conn.commit()
    db.close()
    with Store.open(db_path) as store:
        assert store.find_company("Gorse Ventures").id == 1
        assert store.find_company("[bold]Gorse Ventures[/]").id == 1
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT name, normalized FROM companies ORDER BY id").fetchall() == [
        ("[bold]Gorse Ventures[/]", "gorse ventures"),
        ("Foo [Labs]", "foo labs"),
    ]
    assert conn.execute("SELECT normalized FROM aliases ORDER BY id").fetchall() == [
        ("gorse ventures",),
        ("foo labs",),
    ]


def test_a_layout_tables_cell_of_prose_is_read_as_prose():
    page = (
        "<body><table><tr><td>Nordlys AI raised $1.2 billion in its initial public offering, the company "
        "said.</td></tr></table></body>"
    )
    assert parse_text(page, "a.html", "html").text.startswith("Nordlys AI raised")
    assert _facts(page, "html") == [("round", "Nordlys AI", 1_200_000_000)]
