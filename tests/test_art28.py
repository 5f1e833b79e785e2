"""English article phrasings that read wrong (issue 4's extractor): a fund an investor closed with its day or a
comma before its size, a grant given by the EU or told passively, several sellers behind one aside, a stake
"bought out" of a named company, and words for unnamed backers ("angels", "other investors") that name no one."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind

from ai_deals.importers.models import FUND_CLOSED


@pytest.mark.parametrize(
    "text",
    [
        "Index Ventures closed its fund Thursday at $500 million.",
        "Index Ventures has closed its sixth fund at $500 million.",
        "Index Ventures has closed its latest fund, at $500 million, the firm said.",
        "Index Ventures closed its third fund on Friday at $500 million.",
    ],
)
def test_a_fund_closed_with_its_day_or_a_comma_before_its_size_is_the_investors_fund(text):
    facts = facts_of(text)
    assert not of_kind(facts, "round"), [f.model_dump(exclude_defaults=True) for f in facts]
    [fund] = of_kind(facts, "metric")
    assert (fund.company, fund.metric, fund.amount, fund.currency) == (
        "Index Ventures",
        FUND_CLOSED,
        500e6,
        "USD",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tessera AI closed its Series B at $50 million.",
        "Tessera AI closed its Series B Thursday at $50 million.",
    ],
)
def test_a_startup_closing_its_series_at_a_sum_is_still_its_round(text):
    [round_] = of_kind(facts_of(text), "round")
    assert (round_.company, round_.amount, round_.round_type) == ("Tessera AI", 50e6, "Series B")
    assert not of_kind(facts_of(text), "metric")
