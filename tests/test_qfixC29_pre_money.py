"""A pre-money and a post-money valuation of one raise that agree through the round's amount ("€10B
(pre-money)" and a €1.7B round make "€11.7B (post-money)") are one valuation told before and after the
money, no conflict; they conflict when pre-money plus the amount is not the other figure."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db  # noqa: F401  (autouse)

from ai_deals.cli import main
from ai_deals.store import Store

HEADER = "company,investors,round_type,amount,currency,date,pre_money_valuation,post_money_valuation,source_url,publisher"


def conflicts(tmp_path: Path, *rows: str) -> list[str]:
    deals = tmp_path / "deals.csv"
    deals.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    db = tmp_path / "v.db"
    assert main(["--db", str(db), "--empty", "import", str(deals)]) == 0
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Zorvane").id)
    return [c.what for c in page.conflicts]


def test_pre_money_plus_the_rounds_amount_equal_to_post_money_is_no_conflict(tmp_path):
    assert "valuation 2025-09-09" not in conflicts(
        tmp_path,
        "Zorvane,Bar,Series C,1700000000,EUR,2025-09-09,10000000000,,https://vendor.example/z,Vendor",
        "Zorvane,Bar,Series C,1700000000,EUR,2025-09-09,,11700000000,https://wire.example/z,Wire",
    )


def test_pre_money_plus_the_amount_within_rounding_of_the_post_money_is_no_conflict(tmp_path):
    # "$2.95B" pre-money and $300M raised: a wire's $3.26B post-money is that figure rounded (within 1%).
    assert "valuation 2025-12-01" not in conflicts(
        tmp_path,
        "Zorvane,Bar,Series B,300000000,USD,2025-12-01,2950000000,,https://vendor.example/z,Vendor",
        "Zorvane,Bar,Series B,300000000,USD,2025-12-01,,3260000000,https://wire.example/z,Wire",
    )


def test_pre_money_that_does_not_add_up_to_the_post_money_is_still_a_conflict(tmp_path):
    assert "valuation 2025-09-09" in conflicts(
        tmp_path,
        "Zorvane,Bar,Series C,1700000000,EUR,2025-09-09,10000000000,,https://vendor.example/z,Vendor",
        "Zorvane,Bar,Series C,1700000000,EUR,2025-09-09,,12500000000,https://wire.example/z,Wire",
    )
