"""What a tester (qa46) found misread (fixH25): a figure an earlier report gave, or the raiser first targeted,
reworded ("Earlier reports had put the raise at £700 million", "above the $1.5 billion Bloomberg reported last
month", « Le Monde avait fait état en août d'une levée de 250 millions d'euros », "well above the $250 million
it initially targeted") is no round of its own and dates nothing; speculative wording ("could raise as much
as", "is nearing a deal to raise") and French rumours (« serait en négociations pour lever ») are in talks."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, run_ok  # noqa: F401 (autouse fixture private_default_db)
from extract_helpers import facts_of, of_kind

STORY_DAY = "2024-10-15"


# -- #2 an earlier report's or target's figure, reworded, is no round -------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Orca4 AI said on Tuesday it raised £900 million in a Series C round led by Albion Growth. Earlier "
         "reports had put the raise at £700 million.", "en"),
        ("Orca5 AI said on Tuesday it raised £900 million in a Series D round led by Albion Growth, above the "
         "£700 million Bloomberg reported last month.", "en"),
        ("Pike4 AI raised £900 million in a Series B led by Albion Growth. Reuters had reported in August that "
         "the company was raising £700 million.", "en"),
        ("Pike6 AI raised £900 million in a Series B led by Albion Growth, after earlier reports said it was "
         "raising at least £700 million.", "en"),
        ("Pike2 AI raised £900 million in a Series B led by Albion Growth, well above the £700 million it "
         "initially targeted.", "en"),
        ("Pike7 AI raised £900 million in a Series B led by Albion Growth, topping the £700 million figure "
         "reported by The Information in August.", "en"),
        ("Pike5 IA a levé 900 millions de livres en série B auprès d'Albion Growth. Le Monde avait fait état en "
         "août d'une levée de 700 millions de livres.", "fr"),
    ],
)  # fmt: skip
def test_an_earlier_report_s_or_target_s_figure_reworded_is_no_round_and_dates_nothing(text, language):
    rounds = of_kind(facts_of(text, language=language, published=STORY_DAY), "round")
    assert [(f.amount, f.date) for f in rounds] == [(9e8, STORY_DAY)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In September, The Information reported that Orca9 AI had raised $1.2 billion. On Tuesday Orca9 AI said "
         "it raised $1.5 billion in a Series C led by Albion Growth.", "en"),
        ("En septembre, Le Monde a rapporté qu'Orca9 IA avait levé 1,2 milliard d'euros. Mardi, Orca9 IA a annoncé "
         "avoir levé 1,5 milliard d'euros en série C.", "fr"),
    ],
)  # fmt: skip
def test_a_publisher_s_earlier_report_of_the_raise_told_again_is_one_raise(text, language):
    rounds = of_kind(facts_of(text, language=language, published=STORY_DAY), "round")
    assert [f.amount for f in rounds] == [1.5e9]


def test_a_publisher_s_report_of_an_older_raise_stays_its_own_round():
    text = (
        "In 2022, Reuters reported that Orca9 AI had raised $1.2 billion. On Tuesday Orca9 AI said it raised "
        "$1.5 billion in a Series C led by Albion Growth."
    )
    rounds = of_kind(facts_of(text, published=STORY_DAY), "round")
    assert sorted(f.amount for f in rounds) == [1.2e9, 1.5e9]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("La pépite nantaise Sterne2 IA boucle un tour de table de 8 millions d'euros mené par Albion Growth, deux "
         "ans après une première levée de 2 millions d'euros.", "fr"),
        ("Sterne2 AI closed an €8 million round led by Albion Growth, two years after a first raise of €2 "
         "million.", "en"),
    ],
)  # fmt: skip
def test_a_first_raise_told_years_before_the_news_is_dated_those_years_before(sentence, language):
    rounds = of_kind(facts_of(sentence, language=language, published="2024-11-05"), "round")
    assert [(f.amount, f.date) for f in rounds] == [(8e6, "2024-11-05"), (2e6, "2022")]


# -- #3 speculative wording and French rumours are rounds in talks ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "amount"),
    [
        ("Ibis6 AI could raise as much as $800 million in a round that may be led by Albion Growth.", "en", 8e8),
        ("Ibis4 AI is nearing a deal to raise $1 billion led by Albion Growth, people familiar said.", "en", 1e9),
        ("Ibis2 IA serait en négociations pour lever 300 millions d'euros, selon plusieurs sources.", "fr", 3e8),
        ("Ibis5 IA discute d'une levée de fonds de 200 millions d'euros avec Albion Growth, selon Les Échos.",
         "fr", 2e8),
        ("Selon nos informations, Ibis7 IA est en pourparlers avancés pour boucler un tour de table de 150 "
         "millions d'euros.", "fr", 1.5e8),
    ],
)  # fmt: skip
def test_speculative_wording_and_french_rumours_are_rounds_in_talks(sentence, language, amount):
    rounds = of_kind(facts_of(sentence, language=language, published=STORY_DAY), "round")
    assert [(f.amount, f.status) for f in rounds] == [(amount, "in_talks")]


def test_a_round_that_could_be_raised_is_in_talks_on_the_timeline_and_not_counted(capsys, tmp_path):
    story = (
        "title: Could raise\ndate: 2024-09-03\npublisher: TestWire\n\nIbis6 AI could raise as much as $800 million "
        "in a round that may be led by Albion Growth.\n"
    )
    db = import_files(capsys, tmp_path, ("r6.txt", story))
    assert "raises ≤$800M (in talks)" in run_ok(capsys, db, "timeline", "--company", "Ibis6 AI")
    assert "raised $800M" not in run_ok(capsys, db, "show", "Ibis6 AI")
