"""The rename rule ("Amberline Capital, formerly Oakfield Ventures") joins two names of one firm, never a person and
her former employer: "led by Jane Doe, formerly Google's head of AI" keeps Google out of Jane Doe's aliases, so a
deal file listing "Google" never resolves to her (fixn32)."""

from __future__ import annotations

import pytest

from ai_deals.importers.article import parse_article

PERSON_AND_FORMER_EMPLOYER = [
    ("en", "Zorglab raised a $25 million Series A led by Jane Doe, formerly Google's head of AI.", "Google"),
    ("en", "Zorglab raised a $25 million Series A led by Jane Doe, formerly Accel's partner.", "Accel"),
    ("en", "Zorglab raised a $25 million Series A led by Accel and Jane Doe (formerly Google).", "Google"),
    ("en", "Zorglab raised a $25 million Series A led by Zephyrin Quarmby, formerly Accel partner.", "Accel"),
    ("fr", "Zorglab a levé 25 millions d'euros auprès de Partech et de Marie Dupont (ex-Criteo).", "Criteo"),
    ("fr", "Zorglab a levé 25 millions d'euros auprès de Partech et de Marie Dupont, anciennement Criteo.", "Criteo"),
]  # fmt: skip


def parsed(language: str, sentence: str):
    return parse_article(f"Zorglab raises money\n\n{sentence}", published="2026-03-02", language=language)


def aliases_of(source) -> dict[str, list[str]]:
    return {company.name: company.aliases for company in source.companies if company.aliases}


@pytest.mark.parametrize(
    ("language", "sentence", "employer"),
    PERSON_AND_FORMER_EMPLOYER,
    ids=[f"{lang}{i}" for i, (lang, _, _) in enumerate(PERSON_AND_FORMER_EMPLOYER)],
)
def test_a_persons_former_employer_is_no_alias_of_her(language, sentence, employer):
    source = parsed(language, sentence)
    assert not any(employer in aliases for aliases in aliases_of(source).values()), aliases_of(source)


def test_a_backer_described_as_a_former_partner_of_a_fund_leaves_the_fund_a_backer():
    source = parsed("en", "Zorglab raised a $25 million Series A led by Jane Doe, formerly Accel's partner.")
    round_ = next(fact for fact in source.facts if fact.kind == "round")
    assert "Accel" in round_.investors


def test_a_firm_named_with_its_former_name_still_gets_the_alias():
    source = parsed(
        "en", "Zorglab raised a $25 million Series A led by Amberline Capital, formerly Oakfield Ventures."
    )
    assert "Oakfield Ventures" in aliases_of(source).get("Amberline Capital", [])
