"""mend28c: « injecté … à X » is money put into X when X is a company the knowledge file or the article knows,
while « injecté … à » a town stays no one's stake (tests/test_mend28b.py)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind


@pytest.mark.parametrize(
    ("text", "company", "investor", "amount", "currency"),
    [
        ("Amazon a injecté 2 milliards de dollars à Anthropic.", "Anthropic", "Amazon", 2e9, "USD"),
        (
            "Kima Ventures a injecté 2 milliards de dollars à Anthropic.",
            "Anthropic",
            "Kima Ventures",
            2e9,
            "USD",
        ),
        (
            "La start-up Ombrelle développe des agents. Kima Ventures a injecté 20 millions d'euros à Ombrelle.",
            "Ombrelle",
            "Kima Ventures",
            20e6,
            "EUR",
        ),
        (
            "La société Ombrelle, basée à Paris, développe des agents. Kima Ventures a injecté 20 millions "
            "d'euros à Ombrelle.",
            "Ombrelle",
            "Kima Ventures",
            20e6,
            "EUR",
        ),
    ],
)
def test_money_injected_into_a_company_the_knowledge_file_or_the_article_knows_is_a_stake(
    text, company, investor, amount, currency
):
    [stake] = of_kind(facts_of(text, "fr"), "investment")
    assert (stake.company, stake.investor, stake.amount, stake.currency) == (
        company,
        investor,
        amount,
        currency,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kima Ventures a injecté 20 millions d'euros à Villeurbanne.",
        "Kima Ventures a injecté 20 millions d'euros à Montreuil, selon la mairie.",
    ],
)
def test_money_injected_into_a_town_is_still_no_stake(text):
    facts = facts_of(text, "fr")
    assert of_kind(facts, "investment") == []
    assert not {"Villeurbanne", "Montreuil"} & {party for f in facts for party in (f.company, f.investor)}
