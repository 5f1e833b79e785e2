"""A company only the headline names, given the round a lede describes without naming it."""

from __future__ import annotations

import pytest

from ai_deals.importers.article import parse_article


@pytest.mark.parametrize(
    ("title", "body", "language", "company"),
    [
        (
            "La start-up Alpilift lève 14 millions d'euros",
            "Une jeune pousse lyonnaise a levé 14 millions d'euros. La start-up emploie 20 personnes.",
            "fr",
            "Alpilift",
        ),
        (
            "Japan chip startup Rapidus raises 73 billion yen",
            "A Japanese chip start-up backed by Toyota said on Wednesday it had raised 73 billion yen. "
            "The startup has 300 employees.",
            "en",
            "Rapidus",
        ),
    ],
)
def test_the_headline_company_takes_the_described_round_and_later_references(title, body, language, company):
    source = parse_article(body, title=title, published="2025-03-05", language=language)
    assert [(fact.kind, fact.company) for fact in source.facts] == [("round", company), ("metric", company)]
