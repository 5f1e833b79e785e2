"""A person's two initials in brackets ("from Jane Doe (JD) and Accel") are no short name of hers: a deal file's
"JD" (JD.com) must not join her. Two letters are a short name only after an organisation's name, as text32's
"Harbor Ventures (HV)" (fixn32)."""

from __future__ import annotations

import pytest

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.bracketed_short_names import backers_short_name

PERSON_WITH_INITIALS = [
    ("en", "Zorglab raised $20 million in a Series A round from Jane Doe (JD) and Accel.", "Jane Doe"),
    ("fr", "Zorglab a levé 20 millions d'euros auprès de Marie Dupont (MD) et d'Elaia Partners.", "Marie Dupont"),
]  # fmt: skip


def short_names(text: str, language: str) -> dict[str, list[str]]:
    source = parse_article(f"Zorglab raises money\n\n{text}", published="2025-12-01", language=language)
    return {company.name: company.short_names for company in source.companies}


@pytest.mark.parametrize(
    ("language", "sentence", "person"),
    PERSON_WITH_INITIALS,
    ids=[lang for lang, _, _ in PERSON_WITH_INITIALS],
)
def test_a_persons_two_initials_in_brackets_are_no_short_name(language, sentence, person):
    assert short_names(sentence, language).get(person, []) == []


def test_two_initials_after_a_person_give_no_short_name():
    assert backers_short_name("(JD)", "Jane Doe", person=True) is None


def test_a_persons_longer_short_name_in_brackets_is_still_kept():
    assert backers_short_name("(AMP)", "Anjney Midha", person=True) == "AMP"


def test_a_funds_two_initials_after_a_person_in_the_same_list_are_still_its_short_name():
    names = short_names(
        "Zorglab raised $20 million in a Series A round from Jane Doe and Harbor Ventures (HV).", "en"
    )
    assert names["Harbor Ventures"] == ["HV"]


def test_initials_after_a_person_the_article_named_before_are_no_short_name():
    text = (
        "Jane Doe has backed robot makers since 2019. Zorglab raised $20 million in a Series A round from "
        "Jane Doe (JD) and Accel."
    )
    assert short_names(text, "en").get("Jane Doe", []) == []
