"""Numbered funds (perf27's probe): "Fund 2" in a story that named "Fund 1" is another fund, not a spelling of it."""

from __future__ import annotations

from ai_deals.importers.article import parse_article


def investors_by_company(text: str) -> dict[str, list[str]]:
    parsed = parse_article(text, title="Rounds", published="2026-03-01")
    return {fact.company: fact.investors for fact in parsed.facts if fact.kind == "round"}


def aliases(text: str) -> dict[str, list[str]]:
    parsed = parse_article(text, title="Rounds", published="2026-03-01")
    return {company.name: company.aliases for company in parsed.companies}


ROUNDS = (
    "Co1 AI said it raised $2 million in a Series A round led by Fund 1.\n\n"
    "Co2 AI said it raised $3 million in a Series A round led by Fund 2.\n\n"
    "Co3 AI said it raised $4 million in a seed round led by Fund 1.\n"
)


def test_a_fund_of_another_number_is_another_fund_with_rounds_of_its_own():
    assert investors_by_company(ROUNDS) == {"Co1 AI": ["Fund 1"], "Co2 AI": ["Fund 2"], "Co3 AI": ["Fund 1"]}
    assert aliases(ROUNDS)["Fund 1"] == []


def test_two_numbered_funds_of_a_known_name_are_two_investors():
    text = (
        "Acme AI raised $50 million in a Series B from SoftBank Vision Fund 2 and SoftBank Vision Fund 1, "
        "the company said.\n"
    )
    assert investors_by_company(text) == {"Acme AI": ["SoftBank Vision Fund 2", "SoftBank Vision Fund 1"]}
    assert "SoftBank Vision Fund 1" not in aliases(text)["SoftBank Vision Fund 2"]


def test_the_same_numbered_fund_named_again_is_the_same_fund():
    text = (
        "Acme AI raised $50 million from SoftBank Vision Fund 2.\n\n"
        "Beta AI raised $20 million in a Series A led by SoftBank Vision Fund 2.\n"
    )
    assert investors_by_company(text) == {
        "Acme AI": ["SoftBank Vision Fund 2"],
        "Beta AI": ["SoftBank Vision Fund 2"],
    }
