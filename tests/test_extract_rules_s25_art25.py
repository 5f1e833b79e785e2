"""Wire stories the article importer still misread (art25): another company's raise told after « après que »,
a debt facility told with "a", a person's words read as a company's figures, photo captions and teasers inside a
paragraph read as prose, and a grant's recipient the reader did not know."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import facts_of, only

from ai_deals.importers.loading import load_article
from ai_deals.importers.reading import read_document

STORY_DAY = "2026-03-12"
WIRE_EN = "WASHINGTON, 2026-03-12 (Reuters) - "
WIRE_FR = "PARIS, 2026-03-12 (AFP) - "
ROUND_EN = "Zorgly raised $60 million in a Series B led by Accel."
ROUND_FR = "Zorgly lève 60 millions d'euros en série B menée par Accel."


def _facts(text: str, language: str = "en"):
    return facts_of(text, language=language, published=STORY_DAY)


def _told(facts) -> list[tuple]:
    return sorted((fact.kind, fact.company, fact.amount) for fact in facts)


# -- a photo caption or credit is no prose: it gives no fact ----------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Reuters/John Doe. Zorgly raised $10 million in 2025 from Kima Ventures",
        "Zorgly's founders in 2025, when Zorgly raised $10 million from Kima Ventures (Photo by Jane Doe/Getty Images)",
        "Zorgly's founders in 2025, when Zorgly raised $10 million from Kima Ventures. Photo: Keystone/Jean Dupont",
        "Photo: Keystone/Jean Dupont",
        "Reuters/John Doe",
    ],
)
@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_photo_caption_gives_no_fact_whether_its_own_paragraph_or_a_line_of_one(caption, separator):
    text = WIRE_EN + ROUND_EN + separator + caption + separator + "The company has 50 employees."
    assert _told(_facts(text)) == [("metric", "Zorgly", 50.0), ("round", "Zorgly", 60e6)]


def test_a_french_photo_credit_line_gives_no_fact():
    text = (
        WIRE_FR + ROUND_FR + "\nLes fondateurs de Zorgly, qui avait levé 10 millions d'euros en 2025. "
        "Crédit photo : Keystone/Jean Dupont\nLa société compte 50 salariés."
    )
    assert _told(_facts(text, "fr")) == [("metric", "Zorgly", 50.0), ("round", "Zorgly", 60e6)]


def test_an_image_alone_on_its_line_in_a_markdown_article_gives_no_fact(tmp_path: Path):
    path = tmp_path / "story.md"
    path.write_text(
        "---\ndate: 2026-03-12\n---\n\n# Zorgly raises $60 million\n\n"
        "![Zorgly raised $10 million in 2025 from Kima Ventures](team.jpg)\n\n"
        f"{ROUND_EN}\n\n![A founder](founder.jpg)\n*Photo: Reuters/John Doe*\n",
        encoding="utf-8",
    )
    source = load_article(read_document(path))
    assert _told(source.facts) == [("round", "Zorgly", 60e6)]
    assert "Kima" not in source.text and "Reuters/John Doe" not in [c.name for c in source.companies]


@pytest.mark.parametrize(
    "sentence",
    [
        "Image recognition startup Zorgly raised $60 million from Accel.",
        "Photo editing app Zorgly raised $60 million from Accel.",
        "Credit Suisse veteran Jane Doe's Zorgly raised $60 million from Accel.",
    ],
)
def test_a_sentence_opening_with_a_credit_word_is_still_read(sentence):
    assert only(_facts("Zorgly raises $60 million\n\n" + sentence), "round").amount == 60e6


# -- a teaser label opening a line inside a paragraph drops that line ------------------------------------------


@pytest.mark.parametrize(
    ("language", "story", "teaser", "after"),
    [
        (
            "fr",
            ROUND_FR,
            "À LIRE AUSSI: Mistral lève 600 millions d'euros auprès de General Catalyst",
            "La société compte 50 salariés.",
        ),
        (
            "fr",
            ROUND_FR,
            "LIRE AUSSI | Mistral lève 600 millions d'euros auprès de General Catalyst",
            "La société compte 50 salariés.",
        ),
        (
            "en",
            ROUND_EN,
            "READ MORE: Mistral raises $600 million from General Catalyst",
            "The company has 50 employees.",
        ),
        (
            "en",
            ROUND_EN,
            "Related: Mistral raises $600 million from General Catalyst",
            "The company has 50 employees.",
        ),
    ],
)
def test_a_teaser_on_a_line_of_a_paragraph_gives_no_fact_and_leaves_the_story_company(
    language, story, teaser, after
):
    wire = WIRE_FR if language == "fr" else WIRE_EN
    facts = _facts(wire + story + "\n" + teaser + "\n" + after, language)
    assert _told(facts) == [("metric", "Zorgly", 50.0), ("round", "Zorgly", 60e6)]


@pytest.mark.parametrize(
    "teaser",
    [
        "À LIRE AUSSI\u00a0: Mistral lève 600 millions d'euros auprès de General Catalyst",
        "À lire aussi\u202f: Mistral lève 600 millions d'euros auprès de General Catalyst",
        "[LIRE AUSSI] Mistral lève 600 millions d'euros auprès de General Catalyst",
        "(LIRE AUSSI) Mistral lève 600 millions d'euros auprès de General Catalyst",
    ],
)
@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_french_teaser_with_a_no_break_space_or_brackets_gives_no_fact(teaser, separator):
    text = WIRE_FR + ROUND_FR + separator + teaser + separator + "La société compte 50 salariés."
    assert _told(_facts(text, "fr")) == [("metric", "Zorgly", 50.0), ("round", "Zorgly", 60e6)]


def test_a_wrapped_sentence_whose_next_line_opens_with_related_is_still_one_sentence():
    text = WIRE_EN + "Zorgly raised $60 million from Accel and the\nrelated: funds of Kima Ventures."
    assert only(_facts(text), "round").amount == 60e6


# -- a person telling a figure is no company: the figure is the story's company's --------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "Smith said revenue reached $3 million.",
        "Smith said annual revenue hit $3 million.",
        "Smith said sales reached $3 million.",
        "Smith told Reuters revenue reached $3 million.",
        "According to Smith, revenue reached $3 million.",
        "CEO Smith said revenue reached $3 million.",
    ],
)
def test_an_unknown_name_saying_revenue_reached_a_sum_after_the_story_s_company_is_a_person(words):
    facts = _facts(WIRE_EN + ROUND_EN + " " + words)
    revenue = only(facts, "revenue")
    assert (revenue.company, revenue.amount) == ("Zorgly", 3e6)
    assert "Smith" not in {fact.company for fact in facts}


@pytest.mark.parametrize(
    "words",
    [
        "Dupont a déclaré que le chiffre d'affaires avait atteint 3 millions d'euros.",
        "Selon Dupont, le chiffre d'affaires a atteint 3 millions d'euros.",
    ],
)
def test_a_french_speaker_s_revenue_is_the_story_company_s(words):
    revenue = only(_facts(WIRE_FR + ROUND_FR + " " + words, "fr"), "revenue")
    assert (revenue.company, revenue.amount) == ("Zorgly", 3e6)


def test_a_company_alone_in_its_story_saying_revenue_reached_a_sum_still_has_that_revenue():
    revenue = only(_facts(WIRE_EN + "Ombrelle said revenue reached $3 million."), "revenue")
    assert (revenue.company, revenue.amount) == ("Ombrelle", 3e6)


# -- a grant's recipient named after "to"/« à » is the company, known or not -----------------------------------


# The giver backs the grant, as a deal file's grant row names it (art27a), when the reader takes it for a company
# ("La Région" it does not); "The EU" is the European Union (art28).
@pytest.mark.parametrize(
    ("language", "text", "company", "amount", "givers"),
    [
        ("en", WIRE_EN + "The EU awarded a €5 million grant to Kestrel.", "Kestrel", 5e6, ["European Union"]),
        (
            "en",
            WIRE_EN
            + "The European Innovation Council awarded a €2.5 million grant to Kestrel, a drone maker.",
            "Kestrel",
            2.5e6,
            ["European Innovation Council"],
        ),
        (
            "fr",
            WIRE_FR + "Bpifrance a octroyé une subvention de 2 millions d'euros à Lumena.",
            "Lumena",
            2e6,
            ["Bpifrance"],
        ),
        (
            "fr",
            WIRE_FR + "La Région a accordé une subvention de 2,5 millions d'euros à Lumena pour son usine.",
            "Lumena",
            2.5e6,
            [],
        ),
    ],
)
def test_a_grant_to_a_name_the_reader_did_not_know_is_that_company_s_grant(
    language, text, company, amount, givers
):
    grant = only(_facts(text, language), "round")
    assert (grant.company, grant.amount, grant.round_type, grant.investors) == (
        company,
        amount,
        "Grant",
        givers,
    )


@pytest.mark.parametrize(
    ("language", "text", "company"),
    [
        ("en", WIRE_EN + "The EU awarded Kestrel a €5 million grant.", "Kestrel"),
        ("fr", WIRE_FR + "Bpifrance a octroyé à Lumena une subvention de 5 millions d'euros.", "Lumena"),
    ],
)
def test_a_grant_s_recipient_named_before_the_grant_is_the_company_not_the_giver(language, text, company):
    grant = only(_facts(text, language), "round")
    assert (grant.company, grant.amount, grant.round_type) == (company, 5e6, "Grant")


def test_a_grant_to_a_person_gives_no_company():
    assert _facts(WIRE_EN + "The EU awarded a €5 million grant to Jane Doe.") == []


# -- "après que X a levé" / "weeks after rival X raised" tells X's raise: X backs nothing of this one ---------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            WIRE_FR
            + "Ombrelle lève 20 millions d'euros auprès de Partech, une semaine après que son concurrent "
            "Poolside a levé 500 millions de dollars.",
        ),
        (
            "fr",
            WIRE_FR
            + "Ombrelle lève 20 millions d'euros auprès de Partech, trois semaines après que Poolside a "
            "levé 500 millions de dollars.",
        ),
        (
            "fr",
            WIRE_FR
            + "Ombrelle lève 20 millions d'euros auprès de Partech, après que son rival Poolside a levé "
            "500 millions de dollars.",
        ),
        (
            "en",
            WIRE_EN
            + "Ombrelle raised $20 million from Partech, weeks after rival Poolside raised $500 million.",
        ),
        (
            "en",
            WIRE_EN
            + "Ombrelle raised $20 million from Partech, just weeks after its competitor Poolside raised "
            "$500 million.",
        ),
    ],
)
def test_a_company_raising_after_another_s_raise_is_no_backer_of_this_round(language, text):
    facts = _facts(text, language)
    ombrelle = next(fact for fact in facts if fact.company == "Ombrelle")
    assert (ombrelle.amount, ombrelle.investors) == (20e6, ["Partech"])
    poolside = next(fact for fact in facts if fact.company == "Poolside")
    assert (poolside.kind, poolside.amount, poolside.currency) == ("round", 500e6, "USD")


def test_a_company_raising_after_another_s_raise_told_without_its_sum_is_no_backer():
    facts = _facts(
        WIRE_FR + "Ombrelle lève 20 millions d'euros auprès de Partech, une semaine après que son concurrent "
        "Poolside a levé des fonds.",
        "fr",
    )
    assert [(fact.company, fact.investors) for fact in facts] == [("Ombrelle", ["Partech"])]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            WIRE_EN
            + "Ombrelle raised $20 million, weeks after rival Poolside raised $500 million from Accel.",
        ),
        (
            "fr",
            WIRE_FR
            + "Ombrelle lève 20 millions d'euros, une semaine après que son concurrent Poolside a levé 500 "
            "millions de dollars auprès d'Accel.",
        ),
    ],
)
def test_the_backers_of_the_raise_told_after_after_are_that_raise_s_not_the_story_s(language, text):
    facts = _facts(text, language)
    assert [(f.company, f.amount, f.investors) for f in facts] == [
        ("Ombrelle", 20e6, []),
        ("Poolside", 500e6, ["Accel"]),
    ]


# -- a debt part told with an article comes off the round, which keeps its lead -------------------------------


@pytest.mark.parametrize(
    ("language", "text", "equity"),
    [
        ("en", WIRE_EN + "Zorgly raised $60 million in a Series B led by Accel, including a $20 million venture "
         "debt facility.", 40e6),
        ("en", WIRE_EN + "Zorgly raised $60 million in a Series B led by Accel, including a $20M credit line.", 40e6),
        ("en", WIRE_EN + "Zorgly raised $60 million in a Series B led by Accel, including an $8 million loan.", 52e6),
        ("fr", WIRE_FR + "Zorgly lève 60 millions d'euros en série B menée par Accel, dont une ligne de crédit de 20 "
         "millions.", 40e6),
        ("fr", WIRE_FR + "Zorgly lève 60 millions d'euros en série B menée par Accel, dont un prêt de 20 millions "
         "d'euros.", 40e6),
        ("en", WIRE_EN + "Zorgly raised $60 million in a Series B led by Accel, comprising $45M in equity and $15M in "
         "venture debt.", 45e6),
    ],
)  # fmt: skip
def test_a_debt_part_told_with_an_article_comes_off_the_round_and_the_lead_stays(language, text, equity):
    round_ = only(_facts(text, language), "round")
    assert (round_.company, round_.amount, round_.lead_investors, round_.round_type) == (
        "Zorgly",
        equity,
        ["Accel"],
        "Series B",
    )


def test_an_earlier_round_told_with_an_article_after_including_stays_a_round():
    facts = _facts(
        WIRE_EN
        + "Blinkfield had raised $9 million from Real Ventures and Inovia Capital, including a $7 million "
        "Series A led by Inovia in 2016."
    )
    assert sorted((f.amount, f.round_type) for f in facts if f.kind == "round") == [
        (7e6, "Series A"),
        (9e6, None),
    ]


def test_a_french_teaser_label_alone_with_a_no_break_space_drops_the_headlines_after_it():
    text = (
        WIRE_FR
        + ROUND_FR
        + "\n\nÀ LIRE AUSSI\u00a0:\n\nMistral lève 600 millions d'euros auprès de General Catalyst"
        "\n\nLa société compte 50 salariés."
    )
    assert _told(_facts(text, "fr")) == [("metric", "Zorgly", 50.0), ("round", "Zorgly", 60e6)]
