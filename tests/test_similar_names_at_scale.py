"""An article naming thousands of new companies: each is told spelt like no other without a search
(scale26: the name index was extended once per new company, 54 s for 3,000), while a name spelt
like a known one but for its spaces still joins that company."""

from __future__ import annotations

import pytest

from ai_deals.importers.models import CompanyInfo, Fact, ParsedSource
from ai_deals.store.search_service import SearchService

from factories import investments_article, one_stake


def _many_new_companies(count: int) -> ParsedSource:
    """One sentence per company: "Fund N invests in Novel Company N." (no two spelt alike)."""
    return investments_article([(f"Fund {i}", f"Novel Company {i}") for i in range(count)], "Many companies")


def _counting_searches(monkeypatch) -> list[str]:
    """The names `SearchService.index` was asked for an index for (one entry per call)."""
    calls: list[str] = []
    original = SearchService.index

    def counted(self):
        calls.append("index")
        return original(self)

    monkeypatch.setattr(SearchService, "index", counted)
    return calls


def test_an_article_of_new_companies_imports_without_searching_the_names(fresh_store, monkeypatch):
    fresh_store.import_source(one_stake("Sequoia Capital", "Hugging Face", title="known"))
    calls = _counting_searches(monkeypatch)
    fresh_store.import_source(_many_new_companies(30))
    assert calls == []
    names = {row["name"] for row in fresh_store.db.query("SELECT name FROM companies")}
    assert {f"Novel Company {index}" for index in range(30)} <= names


@pytest.mark.parametrize(("known", "new"), [("Hugging Face", "HuggingFace"), ("HuggingFace", "Hugging Face")])
def test_a_name_spelt_like_a_known_one_but_for_its_spaces_still_joins_it(fresh_store, known, new):
    fresh_store.import_source(one_stake("Sequoia Capital", known, title="first"))
    fresh_store.import_source(one_stake("Accel", new, title="second"))
    names = [row["name"] for row in fresh_store.db.query("SELECT name FROM companies")]
    assert names.count(known) == 1 and new not in names
    assert fresh_store.find_company(new, exact=True).name == known


def test_a_name_spelt_like_an_alias_but_for_its_spaces_joins_the_aliased_company(fresh_store):
    known = ParsedSource(
        title="first",
        text="Accel invests in Acme Robotics.",
        facts=[
            Fact(
                kind="investment",
                company="Acme Robotics",
                investor="Accel",
                amount=1e6,
                currency="USD",
                sentence="Accel invests in Acme Robotics.",
                start=0,
                end=31,
            )
        ],
        companies=[CompanyInfo(name="Acme Robotics", aliases=["Deep Mind Labs"])],
    )
    fresh_store.import_source(known)
    fresh_store.import_source(one_stake("Index Ventures", "DeepMind Labs", title="second"))
    names = [row["name"] for row in fresh_store.db.query("SELECT name FROM companies")]
    assert "DeepMind Labs" not in names
    assert fresh_store.find_company("DeepMind Labs", exact=True).name == "Acme Robotics"


def test_a_name_a_letter_away_from_a_known_one_stays_a_company_of_its_own(fresh_store):
    fresh_store.import_source(one_stake("Sequoia Capital", "Mistral AI", title="first"))
    fresh_store.import_source(one_stake("Accel", "Mistral AIR", title="second"))
    names = [row["name"] for row in fresh_store.db.query("SELECT name FROM companies")]
    assert "Mistral AI" in names and "Mistral AIR" in names
