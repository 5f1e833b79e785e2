"""Figures several sources report: conflicts pair each value with its sources, and summaries and
counts take a fact reported twice once."""

from __future__ import annotations

import json

from ai_deals.cli import main
from ai_deals.importers.models import Fact, ParsedSource

AFP_TITLE = "Mistral AI lève 1,7 milliard d'euros auprès d'ASML"
REUTERS_TITLE = "ASML leads Mistral AI funding round"
DAY = "2025-09-09"


def story(title: str, *facts: dict, published: str = DAY) -> ParsedSource:
    """One source whose text is the sentences of `facts` (each fact's evidence is its own sentence)."""
    text, built = "", []
    for values in facts:
        values = dict(values)
        sentence = values.pop("sentence")
        start = len(text) + (1 if text else 0)
        text = f"{text} {sentence}" if text else sentence
        built.append(Fact(**values, sentence=sentence, start=start, end=start + len(sentence)))
    return ParsedSource(title=title, text=text, published=published, facts=built)


def valuation(
    amount: float, currency: str = "EUR", basis: str | None = None, date: str = DAY, **extra
) -> dict:
    return {
        "kind": "valuation",
        "company": extra.pop("company", "Mistral AI"),
        "amount": amount,
        "currency": currency,
        "basis": basis,
        "date": date,
        "date_precision": "day",
        "sentence": extra.pop("sentence", f"The company is valued at {amount / 1e9:g} billion {currency}."),
        **extra,
    }


def mistral_page(store):
    return store.company(store.find_company("Mistral AI").id)


def test_conflicting_values_are_each_paired_with_the_source_that_stated_them(fresh_store, db_path, capsys):
    fresh_store.import_source(story(AFP_TITLE, valuation(11.7e9, basis="post_money")))
    fresh_store.import_source(story(REUTERS_TITLE, valuation(12e9)))
    (conflict,) = mistral_page(fresh_store).conflicts
    assert conflict.values == ["€11.7B (post-money)", "€12B"]
    assert conflict.sources == [AFP_TITLE, REUTERS_TITLE]
    assert [(s.value, s.sources) for s in conflict.stated] == [
        ("€11.7B (post-money)", [AFP_TITLE]),
        ("€12B", [REUTERS_TITLE]),
    ]
    assert main(["--db", str(db_path), "show", "mistral", "--json"]) == 0
    (shown,) = json.loads(capsys.readouterr().out)["conflicts"]
    assert shown["values"] == ["€11.7B (post-money)", "€12B"]
    assert shown["sources"] == [AFP_TITLE, REUTERS_TITLE]
    assert shown["stated"] == [
        {"value": "€11.7B (post-money)", "sources": [AFP_TITLE]},
        {"value": "€12B", "sources": [REUTERS_TITLE]},
    ]


def test_a_value_stated_by_several_sources_lists_them_all_next_to_it(fresh_store):
    fresh_store.import_source(story(AFP_TITLE, valuation(11.7e9, basis="post_money")))
    fresh_store.import_source(story(REUTERS_TITLE, valuation(12e9)))
    fresh_store.import_source(story("Les Echos: Mistral AI à 12 milliards", valuation(12e9)))
    (conflict,) = mistral_page(fresh_store).conflicts
    assert [(s.value, s.sources) for s in conflict.stated] == [
        ("€11.7B (post-money)", [AFP_TITLE]),
        ("€12B", [REUTERS_TITLE, "Les Echos: Mistral AI à 12 milliards"]),
    ]
    assert conflict.sources == [AFP_TITLE, REUTERS_TITLE, "Les Echos: Mistral AI à 12 milliards"]


def test_show_prints_each_conflicting_value_with_its_own_sources(fresh_store, db_path, capsys):
    fresh_store.import_source(story(AFP_TITLE, valuation(11.7e9, basis="post_money")))
    fresh_store.import_source(story(REUTERS_TITLE, valuation(12e9)))
    fresh_store.import_source(story("Les Echos: Mistral AI à 12 milliards", valuation(12e9)))
    assert main(["--db", str(db_path), "show", "mistral"]) == 0
    shown = " ".join(capsys.readouterr().out.split())  # as one line, however the console wrapped it
    assert (
        f"€11.7B (post-money) per {AFP_TITLE} vs €12B per {REUTERS_TITLE}; Les Echos: Mistral AI à 12 milliards"
        in shown
    )


