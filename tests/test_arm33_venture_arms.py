"""A corporate venture arm named with its owner, the backer, is the owner to the reader (arm33, qa32 faults 5, 12,
14): "Nvidia, through its venture arm NVentures" records NVentures as Nvidia's alias, so the round has one backer
and a deal file listing "NVentures" finds Nvidia ("NVentures, Nvidia's venture arm" keeps NVentures the backer, as
the corpus and test_extract_parent_apposition expect); the owner's description is not glued to the words before it; and
« Amberline Capital (ex-Oakfield Ventures) » records the fund's former name as « (formerly …) » does."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run, run_ok

from ai_deals.importers.article import parse_article

OPENING = "Arcwise Robotics, a Boston startup, has raised a $60 million Series B led by Index Ventures. "
OUVERTURE = (
    "Arcwise, une start-up parisienne, a levé 60 millions d'euros en série B menée par Index Ventures. "
)
SHAPES = [
    ("en", OPENING + "Nvidia, through its venture arm NVentures, Partech and Elaia also participated."),
    ("en", OPENING + "Nvidia (via NVentures), Partech and Elaia also participated."),
    ("fr", OUVERTURE + "Nvidia, via son fonds NVentures, Partech et Elaia ont aussi participé."),
    ("fr", OUVERTURE + "Nvidia, par l'intermédiaire de NVentures, Partech et Elaia ont aussi participé."),
]


def parsed(language: str, text: str):
    return parse_article(f"title: Arcwise raises\n\n{text}", published="2025-05-06", language=language)


def aliases_of(source) -> dict[str, list[str]]:
    return {company.name: company.aliases for company in source.companies if company.aliases}


@pytest.mark.parametrize(
    ("language", "text"), SHAPES, ids=[f"{lang}{i}" for i, (lang, _) in enumerate(SHAPES)]
)
def test_a_venture_arm_named_with_its_owner_is_the_owners_alias_and_the_owner_one_backer(language, text):
    source = parsed(language, text)
    (round_,) = [fact for fact in source.facts if fact.kind == "round"]
    assert round_.investors[1:] == ["Nvidia", "Partech", "Elaia"]
    assert aliases_of(source).get("Nvidia") == ["NVentures"]


@pytest.mark.parametrize(
    "sentence",
    [
        "GV and Google also participated.",
        "GV, Alphabet's venture fund, and Lux Capital also participated.",  # a firm of its own in the knowledge file
        "Index Ventures, through its growth fund, also took part.",
        "Nvidia, Partech and Elaia also participated.",
    ],
)
def test_two_firms_named_side_by_side_without_an_arm_cue_stay_two(sentence):
    source = parsed("en", OPENING + sentence)
    assert aliases_of(source) == {}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", OPENING + "Nvidia, through its venture arm, Partech and Elaia also participated."),
        ("fr", OUVERTURE + "Nvidia, via son fonds, Partech et Elaia ont aussi participé."),
    ],
    ids=["en", "fr"],
)
def test_an_unnamed_arm_before_a_comma_leaves_the_next_backer_a_co_investor(language, text):
    source = parsed(language, text)
    (round_,) = [fact for fact in source.facts if fact.kind == "round"]
    assert "Partech" in round_.investors
    assert "Partech" not in aliases_of(source).get("Nvidia", [])


def test_an_investors_description_after_an_owner_s_through_clause_is_its_own_words():
    source = parsed(
        "en",
        OPENING + "Nvidia, through NVentures, state investment bank Bpifrance and Partech also invested.",
    )
    descriptions = {company.name: company.description for company in source.companies}
    assert descriptions["Bpifrance"] == "state investment bank"


@pytest.mark.parametrize(
    "aside", ["(ex-Oakfield Ventures)", "(anciennement Oakfield Ventures)", ", ex-Oakfield Ventures,"]
)
def test_ex_before_a_funds_former_name_records_it_as_an_alias(aside):
    source = parsed(
        "fr",
        f"La start-up Brennic a levé 40 millions de livres lors d'une série A menée par Amberline Capital{' ' if aside[0] == '(' else ''}"
        f"{aside} et Index Ventures.",
    )
    assert aliases_of(source).get("Amberline Capital") == ["Oakfield Ventures"]


def test_ex_before_a_persons_former_employer_records_no_alias():
    source = parsed(
        "fr", "Zorglab a levé 25 millions d'euros auprès de Partech et de Marie Dupont (ex-Criteo)."
    )
    assert not any("Criteo" in aliases for aliases in aliases_of(source).values())


def test_a_deal_file_naming_the_arm_after_the_article_lists_the_owner_once(capsys, tmp_path: Path):
    article = tmp_path / "arcwise.txt"
    article.write_text(
        "title: Arcwise raises $60M\ndate: 2025-05-06\nlanguage: en\n\n"
        + OPENING
        + "Nvidia, through its venture arm NVentures, Partech and Elaia also participated.\n",
        encoding="utf-8",
    )
    deals = tmp_path / "deals.csv"
    deals.write_text(
        "company,date,amount,currency,round_type,investors\n"
        "Arcwise Robotics,2025-05-06,60000000,USD,Series B,Index Ventures;NVentures;Partech;Elaia\n",
        encoding="utf-8",
    )
    db = tmp_path / "a.db"
    for path in (article, deals):
        code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
        assert code == 0, err
    co_investors = run_ok(capsys, db, "show", "Partech").split("Co-investors", 1)[1]
    assert "Nvidia" in co_investors
    assert "NVentures" not in co_investors


def test_the_kind_of_an_arm_in_apposition_is_no_description_of_the_next_backer():
    source = parsed("en", OPENING + "NVentures, Nvidia's venture fund, Partech and Elaia also participated.")
    descriptions = {company.name: company.description for company in source.companies}
    assert descriptions["Partech"] is None
