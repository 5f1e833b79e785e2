"""Name normalisation shared by entity resolution and search.

Both need the same idea of "the same name": case-, accent- and punctuation-insensitive, with legal
suffixes ("Inc.", "Corp", "SA") dropped so "SoftBank Group Corp." and "Softbank" meet. A word is a run
of letters, digits and the marks that belong to them, in any script: "月之暗面" and "智谱" are two
names, not two empty keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

from ai_deals.importers.controls import MARKUP_TAG, key_text

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
# What separates words in a folded ASCII name (the common case: one C-speed split).
_NON_WORD = re.compile(r"[^0-9a-z]+")
# Names whose keys without their spaces are this long or longer and equal are one company
# ("HuggingFace", "Hugging Face"); shorter ones are too easily two ("AI M" is not "AIM").
MAX_QUERY_LENGTH = 300
"""A search query is read up to the longest name a deal file may give (`importers.cells.MAX_NAME_LENGTH`):
no name matches the rest of a longer one better, and a 10,000-character paste took seconds to answer."""
SQUEEZED_MIN_LENGTH = 6


# Canonical combining classes of marks that spell another word rather than accent a letter: nukta,
# the kana voicing marks ("ガ" is not "カ"), viramas, and the fixed-position vowel and tone marks of
# Telugu, Thai, Lao and Tibetan. Every other combining mark is an accent, folded away: Latin, Greek
# and Cyrillic accents, Hebrew and Arabic vowel points.
_SPELLING_CLASSES = frozenset({7, 8, 9, *range(84, 133)})


def is_accent(char: str) -> bool:
    """Whether a (decomposed) character is a combining mark that matching ignores."""
    combining = unicodedata.combining(char)
    return combining != 0 and combining not in _SPELLING_CLASSES


# Pictographs (emoji, dingbats) a name may hold beside its words ("🦄 Fund"): each is a word of the key of
# its own, so that "🦄 Fund" is not the unrelated "Fund" (a generic word alone). Not letters: a name of
# pictographs only is still nobody's. The emoji variation selectors (text or emoji style) are dropped.
_PICTOGRAPH_RANGES = ((0x2600, 0x27BF), (0x1F000, 0x1FAFF))
_VARIATION_SELECTORS = frozenset({0xFE0E, 0xFE0F})
_FIRST_PICTOGRAPH = chr(_PICTOGRAPH_RANGES[0][0])


def is_pictograph(char: str) -> bool:
    """Whether a character is an emoji or dingbat a name's key keeps as a word of its own."""
    code = ord(char[0])
    return any(low <= code <= high for low, high in _PICTOGRAPH_RANGES)


class KeyCharacters(dict):
    """A `str.translate` table for decomposed text: accents dropped, a pictograph made a word of its
    own, every other character that is no letter, digit or mark made a space; filled as characters
    come (names use a few hundred of the 1.1M code points, and building it whole costs ~0.3 s)."""

    def __missing__(self, code: int) -> int | str | None:
        char = chr(code)
        kept: int | str | None
        if is_accent(char) or code in _VARIATION_SELECTORS:
            kept = None
        elif is_pictograph(char):
            kept = f" {char} "
        elif char.isalnum() or unicodedata.category(char)[0] == "M":  # "ि" is part of "हिन्दी"
            kept = code
        else:
            kept = 0x20
        self[code] = kept
        return kept


@cache
def key_characters() -> KeyCharacters:
    """The one table of the process (only ever grows to the characters names contain)."""
    return KeyCharacters()


def fold_char(char: str) -> str:
    """One character folded for matching: lower case, accents removed ('É' -> 'e', 'ß' -> 'ss')."""
    return "".join(c for c in decompose(char) if not is_accent(c))


def decompose(text: str) -> str:
    """Case folded and compatibility-decomposed, both to the end: "ᴬ" decomposes to "A", folded again."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = decomposed.casefold()
    return decomposed if folded == decomposed else unicodedata.normalize("NFKD", folded)


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a whole string, punctuation kept."""
    if text.isascii():
        return text.lower()  # what fold_char gives every ASCII character, at C speed
    return "".join(fold_char(c) for c in text)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """`fold(text)` plus, for each folded character, the index of the original it came from."""
    if text.isascii():  # one character each, as `fold` folds it: a search's 50 hits are mostly such names
        return text.lower(), list(range(len(text)))
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        piece = fold_char(char)
        folded.append(piece)
        origin.extend([index] * len(piece))
    return "".join(folded), origin


def name_words(folded: str) -> list[str]:
    """The words of a folded name, in any script: "l'oréal s.a." -> ["l", "oreal", "s", "a"]."""
    if folded.isascii():
        return [w for w in _NON_WORD.split(folded) if w]
    return folded.translate(key_characters()).split()


# Markup tags around a name typed with them ("[bold]Gorse Ventures[/]", "<b>Gorse</b> Ventures"): the article
# importer reads them as no part of a name (`extract.sentences._MARKUP_RE`), so an article's "Gorse Ventures" is
# the same investor as a deal file's "[bold]Gorse Ventures[/]", whose name is kept as typed. Only a name holding
# a closing tag is read so: "Foo [Labs]" and "[24]7.ai" keep their brackets' words.
_CLOSING_TAG = re.compile(r"\[/[A-Za-z]{0,10}\]|</[A-Za-z][A-Za-z0-9]{0,10}>")
_MARKUP_TAG = re.compile(MARKUP_TAG)