def test_the_same_amount_with_and_without_its_basis_is_no_conflict(sample_store):
    sample_store.import_source(
        story(
            "OpenAI raises $110 billion",
            valuation(730e9, "USD", company="OpenAI", date="2026-02-27"),
            published="2026-02-27",
        )
    )
    page = sample_store.company(sample_store.find_company("OpenAI").id)
    assert [m.value for m in page.metrics if m.metric == "valuation"] == [730e9, 730e9]
    assert page.conflicts == []


def test_the_same_amount_in_another_currency_is_still_a_conflict(sample_store):
    sample_store.import_source(
        story(
            "Other wire", valuation(730e9, "EUR", company="OpenAI", date="2026-02-27"), published="2026-02-27"
        )
    )
    page = sample_store.company(sample_store.find_company("OpenAI").id)
    (conflict,) = page.conflicts
    assert conflict.values == ["$730B (post-money)", "€730B"]


def test_an_amount_one_source_left_out_is_no_conflict(fresh_store):
    investment = {"kind": "investment", "company": "Mistral AI", "investor": "ASML", "currency": "EUR"}
    investment |= {"date": DAY, "date_precision": "day"}
    fresh_store.import_source(story(AFP_TITLE, {**investment, "sentence": "ASML invests in Mistral AI."}))
    fresh_store.import_source(
        story(REUTERS_TITLE, {**investment, "amount": 1.3e9, "sentence": "ASML invests 1.3 billion euros."})
    )
    assert mistral_page(fresh_store).conflicts == []


def test_the_company_screen_shows_each_conflicting_value_beside_its_source(fresh_store):
    from ai_deals.tui.screens.company_rows import build_rows

    fresh_store.import_source(story(AFP_TITLE, valuation(11.7e9, basis="post_money")))
    fresh_store.import_source(story(REUTERS_TITLE, valuation(12e9)))
    (row,) = [
        row
        for row in build_rows(mistral_page(fresh_store))
        if row.pieces and row.pieces[0][0].startswith("valuation")
    ]
    line = "".join(text for text, _, _ in row.pieces)
    assert line == f"valuation {DAY}: €11.7B (post-money) vs €12B · per {AFP_TITLE} vs {REUTERS_TITLE}"


def round_fact(
    amount: float, currency: str = "EUR", date: str = DAY, company: str = "Mistral AI", **extra
) -> dict:
    return {
        "kind": "round",
        "company": company,
        "amount": amount,
        "currency": currency,
        "date": date,
        "date_precision": "day" if len(date) == 10 else "month",
        "sentence": f"{company} raised {amount / 1e9:g} billion {currency}.",
        **extra,
    }


def summary(store, name: str) -> str:
    (hit,) = [hit for hit in store.search(name) if hit.name == name]
    return hit.summary


def test_a_round_two_sources_report_is_counted_once_in_money_raised(sample_store):
    sample_store.import_source(
        story(
            "OpenAI raises $110 billion",
            round_fact(110e9, "USD", "2026-02-27", "OpenAI"),
            published="2026-02-27",
        )
    )
    # Amazon's $35B to come on a condition (the sample's stake in tranches) is told apart, as on the page.
    assert "raised $75B (+ $35B conditional) ·" in summary(sample_store, "OpenAI")


def test_money_raised_in_euros_is_shown_in_euros(fresh_store):
    fresh_store.import_source(story(AFP_TITLE, round_fact(1.7e9)))
    fresh_store.import_source(story(REUTERS_TITLE, round_fact(1.7e9)))
    fresh_store.import_source(story("Mistral AI lève 600 millions", round_fact(600e6, date="2024-06")))
    assert summary(fresh_store, "Mistral AI").startswith("raised €2.3B · last round 2025-09-09")


