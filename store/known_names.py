"""The names the knowledge file gives one company ("a16z" and "Andreessen Horowitz"), by their exact spellings.

An article's reader (importers/extract/entities.py) names a company the knowledge file knows by its
knowledge name when the article writes one of its spellings exactly, keeping that spelling as an alias:
"a16z" in a story is Andreessen Horowitz. A deal file's cells are written as they are, so its "a16z",
"Sequoia" or "Lightspeed" would be companies of their own beside the Andreessen Horowitz an article or
another vendor's file brought. `knowledge_names` gives the deal-file writer (store/bulk.py) the same
knowledge, read by the same reader of the file (`ai_deals.importers.knowledge_file`): for each exact
spelling, the company's knowledge name and the keys of all its spellings, so an investor cell's name
unknown here joins the company known by another of its spellings, or makes it under its knowledge name,
as an article would. Only exact spellings: a key (`normalize_name`) drops "Holdings" or "Inc", and
"Thrive Holdings" or "Phoenix Inc" are no spellings of Thrive Capital or The Phoenix. Read once; each
lookup is one dict hit (a deal file has a million rows).

A vendor also shortens a fund's name to its first word ("Andreessen" for Andreessen Horowitz). Such a
word is read as the fund (`short_forms`) only where it cannot be another firm's: the knowledge file's
entry is an investor of a name of several words, no other company it knows has a spelling starting
with that word, and the word is no common word, first name or place ("Index", "General", "Tiger", "Jane"
and "Qatar" name nobody for sure; The Phoenix is an insurer, no fund). The database is asked too, when
such a word is first met (`BulkResolver._starts_no_other`): another company whose name starts with it
keeps it its own name. A wrong join would merge two firms' money; a missed one is merged by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ai_deals.importers.knowledge_file import read_knowledge_file, spellings_of

from .names import GENERIC_WORDS, fold, normalize_name


@dataclass(frozen=True, slots=True)
class KnownName:
    """A company of the knowledge file: its name, its key, and the keys of every spelling of it."""

    name: str
    key: str
    keys: tuple[str, ...]
    short_form: bool = False
    """Read from the first word of its name (`short_forms`), not from a spelling the file gives it."""
    spellings: tuple[str, ...] = ()
    """The file's other spellings of it ("a16z"): the aliases a company made under its name gets."""


def known_name(names: dict[str, KnownName], folded: dict[str, KnownName], cell: str) -> KnownName | None:
    """The company of the knowledge file `cell` spells, in any case ("A16Z", "SEQUOIA" as "a16z",
    "Sequoia"): its exact spelling first (`knowledge_names`), then its case folded
    (`folded_knowledge_names`), a second dict hit on a miss only."""
    known = names.get(cell)
    return known if known is not None else folded.get(cell.casefold())


@cache
def knowledge_names() -> dict[str, KnownName]:
    """Each exact spelling -> the company of the knowledge file it names, and each safe first word of an
    investor's name -> that investor (`short_forms`; a spelling wins over a short form). A spelling two
    of its companies share is left out: it names neither for sure."""
    knowledge = read_knowledge_file()
    spellings: dict[str, set[str]] = {}
    for entry in knowledge["companies"]:
        spellings.setdefault(entry["name"], set()).update(spellings_of(entry))
    owners: dict[str, set[str]] = {}
    for name, names in spellings.items():
        for spelling in names:
            owners.setdefault(spelling, set()).add(name)
    by_spelling: dict[str, KnownName] = {}
    for name, names in spellings.items():
        keys = tuple(dict.fromkeys(k for s in [name, *sorted(names - {name})] if (k := normalize_name(s))))
        others = tuple(sorted(names - {name}))
        known = KnownName(name=name, key=normalize_name(name), keys=keys, spellings=others)
        for spelling in names:
            if len(owners[spelling]) == 1:
                by_spelling[spelling] = known
    return short_forms(knowledge, spellings, by_spelling) | by_spelling


@cache
def folded_knowledge_names() -> dict[str, KnownName]:
    """`knowledge_names` keyed by each spelling's case folded ("a16z" for "A16Z", "sequoia" for "SEQUOIA"):
    names are the same whatever their case, as elsewhere. A spelling wins over a short form; a folding two
    companies' spellings share ("Foo" and "FOO", two companies) is left out: it names neither for sure."""
    owners: dict[str, set[str]] = {}
    for entry in read_knowledge_file()["companies"]:
        for spelling in spellings_of(entry):
            owners.setdefault(spelling.casefold(), set()).add(entry["name"])
    names = knowledge_names()
    spellings_last = sorted(names.items(), key=lambda item: not item[1].short_form)
    folded = {spelling.casefold(): known for spelling, known in spellings_last}
    return {key: known for key, known in folded.items() if owners.get(key, {known.name}) <= {known.name}}


def short_forms(
    knowledge: dict[str, Any], spellings: dict[str, set[str]], by_spelling: dict[str, KnownName]
) -> dict[str, KnownName]:
    """The first word of an investor's name of several words ("Andreessen") -> that investor, when no
    other company of the file has a spelling starting with it, it is no common word (`_common_words`), and the
    rest of the name is more than words any firm's name has ("Smilegate Investment": "Smilegate" may be the
    group the fund belongs to)."""
    starting: dict[str, set[str]] = {}  # a first word folded -> the companies a spelling starts with it
    for name, names in spellings.items():
        for spelling in names:
            starting.setdefault(fold(spelling.split()[0]), set()).add(name)
    common = _common_words(knowledge)
    forms: dict[str, KnownName] = {}
    for entry in knowledge["companies"]:
        word, *rest = entry["name"].split()
        if entry["kind"] != "investor" or not rest or entry["name"] not in by_spelling:
            continue
        if all(fold(other) in GENERIC_WORDS for other in rest):
            continue  # "Smilegate Investment": "Smilegate" may be the group the fund belongs to

        if len(starting[fold(word)]) == 1 and _may_be_short_form(word, common):
            forms[word] = replace(by_spelling[entry["name"]], short_form=True)
    return forms


def _may_be_short_form(word: str, common: frozenset[str]) -> bool:
    """Whether `word` may name a firm by itself: a word of letters, four or more, and no common word."""
    return word.isalpha() and len(word) >= 4 and fold(word) not in common


def _common_words(knowledge: dict[str, Any]) -> frozenset[str]:
    """Words that name no firm by themselves: the words of firms' names (`GENERIC_WORDS`: "Capital",
    "Partners"), the file's common words, first names, countries, cities, nationalities and demonyms (each
    word of them, case and accents folded)."""
    listed = [
        *GENERIC_WORDS,
        *knowledge["common_words"],
        *knowledge["first_names"],
        *knowledge["countries"],
        *knowledge["cities"],
        *knowledge["nationalities"],
        *knowledge["city_demonyms"],
    ]
    return frozenset(fold(word) for phrase in listed for word in phrase.split())


def spelling_written(known: KnownName, cell: str) -> str:
    """The knowledge file's own spelling of `known` that `cell` writes in some case ("LSVP" for a cell's
    "Lsvp"), for the import to name the spelling it knows; `cell` itself when it is a short form."""
    folded = cell.casefold()
    return next((s for s in (known.name, *known.spellings) if s.casefold() == folded), cell)


def keeps_its_words(spelling: str, key: str) -> bool:
    """Whether `spelling`'s key (`normalize_name`) keeps all its words, so that it may be an alias of its
    company: "Phoenix Holdings" keys as "phoenix", which would make every "Phoenix" The Phoenix, an insurer."""
    return len(key.split()) == len(spelling.split())
