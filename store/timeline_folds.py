"""What the whole timeline folds, and a company's timeline with it (queries.timeline_events: its events
are the whole timeline's that involve it, folded by `company_folds`, not by a copy of these rules).

A company's timeline shows a figure several sources state alike as one event ("· 2 sources",
same_metric.group_metrics), and a raise several sources tell as one event, as its page shows it
(same_raise.group_raises and fold: the investors they name, "· 2 sources"), with the rounds telling
only an investor's part of it (same_raise.raise_parts); so are a stake several sources tell
(same_stake.group_stakes, as the investee's page groups them) and a partnership
(same_partnership.group_partnerships). The whole timeline is read a window at a time from the `*_timeline`
indexes, which know nothing of that: `TimelineFolds` lists the records folded into another's event,
so that its counts, ranks and windows leave them out and the event they fold into names them (`also`).

Only the few companies that can fold anything are read as records: those with two dated metrics
stating one value, two dated rounds of an amount in one currency, two stakes of one investor or
two partnerships of one kind between the same two companies (one GROUP BY each, from the tables:
0.6-0.9 s at 1M records, once per state of the database, when the timeline opens); of those, for
stakes and rounds, only the ones where two could be one by a few of their columns
(store/fold_candidates.py: in a database of 2,000 companies with 50 records each, every company has
two stakes of one investor; reading them all as records took 5.4 s). `first_events` works out the
folds of only the companies of the first events (`timeline --limit 20`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from ai_deals.importers.models import CALLED_OFF

from .fold_candidates import raises_that_can_fold
from .id_lists import in_chunks, placeholders
from .models import Metric, Partnership, RecordRef, Round, Stake, TimelineEvent, TimelineKey
from .money_raised import outcounted_rivals
from .names import short_form_owners
from .record_filter import RecordFilter
from .same_metric import group_metrics
from .same_partnership import fold_partnership, is_renewal, mark_renewals, renewal_words
from .same_raise import fold, group_raises, investors_shown_as, withdrawn_accounts
from .same_stake import fold_stake
from .schema import RECORD_TABLES, TIMELINE_KEY, TIMELINE_WHERE, VISIBLE
from .timeline import (
    counted_account,
    folded_accounts,
    partnership_title,
    raise_title,
    shown_account,
    stake_title,
    with_folded,
)


@dataclass
class TimelineFolds:
    """The records of the whole timeline that are no event of their own, and where each went."""

    also: dict[RecordRef, list[RecordRef]] = field(default_factory=dict)
    """The records folded into each event that folds any, in the order its company's timeline gives."""
    hidden: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    """The folded records' ids, by record type."""
    hidden_places: list[TimelineKey] = field(default_factory=list)
    """The folded records' places on the timeline, in order: how many precede a place."""
    adopted: dict[RecordFilter, list[TimelineKey]] = field(default_factory=dict)
    """`adopted_places` of each investor filter asked, kept while these folds are."""
    investor_views: dict[RecordFilter, TimelineFolds] = field(default_factory=dict)
    """`investor_folds` of each investor filter asked, kept while these folds are."""
    titles: dict[RecordRef, str] = field(default_factory=dict)
    """The title of each raise's event that folds other accounts of it, as its company's page shows
    the raise (`timeline.raise_title`): the union of their investors, how many sources tell it."""
    event_of: dict[RecordRef, RecordRef] = field(default_factory=dict)
    """Each other account of a figure, raise, stake or partnership several sources tell (an undated
    one too, which the whole timeline does not list) -> the record whose event stands for it."""
    same_as: dict[RecordRef, RecordRef] = field(default_factory=dict)
    """Each other account of a figure, raise, stake or partnership several sources tell (an undated one
    too) -> the record whose figure the app shows and counts for it: an export's `same_as`, so that a
    sum of its rows counts each once, as the app does. The record of its event (`event_of`) but for a
    raise a correction story tells: its figure is the correction's, its event the corrected dispatch's
    (at that dispatch's date: timeline.counted_account)."""
    stakes: dict[RecordRef, Stake] = field(default_factory=dict)
    """Each stake several sources tell as its investee's page shows it (same_stake.fold_stake: the first
    account's figures, completed by the others'), by the record whose event stands for it: what the
    relationship map labels its edge with (store/graph.py)."""

    spellings: dict[RecordRef, dict[int, int]] = field(default_factory=dict)
    """Of each raise several sources tell (by the record whose event stands for it), the investors its
    page lists under another's spelling -> that one (`same_raise.investors_shown_as`): how the
    relationship map draws "Quill Capital Partners" and "Quill Capital" in one raise as one investor."""

    withdrawn: set[RecordRef] = field(default_factory=set)
    """The rounds of each raise several sources tell whose figure their own outlet's correction story
    withdrew (`same_raise.withdrawn_accounts`): what an export marks `retracted`, as `show` marks
    their figure "(retracted)"."""

    called_off: set[RecordRef] = field(default_factory=set)
    """The stakes a later article calls off (called_off.join_call_offs, as `stake_groups` groups them): what
    an export marks `called_off`, as `show` says their status "called off (source, date)"."""

    call_offs: dict[RecordRef, RecordRef] = field(default_factory=dict)
    """Each call-off folded into the event of a round it calls off (`_fold_call_offs_into_rounds`) -> the
    round counted for that raise (its `same_as`, else itself): a one-row-per-deal export writes the
    call-off as that round's status and source, no row of its own, as the timeline shows it."""

    renewals: dict[RecordRef, str] = field(default_factory=dict)
    """Of each partnership a later one renews, or renewing one (by the record whose event stands for
    it), what the relationship map's edge says of it: "renewed 2024-03-12, until 2029-03-12", "renewal"."""

    def folded_event(self, event: TimelineEvent) -> TimelineEvent:
        """`event` standing for the records folded into it, titled as it folds them (`with_folded`)."""
        return with_folded(event, self.also.get(event.ref, []), self.titles.get(event.ref))

    def is_hidden(self, record_type: str, record_id: int) -> bool:
        return record_id in self.hidden.get(record_type, ())

    def hidden_before(self, place: TimelineKey) -> int:
        """How many folded records come before `place` on the timeline."""
        return bisect_left(self.hidden_places, place)

    def hidden_by_key(self) -> Counter[str]:
        """How many folded records each key (date) of the timeline holds."""
        return Counter(key for key, _, _ in self.hidden_places)

    def __len__(self) -> int:
        return len(self.hidden_places)


