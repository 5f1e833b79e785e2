"""The trigram search index: right answers past the size where every name is ranked, and its cache."""

from __future__ import annotations

import random
import tracemalloc

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ai_deals.importers.models import CompanyInfo, ParsedSource
from ai_deals.store import Store, search_cache, search_service
from ai_deals.store import search as search_module
from ai_deals.store.search import RANK_ALL_BELOW, IndexedName, SearchIndex, build_arrays, stands_for
from ai_deals.store.search_keys import search_key, search_keys

from factories import make_source, one_stake

TARGETS = ["Goldman Sachs", "Société Générale", "Łódź Robotyka", "Mistral AI", "Deutsche Börse", "OpenAI"]


def _filler(count: int) -> list[str]:
    """Invented names, enough to take the index past ranking everything."""
    rng = random.Random(7)
    syllables = "ka lo mi ne ta ro su vi da be ga ho".split()
    return [
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).title() + f" {n}"
        for n in range(count)
    ]


@pytest.fixture(scope="module")
def big_index() -> SearchIndex:
    names = TARGETS + _filler(RANK_ALL_BELOW * 3)
    entries = [IndexedName(i, name, False) for i, name in enumerate(names)]
    entries.append(IndexedName(TARGETS.index("OpenAI"), "le créateur de ChatGPT", True))
    return SearchIndex(entries)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("goldmann sachs", "Goldman Sachs"),
        ("sachs goldman", "Goldman Sachs"),
        ("societe generale", "Société Générale"),
        ("lodz", "Łódź Robotyka"),
        ("mistral", "Mistral AI"),
        ("deutsche borse", "Deutsche Börse"),
        ("createur de chatgpt", "le créateur de ChatGPT"),
        ("gold", "Goldman Sachs"),
    ],
)
def test_large_index_finds_misspelt_reordered_accentless_prefix_and_alias_queries(big_index, query, expected):
    assert big_index.search(query, 5)[0].text == expected


def test_one_and_two_letter_queries_answer_with_names_starting_so(big_index):
    assert all(search_key(m.text).startswith("m") for m in big_index.search("m", 10))
    hits = big_index.search("mi", 50)
    assert hits and all(any(w.startswith("mi") for w in search_key(m.text).split()) for m in hits)


def test_each_company_appears_once_with_its_best_name(big_index):
    hits = big_index.search("chatgpt openai", 10)
    assert len({m.company_id for m in hits}) == len(hits)


def test_hit_positions_point_into_the_original_spelling(big_index):
    (hit, *_) = big_index.search("societe", 1)
    assert [hit.text[i] for i in hit.positions] == list("Société")


def test_query_of_only_punctuation_matches_nothing(big_index):
    assert big_index.search(" -- ", 5) == []


@given(st.lists(st.text(max_size=12), max_size=8))
def test_keys_folded_as_a_batch_equal_keys_folded_one_by_one(texts):
    assert search_keys(texts) == [search_key(text) for text in texts]


def test_cache_file_round_trips_and_refuses_another_stamp(tmp_path, big_index):
    path = tmp_path / "deals.db.search-index"
    stamp = {"database_id": "abc", "generation": 3}
    assert search_cache.save(path, big_index.arrays, stamp)
    loaded = SearchIndex.from_arrays(search_cache.load(path, stamp))
    assert loaded.search("goldmann sachs", 1)[0].text == "Goldman Sachs"
    assert search_cache.load(path, {"database_id": "abc", "generation": 4}) is None


def test_damaged_cache_file_is_ignored(tmp_path):
    arrays = build_arrays([1, 2], ["Alpha", "Beta"], [False, False])
    path = tmp_path / "deals.db.search-index"
    search_cache.save(path, arrays, {"database_id": "x", "generation": 1})
    path.write_bytes(path.read_bytes()[:-200])
    assert search_cache.load(path, {"database_id": "x", "generation": 1}) is None


def test_a_cache_file_of_another_stamp_is_turned_down_by_its_header_without_reading_its_arrays(
    tmp_path, monkeypatch
):
    arrays = build_arrays([1, 2], ["Alpha", "Beta"], [False, False])
    path = tmp_path / "deals.db.search-index"
    search_cache.save(path, arrays, {"database_id": "x", "generation": 1})

    def no_mapping(*args):
        raise AssertionError("a stale cache file's arrays were mapped and checked")

    monkeypatch.setattr(search_cache, "_map", no_mapping)
    monkeypatch.setattr(search_cache, "_consistent", no_mapping)
    assert search_cache.load(path, {"database_id": "x", "generation": 2}) is None
    assert search_cache.load_if(path, lambda header: header["generation"] == 2) is None


