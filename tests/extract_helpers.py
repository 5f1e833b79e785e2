"""What the importer's rule tests share: parse a text written for the test, pick facts of one kind."""

from __future__ import annotations

from ai_deals.importers.article import parse_article
from ai_deals.importers.models import Fact


def facts_of(text: str, language: str = "en", published: str = "2026-03-02") -> list[Fact]:
    """The facts `parse_article` finds in `text`, published on a fixed Monday."""
    return parse_article(text, published=published, language=language).facts


def of_kind(facts: list[Fact], kind: str) -> list[Fact]:
    return [fact for fact in facts if fact.kind == kind]


def only(facts: list[Fact], kind: str) -> Fact:
    """The one fact of `kind`; the failure message lists every fact found."""
    found = of_kind(facts, kind)
    assert len(found) == 1, [fact.model_dump(exclude_defaults=True) for fact in facts]
    return found[0]


def company_named(text: str, name: str, language: str):
    """The company `name` as the article `text` presents it (aliases, description, country…)."""
    source = parse_article(text, language=language)
    return next(c for c in source.companies if c.name == name)
