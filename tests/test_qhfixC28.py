"""Fixes from tester qh28: many ways of saying "a fund closed" read as a round of the VC firm (its backers made
co-investors, its name cut or lost, "third fund" taken for the firm's description), and the knowledge file's
spellings named a company only in one exact case."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind

from ai_deals.importers.article import parse_article
from ai_deals.importers.models import FUND_CLOSED

_CLOSED = "Eclair Ventures has closed its third fund, {name}, at €300 million."


def _the_fund(text: str):
    facts = facts_of(text)
    assert not of_kind(facts, "round"), [f.model_dump(exclude_defaults=True) for f in facts]
    [fund] = of_kind(facts, "metric")
    assert (fund.company, fund.metric) == ("Eclair Ventures", FUND_CLOSED)
    return fund


def test_a_fund_closed_backed_by_its_limited_partners_is_no_round_and_its_backers_no_coinvestors():
    fund = _the_fund(
        "Eclair Ventures has closed its third fund, Fund III, at €300 million, backed by Bpifrance and the "
        "European Investment Fund."
    )
    assert (fund.amount, fund.currency, fund.description, fund.investors) == (300e6, "EUR", "Fund III", [])


def test_a_company_raising_for_its_new_fund_led_by_backers_still_raises_a_round():
    [round_] = of_kind(
        facts_of("Kestrel Motors raised $50 million for its new fund led by Sequoia."), "round"
    )
    assert round_.company == "Kestrel Motors"


@pytest.mark.parametrize(
    ("name", "saved"),
    [
        ('"Eclair Growth"', "Eclair Growth"),
        ("Eclair Fund No. 3", "Eclair Fund No. 3"),
        ("Eclair AI & Data Fund", "Eclair AI & Data Fund"),
        ("Eclair Fund III (Opportunity)", "Eclair Fund III (Opportunity)"),
        ("Eclair Fund 3.0", "Eclair Fund 3.0"),
        ("Eclair Fund III-A", "Eclair Fund III-A"),
        ("[red]Fund III[/]", "[red]Fund III[/]"),
        ("Fund `III`", "Fund `III`"),
    ],
)
def test_a_fund_named_with_punctuation_is_the_firms_fund_under_its_whole_name(name, saved):
    assert _the_fund(_CLOSED.format(name=name)).description == saved


@pytest.mark.parametrize(
    "text",
    [
        "Eclair Ventures secured $500 million for a new fund.",
        "Eclair Ventures has raised $400 million across two new funds.",
        "Eclair Ventures closed Fund IV at $400 million.",
        "Eclair Ventures announced the final close of its $400 million Fund IV.",
        "[red]Eclair[/] Ventures has closed its third fund, Fund III, at €300 million.",
    ],
)
def test_other_phrasings_of_a_fund_closed_are_the_firms_fund(text):
    _the_fund(text)


def test_the_firms_third_fund_is_no_description_of_the_firm():
    source = parse_article(_CLOSED.format(name="Eclair Fund No. 3"), language="en")
    [firm] = [c for c in source.companies if c.name == "Eclair Ventures"]
    assert firm.description is None
