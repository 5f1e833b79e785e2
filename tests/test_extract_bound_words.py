"""Bound words before a figure a company nears or means to pass.

"approaching $200 million" is close to the sum (as "nearly" is); "expects to top $100 million this year",
"surpass", "exceed", "franchir les", "dépasser" put the sum as a minimum. "top" alone ("the top 5") is no bound.
"""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

from ai_deals.importers.extract.amounts import parse_amounts

EN_LEAD = "Quarrytide, a Leeds-based start-up, has raised $30 million in a Series B round led by Balderton. "
FR_LEAD = "La start-up lyonnaise Ferrolab lève 20 millions d'euros auprès d'Eurazeo. "


def _metric_bounds(text, language="en"):
    return {(f.amount, f.bound) for f in facts_of(text, language=language) if f.kind != "round"}


def test_approaching_revenue_is_approximate():
    text = EN_LEAD + "Quarrytide's annualized recurring revenue is approaching $200 million."
    assert _metric_bounds(text) == {(200_000_000, "approx")}


@pytest.mark.parametrize("verb", ["expects to top", "expects to surpass", "expects to exceed"])
def test_revenue_it_expects_to_pass_this_year_is_a_minimum(verb):
    text = EN_LEAD + f"Quarrytide {verb} $100 million in revenue this year."
    assert _metric_bounds(text) == {(100_000_000, "minimum")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ferrolab compte franchir les 50 millions d'euros de chiffre d'affaires cette année.",
        "Ferrolab espère dépasser 50 millions d'euros de chiffre d'affaires cette année.",
        "Ses revenus annuels récurrents dépassent les 50 millions d'euros.",
    ],
)
def test_french_passing_verbs_make_a_minimum(sentence):
    assert _metric_bounds(FR_LEAD + sentence, language="fr") == {(50_000_000, "minimum")}


def test_french_approche_les_is_approximate():
    text = FR_LEAD + "Son chiffre d'affaires approche les 50 millions d'euros."
    assert _metric_bounds(text, language="fr") == {(50_000_000, "approx")}


def test_top_without_a_verb_is_no_bound():
    amounts = parse_amounts("Its top 5 customers pay $2 million a year.", language="en")
    assert all(a.bound == "exact" for a in amounts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Its revenue exceeds $100 million.",
        "Its revenue is expected to exceed $100 million.",
        "Its revenue surpassed $100 million.",
        "Son chiffre d'affaires dépasse 100 millions d'euros.",
        "Son chiffre d'affaires dépasse les 100 millions d'euros.",
        "Son chiffre d'affaires surpasse 100 millions d'euros.",
    ],
)
def test_every_form_of_a_passing_verb_bounds_the_amount_from_the_number(sentence):
    (amount,) = parse_amounts(sentence)
    assert amount.bound == "minimum"
    assert amount.bound_start == amount.span[0]
