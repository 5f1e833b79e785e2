"""An import of a few names brings the search index up to date instead of rebuilding it from every name."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_deals.importers.models import CompanyInfo, ParsedSource
from ai_deals.store import Store, search_cache, search_service
from ai_deals.store.search import IndexArrays, SearchIndex, build_arrays, extend_arrays

from factories import make_source

BUILD_FROM_EVERY_NAME = search_service.build_index_arrays
QUERIES = ["openai", "opnai", "anthropic", "mistral", "nvidia", "soft", "ama", "kaka", "a", "x"]


def _article(title: str, *names: str) -> ParsedSource:
    return ParsedSource(
        title=title,
        text=f"{' et '.join(names)} lèvent des fonds.",
        companies=[CompanyInfo(name=name) for name in names],
    )


def _rebuilt(store: Store) -> SearchIndex:
    return SearchIndex.from_arrays(BUILD_FROM_EVERY_NAME(store.db.conn))


def _answers(index: SearchIndex) -> list:
    return [[(m.company_id, m.text, m.score) for m in index.search(query, 20)] for query in QUERIES]


def _no_rebuild(*args, **kwargs):
    raise AssertionError("the index was rebuilt from every name although names were only added")


def test_names_added_by_an_import_extend_the_saved_index_without_a_rebuild(db_path, monkeypatch):
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)
    with Store.open(db_path) as store:
        store.import_source(make_source())
        assert store.search("opnai")[0].name == "OpenAI"
    monkeypatch.setattr(search_service, "build_index_arrays", _no_rebuild)
    with Store.open(db_path) as store:
        assert store.search("opnai")[0].name == "OpenAI"  # the saved index, mapped
        store.import_source(_article("Second", "Anthropic", "Mistral AI"))
        assert store.search("anthropic")[0].name == "Anthropic"  # extended in memory
    with Store.open(db_path) as store:
        assert store.search("mistral")[0].name == "Mistral AI"  # the extended index was saved


def test_a_new_launch_extends_an_index_saved_before_an_import(db_path, monkeypatch):
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)
    with Store.open(db_path) as store:
        store.import_source(make_source())
        store.search("openai")
    with Store.open(db_path) as store:  # as `ai-deals import`: no search, the saved index left behind
        store.import_source(_article("Second", "Anthropic"))
    monkeypatch.setattr(search_service, "build_index_arrays", _no_rebuild)
    with Store.open(db_path) as store:
        assert store.search("anthropic")[0].name == "Anthropic"
        assert _answers(store._search.index()) == _answers(_rebuilt(store))


def test_an_extended_index_answers_as_one_built_from_scratch(db_path, monkeypatch):
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)
    with Store.open(db_path) as store:
        store.import_source(make_source())
        store.search("openai")
        for number, names in enumerate(
            [("Anthropic",), ("Mistral AI", "Kakawald"), ("OpenAI Japan", "Amaz")]
        ):
            store.import_source(_article(f"Article {number}", *names))
            stamp = search_service.read_stamp(store.db.conn)
            assert _answers(store._search.index()) == _answers(_rebuilt(store)), stamp


def test_a_merge_indexes_the_names_again_from_every_name(db_path, monkeypatch):
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)
    with Store.open(db_path) as store:
        store.import_source(make_source())
        nvidia, amazon = store.search("nvidia")[0].company_id, store.search("amazon")[0].company_id
        before = search_service.read_stamp(store.db.conn)
        store.merge_companies(amazon, nvidia)
        assert search_service.read_stamp(store.db.conn)["generation"] > before["generation"]
        assert [hit.company_id for hit in store.search("nvidia")] == [amazon]
        assert _answers(store._search.index()) == _answers(_rebuilt(store))


def _equal(left: IndexArrays, right: IndexArrays) -> bool:
    return all(
        np.array_equal(np.asarray(getattr(left, name)), np.asarray(getattr(right, name)))
        for name in IndexArrays.__dataclass_fields__
    )


_NAMES = st.lists(st.text(alphabet="abcdé ōł-月之暗面1", min_size=0, max_size=12), max_size=40)


@settings(max_examples=60, deadline=None)
@given(first=_NAMES, added=_NAMES)
def test_extended_arrays_are_the_arrays_of_one_build(first, added):
    names = first + added
    ids = list(range(1, len(names) + 1))
    aliases = [index % 3 == 0 for index in range(len(names))]
    cut = len(first)
    extended = extend_arrays(
        build_arrays(ids[:cut], first, aliases[:cut]), [(ids[cut:], added, aliases[cut:])]
    )
    assert _equal(extended, build_arrays(ids, names, aliases))


def test_an_extended_index_survives_its_cache_file(tmp_path):
    """Extending arrays mapped from a cache file (read-only memory maps) works as from memory."""
    path = tmp_path / "deals.db.search-index"
    first = [f"Name {n}" for n in range(50)]
    stamp = {"database_id": "x", "generation": 0}
    search_cache.save(path, build_arrays(list(range(50)), first, [False] * 50), stamp)
    mapped = search_cache.load(path, stamp)
    extended = extend_arrays(mapped, [([50], ["Kakawald"], [True])])
    assert _equal(extended, build_arrays(list(range(51)), [*first, "Kakawald"], [False] * 50 + [True]))


def _alike_names(ids: list[int]) -> tuple[list[int], list[str], list[bool]]:
    """Two names of one length per company ("Acme 0042" and its alias "Acme 7042"; one for the
    first): for "acme" they all share the same trigrams and score alike, so the candidate cutoff
    falls inside a tie, between the two names of one company."""
    columns: tuple[list[int], list[str], list[bool]] = ([], [], [])
    for company_id in ids:
        names = [(f"Acme {company_id:04d}", False), (f"Acme {(company_id + 7000) % 10000:04d}", True)]
        for name, is_alias in names[: 1 if company_id == 1 else 2]:
            for column, value in zip(columns, (company_id, name, is_alias), strict=True):
                column.append(value)
    return columns


def test_an_extended_index_and_a_rebuilt_one_rank_names_tied_at_the_cutoff_alike():
    """Many more equal-score names than the candidates ranked: which are weighed is decided by
    company id and name, not by where each lies, so extending gives what rebuilding gives."""
    ids = list(range(1, 3001))
    rebuilt = SearchIndex.from_arrays(build_arrays(*_alike_names(ids)))
    later, earlier = ids[1500:], ids[:1500]  # the low ids appended last: every position differs
    extended = SearchIndex.from_arrays(
        extend_arrays(build_arrays(*_alike_names(later)), [_alike_names(earlier)])
    )
    for query in ("acme", "acme 0", "acme 70", "acm"):
        top = [(m.company_id, m.text, m.score) for m in rebuilt.search(query, 20)]
        assert top == [(m.company_id, m.text, m.score) for m in extended.search(query, 20)], query
        assert len(top) == 20
