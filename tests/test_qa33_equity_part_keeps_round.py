"""A round whose next sentence splits it into equity and debt (« lève 600 millions d'euros lors d'une série B menée
par General Catalyst. … Le tour se compose de 450 M€ en fonds propres et de 150 M€ de dette ») is the equity part
alone, and it is still the Series B its total was, led and backed by those the total named (qa33: Tavrin's round
became a €450M round of no type and no investors)."""

from __future__ import annotations

from extract_helpers import facts_of, only

TAVRIN = (
    "La start-up parisienne Tavrin, qui développe des grands modèles de langage, lève 600 millions d'euros lors "
    "d'une série B menée par General Catalyst. Nvidia et Samsung participent au tour.\n\n"
    "Le tour se compose de 450 M€ en fonds propres et de 150 M€ de dette."
)


def test_the_equity_part_of_a_round_keeps_its_type_and_backers():
    round_ = only(facts_of(TAVRIN, "fr"), "round")
    assert (round_.amount, round_.currency) == (450e6, "EUR")
    assert round_.round_type == "Series B"
    assert round_.lead_investors == ["General Catalyst"]
    assert set(round_.investors) == {"General Catalyst", "Nvidia", "Samsung"}


def test_the_equity_part_keeps_its_own_backers_and_not_the_lenders():
    text = (
        "Tavrin, une start-up parisienne, annonce une levée de 25 M€ menée par Elaia. Le montant se décompose en "
        "10 M€ de fonds propres, apportés par Serena, et en 15 M€ de dette bancaire souscrite auprès du Crédit "
        "Agricole."
    )
    round_ = only(facts_of(text, "fr"), "round")
    assert round_.amount == 10e6
    assert round_.investors == ["Serena"]
