"""One stake told by several sources is one stake on a page.

An article and a deal file (or two articles) that report the same investor's money into the same
company give two `stakes` rows, kept as each source gave them (review, selections and exports see
both). A reader of the company's page, the investor's page, the charts or `ai-deals show` must see
the stake once, with every source's evidence, as a raise several sources tell is one round
(same_raise.py).

The rule (README, "One raise, several sources"): two stakes are the same stake when they are
- of the same investor in the same company (their ids, so after merges and aliases);
- read from different sources: one source telling two equal stakes keeps two;
- of the same amount (amount, top of a range and currency), or one of them has none;
- of the same percentage of the company, or one of them states none;
- of the same round: both in one raise (two sources' records of it count as one), or one of them
  in no round;
- dated alike: both undated, or one date holding the other ("2026-02" and "2026-02-27" agree); or
  both in one raise, which its sources may date days apart.
Every pair of stakes in a folded group meets the rule, not just neighbours. Sources that give two
different amounts stay two stakes (the page's "Conflicting figures" says they differ).

One source is one stake however many files retell it: records of two documents told by the same
source (`Evidence.source_identity`: two data files' rows citing one URL, an article and a deal
file's row citing it) for the same investor, company, date and tranche are one stake even when
their amounts differ (a corrected copy of a deal file): the page shows it once, money raised counts
it once, and "Conflicting figures" names each file's figure. Two records of one document stay two
(a file may list two equal-looking instalments).

Linear: each stake is compared with at most `MAX_CANDIDATES` open groups of its investor and
company, each test against a group's summary of its members (for dates: the days every member's
date holds, which pairwise agreement makes one span), never member by member.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from ai_deals.importers.models import CALLED_OFF

from .called_off import mark_called_off
from .models import Round, Stake
from .names import short_form_owners
from .same_raise import LIMITS, bound_lost_by_a_copy, day_span, primary_source
from .same_raise import teller as _source_key

MAX_CANDIDATES = 8
"""Open groups of one investor and company a stake is compared with, newest last."""

_AMOUNT = ("amount", "amount_max", "currency", "bound")
_ROUND = ("round_id", "round_type")
_SHARE = ("percentage", "percentage_bound")
_TERMS = ("tranche", "condition", "status")
FIGURES = (*_AMOUNT, *_SHARE)
"""What a stake's account states of it: two accounts stating them alike tell one fact, not rival figures."""


@dataclass(slots=True)
class _Group:
    """A stake being gathered: its members (one per source) and what a new one must agree with."""

    members: list[Stake]
    sources: set
    amount: tuple | None
    """(amount, amount_max, currency) of the members that state an amount: they all state it alike."""
    percentage: float | None
    dated: bool
    first_day: int
    last_day: int
    """The days every member's date holds (empty when undated)."""
    raise_key: int | None
    """The raise of the members in a round (None while none is)."""
    all_in_raise: bool
    """Whether every member is of that raise (then another of it may give another date)."""
    retold: set
    """What its members' data-file rows cite (`_citations`): another file's row citing it retells it."""
    documents: set
    """The documents its members were read from."""


def _amount(stake: Stake) -> tuple | None:
    return None if stake.amount is None else (stake.amount, stake.amount_max, stake.currency)


def _raise(stake: Stake, raise_of: Mapping[int, int]) -> int | None:
    return None if stake.round_id is None else raise_of.get(stake.round_id, stake.round_id)


def _agrees(group: _Group, stake: Stake, raise_key: int | None) -> bool:
    """Whether `stake` (of another source, the same investor and company) tells `group`'s stake."""
    amount = _amount(stake)
    if amount is not None and group.amount is not None and amount != group.amount:
        return False
    if stake.percentage is not None and group.percentage not in (None, stake.percentage):
        return False
    if raise_key is not None and group.raise_key not in (None, raise_key):
        return False
    if _in_its_raise(group, raise_key):
        return True  # its sources may date the raise days apart (same_raise.py's rule)
    span = day_span(stake.date)
    if span is None or not group.dated:
        return span is None and not group.dated
    return span[0] <= group.last_day and group.first_day <= span[1]


def _citations(stake: Stake) -> set[tuple]:
    """Who tells the stake (`Evidence.source_identity`: the article, or the source a data file's row
    cites), with its date and tranche: a record of another document telling the same is the same
    source's stake told again (`_retells`)."""
    return {(ev.source_identity, stake.date, stake.tranche) for ev in stake.evidence}


def _retells(group: _Group, stake: Stake, cited: set[tuple]) -> bool:
    """Whether `stake`, read from another document, is told by a source telling a member, alike dated
    (an article and a deal file's row citing it, two files' rows citing one source)."""
    return stake.source_id not in group.documents and not cited.isdisjoint(group.retold)


def _in_its_raise(group: _Group, raise_key: int | None) -> bool:
    """Whether a stake of raise `raise_key` joins a group whose every member is of that raise."""
    return raise_key is not None and group.raise_key == raise_key and group.all_in_raise


