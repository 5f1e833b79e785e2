"""The bulk import's cheaper steps per row (session 26): each gives what the longer way gave."""

from __future__ import annotations

import io
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from ai_deals.importers import cells
from ai_deals.store import Store, names
from ai_deals.store.bulk import BulkFactWriter
from ai_deals.structured_import import import_structured

STAKES = (
    "company,investor,kind,amount,currency,date\n"
    "Kakawald,Voaxor Holdings,investment,149609000,USD,2024-02-01\n"
    "Ōka Ūōtoka,Czdaność Holdings,investment,3264000,EUR,2024-10\n"
)


def _import(store: Store, path: Path) -> None:
    import_structured(store, path, skip_bad_rows=False, console=Console(file=io.StringIO()))


def test_a_store_binds_none_through_an_adapter_found_at_once(db_path: Path):
    # Without an adapter for None, sqlite3's search for one ends in "can't adapt" (and, binding a
    # row, in a formatted and dropped AttributeError per None); with it, None is itself: NULL.
    with Store.open(db_path) as store:
        assert sqlite3.adapt(None) is None
        store.db.conn.execute("CREATE TABLE nulls (value)")
        store.db.conn.execute("INSERT INTO nulls VALUES (?)", [None])
        assert store.db.conn.execute("SELECT typeof(value) FROM nulls").fetchall() == [("null",)]


def test_a_stake_with_no_round_that_day_asks_no_round_rule(db_path: Path, tmp_path: Path, monkeypatch):
    def no_rules(self, day, fact):
        raise AssertionError(f"round rules asked of {fact.company} though no round was told that day")

    monkeypatch.setattr(BulkFactWriter, "round_among", no_rules)
    path = tmp_path / "stakes.csv"
    path.write_text(STAKES, encoding="utf-8")
    with Store.open(db_path) as store:
        _import(store, path)
        rows = store.db.conn.execute("SELECT round_id FROM stakes ORDER BY id").fetchall()
    assert rows == [(None,), (None,)]


def test_a_name_of_letters_asks_no_word_whether_it_is_a_pictograph(monkeypatch):
    def asked(word: str) -> bool:
        raise AssertionError(f"{word!r} asked whether it is a pictograph")

    monkeypatch.setattr(names, "is_pictograph", asked)
    assert names.key_of_words(["ōka", "ūōtoka", "holdings"]) == "ōka ūōtoka"
    assert names.key_of_words(["зоряна", "група"]) == "зоряна група"


def _key_word_by_word(words: list[str]) -> str:
    """`key_of_words` as it was: every word asked whether it is a pictograph."""
    lettered = sum(not names.is_pictograph(word) for word in words)
    if not lettered:
        return ""
    while lettered > 1 and words[-1] in names._SUFFIXES:
        words.pop()
        lettered -= 1
    return " ".join(words)


_WORD = st.one_of(
    st.sampled_from(["fund", "inc", "ltd", "ōka", "深圳", "🦄", "☀", "✿x", "\u25ff", "\u2600", "\U0001fb00"]),
    st.text(min_size=1, max_size=3).filter(lambda word: not any(char.isspace() for char in word)),
)


@given(st.lists(_WORD, max_size=5))
def test_a_key_counts_pictographs_as_it_did_word_by_word(words: list[str]):
    assert names.key_of_words(list(words)) == _key_word_by_word(list(words))


def test_a_whole_amount_in_digits_is_read_without_a_decimal(monkeypatch):
    def no_decimal(value):
        raise AssertionError(f"{value!r} read through a Decimal")

    monkeypatch.setattr(cells, "Decimal", no_decimal)
    assert cells.parse_amount("149609000") == (149609000.0, None)
    assert cells.parse_amount("0") == (None, None)


@given(st.text(alphabet="0123456789", min_size=1, max_size=16))
def test_a_whole_amount_in_digits_is_what_its_decimal_reading_was(digits: str):
    amount = Decimal(digits)
    if amount > Decimal(str(cells.MAX_AMOUNT)):
        with pytest.raises(ValueError, match="is larger than the limit of 1e15"):
            cells.parse_amount(digits)
    else:
        assert cells.parse_amount(digits) == ((float(amount) if amount > 0 else None), None)
