"""Follow-ups of session 25 (mend25a): a stake reduced to a share is part of a stake sold, not an exit; a
stake's tranches on the company page and `show` each beside their own condition; a valuation told with a
raise in talks is the valuation of the round in talks."""

from __future__ import annotations

import json

from cli_helpers import (  # noqa: F401 (autouse fixture private_default_db)
    import_files,
    map_edge_kinds,
    run_ok,
    timeline_and_page,
)

from ai_deals.store import Store

# -- #1 a stake reduced to a share is a partial sale ----------------------------------------------------------

REDUCTION = """\
title: Microsoft trims OpenAI stake
date: 2025-11-11
language: en

Microsoft trimmed its stake in OpenAI to 27% from 32%.
"""


def test_a_stake_reduced_to_a_share_is_a_partial_sale_on_portfolio_and_map(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("reduction.md", REDUCTION))
    timeline, portfolio = timeline_and_page(capsys, db, "OpenAI", page_of="Microsoft")
    assert "Microsoft reduces its stake in OpenAI to 27%" in timeline
    assert "partial sale" in portfolio and "exit" not in portfolio
    kinds = map_edge_kinds(db, "OpenAI")
    assert "sells part of stake" in kinds and "sells stake" not in kinds


# -- #2 each tranche's amount beside its own condition, on the page and in `show` --------------------------

TRANCHES = """\
title: Nimbra Cloud to invest $300 million in Halcyon Labs
date: 2023-01-20
publisher: TechWire

SEATTLE, Jan 20 (TechWire) - Nimbra Cloud will invest $300 million in Halcyon Labs, largely in the form of \
cloud compute credits, the companies said on Friday.

The investment comes in two tranches: $100 million now, and $200 million once Halcyon Labs reaches agreed \
model-performance milestones.
"""
MILESTONES = "once Halcyon Labs reaches agreed model-performance milestones"
PAIRED = f"$100M committed (2023-01-20) · $200M conditional: {MILESTONES}"


def test_show_pairs_each_tranche_s_amount_with_its_own_condition(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")
    db = import_files(capsys, tmp_path, ("nimbra.md", TRANCHES))
    page = run_ok(capsys, db, "show", "Halcyon Labs")
    (row,) = [line for line in page.splitlines() if "Nimbra Cloud" in line and "$300M" in line]
    assert PAIRED in row
    assert "$100 million" not in row, "no first tranche's words beside the second's condition"
    assert row.count(MILESTONES) == 1


def test_the_company_page_pairs_each_tranche_s_amount_with_its_own_condition(capsys, tmp_path):
    from ai_deals.tui.screens.company_rows import stake_row

    db = import_files(capsys, tmp_path, ("nimbra.md", TRANCHES))
    with Store(db, readonly=True) as store:
        (stake,) = store.company(store.find_company("Halcyon Labs").id).investors
    row = "".join(text for text, _, _ in stake_row(stake, outgoing=False).pieces)
    assert f"tranches: {PAIRED}" in row
    assert "tranche: $100 million" not in row and f"condition: {MILESTONES}" not in row


# -- #3 a valuation told with a raise in talks is the valuation of the round in talks ----------------------

RUMOUR = """\
title: Halcyon Labs in talks to raise $1.2bn, sources say
date: 2024-09-03
publisher: The Compute Letter

Halcyon Labs is in talks to raise $1.2bn in a new funding round that would value the AI lab at about $8bn, \
according to people familiar with the matter.
"""
RAISED = """\
title: Halcyon Labs raises $1.2bn
date: 2024-09-03
publisher: The Compute Letter

Halcyon Labs has raised $1.2bn in a new funding round that values the AI lab at about $8bn.
"""


def test_a_valuation_told_with_a_raise_in_talks_says_so_on_the_timeline_show_and_export(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("rumour.md", RUMOUR))
    timeline, page = timeline_and_page(capsys, db, "Halcyon Labs")
    assert "Halcyon Labs valuation: ~$8B (in talks)" in timeline
    assert "~$8B (in talks)" in page
    exported = json.loads(run_ok(capsys, db, "export", "--format", "json"))["records"]
    (valuation,) = [row for row in exported if row["kind"] == "valuation"]
    assert valuation["status"] == "in_talks"


def test_the_company_page_and_chart_tell_a_valuation_of_a_raise_in_talks(capsys, tmp_path):
    from ai_deals.tui.screens.company_rows import valuation_row
    from ai_deals.tui.widgets.charts import funding_bars

    db = import_files(capsys, tmp_path, ("rumour.md", RUMOUR))
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Halcyon Labs").id)
    (valuation,) = page.metrics
    assert "in talks" in "".join(text for text, _, _ in valuation_row(valuation).pieces)
    (bar,) = funding_bars(page)
    assert bar.marker_text == "valued ~$8B (in talks)"


def test_a_valuation_told_with_a_raise_made_is_no_valuation_in_talks(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("raised.md", RAISED))
    timeline = run_ok(capsys, db, "timeline", "--company", "Halcyon Labs")
    assert "Halcyon Labs valuation: ~$8B" in timeline and "in talks" not in timeline
    with Store(db, readonly=True) as store:
        (valuation,) = store.company(store.find_company("Halcyon Labs").id).metrics
    assert valuation.status is None
