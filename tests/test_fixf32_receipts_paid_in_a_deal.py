"""Session 32 (fixf32): money received from an investor as the price or proceeds of a deal is no round.

"Zorglab will receive $30 million from Accel" reads as funding (text32), but not when the clause says the money
comes with an acquisition, a tender offer, fees, dividends or the sale of a unit.
"""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zorglab will receive $30 million from Accel as part of the acquisition.", "en"),
        ("Zorglab will receive $30 million from Andreessen Horowitz in management fees.", "en"),
        ("Zorglab will receive $30 million from Accel after selling its robotics unit to it.", "en"),
        ("Zorglab will receive $30 million from Accel in the buyout.", "en"),
        ("Zorglab will receive $30 million from Accel under the merger agreement.", "en"),
        ("Zorglab will receive $30 million from Sequoia Capital in a tender offer.", "en"),
        ("Zorglab will receive $30 million from Accel in dividends.", "en"),
        ("Zorglab recevra 30 millions d'euros d'Elaia Partners dans le cadre du rachat.", "fr"),
        ("Zorglab recevra 30 millions d'euros d'Elaia Partners dans le cadre de l'acquisition.", "fr"),
        ("Zorglab recevra 30 millions d'euros d'Elaia Partners au titre des frais de gestion.", "fr"),
    ],
)
def test_sum_received_from_an_investor_in_a_deal_is_no_round(text, language):
    assert of_kind(facts_of(text, language), "round") == []