def timeline_folds(db: Database, among: list[int] | None = None) -> TimelineFolds:
    """What the whole timeline folds now (see the module's docstring). With `among`, only what it folds
    of those companies' records (a partnership's of either side): all that its first events need, as
    each company's records fold among themselves (`first_events`)."""
    folds = _told_several_times(db, among)
    folds.hidden_places = sorted(_places(db, folds.hidden))
    return folds


def folds_among(db: Database, company_ids: Iterable[int]) -> TimelineFolds:
    """What the whole timeline folds of the records of `company_ids` (a partnership's of either
    company), without places: each company's records fold among themselves, so these are all the
    folds of their records, worked out without the whole timeline's (seconds at 100k records, where
    a company's records take milliseconds). A company's timeline is folded so (`company_folds`:
    its events are the whole timeline's that involve it), a company's or a selection's export reads
    their `same_as`, the relationship map its companies'."""
    return _told_several_times(db, sorted(set(company_ids)))


def company_folds(db: Database, company_id: int, company_ids: Iterable[int]) -> TimelineFolds:
    """What a company's timeline folds (`queries._company_folded`): `folds_among` the companies of its
    events (`company_ids`: the raises it joined, the stakes it holds), but the figures and partnerships
    of the company only, the only ones its timeline lists: an investor's investees' are never on it."""
    return _told_several_times(db, sorted(set(company_ids)), own=[company_id])


