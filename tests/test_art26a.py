"""What a tester (qa47) reworded as journalists write it (art26a): a raise told by hearsay ("is reportedly seeking
up to", "is said to be raising", « envisagerait de lever », « serait sur le point de lever ») is a raise in talks
(one sought or considered, "is seeking", « envisagerait de lever », planned since planned31), never money raised; part of a stake sold, reworded ("has divested part of its holding in X, selling shares to Y",
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
    ("sentence", "amount", "status"),
    [
        ("Ibis AI is reportedly seeking up to $800 million in new funding from Albion Growth.", 8e8, "planned"),
        ("Ibis AI is said to be raising $500 million at a $4 billion valuation.", 5e8, "in_talks"),
        ("Ibis AI is understood to be raising $500 million.", 5e8, "in_talks"),
        ("Ibis AI is reportedly raising $500 million.", 5e8, "in_talks"),
        ("Ibis AI is believed to be raising $500 million from Albion Growth.", 5e8, "in_talks"),
        ("Ibis AI is seeking $500 million in new funding.", 5e8, "planned"),
        ("Ibis AI is reportedly raising a $500 million round led by Albion Growth.", 5e8, "in_talks"),
        ("Ibis AI is reportedly seeking to raise $500 million.", 5e8, "planned"),
        ("Ibis AI is reportedly close to raising $500 million.", 5e8, "in_talks"),
    ],
)  # fmt: skip
def test_a_raise_told_by_hearsay_in_english_is_in_talks_and_one_sought_planned(sentence, amount, status):
    rounds = of_kind(facts_of(sentence, published=STORY_DAY), "round")
    assert [(f.company, f.amount, f.status) for f in rounds] == [("Ibis AI", amount, status)]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Ibis IA envisagerait de lever 300 millions d'euros auprès d'Albion Growth.", "planned"),
        ("Ibis IA serait sur le point de lever 300 millions d'euros.", "in_talks"),
        ("Ibis IA est sur le point de lever 300 millions d'euros.", "in_talks"),
        ("Ibis IA serait en passe de lever 300 millions d'euros.", "in_talks"),
        ("Ibis IA serait en train de lever 300 millions d'euros.", "in_talks"),
        ("Ibis IA chercherait à lever 300 millions d'euros.", "planned"),
        ("Ibis IA lèverait 300 millions d'euros auprès d'Albion Growth.", "in_talks"),
        ("Ibis IA s'apprête à lever 300 millions d'euros.", "in_talks"),
        ("Ibis IA pourrait lever jusqu'à 300 millions d'euros.", "in_talks"),
        ("Ibis IA négocierait une levée de 300 millions d'euros.", "in_talks"),
        ("Ibis IA serait en quête de 300 millions d'euros de financement.", "planned"),
        ("Ibis IA s'apprêterait à boucler une levée de 300 millions d'euros.", "in_talks"),
        ("Ibis IA serait sur le point de boucler un tour de table de 300 millions d'euros.", "in_talks"),
    ],
)
def test_a_raise_told_in_the_french_conditional_or_about_to_be_made_is_in_talks_and_one_sought_planned(
    sentence, status
):
    rounds = of_kind(facts_of(sentence, language="fr", published=STORY_DAY), "round")
    assert [(f.company, f.amount, f.status) for f in rounds] == [("Ibis IA", 3e8, status)]


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


def test_a_french_rumoured_plan_to_raise_is_planned_on_the_timeline(capsys, tmp_path):
    story = _story(
        "Envisagerait", "Ibis IA envisagerait de lever 300 millions d'euros auprès d'Albion Growth."
    )
    db = import_files(capsys, tmp_path, ("r9.txt", story))
    assert "Ibis IA raises €300M (planned) from Albion Growth" in run_ok(capsys, db, "timeline")


# -- #3 part of a holding sold, reworded, is a partial sale and its buyer's purchase --------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "company", "amount"),
    [
        ("Pelican Capital has divested part of its holding in Kestrel AI, selling shares to Orchard Lane Partners "
         "for $60 million.", "en", "Kestrel AI", 60e6),
        ("Pelican Capital pared back its stake in Kestrel AI, selling shares to Orchard Lane Partners for $60 "
         "million.", "en", "Kestrel AI", 60e6),
        ("Pelican Capital has trimmed its holding in Kestrel AI, selling some of its shares to Orchard Lane "
         "Partners for $60 million.", "en", "Kestrel AI", 60e6),
        ("Pelican Capital a revendu une partie de ses parts dans Kestrel IA à Orchard Lane Partners pour 45 "
         "millions d'euros.", "fr", "Kestrel IA", 45e6),
        ("Pelican Capital a allégé sa participation dans Kestrel IA en cédant des actions à Orchard Lane Partners "
         "pour 45 millions d'euros.", "fr", "Kestrel IA", 45e6),
        ("Pelican Capital a réduit sa participation dans Kestrel IA en cédant des titres à Orchard Lane Partners "
         "pour 45 millions d'euros.", "fr", "Kestrel IA", 45e6),
        ("Pelican Capital has sold down part of its stake in Kestrel AI to Orchard Lane Partners for $60 million.",
         "en", "Kestrel AI", 60e6),
        ("Pelican Capital a allégé sa participation dans Kestrel IA au profit d'Orchard Lane Partners pour 45 "
         "millions d'euros.", "fr", "Kestrel IA", 45e6),
    ],
)  # fmt: skip
def test_part_of_a_holding_sold_reworded_is_a_partial_sale_and_its_buyers_purchase(
    sentence, language, company, amount
):
    stakes = of_kind(facts_of(sentence, language=language, published=STORY_DAY), "investment")
    assert {(s.investor, s.company, s.amount, s.round_type, s.status) for s in stakes} == {
        ("Pelican Capital", company, amount, "Partial stake sale", "completed"),
        ("Orchard Lane Partners", company, amount, "Stake purchase", "completed"),
    }


@pytest.mark.parametrize(
    ("sentence", "language", "company"),
    [
        ("Pelican Capital has divested part of its holding in Kestrel AI for $60 million.", "en", "Kestrel AI"),
        ("Pelican Capital a allégé sa participation dans Kestrel IA pour 45 millions d'euros.", "fr", "Kestrel IA"),
        ("Pelican Capital a vendu une partie de ses parts dans Kestrel IA pour 45 millions d'euros.", "fr",
         "Kestrel IA"),
    ],
)  # fmt: skip
def test_part_of_a_holding_sold_with_no_buyer_named_is_the_holders_partial_sale(sentence, language, company):
    stakes = of_kind(facts_of(sentence, language=language, published=STORY_DAY), "investment")
    assert [(s.investor, s.company, s.round_type) for s in stakes] == [
        ("Pelican Capital", company, "Partial stake sale")
    ]


def test_shares_sold_by_their_sum_to_a_buyer_are_the_buyers_purchase():
    sentence = "Pelican Capital reduced its stake in Kestrel AI by selling $25 million of shares to Orchard Lane Partners."
    stakes = of_kind(facts_of(sentence, published=STORY_DAY), "investment")
    assert {s.investor: (s.company, s.amount, s.round_type) for s in stakes} == {
        "Pelican Capital": ("Kestrel AI", 25e6, "Partial stake sale"),
        "Orchard Lane Partners": ("Kestrel AI", 25e6, "Stake purchase"),
    }


def test_part_of_a_holding_divested_is_no_money_raised_by_its_company(capsys, tmp_path):
    story = _story(
        "Divested",
        "Pelican Capital has divested part of its holding in Kestrel AI, selling shares to Orchard Lane Partners "
        "for $60 million.",
    )
    db = import_files(capsys, tmp_path, ("r1.txt", story))
    shown = run_ok(capsys, db, "show", "Kestrel AI")
    assert "Partial stake sale" in shown and "Stake purchase" in shown
    assert "raised" not in shown
    assert "partial sale" in run_ok(capsys, db, "show", "Pelican Capital")


# -- #4 the holder a stake is bought from sold part of its stake ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "company"),
    [
        ("Orchard Lane Partners acquired a minority stake in Kestrel AI from Pelican Capital for $30 million.",
         "en", "Kestrel AI"),
        ("Orchard Lane Partners acquired a minority stake in Kestrel AI for $30 million from Pelican Capital.",
         "en", "Kestrel AI"),
        ("Orchard Lane Partners bought from Pelican Capital a 10% stake in Kestrel AI for $30 million.", "en",
         "Kestrel AI"),
        ("Orchard Lane Partners a racheté une participation de 10 % dans Kestrel IA à Pelican Capital pour 30 "
         "millions d'euros.", "fr", "Kestrel IA"),
        ("Orchard Lane Partners a racheté à Pelican Capital une participation de 10 % dans Kestrel IA pour 30 "
         "millions d'euros.", "fr", "Kestrel IA"),
        ("Orchard Lane Partners a racheté une participation minoritaire dans Kestrel IA auprès de Pelican Capital "
         "pour 30 millions d'euros.", "fr", "Kestrel IA"),
        ("Orchard Lane Partners picked up a stake in Kestrel AI from Pelican Capital for $30 million.", "en",
         "Kestrel AI"),
        ("Orchard Lane Partners took a minority stake in Kestrel AI, buying shares from Pelican Capital for $30 "
         "million.", "en", "Kestrel AI"),
    ],
)  # fmt: skip
def test_the_holder_a_stake_is_bought_from_made_a_partial_stake_sale(sentence, language, company):
    stakes = of_kind(facts_of(sentence, language=language, published=STORY_DAY), "investment")
    assert {(s.investor, s.company, s.amount, s.round_type) for s in stakes} == {
        ("Orchard Lane Partners", company, 30e6, "Stake purchase"),
        ("Pelican Capital", company, 30e6, "Partial stake sale"),
    }


def test_a_stake_bought_from_unnamed_holders_names_no_seller():
    sentence = (
        "Orchard Lane Partners acquired a minority stake in Kestrel AI from its founders for $30 million."
    )
    stakes = of_kind(facts_of(sentence, published=STORY_DAY), "investment")
    assert [(s.investor, s.round_type) for s in stakes] == [("Orchard Lane Partners", "Stake purchase")]


def test_a_minority_stake_bought_in_french_is_a_stake_purchase_in_its_company():
    sentence = "Orchard Lane Partners a racheté une participation minoritaire dans Kestrel IA pour 30 millions d'euros."
    stakes = of_kind(facts_of(sentence, language="fr", published=STORY_DAY), "investment")
    assert [(s.investor, s.company, s.round_type) for s in stakes] == [
        ("Orchard Lane Partners", "Kestrel IA", "Stake purchase")
    ]


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
