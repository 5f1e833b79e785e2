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
_SPACES_AROUND_NEWLINES = re.compile(r" *\n *")


@cache
def _strip_table() -> dict[int, str | None]:
    """str.translate table: combining marks removed, the letters above transliterated (built once)."""
    table: dict[int, str | None] = {ord(k): v for k, v in _TRANSLITERATIONS.items()}
    for block_start, block_end in ((0x0300, 0x0370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100)):
        table.update({cp: None for cp in range(block_start, block_end) if unicodedata.combining(chr(cp))})
    return table


def _fold_text(text: str) -> str:
    """Case and accents off for any text, newlines kept (so a joined batch stays split)."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_strip_table())


def search_key(text: str) -> str:
    """The form names and queries are compared in: "Société Générale S.A." -> "societe generale s a"."""
    return " ".join(_NON_WORD.sub(" ", _fold_text(text.replace("\n", " "))).split())


def search_keys(texts: list[str]) -> list[str]:
    """`search_key` of every text, folded as one string because a million calls would be slow."""
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:
        return [search_key(text) for text in texts]
    folded = _fold_text(joined)
    spaced = _NON_WORD.sub(lambda m: "\n" if "\n" in m.group() else " ", folded)
    if spaced.count("\n") != len(texts) - 1:  # a name that was only punctuation ran into its neighbour
        return [search_key(text) for text in texts]
    return _SPACES_AROUND_NEWLINES.sub("\n", spaced).strip(" ").split("\n") if texts else []


@cache
def _ascii_codes() -> np.ndarray:
    """Alphabet code of each ASCII character: 0 for space, 1-26 letters, 27-36 digits."""
    codes = np.zeros(128, dtype=np.uint32)
    codes[ord("a") : ord("z") + 1] = np.arange(1, 27)
    codes[ord("0") : ord("9") + 1] = np.arange(27, 37)
    return codes


def _codes(codepoints: np.ndarray) -> np.ndarray:
    """Alphabet codes of code points; non-ASCII characters fall in one of the shared buckets."""
    ascii_codes = _ascii_codes()[np.minimum(codepoints, 127)]
    other = 37 + codepoints % _OTHER_BUCKETS
    return np.where(codepoints < 128, ascii_codes, other).astype(np.uint32)


def _trigrams_of_padded(padded: str) -> tuple[np.ndarray, np.ndarray]:
    """(trigram, line number) of every window of newline-separated padded keys."""
    codepoints = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32)
    if len(codepoints) < 3:
        return np.zeros(0, np.uint32), np.zeros(0, np.uint32)
    newline = codepoints == _NEWLINE
    line = np.cumsum(newline, dtype=np.uint32)
    codes = _codes(codepoints)
    trigrams = codes[:-2] * (ALPHABET * ALPHABET) + codes[1:-1] * ALPHABET + codes[2:]
    valid = ~(newline[:-2] | newline[1:-1] | newline[2:])
    return trigrams[valid], line[:-2][valid]


def build_postings(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Postings (key indices, grouped by trigram, ascending) and each trigram's offsets into them."""
    padded = "\n".join(f"  {key} " for key in keys)
    trigrams, lines = _trigrams_of_padded(padded)
    # A stable sort by trigram keeps each trigram's names in ascending order, so repeats are adjacent.
    order = np.argsort(trigrams, kind="stable")
    trigrams, lines = trigrams[order], lines[order]
    repeat = np.zeros(len(lines), dtype=bool)
    repeat[1:] = (trigrams[1:] == trigrams[:-1]) & (lines[1:] == lines[:-1])
    trigrams, lines = trigrams[~repeat], lines[~repeat]
    offsets = np.zeros(TRIGRAM_COUNT + 1, dtype=np.int64)
    np.cumsum(np.bincount(trigrams, minlength=TRIGRAM_COUNT), out=offsets[1:])
    return lines.astype(np.uint32), offsets


def query_trigrams(key: str) -> np.ndarray:
    """Distinct trigrams of a query key, padded in front only: its last word may be unfinished."""
    trigrams, _ = _trigrams_of_padded(f"  {key}")
    return np.unique(trigrams)
