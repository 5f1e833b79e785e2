"""A lead's describing aside does not end its list: "led by Amberline Capital (a London fund) and Index
Ventures" names two co-leads (qa32 item 13; importers/extract/facts.py `_DESCRIBING_ASIDE_AFTER_RE`)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, only

BOTH = ["Amberline Capital", "Index Ventures"]


@pytest.mark.parametrize(
    "aside",
    ["(a London fund)", "(formerly Oakfield Ventures)"],
)
def test_a_co_lead_after_the_leads_parenthesis_is_kept(aside):
    fact = only(
        facts_of(
            f"London-based Brennic has raised a £40m Series A led by Amberline Capital {aside} and Index Ventures."
        ),
        "round",
    )
    assert fact.lead_investors == BOTH
    assert fact.investors == BOTH


def test_a_co_lead_after_the_leads_parenthesis_is_kept_fr():
    fact = only(
        facts_of(
            "La start-up londonienne Brennic a levé 40 millions de livres lors d'une série A menée par Amberline "
            "Capital (ex-Oakfield Ventures) et Index Ventures.",
            language="fr",
        ),
        "round",
    )
    assert fact.lead_investors == BOTH
    assert fact.investors == BOTH
