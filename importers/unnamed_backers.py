"""Words that stand for backers a source does not name: "angels", "other investors", "existing investors",
"Undisclosed investors", "several angels", "a group of angels", "others".

An article's list of backers ("with participation from Accel, angels and other investors") and a deal file's
investors cell ("Accel; Angels; Other investors") both write them among names. None is a party: stored as an
investor, "Other investors" became a company that backed every round it was written in. A syndicate with a name
of its own ("Paris Business Angels", "Angel Investors Network") is a name, kept: only the phrase alone is none."""

from __future__ import annotations

import re

from .models import Fact

# The last word of every such phrase: a cheap first look, as most names end on none of them.
_HEADS = frozenset(
    "angel angels investor investors backer backers shareholder shareholders others individuals".split()
)
_UNNAMED_RE = re.compile(
    r"(?:(?:a\s+(?:group|number|handful|syndicate)\s+of|a\s+few|several|some|various|many|numerous|multiple|"
    r"other|others|additional|existing|current|previous|earlier|early|new|returning|unnamed|undisclosed|unknown|"
    r"unidentified|anonymous|private|individual|strategic|institutional|(?:high-net-worth|wealthy))\s+)*"
    r"(?:(?:business|angel)\s+)?"
    r"(?:angels?|investors?|backers?|shareholders?|individuals|others)",
    re.IGNORECASE,
)
# Words that alone are a quantity of backers, not unnamed ones of a kind: "Investors" alone is a word, but
# "Angel" alone may be a person's name ("Angel Pérez").
_NAMES_ALONE = frozenset(("angel",))


def names_no_backer(name: str) -> bool:
    """Whether `name` (spaces as written) is words for backers the source does not name ("Angels", "other
    investors", "Undisclosed Investors", "several angels"), not the name of one."""
    words = name.split()
    if not words or words[-1].lower() not in _HEADS:
        return False
    if len(words) == 1 and words[0].lower() in _NAMES_ALONE:
        return False
    return _UNNAMED_RE.fullmatch(" ".join(words)) is not None


def without_unnamed_backers(facts: list[Fact]) -> list[Fact]:
    """`facts` with no words for unnamed backers among their parties: left out of each list of backers ("Accel,
    angels and other investors" is Accel); a fact whose one investor or company they are names no party, dropped."""
    kept = []
    for fact in facts:
        if names_no_backer(fact.company) or (fact.investor and names_no_backer(fact.investor)):
            continue
        if any(map(names_no_backer, fact.investors)) or any(map(names_no_backer, fact.lead_investors)):
            fact = fact.model_copy(
                update={
                    "investors": [name for name in fact.investors if not names_no_backer(name)],
                    "lead_investors": [name for name in fact.lead_investors if not names_no_backer(name)],
                }
            )
        kept.append(fact)
    return kept
