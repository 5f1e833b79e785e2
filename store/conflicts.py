"""Sources that disagree: the same kind of figure for the same company and date, different values.

Values are compared by amount and currency (and unit): "$730B" and "$730B (post-money)" agree, one
source merely naming the basis; "€1.3B" and a stake whose amount a source left out do not disagree
either. Each value keeps the sources that stated it, so a reader sees who said what.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, replace

from .formatting import format_amount, format_share, metric_name, round_kind, round_label
from .models import CompanyPage, Conflict, ConflictValue, Metric, Round, Stake
from .money_raised import CUMULATIVE
from .same_raise import (
    corrected_sources,
    dated_by,
    day_span,
    recalled_raise,
    rival_kind,
    stated_equivalent,
    withdrawn_accounts,
    within_loose_tolerance,
)


@dataclass(frozen=True)
class _Stated:
    amount: tuple
    """What two values must share to agree: amount, upper amount, currency, unit."""
    basis: str | None
    text: str
    """The value as shown, without its basis."""
    source: str
    """Who stated it (`Evidence.label`): two rows of one file are one source, no rival of itself."""
    named: str
    """How the conflict line names it (`Evidence.conflict_label`): a deal file's own row at its line, "deals.csv:12"."""
    via: str | None = None
    """The data file the source was read from (a deal file's row citing it), else None."""
    row: str | None = None
    """That file's row at its line ("deals.csv:12"; the file alone when its line is unknown)."""
    bound: str | None = None
    """How precisely the source states the amount: "approx" for "about", "près de", "~"."""
    retracted: bool = False
    """Stated by a dispatch its own outlet's correction withdrew (same_raise.withdrawn_accounts)."""


APPROX_TOLERANCE = 0.05
"""An approximate figure ("près de 6 milliards") this close to another (€5.8B) is consistent with it."""


def find_conflicts(
    page: CompanyPage,
    parts: Collection[int] = (),
    told_over_days: Collection[int] = (),
    retracted: Collection[int] = (),
) -> list[Conflict]:
    """Both values are kept in the tables; this only points the disagreement out. `parts` are the
    ids of rounds telling an investor's part of a raise (same_raise.raise_parts), no rival figure
    for the raise. `told_over_days` are the ids of rounds of raises told on several days
    (`rounds_told_over_days`): `raise_conflicts` gives each such raise's figures once, all of them,
    where the figures of each day would be conflicts of their own. Two stakes of one investor in the company on one date giving it two shares
    (`31%` and `30%`) disagree too. `retracted` are the ids of rounds of dispatches their own outlet's
    correction withdrew (same_raise.withdrawn_accounts): their figure is marked so."""
    groups: dict[str, list[_Stated]] = defaultdict(list)

    def add(
        what: str, amount, amount_max, currency, bound, unit, basis, evidence, edited=False, withdrawn=False
    ) -> None:
        if amount is None:
            return  # a figure the source did not give disagrees with nothing
        key = (amount, amount_max if amount_max is not None else amount, currency or "", unit or "")
        text = format_amount(amount, currency, bound, amount_max, unit)
        # A person's correction is told apart from the words it corrects, though cited to that source.
        mark = " (edited)" if edited else ""
        groups[what].extend(
            _Stated(
                key,
                basis,
                text,
                ev.label + mark,
                ev.conflict_label + mark,
                ev.read_from,
                ev.row_at,
                bound,
                withdrawn,
            )
            for ev in evidence
        )

    raised_on: dict[str, list[tuple]] = {}
    for m in page.metrics:
        what = f"{metric_name(m.metric)} {m.date or ''}".strip()
        add(what, m.value, m.value_max, m.currency, m.bound, m.unit, m.basis, m.evidence)
        if m.basis == "pre_money":
            raised_on[what] = _amounts_raised_on(page.rounds, m.date)
    for s in page.investors:
        what = _stake_subject(s)
        add(what, s.amount, s.amount_max, s.currency, s.bound, None, None, s.evidence)
        if s.percentage is not None:
            what = f"{s.investor}'s share of {s.company} {s.date or ''}".strip()
            text = format_share(s.percentage, s.percentage_bound)
            groups[what].extend(
                _Stated(
                    (s.percentage, s.percentage, "", "%"),
                    None,
                    text,
                    ev.label,
                    ev.conflict_label,
                    ev.read_from,
                    ev.row_at,
                )
                for ev in s.evidence
            )
    rounds = [r for r in page.rounds if r.id not in parts]
    day_kinds: dict[str | None, set[str | None]] = defaultdict(set)
    for r in rounds:  # every raise's: a day's Seed is told apart from a Series B told over days
        day_kinds[r.date].add(round_kind(r.round_type))
    round_kinds: dict[str, set[str | None]] = defaultdict(set)
    round_investors: dict[str, list[set[int]]] = defaultdict(list)
    equivalents: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for r in (r for r in rounds if r.id not in told_over_days):
        # A Seed and a Series B of one day are two raises, not two figures of one (same_raise.rival_kind).
        kind = rival_kind(day_kinds[r.date], round_kind(r.round_type))
        what = f"round {r.date or ''}{f' ({round_label(r.round_type)})' if kind else ''}".strip()
        round_kinds[what].add(round_kind(r.round_type))
        round_investors[what].append(set(r.investor_company_ids))
        equivalents[what] += _stated_equivalents([r])
        add(
            what,
            r.amount,
            r.amount_max,
            r.currency,
            r.bound,
            None,
            None,
            r.evidence,
            r.edited,
            r.id in retracted,
        )
    conflicts = []
    for what, stated in groups.items():
        stated = _without_pre_money_agreeing(stated, raised_on.get(what, []))
        stated = _without_stated_equivalents(stated, equivalents.get(what, []))
        if _consistent(stated):
            continue
        stated = _by_file_when_one_source(stated)
        values = _values(stated)
        sources = list(dict.fromkeys(source for value in values for source in value.sources))
        if len(values) > 1 and (
            _several_sources(stated)
            or _one_round_told_twice(round_kinds.get(what), round_investors.get(what), stated)
        ):
            conflicts.append(
                Conflict(what=what, values=[v.value for v in values], sources=sources, stated=values)
            )
    return conflicts


