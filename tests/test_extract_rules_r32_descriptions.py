"""Round 32: a company's description is a whole phrase about it, never a fragment of a sentence.

A phrase cut before its complement ("une start-up de", "fonds de capital-risque de") is no description;
what stands before "de <name>" is something of that name ("le laboratoire du CNRS"), not the name itself,
unless the name apposed after its owner is the thing described ("le fonds de X, X Ventures,"), whose
description then names the owner; a fronted clause of time ("Il y a un an, …") describes nothing.
"""

from __future__ import annotations

from extract_helpers import company_named

_ROUND = "La start-up rennaise Brindor lève 15 millions d'euros auprès de Serena. "


def _description(text: str, name: str) -> str | None:
    return company_named(text, name, "fr").description


def test_verb_phrase_before_de_name_does_not_describe_the_name():
    text = _ROUND + "Le groupe espère porter les ventes de Brindor à 40 millions d'euros d'ici 2028."
    assert _description(text, "Brindor") == "start-up rennaise"


def test_fund_apposed_after_its_owner_is_described_with_the_owner():
    text = _ROUND + "Le fonds d'investissement de Michelin, Michelin Ventures, participe aussi au tour."
    assert _description(text, "Michelin Ventures") == "fonds d'investissement de Michelin"


def test_description_cut_before_its_complement_is_not_kept():
    text = (
        _ROUND + "Le géant Safran a racheté Kaltor, une start-up de Sophia Antipolis qui conçoit des puces."
    )
    assert _description(text, "Kaltor") is None


def test_fronted_clause_of_time_is_no_description():
    text = _ROUND + "Il y a un an, la start-up avait bouclé un tour d'amorçage de 3 millions d'euros."
    assert _description(text, "Brindor") == "start-up rennaise"