def test_next_launch_loads_the_saved_index_instead_of_rebuilding(db_path, monkeypatch):
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)
    with Store.open(db_path) as store:
        store.import_source(make_source())
        assert store.search("opnai")[0].name == "OpenAI"
    assert search_cache.cache_path(db_path).exists()

    def no_rebuild(*args):
        raise AssertionError("the index was rebuilt although no name changed")

    monkeypatch.setattr(search_service, "build_index_arrays", no_rebuild)
    with Store.open(db_path) as store:
        assert store.search("opnai")[0].name == "OpenAI"


def test_a_new_name_moves_the_additions_and_is_found(db_path, monkeypatch):
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)
    with Store.open(db_path) as store:
        store.import_source(make_source())
        before = search_service.read_stamp(store.db.conn)
        assert all(hit.name != "Anthropic" for hit in store.search("anthropic"))
        text = "Anthropic lève des fonds."
        store.import_source(
            ParsedSource(title="Second", text=text, companies=[CompanyInfo(name="Anthropic")])
        )
        assert search_service.read_stamp(store.db.conn)["additions"] > before["additions"]
        assert store.search("anthropic")[0].name == "Anthropic"


def test_a_company_put_back_under_its_old_id_is_found_again(db_path, monkeypatch):
    """An undone removal or merge reinserts old ids: not an append an index can extend itself with."""
    monkeypatch.setattr(search_service, "CACHE_FROM_NAMES", 0)
    with Store.open(db_path) as store:
        store.import_source(make_source())
        conn = store.db.conn
        for name in ("Kestrel Photonics", "Zephyr Labs"):  # no records: free to remove
            conn.execute("INSERT INTO companies (name, normalized) VALUES (?, ?)", [name, name.lower()])
            conn.execute(
                "INSERT INTO aliases (company_id, alias, normalized) VALUES (last_insert_rowid(), ?, ?)",
                [name, name.lower()],
            )
        kestrel = conn.execute("SELECT * FROM companies WHERE name = 'Kestrel Photonics'").fetchone()
        aliases = conn.execute("SELECT * FROM aliases WHERE company_id = ?", [kestrel[0]]).fetchall()
        conn.execute("DELETE FROM aliases WHERE company_id = ?", [kestrel[0]])
        conn.execute("DELETE FROM companies WHERE id = ?", [kestrel[0]])
        store._search.invalidate()
        assert all(hit.name != "Kestrel Photonics" for hit in store.search("kestrel"))
        before = search_service.read_stamp(conn)
        conn.execute(f"INSERT INTO companies VALUES ({', '.join('?' * len(kestrel))})", kestrel)
        for alias in aliases:
            conn.execute(f"INSERT INTO aliases VALUES ({', '.join('?' * len(alias))})", alias)
        store._search.invalidate()
        assert search_service.read_stamp(conn)["generation"] > before["generation"]
        assert store.search("kestrel")[0].name == "Kestrel Photonics"


def test_another_process_writing_a_name_is_seen(db_path):
    with Store.open(db_path) as reader, Store.open(db_path) as writer:
        writer.import_source(make_source())
        assert reader.search("opnai")[0].name == "OpenAI"


def test_prepare_builds_the_index_from_a_worker_connection(db_path):
    with Store.open(db_path) as store:
        store.import_source(make_source())
        store._search.prepare()
        assert store._search._current is not None
        assert store.search("nvdia")[0].name == "Nvidia"


def test_prepare_ranks_once_so_the_first_keystroke_is_not_the_cold_one(db_path, monkeypatch):
    with Store.open(db_path) as store:
        store.import_source(make_source())
        ranked = []
        real = SearchIndex.search
        monkeypatch.setattr(
            SearchIndex,
            "search",
            lambda self, query, limit=50: ranked.append(query) or real(self, query, limit),
        )
        store._search.invalidate()
        store._search.prepare()
    assert len(ranked) == 1


def _postings_by_hand(keys: list[str]) -> dict[int, list[int]]:
    """Trigram -> ascending indices of the keys that have it, the slow and obvious way."""
    from ai_deals.store.search_keys import _trigrams_of_padded

    table: dict[int, set[int]] = {}
    for index, key in enumerate(keys):
        for trigram in _trigrams_of_padded(f"  {key} ").tolist():
            table.setdefault(trigram, set()).add(index)
    return {trigram: sorted(names) for trigram, names in table.items()}


