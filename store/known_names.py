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
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ai_deals.importers.knowledge_file import read_knowledge_file, spellings_of

from .names import normalize_name


@dataclass(frozen=True, slots=True)
class KnownName:
    """A company of the knowledge file: its name, its key, and the keys of every spelling of it."""

    name: str
    key: str
    keys: tuple[str, ...]


@cache
def knowledge_names() -> dict[str, KnownName]:
    """Each exact spelling -> the company of the knowledge file it names. A spelling two of its companies
    share is left out: it names neither for sure."""
    spellings: dict[str, set[str]] = {}
    for entry in read_knowledge_file()["companies"]:
        spellings.setdefault(entry["name"], set()).update(spellings_of(entry))
    owners: dict[str, set[str]] = {}
    for name, names in spellings.items():
        for spelling in names:
            owners.setdefault(spelling, set()).add(name)
    by_spelling: dict[str, KnownName] = {}
    for name, names in spellings.items():
        keys = tuple(dict.fromkeys(k for s in [name, *sorted(names - {name})] if (k := normalize_name(s))))
        known = KnownName(name=name, key=normalize_name(name), keys=keys)
        for spelling in names:
            if len(owners[spelling]) == 1:
                by_spelling[spelling] = known
    return by_spelling
