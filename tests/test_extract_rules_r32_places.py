"""Round 32: a place a company is said to be set up in is a place, even when the participle opens the sentence.

"Installée au cœur du parc Technopole, à Vauxmont, la jeune pousse Kardiel…": Vauxmont is where the start-up
is, never an organisation that the description "la jeune pousse" would be apposed to.
"""

from __future__ import annotations

from extract_helpers import facts_of, only

_TEXT = (
    "Installée au cœur du parc Technopole, à Vauxmont, la jeune pousse Kardiel vient de franchir un cap. "
    "Elle a bouclé une levée de fonds de 7 millions d'euros auprès de Serena."
)


def test_place_after_an_opening_participle_and_a_closer_spot_is_no_organisation():
    round_ = only(facts_of(_TEXT, language="fr"), "round")
    assert (round_.company, round_.amount) == ("Kardiel", 7_000_000)


def test_place_after_an_opening_participle_is_no_organisation():
    text = _TEXT.replace("au cœur du parc Technopole, à Vauxmont", "à Vauxmont")
    round_ = only(facts_of(text, language="fr"), "round")
    assert (round_.company, round_.amount) == ("Kardiel", 7_000_000)
