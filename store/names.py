"""Name normalisation shared by entity resolution and search.

Both need the same idea of "the same name": case-, accent- and punctuation-insensitive, with legal
suffixes ("Inc.", "Corp", "SA") dropped so "SoftBank Group Corp." and "Softbank" meet.
"""

from __future__ import annotations

import re
import unicodedata

# Legal forms and generic words that do not tell two companies apart.
_SUFFIXES = {
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "llc",
    "plc",
    "sa",
    "sas",
    "sarl",
    "ag",
    "gmbh",
    "nv",
    "bv",
    "spa",
    "kk",
    "group",
    "groupe",
    "holdings",
    "holding",
    # Nordic, German, Italian and US public-benefit forms ("Aker ASA", "SAP SE", "Anthropic PBC").
    "asa",
    "ab",
    "oyj",
    "se",
    "kgaa",
    "srl",
    "pbc",
}
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold_char(char: str) -> str:
    """One character folded for matching: lower case, accents removed ('É' -> 'e', 'ß' -> 'ss')."""
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a whole string, punctuation kept."""
    if text.isascii():
        return text.lower()  # what fold_char gives every ASCII character, at C speed
    return "".join(fold_char(c) for c in text)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """`fold(text)` plus, for each folded character, the index of the original it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        piece = fold_char(char)
        folded.append(piece)
        origin.extend([index] * len(piece))
    return "".join(folded), origin


def normalize_name(name: str) -> str:
    """The key under which two spellings of one organisation's name are the same."""
    words = [w for w in _NON_WORD.split(fold(name)) if w]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return " ".join(words)