def key_spelling(name: str) -> str:
    """`name` as its key reads it: `controls.key_text`, and without markup tags when it holds a closing one."""
    name = key_text(name)
    if ("[/" in name or "</" in name) and _CLOSING_TAG.search(name):
        return _MARKUP_TAG.sub("", name)
    return name


def normalize_name(name: str) -> str:
    """The key under which two spellings of one organisation's name are the same.

    Empty only for a name with no letter or digit at all ("…", "—"): such a name is nobody's. Control
    characters, terminal escape sequences and invisible characters (zero-width joiners too) are
    dropped, not read as spaces, as every importer drops them from names ("Evil\x1b[31mCorp" and
    "Evil\u200bCorp" are "evilcorp"), and so are the markup tags of a name holding a closing one
    ("[bold]Gorse Ventures[/]" is "gorse ventures", see `key_spelling`).
    """
    folded = fold(key_spelling(name))
    if not folded.isascii():  # marks kept in words, in canonical order as one NFKD of the name puts them
        folded = unicodedata.normalize("NFKD", folded)
    return key_of_words(name_words(folded), pictographs=not folded.isascii())


def key_of_words(words: list[str], *, pictographs: bool = True) -> str:
    """A name's key from its words: legal suffixes off its end ("SoftBank Group Corp." is "softbank"),
    one word with a letter or digit kept; '' for a name of pictographs only (nobody's). An ASCII name
    has none (`pictographs` False): counting them would triple a bulk import's time spent on keys."""
    lettered = len(words)
    # A pictograph word starts at U+2600 or above: the greatest word tells whether any may be one,
    # in C, so a name of letters (nearly all, in any script below U+2600) asks no word of its own.
    if pictographs and words and max(words) >= _FIRST_PICTOGRAPH:
        lettered -= sum(map(is_pictograph, words))
    if not lettered:
        return ""
    while lettered > 1 and words[-1] in _SUFFIXES:
        words.pop()
        lettered -= 1
    return " ".join(words)


def squeezed(key: str) -> str | None:
    """A normalised name without its spaces, when long enough to be matched so ("huggingface")."""
    joined = key.replace(" ", "")
    return joined if len(joined) >= SQUEEZED_MIN_LENGTH else None


def is_short_form(alias: str, name: str) -> bool:
    """Whether `alias` is `name` cut short: a run of fewer of its words ("Kestrel" of "Kestrel
    Photonics", "Tessellate" of "Tessellate Data"). An article's short form is its way of referring
    to its company, shared by every company of that first word: no evidence two full names are one."""
    return _is_run_of(normalize_name(alias).split(), normalize_name(name).split())


# Words a firm's name may end or begin with that name no firm on their own ("Capital" of Sequoia Capital,
# "Partners", "Ventures"): never an investor's short name (`short_form_owners`).
GENERIC_WORDS = frozenset(
    {
        "capital",
        "partners",
        "partner",
        "ventures",
        "venture",
        "holdings",
        "holding",
        "group",
        "fund",
        "funds",
        "investments",
        "investment",
        "investors",
        "management",
        "equity",
        "growth",
        "labs",
        "technologies",
        "technology",
        "global",
        "international",
        "asset",
        "assets",
        "advisors",
        "associates",
        "bank",
        "securities",
    }
)


def is_leading_short_form(short: list[str], full: list[str]) -> bool:
    """Whether the words `short` begin the longer `full` and are not just generic words: "Coatue" of
    "Coatue Management", "Sequoia" of "Sequoia Capital"; not "Capital" (its last word), not
    "Horowitz" of "Andreessen Horowitz". A firm cut short keeps its first words."""
    return (
        0 < len(short) < len(full)
        and full[: len(short)] == short
        and not all(w in GENERIC_WORDS for w in short)
    )


def _is_run_of(short: list[str], full: list[str]) -> bool:
    """Whether the words `short` are a run of fewer of the words `full`."""
    if not short or len(short) >= len(full):
        return False
    return any(full[i : i + len(short)] == short for i in range(len(full) - len(short) + 1))


def is_description(alias: str) -> bool:
    """Whether an alias describes rather than names ("the Montreal-based company", "le groupe de
    Redmond"): articles write names capitalised. A description never identifies a company."""
    return alias[:1].islower()


def short_form_owners(names: Iterable[str], key: Callable[[str], str] = normalize_name) -> dict[str, str]:
    """Of the names of one round's investors, each bare name that is a leading short form
    (`is_leading_short_form`: never a last or generic word, "Capital" beside Sequoia Capital) of
    exactly one other name there, mapped to that full name: "Fidelity" beside "Fidelity
    Investments" is that investor. A short name fitting several different full names ("Kestrel"
    beside "Kestrel Photonics" and "Kestrel Analytics") is none of them: it stays apart. `key`
    normalises a name (the bulk writer passes its remembered keys)."""
    keyed = {name: key(name) for name in names}
    if len(keyed) < 2:
        return {}
    owners: dict[str, str] = {}
    joined = "\n".join(keyed.values())
    for name, short in keyed.items():
        # Found once (itself) in every key at once, at C speed: most investors are no one's short form.
        if not short or joined.count(short) < 2:
            continue
        fits: dict[str, str] = {}
        for other, full in keyed.items():
            if (
                len(full) > len(short)
                and full.startswith(short)
                and is_leading_short_form(short.split(), full.split())
            ):
                fits.setdefault(full, other)
        if len(fits) == 1:
            owners[name] = next(iter(fits.values()))
    return owners