@given(st.lists(st.text(alphabet="abcé Łx1-", max_size=12), max_size=40), st.integers(1, 7))
def test_postings_built_in_batches_are_every_trigrams_names_in_order(texts, batch):
    from ai_deals.store.search_keys import TRIGRAM_COUNT, build_postings

    keys = search_keys(texts)
    postings, offsets = build_postings(keys, chunk=batch)
    assert len(offsets) == TRIGRAM_COUNT + 1
    found = {
        trigram: postings[offsets[trigram] : offsets[trigram + 1]].tolist()
        for trigram in np.flatnonzero(np.diff(offsets)).tolist()
    }
    assert found == _postings_by_hand(keys)


def test_index_built_in_batches_equals_one_built_at_once():
    names = TARGETS + _filler(500)
    ids = list(range(len(names)))
    aliases = [index % 3 == 0 for index in ids]
    whole = build_arrays(ids, names, aliases, batch=len(names))
    batched = build_arrays(ids, names, aliases, batch=37)
    for field in whole.__dataclass_fields__:
        assert np.array_equal(getattr(whole, field), getattr(batched, field)), field


def test_store_index_read_in_batches_finds_names_of_every_batch(fresh_store, monkeypatch):
    real = search_service.read_name_batches
    monkeypatch.setattr(
        search_service, "read_name_batches", lambda conn, **bounds: real(conn, size=2, **bounds)
    )
    fresh_store.import_source(one_stake("Vantor Capital", "Kalmiro Robotics", title="One"))
    fresh_store.import_source(one_stake("Oblique Partners", "Zephyrine Labs", title="Two"))
    for name in ("Kalmiro Robotics", "Vantor Capital", "Zephyrine Labs", "Oblique Partners"):
        assert fresh_store.search(name.lower())[0].name == name


CJK_TARGETS = ["月之暗面", "智谱", "百川智能", "ソフトバンク", "삼성전자", "شركة الذكاء"]


@pytest.fixture(scope="module")
def big_index_of_other_scripts() -> SearchIndex:
    filler = _filler(RANK_ALL_BELOW * 3)
    # CJK filler too, so the trigram buckets shared by unrelated ideographs are crowded
    rng = random.Random(11)
    ideographs = [chr(code) for code in range(0x4E00, 0x4E00 + 3000)]
    filler += [
        "".join(rng.choice(ideographs) for _ in range(rng.randint(2, 5))) for _ in range(RANK_ALL_BELOW)
    ]
    names = CJK_TARGETS + filler
    return SearchIndex([IndexedName(i, name, False) for i, name in enumerate(names)])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("月之暗面", "月之暗面"),
        ("智谱", "智谱"),  # two characters: a whole Chinese name
        ("暗面", "月之暗面"),  # a part of a name written without spaces
        ("智能", "百川智能"),
        ("ソフトバンク", "ソフトバンク"),
        ("삼성", "삼성전자"),
        ("الذكاء", "شركة الذكاء"),
    ],
)
def test_large_index_finds_names_of_other_scripts_by_their_whole_or_a_part(
    big_index_of_other_scripts, query, expected
):
    assert big_index_of_other_scripts.search(query, 5)[0].text == expected


def test_search_keys_keep_every_script_and_make_each_ideograph_a_word():
    assert search_key("月之暗面") == "月 之 暗 面"
    assert search_key("شركة الذكاء") == "شركة الذكاء"
    assert search_key("हिन्दी") == "हिन्दी"  # vowel signs and virama are parts of the word
    assert search_key("Société Générale S.A.") == "societe generale s a"


@given(st.lists(st.text(alphabet="月之暗面ガｿﾞ삼성 ́شَركةक्षa-_\n", max_size=12), max_size=8))
def test_keys_of_other_scripts_folded_as_a_batch_equal_keys_folded_one_by_one(texts):
    assert search_keys(texts) == [search_key(text) for text in texts]


def test_a_cache_written_with_other_search_keys_is_not_reused(tmp_path, monkeypatch):
    arrays = build_arrays([1, 2], ["Alpha", "Beta"], [False, False])
    path = tmp_path / "deals.db.search-index"
    stamp = {"database_id": "x", "generation": 1}
    monkeypatch.setattr(search_cache, "KEY_VERSION", search_cache.KEY_VERSION - 1)
    search_cache.save(path, arrays, stamp)
    monkeypatch.undo()
    assert search_cache.load(path, stamp) is None


