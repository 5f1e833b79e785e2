"""Follow-ups of session 25 (mend25a): a stake reduced to a share is part of a stake sold, not an exit; a
stake's tranches on the company page and `show` each beside their own condition; a valuation told with a
raise in talks is the valuation of the round in talks."""

from __future__ import annotations

from cli_helpers import import_files, run_ok  # noqa: F401 (autouse fixture private_default_db)

from ai_deals.store import Store
from ai_deals.store.graph import relationship_map

# -- #1 a stake reduced to a share is a partial sale ----------------------------------------------------------

REDUCTION = """\
title: Microsoft trims OpenAI stake
date: 2025-11-11
language: en

Microsoft trimmed its stake in OpenAI to 27% from 32%.
"""


def test_a_stake_reduced_to_a_share_is_a_partial_sale_on_portfolio_and_map(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("reduction.md", REDUCTION))
    timeline = run_ok(capsys, db, "timeline", "--company", "OpenAI")
    assert "Microsoft reduces its stake in OpenAI to 27%" in timeline
    portfolio = run_ok(capsys, db, "show", "Microsoft")
    assert "partial sale" in portfolio and "exit" not in portfolio
    store = Store.open(db)
    company = store.find_company("OpenAI")
    kinds = {edge.kind for edge in relationship_map(store.db, company.id).edges}
    assert "sells part of stake" in kinds and "sells stake" not in kinds
