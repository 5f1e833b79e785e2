"""A raise still in talks and money promised on a condition are told so wherever a round or a stake is
described: the timeline (CLI and explorer), the map, the company page's rows, `show`, the chart and
Markdown exports, in the words `show` uses ("in talks", "conditional"). A tester's Poolside story
(qa35) read as if $2B had been raised and Nvidia had invested."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import (
    private_default_db,  # noqa: F401 (autouse: no command touches the default db)
    run,
)

from ai_deals.store import Store
from ai_deals.store.formatting import status_label, status_words
from ai_deals.tui.screens.company_rows import round_investor_row, round_row, stake_row
from ai_deals.tui.screens.relationship_map import relation_text
from ai_deals.tui.widgets.charts import funding_bars

POOLSIDE = Path(__file__).parent / "fixtures" / "qa35" / "a3-poolside.html"


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    path = tmp_path / "poolside.db"
    code, _, err = run(capsys, "--db", str(path), "--empty", "import", str(POOLSIDE))
    assert code == 0, err
    return path


@pytest.fixture
def store(db: Path):
    with Store.open(db) as store:
        yield store


def _row_text(row) -> str:
    return "".join(text for text, _, _ in row.pieces)


def test_status_words_are_those_show_uses():
    assert status_words("in_talks") == "in talks"
    assert status_words("conditional") == "conditional"
    assert [status_words(s) for s in ("announced", "completed", "committed", "cumulative", None)] == [""] * 5
    assert status_label("in_talks") == "in talks" and status_label(None) == ""


def test_the_timeline_says_a_raise_is_in_talks_and_an_investment_conditional(capsys, db):
    code, out, _ = run(capsys, "--db", str(db), "timeline", "--json")
    assert code == 0
    assert '"title": "Poolside raises $2B (in talks)"' in out
    assert '"title": "Nvidia invests ≤$1B in Poolside (conditional)"' in out
    assert '"title": "Poolside raises $500M (Series B) from Bain Capital Ventures"' in out  # raised: no words


def test_the_company_timeline_says_so_too(store):
    titles = [event.title for event in store.timeline(store.find_company("Poolside").id)]
    assert "Poolside raises $2B (in talks)" in titles
    assert "Nvidia invests ≤$1B in Poolside (conditional)" in titles


def test_the_map_says_an_investment_is_conditional(store):
    poolside = store.find_company("Poolside").id
    graph = store.relationship_map(poolside)
    (nvidia,) = [edge for edge in graph.edges if edge.kind == "invests"]
    assert relation_text(nvidia, poolside) == "investor · ≤$1B · conditional · 2025"
    assert relation_text(nvidia, nvidia.source_id) == "invested in · ≤$1B · conditional · 2025"


def test_the_page_rows_say_in_talks_and_conditional(store):
    page = store.company(store.find_company("Poolside").id)
    rounds = {item.amount: _row_text(round_row(item)) for item in page.rounds}
    assert rounds[2e9] == "2025-10-03 round $2B $12B pre-money in talks"
    assert "in talks" not in rounds[5e8]
    (stake,) = page.investors
    assert "conditional" in _row_text(stake_row(stake, outgoing=False))
    in_talks = next(item for item in page.rounds if item.amount == 2e9)
    investor = round_investor_row(in_talks, "Nvidia", stake.investor_company_id, outgoing=False)
    assert _row_text(investor).endswith("in the round of $2B · in talks")


def test_the_chart_says_a_wholly_conditional_stake_once(store):
    page = store.company(store.find_company("Poolside").id)
    (nvidia,) = [bar for bar in funding_bars(page) if bar.detail == "Nvidia"]
    assert (nvidia.amount_text, nvidia.note) == ("≤ $1B", "conditional")


def test_a_markdown_export_says_in_talks(capsys, db):
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "md")
    assert code == 0
    (in_talks,) = [line for line in out.splitlines() if "| $2B |" in line]
    assert "| in talks |" in in_talks
    assert "in_talks" not in out


def test_the_dry_run_and_the_review_card_say_in_talks_and_conditional(capsys, store):
    from ai_deals.tui.fact_words import fact_fields

    code, out, _ = run(
        capsys, "--db", str(store.path.parent / "dry.db"), "import", "--dry-run", str(POOLSIDE)
    )
    assert code == 0
    (nvidia,) = [line for line in out.splitlines() if "investor: Nvidia" in line]
    assert " · conditional · " in nvidia
    assert any(
        line.strip().startswith("round: Poolside · $2B") and "in talks" in line for line in out.splitlines()
    )
    page = store.company(store.find_company("Poolside").id)
    in_talks = next(item for item in page.rounds if item.amount == 2e9)
    assert ("status", "in talks") in fact_fields(in_talks)


def test_the_map_says_a_raise_one_source_says_was_raised_is_no_longer_in_talks(capsys, tmp_path):
    talks = tmp_path / "talks.txt"
    talks.write_text(
        "title: Zeta AI in talks\ndate: 2026-02-03\nurl: https://example.org/talks\n\n"
        "Zeta AI is in talks to raise $20 million in a Series A round led by Vantor Capital.\n",
        encoding="utf-8",
    )
    raised = tmp_path / "raised.txt"
    raised.write_text(
        "title: Zeta AI raises $20 million\ndate: 2026-02-03\nurl: https://example.org/raised\n\n"
        "Zeta AI raised $20 million in a Series A round led by Vantor Capital on February 3, 2026.\n",
        encoding="utf-8",
    )
    db = tmp_path / "zeta.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(talks), str(raised))
    assert code == 0, err
    with Store.open(db) as store:
        zeta = store.find_company("Zeta AI").id
        (shown,) = store.company(zeta).rounds
        assert "in talks" not in _row_text(round_row(shown))  # the page: one source says it was raised
        labels = {edge.label for edge in store.relationship_map(zeta).edges if edge.kind == "joins round"}
    assert labels == {"Series A · 2026"}  # one raise, its stage named (qa44 #4), no "in talks"
