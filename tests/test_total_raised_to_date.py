"""A running total an article states ("which has raised $118 million so far", "to date", "a déjà levé",
"has raised a total of") is kept as the company's figure "total_raised_to_date", dated the article's day
with its sentence as evidence: never money raised nor a round. `show` and the company page's chart tell it
with the funding our own rounds do not itemise ("$78M of earlier funding not itemised")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run, run_ok  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article
from ai_deals.store import Store
from ai_deals.store.money_raised import total_to_date_notes
from ai_deals.tui.widgets.charts import FundingChart

from factories import import_deal_file

TOTAL = "total_raised_to_date"
ZETA = (
    "title: Zeta AI raises $40M\ndate: 2025-06-01\n\n"
    "Zeta AI, which has raised $118 million so far, said on Tuesday it raised $40 million in a Series B "
    "led by Vantor Capital.\n"
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Zeta AI, which has raised $118 million so far, said on Tuesday it raised $40 million in a Series B "
            "led by Vantor Capital.",
            "en",
        ),
        (
            "Zeta AI, which has raised $118 million to date, has closed a $40 million Series B round led by "
            "Vantor Capital.",
            "en",
        ),
        (
            "Zeta AI, qui a déjà levé 118 millions de dollars, annonce une levée de 40 millions de dollars en "
            "série B menée par Vantor Capital.",
            "fr",
        ),
        ("Zeta AI has raised a total of $118 million. It raised $40 million in a Series B.", "en"),
    ],
)
def test_a_running_total_is_kept_as_total_raised_to_date_dated_the_articles_day(text, language):
    facts = facts_of(text, language, published="2025-06-01")
    total = next(fact for fact in facts if fact.metric == TOTAL)
    assert (total.kind, total.company, total.amount, total.currency) == ("metric", "Zeta AI", 118e6, "USD")
    assert (total.date, total.date_precision) == ("2025-06-01", "day")
    assert "118" in total.sentence
    assert [fact.amount for fact in of_kind(facts, "round")] == [40e6], text


@pytest.mark.parametrize(
    "text",
    [
        "Zeta AI has raised $118 million to date.",
        "Zeta AI has raised $118 million in lifetime funding.",
        "Zeta AI has raised $118 million since its founding in 2019.",
    ],
)
def test_a_running_total_alone_is_kept_with_no_round(text):
    facts = facts_of(text, published="2025-06-01")
    assert of_kind(facts, "round") == []
    assert only(facts, "metric").metric == TOTAL


def test_a_round_ranked_among_the_largest_to_date_stays_a_round():
    text = (
        "Tokyo-based Qubitra said on Thursday that it has raised 8 billion yen ($52 million) in a Series B round, "
        "one of the largest "
        "private financings for a Japanese quantum company to date."
    )
    facts = facts_of(text, published="2025-06-01")
    assert [(fact.amount, fact.currency) for fact in of_kind(facts, "round")] == [(8e9, "JPY")]
    assert [fact for fact in facts if fact.metric == TOTAL] == []


@pytest.mark.parametrize(
    "text",
    [
        "Cargoo a levé 8 millions d'euros auprès de Kima et 4 millions auprès de Bpifrance. "
        "Au total, Cargoo lève donc 12 millions d'euros.",
        "En 2023, les assurtechs françaises ont levé moins de 400 millions d'euros au total, selon Sia Partners.",
    ],
)
def test_a_sum_told_au_total_is_no_total_raised_to_date(text):
    facts = facts_of(text, "fr", published="2025-06-01")
    assert [fact for fact in facts if fact.metric == TOTAL] == []


def _import(capsys, tmp_path: Path, article: str = ZETA) -> Path:
    path = tmp_path / "zeta.txt"
    path.write_text(article, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    return db


def test_show_tells_the_total_to_date_and_the_funding_its_rounds_do_not_itemise(capsys, tmp_path):
    out = run_ok(capsys, _import(capsys, tmp_path), "show", "Zeta AI").splitlines()
    assert "raised $40M" in out  # the total to date is no money raised
    assert (
        "Total raised to date: $118M (as of 2025-06-01, 1 source) · $78M of earlier funding not itemised"
        in out
    )


def test_no_earlier_funding_is_said_untracked_when_the_rounds_reach_the_total(capsys, tmp_path):
    with Store.open(tmp_path / "deals.db") as store:
        source = parse_article(
            "Zeta AI raised $118 million in a Series B. It has raised $118 million to date.",
            published="2025-06-01",
            language="en",
            title="Zeta",
            url="https://e.org/z",
        )
        store.import_source(source)
        page = store.company(store.find_company("Zeta AI").id)
    assert total_to_date_notes(page) == ["Total raised to date: $118M (as of 2025-06-01, 1 source)"]


def test_funding_raised_after_the_total_to_date_is_not_taken_from_its_earlier_funding(tmp_path):
    deals = tmp_path / "zeta.csv"
    deals.write_text(
        "company,amount,currency,date\nZeta AI,40000000,USD,2024\nZeta AI,50000000,USD,2026\n",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "deals.db") as store:
        import_deal_file(store, deals)
        total = parse_article(
            "Zeta AI has raised $118 million to date.", published="2025-06-01", language="en", title="Zeta"
        )
        store.import_source(total)
        page = store.company(store.find_company("Zeta AI").id)
    assert page.raised == {"USD": 90e6}
    assert total_to_date_notes(page) == [
        "Total raised to date: $118M (as of 2025-06-01, 1 source) · $78M of earlier funding not itemised"
    ]


def test_the_company_pages_funding_chart_notes_the_total_to_date(capsys, tmp_path):
    with Store.open(_import(capsys, tmp_path)) as store:
        page = store.company(store.find_company("Zeta AI").id)
    chart = FundingChart()
    chart.show(page)
    assert chart.sections[0].notes == (
        "Total raised to date: $118M (as of 2025-06-01, 1 source) · $78M of earlier funding not itemised",
    )


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_total_to_date_survives_an_export_round_trip(capsys, tmp_path, fmt):
    first = _import(capsys, tmp_path)
    export, second = tmp_path / f"export.{fmt}", tmp_path / "second.db"
    run_ok(capsys, first, "export", "--format", fmt, "--out", str(export))
    run_ok(capsys, second, "--empty", "import", str(export))
    out = run_ok(capsys, second, "show", "Zeta AI").splitlines()
    assert "raised $40M" in out
    assert any(line.startswith("Total raised to date: $118M (as of 2025-06-01") for line in out), out
    if fmt == "json":
        records = json.loads(export.read_text(encoding="utf-8"))
        assert TOTAL in json.dumps(records)
