"""What a tester (qa46) found misread (fixH25): a figure an earlier report gave, or the raiser first targeted,
reworded ("Earlier reports had put the raise at £700 million", "above the $1.5 billion Bloomberg reported last
month", « Le Monde avait fait état en août d'une levée de 250 millions d'euros », "well above the $250 million
it initially targeted") is no round of its own and dates nothing; speculative wording ("could raise as much
as", "is nearing a deal to raise") and French rumours (« serait en négociations pour lever ») are in talks."""

from __future__ import annotations

import pytest
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
