"""Wire stories the article importer still misread (art24b): a conditional debt part of a round, a total told by a
participle after a round, an executive named by a feminine or joined role, and a running total told "so far"."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article
from ai_deals.importers.models import TOTAL_RAISED_TO_DATE
from ai_deals.store.money_raised import total_to_date_notes

STORY_DAY = "2026-03-12"
WIRE_EN = "WASHINGTON, 2026-03-12 (Reuters) - "
WIRE_FR = "PARIS, 2026-03-12 (AFP) - "


def _facts(text: str, language: str = "en"):
    return facts_of(text, language=language, published=STORY_DAY)


# -- a condition told of a debt part is the debt's: the equity round stays as raised ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Zorgly raised $60 million in a Series B led by Accel, including $20 million of venture debt conditional "
        "on milestones.",
        "Zorgly raised $60 million in a Series B led by Accel, of which $20 million is venture debt contingent on "
        "revenue targets.",
        "Zorgly raised $60 million in a Series B led by Accel, including $20 million in venture debt that is "
        "conditional on milestones.",
    ],
)
def test_a_conditional_debt_part_comes_off_the_round_and_leaves_it_unconditional(text):
    round_ = only(_facts(WIRE_EN + text), "round")
    assert (round_.company, round_.amount, round_.lead_investors) == ("Zorgly", 40e6, ["Accel"])
    assert (round_.status, round_.condition, round_.tranches) == ("announced", None, [])


def test_a_condition_of_the_whole_round_still_makes_it_conditional_beside_a_debt_part():
    round_ = only(
        _facts(
            WIRE_EN
            + "Zorgly raised $60 million in a Series B led by Accel, conditional on milestones, including "
            "$20 million of venture debt."
        ),
        "round",
    )
    assert (round_.amount, round_.status) == (40e6, "conditional")


def test_a_conditional_equity_part_is_still_the_round_s_tranche():
    round_ = only(
        _facts(
            WIRE_EN
            + "Zorgly raised $60 million in a Series B led by Accel, of which $25 million is paid upfront "
            "and $35 million is conditional."
        ),
        "round",
    )
    assert [t.amount for t in round_.tranches] == [25e6, 35e6]


# -- a total a participle reaches after the sentence's round is that round's company's total ------------------


@pytest.mark.parametrize(
    "participle",
    [
        "bringing the total raised to $41 million",
        "bringing total funding to $41 million",
        "taking its total raised to $41 million",
        "bringing the total amount raised to $41 million",
        "bringing its total to $41 million",
        "bringing the company's total funding to $41 million",
    ],
)
def test_a_total_a_participle_reaches_after_an_unknown_company_s_round_is_its_total(participle):
    facts = _facts(WIRE_EN + f"Corvid, a Lyon-based robotics startup, raised $12 million, {participle}.")
    round_ = only(facts, "round")
    assert (round_.company, round_.amount, round_.status) == ("Corvid", 12e6, "announced")
    total = only(facts, "metric")
    assert (total.company, total.amount, total.metric, total.date) == (
        "Corvid",
        41e6,
        TOTAL_RAISED_TO_DATE,
        STORY_DAY,
    )


def test_a_total_after_a_round_an_investor_led_is_the_company_s_not_lost():
    facts = _facts(
        WIRE_EN
        + "Corvid, a Lyon-based robotics startup, raised $12 million in a Series A led by Accel, bringing "
        "the total raised to $41 million."
    )
    assert (only(facts, "round").company, only(facts, "round").lead_investors) == ("Corvid", ["Accel"])
    total = only(facts, "metric")
    assert (total.company, total.amount, total.metric) == ("Corvid", 41e6, TOTAL_RAISED_TO_DATE)


@pytest.mark.parametrize(
    "participle",
    [
        "portant à 41 millions le total levé",
        "portant à 41 millions d'euros le total levé",
        "ce qui porte à 41 millions le total levé",
        "portant à 41 millions d'euros le montant total levé depuis sa création",
        "portant à 41 millions d'euros le total de ses levées de fonds",
        "portant à 41 millions d'euros les fonds levés depuis sa création",
        "portant le total levé à 41 millions",
    ],
)
def test_a_french_total_a_participle_reaches_before_naming_it_is_the_company_s_total(participle):
    facts = _facts(
        WIRE_FR + f"Corvid, une start-up lyonnaise de robotique, a levé 12 millions d'euros, {participle}.",
        language="fr",
    )
    assert (only(facts, "round").company, only(facts, "round").amount) == ("Corvid", 12e6)
    total = only(facts, "metric")
    assert (total.company, total.amount, total.currency, total.metric) == (
        "Corvid",
        41e6,
        "EUR",
        TOTAL_RAISED_TO_DATE,
    )


@pytest.mark.parametrize(
    ("said", "language"),
    [
        (
            "Corvid, a Lyon-based robotics startup, raised $12 million, bringing its total headcount to 58.",
            "en",
        ),
        (
            "Corvid, a Lyon-based robotics startup, raised $12 million, bringing its valuation to $200 million.",
            "en",
        ),
        (
            "Corvid, une start-up lyonnaise de robotique, a levé 12 millions d'euros, portant à 200 millions sa "
            "valorisation.",
            "fr",
        ),
    ],
)
def test_what_else_a_participle_after_a_round_reaches_is_no_total_raised(said, language):
    facts = _facts(said, language=language)
    assert not [f for f in facts if f.metric == TOTAL_RAISED_TO_DATE]


# -- an executive named by a feminine, founder's or joined role speaks for the company named after it ---------


@pytest.mark.parametrize(
    "speaker",
    [
        "Marie Dupont, cofondatrice de Zorgly,",
        "Marie Dupont, co-fondatrice de Zorgly,",
        "Marie Dupont, fondatrice de Zorgly,",
        "Marie Dupont, présidente de Zorgly,",
        "Jean Dupont, cofondateur et PDG de Zorgly,",
        "Marie Dupont, cofondatrice et présidente de Zorgly,",
        "Jean Dupont, PDG de Zorgly,",
    ],
)
def test_a_french_executive_named_with_a_role_of_any_form_tells_the_company_round(speaker):
    facts = _facts(WIRE_FR + f"{speaker} a annoncé une levée de 20 millions d'euros.", language="fr")
    round_ = only(facts, "round")
    assert (round_.company, round_.amount, round_.currency) == ("Zorgly", 20e6, "EUR")


@pytest.mark.parametrize(
    "speaker",
    [
        "Jane Doe, co-founder and CEO of Zorgly,",
        "Jane Doe, cofounder of Zorgly,",
        "Jane Doe, co-founder of Zorgly,",
        "Jane Doe, founder and chief executive of Zorgly,",
        "Jane Doe, CEO of Zorgly,",
    ],
)
def test_an_english_executive_named_with_a_role_of_any_form_tells_the_company_round(speaker):
    round_ = only(_facts(WIRE_EN + f"{speaker} announced a $20 million raise."), "round")
    assert (round_.company, round_.amount, round_.currency) == ("Zorgly", 20e6, "USD")


def test_a_co_founder_investing_elsewhere_is_still_the_backer_not_her_company():
    stake = only(_facts("Jane Doe, co-founder of Zorgly, invested $2 million in Pixora."), "investment")
    assert (stake.company, stake.investor) == ("Pixora", "Jane Doe")


@pytest.mark.parametrize(
    "dateline", [WIRE_FR, "PARIS, 12 mars 2026 (AFP) - ", "PARIS, March 12, 2026 (AFP) - "]
)
def test_a_wire_dateline_with_the_full_day_is_left_out_of_the_story_s_first_sentence(dateline):
    source = parse_article(
        dateline + "Jean Dupont, PDG de Zorgly, a annoncé une levée de 20 millions d'euros.",
        language="fr",
        published=STORY_DAY,
    )
    round_ = only(source.facts, "round")
    assert (round_.company, round_.sentence[:11], source.publisher) == ("Zorgly", "Jean Dupont", "AFP")


# -- a running total told "so far" in any wording is a total to date, as of the story's day ------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La start-up Zorgly a déjà levé 118 millions d'euros.", "fr"),
        ("Zorgly a levé jusqu'à présent 118 millions d'euros.", "fr"),
        ("Zorgly a levé 118 millions d'euros jusqu'à présent.", "fr"),
        ("Zorgly a levé un total de 118 millions d'euros.", "fr"),
        ("La start-up Zorgly a déjà réuni 118 millions d'euros.", "fr"),
        ("Zorgly has raised $118 million so far.", "en"),
        ("Zorgly has so far raised $118 million.", "en"),
        ("Zorgly has thus far raised $118 million.", "en"),
        ("Zorgly has already raised $118 million.", "en"),
        ("Zorgly, which has so far raised $118 million, is hiring.", "en"),
    ],
)
def test_a_total_raised_so_far_is_a_total_to_date_as_of_the_story_s_day(text, language):
    facts = _facts((WIRE_FR if language == "fr" else WIRE_EN) + text, language=language)
    assert not of_kind(facts, "round")
    total = only(facts, "metric")
    assert (total.company, total.amount, total.metric) == ("Zorgly", 118e6, TOTAL_RAISED_TO_DATE)
    assert (total.date, total.date_precision) == (STORY_DAY, "day")


def test_a_sum_already_raised_in_a_named_round_is_that_round():
    facts = _facts(WIRE_EN + "Zorgly has already raised $5 million in a seed round.")
    assert [f.amount for f in of_kind(facts, "round")] == [5e6]
    assert not of_kind(facts, "metric")


# -- a story with no publication date is dated by its wire's dateline when it gives the full day -------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (WIRE_EN + "Zorgly has raised $118 million so far.", "en"),
        ("LONDON, March 12, 2026 (Reuters) - Zorgly has raised $118 million so far.", "en"),
        ("PARIS, 12 mars 2026 (AFP) - La start-up Zorgly a déjà levé 118 millions d'euros.", "fr"),
    ],
)
def test_a_total_so_far_in_an_undated_story_is_as_of_its_dateline_s_day(text, language):
    source = parse_article(text, language=language)
    total = only(source.facts, "metric")
    assert (total.metric, total.date, total.date_precision) == (TOTAL_RAISED_TO_DATE, STORY_DAY, "day")
    assert source.published == STORY_DAY


def test_a_dateline_without_its_year_dates_no_story():
    source = parse_article(
        "LONDON, March 12 (Reuters) - Zorgly has raised $118 million so far.", language="en"
    )
    assert (source.published, only(source.facts, "metric").date) == (None, None)


def test_a_publication_date_given_stays_the_story_s_date_beside_the_dateline_s_day():
    source = parse_article(
        WIRE_EN + "Zorgly has raised $118 million so far.", language="en", published="2026-03-13"
    )
    # fixF24 (qa41 #2b): the dateline's day, a day before the publication date, dates the facts it reports.
    assert (source.published, only(source.facts, "metric").date) == ("2026-03-13", STORY_DAY)


def test_the_company_page_tells_an_undated_story_s_total_as_of_its_dateline_s_day(fresh_store):
    fresh_store.import_source(
        parse_article(
            WIRE_EN + "Zorgly raised $12 million. It has raised $41 million so far.",
            language="en",
            title="Zorgly",
            url="https://e.org/zorgly",
        )
    )
    page = fresh_store.company(fresh_store.find_company("Zorgly").id)
    assert total_to_date_notes(page) == [
        f"Total raised to date: $41M (as of {STORY_DAY}, 1 source) · $29M of earlier funding not itemised"
    ]
