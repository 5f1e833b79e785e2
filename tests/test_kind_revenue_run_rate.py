"""Session 22 (mendE22): `--kind revenue` keeps revenue run-rate figures too.

The article importer writes "an annualized revenue run-rate of $12 million" as metric
`annualized_revenue_run_rate`: revenue, which `--kind revenue` left out."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import import_deals, run

DEALS = """kind,company,investors,amount,currency,date,round_type,metric
revenue,Gamma Robotics,,7000000,USD,2024,,
metric,Omega AI,,12000000,USD,2024-05,,annualized_revenue_run_rate
valuation,Beta Labs,,900000000,USD,2024-02,,
"""


def test_kind_revenue_keeps_revenue_and_its_run_rate(capsys, tmp_path: Path):
    db = import_deals(capsys, tmp_path, DEALS)
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "json", "--kind", "revenue")
    assert code == 0, err
    records = [r for r in json.loads(out)["records"] if r["record_type"] != "company"]
    assert sorted((r["company"], r["kind"]) for r in records) == [
        ("Gamma Robotics", "revenue"),
        ("Omega AI", "annualized_revenue_run_rate"),
    ]


def test_kind_revenue_keeps_a_monthly_recurring_revenue(capsys, tmp_path: Path):
    deals = DEALS + "metric,Zorgly,,2000000,USD,2024-06,,monthly_recurring_revenue\n"
    db = import_deals(capsys, tmp_path, deals)
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "json", "--kind", "revenue")
    assert code == 0, err
    records = [r for r in json.loads(out)["records"] if r["record_type"] != "company"]
    assert ("Zorgly", "monthly_recurring_revenue") in {(r["company"], r["kind"]) for r in records}
