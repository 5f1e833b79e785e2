"""The party a sentence names in a slot that can only hold one: "stake(s) in X", "backer of X", the sellers of
"A and B, both early backers, sold …".

There the name is a party whatever its shape: a known organisation of the article, a spelling the knowledge file
gives one ("Sequoia" for Sequoia Capital, reported by its full name), or else one capitalised word or more
("Zorgly", "Zorgly AI"), which no other rule would have taken for a company on its own."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from .entities import _norm, knowledge
from .stake_purchases import longest_org_at

# One capitalised word or more, each starting with a capital ("Zorgly", "Tessera AI", "Mistral-X"); linking words
# between them are left out (a slot's name ends where a lower-case word begins).
_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4}")


def known_spelling(name: str) -> str | None:
    """The knowledge file's name for `name` when it is one of its spellings or aliases ("Sequoia")."""
    kb = knowledge()
    return kb.by_spelling.get(name) or kb.by_alias.get(_norm(name))


def party_at(text: str, position: int, orgs: Collection[str], besides: Iterable[str] = ()) -> str | None:
    """The party named right at `position` of `text`, in a slot that holds a name."""
    left_out = set(besides)
    known = longest_org_at(text, position, orgs, besides=left_out)
    if known is not None:
        return known
    run = _CAPITALISED_RUN_RE.match(text, position)
    if run is None:
        return None
    name = run.group(0).rstrip(".'")
    if name.endswith("'s"):
        name = name[:-2]
    named = party_named(name, orgs)
    return None if named is None or named in left_out else named


def party_named(name: str, orgs: Collection[str]) -> str | None:
    """`name`, a whole name from a slot, as the party it names: the article's organisation, the knowledge
    file's name it spells, or itself when capitalised."""
    if name in orgs:
        return name
    spelled = known_spelling(name)
    if spelled is not None:
        return spelled
    return name if _CAPITALISED_RUN_RE.fullmatch(name) else None