PRE_MONEY_TOLERANCE = 0.01
"""A pre-money value plus the round's amount this close to a post-money one is that value told before the money:
"€10B (pre-money)" and a €1.7B round make "€11.7B", "$2.95B" and $300M make "$3.25B" (rounded figures)."""


def _amounts_raised_on(rounds: list[Round], date: str | None) -> list[tuple]:
    """The (amount, currency) of each round of the day `date` that states one: what a pre-money value of
    that day becomes once raised."""
    return [(r.amount, r.currency or "") for r in rounds if date and r.date == date and r.amount]


def _without_pre_money_agreeing(stated: list[_Stated], raised: list[tuple]) -> list[_Stated]:
    """`stated` without the pre-money values that, with one of the day's round amounts `raised`, give another
    value of the group stated post-money or with no basis: one valuation told before and after the money,
    no rival figure. A pre-money value that agrees with none stays, a conflict if the others differ."""
    if not raised:
        return stated
    after = [item for item in stated if item.basis != "pre_money"]

    def agrees(pre: _Stated) -> bool:
        value, top, currency, unit = pre.amount
        return value == top and any(
            _close((value + amount, value + amount, currency, unit), other.amount, True, _tolerance(other))
            for amount, raised_in in raised
            if raised_in == currency
            for other in after
        )

    return [item for item in stated if item.basis != "pre_money" or not agrees(item)]


def _stated_equivalents(rounds: list[Round]) -> list[tuple[str, float]]:
    """The equivalents `rounds` state of their own amounts in another currency ("£40m ($51m)": "USD", 51e6),
    as same_raise folds them (`stated_equivalent`)."""
    return [stated for r in rounds if (stated := stated_equivalent(r)) is not None]


def _without_stated_equivalents(stated: list[_Stated], equivalents: list[tuple[str, float]]) -> list[_Stated]:
    """`stated` without the figures that are a round's own stated equivalent in another currency: an
    article's "£40m ($51m)" and a deal file's $51M of that day agree (same_raise._attach_stated_equivalents
    folds them), no rival figure. Only what the source itself stated is compared, never an exchange rate."""
    if not equivalents:
        return stated

    def is_equivalent(item: _Stated) -> bool:
        value, top, currency, unit = item.amount
        return not unit and any(
            currency == told_in
            and within_loose_tolerance(value, amount)
            and value == top
            for told_in, amount in equivalents
        )

    return [item for item in stated if not is_equivalent(item)]


def _tolerance(item: _Stated) -> float:
    """How far a figure may be from another told alike: "about" allows APPROX_TOLERANCE, else rounding."""
    return APPROX_TOLERANCE if item.bound == "approx" else PRE_MONEY_TOLERANCE


