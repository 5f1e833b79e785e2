"""Session 22 (fixQ1c): four article-importer bugs other helpers noticed.

A bare figure compared with a metric ("up from 1.1 million a year ago", "contre 1,1 milliard") is that
metric's earlier value, never a metric named "None". A backer that "returned with $10 million" put
$10 million into the round the story reports, however it led an earlier one. "25 millions d'examens" counts
exams as "25 million exams" does: the noun after an elided "d'" is counted, not euros. "raised $500 million,
of which $100 million is conditional on milestones" is a $500 million round (not itself conditional) with a
$100 million conditional tranche, as "plus up to €1 billion conditional on …" gives.
"""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.amounts import parse_amounts
from ai_deals.store import Store

FIXTURES = Path(__file__).parent / "fixtures"


def _earlier_metric(text: str, language: str = "en"):
    metrics = of_kind(facts_of(text, language), "metric")
    return metrics[0], metrics[-1]


def test_a_bare_figure_up_from_a_count_is_the_earlier_value_of_that_count():
    text = (
        "Tutorloop raised $38 million in a Series B. Tutorloop has grown to 4.2 million monthly active users, "
        "up from 1.1 million a year ago."
    )
    today, earlier = _earlier_metric(text)
    assert (earlier.amount, earlier.metric, earlier.unit) == (1.1e6, today.metric, "users")
    assert earlier.date == "2025-03"


def test_a_bare_figure_compared_with_a_sum_metric_is_that_metric_in_its_currency():
    text = (
        "Trevalor a levé 40 millions de francs. Trevalor gère aujourd'hui 3,2 milliards de francs d'actifs pour "
        "le compte de 45 000 clients, contre 1,1 milliard fin 2020."
    )
    metrics = of_kind(facts_of(text, "fr"), "metric")
    (earlier,) = [fact for fact in metrics if fact.amount == 1.1e9]
    assert (earlier.metric, earlier.currency, earlier.date) == ("assets_under_management", "CHF", "2020")


def test_no_fact_field_holds_the_text_none_in_the_articles_that_gave_one():
    for name in (
        "articles_holdout22/en_businessinsider_tutorloop.txt",
        "articles_holdout42/en_cnbc_lumora.txt",
        "articles_holdout56/en_nikkeiasia_lumora.txt",
        "articles_holdout62/fr_agefi_trevalor.txt",
    ):
        header, _, body = (FIXTURES / name).read_text(encoding="utf-8").partition("\n\n")
        language = "fr" if "/fr_" in name else "en"
        for fact in parse_article(body, published="2026-03-02", language=language).facts:
            assert "None" not in fact.model_dump().values(), (name, fact)


FERRIX_B = "Ferrix raised $45 million in a Series B led by Accel. "


def test_a_backer_that_returned_with_a_sum_holds_a_stake_in_the_reported_round():
    for returned in (
        "Index Ventures, which led the Series A, returned with $10 million.",
        "Index Ventures, which led the Series A, came back with a $10 million check.",
        "Index Ventures returned for the new round with $10 million.",
    ):
        facts = facts_of(FERRIX_B + returned)
        series_b = only(facts, "round")
        stake = only(facts, "investment")
        assert (series_b.amount, series_b.round_type) == (45e6, "Series B"), returned
        assert (stake.company, stake.investor, stake.amount) == ("Ferrix", "Index Ventures", 10e6), returned
        assert "Index Ventures" not in series_b.lead_investors, returned


def test_the_store_puts_a_returning_backers_sum_in_the_reported_round(tmp_path: Path):
    text = FERRIX_B + "Index Ventures, which led the Series A, returned with $10 million."
    source = parse_article(text, published="2026-03-02", language="en", title="Ferrix", url="https://e.org/f")
    with Store.open(tmp_path / "deals.db") as store:
        store.import_source(source)
        page = store.company(store.find_company("Ferrix").id)
        (series_b,) = page.rounds
        (index,) = [stake for stake in page.investors if stake.investor == "Index Ventures"]
        assert (series_b.round_type, index.round_ids) == ("Series B", [series_b.id])


def test_a_french_count_noun_after_an_elided_de_is_a_count_not_money():
    sentence = "Kyra a levé 40 millions d'euros et a traité 25 millions d'examens cette année."
    raised, exams = parse_amounts(sentence, "fr")
    assert (raised.currency, exams.currency, exams.unit) == ("EUR", None, "examens")
    english = parse_amounts("Kyra raised €40 million and processed 25 million exams this year.", "en")[-1]
    assert (english.currency, english.unit) == (None, "exams")


def test_a_sum_named_after_an_elided_de_stays_money():
    sentence = "Kyra a levé 40 millions d'euros et annonce 2 milliards d'investissements."
    assert parse_amounts(sentence, "fr")[-1].currency == "EUR"


def test_an_article_counting_exams_in_french_gives_a_metric_not_a_sum():
    text = "Kyra a levé 40 millions d'euros lors d'une série B. La start-up a traité 25 millions d'examens l'an dernier."
    facts = facts_of(text, "fr")
    exams = only(facts, "metric")
    assert (exams.amount, exams.currency, exams.unit) == (25e6, None, "examens")
    assert [fact.amount for fact in facts if fact.currency] == [40e6]


def test_a_conditional_part_of_a_round_is_its_tranche_and_leaves_the_round_unconditional():
    for part, condition in (
        ("of which $100 million is conditional on milestones", "conditional on milestones"),
        ("of which $100 million is conditional", "conditional"),
    ):
        raised = only(
            facts_of(f"Ferrix raised $500 million in a Series C led by Atlas Ventures, {part}."), "round"
        )
        assert (raised.amount, raised.status, raised.condition) == (500e6, "announced", None), part
        assert [(t.amount, t.condition) for t in raised.tranches] == [(100e6, condition)], part


def test_money_raised_counts_only_the_conditional_part_of_a_round_as_conditional(capsys, tmp_path: Path):
    path = tmp_path / "ferrix.txt"
    path.write_text(
        "title: Ferrix raises $500 million\ndate: 2026-03-10\nurl: https://example.com/ferrix\nlanguage: en\n\n"
        "Ferrix raised $500 million in a Series C led by Atlas Ventures, of which $100 million is conditional on "
        "milestones.\n",
        encoding="utf-8",
    )
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(db), "show", "Ferrix")
    assert code == 0 and "raised $400M (+ $100M conditional)" in out.splitlines()


def test_a_count_an_institution_tallied_in_french_is_no_metric_of_its_own():
    text = (
        "Kyra a levé 40 millions d'euros. Le Centre monétique interbancaire a recensé 28,8 millions d'opérations "
        "de paiement en ligne en 2024."
    )
    assert not of_kind(facts_of(text, "fr"), "metric")
