"""An article naming known companies spelt with their spaces elsewhere ("HuggingFace" for the known
"Hugging Face"): each joins the company the search would have found, without extending the name
index once per name (perf27: 538 such names took 5.7 s, the index extended before each search)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.importers.models import CompanyInfo, ParsedSource
from ai_deals.store import Store, search_service
from ai_deals.store.names import normalize_name, squeezed
from ai_deals.store.search_service import SearchService

from factories import investments_article, one_stake

# Known before the article: a name with spaces, a run-together one, two companies spelt alike but
# for their spaces (one by an alias), one whose alias starting with the run-together spelling
# outranks its spaced name, and one spaced letter by letter (too far apart for the search).
KNOWN = [
    one_stake("Sequoia Capital", "Hugging Face", title="known 1"),
    one_stake("Accel", "ScaleAI", title="known 2"),
    one_stake("Index Ventures", "DeepMind Labs", title="known 3"),
    one_stake("Benchmark", "N E X U S Labs", title="known 4"),
]
ALIASED = [("Acme Robotics", ["Deep Mind Labs"]), ("Vector Forge", ["VectorForge Studios"])]
# The article: known spellings, spaced variants of known names, and new names.
NAMED = [
    "Hugging Face",
    "HuggingFace",
    "Hugging-Face",
    "Scale AI",
    "Deep MindLabs",
    "Deep Mind Labs",
    "VectorForge",
    "NEXUSLabs",
    "Novel Robotics",
    "Novel Robo Tics",
    "Brand New Labs",
]


def _with_aliases(company: str, aliases: list[str], title: str) -> ParsedSource:
    source = one_stake("Lightspeed", company, title=title)
    return source.model_copy(update={"companies": [CompanyInfo(name=company, aliases=aliases)]})


def _article(names: list[str]) -> ParsedSource:
    """One sentence per company: "Fund Omega invests in NAME." """
    return investments_article([("Fund Omega", name) for name in names], "Mixed")


def _searched_similar_company(self: SearchService, name: str) -> int | None:
    """`similar_company` as it was before perf27: the first of the index's five best hits whose name
    is spelt like `name` but for its spaces."""
    key = squeezed(normalize_name(name))
    if key is None:
        return None
    for match in self.index().search(name, 5):
        if squeezed(normalize_name(match.text)) == key:
            return match.company_id
    return None


def _imported(path: Path) -> tuple[list, list]:
    """Companies and aliases after the known names and then the mixed article are imported."""
    store = Store.open(path)
    try:
        for source in KNOWN:
            store.import_source(source)
        for number, (company, aliases) in enumerate(ALIASED):
            store.import_source(_with_aliases(company, aliases, f"aliased {number}"))
        store.import_source(_article(NAMED))
        companies = store.db.execute("SELECT id, name FROM companies ORDER BY id").fetchall()
        aliases = store.db.execute("SELECT company_id, alias FROM aliases ORDER BY id").fetchall()
    finally:
        store.close()
    return companies, aliases


@pytest.mark.parametrize("most_ranked_alone", [100, 1], ids=["names ranked alone", "by the index"])
def test_a_mixed_article_joins_the_companies_the_search_joined(tmp_path, monkeypatch, most_ranked_alone):
    with monkeypatch.context() as searched:
        searched.setattr(SearchService, "similar_company", _searched_similar_company)
        before = _imported(tmp_path / "searched.db")
    monkeypatch.setattr(search_service, "MOST_RANKED_ALONE", most_ranked_alone)
    assert _imported(tmp_path / "ranked.db") == before
    companies, aliases = before
    names = [name for _, name in companies]
    # What the two agree on: spaced variants join; a company whose other name ranks first, a name
    # spelt too far apart for the search and new names stay companies of their own.
    assert "HuggingFace" not in names and "Scale AI" not in names and "Deep MindLabs" not in names
    assert {"VectorForge", "NEXUSLabs", "Novel Robotics", "Brand New Labs"} <= set(names)
    assert "Novel Robo Tics" not in names  # joined Novel Robotics, named earlier in the same article
    ids = dict((name, company_id) for company_id, name in companies)
    assert (ids["Acme Robotics"], "Deep MindLabs") in aliases  # ranked above DeepMind Labs


def test_spaced_variants_of_known_names_join_without_searching_the_index(fresh_store, monkeypatch):
    for source in KNOWN:
        fresh_store.import_source(source)
    searches: list[str] = []
    original = SearchService.index

    def counted(self):
        searches.append("index")
        return original(self)

    monkeypatch.setattr(SearchService, "index", counted)
    fresh_store.import_source(_article(["HuggingFace", "Scale AI", "Deep-Mind Labs"]))
    assert searches == []
    names = [row["name"] for row in fresh_store.db.query("SELECT name FROM companies")]
    assert not {"HuggingFace", "Scale AI", "Deep-Mind Labs"} & set(names)
    assert fresh_store.find_company("HuggingFace", exact=True).name == "Hugging Face"


def test_a_spaced_variant_joins_its_company_though_five_others_start_with_it(fresh_store):
    """The search ranked "Co17AI Labs" and four more names starting with "Co17AI" above "Co17 AI":
    "Co17AI" was left a company of its own; only the companies spelt alike are ranked now."""
    for number, name in enumerate(
        ["Co17 AI", "Co17AI Labs", "Co17AI Bio", "Co17AI Data", "Co17AI Cloud", "Co17AI Works"]
    ):
        fresh_store.import_source(one_stake("Accel", name, title=f"known {number}"))
    fresh_store.import_source(one_stake("Index Ventures", "Co17AI", title="article"))
    names = [row["name"] for row in fresh_store.db.query("SELECT name FROM companies")]
    assert "Co17AI" not in names
    assert fresh_store.find_company("Co17AI", exact=True).name == "Co17 AI"
