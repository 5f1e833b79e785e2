"""Search keys and their character trigrams, computed for a million names at once.

A name's search key is its folded form (lower case, accents off, "Łódź" -> "lodz") with every run of
punctuation or spaces made one space. Trigrams are taken over the key padded as "  key " so that
"  g" marks a name starting with g and " go" a word starting with go: one- and two-letter queries
then have postings of their own. Characters are mapped onto a 64-letter alphabet (space, a-z, 0-9,
and 27 buckets for everything else), so a trigram is an integer below 64**3.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import numpy as np

ALPHABET = 64
TRIGRAM_COUNT = ALPHABET**3
_NEWLINE = 10
_OTHER_BUCKETS = ALPHABET - 37
# Letters NFKD leaves whole: without these "Łódź" and "Lodz" would not meet.
_TRANSLITERATIONS = {
    "ł": "l",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "ħ": "h",
}
_NON_WORD = re.compile(r"[\W_]+")
_NON_WORD_KEEPING_LINES = re.compile(r"[^\w\n]+")


# Combining marks left by NFKD: the accents themselves.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def _fold_text(text: str) -> str:
    """Case and accents off for any text, newlines kept (so a joined batch stays split)."""
    if text.isascii():
        return text.lower()
    folded = _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))
    for letter, replacement in _TRANSLITERATIONS.items():
        if letter in folded:
            folded = folded.replace(letter, replacement)
    return folded


def search_key(text: str) -> str:
    """The form names and queries are compared in: "Société Générale S.A." -> "societe generale s a"."""
    return " ".join(_NON_WORD.sub(" ", _fold_text(text.replace("\n", " "))).split())


def search_keys(texts: list[str]) -> list[str]:
    """`search_key` of every text, folded as one string because a million calls would be slow."""
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a name with a newline in it: do them one by one
        return [search_key(text) for text in texts]
    spaced = _NON_WORD_KEEPING_LINES.sub(" ", _fold_text(joined).replace("_", " "))
    return spaced.replace(" \n", "\n").replace("\n ", "\n").strip(" ").split("\n") if texts else []


@cache
def _code_table() -> np.ndarray:
    """Alphabet code of every code point: 0 space, 1-26 letters, 27-36 digits, then shared buckets."""
    table = (37 + np.arange(0x110000, dtype=np.uint32) % _OTHER_BUCKETS).astype(np.uint8)
    table[:128] = 0
    table[ord("a") : ord("z") + 1] = np.arange(1, 27)
    table[ord("0") : ord("9") + 1] = np.arange(27, 37)
    return table


def _trigrams_of_padded(padded: str) -> np.ndarray:
    """Trigram of every window of newline-separated padded keys (windows across a newline dropped)."""
    codepoints = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32)
    if len(codepoints) < 3:
        return np.zeros(0, np.uint32)
    codes = _code_table()[codepoints].astype(np.uint32)
    trigrams = codes[:-2] * (ALPHABET * ALPHABET) + codes[1:-1] * ALPHABET + codes[2:]
    newline = codepoints == _NEWLINE
    valid = ~(newline[:-2] | newline[1:-1] | newline[2:])
    return trigrams[valid]


def _windows_per_key(keys: list[str]) -> np.ndarray:
    """How many trigrams each key padded as "  key " has: its length + 1."""
    return np.fromiter(map(len, keys), dtype=np.int64, count=len(keys)) + 1


def _trigram_keys(keys: list[str], first: int) -> np.ndarray:
    """Sorted, distinct (trigram << 32 | name index) of keys numbered from `first`."""
    windows = _windows_per_key(keys)
    trigrams = _trigrams_of_padded("\n".join(f"  {key} " for key in keys))
    names = np.repeat(np.arange(first, first + len(keys), dtype=np.uint64), windows)
    pairs = (trigrams.astype(np.uint64) << np.uint64(32)) | names
    pairs.sort()
    return pairs


def build_postings(keys: list[str], chunk: int = 200_000) -> tuple[np.ndarray, np.ndarray]:
    """Postings (key indices, grouped by trigram, ascending) and each trigram's offsets into them.

    Keys are encoded a chunk at a time so the temporary arrays stay small next to the result.
    """
    parts = [_trigram_keys(keys[start : start + chunk], start) for start in range(0, len(keys), chunk)]
    pairs = np.concatenate(parts) if parts else np.zeros(0, np.uint64)
    del parts  # the chunks' copies: this is the build's peak, so let them go before sorting
    pairs.sort()
    if len(pairs):
        distinct = np.empty(len(pairs), dtype=bool)
        distinct[0] = True
        np.not_equal(pairs[1:], pairs[:-1], out=distinct[1:])
        pairs = pairs[distinct]
        del distinct
    # Offsets by binary search rather than a per-posting trigram array: no second big array.
    starts = np.arange(TRIGRAM_COUNT + 1, dtype=np.uint64) << np.uint64(32)
    offsets = np.searchsorted(pairs, starts).astype(np.int64)
    return (pairs & np.uint64(0xFFFFFFFF)).astype(np.uint32), offsets


def query_trigrams(key: str) -> np.ndarray:
    """Distinct trigrams of a query key, padded in front only: its last word may be unfinished."""
    return np.unique(_trigrams_of_padded(f"  {key}"))
