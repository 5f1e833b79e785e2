"""One partnership told by several sources is one partnership on a page and on the timeline.

A French and an English article announcing the same partnership give two `partnerships` rows, kept
as each source gave them (review, selections, the source view and exports see both, each with its
sentence). A reader of either company's page, `ai-deals show`, the timeline or the map must see the
partnership once, with every source's evidence, as a raise several sources tell is one round
(same_raise.py) and a stake one stake (same_stake.py).

The rule: two partnerships are the same partnership when they are
- of the same two companies (their ids, whichever side each source names first);
- read from different sources (`same_raise.teller`): one source telling two keeps two;
- of the same kind, synonyms one kind ("compute", "cloud" and "supply" are one; none stated is a kind too);
- dated alike: both undated, or one start date holding the other ("2025-06" and "2025-06-11").
Every member of a group meets the rule with the group (its dates narrow to the days all hold).
What they state differently (an end date, a value) is shown as a conflict, as rival figures of a
round are (`partnership_conflicts`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .formatting import format_amount
from .models import Conflict, ConflictValue, Partnership
from .same_raise import day_span, primary_source, teller


@dataclass(slots=True)
class _Group:
    members: list[Partnership]
    sources: set
    dated: bool
    first_day: int
    last_day: int


# Kinds that name one deal in other words: an article's "compute" is a deal file's "cloud" or "supply" (chips,
# computing power, data centres sold to the other side). Kinds outside a family are their own.
_KIND_FAMILIES = {
    kind: "compute"
    for kind in (
        "compute",
        "cloud",
        "supply",
        "chips",
        "hardware",
        "infrastructure",
        "hosting",
        "data center",
    )
}


def kind_family(kind: str | None) -> str | None:
    """The kind `kind` is a synonym of ("cloud", "supply" → "compute"), compared case-blind; itself otherwise."""
    if kind is None:
        return None
    folded = kind.strip().lower()
    return _KIND_FAMILIES.get(folded, folded)


def pair_key(partnership: Partnership) -> tuple:
    """The two companies and the kind (synonyms one kind): what every member of a group shares."""
    low, high = sorted((partnership.company_id, partnership.partner_id))
    return low, high, kind_family(partnership.kind)


def _agrees(group: _Group, partnership: Partnership) -> bool:
    span = day_span(partnership.since)
    if span is None or not group.dated:
        return span is None and not group.dated
    return span[0] <= group.last_day and group.first_day <= span[1]


def _join(group: _Group, partnership: Partnership) -> None:
    group.members.append(partnership)
    group.sources.add(teller(partnership))
    span = day_span(partnership.since)
    if span is not None:
        group.first_day, group.last_day = max(group.first_day, span[0]), min(group.last_day, span[1])


def _new_group(partnership: Partnership) -> _Group:
    span = day_span(partnership.since)
    return _Group(
        members=[partnership],
        sources={teller(partnership)},
        dated=span is not None,
        first_day=span[0] if span else 0,
        last_day=span[1] if span else 0,
    )


def group_partnerships(partnerships: list[Partnership]) -> list[list[Partnership]]:
    """`partnerships` gathered into the partnerships they tell, in the order of each one's first
    record; each group lists its records best first (the most precisely dated, then the first given):
    the one whose figures a page shows and whose event stands for it on the timeline."""
    keys = [pair_key(partnership) for partnership in partnerships]
    counts = Counter(keys)
    open_groups: dict[tuple, list[_Group]] = defaultdict(list)
    placed: list[list[Partnership]] = []
    for partnership, key in zip(partnerships, keys, strict=True):
        if counts[key] == 1:  # most pairs have one partnership: nothing to compare
            placed.append([partnership])
            continue
        source = teller(partnership)
        chosen = next(
            (g for g in open_groups[key] if source not in g.sources and _agrees(g, partnership)), None
        )
        if chosen is not None:
            _join(chosen, partnership)
            continue
        group = _new_group(partnership)
        placed.append(group.members)
        open_groups[key].append(group)
    return [_best_first(members) if len(members) > 1 else members for members in placed]


def _best_first(members: list[Partnership]) -> list[Partnership]:
    position = {id(member): index for index, member in enumerate(members)}

    def key(partnership: Partnership) -> tuple:
        span = day_span(partnership.since) or (0, 0)
        return (span[1] - span[0], primary_source(partnership), position[id(partnership)])

    return sorted(members, key=key)


def fold_partnership(members: list[Partnership]) -> Partnership:
    """One partnership for what several sources tell: the first member's fields, completed by the
    others' where it gives none, with every member's evidence and each source's record (`accounts`)."""
    first, others = members[0], members[1:]
    if not others:
        return first
    filled: dict[str, object] = {}
    for other in others:
        for names in (("description",), ("until", "until_precision"), _VALUE):
            if (
                getattr(first, names[0]) is None
                and names[0] not in filled
                and getattr(other, names[0]) is not None
            ):
                filled |= {name: getattr(other, name) for name in names}
    return first.model_copy(
        update={
            **filled,
            "evidence": [evidence for member in members for evidence in member.evidence],
            "same_partnership_ids": [other.id for other in others],
            "accounts": list(members),
        }
    )


_VALUE = ("amount", "amount_max", "currency", "bound")


def fold_partnerships(partnerships: list[Partnership]) -> list[Partnership]:
    """`partnerships` with each partnership several sources tell as one (see the module's rule)."""
    return [fold_partnership(members) for members in group_partnerships(partnerships)]


def partnership_conflicts(partnerships: list[Partnership]) -> list[Conflict]:
    """What the sources of one partnership state differently (its end date, its value): each value
    with the sources that state it, in the order the accounts give them. `partnerships` are folded
    (`fold_partnerships`): each one's accounts are compared."""
    conflicts = []
    for folded in partnerships:
        if len(folded.accounts) < 2:
            continue
        for what, value_of in (("end", _until), ("value", _value)):
            conflict = _conflict(folded, what, value_of)
            if conflict is not None:
                conflicts.append(conflict)
    return conflicts


