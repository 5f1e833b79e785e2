"""A keystroke's search does less work for the same results (ks33): the candidates' spellings and
company ids read at once, ascending posting lists merged rather than sorted afresh, the key lengths
gathered as 2-byte numbers, and an ASCII hit's highlight folded without a per-character pass."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest

from ai_deals.store import names as names_module
from ai_deals.store import search as search_module
from ai_deals.store.names import fold_char, fold_with_map
from ai_deals.store.search import RANK_ALL_BELOW, IndexedName, SearchIndex


def _filler(count: int) -> list[str]:
    rng = random.Random(33)
    syllables = ["ka", "lo", "mi", "ne", "ro", "ta", "vi", "su", "de", "ga"]
    return [
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).title()
        + rng.choice([" Labs", " AI", ""])
        for _ in range(count)
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    names = ["Kalomi Robotics", "Kalo Minerals", *_filler(RANK_ALL_BELOW * 3)]
    return SearchIndex([IndexedName(i, name, False) for i, name in enumerate(names)])


def test_a_keystroke_reads_its_candidates_spellings_at_once_not_one_by_one(index, monkeypatch):
    calls = []
    decode = search_module._decode

    def counted(blob, offsets, indices):
        calls.append(len(indices))
        return decode(blob, offsets, indices)

    monkeypatch.setattr(search_module, "_decode", counted)
    hits = index.search("kalo", 50)
    assert len(hits) == 50
    # The keys and the spellings of every candidate; a tie at the cutoff reads that company's names.
    assert len(calls) <= 4, f"{len(calls)} reads of names for one keystroke"


def test_candidates_merge_the_ascending_posting_lists_without_sorting_them_afresh(monkeypatch):
    rng = np.random.default_rng(33)
    lists = [np.unique(rng.integers(0, 5000, size)).astype(np.uint32) for size in (40, 900, 3000, 7)]
    expected = Counter(int(name) for found in lists for name in found)

    def refused(*args, **kwargs):
        raise AssertionError("np.unique sorts every posting read again")

    monkeypatch.setattr(np, "unique", refused)
    hits, shared = search_module._shared_trigrams(lists)
    assert hits.tolist() == sorted(expected)
    assert shared.tolist() == [expected[name] for name in sorted(expected)]


def test_a_keystroke_gathers_key_lengths_two_bytes_a_name_capped_as_ties_are_ordered():
    long_name = "Kalomi " + "x" * 1500
    index = SearchIndex([IndexedName(i, name, False) for i, name in enumerate([long_name, *_filler(3000)])])
    assert index._short_first.dtype == np.uint16
    expected = np.minimum(np.diff(index.arrays.key_offsets), 1023)
    assert index._short_first.tolist() == expected.tolist()


def test_an_ascii_names_highlight_is_folded_without_a_pass_per_character(monkeypatch):
    def refused(char):
        raise AssertionError("folded one character at a time")

    monkeypatch.setattr(names_module, "fold_char", refused)
    assert fold_with_map("OpenAI Labs") == ("openai labs", list(range(11)))


def test_an_ascii_names_fold_and_map_are_those_of_folding_each_character():
    every_ascii = "".join(map(chr, range(128)))
    folded, origin = fold_with_map(every_ascii)
    assert folded == "".join(fold_char(char) for char in every_ascii)
    assert origin == [index for index, char in enumerate(every_ascii) for _ in fold_char(char)]
    assert fold_with_map("Société Générale") == ("societe generale", list(range(16)))
