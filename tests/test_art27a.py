"""English article phrasings helpers and testers left misread (art27a): a raise about to be made is in talks, a
grant's giver backs it, a list after a round's bare "with" is its backers, a seller named behind an aside sells,
and a holder whose whole stake is bought exits."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, only

from ai_deals.importers.models import IN_TALKS, PLANNED

STORY_DAY = "2026-11-27"


# -- #1 a raise about to be made ("is set to raise", "is nearing a round") is in talks, never counted ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Ibis AI is nearing a $500 million funding round led by Albion Growth.",
        "Ibis AI is set to raise $500 million.",
        "Ibis AI is poised to raise $500 million from Albion Growth.",
        "Ibis AI is expected to close a $500 million round.",
        "Ibis AI is reportedly set to raise about $500 million.",
        "Ibis AI is on the verge of raising $500 million.",
        "Ibis AI is in the final stages of closing a $500 million round.",
        "Ibis AI is finalizing a $500 million Series C led by Albion Growth.",
        "Ibis AI set to raise $500 million from Albion Growth",
    ],
)
def test_a_raise_told_as_about_to_be_made_is_a_raise_in_talks(text):
    round_ = only(facts_of(text, published=STORY_DAY), "round")
    assert (round_.company, round_.amount, round_.status) == ("Ibis AI", 500e6, IN_TALKS)


@pytest.mark.parametrize(
    "text",
    [
        "Ibis AI is preparing to raise $500 million.",
        "Ibis AI is gearing up to raise $500 million.",
        "Ibis AI aims to raise $500 million.",
    ],
)
def test_a_raise_the_company_readies_or_aims_at_is_planned(text):  # planned31: was in talks
    round_ = only(facts_of(text, published=STORY_DAY), "round")
    assert (round_.company, round_.amount, round_.status) == ("Ibis AI", 500e6, PLANNED)


@pytest.mark.parametrize(
    "text",
    [
        "Ibis AI raised $200 million, and is set to expand.",
        "Ibis AI raised $200 million, and is expected to raise more next year.",
        "Ibis AI raised $200 million. It is set to expand to Asia.",
    ],
)
def test_a_raise_made_stays_counted_when_a_plan_follows_it(text):
    round_ = only(facts_of(text, published=STORY_DAY), "round")
    assert (round_.amount, round_.status) == (200e6, "announced")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ibis AI is expected to close a $300 million acquisition of Foo Labs.", "acquisition"),
        ("Ibis AI is nearing $100 million in annual revenue.", "revenue"),
    ],
)
def test_a_deal_or_figure_about_to_be_reached_that_is_no_round_is_not_in_talks(text, kind):
    fact = only(facts_of(text, published=STORY_DAY), kind)
    assert fact.status != IN_TALKS


# -- #2 a grant's giver is its backer, as a deal file's grant row names it -----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "company", "giver"),
    [
        (
            "Kestrel AI was awarded a $2 million grant by the National Science Foundation.",
            "en",
            "Kestrel AI",
            "National Science Foundation",
        ),
        (
            "Kestrel AI has been awarded a €5 million grant by the European Innovation Council.",
            "en",
            "Kestrel AI",
            "European Innovation Council",
        ),
        (
            "Kestrel AI received a €5 million grant, awarded by the European Innovation Council.",
            "en",
            "Kestrel AI",
            "European Innovation Council",
        ),
        (
            "Kestrel AI was awarded a grant of $2 million by the National Science Foundation.",
            "en",
            "Kestrel AI",
            "National Science Foundation",
        ),
        (
            "The National Science Foundation awarded Kestrel AI a $2 million grant.",
            "en",
            "Kestrel AI",
            "National Science Foundation",
        ),
        (
            "The European Innovation Council awarded a €2 million grant to Kestrel, a drone maker.",
            "en",
            "Kestrel",
            "European Innovation Council",
        ),
        (
            "Kestrel a reçu une subvention de 5 millions d'euros de l'Union européenne.",
            "fr",
            "Kestrel",
            "Union européenne",
        ),
        (
            "Kestrel a obtenu une subvention de 5 millions d'euros, accordée par la Région Occitanie.",
            "fr",
            "Kestrel",
            "Région Occitanie",
        ),
    ],
)
def test_a_grant_s_giver_is_its_backer(text, language, company, giver):
    grant = only(facts_of(text, language=language, published=STORY_DAY), "round")
    assert (grant.company, grant.round_type, grant.investors, grant.lead_investors) == (
        company,
        "Grant",
        [giver],
        [],
    )


def test_a_grant_dated_by_the_words_after_by_has_no_giver():
    grant = only(
        facts_of("Kestrel AI was awarded a $2 million grant by the end of 2024.", published=STORY_DAY),
        "round",
    )
    assert (grant.company, grant.round_type, grant.investors) == ("Kestrel AI", "Grant", [])


# -- #3 the names listed after a round's bare "with" are its backers, no lead told ---------------------------------


@pytest.mark.parametrize(
    ("text", "language", "investors"),
    [
        ("Acme AI raised $5 million in a seed round with Plural and Seedcamp.", "en", ["Plural", "Seedcamp"]),
        (
            "Acme AI raised $5 million in a seed round with Plural, Seedcamp and Kima.",
            "en",
            ["Plural", "Seedcamp", "Kima"],
        ),
        (
            "Acme AI raised $5 million in a seed round with Plural, Kima Ventures, and Seedcamp.",
            "en",
            ["Plural", "Kima Ventures", "Seedcamp"],
        ),
        (
            "Acme AI raised $5 million in a Series A round with Plural, Index Ventures and Balderton.",
            "en",
            ["Plural", "Index Ventures", "Balderton"],
        ),
        (
            "Acme AI raised $5 million in a seed round with Plural and Seedcamp participating.",
            "en",
            ["Plural", "Seedcamp"],
        ),
        (
            "Acme IA a levé 5 millions d'euros en amorçage avec Plural et Seedcamp.",
            "fr",
            ["Plural", "Seedcamp"],
        ),
    ],
)
def test_a_list_after_a_round_s_bare_with_names_its_backers(text, language, investors):
    round_ = only(facts_of(text, language=language, published=STORY_DAY), "round")
    assert (round_.investors, round_.lead_investors) == (investors, [])


@pytest.mark.parametrize(
    "text",
    [
        "Acme AI raised $5 million in a seed round with Plural and plans to hire 20 people.",
        "Acme AI raised $5 million in a seed round, with Paris and Berlin offices to open next year.",
        "Acme AI raised $5 million in a seed round with Google and Microsoft as customers.",
    ],
)
def test_what_a_round_s_bare_with_goes_on_to_is_no_list_of_backers(text):
    round_ = only(facts_of(text, published=STORY_DAY), "round")
    assert round_.investors == []


def _stakes(text: str, language: str = "en") -> list[tuple[str | None, str | None, str | None]]:
    """Each stake the text tells: its holder (buyer or seller), its company and its type."""
    return [
        (fact.investor, fact.company, fact.round_type)
        for fact in facts_of(text, language=language, published=STORY_DAY)
        if fact.kind == "investment"
    ]


# -- #4 a seller named before the company, behind an aside, sells ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "company"),
    [
        (
            "Orchard Lane Partners bought from Pelican Capital, its longtime backer, a 10% stake in Kestrel AI for "
            "$30 million.",
            "en",
            "Kestrel AI",
        ),
        (
            "Orchard Lane Partners acquired from Pelican Capital, an early investor, a 10% stake in Kestrel AI for "
            "$30 million.",
            "en",
            "Kestrel AI",
        ),
        (
            "Orchard Lane Partners has bought from Pelican Capital, one of its first backers, a 10% stake in "
            "Kestrel AI.",
            "en",
            "Kestrel AI",
        ),
        (
            "Orchard Lane Partners bought from Pelican Capital, which had backed it since 2019, a 10% stake in "
            "Kestrel AI for $30 million.",
            "en",
            "Kestrel AI",
        ),
        (
            "Orchard Lane Partners bought, from Pelican Capital, a 10% stake in Kestrel AI for $30 million.",
            "en",
            "Kestrel AI",
        ),
        (
            "Orchard Lane Partners a racheté à Pelican Capital, son actionnaire historique, une participation de "
            "10 % dans Kestrel IA pour 30 millions d'euros.",
            "fr",
            "Kestrel IA",
        ),
    ],
)
def test_a_seller_named_behind_an_aside_before_the_company_sells_part_of_its_stake(text, language, company):
    assert _stakes(text, language) == [
        ("Orchard Lane Partners", company, "Stake purchase"),
        ("Pelican Capital", company, "Partial stake sale"),
    ]


# -- #5 a holder whose whole stake is bought exits: a stake sale, not a partial one --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Orchard Lane Partners bought Pelican Capital's entire stake in Kestrel AI for $30 million.",
        "Orchard Lane Partners bought Pelican Capital's whole 10% stake in Kestrel AI for $30 million.",
        "Orchard Lane Partners bought out Pelican Capital's stake in Kestrel AI for $30 million.",
        "Orchard Lane Partners bought the entire 10% stake in Kestrel AI from Pelican Capital for $30 million.",
        "Orchard Lane Partners bought Pelican Capital's full 10% holding in Kestrel AI for $30 million.",
        "Orchard Lane Partners acquired all of Pelican Capital's shares in Kestrel AI for $30 million.",
        "Orchard Lane Partners bought Pelican Capital's shares in Kestrel AI for $30 million.",
    ],
)
def test_a_holder_whose_whole_stake_is_bought_sells_it_all(text):
    assert _stakes(text) == [
        ("Orchard Lane Partners", "Kestrel AI", "Stake purchase"),
        ("Pelican Capital", "Kestrel AI", "Stake sale"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Orchard Lane Partners bought a 10% stake in Kestrel AI from Pelican Capital for $30 million.",
        "Orchard Lane Partners bought half of Pelican Capital's stake in Kestrel AI for $30 million.",
        "Orchard Lane Partners bought some of Pelican Capital's shares in Kestrel AI for $30 million.",
    ],
)
def test_a_holder_a_stake_is_bought_from_with_no_whole_cue_keeps_the_rest(text):
    assert _stakes(text) == [
        ("Orchard Lane Partners", "Kestrel AI", "Stake purchase"),
        ("Pelican Capital", "Kestrel AI", "Partial stake sale"),
    ]
