"""front29: a fronted phrase recalling a raise (« Fort de sa levée de 20 M€, X… », "Fresh off its $20 million raise,
X…") gives that raise to the subject right after its comma, even when an earlier sentence named another company
and even when that subject is a name the reader does not know."""

from __future__ import annotations

import pytest

from ai_deals.importers.article import parse_article

EARLIER_FR = "Nvidia et Google ont signé un accord. "
EARLIER_EN = "Nvidia and Google signed a deal. "


def raise_companies(text: str, language: str) -> list[str | None]:
    source = parse_article(text, title="Follow-up", published="2026-11-27", language=language)
    return [fact.company for fact in source.facts if fact.kind in ("round", "investment")]


FRONTED = [
    ("Fort de sa levée de 20 M€, Mistral AI recrute 50 ingénieurs.", "fr", "Mistral AI"),
    ("Après sa levée de 20 M€, Mistral AI recrute 50 ingénieurs.", "fr", "Mistral AI"),
    ("Fort de sa levée de 20 M€, Zorglab recrute 50 ingénieurs.", "fr", "Zorglab"),
    ("Après sa levée de 20 M€, Zorglab recrute 50 ingénieurs.", "fr", "Zorglab"),
    ("Fresh off its $20 million raise, Zorglab is hiring 50 engineers.", "en", "Zorglab"),
    ("After its $45 million Series A, Zorglab is hiring 50 engineers.", "en", "Zorglab"),
    ("Fresh off its $20 million raise, Mistral AI is hiring 50 engineers.", "en", "Mistral AI"),
]


@pytest.mark.parametrize(("sentence", "language", "company"), FRONTED)
def test_a_fronted_recall_gives_the_raise_to_the_subject_after_its_comma(sentence, language, company):
    assert raise_companies(sentence, language) == [company]


@pytest.mark.parametrize(("sentence", "language", "company"), FRONTED)
def test_a_fronted_recall_after_another_company_sentence_still_gives_the_raise_to_its_subject(
    sentence, language, company
):
    earlier = EARLIER_FR if language == "fr" else EARLIER_EN
    assert raise_companies(earlier + sentence, language) == [company]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (EARLIER_FR + "Fort de sa levée de 20 M€, Cette start-up recrute 50 ingénieurs.", "fr"),
        (EARLIER_EN + "Fresh off its $20 million raise, It is hiring 50 engineers.", "en"),
    ],
)
def test_a_determiner_or_pronoun_after_a_fronted_recall_is_taken_for_no_company(text, language):
    companies = raise_companies(text, language)
    assert "Cette" not in companies and "It" not in companies
