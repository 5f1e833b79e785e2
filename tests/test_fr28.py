"""French phrasings issue 4's extractor read wrong (session 28, fr28): a sale priced past an attribution aside,
a backer joining a raise, money paid to a company, a stake bought from its holder with the price first, a raise
only hoped for."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind


def _stakes(text: str, language: str) -> set[tuple]:
    return {
        (f.investor, f.company, f.round_type, f.amount, f.currency, f.status)
        for f in of_kind(facts_of(text, language), "investment")
    }


def _sale_and_purchase(currency: str) -> set[tuple]:
    return {
        ("Partech", "Lynx IA", "Stake sale", 30e6, currency, "completed"),
        ("Thrive Capital", "Lynx IA", "Stake purchase", 30e6, currency, "completed"),
    }


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        (
            "Partech a cédé sa participation dans Lynx IA à Thrive Capital, selon Les Echos, pour 30 millions "
            "d'euros.",
            "fr",
            "EUR",
        ),
        (
            "Partech a cédé sa participation dans Lynx IA à Thrive Capital, d'après Les Echos, pour 30 millions "
            "d'euros.",
            "fr",
            "EUR",
        ),
        (
            "Partech a cédé sa participation dans Lynx IA à Thrive Capital, a indiqué Les Echos, pour 30 millions "
            "d'euros.",
            "fr",
            "EUR",
        ),
        (
            "Partech a cédé sa participation dans Lynx IA à Thrive Capital, a-t-on appris, pour 30 millions "
            "d'euros.",
            "fr",
            "EUR",
        ),
        (
            "Partech sold its stake in Lynx IA to Thrive Capital, according to Reuters, for $30 million.",
            "en",
            "USD",
        ),
        (
            "Partech sold its stake in Lynx IA to Thrive Capital, Reuters reported, for $30 million.",
            "en",
            "USD",
        ),
    ],
)
def test_an_attribution_aside_between_a_sale_and_its_price_keeps_the_sale(text, language, currency):
    """Who told the news (« selon Les Echos », "according to Reuters") is no clause of its own: the price after
    it is the sale's, Partech sells and Thrive Capital buys."""
    assert _stakes(text, language) == _sale_and_purchase(currency)


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        (
            "Partech a cédé sa participation dans Lynx IA à Thrive Capital pour 30 millions d'euros.",
            "fr",
            "EUR",
        ),
        ("Partech sold its stake in Lynx IA to Thrive Capital for $30 million.", "en", "USD"),
    ],
)
def test_a_one_word_holder_selling_its_own_stake_is_read_as_a_party(text, language, currency):
    """« Partech a cédé sa participation »: only a holder sells its stake, so the bare name is an organisation."""
    assert _stakes(text, language) == _sale_and_purchase(currency)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thrive Capital a racheté pour 30 millions d'euros la participation de Partech dans Lynx IA.",
            {
                ("Thrive Capital", "Lynx IA", "Stake purchase", 30e6, "EUR", "completed"),
                ("Partech", "Lynx IA", "Stake sale", 30e6, "EUR", "completed"),
            },
        ),
        (
            "Thrive Capital a racheté pour 30 millions d'euros une partie de la participation de Partech dans "
            "Lynx IA.",
            {
                ("Thrive Capital", "Lynx IA", "Stake purchase", 30e6, "EUR", "completed"),
                ("Partech", "Lynx IA", "Partial stake sale", 30e6, "EUR", "completed"),
            },
        ),
        (
            "Thrive Capital a acquis pour 30 millions d'euros une participation dans Lynx IA.",
            {("Thrive Capital", "Lynx IA", "Stake purchase", 30e6, "EUR", "completed")},
        ),
    ],
)
def test_a_stake_bought_with_its_price_told_first_is_a_stake_purchase_not_the_company_bought(text, expected):
    """« a racheté pour 30 M€ la participation de Partech dans Lynx IA »: Thrive buys Partech's stake (Partech
    sells it), as when the price comes last; Lynx IA itself is not bought."""
    facts = facts_of(text, "fr")
    assert not of_kind(facts, "acquisition")
    assert _stakes(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lynx IA vise une levée de 50 millions d'euros.",
        "Lynx IA vise une levée de fonds de 50 millions d'euros.",
        "Lynx IA vise un tour de table de 50 millions d'euros.",
        "Lynx IA espère lever 50 millions d'euros.",
        "Lynx IA souhaite lever 50 millions d'euros d'ici l'été.",
        "Lynx IA ambitionne de lever 50 millions d'euros.",
        "Lynx IA entend lever 50 millions d'euros.",
        "Lynx IA veut lever 50 millions d'euros.",
    ],
)
def test_a_french_raise_aimed_at_or_hoped_for_is_planned(text):
    """« vise une levée de », « espère lever »: a raise not decided yet, planned as « compte lever » is (session 31
    told a plan from talks with investors), never money raised."""
    rounds = of_kind(facts_of(text, "fr"), "round")
    assert [(f.company, f.amount, f.currency, f.status) for f in rounds] == [("Lynx IA", 50e6, "EUR", "planned")]


