"""Own FR and EN articles (tests/fixtures/articles): every expected fact is found, field by field, and
nothing else is reported. The bench script (bench/extraction.py) scores the same corpus."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
CASES = sorted(ARTICLES.glob("*.txt"))


def _bench():
    spec = importlib.util.spec_from_file_location("bench_extraction", ROOT / "bench" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _bench()


def test_corpus_has_at_least_six_articles_per_language():
    languages = [bench.read_case(path)[1]["language"] for path in CASES]
    assert languages.count("fr") >= 6 and languages.count("en") >= 6


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_article_yields_exactly_its_expected_facts(path):
    source = bench.parse_case(path)
    pairs, extra, missed = bench.pair(source.facts, bench.expected_facts(path))
    assert not missed, f"missed: {missed}"
    assert not extra, f"unexpected: {[f.model_dump(exclude_defaults=True) for f in extra]}"
    for fact, expected in pairs:
        for key, value in expected.items():
            actual = getattr(fact, key)
            if key == "tranches":
                actual = [{k: getattr(t, k) for k in wanted} for t, wanted in zip(actual, value, strict=True)]
            assert actual == pytest.approx(value) if isinstance(value, float) else actual == value, (
                f"{fact.kind} {fact.company}: {key} is {actual!r}, expected {value!r}"
            )


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_fact_is_traceable_and_no_amount_is_invented(path):
    source = bench.parse_case(path)
    for fact in source.facts:
        assert source.text[fact.start : fact.end] == fact.sentence
        assert not bench.invented(fact, source.language)


def test_unknown_companies_are_recognised_from_the_text():
    names = {c.name for path in CASES for c in bench.parse_case(path).companies}
    # None of these is in the knowledge file: the text introduces them.
    assert {
        "Lumora",
        "Kivu AI",
        "Dataforge",
        "Capgemini",
        "Corvex Robotics",
        "Nordwerk AI",
        "Kyra",
        "Lumen Grid",
        "Redwood Peak Capital",
        "Siemens",
        "Airbus",
        "Northzone",
        "Helvetia Labs",
    } <= names


def test_appositions_give_country_city_and_kind():
    companies = {c.name: c for c in bench.parse_case(ARTICLES / "en_nvidia_buys_lumen_grid.txt").companies}
    assert (companies["Lumen Grid"].country, companies["Lumen Grid"].city) == ("IL", "Tel Aviv")
    companies = {c.name: c for c in bench.parse_case(ARTICLES / "fr_lumora_serie_b_suisse.txt").companies}
    assert companies["Lumora"].country == "CH"
    assert companies["Redwood Peak Capital"].investor_kind == "venture_fund"


def test_people_are_not_companies():
    companies = {c.name: c for c in bench.parse_case(ARTICLES / "fr_kivu_serie_a.txt").companies}
    assert companies["Xavier Niel"].entity == "person"
    assert companies["Xavier Niel"].investor_kind == "person"


def test_tickers_are_not_names():
    source = bench.parse_case(ARTICLES / "en_xai_series_c.txt")
    assert "NVDA.O" not in {c.name for c in source.companies}


def test_scoring_matches_kind_parties_amount_and_currency():
    source = bench.parse_case(ARTICLES / "en_kyra_pre_money.txt")
    wrong_currency = {"kind": "round", "company": "Kyra", "amount": 600e6, "currency": "USD"}
    near_amount = {"kind": "round", "company": "Kyra", "amount": 601e6, "currency": "EUR"}
    assert not any(bench.matches(f, wrong_currency) for f in source.facts)
    assert any(bench.matches(f, near_amount) for f in source.facts)


def test_scoring_accepts_a_short_form_only_when_the_article_writes_it():
    text = "Vantor Dynamics raised $600 million. Vantor won a contract."
    assert bench.same_party("Vantor Dynamics", "Vantor", text)
    assert bench.same_party("Vantor", "Vantor Dynamics", text)
    assert not bench.same_party("Vantor Dynamics", "Vantor", "Vantor Dynamics raised $600 million.")
    assert not bench.same_party("Vantor Dynamics", "Dynamics", text)
    assert not bench.same_party("Vantor Dynamics", "Vantor", None)


def test_scoring_accepts_a_name_given_with_the_acronym_the_article_puts_after_it():
    text = "Orbis a signé un contrat avec l'Agence spatiale européenne (ESA) en mars."
    assert bench.same_party("Agence spatiale européenne", "Agence spatiale européenne (ESA)", text)
    assert bench.same_party("ESA", "Agence spatiale européenne (ESA)", text)
    assert not bench.same_party("Agence spatiale", "Agence spatiale européenne (ESA)", text)
    assert not bench.same_party(
        "Agence spatiale européenne", "Agence spatiale européenne (ESA)", "Orbis a signé avec l'ESA."
    )


def test_scoring_counts_a_run_rate_filed_as_a_metric_as_revenue():
    assert bench.expected_kind({"kind": "metric", "metric": "ARR"}) == "revenue"
    assert bench.expected_kind({"kind": "metric", "metric": "users"}) == "metric"
    assert bench.expected_kind({"kind": "revenue"}) == "revenue"
