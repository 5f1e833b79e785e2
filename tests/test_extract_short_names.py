"""A name met before, and another name opening with the same word.

"Mifinnor Capital" met first made the later "Mifinnor Chips" read as "Mifinnor" (its short form) and
"Chips": the investor came out as `Chips`. A first word followed, a space away, by a capitalised word
that does not continue the name met before opens another name; "Peak XV" still stands for "Peak XV
Partners".
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind

CHIPS = (
    "La transaction conclue avec Mifinnor Capital permet à Ranortor AI de diversifier ses partenariats.\n\n"
    "Le géant américain Lobello Capital va investir 50 milliards de dollars dans le créateur de Vexrara AI "
    "Chat, tandis que le spécialiste américain des puces Mifinnor Chips et le groupe japonais Zentormi "
    "Bank apportent chacun 30 milliards."
)


def test_a_name_opening_with_the_first_word_of_one_met_before_is_another_name_not_its_short_form():
    investors = {f.investor for f in of_kind(facts_of(CHIPS, "fr"), "investment") if f.amount == 30e9}
    assert "Chips" not in investors and "Mifinnor Capital" not in investors
    assert "Mifinnor Chips" in investors


def test_a_short_form_followed_by_the_next_word_of_its_name_is_still_that_name():
    text = (
        "KrishiFlow has raised Rs 320 crore in a Series C round co-led by Peak XV Partners and Elevation "
        "Capital.\n\nPeak XV alone has invested Rs 120 crore in the round."
    )
    stakes = of_kind(facts_of(text), "investment")
    assert {(f.investor, f.amount) for f in stakes} >= {("Peak XV Partners", 1_200_000_000)}