def _join(group: _Group, stake: Stake, raise_key: int | None, cited: set[tuple]) -> None:
    in_raise = _in_its_raise(group, raise_key)
    group.all_in_raise = group.all_in_raise and raise_key is not None
    group.members.append(stake)
    group.sources.add(_source_key(stake))
    group.retold |= cited
    group.documents.add(stake.source_id)
    group.amount = group.amount or _amount(stake)
    group.percentage = group.percentage if group.percentage is not None else stake.percentage
    group.raise_key = group.raise_key if group.raise_key is not None else raise_key
    span = day_span(stake.date)
    if span is not None and not in_raise:  # two dates of one raise: the first stays what others meet
        group.first_day, group.last_day = max(group.first_day, span[0]), min(group.last_day, span[1])


def _new_group(stake: Stake, raise_key: int | None, cited: set[tuple]) -> _Group:
    span = day_span(stake.date)
    return _Group(
        members=[stake],
        sources={_source_key(stake)},
        amount=_amount(stake),
        percentage=stake.percentage,
        dated=span is not None,
        first_day=span[0] if span else 0,
        last_day=span[1] if span else 0,
        raise_key=raise_key,
        all_in_raise=raise_key is not None,
        retold=cited,
        documents={stake.source_id},
    )


def group_stakes(stakes: list[Stake], raise_of: Mapping[int, int] | None = None) -> list[list[Stake]]:
    """`stakes` gathered into the stakes they tell, in the order of each one's first stake.

    `raise_of` maps a round's id to its raise (any id of it: same_raise.py's groups), so that two
    sources' records of one raise are one round; a round it does not name is a raise of its own.
    Each group lists its stakes best first (the most precisely dated, then one with an amount, an
    exact one, one telling its tranches or condition, one in a round, then the first given): the one
    whose figures a page shows and an export counts.
    """
    if len(stakes) < 2:  # nothing to fold (most companies of a big database: an export's `counted`)
        return [[stake] for stake in stakes]
    raise_of = raise_of or {}
    keys = [(stake.company_id, stake.investor_company_id) for stake in stakes]
    # A stake alone of its investor and company has nothing to fold with: most of an investor's
    # 20,000 stakes are of as many companies (a group each cost a tenth of a second).
    counts = Counter(keys)
    open_groups: dict[tuple[int, int], list[_Group]] = defaultdict(list)
    placed: list[list[Stake]] = []
    for stake, key in zip(stakes, keys, strict=True):
        if counts[key] == 1:
            placed.append([stake])
            continue
        raise_key = _raise(stake, raise_of)
        source = _source_key(stake)
        cited = _citations(stake)
        nearby = open_groups[key]
        chosen = next(
            (
                g
                for g in nearby[-MAX_CANDIDATES:]
                if (source not in g.sources and _agrees(g, stake, raise_key)) or _retells(g, stake, cited)
            ),
            None,
        )
        if chosen is not None:
            _join(chosen, stake, raise_key, cited)
            continue
        group = _new_group(stake, raise_key, cited)
        placed.append(group.members)  # the list the group gathers its members in
        nearby.append(group)
        if len(nearby) > 2 * MAX_CANDIDATES:  # groups past the newest ones are never compared again
            del nearby[:-MAX_CANDIDATES]
    if len(placed) == len(stakes):
        return placed
    position = {id(stake): index for index, stake in enumerate(stakes)}
    return [_best_first(members, position) if len(members) > 1 else members for members in placed]


def _best_first(members: list[Stake], position: dict[int, int]) -> list[Stake]:
    # Of accounts alike so far, one telling the stake's terms (tranches, a condition) comes first: the
    # page shows them all the same (`fold_stake` fills them in), and the first is the account an
    # export counts (empty `same_as`), whose own row must hold them to sum to the app's figure.
    bound_lost = bound_lost_by_a_copy(members)

    def key(stake: Stake) -> tuple:
        span = day_span(stake.date) or (0, 0)
        loose = stake.bound not in (None, "exact")
        untold = not (stake.tranches or stake.condition)
        return (
            span[1] - span[0],
            stake.amount is None,
            stake.bound not in LIMITS if bound_lost else loose,
            untold,
            stake.round_id is None,
            primary_source(stake),  # not which was imported first
            position[id(stake)],
        )

    return sorted(members, key=key)


def fold_stake(members: list[Stake]) -> Stake:
    """One stake for what several sources tell: the first member's figures, completed by the
    others' where it gives none (amount, percentage, round, tranche, condition, status, instalments),
    with every member's evidence."""
    first, others = members[0], members[1:]
    if not others:
        return first
    filled: dict[str, object] = {}
    for other in others:
        for names in (_AMOUNT, _ROUND, _SHARE):  # a figure and what qualifies it come from one source
            if (
                getattr(first, names[0]) is None
                and names[0] not in filled
                and getattr(other, names[0]) is not None
            ):
                filled |= {name: getattr(other, name) for name in names}
        for name in _TERMS:
            if getattr(first, name) is None and name not in filled and getattr(other, name) is not None:
                filled[name] = getattr(other, name)
        # The type of a deal in no round ("Corporate round" of a deal file's row) beside an article's
        # account that names none (the first when it tells the tranches: `_best_first`).
        if (
            first.round_id is None
            and first.round_type is None
            and "round_type" not in filled
            and other.round_id is None
            and other.round_type is not None
        ):
            filled["round_type"] = other.round_type
        if not first.tranches and "tranches" not in filled and other.tranches:
            filled["tranches"] = other.tranches
    return first.model_copy(
        update={
            **filled,
            "evidence": [evidence for member in members for evidence in member.evidence],
            "same_stake_ids": [other.id for other in others],
            "accounts": list(members),
            **_called_off_by(members),
        }
    )


