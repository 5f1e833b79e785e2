"""An export imported into a new database groups as the database it came from: a raise (or a stake)
two sources tell is two export rows, one per source, each carrying its source (URL, title, publisher,
date); imported back, they are one round again, with the same sources, totals, search summary,
`show`, chart and conflicts. A whole export and a company's (what the explorer's `e` writes) alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import private_default_db  # noqa: F401  (autouse)

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.widgets.charts import funding_bars

ROOT = Path(__file__).resolve().parent.parent
FT = ROOT / "tests" / "fixtures" / "articles_holdout68" / "en_ft_ledgerline.txt"
DEALS = """company,investors,lead_investor,round_type,raised_amount,currency,date,source_url,source_title,publisher,published
Ledgerline,Tiger Global; Index Ventures,Tiger Global,Series C,120000000,USD,2021-06-08,https://dealroom.example/ledgerline,Ledgerline Series C,Dealroom,2021-06-10
Ledgerline,QED Investors,QED Investors,Series A,12000000,USD,2024,,,,
Ledgerline,QED Investors,QED Investors,Series A,12000000,USD,2024-05,,,,
OpenAI,Amazon; Nvidia; SoftBank,,,110000000000,USD,2026-02-27,https://cb.example/openai,OpenAI round,Crunchbase,2026-02-28
"""
STAKE = """company,investor,kind,amount,currency,date,source_url
OpenAI,Amazon,investment,50000000000,USD,2026-02-27,https://example.com/amazon
"""


def cli(*argv: str) -> None:
    assert main(list(argv)) == 0


@pytest.fixture
def original(tmp_path: Path, capsys) -> Path:
    """The seed article (OpenAI's $110B round and Amazon's $50B), the FT's Ledgerline Series C, and
    deal files telling them again (a Dealroom row of the Series C, a Crunchbase row of OpenAI's round,
    a row of Amazon's stake), plus two rows of one file's own Series A (one file telling two)."""
    deals, stake = tmp_path / "deals.csv", tmp_path / "stake.csv"
    deals.write_text(DEALS, encoding="utf-8")
    stake.write_text(STAKE, encoding="utf-8")
    db = tmp_path / "original.db"
    cli("--db", str(db), "import", str(FT), str(deals), str(stake))
    capsys.readouterr()
    return db


def told(db: Path, name: str) -> dict:
    """What a reader sees of `name`: its rounds and stakes as its page lists them, with their sources,
    its conflicts, its chart's bars and its search summary."""
    with Store(db, readonly=True) as store:
        company = store.find_company(name)
        page = store.company(company.id)
        (hit,) = [hit for hit in store.search(name) if hit.company_id == company.id]
        return {
            "rounds": [(r.date, r.amount, r.source_count, sorted(r.investors)) for r in page.rounds],
            "stakes": sorted((s.investor, s.amount, s.date, s.source_count) for s in page.investors),
            "conflicts": [(c.what, c.values) for c in page.conflicts],
            "chart": [(bar.label, bar.amount_text, bar.marker_text) for bar in funding_bars(page)],
            "summary": hit.summary,
        }


def show(db: Path, name: str, capsys, monkeypatch) -> dict[str, str]:
    """The tables `ai-deals show NAME` prints of the rounds, investors and rounds joined (not the
    words or the files they were read from, which are the export's rows now)."""
    monkeypatch.setenv("COLUMNS", "250")
    capsys.readouterr()
    cli("--db", str(db), "show", name)
    tables: dict[str, str] = {}
    title = ""
    for line in capsys.readouterr().out.splitlines():
        if line.strip() and line.strip()[0] not in "┏┃┡│└":
            title = line.strip()
        elif title in ("Rounds", "Investors", "Portfolio", "Rounds joined"):
            tables[title] = tables.get(title, "") + line + "\n"
    return tables


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("scope", [(), ("--company", "Ledgerline")])
def test_an_export_imported_into_a_new_database_groups_each_raise_as_before(
    original, tmp_path, capsys, monkeypatch, fmt, scope
):
    export = tmp_path / f"export.{fmt}"
    cli("--db", str(original), "export", "--out", str(export), *scope)
    copy = tmp_path / "copy.db"
    cli("--db", str(copy), "--empty", "import", str(export))
    names = ["Ledgerline", "Index Ventures"] + ([] if scope else ["OpenAI", "Amazon"])
    for name in names:
        assert told(copy, name) == told(original, name), name
        assert show(copy, name, capsys, monkeypatch) == show(original, name, capsys, monkeypatch), name
    assert show(copy, "Ledgerline", capsys, monkeypatch)["Rounds"].count("2 sources") == 1
    ledgerline = told(copy, "Ledgerline")
    assert [r[:3] for r in ledgerline["rounds"]] == [
        ("2019-09", 35e6, 1),
        ("2021-06-08", 120e6, 2),  # the Dealroom row and the FT: one round, two sources
        ("2024", 12e6, 1),  # one file's two rows of a year: two raises it tells
        ("2024-05", 12e6, 1),
    ]
    assert ledgerline["summary"].startswith("raised $179M")
    if not scope:
        (openai,) = told(copy, "OpenAI")["rounds"]
        assert openai[:3] == ("2026-02-27", 110e9, 2)
        assert ("Amazon", 50e9, "2026-02-27", 2) in told(copy, "OpenAI")["stakes"]