def _stake_subject(stake: Stake) -> str:
    """What a stake's amount is compared on: one deal of the investor in the company on its date, or its running
    total ("has invested more than $13 billion since 2019"), which is no rival account of any one deal of that
    date; two running totals of one date are compared with each other."""
    what = f"{stake.investor} → {stake.company} {stake.date or ''}".strip()
    return f"{what} (in total)" if stake.status == CUMULATIVE else what


def _consistent(stated: list[_Stated]) -> bool:
    """Whether the different amounts `stated` are one figure told more or less precisely: every two
    of them equal, or one approximate ("about", "près de", "~") and within APPROX_TOLERANCE of the
    other, in one currency and unit and on one basis. "€5.8B" and "près de 6 milliards" are no conflict;
    "€5.8B" and "€6B", both exact, are."""
    if len({item.basis for item in stated if item.basis}) > 1:
        return False  # pre- and post-money of one amount are told apart by `_values`
    # A value is approximate only when every source states it so: statements compare pairwise, and
    # one exact "€6B" meets an exact "€5.8B" however many others say "près de 6 milliards".
    approx: dict[tuple, bool] = {}
    for item in stated:
        approx[item.amount] = approx.get(item.amount, True) and item.bound == "approx"
    amounts = list(approx)
    return all(
        _close(one, other, approx[one] or approx[other])
        for i, one in enumerate(amounts)
        for other in amounts[i + 1 :]
    )


def _close(one: tuple, other: tuple, loose: bool, tolerance: float = APPROX_TOLERANCE) -> bool:
    """Whether two amounts (amount, top, currency, unit) may be one figure: equal, or, when one of
    them is approximate, single figures of one currency and unit within `tolerance`."""
    if one == other:
        return True
    if not loose or one[2:] != other[2:] or one[0] != one[1] or other[0] != other[1]:
        return False
    return abs(one[0] - other[0]) <= tolerance * max(abs(one[0]), abs(other[0]))


def _by_file_when_one_source(stated: list[_Stated]) -> list[_Stated]:
    """`stated` with each source named with the file it was read from ("Reuters (deals.csv)") when
    two files' rows citing one source give it different values (a corrected copy of a deal file):
    the source alone would name one source on both sides, and the disagreement would go unsaid."""
    if len({item.source for item in stated}) != 1 or len({item.amount for item in stated}) < 2:
        return stated
    if len({item.via for item in stated}) < 2:
        return stated
    return [_named_with_file(item) if item.via else item for item in stated]


def _named_with_file(item: _Stated) -> _Stated:
    """`item` told apart by the file it was read from, named with the row it was read from ("deals.csv:12")."""
    return replace(item, source=f"{item.source} ({item.via})", named=f"{item.named} ({item.row or item.via})")


def _several_sources(stated: list[_Stated]) -> bool:
    """Whether more than one source states these values: two rows of one file are one source."""
    return len({item.source for item in stated}) > 1


def _one_round_told_twice(
    kinds: set[str | None] | None, investors: list[set[int]] | None, stated: list[_Stated]
) -> bool:
    """Whether one source's rows give a day's round of one stated type two figures: a company closes
    one Series A on a day, so a deal file's two rows of it naming a common investor are rival figures,
    counted once (money_raised._rows_told_twice), not two raises."""
    one_kind = kinds is not None and len(kinds) == 1 and None not in kinds
    shared = bool(investors) and any(a & b for i, a in enumerate(investors) for b in investors[i + 1 :])
    return one_kind and shared and len({item.named for item in stated}) > 1


def _values(stated: list[_Stated]) -> list[ConflictValue]:
    """The distinct values of one group, smallest first, each with its sources in the order seen.

    One amount is one value; a basis stated by some sources and not others is shown on it. Only
    two different stated bases for one amount (pre- and post-money) make two values.
    """
    by_amount: dict[tuple, list[_Stated]] = defaultdict(list)
    for item in stated:
        by_amount[item.amount].append(item)
    found: list[tuple[tuple, ConflictValue]] = []
    for amount, items in by_amount.items():
        bases = list(dict.fromkeys(item.basis for item in items if item.basis))
        split = len(bases) > 1
        labels = [(basis, [i for i in items if i.basis == basis]) for basis in bases] if split else []
        if split and any(not i.basis for i in items):
            labels.append((None, [i for i in items if not i.basis]))
        if not split:
            labels = [(bases[0] if bases else None, items)]
        for basis, members in labels:
            text = members[0].text + (f" ({basis.replace('_', '-')})" if basis else "")
            if all(member.retracted for member in members):  # its outlet's correction withdrew it
                text += " (retracted)"
            sources = list(dict.fromkeys(member.named for member in members))
            found.append(((amount[0], amount[1], text), ConflictValue(value=text, sources=sources)))
    found.sort(key=lambda pair: pair[0])
    return [value for _, value in found]


