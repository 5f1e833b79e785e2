"""`export --company ''` (or blank) is refused as `--investor ''` is, never taken for no --company and
the whole database exported (qh29 #3); `timeline` the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import import_deals, run

DEALS = """kind,company,investors,amount,currency,date,round_type,metric
round,Alpha AI,Vantor Capital,10000000,USD,2024-01-02,Seed,
"""


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    return import_deals(capsys, tmp_path, DEALS)


@pytest.mark.parametrize("command", ["export", "timeline"])
@pytest.mark.parametrize("name", ["", "   "])
def test_a_blank_company_is_refused_in_one_line_and_nothing_is_written(capsys, db, command, name):
    code, out, err = run(capsys, "--db", str(db), command, "--company", name)
    assert code != 0
    assert out == ""
    assert err.strip() == "ai-deals: error: --company: no name given"


def test_a_blank_company_is_refused_as_a_blank_investor_is(capsys, db):
    investor = run(capsys, "--db", str(db), "export", "--investor", "")
    company = run(capsys, "--db", str(db), "export", "--company", "")
    assert company[0] == investor[0]
