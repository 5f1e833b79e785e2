"""The seed article comes out completely and exactly: every fact, field by field, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.importers.article import parse_article
from ai_deals.importers.loading import load_article
from ai_deals.importers.reading import read_document

SEED = (
    Path(__file__).resolve().parents[1]
    / "seeds"
    / ("2026-02-27-keystone-ats-openai-leve-110-milliards-amazon-nvidia-softbank.txt")
)


@pytest.fixture(scope="module")
def seed():
    """The seed as a new database reads it: its header (headline, date), then the article."""
    return load_article(read_document(SEED))


def only(facts, **fields):
    """The single fact whose fields equal `fields`."""
    found = [f for f in facts if all(getattr(f, k) == v for k, v in fields.items())]
    assert len(found) == 1, f"{len(found)} facts match {fields}"
    return found[0]


def test_seed_source_metadata_comes_from_its_header_and_text(seed):
    assert seed.published == "2026-02-27"
    assert seed.publisher == "Keystone-SDA ATS"
    assert seed.language == "fr"
    assert seed.title == "OpenAI raises $110B from Amazon, Nvidia and SoftBank"  # as the README names it
    header, body = SEED.read_text(encoding="utf-8").split("\n\n", 1)
    assert header.startswith("title: ") and seed.text == body


def test_the_seeds_text_is_the_article_alone_with_no_date_marker(seed):
    assert seed.text.startswith("La start-up américaine d'intelligence artificielle")
    assert "date 2026-02-27" not in seed.text


def test_seed_has_exactly_twelve_facts_of_the_expected_kinds(seed):
    kinds = sorted(f.kind for f in seed.facts)
    assert kinds == sorted(
        [
            "round",
            "valuation",
            "investment",
            "investment",
            "investment",
            "metric",
            "revenue",
            "projection",
            "partnership",
            "investment",
            "statement",
            "statement",
        ]
    )


def test_every_seed_fact_points_at_its_exact_sentence(seed):
    for fact in seed.facts:
        assert seed.text[fact.start : fact.end] == fact.sentence
        if fact.amount is not None and fact.kind != "metric":
            assert fact.currency is not None


def test_seed_round(seed):
    fact = only(seed.facts, kind="round")
    assert fact.company == "OpenAI"
    assert fact.investors == ["Amazon", "Nvidia", "SoftBank"]
    assert (fact.amount, fact.currency, fact.bound) == (110e9, "USD", "exact")
    assert (fact.date, fact.date_precision) == ("2026-02-27", "day")
    assert (fact.equivalent_amount, fact.equivalent_currency) == (84.7e9, "CHF")
    assert fact.status == "announced"
    assert "110 milliards de dollars" in fact.sentence


def test_seed_valuation_is_post_money(seed):
    fact = only(seed.facts, kind="valuation")
    assert fact.company == "OpenAI"
    assert (fact.amount, fact.currency, fact.bound, fact.basis) == (730e9, "USD", "exact", "post_money")
    assert fact.date == "2026-02-27"


def test_seed_amazon_stake_with_its_tranches_and_condition(seed):
    fact = only(seed.facts, kind="investment", investor="Amazon")
    assert fact.company == "OpenAI"
    assert (fact.amount, fact.currency, fact.bound) == (50e9, "USD", "exact")
    assert (fact.date, fact.status) == ("2026-02-27", "conditional")
    assert fact.tranche == "première tranche de 15 milliards de dollars"
    assert fact.condition == "une fois certaines conditions remplies"
    assert "50 milliards de dollars" in fact.sentence
    first, balance = fact.tranches
    assert (first.seq, first.label, first.amount, first.currency) == (1, "first", 15e9, "USD")
    assert (balance.seq, balance.label, balance.condition) == (
        2,
        "balance",
        "une fois certaines conditions remplies",
    )
    assert balance.note == "dans quelques mois"


def test_seed_computed_balance_is_marked_computed_and_cites_the_sentences_it_came_from(seed):
    fact = only(seed.facts, kind="investment", investor="Amazon")
    first, balance = fact.tranches
    assert (balance.amount, balance.currency, balance.computed) == (35e9, "USD", True)
    assert first.computed is False  # stated: "une première tranche de 15 milliards de dollars"
    assert "50 milliards de dollars" in fact.sentence  # the total's sentence, the stake's evidence
    assert "première tranche de 15 milliards" in balance.sentence and "le solde" in balance.sentence
    # The balance is no fact of its own: the seed states no $35B anywhere.
    assert 35e9 not in {f.amount for f in seed.facts}


@pytest.mark.parametrize("investor", ["Nvidia", "SoftBank"])
def test_seed_chacun_gives_one_stake_per_investor(seed, investor):
    fact = only(seed.facts, kind="investment", investor=investor)
    assert fact.company == "OpenAI"
    assert (fact.amount, fact.currency, fact.bound) == (30e9, "USD", "exact")
    assert (fact.date, fact.status) == ("2026-02-27", "announced")


def test_seed_weekly_users_of_chatgpt(seed):
    fact = only(seed.facts, kind="metric")
    assert (fact.company, fact.metric, fact.unit) == ("OpenAI", "weekly_users", "users")
    assert (fact.amount, fact.currency, fact.bound) == (900e6, None, "minimum")
    assert fact.date == "2026-02-27"
    assert "ChatGPT" in fact.description


def test_seed_revenue_2025(seed):
    fact = only(seed.facts, kind="revenue")
    assert fact.company == "OpenAI"
    assert (fact.amount, fact.currency, fact.bound) == (13e9, "USD", "exact")
    assert (fact.date, fact.date_precision) == ("2025", "year")


def test_seed_cash_burn_projection_through_2029(seed):
    fact = only(seed.facts, kind="projection")
    assert (fact.company, fact.metric, fact.is_projection) == ("OpenAI", "cash_burn", True)
    assert (fact.amount, fact.currency, fact.bound) == (218e9, "USD", "minimum")
    assert (fact.date, fact.date_precision) == ("2029", "year")


def test_seed_partnership_resolves_ce_dernier_to_microsoft(seed):
    fact = only(seed.facts, kind="partnership")
    assert (fact.company, fact.partner, fact.partnership_kind) == ("Microsoft", "OpenAI", "compute")
    assert (fact.date, fact.date_precision) == ("2016", "year")
    assert "capacités informatiques" in fact.description


def test_seed_microsoft_cumulative_investment_since_2019(seed):
    fact = only(seed.facts, kind="investment", investor="Microsoft")
    assert fact.company == "OpenAI"
    assert (fact.amount, fact.currency, fact.bound) == (13e9, "USD", "minimum")
    assert (fact.date, fact.date_precision, fact.status) == ("2019", "year", "cumulative")


def test_seed_microsoft_statement_is_the_quoted_words(seed):
    fact = only(seed.facts, kind="statement", company="Microsoft")
    assert fact.partner == "OpenAI"
    assert fact.text == (
        "Rien de ce qui est annoncé aujourd'hui ne modifie les termes de la relation entre Microsoft et OpenAI"
    )
    assert fact.date == "2026-02-27"


def test_seed_openai_statement_about_further_investment(seed):
    fact = only(seed.facts, kind="statement", company="OpenAI")
    assert "nouveaux investissements" in fact.text and "compléter cette levée de fonds" in fact.text
    assert fact.date == "2026-02-27"


def test_seed_companies_with_what_the_text_says(seed):
    companies = {c.name: c for c in seed.companies}
    assert set(companies) == {"OpenAI", "Amazon", "Nvidia", "SoftBank", "Microsoft"}
    openai = companies["OpenAI"]
    assert (openai.country, openai.city, openai.sector) == ("US", "San Francisco", "generative AI")
    assert {"le créateur de ChatGPT", "le groupe de San Francisco"} <= set(openai.aliases)
    amazon = companies["Amazon"]
    assert (amazon.country, amazon.investor_kind) == ("US", "corporate")
    assert "géant américain" in amazon.description and "commerce en ligne" in amazon.description
    assert (companies["Nvidia"].country, companies["Nvidia"].sector, companies["Nvidia"].investor_kind) == (
        "US",
        "chips",
        "corporate",
    )
    softbank = companies["SoftBank"]
    assert (softbank.country, softbank.investor_kind) == ("JP", "corporate")
    assert "groupe japonais" in softbank.description
    microsoft = companies["Microsoft"]
    assert (microsoft.country, microsoft.city, microsoft.investor_kind) == ("US", "Redmond", "corporate")
    assert "le groupe de Redmond" in microsoft.aliases


def test_seed_parses_the_same_way_twice(seed):
    again = load_article(read_document(SEED))
    assert again.model_dump() == seed.model_dump()


def test_explicit_metadata_overrides_detection():
    source = parse_article(
        read_document(SEED).text, published="2026-03-02", publisher="AFP", language="fr", title="T"
    )
    assert (source.published, source.publisher, source.title) == ("2026-03-02", "AFP", "T")
    # 'vendredi' before Monday 2026-03-02 is 2026-02-27 again.
    assert only(source.facts, kind="round").date == "2026-02-27"