def test_rounds_in_two_currencies_are_never_added_together(fresh_store):
    fresh_store.import_source(story(AFP_TITLE, round_fact(1.7e9)))
    fresh_store.import_source(story("Mistral AI raises $640 million", round_fact(640e6, "USD", "2024-06")))
    assert summary(fresh_store, "Mistral AI").startswith("raised $640M + €1.7B ·")


def test_two_sources_giving_one_round_different_amounts_count_the_larger(fresh_store):
    fresh_store.import_source(story(AFP_TITLE, round_fact(1.7e9)))
    fresh_store.import_source(story(REUTERS_TITLE, round_fact(1.3e9)))
    assert summary(fresh_store, "Mistral AI").startswith("raised €1.7B ·")


def anthropic_round() -> ParsedSource:
    """A round listing three investors, one of whom also has a stake of its own."""
    investors = ["Iconiq", "Fidelity", "Lightspeed"]
    stake = {
        "kind": "investment",
        "company": "Anthropic",
        "investor": "Iconiq",
        "amount": 1e9,
        "currency": "USD",
    }
    return story(
        "Anthropic raises $13 billion",
        round_fact(13e9, "USD", "2025-09-02", "Anthropic", investors=investors),
        {**stake, "date": "2025-09-02", "date_precision": "day", "sentence": "Iconiq puts in $1 billion."},
        published="2025-09-02",
    )


def hit(store, name: str):
    (found,) = [hit for hit in store.search(name) if hit.name == name]
    return found


def test_an_investor_known_only_from_a_round_is_an_investor_with_its_bets(fresh_store):
    fresh_store.import_source(anthropic_round())
    fidelity = hit(fresh_store, "Fidelity")
    assert fidelity.hit_type == "investor"
    assert fidelity.summary == "backed 1 company"


def test_a_company_that_raised_and_joined_a_round_is_both(fresh_store):
    fresh_store.import_source(anthropic_round())
    fresh_store.import_source(
        story(
            "Fidelity raises a fund", round_fact(2e9, "USD", "2025-10-01", "Fidelity"), published="2025-10-01"
        )
    )
    assert hit(fresh_store, "Fidelity").hit_type == "both"


def test_a_companys_investors_include_those_of_its_rounds_counted_once(fresh_store):
    from ai_deals.tui.screens.company import page_title

    fresh_store.import_source(anthropic_round())
    assert "3 investors" in hit(fresh_store, "Anthropic").summary
    page = fresh_store.company(fresh_store.find_company("Anthropic").id)
    assert page.investor_count == 3
    assert "3 investors" in page_title(page).plain


def test_an_investor_two_sources_name_is_one_investor_on_the_page_and_in_search(fresh_store):
    from ai_deals.tui.screens.company import page_title

    investment = {"kind": "investment", "company": "Mistral AI", "investor": "ASML", "currency": "EUR"}
    investment |= {"amount": 1.3e9, "date": DAY, "date_precision": "day"}
    fresh_store.import_source(story(AFP_TITLE, {**investment, "sentence": "ASML investit 1,3 milliard."}))
    fresh_store.import_source(
        story(REUTERS_TITLE, {**investment, "sentence": "ASML invests 1.3 billion euros."})
    )
    page = mistral_page(fresh_store)
    (stake,) = page.investors  # both sources' facts are kept, listed as one stake (same_stake.py)
    assert stake.source_count == 2 and len(stake.evidence) == 2
    assert "1 investor ·" in page_title(page).plain
    assert "1 investor" in hit(fresh_store, "Mistral AI").summary
    asml = hit(fresh_store, "ASML")
    assert asml.summary == "backed 1 company"
    assert "backed 1 company" in page_title(fresh_store.company(fresh_store.find_company("ASML").id)).plain


