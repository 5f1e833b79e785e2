"""Tester qa48's figures, checked one by one: a headcount to double is today's, "the company" after a list of
rivals is still the story's, a one-word backer after "with" is kept, and what a web page, a caption, an
apposition or a "de plus" say is read as the story means it."""

from __future__ import annotations

import pytest
from extract_helpers import company_named, facts_of, of_kind, only

from ai_deals.importers.html_text import extract_article
from ai_deals.importers.reading import parse_text

STORY_DAY = "2026-11-13"


# -- #2 a headcount said to "double" is today's, no projection --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The startup plans to double its headcount of 40 people by the end of 2027.", "en"),
        ("La start-up prévoit de doubler ses effectifs de 40 personnes d'ici fin 2027.", "fr"),
    ],
)
def test_a_headcount_said_to_double_is_today_s_and_no_projection(sentence, language):
    opening = (
        "Nordwind Robotics GmbH said on Wednesday it had closed a $48 million Series A round."
        if language == "en"
        else "Nordwind Robotics a annoncé mercredi avoir levé 48 millions de dollars en série A."
    )
    facts = facts_of(f"{opening} {sentence}", language=language, published=STORY_DAY)
    assert not of_kind(facts, "projection")
    staff = only(facts, "metric")
    assert (staff.company, staff.amount, staff.unit, staff.date) == (
        "Nordwind Robotics",
        40,
        "employees",
        STORY_DAY,
    )


# -- #3 "the company" after rivals named as examples is the story's subject ---------------------------------------

FOLLOW_UP = (
    "Heliade, the Paris AI startup that closed a €120 million Series B last week, has hired a former Mistral AI "
    "executive as chief revenue officer.\n\n"
    "The hire comes as rivals race for capital: New York-based Quantia Labs raised $300 million in October, "
    "while Berlin's Nordwind Robotics secured $45 million this month.\n\n"
    "The company expects revenue to reach €30 million in 2027."
)


def test_the_company_after_rivals_named_in_passing_is_the_story_s_subject():
    facts = facts_of(FOLLOW_UP, published="2026-11-26")
    projection = only(facts, "projection")
    assert (projection.company, projection.amount, projection.metric) == ("Heliade", 30e6, "revenue")
    # The rivals' own raises are still told.
    assert {f.company for f in of_kind(facts, "round")} == {"Heliade", "Quantia Labs", "Nordwind Robotics"}


# -- #5 a one-word backer after "with" is kept --------------------------------------------------------------------

OPENING = "Acme Robotics GmbH said on Wednesday it had closed a $48 million Series A round"


@pytest.mark.parametrize(
    ("text", "investors", "leads"),
    [
        (f"{OPENING} led by Lakestar, with Plural.", ["Lakestar", "Plural"], ["Lakestar"]),
        (
            f"{OPENING} led by Lightspeed Venture Partners, with NVentures and Eurazeo.",
            ["Lightspeed Venture Partners", "NVentures", "Eurazeo"],
            ["Lightspeed Venture Partners"],
        ),
        (
            f"{OPENING}. NVentures, Nvidia's venture capital arm, and Eurazeo also participated in the round.",
            ["NVentures", "Eurazeo"],
            [],
        ),
        (
            f"{OPENING} led by Lightspeed Venture Partners, with Nventures Capital and Eurazeo.",
            ["Lightspeed Venture Partners", "Nventures Capital", "Eurazeo"],
            ["Lightspeed Venture Partners"],
        ),
    ],
)
def test_a_one_word_backer_named_after_with_or_before_its_owner_s_apposition_is_kept(text, investors, leads):
    round_ = only(facts_of(text, published=STORY_DAY), "round")
    assert (round_.investors, round_.lead_investors) == (investors, leads)


def test_a_one_word_backer_after_avec_joining_the_lead_is_kept():
    text = "Acme a annoncé mardi avoir levé 5 millions d'euros lors d'un tour mené par Serena, avec Kima."
    round_ = only(facts_of(text, language="fr", published=STORY_DAY), "round")
    assert (round_.investors, round_.lead_investors) == (["Serena", "Kima"], ["Serena"])


# -- #13 what a page, a caption, "de plus", an apposition and a deal's worth say ----------------------------------


@pytest.mark.parametrize("horizon", ["d'ici 2027", "en 2027"])
def test_hires_de_plus_count_people_hired_not_a_thing_called_plus(horizon):
    text = (
        "Quantia Labs a annoncé jeudi avoir levé 300 millions de dollars. La start-up compte 140 salariés et "
        f"prévoit d'en embaucher 100 de plus {horizon}."
    )
    hires = only(facts_of(text, language="fr", published="2026-10-02"), "projection")
    assert (hires.metric, hires.amount, hires.unit, hires.date) == ("new_hires", 100, "employees", "2027")


PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Quantia Labs lève 300 millions de dollars</title>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-10-02T10:15:00+02:00"}</script>
</head><body><article>
<h1>Quantia Labs lève 300 millions de dollars</h1>
<div class="author">Par Marc Dupont · Mis à jour le 3 octobre 2026</div>
<figure><img src="x.jpg"><figcaption>Les 120 salariés de Quantia Labs à New York, en 2025.</figcaption></figure>
<p>Quantia Labs a annoncé jeudi avoir levé 300 millions de dollars lors d'une série C.</p>
<p>La start-up compte 140 salariés.</p>
</article></body></html>"""


def test_a_page_s_json_ld_publication_date_wins_over_its_update_date():
    assert parse_text(PAGE, "page.html", "html").published == "2026-10-02"


def test_a_json_ld_date_in_a_graph_or_a_list_is_read_and_junk_is_skipped():
    graph = PAGE.replace(
        '{"@type":"NewsArticle","datePublished":"2026-10-02T10:15:00+02:00"}',
        '[{"@type":"WebSite"},{"@graph":[{"@type":"NewsArticle","datePublished":"2026-10-02"}]}]',
    )
    assert parse_text(graph, "page.html", "html").published == "2026-10-02"
    junk = PAGE.replace('{"@type":"NewsArticle"', '{"@type": oops')
    # No valid JSON-LD: the byline's update date is all the page shows.
    assert parse_text(junk, "page.html", "html").published == "2026-10-03"


def test_a_picture_s_caption_is_no_text_of_the_story():
    page = extract_article(PAGE)
    assert "120 salariés" not in page.text
    assert "140 salariés" in page.text


SIFTED = (
    "Heliade, the Paris AI startup that raised €120m last week, has signed a multi-year partnership with Airbus "
    "to deploy its models in aircraft maintenance.\n\n"
    "The deal is worth about €15m over three years, according to two people familiar with it."
)


def test_a_partnership_is_not_dated_by_the_raise_its_subject_s_apposition_recalls():
    partnership = only(facts_of(SIFTED, published="2026-11-25"), "partnership")
    assert (partnership.partner, partnership.date) == ("Airbus", "2026-11-25")


def test_the_deal_is_worth_gives_the_value_of_the_partnership_just_told():
    partnership = only(facts_of(SIFTED, published="2026-11-25"), "partnership")
    assert (partnership.amount, partnership.currency, partnership.bound) == (15e6, "EUR", "approx")


def test_la_societe_before_a_name_is_no_description_of_it():
    text = (
        "La société Quantía Labs, spécialiste de l'IA pour la finance, a bouclé jeudi un tour de table de série C "
        "de 300 millions de dollars mené par Lightspeed Venture Partners."
    )
    company = company_named(text, "Quantía Labs", "fr")
    assert company.description == "spécialiste de l'IA pour la finance"
