"""French deal sentences that gave no fact (fr23), and their English twins: a raise an executive announces, the
round a backer leads named by its company after the sum, a sum put into a company's capital, and the sum a
capital entry is made for."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind, only

# -- a raise the company's executive announces is the company's round ---------------------------------------


@pytest.mark.parametrize(
    ("text", "company", "amount"),
    [
        ("Le PDG de Zorgly a annoncé une levée de 20 millions d'euros.", "Zorgly", 20e6),
        (
            "La présidente de la start-up francilienne Vélodrome a annoncé une levée de 12 M€.",
            "Vélodrome",
            12e6,
        ),
        ("Le fondateur d'Élanvia a annoncé une levée de fonds de 3 millions d'euros.", "Élanvia", 3e6),
    ],
)
def test_a_raise_the_companys_executive_announces_is_its_round(text, company, amount):
    round_ = only(facts_of(text, language="fr"), "round")
    assert (round_.company, round_.amount, round_.currency) == (company, amount, "EUR")
    assert round_.status == "announced"
    assert not round_.investors


@pytest.mark.parametrize(
    ("text", "company", "amount"),
    [
        ("Zorgly's CEO announced a $20 million raise.", "Zorgly", 20e6),
        ("Helvora's chief executive announced a $7.5 million raise.", "Helvora", 7.5e6),
        ("The CEO of Zorgly announced a $20 million raise.", "Zorgly", 20e6),
    ],
)
def test_a_raise_the_companys_chief_executive_announces_is_its_round(text, company, amount):
    round_ = only(facts_of(text), "round")
    assert (round_.company, round_.amount, round_.currency) == (company, amount, "USD")
    assert round_.status == "announced"


def test_an_investor_whose_executive_speaks_does_not_raise_the_round():
    facts = facts_of("Le PDG de Bpifrance a annoncé une levée de 20 millions d'euros.", language="fr")
    assert [f.company for f in of_kind(facts, "round")] != ["Bpifrance"]


# -- the round a backer leads, its company named after the sum, is that company's ------------------------


@pytest.mark.parametrize(
    ("text", "company", "lead", "amount"),
    [
        ("Accel mène le tour de 20 millions d'euros de Zorgly.", "Zorgly", "Accel", 20e6),
        (
            "La Société Générale mène le tour de 12 M€ de la start-up francilienne Vélodrome.",
            "Vélodrome",
            "Société Générale",
            12e6,
        ),
        (
            "Île-de-France Capital mène le tour de 8 millions d'euros de Vélodrome.",
            "Vélodrome",
            "Île-de-France Capital",
            8e6,
        ),
    ],
)
def test_the_round_a_backer_leads_is_that_of_the_company_named_after_its_sum(text, company, lead, amount):
    round_ = only(facts_of(text, language="fr"), "round")
    assert (round_.company, round_.amount, round_.currency) == (company, amount, "EUR")
    assert round_.lead_investors == [lead]


def test_a_tour_with_no_sum_names_no_company():
    assert not facts_of("Accel mène le tour de France des start-up.", language="fr")


@pytest.mark.parametrize(
    ("text", "company", "round_type"),
    [
        ("Accel is leading Zorgly's $20 million round.", "Zorgly", None),
        ("Balderton led Helvora's $7.5 million Series A.", "Helvora", "Series A"),
    ],
)
def test_the_round_a_backer_leads_is_that_of_its_possessor(text, company, round_type):
    round_ = only(facts_of(text), "round")
    assert (round_.company, round_.currency, round_.round_type) == (company, "USD", round_type)
    assert round_.lead_investors == [text.split()[0]]


# -- a sum put into a company's capital is the backer's stake in it -----------------------------------------


@pytest.mark.parametrize(
    ("text", "investor", "company", "amount"),
    [
        ("Accel a investi 5 M€ dans le capital de Zorgly.", "Accel", "Zorgly", 5e6),
        (
            "La Société Générale a investi 3 millions d'euros dans le capital de la start-up francilienne Vélodrome.",
            "Société Générale",
            "Vélodrome",
            3e6,
        ),
        (
            "Île-de-France Capital a investi 2 M€ dans le capital de Vélodrome.",
            "Île-de-France Capital",
            "Vélodrome",
            2e6,
        ),
    ],
)
def test_a_sum_invested_in_a_companys_capital_is_the_backers_stake(text, investor, company, amount):
    stake = only(facts_of(text, language="fr"), "investment")
    assert (stake.investor, stake.company, stake.amount, stake.currency) == (investor, company, amount, "EUR")


def test_a_sum_invested_in_a_companys_capital_in_english_is_the_backers_stake():
    stake = only(facts_of("Accel invested $5 million in Zorgly's capital."), "investment")
    assert (stake.investor, stake.company, stake.amount, stake.currency) == ("Accel", "Zorgly", 5e6, "USD")


# -- a capital entry made for a sum keeps that sum -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "investor", "company", "amount"),
    [
        ("Accel entre au capital de Zorgly pour 5 millions d'euros.", "Accel", "Zorgly", 5e6),
        (
            "Accel entre au capital de la start-up lyonnaise Zorgly pour 5 millions d'euros.",
            "Accel",
            "Zorgly",
            5e6,
        ),
        (
            "La Société Générale entre au capital de Vélodrome pour un montant de 7,5 M€.",
            "Société Générale",
            "Vélodrome",
            7.5e6,
        ),
        (
            "La région Île-de-France entre au capital de Zorgly pour 2 millions d'euros.",
            "région Île-de-France",
            "Zorgly",
            2e6,
        ),
    ],
)
def test_a_capital_entry_made_for_a_sum_is_a_stake_of_that_sum(text, investor, company, amount):
    stake = only(facts_of(text, language="fr"), "investment")
    assert (stake.investor, stake.company, stake.amount, stake.currency) == (investor, company, amount, "EUR")


def test_a_capital_entry_for_about_a_sum_keeps_its_bound():
    stake = only(
        facts_of("Bpifrance entre au capital de Zorgly pour environ 2 millions d'euros.", language="fr"),
        "investment",
    )
    assert (stake.amount, stake.bound) == (2e6, "approx")


def test_a_capital_entry_with_no_sum_stays_a_stake_without_one():
    stake = only(facts_of("Accel entre au capital de Zorgly.", language="fr"), "investment")
    assert (stake.investor, stake.company, stake.amount) == ("Accel", "Zorgly", None)
