"""A search hit's "raised …" is its company page's money raised, for every company: the summary takes
the page's rule (`queries.page_money`), so a stake in another currency folded into a round on the page
is not added again, and a stake in tranches counts its committed and conditional parts as the page does."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import import_files, private_default_db  # noqa: F401 (autouse fixture)

from ai_deals.store import Store
from ai_deals.store.money_raised import raised_text

from factories import make_source

SERIES_B = """title: Halcyon Labs raises $150 million Series B led by Albion Growth
date: 2022-06-07
publisher: The Ledger

LONDON - Halcyon Labs, the San Francisco-based AI model developer, has raised $150 million in a Series B round led by London investor Albion Growth, the company said on Tuesday.

Albion Growth put £40 million into the round, according to a person familiar with the matter. Northgate Ventures and Pelican Capital also participated.
"""
TRANCHES = """title: Nimbra Cloud to invest $300 million in Halcyon Labs, renews compute deal
date: 2023-01-20
publisher: TechWire

SEATTLE, Jan 20 (TechWire) - Nimbra Cloud will invest $300 million in Halcyon Labs, largely in the form of cloud compute credits, the companies said on Friday.

The investment comes in two tranches: $100 million now, and $200 million once Halcyon Labs reaches agreed model-performance milestones.
"""
STAKES = (
    '{"company": "Halcyon Labs", "investor": "Nimbra Cloud", "kind": "investment", "amount": 300000000,'
    ' "currency": "USD", "date": "2023-01-20", "round_type": "Corporate Round"}\n'
    '{"company": "Halcyon Labs", "investor": "Albion Growth", "kind": "investment", "amount": 40000000,'
    ' "currency": "GBP", "date": "2022-06-07", "round_type": "Series B"}\n'
    '{"company": "Vireo Silicon", "investor": "Sakura Partners", "kind": "investment", "amount": 2000000000,'
    ' "currency": "JPY", "date": "2024-02-08", "round_type": "Series B"}\n'
)
ROUNDS = """Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors,Investor Names
Halcyon Labs,Seed,4000000,USD,2019-04-10,Northgate Ventures,"Northgate Ventures, Pelican Capital"
Halcyon Labs,Series B,150000000,USD,2022-06-07,Albion Growth,"Albion Growth, Northgate Ventures, Pelican Capital"
Vireo Silicon,Series B,3000000000,JPY,2024-02-08,Sakura Partners,"Sakura Partners, Northgate VC"
"""


@pytest.fixture
def halcyon(capsys, tmp_path: Path):
    db = import_files(
        capsys,
        tmp_path,
        ("rounds.csv", ROUNDS),
        ("stakes.ndjson", STAKES),
        ("series-b.md", SERIES_B),
        ("tranches.md", TRANCHES),
    )
    store = Store.open(db)
    store.import_source(make_source())  # the sample article: a stake in tranches inside a round
    yield store
    store.close()


def summary_money(store: Store, company_id: int, name: str) -> str:
    """The "raised …" part of the company's search hit ('' when it tells none)."""
    (hit,) = [hit for hit in store.search(name) if hit.company_id == company_id]
    first = hit.summary.split(" · ")[0]
    return first if "raised" in first or "conditional" in first else ""


def test_every_search_hit_tells_the_money_raised_its_page_tells(halcyon):
    companies = halcyon.db.execute("SELECT id, name FROM companies ORDER BY id").fetchall()
    assert len(companies) > 5
    for company_id, name in companies:
        page = halcyon.company(company_id)
        assert summary_money(halcyon, company_id, name) == raised_text(
            page.raised, page.raised_conditional
        ), name


def test_a_stake_in_another_currency_folded_into_a_round_and_a_stake_in_tranches_count_as_on_the_page(
    halcyon,
):
    halcyon_labs = halcyon.find_company("Halcyon Labs")
    assert summary_money(halcyon, halcyon_labs.id, "Halcyon Labs") == "raised $254M (+ $200M conditional)"