def rounds_told_over_days(raises: list[list[Round]], parts: set[int]) -> set[int]:
    """The ids of the rounds of raises whose sources (`parts` left out) give several dates: two
    wires' $50M and $55M of 2026-03-12 and a next day's $60M (same_raise `_attach_news_accounts`)."""
    return {
        member.id
        for members in raises
        if len({member.date for member in members if member.id not in parts}) > 1
        for member in members
        if member.id not in parts
    }


def raise_conflicts(raises: list[list[Round]], parts: set[int]) -> list[Conflict]:
    """Sources of one raise (same_raise.py) that state it differently: "$40B" and "$40.3B" are one
    round on the page, and a reader is told the figures differ; so are two dates that cannot both be
    right (`date_conflict`). Amounts of raises whose sources give one date are left to
    `find_conflicts`, which leaves out those told over several days (`rounds_told_over_days`): each
    raise's figures are one conflict. `parts` are the ids of the rounds telling only an investor's
    part of a raise (`raise_parts`), which state no figure for the whole."""
    conflicts = []
    for members in raises:
        members = [member for member in members if member.id not in parts]
        if len(members) < 2:
            continue
        if len({r.date for r in members}) > 1:
            conflicts += _amount_conflict(members)
        dated = date_conflict(members)
        if dated is not None:
            conflicts.append(dated)
        corrected = investors_corrected(members)
        if corrected is not None:
            conflicts.append(corrected)
    return _each_once(conflicts)


def _each_once(conflicts: list[Conflict]) -> list[Conflict]:
    """`conflicts` without repeats: two raises a source's records split between (a source telling a
    round twice) would otherwise each print the same CONFLICT line, word for word."""
    seen: set[tuple] = set()
    once = []
    for conflict in conflicts:
        key = (conflict.what, tuple(conflict.values), tuple(conflict.sources))
        if key not in seen:
            seen.add(key)
            once.append(conflict)
    return once


# A round read as at least its amount ("more than $100M") has no ceiling for its stakes to exceed, and
# a stake of "up to $70M" may be less: neither tells an over-subscription.
_NO_CEILING = frozenset(("minimum",))
_NO_FLOOR = frozenset(("maximum",))


def oversubscribed_rounds(rounds: list[Round], stakes: list[Stake]) -> list[Conflict]:
    """Rounds whose stakes (those joined to them, in the round's currency) add up to more than the
    round's amount: "stakes add up to $120M" vs "$100M round", each with its sources. Both are kept
    as stated; a reader is told they cannot both be right. `rounds` and `stakes` are the page's, each
    raise and each stake told by several sources being one."""
    conflicts = []
    for round_ in rounds:
        ceiling = _ceiling(round_)
        if ceiling is None:
            continue
        ids = set(round_.record_ids)
        joined = [
            stake
            for stake in stakes
            if ids & set(stake.round_ids)
            and stake.amount is not None
            and stake.currency == round_.currency
            and stake.bound not in _NO_FLOOR
            and stake.review_status != "rejected"
        ]
        total = _stakes_total(joined)
        if joined and total > ceiling * (1 + 1e-9):  # not a rounding of the sum
            conflicts.append(_oversubscribed(round_, joined, total))
    return conflicts


def _stakes_total(stakes: list[Stake]) -> float:
    """What `stakes` put in together: each investor's stakes a source tells add up, but two sources
    telling one investor's stake with two figures (a report and its correction: €1.3B, then €1.5B)
    are rival readings of one stake, not two stakes; the smaller one counts (their disagreement is
    a conflict of its own)."""
    told: dict[int, dict[tuple[str, ...], float]] = defaultdict(lambda: defaultdict(float))
    for stake in stakes:
        sources = tuple(sorted({ev.source_title for ev in stake.evidence}))
        told[stake.investor_company_id][sources] += stake.amount or 0.0
    return sum(min(by_source.values()) for by_source in told.values())


