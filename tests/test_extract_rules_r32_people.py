"""Round 32: a person named by a former employer's title is the backer, not that employer.

"former Petco executive Linda Marsh" in a list of a round's investors is Linda Marsh, and the firm she
worked for is no party of the round.
"""

from __future__ import annotations

from extract_helpers import facts_of, only

_ROUND = "Tallowby, a pet-insurance app, raised $6 million in seed funding led by Accel. "


def test_former_executive_of_a_firm_in_a_list_of_investors_is_the_person():
    text = _ROUND + "Investors in the round include Y Combinator and former Chewy executive Dana Kowal."
    assert only(facts_of(text), "round").investors == ["Accel", "Y Combinator", "Dana Kowal"]


def test_former_executive_alone_after_include_is_the_backer():
    text = _ROUND + "Angel investors in the round include former Chewy executive Dana Kowal."
    assert only(facts_of(text), "round").investors == ["Accel", "Dana Kowal"]
