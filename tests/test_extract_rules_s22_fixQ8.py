"""Session 22 (fixQ8): a conditional part told after the round's type and lead, and running totals.

"raised $500 million in a Series C round led by Atlas Ventures, of which $100 million is conditional on
milestones" is one $500 million round (not itself conditional) with a $100 million conditional tranche, however
many words (a "funding round", a lead, "with Nvidia also participating") stand between the round and its part.
"""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, only

from ai_deals.importers.article import parse_article
from ai_deals.store import Store
from ai_deals.tui.widgets.charts import funding_bars

WAYVE = "Wayve raised $500 million in a Series C {words}, of which $100 million is conditional on milestones."


def test_a_conditional_part_after_the_rounds_type_and_lead_is_its_tranche_not_a_second_round():
    for words in (
        "round led by Atlas Ventures",
        "funding round led by Atlas Ventures",
        "led by Atlas Ventures, with Nvidia also participating",
    ):
        series_c = only(facts_of(WAYVE.format(words=words)), "round")
        assert (series_c.amount, series_c.round_type, series_c.status) == (500e6, "Series C", "announced"), (
            words
        )
        assert [(t.amount, t.condition) for t in series_c.tranches] == [
            (100e6, "conditional on milestones")
        ], words


def test_a_conditional_part_the_next_sentence_says_the_round_includes_is_its_tranche():
    text = (
        "Wayve raised $500 million in a Series C round led by Atlas Ventures. "
        "The round includes $300m that is conditional on milestones."
    )
    series_c = only(facts_of(text), "round")
    assert (series_c.amount, series_c.status) == (500e6, "announced")
    assert [(t.amount, t.condition) for t in series_c.tranches] == [(300e6, "conditional on milestones")]


def test_a_plain_part_the_next_sentence_says_the_round_includes_is_no_tranche():
    text = "Wayve raised $500 million in a Series C. The round includes $300m from Nvidia."
    series_c = next(fact for fact in facts_of(text) if fact.kind == "round" and fact.amount == 500e6)
    assert series_c.tranches == []


def _the_only_round(text: str, language: str = "en"):
    return only(facts_of(text, language), "round")


def test_a_running_total_in_a_relative_clause_leaves_the_new_round_raised():
    for text, language in (
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
    ):
        series_b = _the_only_round(text, language)
        assert (series_b.amount, series_b.round_type, series_b.lead_investors) == (
            40e6,
            "Series B",
            ["Vantor Capital"],
        ), text
        assert series_b.status != "cumulative", text


def test_a_lifetime_total_raised_from_investors_including_is_cumulative():
    text = (
        "Nvidia has agreed to acquire Run:ai for about $700 million. "
        "Run:ai had raised $118 million from investors including Insight Partners and Tiger Global."
    )
    total = only(facts_of(text), "round")
    assert (total.amount, total.status) == (118e6, "cumulative")


def test_an_earlier_raise_in_a_relative_clause_keeps_no_type_or_lead_of_the_new_round():
    text = (
        "Zeta AI, which raised $10 million last year, said on Tuesday it raised $40 million in a Series B led by "
        "Vantor Capital."
    )
    earlier, series_b = sorted(
        (fact for fact in facts_of(text) if fact.kind == "round"), key=lambda fact: fact.amount
    )
    assert (earlier.amount, earlier.date, earlier.round_type, earlier.lead_investors) == (
        10e6,
        "2025",
        None,
        [],
    )
    assert (series_b.amount, series_b.round_type, series_b.lead_investors) == (
        40e6,
        "Series B",
        ["Vantor Capital"],
    )


def test_money_raised_leaves_out_a_lifetime_total_beside_a_round(capsys, tmp_path: Path):
    articles = {
        "acquired.txt": "title: Nvidia buys Run:ai\ndate: 2024-04-24\n\nNvidia has agreed to acquire Run:ai for "
        "about $700 million. Run:ai had raised $118 million from investors including Insight Partners and Tiger "
        "Global.\n",
        "series-c.txt": "title: Run:ai raises $75M\ndate: 2022-03-17\n\nRun:ai raised $75 million in a Series C "
        "round led by Tiger Global and Insight Partners.\n",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "deals.db")
    code, _, err = run(capsys, "--db", db, "--empty", "import", *(str(tmp_path / name) for name in articles))
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "show", "Run:ai")
    assert code == 0 and "raised $75M" in out.splitlines()


def test_the_chart_tells_a_lifetime_total_is_not_counted_as_a_running_total(tmp_path: Path):
    text = (
        "Run:ai raised $75 million in a Series C round led by Tiger Global. "
        "Run:ai had raised $118 million from investors including Insight Partners and Tiger Global."
    )
    source = parse_article(text, published="2024-04-24", language="en", title="Run:ai", url="https://e.org/r")
    with Store.open(tmp_path / "deals.db") as store:
        store.import_source(source)
        page = store.company(store.find_company("Run:ai").id)
        notes = {bar.total: (bar.counted, bar.note) for bar in funding_bars(page)}
    assert notes[118e6] == (False, "not counted: a running total of earlier rounds")
    assert notes[75e6][0] is True
