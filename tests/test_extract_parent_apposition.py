"""An apposition saying whose vehicle a backer is names no backer: "CapitalG, Alphabet's growth fund".

Alphabet (Google) is the fund's owner, not a party to the round, wherever the apposition sits: before the
next name of the list, closing the clause, or closing the sentence.
"""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, only


@pytest.mark.parametrize(
    "text",
    [
        "Ferrix AI raised $50 million from CapitalG, Alphabet's growth fund, and Sequoia.",
        "Ferrix AI raised $50 million from Sequoia and CapitalG, Alphabet's growth fund.",
        "Ferrix AI raised $50 million in a round led by Sequoia and CapitalG, Alphabet's growth fund.",
        "Ferrix AI raised $50 million from Sequoia and CapitalG, Alphabet's growth fund; the round closed in May.",
    ],
)
def test_the_owner_named_in_a_backers_apposition_is_no_backer(text):
    fact = only(facts_of(text), "round")
    assert set(fact.investors) == {"Sequoia Capital", "CapitalG"}
    assert "Google" not in fact.lead_investors


def test_a_lead_described_by_its_owner_at_the_end_of_the_sentence_is_the_only_lead():
    fact = only(facts_of("Ferrix AI raised $50 million led by CapitalG, Alphabet's growth fund."), "round")
    assert (fact.investors, fact.lead_investors) == (["CapitalG"], ["CapitalG"])


def test_a_reporting_backer_described_by_its_owner_adds_no_owner():
    text = "Ferrix AI raised $50 million in a round led by Sequoia, said CapitalG, Alphabet's growth fund."
    fact = only(facts_of(text), "round")
    assert "Google" not in fact.investors


@pytest.mark.parametrize(
    "text",
    [
        "Ferrix AI raised $50 million from Sequoia and Alphabet's growth fund CapitalG.",
        "Ferrix AI raised $50 million from Alphabet's growth fund CapitalG and Sequoia.",
    ],
)
def test_an_owners_fund_named_after_its_kind_is_the_backer_not_the_owner(text):
    """The descriptor may stand before the fund's name too: "Alphabet's growth fund CapitalG"."""
    fact = only(facts_of(text), "round")
    assert set(fact.investors) == {"Sequoia Capital", "CapitalG"}