def _until(partnership: Partnership) -> str | None:
    return partnership.until


def _value(partnership: Partnership) -> str | None:
    p = partnership
    return format_amount(p.amount, p.currency, p.bound, p.amount_max) or None


def _conflict(folded: Partnership, what: str, value_of) -> Conflict | None:
    sources: dict[str, list[str]] = defaultdict(list)
    for account in folded.accounts:
        value = value_of(account)
        if value:
            sources[value] += [
                ev.conflict_label for ev in account.evidence if ev.conflict_label not in sources[value]
            ]
    if len(sources) < 2:
        return None
    stated = [ConflictValue(value=value, sources=labels) for value, labels in sources.items()]
    kind = f" ({folded.kind})" if folded.kind else ""
    return Conflict(
        what=f"{what} of partnership {folded.company} – {folded.partner}{kind}",
        values=list(sources),
        sources=list(dict.fromkeys(source for value in stated for source in value.sources)),
        stated=stated,
    )


# A source telling a partnership renewed ("renewed their compute partnership for five more years",
# « ont renouvelé leur partenariat »): not "renewable energy", a kind of partnership.
_RENEWAL = re.compile(r"\b(?:renew(?:s|ed|ing|al)?|renouvel\w*)\b", re.IGNORECASE)
# What a renewal word must be near to tell a renewal of a partnership, not of something else.
_DEAL = re.compile(
    r"\b(?:partnerships?|deals?|agreements?|contracts?|alliances?|collaborations?|pacts?|tie-ups?"
    r"|partenariats?|accords?|contrats?)\b",
    re.IGNORECASE,
)
_NEAR = 60  # characters either side of the renewal word: "renewed their multi-year compute partnership"
# A clause of a sentence: "Microsoft, which renewed its Azure deal with OpenAI, now partners with Mistral"
# tells Microsoft's renewal with OpenAI in a clause of its own, no renewal of the Mistral partnership.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\s[—–-]\s")
# Whom a clause's deal is with: "with OpenAI", « avec Mistral » (a capitalised word: a name).
_WITH = re.compile(r"\b(?:with|avec)\s+(?:the\s+|l[ae]\s+|l')?([^\W\d_][\w&'.-]*)", re.IGNORECASE)


def is_renewal(partnership: Partnership) -> bool:
    """Whether the partnership's source tells a renewal of one the two companies had (its words,
    else its sentence): a partnership of its own, titled "renews its partnership with", which marks
    the one it renews (`mark_renewals`). The renewal word must tell this partnership's: in a clause
    with a partnership, deal, agreement… near it, and dealing with no one but these two companies
    (`_renews_this_partnership`)."""
    said = partnership.description or (partnership.evidence[0].sentence if partnership.evidence else None)
    if not said or not _RENEWAL.search(said):
        return False
    partners = {_first_word(partnership.company), _first_word(partnership.partner)}
    return any(_renews_this_partnership(clause, partners) for clause in _CLAUSE_BREAK.split(said))


def _renews_this_partnership(clause: str, partners: set[str]) -> bool:
    """Whether `clause` tells a renewal of a deal (`_DEAL` near the renewal word) with none but
    `partners` (the first words of the two companies' names): "renewed their compute partnership",
    not "renewed its Azure deal with OpenAI" of a Microsoft–Mistral partnership."""
    near_a_deal = any(
        _DEAL.search(clause, max(0, found.start() - _NEAR), found.end() + _NEAR)
        for found in _RENEWAL.finditer(clause)
    )
    dealt_with = (named.group(1) for named in _WITH.finditer(clause))
    # a name, not "with effect from", "with five more years"
    return near_a_deal and all(_first_word(name) in partners for name in dealt_with if name[0].isupper())


def _first_word(name: str) -> str:
    """A company's name as a sentence may shorten it: its first word ("mistral" of "Mistral AI",
    "OpenAI." read "openai"), "the" left out."""
    words = [word.strip(".'") for word in name.casefold().split()]
    words = [word for word in words if word and word != "the"]
    return words[0] if words else ""


def mark_renewals(partnerships: list[Partnership]) -> None:
    """Mark each of `partnerships` (folded: one per partnership) that the next dated one of the same
    two companies and kind (`pair_key`) renews (`is_renewal`): `renewed` (the renewal's start) and
    `renewed_until` (its end), so that it reads renewed until the new end, not lapsed at the end
    its own source gave, which stays as that source said it."""
    dated: dict[tuple, list[Partnership]] = defaultdict(list)
    for partnership in partnerships:
        if day_span(partnership.since) is not None:
            dated[pair_key(partnership)].append(partnership)
    for members in dated.values():
        members.sort(key=lambda partnership: day_span(partnership.since) or (0, 0))
        for earlier, later in zip(members, members[1:], strict=False):
            if is_renewal(later):
                earlier.renewed, earlier.renewed_until = later.since, later.until


def renewal_words(partnership: Partnership) -> str | None:
    """'renewed 2024-03-12, until 2029-03-12' for a partnership a later one renews (`mark_renewals`)."""
    if partnership.renewed is None:
        return None
    until = f", until {partnership.renewed_until}" if partnership.renewed_until else ""
    return f"renewed {partnership.renewed}{until}"


def until_words(partnership: Partnership) -> str:
    """A partnership's end as a page's row tells it: its own source's ("2024"), then its renewal
    ("2024 · renewed 2024-03-12, until 2029-03-12")."""
    return " · ".join(part for part in (partnership.until, renewal_words(partnership)) if part)