@pytest.mark.parametrize(
    ("query", "name"),
    [("Cognac", "Cognaé"), ("softbnk", "SoftBank"), ("Mistral", "Mistral AI"), ("暗面", "月之暗面"),
     ("groupe de Redmond", "le groupe de Redmond"), ("OPENAI", "OpenAI")],
)  # fmt: skip
def test_a_typo_or_most_of_the_words_stand_for_a_name(query, name):
    assert stands_for(query, name)


@pytest.mark.parametrize(
    ("query", "name"),
    [("nope", "OpenAI"), ("Kaja Health", "Kaja"), ("ai", "Mistral AI"), ("", "OpenAI"), ("Meta", "Beta")],
)
def test_a_piece_of_a_word_or_a_missing_word_does_not_stand_for_a_name(query, name):
    assert not stands_for(query, name)


@pytest.mark.parametrize(
    ("query", "first", "behind"),
    [
        ("opn", "OpenAI", "Amazon"),  # letters in order from the first one beat letters anywhere
        ("ai", "Mistral AI", "Baidu"),  # the start of a later word beats the inside of a word
    ],
)
def test_a_name_whose_words_the_query_starts_ranks_before_one_that_merely_contains_its_letters(
    query, first, behind
):
    index = SearchIndex([IndexedName(i, name, False) for i, name in enumerate([behind, first, "Co-op"])])
    names = [match.text for match in index.search(query)]
    # Letters merely found in a name ("o…n" of "Amazon" for "opn") are no hit at all now.
    assert names[0] == first and (behind not in names or names.index(first) < names.index(behind))


# Names a tester's 100k database answered with high scores for queries naming none of them.
LOOKALIKES = [
    "Rań",
    "Rańść",
    "Rańśćń",
    "Roleñarí",
    "Veña",
    "Ōni",
    "Mica",
    "Micz",
    "Miń",
    "Mano SA",
    "Lumon SA",
    "Saca",
]


@pytest.mark.parametrize("query", ["bpifrance", "openai", "microsoft", "goldman sachs"])
def test_a_name_found_inside_the_query_or_sharing_a_few_letters_is_no_hit(query):
    """ "Rań" for "bpifrance" scored 90, "Roleñarí" for "openai" 71, "Mica" for "microsoft" 77."""
    index = SearchIndex([IndexedName(i, name, False) for i, name in enumerate(LOOKALIKES)])
    assert [(m.text, m.score) for m in index.search(query)] == []


@pytest.mark.parametrize("query", ["bpifrance", "openai", "microsoft", "goldman sachs"])
def test_among_lookalikes_the_real_name_is_the_only_hit(query):
    names = [*LOOKALIKES, "Bpifrance", "OpenAI", "Microsoft", "Goldman Sachs"]
    index = SearchIndex([IndexedName(i, name, False) for i, name in enumerate(names)])
    assert [search_key(m.text) for m in index.search(query)] == [query]


def test_the_exact_name_and_word_starts_rank_before_the_query_inside_a_word():
    """ "cato inv" ranked "Ñalecato Invest" (90) above "Cato Invest" (89)."""
    names = ["Ñalecato Invest", "Cato Capital", "Cato Invest", "Catogumi Invest", "Bocato"]
    index = SearchIndex([IndexedName(i, name, False) for i, name in enumerate(names)])
    found = [m.text for m in index.search("cato inv")]
    assert found[0] == "Cato Invest"
    assert found.index("Ñalecato Invest") > found.index("Catogumi Invest")
    assert [m.text for m in index.search("cato")][:2] == ["Cato Invest", "Cato Capital"]


@pytest.mark.parametrize(
    ("query", "name"),
    [("goldmann sachs", "Goldman Sachs"), ("kakwaald", "Kakawald"), ("sachs goldman", "Goldman Sachs"),
     ("tirennegio", "Tirenegio"), ("rohoki kiko", "Rohaōki Kiko Robotics"), ("opn", "OpenAI")],
)  # fmt: skip
def test_typos_reorders_and_abbreviations_are_still_found_among_lookalikes(query, name):
    index = SearchIndex([IndexedName(i, text, False) for i, text in enumerate([*LOOKALIKES, name])])
    assert [m.text for m in index.search(query)][:1] == [name]


