"""A deal file's stake sales, exits and secondaries are stakes changing hands, never money raised."""

from __future__ import annotations

from cli_helpers import import_deals, private_default_db, run_ok  # noqa: F401 (private_default_db: autouse)

from ai_deals.importers.structured import iter_deal_rows

KINDLESS_SALES = (
    "company,date,amount,currency,round_type,investors\n"
    "Nvidia,2025-10-15,5830000000,USD,Stake sale,SoftBank\n"
    "Nvidia,2019-01-15,3600000000,USD,Exit,SoftBank\n"
    "Zeta AI,2024-02-01,20000000,USD,Secondary,Vantor Capital\n"
    "Zeta AI,2024-03-01,10000000,USD,Stake purchase,Vantor Capital\n"
    "Zeta AI,2024-04-01,10000000,USD,secondary_sale,Vantor Capital\n"
)


def test_kindless_sale_exit_and_secondary_rows_are_investments_not_rounds(tmp_path):
    path = tmp_path / "sale.csv"
    path.write_text(KINDLESS_SALES, encoding="utf-8")
    kinds = [row.kind for row in iter_deal_rows(path)]
    assert kinds == ["investment"] * 5


def test_a_round_kind_row_typed_stake_sale_is_still_an_investment(tmp_path):
    path = tmp_path / "sale.csv"
    path.write_text(
        "kind,company,date,amount,currency,round_type,investors\nround,Nvidia,2025-10-15,5830000000,USD,Exit,SoftBank\n",
        encoding="utf-8",
    )
    assert [row.kind for row in iter_deal_rows(path)] == ["investment"]


def test_show_counts_no_money_raised_for_a_kindless_file_of_sales(capsys, tmp_path):
    db = import_deals(capsys, tmp_path, KINDLESS_SALES)
    for company in ("Nvidia", "Zeta AI"):
        out = run_ok(capsys, db, "show", company)
        assert "raised $" not in out, out


def test_a_secondary_round_of_several_buyers_is_not_money_raised(capsys, tmp_path):
    db = import_deals(
        capsys,
        tmp_path,
        "kind,company,date,amount,currency,round_type,investors\n"
        "round,Zeta AI,2024-02-01,20000000,USD,Secondary,Vantor Capital; Accel\n"
        "round,Zeta AI,2024-06-01,50000000,USD,Series A,Accel\n",
    )
    out = run_ok(capsys, db, "show", "Zeta AI")
    assert "raised $50M" in out, out
