"""A fact the headline states and the body states again cites the body's sentence, with what both say: the
same in a web page (<h1>), a Markdown article (# heading), a .txt article with a `title:` header and a .txt
article whose first line is its headline."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.importers.loading import load_article
from ai_deals.importers.reading import read_document

BODY = "La start-up parisienne Zeta AI a annoncé mardi une levée de fonds de 20 millions d’euros auprès de Partech."
HEADLINE = "Zeta AI lève 20 millions d'euros"
ARTICLES = {
    "page.html": (
        '<!doctype html><html lang="fr"><head>'
        '<meta property="article:published_time" content="2026-03-05"></head>'
        f"<body><article><h1>{HEADLINE}</h1><p>{BODY}</p></article></body></html>"
    ),
    "page.md": f"---\ndate: 2026-03-05\n---\n\n# {HEADLINE}\n\n{BODY}\n",
    "titled.txt": f"title: {HEADLINE}\ndate: 2026-03-05\n\n{BODY}\n",
    "first_line.txt": f"{HEADLINE}\n\n{BODY}\n",
}


@pytest.mark.parametrize("name", ARTICLES)
def test_a_round_told_by_headline_and_body_cites_the_body_with_its_investors(tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_text(ARTICLES[name], encoding="utf-8")
    source = load_article(read_document(path))
    rounds = [fact for fact in source.facts if fact.kind == "round"]
    assert [(fact.company, fact.amount, fact.investors, fact.sentence) for fact in rounds] == [
        ("Zeta AI", 20_000_000, ["Partech"], BODY)
    ]
    assert source.text[rounds[0].start : rounds[0].end] == BODY


def test_a_round_only_the_headline_tells_still_cites_the_headline(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><body><article><h1>{HEADLINE}</h1><p>La société emploie 40 personnes.</p></article></body></html>",
        encoding="utf-8",
    )
    source = load_article(read_document(path))
    assert [(fact.kind, fact.sentence) for fact in source.facts if fact.kind == "round"] == [
        ("round", HEADLINE)
    ]


def test_the_headline_adds_what_the_body_does_not_say():
    from ai_deals.importers.article import parse_article

    text = (
        "Zeta AI lève 20 millions d'euros auprès de Partech\n\nZeta AI a levé 20 millions d'euros en série A."
    )
    source = parse_article(text, published="2026-03-05", language="fr")
    rounds = [fact for fact in source.facts if fact.kind == "round"]
    assert [(fact.investors, fact.round_type, fact.sentence) for fact in rounds] == [
        (["Partech"], "Series A", "Zeta AI a levé 20 millions d'euros en série A.")
    ]
