"""Session 22 (art22b): tranches, conditional sums and returning backers the article importer read wrong.

A tranche paid now is dated the article's day, a later one its own stated date or none; tranches told in the
round's own sentence split that round; a sum added to a round on a condition ("plus up to €1 billion
conditional on …", "lorsqu'elle atteindra ses objectifs") is its conditional tranche; a backer that "returned"
joins the round the story reports, never a raise still in talks.
"""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article
from ai_deals.store import Store

PUBLISHED = "2026-03-02"  # the day `facts_of` publishes its texts


FERRIX_TALKS = (
    "Ferrix raised $45 million in a Series B led by Accel. Ferrix is also in talks to raise $200 million at a "
    "$2 billion valuation, people familiar said. "
)


def test_a_backer_that_returned_joins_the_reported_round_not_the_one_in_talks():
    for text in (
        "Ferrix raised $45 million in a Series B led by Accel. Index Ventures, which led the Series A, returned.",
        FERRIX_TALKS + "Index Ventures, which led the Series A, returned.",
    ):
        rounds = of_kind(facts_of(text), "round")
        series_b = next(r for r in rounds if r.amount == 45e6)
        assert "Index Ventures" in series_b.investors, text
        assert "Index Ventures" not in series_b.lead_investors, text
        assert all("Index Ventures" not in r.investors for r in rounds if r.status == "in_talks"), text


def test_a_stake_told_after_a_raise_in_talks_is_no_part_of_it():
    facts = facts_of(FERRIX_TALKS + "Index Ventures, which led the Series A, invested $10 million.")
    (in_talks,) = [r for r in of_kind(facts, "round") if r.status == "in_talks"]
    assert "Index Ventures" not in in_talks.investors


def test_the_store_puts_a_stake_in_the_reported_round_not_the_one_in_talks(tmp_path: Path):
    text = FERRIX_TALKS + "Index Ventures, which led the Series A, invested $10 million."
    source = parse_article(text, published=PUBLISHED, language="en", title="Ferrix", url="https://e.org/f")
    with Store.open(tmp_path / "deals.db") as store:
        store.import_source(source)
        page = store.company(store.find_company("Ferrix").id)
        (series_b,) = [r for r in page.rounds if r.status != "in_talks"]
        (index,) = [s for s in page.investors if s.investor == "Index Ventures"]
        assert index.round_ids == [series_b.id]


def test_a_french_future_when_clause_is_a_condition_like_its_english_if():
    round_text = "Kyra a levé 600 millions d'euros lors d'une série B menée par Atlas Ventures. "
    for condition in (
        "lorsqu'elle atteindra ses objectifs",
        "lorsque Kyra atteindra ses objectifs",
        "si elle atteint ses objectifs",
        "à condition que Kyra atteigne ses objectifs",
    ):
        text = (
            round_text + f"SoftBank pourrait investir jusqu'à 1 milliard d'euros supplémentaires {condition}."
        )
        facts = facts_of(text, "fr")
        softbank = only(facts, "investment")
        assert (softbank.status, softbank.condition) == ("conditional", condition), condition
        assert "SoftBank" not in only(facts, "round").investors, condition


def test_a_french_future_when_clause_makes_an_added_sum_conditional():
    text = "Ferrix a levé 600 millions d'euros, plus jusqu'à 1 milliard d'euros lorsqu'elle atteindra ses objectifs."
    raised = only(facts_of(text, "fr"), "round")
    assert [(t.amount, t.condition) for t in raised.tranches] == [
        (600e6, None),
        (1e9, "lorsqu'elle atteindra ses objectifs"),
    ]


def test_a_past_french_when_clause_is_no_condition():
    raised = only(
        facts_of("Kyra a levé 600 millions d'euros lorsqu'elle était encore une start-up.", "fr"), "round"
    )
    assert raised.status != "conditional" and raised.condition is None


def _tranches(fact) -> list[tuple]:
    return [(t.amount, t.date, t.date_precision, t.condition) for t in fact.tranches]


