"""Every row of a company page's rounds table keeps the same columns at 80×24 and at 120×40: a
pre-money valuation ("valued €5.2B pre-money") no longer widens its own row's valuation column,
which pushed that row's investors out of line with the others'; its words give way, its figure never."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from ai_deals.store.models import Round
from ai_deals.tui.app import DealsApp
from ai_deals.tui.fact_words import valued_label_within
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import rounds_store, settle, shown_lines

ROUNDS = (
    "kind,company,investor,amount,currency,round_type,date,valuation,basis\n"
    "round,Zetalia,Acap,20000000,EUR,Series A,2023-01-10,,\n"
    "round,Zetalia,Bcap,100000000,EUR,Series B,2024-01-10,900000000,post_money\n"
    "round,Zetalia,Ccap,600000000,EUR,Series C,2025-06-10,5200000000,pre_money\n"
    "round,Zetalia,Dcap,900000000,EUR,Series D,2026-02-10,12500000000,pre_money\n"
)
INVESTORS = ("Acap", "Bcap", "Ccap", "Dcap")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_every_round_row_keeps_its_columns_and_whole_valuation_figures(tmp_path: Path, size):
    with rounds_store(tmp_path, ROUNDS) as store:
        app = DealsApp(store)
        async with app.run_test(size=size) as pilot:
            app.open_company(store.find_company("Zetalia").id, "Zetalia")
            await settle(pilot)
            lines = shown_lines(app.screen.query_one("#page", VirtualList))
    rows = {name: next(line for line in lines if line.endswith(name)) for name in INVESTORS}
    # The investors' column starts at the same cell on every row, and no row is wider than another.
    starts = {name: cell_len(line[: line.index(name)]) for name, line in rows.items()}
    assert len(set(starts.values())) == 1, rows
    assert len({cell_len(line) for line in rows.values()}) == 1, rows
    assert "valued €900M " in rows["Bcap"]
    assert "€5.2B pre-money " in rows["Ccap"]
    assert "€12.5B pre " in rows["Dcap"]  # the figure whole: the words give way


def _round(value: float, basis: str | None, currency: str = "EUR", bound: str | None = None) -> Round:
    pre = basis == "pre_money"
    return Round(
        id=1,
        company_id=1,
        company="Zetalia",
        amount=1e8,
        currency=currency,
        post_money_valuation=None if pre else value,
        pre_money_valuation=value if pre else None,
        valuation_basis=basis,
        valuation_bound=bound,
        pre_money_valuation_bound=bound if pre else None,
    )


@pytest.mark.parametrize(
    ("value", "basis", "cells", "said"),
    [
        (5.2e9, "pre_money", 22, "valued €5.2B pre-money"),
        (5.2e9, "pre_money", 15, "€5.2B pre-money"),
        (1.25e10, "pre_money", 15, "€12.5B pre"),
        (1.25e10, "pre_money", 9, "€12.5B p…"),
        (1.25e10, "pre_money", 7, "€12.5B…"),
        (1.25e10, "pre_money", 5, "€12.5B"),
        (9e8, None, 15, "valued €900M"),
        (9e8, "post_money", 8, "€900M"),
        (9e8, "post_money", 3, "€900M"),
    ],
)
def test_a_valuation_label_gives_up_words_before_its_figure(value, basis, cells, said):
    assert valued_label_within(_round(value, basis), cells) == said


def test_no_valuation_says_nothing():
    assert valued_label_within(_round(0, None).model_copy(update={"post_money_valuation": None}), 15) == ""
