"""Round 32: the French "argent frais" (new money) names a valuation's basis.

"avant l'argent frais" is pre-money, "argent frais compris" post-money; a figure compared with the first
("contre 90 M€ lors de sa précédente levée") does not take the first figure's basis.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind

_ROUND = "La start-up lyonnaise Moulinet lève 12 millions d'euros auprès de Serena. "


def _valuations(text: str) -> dict[float, str | None]:
    return {fact.amount: fact.basis for fact in of_kind(facts_of(text, language="fr"), "valuation")}


def test_avant_l_argent_frais_is_a_pre_money_valuation():
    text = (
        _ROUND
        + "L'opération valorise Moulinet à 70 millions d'euros avant l'argent frais, selon nos informations."
    )
    assert _valuations(text) == {70_000_000: "pre_money"}


def test_argent_frais_compris_is_a_post_money_valuation():
    text = _ROUND + "Le tour valorise la société à 82 millions d'euros, argent frais compris."
    assert _valuations(text) == {82_000_000: "post_money"}


def test_figure_compared_with_a_pre_money_one_keeps_no_basis():
    text = _ROUND + (
        "L'opération valorise la société 70 millions d'euros avant l'argent frais, contre 90 millions d'euros "
        "lors de sa précédente levée, menée en 2022."
    )
    assert _valuations(text) == {70_000_000: "pre_money", 90_000_000: None}