def test_search_summaries_read_records_through_indexes_only(sample_store):
    from ai_deals.store.queries import BACKED_COUNT_SQL, INVESTOR_COUNT_SQL

    sql = f"""SELECT ({INVESTOR_COUNT_SQL}), ({BACKED_COUNT_SQL})
              FROM companies c LEFT JOIN investors i ON i.company_id = c.id WHERE c.id IN (1, 2, 3)"""
    plan = [row[-1] for row in sample_store.db.execute("EXPLAIN QUERY PLAN " + sql)]
    scans = [step for step in plan if step.startswith("SCAN") and not step.startswith("SCAN (subquery")]
    assert scans == [], plan
    assert any("round_investors_investor" in step for step in plan)
    # The records a summary reads are the page's (`queries.page_money`): each read through an index.
    sample_store.search("open", 3)  # the index loaded: only the summary's reads are traced below
    sample_store.db.execute("UPDATE companies SET name = name")  # a write: summaries are read anew
    read: list[str] = []
    sample_store.db.conn.set_trace_callback(read.append)
    try:
        sample_store.search("openai", 3)
    finally:
        sample_store.db.conn.set_trace_callback(None)
    records = [statement for statement in read if "FROM rounds r" in statement or "tranches" in statement]
    assert records
    for statement in records:
        plan = [row[-1] for row in sample_store.db.execute("EXPLAIN QUERY PLAN " + statement)]
        assert not any(step.startswith("SCAN") and "subquery" not in step for step in plan), (statement, plan)


def test_a_company_that_never_invested_does_not_say_it_backed_none(sample_store):
    from ai_deals.tui.screens.company import page_title

    assert "backed" not in page_title(sample_store.company(sample_store.find_company("OpenAI").id)).plain


def page_totals(store, name: str) -> dict[str, float]:
    """Money raised per currency as the company's page and `show` list it: each round once."""
    totals: dict[str, float] = {}
    for item in store.company(store.find_company(name).id).rounds:
        if item.amount is not None and item.currency:
            totals[item.currency] = totals.get(item.currency, 0.0) + item.amount
    return totals


def test_money_raised_counts_once_a_raise_two_sources_date_differently(fresh_store, tmp_path):
    """An article (2026-02-27) and a deal file (2026-03-10, the closing) tell one raise: the page and
    `show` list one round from 2 sources (store/same_raise.py), and the search summary counted it
    twice ($220B): it added rounds of different dates. Its last round is the raise's date as listed."""
    from factories import import_deal_file

    fresh_store.import_source(
        story(
            "OpenAI lève 110 milliards",
            round_fact(110e9, "USD", "2026-02-27", "OpenAI"),
            published="2026-02-27",
        )
    )
    path = tmp_path / "deals.csv"
    path.write_text("company,kind,amount,currency,date\nOpenAI,round,110000000000,USD,2026-03-10\n")
    import_deal_file(fresh_store, path)
    (raise_,) = fresh_store.company(fresh_store.find_company("OpenAI").id).rounds
    assert raise_.source_count == 2
    assert page_totals(fresh_store, "OpenAI") == {"USD": 110e9}
    assert summary(fresh_store, "OpenAI").startswith("raised $110B · last round 2026-02-27")  # as listed


def test_money_raised_takes_the_amount_the_page_shows_for_a_raise_told_twice(fresh_store):
    """Within 1 %, the two amounts are one raise: the total is the one amount the page shows for it,
    not their sum, nor the larger when the page shows the other."""
    fresh_store.import_source(story(AFP_TITLE, round_fact(1.70e9, date="2025-09")))
    fresh_store.import_source(story(REUTERS_TITLE, round_fact(1.71e9, date="2025-09-20")))
    assert page_totals(fresh_store, "Mistral AI") == {"EUR": 1.71e9}  # the day-precise one shown
    assert summary(fresh_store, "Mistral AI").startswith("raised €1.71B ·")
    fresh_store.import_source(story("Mistral AI lève 600 millions", round_fact(600e6, date="2024-06")))
    assert page_totals(fresh_store, "Mistral AI") == {"EUR": 2.31e9}
    assert summary(fresh_store, "Mistral AI").startswith("raised €2.31B ·")


def test_money_raised_takes_the_earlier_of_two_alike_accounts_of_a_raise_as_the_page_does(fresh_store):
    fresh_store.import_source(story(REUTERS_TITLE, round_fact(1.71e9, date="2025-09-20")))
    fresh_store.import_source(story(AFP_TITLE, round_fact(1.70e9, date="2025-09-09")))
    assert page_totals(fresh_store, "Mistral AI") == {"EUR": 1.70e9}
    assert summary(fresh_store, "Mistral AI").startswith("raised €1.7B ·")