def _ceiling(round_: Round) -> float | None:
    """The most a round's stated amount allows (its upper bound for a range), None when it states none."""
    if round_.amount is None or round_.currency is None or round_.bound in _NO_CEILING:
        return None
    if round_.review_status == "rejected":
        return None
    return round_.amount_max if round_.amount_max is not None else round_.amount


def _oversubscribed(round_: Round, joined: list[Stake], total: float) -> Conflict:
    """The note for a round its stakes exceed: 'round 2025-01-10 over-subscribed: stakes add up to
    $120M per deals.csv vs $100M round per deals.csv'."""
    amount = format_amount(round_.amount, round_.currency, round_.bound, round_.amount_max)
    stated = [
        ConflictValue(
            value=f"stakes add up to {format_amount(total, round_.currency)}",
            sources=list(dict.fromkeys(ev.conflict_label for stake in joined for ev in stake.evidence)),
        ),
        ConflictValue(
            value=f"{amount} round", sources=list(dict.fromkeys(ev.conflict_label for ev in round_.evidence))
        ),
    ]
    return Conflict(
        what=" ".join(part for part in ("round", round_.date, "over-subscribed") if part),
        values=[value.value for value in stated],
        sources=list(dict.fromkeys(source for value in stated for source in value.sources)),
        stated=stated,
    )


def investors_corrected(members: list[Round]) -> Conflict | None:
    """A round of a source whose investors a person corrected by hand (a colleague's export's
    `edited` row naming fewer or other investors) beside that source's own record: the page shows
    the correction's investors and says what the source named ("investors per correction: Balderton
    Capital; per FT: Balderton Capital, Octopus Ventures")."""
    edited = [r for r in members if r.review_status == "edited" and r.investors]
    if not edited:
        return None
    corrected = corrected_sources(members)
    told = {frozenset(r.investor_company_ids) for r in edited}
    stated: list[ConflictValue] = []
    seen: set[frozenset[int]] = set()
    for r in edited:
        key = frozenset(r.investor_company_ids)
        if key not in seen:
            seen.add(key)
            stated.append(ConflictValue(value=", ".join(r.investors), sources=["correction"]))
    for r in members:
        if r.review_status == "edited" or not r.investors:
            continue
        key = frozenset(r.investor_company_ids)
        if key in told or not any(ev.source_identity in corrected for ev in r.evidence):
            continue
        titles = [ev.conflict_label for ev in r.evidence if ev.source_identity in corrected]
        stated.append(ConflictValue(value=", ".join(r.investors), sources=list(dict.fromkeys(titles))))
    if len(stated) < 2:
        return None
    return Conflict(
        what=f"investors of round {dated_by(members).date or ''}".strip(),
        values=[value.value for value in stated],
        sources=list(dict.fromkeys(source for value in stated for source in value.sources)),
        stated=stated,
    )


def raise_amount_conflict(members: list[Round]) -> Conflict | None:
    """The amounts the sources of one raise state, when they differ (its parts left out by the
    caller): what the page's conflicts say of it, for a timeline's event of the raise."""
    found = _amount_conflict(members)
    return found[0] if found else None


def _amount_conflict(members: list[Round]) -> list[Conflict]:
    """The amounts of one raise's sources, when they differ."""
    what = f"round {dated_by(members).date or ''}".strip()
    withdrawn = {id(account) for account in withdrawn_accounts(members)}
    stated = [
        _Stated(
            (r.amount, r.amount_max if r.amount_max is not None else r.amount, r.currency or "", ""),
            None,
            format_amount(r.amount, r.currency, r.bound, r.amount_max),
            ev.label,
            ev.conflict_label,
            bound=r.bound,
            retracted=id(r) in withdrawn,
        )
        for r in members
        for ev in r.evidence
    ]
    stated = _without_stated_equivalents(stated, _stated_equivalents(members))
    if _consistent(stated):
        return []
    values = _values(stated)
    sources = list(dict.fromkeys(source for value in values for source in value.sources))
    if len(values) > 1 and _several_sources(stated):
        return [Conflict(what=what, values=[v.value for v in values], sources=sources, stated=values)]
    return []