@pytest.mark.parametrize(
    ("query", "ranked", "index"),
    [
        ("Kima", [("Kima Ventures", 96.2)], 0),
        ("Kima", [("Kima Ventures", 96.2), ("Akima Labs", 81.0)], 0),
        ("Cognac", [("Cognaé", 85.0), ("Cognito Labs", 73.0)], 0),
        ("Kaja", [("Kaja Health", 96.3)], 0),  # the only hit
        ("Kima", [("Kimaro", 97.7), ("Kima Ventures", 96.2)], None),
        ("Kima", [("Kima Capital", 96.3), ("Kima Ventures", 96.2)], None),
        ("Kima", [("Kima Ventures", 96.2), ("Kimagination", 96.0)], None),
        ("Mistral", [("Mistral AI", 97.1), ("Mistral AIR", 96.8)], None),
        ("Ki", [("Kaja", 80.0), ("Kimaro", 78.0)], None),
        ("nope", [], None),
    ],
)
def test_the_hit_meant_is_the_only_close_one_else_the_only_hit(query, ranked, index):
    from ai_deals.store.search import meant

    assert meant(query, ranked) == index


def test_counting_the_best_known_companies_holds_no_page_read_up(db_path, monkeypatch):
    """The empty query's ranking reads every record (seconds at a million): counted on a connection of
    its own, a page opened meanwhile (the app's first search runs as it opens) is read at once."""
    import threading

    with Store.open(db_path) as store:
        store.import_source(make_source())
        counting, release = threading.Event(), threading.Event()
        real = search_service._best_known_ids

        def slow(conn, limit):
            counting.set()
            assert release.wait(10)
            return real(conn, limit)

        monkeypatch.setattr(search_service, "_best_known_ids", slow)
        hits: list = []
        searching = threading.Thread(target=lambda: hits.extend(store.search("")))
        searching.start()
        try:
            assert counting.wait(10)
            read = threading.Thread(target=lambda: store.company_head(store.find_company("OpenAI").id))
            read.start()
            read.join(5)
            assert not read.is_alive(), "the page waited for the count"
        finally:
            release.set()
            searching.join(10)
        assert hits[0].name == "OpenAI"
        assert [hit.name for hit in store.search("")] == [hit.name for hit in hits]  # remembered


def _candidates_by_counting_every_name(index: SearchIndex, key: str, wanted: int) -> list[int]:
    """The candidates as a count of shared trigrams per name of the whole index would pick them."""
    offsets, postings = index.arrays.posting_offsets, index.arrays.postings
    lists = search_module._rarest_first(
        [postings[offsets[t] : offsets[t + 1]] for t in search_module.query_trigrams(key)]
    )
    shared = np.bincount(np.concatenate(lists), minlength=len(index))
    hits = np.flatnonzero(shared)
    priority = shared[hits] * 1024 - np.minimum(np.diff(index.arrays.key_offsets)[hits], 1023)
    if len(hits) > wanted:
        hits = index._highest(hits, priority, wanted)
    return sorted(hits.tolist())


@pytest.mark.parametrize("query", ["goldmann sachs", "ka", "lo mi", "tarosu 12", "m"])
def test_candidates_are_the_names_sharing_most_trigrams_as_a_count_over_every_name_finds(big_index, query):
    key = search_key(query)
    assert sorted(big_index._candidates(key, 400).tolist()) == _candidates_by_counting_every_name(
        big_index, key, 400
    )


def test_a_keystrokes_candidates_cost_memory_by_the_postings_read_not_by_the_index_size(big_index):
    # A count per name of the index allocated 8 bytes a name at every keystroke (8 MB at a million);
    # "openai" shares its trigrams with one name only.
    key = search_key("openai")
    big_index._candidates(key, 400)  # numpy's first-call allocations out of the way
    tracemalloc.start()
    try:
        big_index._candidates(key, 400)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < len(big_index) * 8 // 4


def test_a_search_over_a_memory_mapped_cache_reads_its_arrays_without_memmap_indexing(
    tmp_path, big_index, monkeypatch
):
    # np.memmap's Python-level __getitem__ cost ~350 calls a keystroke at a million names.
    path = tmp_path / "deals.db.search-index"
    stamp = {"database_id": "abc", "generation": 3}
    assert search_cache.save(path, big_index.arrays, stamp)
    loaded = SearchIndex.from_arrays(search_cache.load(path, stamp))
    assert isinstance(loaded.arrays.postings, np.memmap)  # still mapped, not copied
    reads = []
    original = np.memmap.__getitem__
    monkeypatch.setattr(np.memmap, "__getitem__", lambda self, key: reads.append(key) or original(self, key))
    expected = [(hit.company_id, hit.text) for hit in big_index.search("goldmann sachs", 20)]
    assert [(hit.company_id, hit.text) for hit in loaded.search("goldmann sachs", 20)] == expected
    assert reads == []