def test_a_tranche_paid_now_is_dated_the_articles_day_and_a_later_one_is_not():
    text = (
        "Amazon agreed to invest $50 billion in Anthropic. "
        "Amazon will pay $15 billion now and $35 billion once conditions are met."
    )
    stake = only(facts_of(text), "investment")
    assert (stake.investor, stake.amount) == ("Amazon", 50e9)
    assert _tranches(stake) == [
        (15e9, PUBLISHED, "day", None),
        (35e9, None, None, "once conditions are met"),
    ]


def test_a_later_tranche_takes_its_stated_future_date_and_lends_it_to_no_other():
    for when, date in (("next year", "2027"), ("in 2027", "2027")):
        text = f"Amazon agreed to invest $25 billion in Anthropic. Amazon will pay $15 billion now and $10 billion {when}."
        stake = only(facts_of(text), "investment")
        assert _tranches(stake) == [(15e9, PUBLISHED, "day", None), (10e9, date, "year", None)], when


def test_a_round_split_in_a_later_sentence_dates_its_now_tranche_today_not_next_year():
    text = (
        "Ferrix raised $45 million in a Series A led by Accel. "
        "The money is paid in two tranches: $30 million now and $15 million next year."
    )
    raised = only(facts_of(text), "round")
    assert _tranches(raised) == [(30e6, PUBLISHED, "day", None), (15e6, "2027", "year", None)]


def test_tranches_in_the_rounds_own_sentence_split_that_round():
    for text, language, condition in (
        (
            "Ferrix raised $45 million, paid in two tranches: $30 million now and $15 million next year.",
            "en",
            None,
        ),
        (
            "Ferrix raised $45 million in a Series A led by Accel, paid in two tranches: $30 million now and "
            "$15 million once it hits its revenue targets.",
            "en",
            "once it hits its revenue targets",
        ),
        (
            "Ferrix a levé 45 millions d'euros en deux tranches : 30 millions immédiatement et 15 millions "
            "l'an prochain.",
            "fr",
            None,
        ),
    ):
        facts = facts_of(text, language)
        raised = only(facts, "round")
        assert raised.amount == 45e6, text
        assert [(t.label, t.amount, t.condition) for t in raised.tranches] == [
            ("first", 30e6, None),
            (None, 15e6, condition),
        ], text
        assert raised.tranches[0].date == PUBLISHED, text
        assert not of_kind(facts, "investment"), text


def test_a_sum_added_to_a_round_on_a_condition_is_its_conditional_tranche():
    for text, language, condition in (
        (
            "Ferrix raised €600 million, plus up to €1 billion conditional on hitting milestones.",
            "en",
            "conditional on hitting milestones",
        ),
        (
            "Ferrix raised €600 million in a Series B led by Atlas Ventures, plus up to €1 billion conditional "
            "on hitting milestones.",
            "en",
            "conditional on hitting milestones",
        ),
        (
            "Ferrix a levé 600 millions d'euros, plus jusqu'à 1 milliard d'euros à condition qu'elle atteigne "
            "ses objectifs.",
            "fr",
            "à condition qu'elle atteigne ses objectifs",
        ),
    ):
        raised = only(facts_of(text, language), "round")
        assert raised.amount == 600e6, text
        assert [(t.amount, t.bound, t.condition) for t in raised.tranches] == [
            (600e6, "exact", None),
            (1e9, "maximum", condition),
        ], text


def test_a_sum_added_to_a_round_without_a_condition_is_no_tranche():
    raised = only(facts_of("Ferrix raised $45 million plus $10 million in venture debt."), "round")
    assert raised.amount == 45e6 and not raised.tranches


def test_a_round_with_a_conditional_addition_shows_it_apart_from_money_raised(capsys, tmp_path: Path):
    path = tmp_path / "ferrix.txt"
    path.write_text(
        "title: Ferrix raises €600 million\ndate: 2026-03-10\nurl: https://example.com/ferrix\nlanguage: en\n\n"
        "Ferrix raised €600 million in a Series B led by Atlas Ventures, plus up to €1 billion conditional on "
        "hitting milestones.\n",
        encoding="utf-8",
    )
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(db), "show", "Ferrix")
    assert code == 0 and "raised €600M (+ up to €1B conditional)" in out.splitlines()