def _told_several_times(db: Database, among: list[int] | None, own: list[int] | None = None) -> TimelineFolds:
    """The folds of what several sources tell, of the companies `among` (None: all), without places;
    of their figures and partnerships, only those of the companies `own` when given."""
    figures_among = among if own is None else own
    folds = TimelineFolds()
    for members in _metric_groups(db, figures_among):
        _fold(folds, members[0], members[1:])
    raises, rivals = _raises(db, among)
    told: list[tuple[Round | Stake | Partnership, list, str, list]] = [
        *raises,
        *_stakes(db, among),
        *_partnerships(db, figures_among),
    ]
    for shown, others, title, members in told:
        _fold(folds, shown, others)
        folds.titles[shown.ref] = title  # an undated account alone folded in: the title names it
        folds.event_of.update((member.ref, shown.ref) for member in members if member is not shown)
        counted = (counted_account(members) if isinstance(shown, Round) else None) or shown
        folds.same_as.update((member.ref, counted.ref) for member in members if member is not counted)
        folds.same_as.pop(counted.ref, None)
        if isinstance(shown, Round):
            folds.withdrawn.update(account.ref for account in withdrawn_accounts(members))
        if isinstance(shown, Stake):
            folds.stakes[shown.ref] = fold_stake(members)
            folds.called_off.update(member.ref for member in members if member.called_off_by)
        elif (
            isinstance(shown, Round)
            and _spelt_twice(members)
            and (spellings := investors_shown_as(fold(members)))
        ):
            folds.spellings[shown.ref] = spellings
        elif isinstance(shown, Partnership) and (renewal := _renewal_label(shown)):
            folds.renewals[shown.ref] = renewal
    # After the raises' own: a rival figure's raise folded several accounts of its own, all now the rival's.
    folds.same_as.update(rivals)
    _fold_call_offs_into_rounds(db, folds, among)
    return folds


def _fold_call_offs_into_rounds(db: Database, folds: TimelineFolds, among: list[int] | None) -> None:
    """Fold each call-off a round is marked called off by (its one investor walking away:
    called_off.mark_rounds) into the event standing for that round, as its company's page lists it: the
    round says "called off", the call-off is no event of its own ("Nvidia invests $2B in Zeta (called
    off)" beside the round it calls off). A call-off already folded into a stake it calls off stays there.
    No `same_as`: an export's `same_as` names a record of the row's own type, and a call-off's row counts
    nothing anyway (its `called_off`)."""
    for round_, offs in _rounds_called_off(db, among):
        into = folds.event_of.get(round_.ref, round_.ref)
        if into == round_.ref and not round_.date:  # an undated round alone: no event of the timeline
            continue
        folded = [off for off in offs if off not in folds.event_of]
        _fold_refs(folds, into, folded)
        counted = folds.same_as.get(round_.ref, round_.ref)
        folds.call_offs.update((off, counted) for off in folded)


def _rounds_called_off(db: Database, among: list[int] | None) -> list[tuple[Round, list[RecordRef]]]:
    """The rounds of the companies `among` (None: all) a call-off marks called off, each with the refs of
    its call-offs the timeline lists (dated). Call-offs are rare: one plain SELECT finds their companies
    (none nearly always), and only those companies' rounds are read as records."""
    from .queries import fetch_records  # local: queries reads the folds

    companies = {
        company_id
        for hint, clause, params in _among(among, "company_id")
        for (company_id,) in db.execute(
            f"SELECT DISTINCT company_id FROM stakes {hint} WHERE status = '{CALLED_OFF}' AND {VISIBLE}{clause}",
            params,
        )
    }
    marked: list[Round] = []
    for chunk in in_chunks(sorted(companies)):
        rounds = fetch_records(db, "round", f"r.company_id IN ({placeholders(chunk)})", chunk)
        marked += [round_ for round_ in rounds if isinstance(round_, Round) and round_.called_off_ids]
    listed = {id_ for _, _, id_ in _places(db, {"stake": {i for r in marked for i in r.called_off_ids}})}
    return [
        (round_, [RecordRef(record_type="stake", record_id=i) for i in round_.called_off_ids if i in listed])
        for round_ in marked
    ]


def _spelt_twice(members: list[Round]) -> bool:
    """Whether one of the investors a raise's accounts name may be another's short form (a pass over
    their names at C speed, `short_form_owners`): the raise is folded again only then."""
    return bool(short_form_owners({name for member in members for name in member.investors}))


