"""A stake in tranches, part committed and part on a condition, reads alike everywhere: the seed's
Amazon $50B in OpenAI, a $15B first tranche and the $35B rest "once certain conditions are met",
was "conditional" for the whole $50B in `show`, the timeline and Markdown while the chart said
"$15B committed · rest $35B conditional", and the header said "raised $110B" (tester qa37)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import (
    private_default_db,  # noqa: F401 (autouse: no command touches the default db)
    run,
)

from ai_deals.store import Store
from ai_deals.store.models import Stake, Tranche
from ai_deals.store.money_raised import record_status_label, record_status_words, split_words

SEED = next((Path(__file__).resolve().parents[1] / "seeds").glob("*openai*.txt"))
SPLIT = "$15B committed · $35B conditional"
# The seed's balance is computed (the $50B less the $15B stated), and every place says so.
SEEDED_SPLIT = f"{SPLIT} (computed: rest of $50B)"


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    path = tmp_path / "seeded.db"
    code, _, err = run(capsys, "--db", str(path), "--empty", "import", str(SEED))
    assert code == 0, err
    return path


def _stake(status: str | None, *tranches: tuple[float | None, str | None]) -> Stake:
    return Stake.model_construct(
        amount=50e9,
        currency="USD",
        status=status,
        tranches=[Tranche(seq=i, amount=a, condition=c) for i, (a, c) in enumerate(tranches)],
    )


def test_a_stake_part_committed_part_conditional_says_both_parts():
    stake = _stake("conditional", (15e9, None))  # the rest, unstated, waits on the stake's condition
    assert split_words(stake) == SPLIT
    assert record_status_words(stake) == record_status_label(stake) == SPLIT


def test_a_stake_wholly_conditional_or_wholly_committed_keeps_its_status_words():
    assert record_status_words(_stake("conditional", (50e9, "if targets are met"))) == "conditional"
    assert record_status_label(_stake("announced", (15e9, None), (35e9, None))) == "announced"
    assert record_status_words(_stake("announced", (15e9, None), (35e9, None))) == ""


def test_show_gives_the_split_as_the_stakes_status_and_the_header_the_conditional_part_apart(capsys, db):
    code, out, _ = run(capsys, "--db", str(db), "show", "OpenAI")
    assert code == 0
    assert "raised $75B (+ $35B conditional)" in out.splitlines()[3]
    amazon = next(line for line in out.splitlines() if "Amazon" in line and "$50B" in line)
    assert SPLIT in amazon and "│ conditional" not in amazon


def test_the_timeline_titles_the_stake_with_its_split(capsys, db):
    code, out, _ = run(capsys, "--db", str(db), "timeline", "--investor", "Amazon", "--json")
    assert code == 0
    titles = [event["title"] for event in json.loads(out)["events"]]
    assert f"Amazon invests $50B in OpenAI ({SEEDED_SPLIT})" in titles
    assert not any("(conditional)" in title for title in titles)


def test_the_markdown_export_gives_the_split_as_the_stakes_status(capsys, db):
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "md")
    assert code == 0
    # Exports list records by date: Microsoft's 2019 stake row, whose sentence names Amazon, comes first.
    amazon = next(line for line in out.splitlines() if line.startswith("| stake") and "| Amazon |" in line)
    assert f"| {SEEDED_SPLIT} |" in amazon


def test_the_map_labels_the_stake_with_its_split(db):
    with Store.open(db) as store:
        edges = store.relationship_map(store.find_company("OpenAI").id).edges
    assert f"$50B · {SEEDED_SPLIT} · 2026" in [edge.label for edge in edges if edge.kind == "invests"]


def test_money_raised_and_the_chart_tell_a_stakes_conditional_part_in_its_round_apart(db):
    from ai_deals.store.queries import company_page
    from ai_deals.tui.widgets.charts import funding_bars

    with Store.open(db) as store:
        page = company_page(store.db, store.find_company("OpenAI").id)
    assert page.raised == {"USD": 75e9}
    assert page.raised_conditional == {"USD": (35e9, False)}
    (bar,) = [bar for bar in funding_bars(page) if bar.amount_text == "$110B"]
    assert (bar.committed, bar.conditional) == (75e9, 35e9)
    assert bar.note == "$75B committed · $35B conditional"


def test_the_search_result_tells_a_rounds_conditional_tranche_apart_as_the_header_does(capsys, tmp_path):
    article = tmp_path / "trellis.txt"
    article.write_text(
        "title: Trellis raises $45 million\ndate: 2026-03-01\nurl: https://example.org/t\nlanguage: en\n\n"
        "Trellis Robotics raised $45 million in a Series B led by Lux Capital. The round is structured in "
        "two tranches: $30 million now, and $15 million once Trellis hits 2,000 robots.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "trellis.db")
    assert run(capsys, "--db", db, "--empty", "import", str(article))[0] == 0
    code, out, _ = run(capsys, "--db", db, "search", "--json", "Trellis")
    assert code == 0 and "raised $30M (+ $15M conditional)" in out
    code, out, _ = run(capsys, "--db", db, "show", "Trellis")
    assert code == 0 and "raised $30M (+ $15M conditional)" in out


def test_the_review_cards_split_asks_each_company_for_a_promising_stake_once(db, monkeypatch):
    from ai_deals.store import queries
    from ai_deals.store.models import Round

    asked: list[int] = []
    has_promising_stake = queries._has_promising_stake

    def counted(database, company_id):
        asked.append(company_id)
        return has_promising_stake(database, company_id)

    monkeypatch.setattr(queries, "_has_promising_stake", counted)
    with Store.open(db) as store:
        company_id = store.find_company("OpenAI").id
        rounds = [
            Round.model_construct(id=i, company_id=company_id, amount=1e9, currency="USD", tranches=[])
            for i in (1, 2, 3)
        ]
        queries.promised_splits(store.db, rounds)
    assert asked == [company_id]
