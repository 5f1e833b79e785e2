"""English article phrasings helpers and testers left misread (art27a): a raise about to be made is in talks, a
grant's giver backs it, a list after a round's bare "with" is its backers, a seller named behind an aside sells,
and a holder whose whole stake is bought exits."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, only

from ai_deals.importers.models import IN_TALKS

STORY_DAY = "2026-11-27"


# -- #1 a raise about to be made ("is set to raise", "is nearing a round") is in talks, never counted ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Ibis AI is nearing a $500 million funding round led by Albion Growth.",
        "Ibis AI is set to raise $500 million.",
        "Ibis AI is poised to raise $500 million from Albion Growth.",
        "Ibis AI is preparing to raise $500 million.",
        "Ibis AI is expected to close a $500 million round.",
        "Ibis AI is reportedly set to raise about $500 million.",
        "Ibis AI is gearing up to raise $500 million.",
        "Ibis AI is on the verge of raising $500 million.",
        "Ibis AI is in the final stages of closing a $500 million round.",
        "Ibis AI is finalizing a $500 million Series C led by Albion Growth.",
        "Ibis AI aims to raise $500 million.",
        "Ibis AI set to raise $500 million from Albion Growth",
    ],
)
def test_a_raise_told_as_about_to_be_made_is_a_raise_in_talks(text):
    round_ = only(facts_of(text, published=STORY_DAY), "round")
    assert (round_.company, round_.amount, round_.status) == ("Ibis AI", 500e6, IN_TALKS)


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