def _renewal_label(partnership: Partnership) -> str | None:
    """What the relationship map says of a partnership a later one renews ("renewed 2024-03-12, until
    2029-03-12") or renewing one ("renewal")."""
    return renewal_words(partnership) or (RENEWAL_LABEL if is_renewal(partnership) else None)


RENEWAL_LABEL = "renewal"
"""What the relationship map's edge of a renewing partnership says of it."""


def first_events(db: Database, limit: int) -> list[TimelineEvent]:
    """The first `limit` events of the whole timeline, folded as `timeline_folds` folds them, from the
    folds of only the companies of the first records (`timeline --limit 20` works out no fold of the
    whole history): a company's records fold among themselves, a partnership's with its pair's, so
    those folds are all that the first records take part in. Read again twice as far while the
    records folded away leave fewer than `limit` events."""
    from .queries import timeline_keys, timeline_window  # local: queries reads the folds

    wanted = limit
    while True:
        keys = timeline_keys(db, None, limit=wanted)
        folds = timeline_folds(db, _companies_of(db, keys))
        shown = sum(not folds.is_hidden(record_type, id_) for _, record_type, id_ in keys)
        if shown >= limit or len(keys) < wanted:
            return timeline_window(db, None, limit=limit, folds=folds)
        wanted *= 2


def _companies_of(db: Database, keys: list[TimelineKey]) -> list[int]:
    """The companies of the records placed at `keys` that a fold can take in: their own, a
    partnership's partner too."""
    ids: dict[str, list[int]] = defaultdict(list)
    for _, record_type, id_ in keys:
        ids[record_type].append(id_)
    companies: set[int] = set()
    for record_type, columns in _FOLDED_COMPANIES.items():
        for chunk in in_chunks(ids.get(record_type, [])):
            sql = f"SELECT {columns} FROM {RECORD_TABLES[record_type]} WHERE id IN ({placeholders(chunk)})"
            companies.update(company_id for row in db.execute(sql, chunk) for company_id in row)
    return sorted(companies)


_FOLDED_COMPANIES = {
    "metric": "company_id",
    "round": "company_id",
    "stake": "company_id",
    "partnership": "company_id, partner_id",
}
"""The companies (columns) of each record type whose records fold (`timeline_folds`)."""


def investor_folds(db: Database, folds: TimelineFolds, record_filter: RecordFilter | None) -> TimelineFolds:
    """`folds` as the whole timeline filtered on an investor (`timeline --investor`) reads them: each
    raise of another company it joined where its own stake in that raise is an event the filter keeps
    too is folded into the stake's event, by the rule its own timeline folds them with
    (`queries.own_stakes_in_raises`): listed both, the day read as two deals. `folds` itself without
    an investor."""
    if record_filter is None or record_filter.investor_id is None:
        return folds
    if record_filter not in folds.investor_views:
        view = _stakes_standing_for_raises(db, folds, record_filter, record_filter.investor_id)
        folds.investor_views[record_filter] = view
    return folds.investor_views[record_filter]


def _stakes_standing_for_raises(
    db: Database, folds: TimelineFolds, record_filter: RecordFilter, investor_id: int
) -> TimelineFolds:
    """`folds` with each raise the investor's own stake (an event of the whole timeline `record_filter`
    keeps) stands for hidden, and that raise's records folded into the stake's event."""
    from .queries import (
        kept_refs,
        own_stakes_in_raises,
        timeline_events_among,
    )  # local: queries reads the folds

    pairs = own_stakes_in_raises(db, investor_id, folds)
    events = timeline_events_among(db, [ref for pair in pairs for ref in pair], folds)
    stakes = kept_refs(db, {stake_ref for _, stake_ref in pairs if stake_ref in events}, record_filter)
    stake_of_raise: dict[RecordRef, RecordRef] = {}
    for raise_ref, stake_ref in pairs:
        if raise_ref in events and stake_ref in stakes:
            stake_of_raise.setdefault(raise_ref, stake_ref)
    if not stake_of_raise:
        return folds
    view = replace(
        folds,
        also={ref: list(refs) for ref, refs in folds.also.items()},
        hidden=defaultdict(set, {record_type: set(ids) for record_type, ids in folds.hidden.items()}),
        adopted={},
        investor_views={},
    )
    for raise_ref, stake_ref in stake_of_raise.items():
        view.also[stake_ref] = [*view.also.get(stake_ref, []), raise_ref, *view.also.pop(raise_ref, [])]
        view.hidden[raise_ref.record_type].add(raise_ref.record_id)
    view.hidden_places = sorted([*folds.hidden_places, *_places(db, _by_type(set(stake_of_raise)))])
    return view