def _called_off_by(members: list[Stake]) -> dict:
    """A folded stake's call-off (called_off.mark_called_off): one later article calling off one account of
    it calls off the stake."""
    told = list({id(e): e for member in members for e in member.called_off_by}.values())
    return {"status": CALLED_OFF, "called_off_by": told} if told else {}


def fold_stakes(
    stakes: list[Stake], raise_of: Mapping[int, int] | None = None, rejected: list[Stake] | None = None
) -> list[Stake]:
    """`stakes` with each stake several sources tell as one stake (see the module's rule).

    `rejected` are stakes a person rejected (of the same companies and investors; `review_status`
    says so). A rejected record telling the same figures as another account of its folded stake
    (one fact told twice) rejects the stake: it is left out, as the one stake the page showed was
    rejected. A rejected record giving a rival figure just drops out: the others' figure is shown
    (as rejecting one of a raise's two amounts leaves the other). Other records keep their own
    status (review and exports see them as each source gave them); undoing shows the stake again.

    A stake a later article calls off is marked so first (called_off.mark_called_off): the call-off is no
    stake of its own then, and every source's account of the stake it matches reads called off."""
    stakes = mark_called_off(stakes)
    if not rejected:
        return [fold_stake(members) for members in group_stakes(stakes, raise_of)]
    pairs = {(stake.company_id, stake.investor_company_id) for stake in stakes}
    rejected = [stake for stake in rejected if (stake.company_id, stake.investor_company_id) in pairs]
    together = sorted([*stakes, *rejected], key=lambda stake: (stake.date or "", stake.id))
    folded = []
    for members in group_stakes(together, raise_of):
        kept = [member for member in members if member.review_status != "rejected"]
        refused = [member for member in members if member.review_status == "rejected"]
        if kept and not any(_same_figures(no, member) for no in refused for member in kept):
            folded.append(fold_stake(kept))
    return folded


def _figures(stake: Stake) -> tuple:
    return tuple(getattr(stake, name) for name in FIGURES)


def _same_figures(one: Stake, other: Stake) -> bool:
    """Whether two accounts of a stake tell the same fact (amount, currency, bound, percentage), not
    rival figures for it."""
    return _figures(one) == _figures(other)


def short_names_as_full(stakes: list[Stake], raises: list[list[Round]]) -> list[Stake]:
    """`stakes` with an investor named by a bare short form of exactly one other investor of the
    same raise ("Fidelity" beside "Fidelity Investments": `short_form_owners`) given that investor,
    so that its stake folds with the full name's (`fold_stakes`) and the company's investor list
    names it once. A stake in no round, or a short name fitting several, keeps its investor."""
    if not raises or not stakes:  # no raise to name its investors: each keeps its own
        return stakes
    raise_of = {round_.id: index for index, members in enumerate(raises) for round_ in members}
    named: dict[int, dict[str, int]] = defaultdict(dict)  # raise -> investor name -> its company
    for index, members in enumerate(raises):
        for round_ in members:
            for name, company_id in zip(round_.investors, round_.investor_company_ids, strict=False):
                named[index].setdefault(name, company_id)
    for stake in stakes:
        if stake.round_id in raise_of:
            named[raise_of[stake.round_id]].setdefault(stake.investor, stake.investor_company_id)
    owners = {index: found for index, names in named.items() if (found := short_form_owners(names))}
    if not owners:
        return stakes
    result = []
    for stake in stakes:
        index = raise_of.get(stake.round_id) if stake.round_id is not None else None
        full = owners.get(index, {}).get(stake.investor) if index is not None else None
        if full is None:
            result.append(stake)
        else:
            result.append(
                stake.model_copy(update={"investor": full, "investor_company_id": named[index][full]})
            )
    return result


def round_investor_names(round_: Round, stakes: list[Stake]) -> list[str]:
    """The investors a page names for a round: those its sources name; when they name none (a deal
    file's round row without an investor), those of the page's stakes taken in it (a stake joined to
    it by its round type, a row of its own), each once. A round that names its investors keeps its
    list as told or as a person edited it. The round's record keeps its own investors (exports, charts)."""
    if round_.investors:
        return list(round_.investors)
    ids = set(round_.record_ids)
    return list(dict.fromkeys(stake.investor for stake in stakes if not ids.isdisjoint(stake.round_ids)))