def test_a_raise_hoped_for_in_the_past_is_no_raise_in_talks():
    """« espérait lever 50 M€, mais n'en a levé que 20 »: the hope is past, no raise of 50 M€ is under way."""
    text = "Lynx IA espérait lever 50 millions d'euros, mais n'en a levé que 20."
    assert not [
        f for f in of_kind(facts_of(text, "fr"), "round") if f.amount == 50e6 and f.status == "in_talks"
    ]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("Kima Ventures a versé 20 millions d'euros à Lynx IA.", "Kima Ventures"),
        ("Kima Ventures a versé 20 millions d'euros dans Lynx IA.", "Kima Ventures"),
        ("Kima Ventures verse 20 millions d'euros à Lynx IA.", "Kima Ventures"),
        ("Kima Ventures a versé 20 millions d'euros au capital de Lynx IA.", "Kima Ventures"),
        ("Kima a versé 20 millions d'euros à Lynx IA.", "Kima"),
        ("Kima Ventures a injecté 20 millions d'euros à Lynx IA.", "Kima Ventures"),
        ("Kima Ventures a injecté 20 millions d'euros dans Lynx IA.", "Kima Ventures"),
        ("Kima Ventures a apporté 20 millions d'euros à Lynx IA.", "Kima Ventures"),
        ("Kima Ventures a apporté 20 millions d'euros dans Lynx IA.", "Kima Ventures"),
        ("Kima Ventures a investi 20 millions d'euros dans Lynx IA.", "Kima Ventures"),
    ],
)
def test_money_paid_into_a_company_is_the_backers_stake_whatever_the_verb_and_preposition(text, investor):
    """« a versé », « a injecté », « a apporté », « a investi », with « à » or « dans »: one family, the backer's
    own sum put into Lynx IA."""
    stakes = of_kind(facts_of(text, "fr"), "investment")
    assert [(f.investor, f.company, f.amount, f.currency, f.round_type) for f in stakes] == [
        (investor, "Lynx IA", 20e6, "EUR", None)
    ]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("Accel a participé à la levée de 15 millions d'euros de Mistral Forge.", "Accel"),
        ("Accel a participé à la levée de 15 M€ de Mistral Forge.", "Accel"),
        ("Accel a participé au tour de table de 15 M€ de Mistral Forge.", "Accel"),
        ("Accel a participé à la levée de fonds de 15 millions d'euros de Mistral Forge.", "Accel"),
        ("Accel a pris part à la levée de 15 millions d'euros de Mistral Forge.", "Accel"),
        ("Accel participe au tour de table de 15 millions d'euros de Mistral Forge.", "Accel"),
        ("Kima Ventures a participé à la levée de 15 millions d'euros de Mistral Forge.", "Kima Ventures"),
    ],
)
def test_a_backer_that_joined_a_french_raise_backs_the_company_named_after_its_sum(text, investor):
    """« a participé à la levée de 15 M€ de Mistral Forge »: Mistral Forge raised €15M, the subject joined it
    as an investor (never the raiser, and « de Mistral Forge » is no backer here)."""
    [round_] = of_kind(facts_of(text, "fr"), "round")
    assert (round_.company, round_.investors, round_.amount, round_.currency) == (
        "Mistral Forge",
        [investor],
        15e6,
        "EUR",
    )


def test_a_bare_raise_of_a_sum_from_a_group_still_names_its_backer():
    """Without a backer joining it, « de Renault Group » after a raise's sum may name the backer, as before."""
    text = "Mistral Forge a levé 15 millions d'euros auprès de Renault Group."
    [round_] = of_kind(facts_of(text, "fr"), "round")
    assert (round_.company, round_.investors) == ("Mistral Forge", ["Renault Group"])


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        (
            "Accel et Kima Ventures ont participé à la levée de 15 millions d'euros de Mistral Forge.",
            "fr",
            "EUR",
        ),
        ("Accel et Kima Ventures ont participé au tour de table de 15 M€ de Mistral Forge.", "fr", "EUR"),
        ("Accel and Kima Ventures participated in Mistral Forge's $15 million round.", "en", "USD"),
    ],
)
def test_every_backer_joined_as_one_subject_backs_the_round(text, language, currency):
    """« Accel et Kima Ventures ont participé à… »: both subjects of the verb joined the raise, not the last
    named alone."""
    [round_] = of_kind(facts_of(text, language), "round")
    assert (round_.company, round_.investors, round_.amount, round_.currency) == (
        "Mistral Forge",
        ["Accel", "Kima Ventures"],
        15e6,
        currency,
    )