def adopted_places(
    db: Database, folds: TimelineFolds, record_filter: RecordFilter | None
) -> list[TimelineKey]:
    """The places of the events `record_filter` keeps for a record folded into them alone, in order: a
    raise's event names the investors of every source's account, so `--investor Nvidia` finds it where
    only the account folded into it names Nvidia. Only the investor chooses so: the event's own date
    and kind are what a date range and a kind keep."""
    if record_filter is None or record_filter.investor_id is None or not folds.also:
        return []
    if record_filter not in folds.adopted:
        folds.adopted[record_filter] = sorted(_places(db, _by_type(_adopted(db, folds, record_filter))))
    return folds.adopted[record_filter]


def _adopted(db: Database, folds: TimelineFolds, record_filter: RecordFilter) -> set[RecordRef]:
    """The events `record_filter` keeps for a record folded into them alone."""
    from .queries import adopted_by_investor, kept_refs  # local: queries reads the folds

    adopted = adopted_by_investor(db, folds.also, record_filter)
    return adopted - kept_refs(db, adopted, record_filter)


def _by_type(refs: set[RecordRef]) -> dict[str, set[int]]:
    ids: dict[str, set[int]] = defaultdict(set)
    for ref in refs:
        ids[ref.record_type].add(ref.record_id)
    return ids


def _fold(folds: TimelineFolds, shown: Metric | Round | Stake | Partnership, folded: list) -> None:
    _fold_refs(folds, shown.ref, [member.ref for member in folded])
    folds.same_as.update((member.ref, shown.ref) for member in folded)


def _fold_refs(folds: TimelineFolds, shown: RecordRef, folded: list[RecordRef]) -> None:
    """The records `folded` no events of their own, folded into the event of `shown` (its `also`)."""
    if not folded:
        return
    folds.also.setdefault(shown, []).extend(folded)
    folds.event_of.update((ref, shown) for ref in folded)
    for ref in folded:
        folds.hidden[ref.record_type].add(ref.record_id)


def _among(among: list[int] | None, *columns: str) -> Iterator[tuple[str, str, list[int]]]:
    """How a GROUP BY reads its table (NOT INDEXED: every row, in table order, not through an index's
    order: 3x faster at 1M), a clause keeping the rows of the companies `among` in one of `columns`
    (through their indexes), and its parameters: one query's each, a few hundred companies a query
    (an investor's timeline folds those of every company it invested in); every row with None."""
    if among is None:
        yield "NOT INDEXED", "", []
        return
    for chunk in in_chunks(among):
        either = " OR ".join(f"{column} IN ({placeholders(chunk)})" for column in columns)
        yield "", f" AND ({either})", [*chunk] * len(columns)


def _metric_groups(db: Database, among: list[int] | None = None) -> list[list[Metric]]:
    """The groups of one figure several sources state, among the dated metrics of the companies that
    state one value twice in one year (whatever the basis and the date's precision: same_metric folds an
    unstated basis into a stated one, a month's figure into the one of a day inside it)."""
    from .queries import RECORD_SQL, timeline_records  # local: queries reads the folds

    companies = [
        company_id
        for hint, clause, params in _among(among, "company_id")
        for (company_id,) in db.execute(
            f"""SELECT DISTINCT company_id FROM metrics {hint} WHERE {TIMELINE_WHERE["metric"]} AND value IS NOT NULL
                {clause}
                GROUP BY company_id, metric, value, value_max, unit, currency, bound, is_projection,
                    substr(date, 1, 4)
                HAVING count(*) > 1""",
            params,
        )
    ]
    groups = []
    for chunk in in_chunks(companies):
        rows = list(
            db.query(
                RECORD_SQL["metric"] + f" AND m.date IS NOT NULL AND m.company_id IN ({placeholders(chunk)})"
                " ORDER BY m.id",
                chunk,
            )
        )
        metrics = timeline_records(db, "metric", rows, everything=False)
        _cite_all_evidence(db, metrics)  # type: ignore[arg-type]
        groups += [members for members in group_metrics(metrics) if len(members) > 1]  # type: ignore[arg-type]
    return groups


