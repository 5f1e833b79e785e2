"""What a tester (qa47) reworded as journalists write it (art26a): a raise told by hearsay ("is reportedly seeking
up to", "is said to be raising", « envisagerait de lever », « serait sur le point de lever ») is a raise in talks,
never money raised; part of a stake sold, reworded ("has divested part of its holding in X, selling shares to Y",
« a revendu une partie de ses parts dans X à Y », « a allégé sa participation »), is the seller's Partial stake
sale and the buyer's Stake purchase; the holder a stake is bought from ("a minority stake in X from Y") sold part
of its stake."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, run_ok  # noqa: F401 (autouse fixture private_default_db)
from extract_helpers import facts_of, of_kind

STORY_DAY = "2024-10-15"


def _story(title: str, sentence: str) -> str:
    return f"title: {title}\ndate: {STORY_DAY}\npublisher: TestWire\n\n{sentence}\n"


# -- #1, #2 a raise told by hearsay or about to be made is in talks ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("Ibis AI is reportedly seeking up to $800 million in new funding from Albion Growth.", 8e8),
        ("Ibis AI is said to be raising $500 million at a $4 billion valuation.", 5e8),
        ("Ibis AI is understood to be raising $500 million.", 5e8),
        ("Ibis AI is reportedly raising $500 million.", 5e8),
        ("Ibis AI is believed to be raising $500 million from Albion Growth.", 5e8),
        ("Ibis AI is seeking $500 million in new funding.", 5e8),
    ],
)  # fmt: skip
def test_a_raise_told_by_hearsay_in_english_is_in_talks(sentence, amount):
    rounds = of_kind(facts_of(sentence, published=STORY_DAY), "round")
    assert [(f.company, f.amount, f.status) for f in rounds] == [("Ibis AI", amount, "in_talks")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ibis IA envisagerait de lever 300 millions d'euros auprès d'Albion Growth.",
        "Ibis IA serait sur le point de lever 300 millions d'euros.",
        "Ibis IA est sur le point de lever 300 millions d'euros.",
        "Ibis IA serait en passe de lever 300 millions d'euros.",
        "Ibis IA serait en train de lever 300 millions d'euros.",
        "Ibis IA chercherait à lever 300 millions d'euros.",
        "Ibis IA lèverait 300 millions d'euros auprès d'Albion Growth.",
        "Ibis IA s'apprête à lever 300 millions d'euros.",
    ],
)
def test_a_raise_told_in_the_french_conditional_or_about_to_be_made_is_in_talks(sentence):
    rounds = of_kind(facts_of(sentence, language="fr", published=STORY_DAY), "round")
    assert [(f.company, f.amount, f.status) for f in rounds] == [("Ibis IA", 3e8, "in_talks")]


def test_a_raise_just_made_told_with_vient_de_is_a_raise():
    rounds = of_kind(
        facts_of("Ibis IA vient de lever 300 millions d'euros.", language="fr", published=STORY_DAY), "round"
    )
    assert [(f.company, f.amount, f.status) for f in rounds] == [("Ibis IA", 3e8, "announced")]


def test_a_raise_said_to_be_under_way_is_not_counted_and_its_valuation_is_in_talks(capsys, tmp_path):
    story = _story(
        "Said to be raising", "Ibis AI is said to be raising $500 million at a $4 billion valuation."
    )
    db = import_files(capsys, tmp_path, ("r11.txt", story))
    timeline = run_ok(capsys, db, "timeline", "--company", "Ibis AI")
    assert "Ibis AI raises $500M (in talks)" in timeline
    assert "Ibis AI valuation: $4B (in talks)" in timeline
    assert "raised $500M" not in run_ok(capsys, db, "show", "Ibis AI")


def test_a_french_rumoured_raise_is_in_talks_on_the_timeline(capsys, tmp_path):
    story = _story(
        "Envisagerait", "Ibis IA envisagerait de lever 300 millions d'euros auprès d'Albion Growth."
    )
    db = import_files(capsys, tmp_path, ("r9.txt", story))
    assert "Ibis IA raises €300M (in talks) from Albion Growth" in run_ok(capsys, db, "timeline")


# -- a clear raise stays counted ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "company"),
    [
        ("Ibis AI raised $500 million at a $4 billion valuation.", "en", "Ibis AI"),
        ("Ibis IA a levé 300 millions d'euros auprès d'Albion Growth.", "fr", "Ibis IA"),
        ("Ibis IA lève 300 millions d'euros.", "fr", "Ibis IA"),
    ],
)
def test_a_clear_raise_stays_a_raise(sentence, language, company):
    rounds = of_kind(facts_of(sentence, language=language, published=STORY_DAY), "round")
    assert [(f.company, f.status) for f in rounds] == [(company, "announced")]
