"""Search keys and their character trigrams, computed for a million names at once.

A name's search key is its folded form (lower case, accents off, "Łódź" -> "lodz") with every run of
punctuation or spaces made one space. Words are runs of letters, digits and marks in any script; in
Chinese and Japanese, and in Korean syllables, each character counts as a word ("月 之 暗 面"), since
those scripts write no spaces: "暗面" is then a word start of "月之暗面", found by its trigrams. Trigrams are taken over the key padded as "  key " so that
"  g" marks a name starting with g and " go" a word starting with go: one- and two-letter queries
then have postings of their own. Characters are mapped onto a 64-letter alphabet (space, a-z, 0-9,
and 27 buckets for everything else), so a trigram is an integer below 64**3.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import numpy as np

from .names import decompose, is_accent

# The version of what `search_key` makes of a name, and of the names indexed: a search index cached
# under another is rebuilt (3: the knowledge file's spellings of a company named by its knowledge name).
KEY_VERSION = 3
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
# What separates words in ASCII text (no table of marks needed: the common case).
_ASCII_NON_WORD = re.compile(r"[\W_]+")
_ASCII_NON_WORD_KEEPING_LINES = re.compile(r"[^\w\n]+")
# Characters of scripts written without spaces between words: Hiragana, Katakana, Han ideographs and
# Hangul syllables, each made a word of its own.
_UNSPACED = re.compile(
    "([\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff])"
)


def _ranges(codes: list[int]) -> str:
    """A regex class body for code points (sorted): runs written as ranges."""
    parts, start = [], None
    for index, code in enumerate(codes):
        if start is None:
            start = code
        if index + 1 == len(codes) or codes[index + 1] != code + 1:
            parts.append(re.escape(chr(start)) + ("" if start == code else "-" + re.escape(chr(code))))
            start = None
    return "".join(parts)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _patterns(text: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Accents, and what separates words (with and without newlines kept) in `text`."""
    return _patterns_for(_ASTRAL.search(text) is not None)


@cache
def _patterns_for(astral: bool) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Accents, and what separates words: marks of every script are parts of words, as in `names`
    (scanning the planes that hold marks takes ~20 ms, once). Classes of characters beyond the
    Basic Multilingual Plane are matched range by range, not from a table (3-5 times slower), so
    they are only used for text holding such characters."""
    planes = [*range(0x30000), *range(0xE0000, 0xE1000)] if astral else range(0x10000)
    marks = [c for c in planes if unicodedata.category(chr(c))[0] == "M"]
    accents = [c for c in marks if is_accent(chr(c))]
    kept = _ranges([c for c in marks if not is_accent(chr(c))])
    return (
        re.compile(f"[{_ranges(accents)}]+"),
        re.compile(f"[^\\w{kept}]+"),
        re.compile(f"[^\\w\\n{kept}]+"),
    )


def _fold_text(text: str) -> str:
    """Case and accents off for any text, newlines kept (so a joined batch stays split)."""
    if text.isascii():
        return text.lower()
    accents = _patterns(text)[0]
    folded = unicodedata.normalize("NFC", accents.sub("", decompose(text)))
    for letter, replacement in _TRANSLITERATIONS.items():
        if letter in folded:
            folded = folded.replace(letter, replacement)
    return _UNSPACED.sub(r" \1 ", folded)


def search_key(text: str) -> str:
    """The form names and queries are compared in: "Société Générale S.A." -> "societe generale s a"."""
    folded = _fold_text(text.replace("\n", " ").replace("_", " "))
    separators = _ASCII_NON_WORD if folded.isascii() else _patterns(folded)[1]
    return " ".join(separators.sub(" ", folded).split())


def search_keys(texts: list[str]) -> list[str]:
    """`search_key` of every text, folded as one string because a million calls would be slow."""
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a name with a newline in it: do them one by one
        return [search_key(text) for text in texts]
    folded = _fold_text(joined.replace("_", " "))
    separators = _ASCII_NON_WORD_KEEPING_LINES if folded.isascii() else _patterns(folded)[2]
    spaced = separators.sub(" ", folded)
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
    if len(pairs):
        distinct = np.empty(len(pairs), dtype=bool)
        distinct[0] = True
        np.not_equal(pairs[1:], pairs[:-1], out=distinct[1:])
        pairs = pairs[distinct]
    return pairs


class PostingsBuilder:
    """Postings built a batch of keys at a time, without ever sorting all of them together.

    Each batch keeps only its name indices (grouped by trigram) and how many each trigram has;
    `finish` places every batch's run of a trigram after the runs of the batches before it (a
    counting sort), so a million names never need the 19M (trigram, name) pairs in memory at once:
    the peak is the result plus one batch, not three copies of all the pairs.
    """

    def __init__(self, first: int = 0) -> None:
        """Names numbered from `first` (after an existing index's, when extending one)."""
        self._names: list[np.ndarray] = []  # uint32 per batch, grouped by trigram, ascending
        self._counts: list[np.ndarray] = []  # int64 per batch, postings per trigram
        self._next = first

    def add(self, keys: list[str]) -> None:
        """Keys of the next names, numbered after the ones already added."""
        pairs = _trigram_keys(keys, self._next)
        self._next += len(keys)
        self._counts.append(np.bincount((pairs >> np.uint64(32)).astype(np.int64), minlength=TRIGRAM_COUNT))
        self._names.append((pairs & np.uint64(0xFFFFFFFF)).astype(np.uint32))

    def finish(self) -> tuple[np.ndarray, np.ndarray]:
        """Postings (name indices grouped by trigram, ascending) and each trigram's offsets into them."""
        totals = np.zeros(TRIGRAM_COUNT, dtype=np.int64)
        for counts in self._counts:
            totals += counts
        offsets = np.zeros(TRIGRAM_COUNT + 1, dtype=np.int64)
        np.cumsum(totals, out=offsets[1:])
        postings = np.empty(int(offsets[-1]), dtype=np.uint32)
        placed = offsets[:-1].copy()  # where each trigram's next run goes
        while self._names:
            names, counts = self._names.pop(0), self._counts.pop(0)
            run_starts = np.zeros(TRIGRAM_COUNT, dtype=np.int64)
            np.cumsum(counts[:-1], out=run_starts[1:])
            # Posting j of trigram t's run goes to placed[t] + (j - run_starts[t]).
            targets = np.repeat(placed - run_starts, counts)
            targets += np.arange(len(names), dtype=np.int64)
            postings[targets] = names
            placed += counts
        return postings, offsets


def build_postings(keys: list[str], chunk: int = 200_000) -> tuple[np.ndarray, np.ndarray]:
    """Postings (key indices, grouped by trigram, ascending) and each trigram's offsets into them."""
    builder = PostingsBuilder()
    for start in range(0, len(keys), chunk):
        builder.add(keys[start : start + chunk])
    return builder.finish()


def query_trigrams(key: str) -> np.ndarray:
    """Distinct trigrams of a query key, padded in front only: its last word may be unfinished."""
    return np.unique(_trigrams_of_padded(f"  {key}"))
