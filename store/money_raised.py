"""Money raised: one rule for a search result's "raised $X", a company page's header, its chart
("Money raised over time") and `ai-deals show` (README, "Money raised").

- Each raise the page lists counts once, at the amount its row shows (same_raise.py: a raise several
  sources tell is one round). Two rounds one source gives on one day (a Seed and a Series A, or two
  rows of a deal file) are two raises: both count. A data file's rows citing one article are one
  source (`same_raise.account_of`): two rows of a deal file citing one article, or an export's rows
  of one article's rounds imported elsewhere, are that article telling both.
- Of one date and currency, sources that disagree (a conflict the page points out: an article's
  €1.7B, another's €1.3B for that day) are rival accounts of that day, not money raised twice: each
  source's raises of the day are added up, and the source telling the most counts; the others'
  rounds of that day do not (the chart draws them muted, "not counted").
- Investments in no round count on their own (stakes: one stake several sources tell is one,
  same_stake.py): those linked to no round and not dated the day of a round in their currency (or
  the round's stated equivalent's, "€3M (about $3.3M)"), the day's only one, that has no linked
  investment, is no promise on a condition (`day_part`) and is no smaller than the stake
  (`within_amount`: another source's $20M is no part of the day's $5M Seed) (the round's
  make-up counts such a stake as its part, `round_stakes`), at their whole amount, committed and
  conditional. A stake in another currency is a part of the day's round only when linked to it and
  its investor is among the round's investors (an article putting it in the round: store/writing.py;
  it is not converted, so the round's make-up does not subtract it); otherwise it counts on its own.
  Nor does a stake in no round whose investor is the only investor of a round that month of the same
  amount and currency (`_sole_investors_round`: an article's "Microsoft invested €15 million" in
  February beside a deal file's €15M "Corporate Round" of 2024-02-26 naming Microsoft alone): one deal.
- A conditional investment in no round ("SoftBank could invest up to a further €1 billion if Kyra
  meets revenue targets", status `conditional`) is money promised, not raised: told beside the total,
  never added to it (`raised €600M (+ up to €1B conditional)`: `money_totals`).
- A figure its source gives only as a ceiling ("will invest up to $100 billion", bound `maximum`) is
  no money raised either: as much may come, maybe far less. Told beside the total, never in it
  (`raised $40B (+ up to $100B committed)`: `money_totals`); the export's `counted` column leaves it out.
- A raise still in talks ("is in talks to raise $1 billion", status `in_talks`) or only planned ("plans to
  raise $50 million", "is seeking $50 million", status `planned`) is told, not raised: not counted (nor a
  stake of either status).
- A deal a later article calls off ("Nvidia has abandoned plans to invest $2 billion in Zeta") is listed, "called
  off (source, date)", never counted: a stake so marked, and a round whose one investor walks away
  (store/called_off.py: `Round.called_off_by`).
- A stake bought from its holders ("Eurazeo has acquired a 30% stake in Kappa Vision for €60 million",
  typed "Stake purchase" by the article extractor unless the article says the company raised money or
  issued new shares; a deal file's "Secondary") is no money raised: listed, never counted nor a round's part.
  Nor is a stake sold by its investor ("SoftBank sold its entire stake in Nvidia for $5.83 billion", typed
  "Stake sale"): the seller's exit, listed on both pages, never counted.
- Borrowed money a deal file states ("Debt Financing", "Post-IPO Debt", a loan: `formatting.is_debt`) is
  no equity: listed, never counted (an article's debt facility gives no fact at all).
- A cumulative figure ("a total of more than $13B since 2019", status `cumulative`) is not added: it
  spans years from its since-date and may hold rounds listed; the chart notes it under the bars. A round
  every source tells as a running total ("had raised $118 million from investors including …") is listed,
  not counted.
- A company's total raised to date as a source states it ("which has raised $118 million so far", the
  figure `total_raised_to_date`) is never money raised nor a round: told beside it, with what our own
  rounds leave of it ("$78M of earlier funding not itemised": `total_to_date_notes`).
Totals are per currency, never converted or added across currencies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

from ai_deals.importers.amount_words import (  # noqa: F401 (re-exported: the store's pairing is this one)
    CONDITIONAL,
    condition_beside_tranches,
    paired_tranches,
)
from ai_deals.importers.models import CALLED_OFF, IN_TALKS, NOT_RAISED_YET, PLANNED, TOTAL_RAISED_TO_DATE

from .formatting import (
    computed_note,
    format_amount,
    is_debt,
    is_stake_traded,
    kinds_agree,
    plural,
    round_kind,
    status_label,
    status_words,
)
from .models import CompanyPage, Metric, RecordType, Round, Stake
from .same_raise import account_of, is_file_row, rival_kind

CUMULATIVE = "cumulative"
"""The status of a stake telling a total over years ("more than $13B since 2019")."""


def not_raised_yet(members: Sequence[Round]) -> bool:
    """Whether every source of a raise tells it as still in talks or only planned (none says it was raised)."""
    return all(member.status in NOT_RAISED_YET for member in members)


def not_raised_status(members: Sequence[Round]) -> str | None:
    """PLANNED when every source of a raise tells it only planned, IN_TALKS when every one tells it in talks or
    planned (one telling talks makes it in talks); None when one says it was raised."""
    if not not_raised_yet(members):
        return None
    return PLANNED if all(member.status == PLANNED for member in members) else IN_TALKS


def rounds_made(raises: Sequence[Round]) -> int:
    """How many of a page's raises (each with its sources' `accounts`) are rounds: a report still in talks is
    none, nor is a raise only planned ("Halcyon is in talks to raise $1.2bn" beside four rounds raised makes 4
    rounds, not 5)."""
    return sum(1 for item in raises if not not_raised_yet(list(item.accounts) or [item]))


def lifetime_total(members: Sequence[Round]) -> bool:
    """Whether every source of a raise tells it as a running total ("Run:ai had raised $118 million from
    investors including …", "$120 million since 2019"): the rounds it sums are money raised, not it again."""
    return all(member.status == CUMULATIVE for member in members)


def raise_status_words(item: Round) -> str:
    """The status words (`formatting.status_words`) a raise is described with everywhere: "in talks"
    when every source of it (`item.accounts`) tells it so or only planned (one saying it was raised makes it
    raised), "planned" when all of them tell it only planned (one telling talks makes it in talks),
    "conditional" for money promised on a condition; '' for a raise told as made."""
    if item.called_off_by:  # a later article calls the deal off: whatever its sources said, it is off
        return called_off_words(item)
    if item.status in NOT_RAISED_YET:
        return status_words(not_raised_status(list(item.accounts) or [item]))
    return split_words(item) or status_words(item.status)


def split_words(record: Stake | Round) -> str:
    """'$15B committed · $35B conditional' for a record in tranches, part committed and part on a
    condition (`split_committed`), however its status reads; '' otherwise. Every place that gives a
    stake's or a round's status says this instead of "conditional" for the whole amount."""
    if not record.tranches:
        return ""
    committed, conditional = split_committed(record)
    if not committed or not conditional:
        return ""
    # The part holding a computed tranche (the total less the stated ones) says so, as the tranche does.
    computed = next((t for t in record.tranches if t.computed and t.amount is not None), None)
    note = computed_note(computed, record.amount, record.currency) if computed else ""
    computed_conditional = bool(computed and computed.condition)
    return (
        f"{format_amount(committed, record.currency)} committed{'' if computed_conditional else note} · "
        f"{format_amount(conditional, record.currency)} conditional{note if computed_conditional else ''}"
    )


def tranche_terms(stake: Stake) -> tuple[str | None, str | None]:
    """(tranche, condition) as `show`'s Investors table and the company page tell a stake's: when a tranche
    holds a condition or there are several, each tranche's amount with its own condition (`paired_tranches`, as the export
    tells them), else the stake's own tranche words and condition."""
    # Several tranches are each told (the stake's own words name only the first: "$10 billion"), as one
    # holding a condition is.
    if len(stake.tranches) < 2 and not any(tranche.condition for tranche in stake.tranches):
        return stake.tranche, stake.condition
    paired = paired_tranches(stake.tranches, stake.currency)
    return paired, condition_beside_tranches(stake.condition, stake.tranches)


def record_status_words(record: Stake | Round) -> str:
    """A stake's or round's words of money not raised (`status_words`), its split when partly conditional;
    "called off (source, date)" for a stake a later article calls off (`called_off_words`)."""
    return called_off_words(record) or split_words(record) or status_words(record.status)


def record_status_label(record: Stake | Round) -> str:
    """A stake's or round's status as people read it (`status_label`), its split when partly conditional;
    "called off (source, date)" for a stake a later article calls off (`called_off_words`)."""
    return called_off_words(record) or split_words(record) or status_label(record.status)


def called_off_words(record: Stake | Round) -> str:
    """'called off (Reuters, 2026-05-10)': a stake or a round a later article calls off (store/called_off.py),
    with who said so and when; 'called off' for an article's call-off matching no stake; '' otherwise."""
    if record.status != CALLED_OFF and not record.called_off_by:  # a round keeps its source's status
        return ""
    who = _called_off_tellers(record)
    return f"called off ({who})" if who else "called off"


def called_off_note(record: Stake | Round) -> str:
    """'called off: Reuters, 2026-05-10': `called_off_words` as a title's parenthesis holds it ("Zeta raises
    $2B (called off: Reuters, 2026-05-10) from Nvidia"), not a bracket in a bracket; '' when not called off."""
    if record.status != CALLED_OFF and not record.called_off_by:
        return ""
    who = _called_off_tellers(record)
    return f"called off: {who}" if who else "called off"


def _called_off_tellers(record: Stake | Round) -> str:
    """'Reuters, 2026-05-10; Daily, 2026-05-11': who said a deal was called off and when, each once."""
    who = [
        f"{e.publisher or e.source_title}, {e.published}" if e.published else e.publisher or e.source_title
        for e in record.called_off_by
    ]
    return "; ".join(dict.fromkeys(who))


def counted_raises(raises: Sequence[Sequence[Round]]) -> list[bool]:
    """For each raise (its rounds, the one shown first: same_raise.group_raises, or a page round's
    `accounts`), whether money raised counts it: all but raises still in talks or planned and the rounds of a
    rival account of their day, and raises typed as a stake changing hands ("Secondary" with several buyers:
    see the module's rule). Linear in the rounds."""
    counted = _countable(raises)
    for indexes, best in _rival_accounts(raises, counted):
        for index in indexes:
            counted[index] = index in best
    return counted


def outcounted_rivals(raises: Sequence[Sequence[Round]]) -> dict[int, int]:
    """Each raise (its index in `raises`, as `counted_raises` takes them) that money raised leaves out
    as a rival account of its day's round -> the one raise it counts in its place: a deal file's two
    rows giving one Series A $28M and $30M are one deal told twice, as the page's conflict line says,
    and a one-per-deal export writes it once (timeline_folds: an export's `same_as`). A day whose
    counted account is several raises (a file's one row per investor) names none: no one stands for it."""
    rivals: dict[int, int] = {}
    for indexes, best in _rival_accounts(raises, _countable(raises)):
        if len(best) == 1:
            (kept,) = best
            rivals.update((index, kept) for index in indexes if index != kept)
    return rivals


def _countable(raises: Sequence[Sequence[Round]]) -> list[bool]:
    """For each raise, whether money raised may count it, rivals aside (`counted_raises`)."""
    return [
        not not_raised_yet(members)
        and not lifetime_total(members)
        and not is_stake_traded(members[0].round_type)
        and not is_debt(members[0].round_type)
        and not called_off(members)
        for members in raises
    ]


def called_off(members: Sequence[Round]) -> bool:
    """Whether a later article calls off a raise (called_off.mark_rounds): one account of it called off is
    the deal called off, as a stake's is (same_stake)."""
    return any(member.called_off_by for member in members)


def _rival_accounts(
    raises: Sequence[Sequence[Round]], counted: list[bool]
) -> Iterator[tuple[list[int], set[int]]]:
    """Each day's raises that are rival accounts of it (indexes of a `_rival_groups` group, of the
    raises `counted` so far) with those of the account money raised counts: the one adding up most."""
    for indexes in _rival_groups(raises, counted):
        if len(indexes) < 2:
            continue
        told: dict[object, set[int]] = defaultdict(set)  # in the order accounts first appear
        told_twice = _rows_told_twice(raises, indexes)
        for index in indexes:
            for member in raises[index]:
                told[_day_account(member, index, told_twice)].add(index)
        if len(told) < 2 or any(len(held) == len(indexes) for held in told.values()):
            continue  # one source tells every raise of the day: nothing rivals it

        def total(held: set[int]) -> float:
            return sum(raises[index][0].amount or 0.0 for index in held)

        yield indexes, max(told.values(), key=total)  # the first of equal accounts


def _rows_told_twice(raises: Sequence[Sequence[Round]], indexes: list[int]) -> set[int]:
    """Those of a day's raises (`indexes`, of one `_rival_groups` group) that a deal file's own rows tell
    as one round twice: the day's raises all state one round type (a company closes one Series A on a
    day) and each row names an investor another row names too (rows naming other investors each are
    a file's one row per investor, the round's parts: they all count)."""
    kinds = {round_kind(raises[index][0].round_type) for index in indexes}
    if len(kinds) != 1 or None in kinds:
        return set()
    rows = {i: set(raises[i][0].investor_company_ids) for i in indexes if is_file_row(raises[i][0])}
    return {i for i, ours in rows.items() if any(ours & theirs for j, theirs in rows.items() if j != i)}


def _day_account(member: Round, index: int, told_twice: set[int]) -> object:
    """Whose account of the day `member` (of the raise at `index`) is: a deal file's row telling a
    round its other row tells too (`_rows_told_twice`: its `$20M` and `$25M` are not $45M raised, as
    the page's conflict line says) is an account of its own, a rival figure of that round."""
    if index in told_twice and is_file_row(member):
        return ("file row", index)
    return account_of(member)


def _rival_groups(raises: Sequence[Sequence[Round]], counted: list[bool]) -> list[list[int]]:
    """The indexes of the counted raises that may be rival accounts of one another: of one date and
    currency, and of one stated round type when the day's raises state several (same_raise.rival_kind:
    a Seed and a Series B the same day are two raises, not two figures of one)."""
    days: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for index, members in enumerate(raises):
        shown = members[0]
        if counted[index] and shown.amount is not None and shown.currency:
            days[(shown.currency, shown.date)].append(index)
    groups: list[list[int]] = []
    for indexes in days.values():
        kinds = {index: round_kind(raises[index][0].round_type) for index in indexes}
        by_kind: dict[str | None, list[int]] = defaultdict(list)
        for index in indexes:
            by_kind[rival_kind(set(kinds.values()), kinds[index])].append(index)
        groups.extend(by_kind.values())
    return groups


def same_money(members: Sequence[Round], stake: Stake) -> bool:
    """Whether `stake` is told in the money of a raise (`members`: its rounds, or a page round and
    its `accounts`): its currency, or that of the equivalent a source states ("€3M (about $3.3M)");
    a figure of unknown currency fits any."""
    if not stake.currency or not members[0].currency:
        return True
    return any(stake.currency in (r.currency, r.equivalent_currency) for r in members)


def joined(members: Sequence[Round], stake: Stake) -> bool:
    """Whether `stake`, linked to a raise (`members`), is its part: told in its money (`same_money`),
    or in another currency by an investor the raise lists (an article's "Nvidia invested $30
    million in the round" of a €100M round). An older database's link of a stake in another currency
    whose investor the round does not list (a deal file's separate row) is no part of it."""
    return same_money(members, stake) or any(stake.investor in r.investors for r in members if stake.investor)


def in_round_money(item: Round, stake: Stake) -> float | None:
    """`stake`'s amount in the round's currency: as it is, or converted at the rate of the round's
    stated equivalent ("€3M (about $3.3M)"); None when it is in another currency or has none."""
    if stake.amount is None:
        return None
    if not stake.currency or not item.currency or stake.currency == item.currency:
        return stake.amount
    for account in (item, *item.accounts):
        if stake.currency == account.equivalent_currency and account.amount and account.equivalent_amount:
            return stake.amount * account.amount / account.equivalent_amount
    return None


def round_stakes(item: Round, stakes: Iterable[Stake], rounds: Sequence[Round] = ()) -> list[Stake]:
    """The stakes taken in a round (as a page lists it): linked to it (to any source's record of the
    raise), or, when none is, those in no round made the same day; either in its money (`same_money`:
    an older database may link a stake in another currency to the day's round). `rounds`: the page's
    rounds; a stake in no round is drawn into none when another of them is of its day and money (whose
    part it is is unknown: `stakes_outside_rounds` counts it on its own)."""
    stakes = list(stakes)
    ids = set(item.record_ids)
    accounts = [item, *item.accounts]
    linked = [s for s in stakes if ids.intersection(s.round_ids) and joined(accounts, s)]
    if linked or not item.date:
        return linked
    others = [[other, *other.accounts] for other in rounds if other.id != item.id and other.date == item.date]
    return [
        s
        for s in stakes
        if day_part(s)
        and s.date == item.date
        and day_fit(accounts, s)
        and not any(same_money(other, s) and same_type(other, s) for other in others)
    ]


def day_fit(members: Sequence[Round], stake: Stake) -> bool:
    """Whether `stake`, in no round, could be a part of a raise (`members`) of its day: told in its
    money and of its type, no larger than the raise (another investor's $20M is no part of the
    day's $5M Seed, whatever the day), and not left out of it by its own source (`told_apart`)."""
    return (
        same_money(members, stake)
        and same_type(members, stake)
        and within_amount(members[0], stake)
        and not told_apart(members, stake)
    )


def told_apart(members: Sequence[Round], stake: Stake) -> bool:
    """Whether a source of `stake` tells the raise (`members`) naming its investors but not the stake's:
    it would have named it among them ("Microsoft will invest up to $20 million … as part of the
    agreement" beside a Series C led by Sequoia is a deal of its own; store/writing.py links no such
    stake to the round either)."""
    if stake.round_type:  # a stake of the raise's type is its part, named among its investors or not
        return False
    tellers = {account_of(account) for account in (stake, *stake.accounts)}
    return any(
        account_of(member) in tellers
        and member.investor_company_ids
        and stake.investor_company_id not in member.investor_company_ids
        for member in members
    )


def within_amount(item: Round, stake: Stake) -> bool:
    """Whether `stake`'s amount, in the round's money, is at most the round's (either unstated fits)."""
    return at_most_round(in_round_money(item, stake), item.amount, item.amount_max)


def at_most_round(share: float | None, amount: float | None, amount_max: float | None = None) -> bool:
    """Whether a stake's `share` (in the round's money) is at most the round's `amount`, or the top of
    its range when it states one ("$40–60 million" holds a $50M stake); either unknown fits. The
    tolerance absorbs the rounding of a share converted at the round's stated equivalent."""
    top = amount_max if amount_max is not None else amount
    return share is None or top is None or share <= top * (1 + 1e-9)


def same_type(members: Sequence[Round], stake: Stake) -> bool:
    """Whether `stake` may be a part of a raise (`members`) by its round type: either states none, or
    both state one kind (a stake its source calls a Seed is no part of the day's Series B)."""
    return kinds_agree(round_kind(stake.round_type), round_kind(members[0].round_type))


def promised(stake: Stake) -> bool:
    """Whether `stake` is money only promised on a condition (status `conditional`, or a condition
    stated): a stake in tranches, its balance on a condition, is still a part of its day's round."""
    return (stake.status == CONDITIONAL or bool(stake.condition)) and not stake.tranches


def day_part(stake: Stake) -> bool:
    """Whether `stake`, in no round, may be a part of a round of its day by date alone: not money
    promised on a condition ("SoftBank could invest up to a further €1 billion if…" is beside the
    round, not in it), nor a stake bought from its holders or sold by its investor (`formatting.is_stake_traded`)."""
    return not stake.round_ids and not promised(stake) and not is_stake_traded(stake.round_type)


def stakes_outside_rounds(stakes: Sequence[Stake], raises: Sequence[Sequence[Round]]) -> list[Stake]:
    """The stakes (as a page lists them, folded) whose money counts on its own: in no round, not a
    round's part by `round_stakes`' day rule (that day's round in its money), not cumulative.
    Linear in rounds and stakes (a day has few rounds)."""
    if not stakes:
        return []
    raise_of = {round_.id: members for members in raises for round_ in members}
    inside = [_in_round(stake, raise_of) for stake in stakes]
    linked = {
        round_id for stake, held in zip(stakes, inside, strict=True) if held for round_id in stake.round_ids
    }
    raises_of_day: dict[str, list[Sequence[Round]]] = defaultdict(list)
    raises_of_month: dict[str, list[Sequence[Round]]] = defaultdict(list)
    for members in raises:
        if members[0].date:
            raises_of_day[members[0].date].append(members)
            raises_of_month[members[0].date[:7]].append(members)
    return [
        stake
        for stake, held in zip(stakes, inside, strict=True)
        if not held
        and stake.status not in (CUMULATIVE, *NOT_RAISED_YET, CALLED_OFF)  # a deal called off moved no money
        and not is_stake_traded(stake.round_type)
        and not is_debt(stake.round_type)  # borrowed, not raised
        and not _claimed(stake, raises_of_day.get(stake.date or "", ()), linked)
        and not _sole_investors_round(stake, raises_of_month.get((stake.date or "")[:7], ()))
    ]


def _in_round(stake: Stake, raise_of: Mapping[int, Sequence[Round]]) -> bool:
    """Whether `stake` is taken in a round (`raise_of`: a round's id -> its raise): one the page does not
    hold, or one it is a part of (`joined`): a link to a round in another currency is rarely part of it."""
    round_ids = stake.round_ids
    return bool(round_ids) and any(
        round_id not in raise_of or joined(raise_of[round_id], stake) for round_id in round_ids
    )


def _claimed(stake: Stake, day_raises: Sequence[Sequence[Round]], linked: set[int]) -> bool:
    """Whether `stake`, of no round, is a part of the one raise of its day in its money (`day_raises`:
    those of its date), none of whose rounds a stake is `linked` to; of several (a Seed and a Series B),
    whose part it is is unknown: it counts on its own."""
    day = [members for members in day_raises if same_money(members, stake) and same_type(members, stake)]
    return (
        len(day) == 1  # first: most stakes have no raise of their day
        and day_part(stake)
        and within_amount(day[0][0], stake)
        and not told_apart(day[0], stake)
        and not linked.intersection(r.id for r in day[0])
    )


def _sole_investors_round(stake: Stake, month_raises: Sequence[Sequence[Round]]) -> bool:
    """Whether `stake`, of no round, is told as a raise of its month (`month_raises`: those of its
    month) whose only investor is the stake's, of the same amount and currency: an article's "Microsoft
    invested €15 million in the company" in February beside a deal file's €15M "Corporate Round" of
    2024-02-26 naming Microsoft alone is one deal told twice, not two; the round counts, the stake does
    not. Dated to the month at least (a year holds many deals), and money moved, not promised."""
    if len(stake.date or "") < 7 or stake.amount is None or not day_part(stake):
        return False
    return any(
        members[0].investor_company_ids == [stake.investor_company_id]
        and members[0].amount == stake.amount
        and members[0].currency == stake.currency
        for members in month_raises
    )


def cumulative_stakes(stakes: Iterable[Stake]) -> list[Stake]:
    """Stakes telling a total over years ("≥$13B since 2019"): noted, never added up by year."""
    return [stake for stake in stakes if stake.status == CUMULATIVE and stake.amount is not None]


class MoneyTotals(NamedTuple):
    """What a company raised per currency, told in three parts that are never added together."""

    raised: dict[str, float]
    """Money raised: exact figures (or a floor, "more than $1B", or a range's low end)."""
    conditional: dict[str, tuple[float, bool]]
    """Money promised on a condition, with whether one of its figures is only a ceiling ("up to")."""
    ceilings: dict[str, float]
    """Money committed only as a ceiling ("up to $100 billion", bound `maximum`): as much as that may
    come, maybe far less, so it is told beside money raised ("+ up to $100B committed"), never in it."""


def is_ceiling(record: Round | Stake) -> bool:
    """Whether a record's amount is only a ceiling its source gives ("up to $100 billion")."""
    return record.bound == "maximum"


def money_totals(
    raises: Sequence[Sequence[Round]], stakes: Sequence[Stake] = (), *, until: str | None = None
) -> MoneyTotals:
    """(money raised, money promised on a condition, money committed only up to a ceiling) per
    currency, from one pass over what money raised is made of (a page and every search hit ask for all).

    Money raised follows the module's rule: `raises` as same_raise.group_raises gives them (or a page
    round's `accounts`), `stakes` as the page lists them (folded). The conditional money is told
    beside it (never in it): a conditional investment in no round, a round's or a stake's tranche
    with a condition; each currency's sum with whether one of them is only a ceiling ("up to a
    further €1 billion"). So is the committed part of a record whose amount is only a ceiling (`is_ceiling`).
    With `until` (a date), only what is dated on or before it counts."""
    raised: dict[str, float] = defaultdict(float)
    ceilings: dict[str, float] = defaultdict(float)
    conditional_money: dict[str, tuple[float, bool]] = {}
    for record, committed, conditional in _counted_parts(raises, stakes):
        if until is not None and not _dated_by(record.date, until):
            continue
        if committed:
            (ceilings if is_ceiling(record) else raised)[record.currency] += committed
        if conditional:
            total, up_to = conditional_money.get(record.currency, (0.0, False))
            ceiling = is_ceiling(record) or any(t.condition and t.bound == "maximum" for t in record.tranches)
            conditional_money[record.currency] = (total + conditional, up_to or ceiling)
    return MoneyTotals(dict(raised), conditional_money, dict(ceilings))


def counted_money(
    raises: Sequence[Sequence[Round]], stakes: Sequence[Stake] = ()
) -> dict[tuple[RecordType, int], float]:
    """Each record money raised counts (`money_totals`, the module's rule), by record type and id -> the
    money it adds, in its currency: its whole amount, or its committed part when some of it is promised
    on a condition (`round_split`, `split_committed`). A record adding nothing (money only promised, or
    only a ceiling: `is_ceiling`) is left out. An export's `counted` column: summed per currency, the
    app's money raised. Keyed by (type, id), not `RecordRef`: a model made for each of 100k records was
    a tenth of the column's cost."""
    return {
        (record.record_type, record.id): committed
        for record, committed, _ in _counted_parts(raises, stakes)
        if committed and not is_ceiling(record)
    }


def _counted_parts(
    raises: Sequence[Sequence[Round]], stakes: Sequence[Stake]
) -> Iterator[tuple[Round | Stake, float, float]]:
    """(record, committed, conditional) of each record money raised is made of (`_counted_money`)
    that states its currency: totals are per currency, never guessed."""
    promised_in = promised_in_rounds(raises, stakes)
    for record in _counted_money(raises, stakes):
        if not record.currency:
            continue
        committed, conditional = (
            round_split(record, promised_in) if isinstance(record, Round) else split_committed(record)
        )
        yield record, committed, conditional


def promised_in_rounds(raises: Sequence[Sequence[Round]], stakes: Sequence[Stake]) -> dict[int, float]:
    """Shown round id -> the money its stakes promise on a condition (`split_committed`, in the
    round's money): Amazon's $35B to come "once certain conditions are met" of its $50B in a $110B
    round leaves $75B raised and $35B conditional, as a round's own conditional tranche would. A
    round in tranches of its own already tells its split. Cheap when no stake is partly promised."""
    promising = [s for s in stakes if s.tranches and split_committed(s)[1]]
    if not promising:
        return {}
    promising_ids = {id(stake) for stake in promising}
    rounds = [members[0] for members in raises]
    ids = {round_id for stake in promising for round_id in stake.round_ids}
    dates = {stake.date for stake in promising}
    promised_in: dict[int, float] = {}
    for item in rounds:
        if (
            item.tranches
            or item.amount is None
            or not (ids.intersection(item.record_ids) or item.date in dates)
        ):
            continue
        parts = [
            _promised_part(item, s) for s in round_stakes(item, stakes, rounds) if id(s) in promising_ids
        ]
        if total := sum(parts):
            promised_in[item.id] = total
    return promised_in


def round_split(item: Round, promised_in: Mapping[int, float]) -> tuple[float, float]:
    """(committed, conditional) parts of a round (`split_committed`), the conditional part of its
    stakes (`promised_in_rounds`) told apart when it has no tranches of its own: the header's money
    raised and the chart's bar split it alike."""
    committed, conditional = split_committed(item)
    promised = min(committed, promised_in.get(item.id, 0.0))
    return committed - promised, conditional + promised


def _promised_part(item: Round, stake: Stake) -> float:
    """The conditional part of `stake` (`split_committed`) in the money of its round `item`; 0 when
    its currency does not convert."""
    in_round = in_round_money(item, stake)
    if not in_round or not stake.amount:
        return 0.0
    return split_committed(stake)[1] * in_round / stake.amount


def raised_totals(raises: Sequence[Sequence[Round]], stakes: Sequence[Stake] = ()) -> dict[str, float]:
    """Money raised per currency (`money_totals`)."""
    return money_totals(raises, stakes)[0]


def _counted_money(raises: Sequence[Sequence[Round]], stakes: Sequence[Stake]) -> list[Round | Stake]:
    """What money raised is made of (the module's rule): the shown round of each raise counted, and
    the investments that count on their own."""
    shown = [members[0] for members, counted in zip(raises, counted_raises(raises), strict=True) if counted]
    return [*(item for item in shown if item.amount is not None), *stakes_outside_rounds(stakes, raises)]


def split_committed(record: Stake | Round) -> tuple[float, float]:
    """(committed, conditional) parts of a stake or a round: tranches with a condition, or a
    conditional stake (status `conditional`, or a condition stated), count as conditional; an
    unstated tranche amount is what the stated ones leave of the total. A round with no tranches is
    committed (its condition, if any, is the round's, not a part of its money)."""
    total = record.amount or 0.0
    if record.tranches:
        committed = sum(t.amount or 0.0 for t in record.tranches if not t.condition)
        conditional = sum(t.amount or 0.0 for t in record.tranches if t.condition)
        rest = max(0.0, total - committed - conditional)
        unknown = [t for t in record.tranches if t.amount is None]
        if any(t.condition for t in unknown) or (not unknown and record.status == CONDITIONAL):
            return committed, conditional + rest
        return committed + rest, conditional
    if isinstance(record, Stake) and (record.status == CONDITIONAL or record.condition):
        return 0.0, total
    return total, 0.0


def page_raises(rounds: Iterable[Round]) -> list[list[Round]]:
    """A page's rounds (folded) as raises: each with every source's record of it, the shown first."""
    return [list(item.accounts) or [item] for item in rounds]


def raised_text(
    totals: dict[str, float],
    conditional: dict[str, tuple[float, bool]] | None = None,
    ceilings: Mapping[str, float] | None = None,
) -> str:
    """'raised $640M + €1.7B' (US dollars first), with money committed only up to a ceiling and money
    promised on a condition after it, never added to it: 'raised $40B (+ up to $100B committed)',
    'raised €600M (+ up to €1B conditional)'; '' when nothing was raised nor promised."""
    said = "raised " + " + ".join(format_amount(totals[c], c) for c in _by_currency(totals)) if totals else ""
    beside = []
    if ceilings:
        beside.append(" + ".join(f"up to {format_amount(ceilings[c], c)}" for c in _by_currency(ceilings)))
        beside[-1] += " committed"
    if conditional:
        promised = " + ".join(
            f"{'up to ' if conditional[c][1] else ''}{format_amount(conditional[c][0], c)}"
            for c in _by_currency(conditional)
        )
        beside.append(f"{promised} conditional")
    if not beside:
        return said
    return f"{said} (+ {' + '.join(beside)})" if said else " + ".join(beside)


def _by_currency(totals: Mapping[str, object]) -> list[str]:
    """The currencies of `totals`, US dollars first."""
    return sorted(totals, key=lambda currency: (currency != "USD", currency))


def cumulative_note(stake: Stake) -> str:
    """'Microsoft: ≥$13B in total since 2019 (not added to money raised)': on the company's page."""
    return f"{stake.investor}: {_total_since(stake)} (not added to money raised)"


def cumulative_investment_note(stake: Stake) -> str:
    """'OpenAI: ≥$13B in total since 2019 (not drawn as one year's investment)': on the investor's page."""
    return f"{stake.company}: {_total_since(stake)} (not drawn as one year's investment)"


def _total_since(stake: Stake) -> str:
    amount = format_amount(stake.amount, stake.currency, stake.bound, stake.amount_max)
    return f"{amount} in total{total_date_words(stake)}"


def total_date_words(stake: Stake) -> str:
    """' since 2019' for a total its source counts from a date ("more than $13B since 2019"); ' as of
    2024-11-22' for one dated its source's own day ("bringing its total investment to $8 billion"): the
    total then, which earlier stakes are part of, not money put in since that day; '' when undated."""
    if not stake.date:
        return ""
    if is_total_as_of_source_day(stake):
        return f" as of {stake.date}"
    return f" since {stake.date}"


def is_total_as_of_source_day(stake: Stake) -> bool:
    """Whether a cumulative stake is dated its source's day: a running total as the story tells it that day,
    never the start of what it sums (a since-date is the year or month the text names)."""
    return any(stake.date == evidence.published for evidence in stake.evidence)


def total_to_date_notes(page: CompanyPage) -> list[str]:
    """'Total raised to date: $118M (as of 2025-06-01, 1 source) · $78M of earlier funding not itemised':
    per currency, the latest total to date a source states, and what the money raised by its date
    leaves of it (a round raised since is no part of the total)."""
    return [
        _total_to_date_note(total, _raised_by(page, total).get(currency, 0.0))
        for currency, total in _latest_totals(page)
    ]


def _raised_by(page: CompanyPage, total: Metric) -> dict[str, float]:
    """Money raised per currency by the raises and investments dated on or before `total`'s date
    (all of them when it has none)."""
    if not total.date:
        return page.raised
    return money_totals(page_raises(page.rounds), page.investors, until=total.date)[0]


def _dated_by(date: str | None, until: str) -> bool:
    """Whether a (partial) date is on or before `until`, at the precision both have: "2025-06-15" is
    by "2025-06", "2025" by "2025-06-01"; an undated record is not known to be."""
    if not date:
        return False
    shared = min(len(date), len(until))
    return date[:shared] <= until[:shared]


def _latest_totals(page: CompanyPage) -> list[tuple[str, Metric]]:
    """The latest dated `total_raised_to_date` of each currency of `page`, US dollars first."""
    latest: dict[str, Metric] = {}
    for metric in page.metrics:
        if metric.metric != TOTAL_RAISED_TO_DATE or metric.value is None or not metric.currency:
            continue
        known = latest.get(metric.currency)
        if known is None or (metric.date or "") > (known.date or ""):
            latest[metric.currency] = metric
    return [(currency, latest[currency]) for currency in _by_currency(latest)]


def _total_to_date_note(total: Metric, raised: float) -> str:
    amount = format_amount(total.value, total.currency, total.bound, total.value_max)
    told = ", ".join(
        part
        for part in (f"as of {total.date}" if total.date else "", plural(total.source_count, "source"))
        if part
    )
    note = f"Total raised to date: {amount} ({told})"
    # A total above the rounds we hold is funding no source here itemises (a lower one is no conflict:
    # the rounds may be later than the article telling the total).
    if total.value > raised:
        note += f" · {format_amount(total.value - raised, total.currency)} of earlier funding not itemised"
    return note
