"""A company's displayed name is the spelling its sources' evidence prefers, whatever order they came
in (store/display_names.py); a name a person chose stays."""

from __future__ import annotations

import pytest

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store.display_names import Spelling, preferred

from factories import import_deal_file


def story(name: str, number: int) -> ParsedSource:
    """An article (its own title, so its own source) telling a round of the company written `name`."""
    text = f"{name} raised $10 million on 2025-0{number}-02."
    fact = Fact(
        kind="round",
        company=name,
        amount=10e6 * number,
        currency="USD",
        bound="exact",
        date=f"2025-0{number}-02",
        date_precision="day",
        sentence=text,
        start=0,
        end=len(text),
    )
    return ParsedSource(
        title=f"Wire {number}", text=text, published="2025-09-01", publisher="Wire", facts=[fact]
    )


def shown_name(store, spelling: str) -> str:
    """The displayed name of the company found by `spelling`, on its page as by search."""
    company = store.find_company(spelling)
    assert store.company(company.id).company.name == company.name
    return company.name


@pytest.mark.parametrize("spellings", [["poolside", "Poolside"], ["Poolside", "poolside"]])
def test_either_import_order_shows_the_same_name(fresh_store, spellings):
    for number, spelling in enumerate(spellings, start=1):
        fresh_store.import_source(story(spelling, number))
    assert shown_name(fresh_store, "poolside") == "Poolside"


@pytest.mark.parametrize("capitalised_at", [0, 1, 2])
def test_a_name_most_sources_write_lowercase_stays_lowercase(fresh_store, capitalised_at):
    for number in range(1, 4):
        fresh_store.import_source(story("Poolside" if number - 1 == capitalised_at else "poolside", number))
    assert shown_name(fresh_store, "Poolside") == "poolside"


@pytest.mark.parametrize("file_first", [True, False], ids=["deal file first", "article first"])
def test_a_deal_file_and_an_article_show_the_same_name_in_either_order(fresh_store, tmp_path, file_first):
    deals = tmp_path / "deals.csv"
    header = "company,amount,currency,date"
    deals.write_text(f"{header}\npoolside,500000000,USD,2024-10-02\n", encoding="utf-8")
    steps = [
        lambda: import_deal_file(fresh_store, deals, header),
        lambda: fresh_store.import_source(story("Poolside", 1)),
    ]
    for step in steps if file_first else reversed(steps):
        step()
    assert shown_name(fresh_store, "poolside") == "Poolside"
    assert len(fresh_store.company(fresh_store.find_company("Poolside").id).rounds) == 2


def test_search_finds_the_company_by_either_spelling(fresh_store):
    fresh_store.import_source(story("poolside", 1))
    fresh_store.import_source(story("Poolside", 2))
    for query in ("poolside", "Poolside"):
        assert [hit.name for hit in fresh_store.search(query)][:1] == ["Poolside"]


def test_a_name_chosen_by_a_merge_stays_whatever_the_sources_write(fresh_store):
    fresh_store.import_source(story("poolside", 1))
    fresh_store.import_source(story("Poolside AI", 2))
    kept = fresh_store.find_company("poolside").id
    fresh_store.merge_companies(kept, fresh_store.find_company("Poolside AI").id)
    for number in (3, 4):
        fresh_store.import_source(story("Poolside", number))
    assert shown_name(fresh_store, "poolside") == "poolside"


def test_the_preferred_spelling_is_most_sources_then_capitals_then_the_first_seen():
    assert preferred([Spelling("poolside", 2, 1), Spelling("Poolside", 1, 2)]).text == "poolside"
    assert preferred([Spelling("poolside", 1, 1), Spelling("Poolside", 1, 2)]).text == "Poolside"
    assert preferred([Spelling("Poolside", 1, 1), Spelling("POOLSIDE", 1, 2)]).text == "Poolside"
