"""The names the knowledge file gives one company ("a16z" and "Andreessen Horowitz"), by their keys.

An article's reader (importers/extract/entities.py) names a company the knowledge file knows by its
knowledge name, keeping the spelling the article used as an alias: "a16z" in a story is Andreessen
Horowitz. A deal file's cells are written as they are, so its "a16z", "Sequoia" or "Lightspeed"
would be companies of their own beside the Andreessen Horowitz an article or another vendor's file
brought. `knowledge_names` gives the deal-file writer (store/bulk.py) the same knowledge: for each
normalised spelling, the company's knowledge name and the keys of all its spellings, so a row's name
unknown here joins the company known by another of its spellings, or makes it under its knowledge
name, as an article would. Read once; each lookup is one dict hit (a deal file has a million rows).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from .names import normalize_name


@dataclass(frozen=True, slots=True)
class KnownName:
    """A company of the knowledge file: its name, its key, and the keys of every spelling of it."""

    name: str
    key: str
    keys: tuple[str, ...]


@cache
def knowledge_names() -> dict[str, KnownName]:
    """Each spelling's key (`normalize_name`) -> the company of the knowledge file it names. A key two
    of its companies share is left out: it names neither for sure."""
    # The file itself, not the article reader's `knowledge()` (the same spellings: name, names,
    # tickers): importing that module would cost a deal file's import ~0.2 s.
    from importlib import resources  # here: the explorer's first frame never needs it (test_import_hygiene)

    raw = json.loads(resources.files("ai_deals.importers").joinpath("data/knowledge.json").read_text("utf-8"))
    spellings: dict[str, set[str]] = {}
    for entry in raw["companies"]:
        spellings.setdefault(entry["name"], set()).update(entry.get("names", []), entry.get("tickers", []))
    owners: dict[str, set[str]] = {}
    for name, names in spellings.items():
        for spelling in names | {name}:
            if key := normalize_name(spelling):
                owners.setdefault(key, set()).add(name)
    by_key: dict[str, KnownName] = {}
    for name, names in spellings.items():
        keys = tuple(dict.fromkeys(k for s in [name, *sorted(names)] if (k := normalize_name(s))))
        known = KnownName(name=name, key=normalize_name(name), keys=keys)
        for key in keys:
            if len(owners[key]) == 1:
                by_key[key] = known
    return by_key