def _cite_all_evidence(db: Database, metrics: list[Metric]) -> None:
    """`metrics` with all their evidence, cited as a page cites it: who tells a figure is its row's
    cited source where a data file's row names one (same_raise.teller), so a re-imported export's
    two sources' figures are two tellers' (one file read them both), as on the page."""
    from .queries import evidence_for  # local: queries reads the folds

    evidence = evidence_for(db, "metric", [metric.id for metric in metrics])
    for metric in metrics:
        metric.evidence = evidence.get(metric.id, metric.evidence)


def _raises(
    db: Database, among: list[int] | None = None
) -> tuple[list[tuple[Round, list[Round], str, list[Round]]], dict[RecordRef, RecordRef]]:
    """Each raise several sources tell, or told with an investor's part of it, as a company's timeline
    folds it (`queries._raises_folded`): the round whose event stands for it, the other dated ones,
    the event's title as the company's page shows the raise, and all its rounds; among the companies
    (`among`, when given) with two rounds of an amount in one currency, one of them dated. An undated
    account (same_raise._attach_undated) counts in the title, but is no record of the whole timeline,
    which lists, counts and exports dated ones (an export's `same_as` names it all the same). And
    each round of a rival figure of a raise money raised leaves out -> the round it counts instead
    (`rival_copies`), an export's `same_as` too."""
    from .queries import fetch_records, page_ordered  # local: queries reads the folds

    companies = [
        company_id
        for hint, clause, params in _among(among, "company_id")
        for (company_id,) in db.execute(
            f"""SELECT DISTINCT company_id FROM rounds {hint} WHERE {VISIBLE} AND amount > 0
               AND currency IS NOT NULL{clause}
               GROUP BY company_id, currency HAVING count(*) > 1 AND count(date) > 0""",
            params,
        )
    ]
    foldable = raises_that_can_fold(db, companies)
    foldable += sorted(set(_told_in_two_currencies(db, among)).difference(foldable))
    found = []
    rivals: dict[RecordRef, RecordRef] = {}
    for chunk in in_chunks(foldable):
        # in the page's order, as the page groups them (`same_raise._best_first` breaks ties by order)
        rounds = page_ordered(fetch_records(db, "round", f"r.company_id IN ({placeholders(chunk)})", chunk))
        groups = group_raises(rounds)
        for members in groups:
            shown = shown_account(members) if len(members) > 1 else None
            if shown is not None and shown.date:
                others = [member for member in members if member is not shown and member.date]
                found.append((shown, others, raise_title(members), members))
        rivals |= rival_copies(groups)
    return found, rivals


def _told_in_two_currencies(db: Database, among: list[int] | None) -> list[int]:
    """The companies (`among`, when given) with a round stating its equivalent in another currency ("£40m
    ($51m)") and a round in that currency, which same_raise may join as one raise
    (`_attach_stated_equivalents`); the candidates above pair rounds of one currency only."""
    return [
        company_id
        for _, clause, params in _among(among, "a.company_id")
        for (company_id,) in db.execute(
            f"""SELECT DISTINCT a.company_id FROM rounds AS a
               JOIN rounds AS b ON b.company_id = a.company_id AND b.currency = a.equivalent_currency
               WHERE a.equivalent_currency IS NOT NULL AND a.{VISIBLE} AND b.{VISIBLE}
               AND a.amount > 0 AND b.amount > 0{clause}""",
            params,
        )
    ]