def date_conflict(members: list[Round]) -> Conflict | None:
    """Sources of one raise giving dates that cannot both be right ("2021-06-08" in a deal file,
    "2021-06-09" in an article: days that differ, months or years that do not hold each other): each
    date with the sources that gave it, earliest first. A less precise date holding a precise one
    ("2021-06" and "2021-06-08") disagrees with nothing. The page shows one of them by the README's
    rule (same_raise._best_first): what is told here is that the others exist. A raise an article only
    recalls (same_raise.recalled_raise) bears its article's day, not a date of its own: it disagrees with none."""
    members = [r for r in members if not recalled_raise(r)]
    spans = {r.date: day_span(r.date) for r in members if day_span(r.date) is not None}
    if not any(a[1] < b[0] or b[1] < a[0] for a in spans.values() for b in spans.values()):
        return None
    sources: dict[str, dict[str, None]] = defaultdict(dict)  # each source once, in the order seen
    for r in members:
        if r.date in spans:  # a round citing two sentences of one source (its co-investors') is one source
            sources[r.date].update(dict.fromkeys(ev.conflict_label for ev in r.evidence))
    dates = sorted(spans, key=lambda date: (spans[date], date))
    stated = [ConflictValue(value=date, sources=list(sources[date])) for date in dates]
    return Conflict(
        what=f"dates of round {dated_by(members).date}",
        values=dates,
        sources=list(dict.fromkeys(source for value in stated for source in value.sources)),
        stated=stated,
    )


def fold_corrected_metrics(metrics: list[Metric]) -> tuple[list[Metric], list[Conflict]]:
    """`metrics` with a source's figure and a person's correction of it as one row: a metric edited
    by hand (a colleague's export's `edited` row) and a metric of the same company, metric, value and
    date cited to the same source whose projection flag or basis differs (what was corrected) are one
    figure; the correction is shown, and a conflict says what the source's record stated ("projection
    of revenue 2026: no per correction vs yes per Reuters title")."""
    edited = [m for m in metrics if m.review_status == "edited"]
    if not edited:
        return metrics, []
    gone: set[int] = set()
    conflicts: list[Conflict] = []
    for m in edited:
        told = {ev.source_identity for ev in m.evidence}
        for other in metrics:
            if (
                other is m
                or id(other) in gone
                or other.review_status == "edited"
                or (other.company_id, other.metric, other.date) != (m.company_id, m.metric, m.date)
                or (other.value, other.value_max, other.currency, other.unit)
                != (m.value, m.value_max, m.currency, m.unit)
                or not told & {ev.source_identity for ev in other.evidence}
            ):
                continue
            gone.add(id(other))
            m.accounts = [m, other]
            titles = list(dict.fromkeys(ev.conflict_label for ev in other.evidence))
            for what, mine, theirs in (
                ("projection", m.is_projection, other.is_projection),
                ("basis", m.basis, other.basis),
            ):
                if mine != theirs:
                    stated = [
                        ConflictValue(value=_flag(mine), sources=["correction"]),
                        ConflictValue(value=_flag(theirs), sources=titles),
                    ]
                    conflicts.append(
                        Conflict(
                            what=f"{what} of {metric_name(m.metric)} {m.date or ''}".strip(),
                            values=[value.value for value in stated],
                            sources=["correction", *titles],
                            stated=stated,
                        )
                    )
    return [m for m in metrics if id(m) not in gone], conflicts


_COMPARED = {
    "round": {
        "date": "date",
        "round_type": "round_type",
        "amount": "amount",
        "currency": "currency",
        "bound": "bound",
        "investor_names": "investor_company_ids",
    },
    "metric": {
        "date": "date",
        "value": "value",
        "currency": "currency",
        "bound": "bound",
        "basis": "basis",
        "is_projection": "is_projection",
    },
}


def corrected_columns(record: object) -> list[str]:
    """The columns a person's correction changed, read by comparing it with the source's own record
    the page shows it with (`accounts`: a folded round's or metric's records cited to the same
    source): what an export's `edited` row, which carries no decision, changed; [] when unknown."""
    accounts = list(getattr(record, "accounts", ()) or ())
    edited = [a for a in accounts if a.review_status == "edited"]
    columns = _COMPARED.get(getattr(record, "record_type", ""), {})
    changed: list[str] = []
    for mine in edited:
        told = {ev.source_identity for ev in mine.evidence}
        for other in accounts:
            if other.review_status == "edited" or not told & {ev.source_identity for ev in other.evidence}:
                continue
            for column, field in columns.items():
                a, b = getattr(mine, field, None), getattr(other, field, None)
                if field == "investor_company_ids":
                    a, b = set(a or ()), set(b or ())
                if a != b and column not in changed:
                    changed.append(column)
    return changed


def _flag(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("_", "-") if value else "unstated"
