"""Fixes from tester qa51 (an LP analyst's items): a fund a VC raised told with its name first or « pour son
fonds », a French round's sum that is a part of the company's own series (and that round's backers kept off
another company's round), and the backers a French round names right after its sum."""

from __future__ import annotations

import json

import pytest
from cli_helpers import import_files, run_ok  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, of_kind


@pytest.mark.parametrize(
    ("text", "language", "investor", "amount", "currency", "fund"),
    [
        (
            "Index Ventures said on Thursday it had raised $500 million for Index Origin III, its third fund "
            "dedicated to seed-stage AI startups.",
            "en",
            "Index Ventures",
            500e6,
            "USD",
            "Index Origin III",
        ),
        (
            "Index Ventures has closed Index Origin III, a $500 million fund for seed-stage AI startups.",
            "en",
            "Index Ventures",
            500e6,
            "USD",
            "Index Origin III",
        ),
        (
            "Kima Ventures a levé 150 millions d'euros pour son nouveau fonds, Kima Fund IV, a annoncé jeudi la "
            "société d'investissement.",
            "fr",
            "Kima Ventures",
            150e6,
            "EUR",
            "Kima Fund IV",
        ),
        (
            "Partech a finalisé la levée de son fonds Partech Growth IV, doté de 400 millions d'euros.",
            "fr",
            "Partech",
            400e6,
            "EUR",
            "Partech Growth IV",
        ),
    ],
)
def test_a_fund_named_by_its_own_name_is_the_investors_fund_figure_not_a_round(
    text, language, investor, amount, currency, fund
):
    facts = facts_of(text, language)
    assert not of_kind(facts, "round") and not of_kind(facts, "investment")
    [closed] = of_kind(facts, "metric")
    assert (closed.company, closed.metric, closed.amount, closed.currency, closed.description) == (
        investor,
        "fund_closed",
        amount,
        currency,
        fund,
    )


def test_a_fund_raised_with_no_name_after_a_comma_takes_no_other_words_for_its_name():
    [closed] = of_kind(facts_of("Accel raised $650 million for its new fund, Reuters reported."), "metric")
    assert (closed.company, closed.metric, closed.description) == ("Accel", "fund_closed", None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zorgly raised $20 million to fund its expansion.", "en"),
        ("Zorgly a levé 20 millions d'euros pour son fonds de roulement.", "fr"),
        ("Zorgly a levé 20 millions d'euros pour renforcer ses fonds propres.", "fr"),
    ],
)
def test_a_company_raising_to_fund_itself_still_raises_a_round(text, language):
    facts = facts_of(text, language)
    assert [f.company for f in of_kind(facts, "round")] == ["Zorgly"]
    assert not of_kind(facts, "metric")


INDEX_FUND = """title: Index Ventures raises $500 million for new seed fund
date: 2026-05-07
language: en

LONDON, May 7 (Wire) - Index Ventures said on Thursday it had raised $500 million for Index Origin III, its third fund dedicated to seed-stage AI startups.
"""


def test_the_funds_money_is_never_the_investors_money_raised(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("index.txt", INDEX_FUND))
    page = json.loads(run_ok(capsys, db, "show", "Index Ventures", "--json"))
    assert page["raised"] == {} and page["rounds"] == []
    assert "raised $500M" not in run_ok(capsys, db, "search", "Index")