def rival_copies(groups: list[list[Round]]) -> dict[RecordRef, RecordRef]:
    """Each round of a raise that money raised leaves out as a rival figure of its day's round
    (`money_raised.outcounted_rivals`: a deal file's two rows of one Series A, $28M and $30M) -> the
    round it counts instead: one deal told twice, which a one-per-deal export writes as one row naming
    the other figure, as it writes a raise several sources tell alike. `groups`: raises of any companies."""
    by_company: dict[int, list[list[Round]]] = defaultdict(list)
    for members in groups:
        by_company[members[0].company_id].append(members)
    copies: dict[RecordRef, RecordRef] = {}
    for raises in by_company.values():
        for index, kept in outcounted_rivals(raises).items():
            counted = counted_account(raises[kept]) or raises[kept][0]
            copies.update((member.ref, counted.ref) for member in raises[index])
    return copies


def _stakes(
    db: Database, among: list[int] | None = None
) -> list[tuple[Stake, list[Stake], str, list[Stake]]]:
    """Each stake several sources tell, as a company's timeline folds it (`queries.stake_groups`, as
    its page groups them): the stake whose event stands for it, the other dated ones, its title, all;
    among the companies with two stakes of one investor, one of them dated (an investor's short name
    another source spells out is one investor on the page: those of one company are grouped too)."""
    from .queries import stake_groups, stakes_told_twice  # local: queries reads the folds

    return _accounts(stake_groups(db, stakes_told_twice(db, among)), stake_title)


def _partnerships(
    db: Database, among: list[int] | None = None
) -> list[tuple[Partnership, list[Partnership], str, list[Partnership]]]:
    """Each partnership several sources tell, as its companies' timelines fold it
    (same_partnership.group_partnerships), and each one a later one renews or renewing one (titled
    "· renewed 2024-03-12, until 2029-03-12" as its page's row says it, and "renews its partnership
    with": same_partnership.mark_renewals): among the pairs of companies with two partnerships, one of
    them dated (their kinds are compared by same_partnership.pair_key: synonyms are one kind)."""
    from .queries import partnership_groups  # local: queries reads the folds

    # a pair of companies in two chunks is found by both: once each, in the order first found
    pairs = {
        tuple(pair): None
        for hint, clause, params in _among(among, "company_id", "partner_id")
        for pair in db.execute(
            f"""SELECT min(company_id, partner_id), max(company_id, partner_id) FROM partnerships {hint}
                WHERE {VISIBLE}{clause} GROUP BY 1, 2 HAVING count(*) > 1 AND count(since) > 0""",
            params,
        )
    }
    groups = partnership_groups(db, list(pairs))
    told = [fold_partnership(members) for members in groups]
    mark_renewals(told)  # as the companies' pages mark them
    found = []
    for members, partnership in zip(groups, told, strict=True):
        shown, others = folded_accounts(members) if len(members) > 1 else (members[0], [])
        renews = partnership.renewed is not None or is_renewal(partnership)
        if shown is None or not shown.since or (len(members) < 2 and not renews):
            continue
        shown.renewed, shown.renewed_until = partnership.renewed, partnership.renewed_until
        renewed = renewal_words(partnership)
        title = partnership_title(members) + (f" · {renewed}" if renewed else "")
        found.append((shown, others, title, members))
    return found


def _accounts(groups: list[list], title_of: Callable[[list], str]) -> list[tuple]:
    """(shown, the other dated records, title, all its records) of each group several sources tell
    (`folded_accounts`)."""
    found = []
    for members in groups:
        shown, others = folded_accounts(members)
        if shown is not None:
            found.append((shown, others, title_of(members), members))
    return found


def _places(db: Database, hidden: dict[str, set[int]]) -> list[TimelineKey]:
    """The timeline places of the records `hidden` names (ids by record type)."""

    places = []
    for record_type, ids in hidden.items():
        for chunk in in_chunks(sorted(ids)):
            sql = (
                f"SELECT {TIMELINE_KEY[record_type]}, id FROM {RECORD_TABLES[record_type]}"
                f" WHERE {TIMELINE_WHERE[record_type]} AND id IN ({placeholders(chunk)})"
            )
            places += [(key, record_type, id_) for key, id_ in db.execute(sql, chunk)]
    return places
