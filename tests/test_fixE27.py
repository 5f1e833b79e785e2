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


FORGE_EXTENSION = (
    "Mistral Forge, de son côté, a finalisé une extension de 20 millions d'euros de sa série B auprès de "
    "Lightspeed Venture Partners."
)
QUANTUM_SEED = (
    "La société parisienne Mistral Quantum a bouclé un tour de table de 8 millions d'euros en amorçage, mené par "
    "Kima Ventures."
)


def test_a_french_extension_of_its_series_is_that_companys_round_with_its_backer():
    [round_] = of_kind(facts_of(FORGE_EXTENSION, "fr"), "round")
    assert (round_.company, round_.amount, round_.currency, round_.round_type, round_.investors) == (
        "Mistral Forge",
        20e6,
        "EUR",
        "Series B",
        ["Lightspeed Venture Partners"],
    )


def test_an_article_with_two_companies_rounds_keeps_each_backer_on_its_own_round():
    rounds = of_kind(facts_of(f"{QUANTUM_SEED}\n\n{FORGE_EXTENSION}", "fr"), "round")
    assert {(r.company, r.amount, r.round_type, tuple(r.investors)) for r in rounds} == {
        ("Mistral Quantum", 8e6, "Seed", ("Kima Ventures",)),
        ("Mistral Forge", 20e6, "Series B", ("Lightspeed Venture Partners",)),
    }


def test_another_companys_unpriced_round_lends_its_backer_to_no_round_told_before():
    """No sum: the Forge's round is not a fact, but its backer is still no backer of Mistral Quantum's."""
    forge = "Mistral Forge, de son côté, a finalisé une extension de sa série B auprès de Lightspeed Venture Partners."
    [round_] = of_kind(facts_of(f"{QUANTUM_SEED} {forge}", "fr"), "round")
    assert (round_.company, round_.investors) == ("Mistral Quantum", ["Kima Ventures"])


def test_a_backer_of_the_round_told_before_still_joins_it():
    text = f"{QUANTUM_SEED} Lightspeed Venture Partners, qui avait mené sa série A, participe aussi."
    [round_] = of_kind(facts_of(text, "fr"), "round")
    assert round_.investors == ["Kima Ventures", "Lightspeed Venture Partners"]


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        ("Mistral Forge a obtenu un financement de 15 millions d'euros d'Accel.", ["Accel"]),
        ("Mistral Forge a levé 15 millions d'euros de Bpifrance et d'Accel.", ["Bpifrance", "Accel"]),
    ],
)
def test_the_backers_a_french_round_names_right_after_its_sum_back_it(text, investors):
    [round_] = of_kind(facts_of(text, "fr"), "round")
    assert (round_.company, round_.amount, round_.investors) == ("Mistral Forge", 15e6, investors)
