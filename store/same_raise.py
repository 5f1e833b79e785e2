"""One raise told by several sources is one round on a page.

An article and a deal file (or two articles) that report the same raise give two `rounds` rows: each
source's claim is kept in the database as it was read, for review, selections, stake links and
export. A reader of a company's page, its chart or `ai-deals show` must see the raise once, with every
source's evidence and every investor any of them names.

The rule (README, "Company pages"): two rounds are the same raise when they are
- of the same company (its id, so after merges and aliases), and both rounds (the only kind folded);
- in the same currency, both with an amount and a date;
- of amounts that differ by at most 1% of the larger (5% when either is not stated exactly: "about",
  "more than", "up to", a range);
- dated at most 31 days apart, a month or a year counting as every day in it ("2025-03" and
  "2025-03-31" agree, and so do "2025" and "2025-11-20");
- told by different sources (`teller`): one document reporting two rounds of one amount keeps two;
- (an undated round, of an undated article, joins the one dated raise of its round type and amount:
  `_attach_undated`);
  a data file's row citing a source of its own (an export's, a deal file's) is a teller of its own.
A raise an article only recalls ("which raised $48 million", dated by nothing but its article's day)
is kept out of the sweep and joined afterwards to the raise it recalls (`_attach_recalled`).
Every pair of rounds in a folded group meets the rule, not just neighbours (no chain drifts from
$40B to $41B a step at a time). Exceptions, after the sweep: a round a person edited and another
teller's round cited to the same source are one raise whatever their amounts (`_attach_corrections`),
so are two sources' accounts of one stage naming the same investors dated so that both can be right
(`_attach_rivals`), and news reports of one stage dated days at most NEWS_DAYS apart naming
investors in common (`_attach_news_accounts`),
and a source's smaller round of one of the raise's investors is that investor's part of it
(`_attach_parts`).

Linear after one sort: rounds are sorted by (company, currency, first day), then swept once. Groups
still open are filed by amount band (5% wide), and a round is compared with at most
`MAX_CANDIDATES` recent groups of its own and the two neighbouring bands, so 100,000 rounds of one
company on one day cost 100,000 × a constant, never 100,000².
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache

from ai_deals.importers.models import IN_TALKS, NOT_RAISED_YET, PLANNED

from .formatting import round_kind, states_no_stage
from .models import Evidence, Metric, Partnership, Round, Stake
from .names import short_form_owners

TOLERANCE = 0.01
"""Two exactly stated amounts of one raise differ by at most this share of the larger."""
LOOSE_TOLERANCE = 0.05
"""The same when either amount is approximate, a bound or a range."""


def within_loose_tolerance(one: float, two: float) -> bool:
    """Whether two amounts differ by at most LOOSE_TOLERANCE of the larger: the one test the sweep's
    candidates (`fold_candidates`), a stated equivalent (`_tells_equivalent`) and the conflicts it
    hides (`conflicts`) all apply, written once so they never drift apart."""
    return abs(one - two) <= LOOSE_TOLERANCE * max(one, two)

WINDOW_DAYS = 31
"""Two dates of one raise are at most this many days apart (a month or a year: any day in it)."""
MAX_CANDIDATES = 8
"""Open groups of one amount band a round is compared with, newest last: what keeps the sweep linear."""
MENTION_TOLERANCE = 0.1
"""A later story's passing mention of a raise dated to a month ("secured $45 million this month") tells the
one raise of its month whose figures it is this close to (`_attach_passing_mentions`)."""
NEWS_DAYS = 7
"""Two sources' day-dated accounts of one round (its stage alike, investors in common) at most this many
days apart tell one raise whatever their amounts: wires of the announcement's day, a report of the
next days dated by its own publication (`_attach_news_accounts`)."""

# A correction story's title: "CORRECTION - …", "Rectificatif : …", "… (Corrects amount)", "… (RECTIFICATIF)"
# (as importers/article.py reads it; "Market correction" is no correction story).
_CORRECTION_TITLE_RE = re.compile(
    r"^\s*(?:(?:CORRECTION|RECTIFICATIF|CORRECTED)\b|(?:Correction|Rectificatif)\s*[:\-–—])"
    r"|\((?:Corrects|Rectifie)\b"
    r"|[(\[]\s*(?:CORRECTION|RECTIFICATIF|CORRECTED|Correction|Rectificatif|Corrected)\s*[)\]]\s*$"
)
# A sentence giving the right reading of a figure an earlier dispatch got wrong: "raised $48 million, not $42
# million", « a levé 25 millions d'euros, et non 52 millions », « il fallait lire … », "misstated the amount".
_CORRECTING_SENTENCE_RE = re.compile(
    r",\s*not\s+(?:the\s+)?[$€£]?\s?\d|\bet\s+non(?:\s+pas)?\s+(?:de\s+)?[$€£]?\s?\d"
    r"|\bil\s+fallait\s+lire\b|\b(?:misstated|misreported)\b|\bcorrected\s+to\s+show\b"
    r"|^\s*(?:CORRECTION|RECTIFICATIF|Rectificatif)\b",
)

_CORRECTING_WORD_RE = re.compile(
    r"not\b|non\b|fallait|misstated|misreported|corrected|CORRECTION|RECTIFICATIF|Rectificatif"
)
"""A word `_CORRECTING_SENTENCE_RE` needs: looked for first, 15 times faster (a page's every round is read)."""

_BAND = -math.log(1 - LOOSE_TOLERANCE)
"""Amounts within LOOSE_TOLERANCE of each other fall in the same or neighbouring bands of this width."""


@dataclass(slots=True)
class _Group:
    """A raise being gathered: its rounds (one per source) and what a new one must agree with."""

    order: int
    first: int
    """The place in the input of its earliest given round: where the folded round is listed."""
    members: list[Round]
    sources: set
    earliest_end: int
    low: float
    high: float
    exact_low: float | None
    exact_high: float | None
    loose: bool
    parts: list[Round] = field(default_factory=list)
    """Rounds of other sources telling one or some of its investors' part of the raise (`_parts`)."""


class Raise(list[Round]):
    """The rounds of one raise as `group_raises` gives them: its members, best first, then the rounds
    telling an investor's part of it, also kept in `parts` (what `_attach_parts` found, so no reader
    works them out again from amounts and investors)."""

    __slots__ = ("parts",)

    def __init__(self, members: list[Round], parts: list[Round] | None = None) -> None:
        super().__init__([*members, *(parts or ())])
        self.parts: list[Round] = list(parts or ())


def amount_band(amount: float) -> int:
    """The band of `amount`: amounts within LOOSE_TOLERANCE of each other are in the same or
    neighbouring bands."""
    return math.floor(math.log(amount) / _BAND)


@lru_cache(maxsize=4096)
def day_span(value: str | None) -> tuple[int, int] | None:
    """The first and last day (ordinals) a date at its precision covers; None when not a date."""
    if not value:
        return None
    try:
        if len(value) == 4:
            year = int(value)
            return Date(year, 1, 1).toordinal(), Date(year, 12, 31).toordinal()
        if len(value) == 7:
            first = Date.fromisoformat(value + "-01")
            following = Date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first.toordinal(), following.toordinal() - 1
        day = Date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None
    return day, day


def _is_loose(round_: Round) -> bool:
    return round_.bound not in (None, "exact")


LIMITS = frozenset({"maximum", "minimum"})
"""Bounds that change what a figure says ("up to", "more than"), not how precisely it is told ("about")."""


def bound_lost_by_a_copy(members: list[Round] | list[Stake]) -> bool:
    """Whether the accounts state one figure, some as a limit and some bare: an article's "up to $100 billion"
    or "more than $500 million" beside a deal file's "$100B" or "500000000". The bare figure lost the
    article's words (a deal file has no column for them) and is no more precise, so the limited account is
    the one shown and counted, never "$500M" told as the article's; the bare one stays among the accounts
    (`other_figures` of an export). "About $50B" beside "$50B" is another matter: there the exact one is
    more precise."""
    told = [member for member in members if member.amount is not None]
    figures = {(member.amount, member.amount_max, member.currency) for member in told}
    bounds = {member.bound for member in told}
    return len(figures) == 1 and bool(bounds & LIMITS) and bool(bounds & {None, "exact"})


def teller(record: Round | Stake | Partnership) -> object:
    """What "one source telling two" means for a record: the document it was read from, unless it is
    a data file's row citing a source of its own (an export, a deal file): then that citation and the
    sentence it carries, as written. So an export's rows of one raise, each carrying its original
    source, group again as in the database they came from; two rows of a deal file citing one article
    (each row its own words) are two tellers; and two records one sentence of an article told (two
    partnerships of one pair) stay one teller's two. An export's row of a deal file's own row (cited
    to the file's `file:` URL) is told by that file, as in the database it came from."""
    for cited in record.evidence:
        if cited.cites_own:  # its citation as written, not `source_identity`: no regex per record of a page
            return ("told", cited.url, cited.source_title, cited.publisher, cited.published, cited.sentence)
    for evidence in record.evidence:
        if evidence.read_from is not None:  # an export's row of a deal file's own row: that file
            return ("file", record.source_id, evidence.url)
    return record.source_id if record.source_id is not None else ("record", record.id)


def account_of(record: Round | Stake) -> object:
    """Whose account of a day a record is, for money raised's rival accounts (money_raised): its
    `teller`, except that a data file's rows citing one source are one account, that source as told
    by that file (`Evidence.source_identity` and the file). So two rounds an article gave on one day
    are still one account, both counted, in a database its export was imported into (each row its
    own teller there), and so are two rows of a deal file citing one article; a deal file's row citing
    an article with another figure for the day stays a rival account of the article's own."""
    evidence = record.evidence[0] if record.evidence else None
    if evidence is None or not evidence.cites_own:
        return teller(record)
    return ("cited", evidence.source_identity, record.source_id)


def _fits(group: _Group, round_: Round) -> bool:
    """Whether the amount of `round_`, of another source and a date that agrees, fits `group`'s raise."""
    amount = round_.amount or 0.0
    low, high = min(group.low, amount), max(group.high, amount)
    loose = group.loose or _is_loose(round_)
    if high - low > (LOOSE_TOLERANCE if loose else TOLERANCE) * high:
        return False
    if _is_loose(round_) or group.exact_low is None or group.exact_high is None:
        return True
    exact_low, exact_high = min(group.exact_low, amount), max(group.exact_high, amount)
    return exact_high - exact_low <= TOLERANCE * exact_high


def _join(group: _Group, round_: Round, end: int, place: int, source: object) -> None:
    amount = round_.amount or 0.0
    group.first = min(group.first, place)
    group.members.append(round_)
    group.sources.add(source)
    group.earliest_end = min(group.earliest_end, end)
    group.low, group.high = min(group.low, amount), max(group.high, amount)
    group.loose = group.loose or _is_loose(round_)
    if not _is_loose(round_):
        group.exact_low = amount if group.exact_low is None else min(group.exact_low, amount)
        group.exact_high = amount if group.exact_high is None else max(group.exact_high, amount)


def _new_group(order: int, round_: Round, end: int, place: int, source: object) -> _Group:
    amount = round_.amount or 0.0
    exact = None if _is_loose(round_) else amount
    return _Group(
        order=order,
        first=place,
        members=[round_],
        sources={source},
        earliest_end=end,
        low=amount,
        high=amount,
        exact_low=exact,
        exact_high=exact,
        loose=_is_loose(round_),
    )


def _nearby(open_by_band: dict[int, list[_Group]], band: int) -> list[_Group]:
    """The open groups a round of amount band `band` is compared with: the newest `MAX_CANDIDATES`
    of its band and of each neighbouring one, so never more than 3 × MAX_CANDIDATES."""
    return [
        group for near in (band - 1, band, band + 1) for group in open_by_band.get(near, ())[-MAX_CANDIDATES:]
    ]


def group_raises(rounds: list[Round]) -> list[Raise]:
    """`rounds` gathered into raises, in the order of each raise's first round in `rounds`.

    Each group lists its rounds best first (the most precisely dated, then an exact amount, then
    the first given): the one whose figures a page shows. A round the rule cannot place (no
    amount, currency or date) is a raise of its own.
    """
    if len(rounds) < 2:  # most companies of a big database: an export's `counted` asks for 75,000 of them
        return [Raise([round_]) for round_ in rounds]
    position = {id(round_): index for index, round_ in enumerate(rounds)}
    foldable: list[tuple[tuple, int, int, Round]] = []
    alone: list[list[Round]] = []
    for round_ in rounds:
        span = day_span(round_.date)
        if span is None or not round_.amount or round_.amount <= 0 or not round_.currency:
            alone.append([round_])
            continue
        key = (round_.company_id, round_.currency)
        foldable.append((key, span[0], span[1], round_))
    # A round alone of its company and currency has nothing to fold with: the rounds an investor
    # joined are mostly of as many companies (15,000 of them were 0.2 s of the sweep below).
    keys = Counter(item[0] for item in foldable)
    # A round stating its figure in another currency too ("£40m ($51m)") may fold with a round of that
    # currency (`_attach_stated_equivalents`): neither is alone of its key.
    for _, _, _, round_ in foldable:
        if stated_equivalent(round_) is not None:
            keys[(round_.company_id, round_.currency)] += 1
            keys[(round_.company_id, round_.equivalent_currency)] += 1
    alone += [[item[3]] for item in foldable if keys[item[0]] == 1]
    foldable = [item for item in foldable if keys[item[0]] > 1]
    # A raise an article only recalls is dated by it "on or before" its day, not that day's news: kept
    # out of the sweep (where it would fold with whatever raise of its figure is dated near the article)
    # and joined afterwards to the raise it recalls (`_attach_recalled`).
    told_again = {id(item[3]) for item in foldable if recalled_raise(item[3])}
    recalled = [item[3] for item in foldable if id(item[3]) in told_again]
    foldable = [item for item in foldable if id(item[3]) not in told_again]
    foldable.sort(key=lambda item: (item[0], item[1], item[3].amount, position[id(item[3])]))

    groups: list[_Group] = []
    open_by_band: dict[int, list[_Group]] = defaultdict(list)
    current_key: tuple | None = None
    for key, start, end, round_ in foldable:
        if key != current_key:
            current_key, open_by_band = key, defaultdict(list)
        band = amount_band(round_.amount or 1.0)
        source = teller(round_)
        chosen: _Group | None = None
        for group in _nearby(open_by_band, band):
            # The two cheap tests first: a flood of one source's rounds fails them at once.
            if source in group.sources or start - group.earliest_end > WINDOW_DAYS:
                continue
            if (chosen is None or group.order < chosen.order) and _fits(group, round_):
                chosen = group
        if chosen is not None:
            _join(chosen, round_, end, position[id(round_)], source)
            continue
        group = _new_group(len(groups), round_, end, position[id(round_)], source)
        groups.append(group)
        opened = open_by_band[band]
        opened.append(group)
        if len(opened) > 2 * MAX_CANDIDATES:  # groups past the newest ones are never compared again
            del opened[:-MAX_CANDIDATES]
    groups = _attach_rivals(_attach_corrections(groups))
    groups = _attach_parts(_attach_file_rows(_attach_news_accounts(groups)))
    groups = _attach_passing_mentions(_attach_correction_stories(groups))
    groups = _attach_stated_equivalents(_attach_recalled(groups, recalled, position))
    placed = [
        (
            group.first,
            Raise(
                _best_first(group.members, position) if len(group.members) > 1 else group.members, group.parts
            ),
        )
        for group in groups
    ]
    placed += [(position[id(members[0])], Raise(members)) for members in alone]
    placed = _attach_undated(placed)
    placed.sort(key=lambda pair: pair[0])
    return [members for _, members in placed]


def stated_equivalent(round_: Round) -> tuple[str, float] | None:
    """The other currency and amount a round's own source gave for its figure ("£40m ($51m)": USD,
    51,000,000); None when it gave none."""
    currency, amount = round_.equivalent_currency, round_.equivalent_amount
    if not currency or not amount or amount <= 0 or currency == round_.currency:
        return None
    return currency, amount


def _attach_stated_equivalents(groups: list[_Group]) -> list[_Group]:
    """`groups` with a raise told in another currency joined to the raise whose source gave that figure as
    its equivalent: an article's "£40m ($51m) Series A" and a deal file's $51M Series A of the same day
    are one raise, counted once, not "$51M + £40M". Only the equivalent a source itself stated is
    compared (no exchange rate is ever assumed): a raise of that currency and company, of other sources,
    its figures within LOOSE_TOLERANCE of the stated one (itself a rounded conversion), its stage the
    same or unstated, dated within WINDOW_DAYS, done or in talks alike. The raise stating the equivalent
    keeps its place and currency first. Each round is compared with at most 3 × MAX_CANDIDATES raises
    of its equivalent's amount band. (Groups are told apart by identity: `_attach_recalled` may number
    a new one as an older one.)"""
    by_band: dict[tuple, list[_Group]] = defaultdict(list)
    for group in groups:
        first = group.members[0]
        if first.currency and group.high > 0:
            by_band[(first.company_id, first.currency, amount_band(group.high))].append(group)
    gone: set[int] = set()
    for group in groups:
        if id(group) in gone:
            continue
        for member in group.members:
            if (stated := stated_equivalent(member)) is None:
                continue
            other = _equivalent_group(group, member, stated, by_band, gone)
            if other is not None:
                _absorb(group, other)
                gone.add(id(other))
                break
    return [group for group in groups if id(group) not in gone]


def _equivalent_group(
    group: _Group,
    member: Round,
    stated: tuple[str, float],
    by_band: dict[tuple, list[_Group]],
    gone: set[int],
) -> _Group | None:
    """The first raise telling `member`'s stated equivalent (`_attach_stated_equivalents`), if any."""
    currency, amount = stated
    band = amount_band(amount)
    for near in (band - 1, band, band + 1):
        for other in by_band.get((member.company_id, currency, near), ())[: 3 * MAX_CANDIDATES]:
            if other is group or id(other) in gone or group.sources & other.sources:
                continue
            if other.members[0].currency == currency and _tells_equivalent(member, amount, group, other):
                return other
    return None


def _tells_equivalent(member: Round, amount: float, group: _Group, other: _Group) -> bool:
    """Whether every round of `other` tells `member`'s raise at its stated equivalent `amount`."""
    if _still_in_talks(group) != _still_in_talks(other):
        return False
    kind = round_kind(member.round_type)
    span = day_span(member.date)
    for round_ in other.members:
        figure = round_.amount or 0.0
        if not within_loose_tolerance(figure, amount):
            return False
        other_kind = round_kind(round_.round_type)
        if kind is not None and other_kind is not None and kind != other_kind:
            return False
        other_span = day_span(round_.date)
        if span is None or other_span is None:
            return False
        if max(span[0], other_span[0]) - min(span[1], other_span[1]) > WINDOW_DAYS:
            return False
    return True


def _attach_undated(placed: list[tuple[int, Raise]]) -> list[tuple[int, Raise]]:
    """`placed` (place, raise) with each undated round joined to the one dated raise it tells.

    An undated article's "previously raised a $15 million Series A" has no date to compare: it is
    the raise of the same company, currency and round type (both typed) whose shown amount it fits
    (TOLERANCE, LOOSE_TOLERANCE when either is approximate), told by another source, when exactly
    one dated raise is so; with two or none it stays a round of its own. It joins after the raise's
    members: the dated round keeps giving the page its date and figures."""
    undated = [
        index
        for index, (_, members) in enumerate(placed)
        if len(members) == 1 and _typed_amount(members[0]) and day_span(members[0].date) is None
    ]
    if not undated:
        return placed
    dated: dict[tuple, list[int]] = defaultdict(list)
    for index, (_, members) in enumerate(placed):
        shown = members[0]
        if _typed_amount(shown) and day_span(shown.date) is not None:
            dated[(shown.company_id, shown.currency, round_kind(shown.round_type))].append(index)
    joined: set[int] = set()
    for index in undated:
        round_ = placed[index][1][0]
        key = (round_.company_id, round_.currency, round_kind(round_.round_type))
        source = teller(round_)
        fitting = [
            other
            for other in dated.get(key, ())[: 3 * MAX_CANDIDATES]
            if source not in {teller(member) for member in placed[other][1]}
            and _amounts_agree(placed[other][1][0], round_)
        ]
        if len(fitting) == 1:
            placed[fitting[0]][1].append(round_)
            joined.add(index)
    return [pair for index, pair in enumerate(placed) if index not in joined]


def _typed_amount(round_: Round) -> bool:
    """Whether `round_` states a round type, a currency and a positive amount."""
    return bool(round_.round_type and round_.currency and round_.amount and round_.amount > 0)


def _amounts_agree(one: Round, two: Round) -> bool:
    """Whether two rounds' amounts may be one raise's (TOLERANCE, or LOOSE_TOLERANCE when either is loose)."""
    low, high = sorted((one.amount or 0.0, two.amount or 0.0))
    tolerance = LOOSE_TOLERANCE if _is_loose(one) or _is_loose(two) else TOLERANCE
    return high - low <= tolerance * high


def _attach_corrections(groups: list[_Group]) -> list[_Group]:
    """`groups` with a raise's hand-corrected record and its source's own one joined, whatever the
    amounts: a round a person edited (`$43M`, review status `edited`, as a colleague's export carries
    it) and a round of another teller cited to the same source (the article's `$42M`), of the same
    round type (or one of them untyped) and dated alike, are one raise told two ways, the page
    pointing out the two figures. Nothing is compared when no round was edited."""
    edited = [group for group in groups if any(member.review_status == "edited" for member in group.members)]
    if not edited:
        return groups
    by_source: dict[tuple, list[_Group]] = defaultdict(list)
    for group in groups:
        first = group.members[0]
        told = {evidence.source_identity for member in group.members for evidence in member.evidence}
        for identity in told:
            by_source[(first.company_id, first.currency, identity)].append(group)
    gone: set[int] = set()
    for group in edited:
        if group.order in gone:
            continue
        first = group.members[0]
        told = {evidence.source_identity for member in group.members for evidence in member.evidence}
        for identity in told:
            for other in by_source[(first.company_id, first.currency, identity)][: 3 * MAX_CANDIDATES]:
                if other is group or other.order in gone or other.parts or group.sources & other.sources:
                    continue
                if not all(_told_alike(a, b) for a in group.members for b in other.members):
                    continue
                keep, drop = (group, other) if group.order < other.order else (other, group)
                _absorb(keep, drop)
                gone.add(drop.order)
                if drop is group:
                    break
            if group.order in gone:
                break
    return [group for group in groups if group.order not in gone]


def _absorb(keep: _Group, drop: _Group) -> None:
    """Join `drop`'s rounds to `keep`: one raise, its sources' figures compared on the page."""
    keep.members += drop.members
    keep.sources |= drop.sources
    keep.first = min(keep.first, drop.first)
    keep.low, keep.high = min(keep.low, drop.low), max(keep.high, drop.high)


def _attach_rivals(groups: list[_Group]) -> list[_Group]:
    """`groups` with two accounts of one raise that disagree on its amount joined: rounds of other
    tellers, of the same stated round type, naming the same investors, all of them (a smaller round
    naming only some is an investor's part: `_attach_parts`), dated so that both can be right (a year
    or month holding the day; two days are two raises) are one raise told with two figures, the
    page pointing out the conflict. An article's "5,5 millions de dollars en amorçage en 2023,
    auprès de Sequoia et XYZ Ventures" and a deal file's $1.5M seed of 2023-03-01 by those two are
    Dust's one seed, not $7M raised. Each group is compared with at most 3 × MAX_CANDIDATES others of
    its key."""
    by_key: dict[tuple, list[_Group]] = defaultdict(list)
    for group in groups:
        if (key := _rival_key(group)) is not None:
            by_key[key].append(group)
    gone: set[int] = set()
    for group, other in _later_of_other_sources(by_key, gone):
        if all(_dates_both_right(a, b) for a in group.members for b in other.members):
            _absorb(group, other)  # `listed` is in group order: `group` is the earlier
            gone.add(other.order)
    return [group for group in groups if group.order not in gone]


def _later_of_other_sources(
    by_key: dict[tuple, list[_Group]], gone: set[int]
) -> Iterator[tuple[_Group, _Group]]:
    """Each group of a key with each of the next 3 × MAX_CANDIDATES groups of that key told by other
    sources, neither `gone` (absorbed) when their turn comes: the pairs the rival and news rules weigh.
    Lazy, so a pair's absorption is seen by the pairs after it."""
    for listed in by_key.values():
        for index, group in enumerate(listed):
            if group.order in gone:
                continue
            for other in listed[index + 1 : index + 1 + 3 * MAX_CANDIDATES]:
                if other.order not in gone and not group.sources & other.sources:
                    yield group, other


def _attach_correction_stories(groups: list[_Group]) -> list[_Group]:
    """`groups` with a correction story's account of a raise joined to the raise it corrects whatever
    their amounts: "(Corrects amount raised in paragraph 1 to $85 million from $75 million)" tells the
    raise of the dispatch it corrects, of the same company and currency, of no other stated stage,
    told by other sources, every day of both at most NEWS_DAYS apart; when exactly one raise is so
    (two or none: it stays a raise of its own). One raise then, its figures a conflict, the correction's
    figure shown (`_best_first`) at the corrected dispatch's date (`dated_by`). A correction story as its
    importer marked it (`_marked_correction`: a flag read, every group is looked at). Corrections are
    few: only their company and currency's groups are compared."""
    corrections = [group for group in groups if all(_marked_correction(member) for member in group.members)]
    if not corrections:
        return groups
    keys = {(group.members[0].company_id, group.members[0].currency) for group in corrections}
    by_key: dict[tuple, list[_Group]] = defaultdict(list)
    for group in groups:
        key = (group.members[0].company_id, group.members[0].currency)
        if key in keys and not any(_marked_correction(member) for member in group.members):
            by_key[key].append(group)
    gone: set[int] = set()
    for correction in corrections:
        key = (correction.members[0].company_id, correction.members[0].currency)
        corrected = [group for group in by_key.get(key, ()) if _corrects(correction, group)]
        if len(corrected) == 1:
            _absorb(corrected[0], correction)
            gone.add(correction.order)
    return [group for group in groups if group.order not in gone]


def _attach_passing_mentions(groups: list[_Group]) -> list[_Group]:
    """`groups` with a later story's passing mention of a raise joined to it: a round alone, dated to a
    month, naming no investor (Handelsblatt's $48M Series A beside "Berlin's Nordwind Robotics secured $45
    million this month") tells the raise of the same company and currency, of no other stated stage,
    told by other sources, every day of it in the mention's month and one of its figures within
    MENTION_TOLERANCE of the mention's; when exactly one raise is so (two or none: a round of its own).
    One raise then, its figures a conflict. Mentions are few: only their company and currency's groups
    are compared, at most 3 × MAX_CANDIDATES of them starting in the mention's month."""
    mentions = [group for group in groups if _passing_mention(group)]
    if not mentions:
        return groups
    keys = {(group.members[0].company_id, group.members[0].currency) for group in mentions}
    by_key: dict[tuple, list[_Group]] = defaultdict(list)
    for group in groups:
        key = (group.members[0].company_id, group.members[0].currency)
        if key in keys and not _passing_mention(group):
            by_key[key].append(group)
    for listed in by_key.values():
        listed.sort(key=_first_day)  # a raise starting before the mention's month is none of it
    starts = {key: [_first_day(group) for group in listed] for key, listed in by_key.items()}
    gone: set[int] = set()
    for mention in mentions:
        key = (mention.members[0].company_id, mention.members[0].currency)
        month = day_span(mention.members[0].date) or (0, 0)
        listed, first = by_key.get(key, []), bisect_left(starts.get(key, []), month[0])
        nearby = listed[first : first + 3 * MAX_CANDIDATES]
        told = [group for group in nearby if _mentions(mention.members[0], mention, group)]
        if len(told) == 1:
            _absorb(told[0], mention)
            gone.add(mention.order)
    return [group for group in groups if group.order not in gone]


def recalled_raise(round_: Round) -> bool:
    """Whether a round is a raise an article only recalls: its importer marked it so (`Round.recalled`:
    its figure right after "which raised", "after its", « qui a levé »…), one source tells it, and it bears
    no date of its own, only its article's day (what the extractor gives a raise its sentence does not
    date; a date a person corrected is the raise's). Such a raise happened on or before that day; it is
    not that day's news. A deal file's own row is never one."""
    if not round_.recalled or len(round_.evidence) != 1 or not round_.amount:
        return False
    [evidence] = round_.evidence
    return bool(round_.date) and round_.date == evidence.published and not _is_file_row(round_)


def dated_on_or_before(round_: Round) -> bool:
    """Whether a raise as a page shows it (`fold`) is dated only by the day of articles recalling it: every
    source's account of it a recalled raise (`recalled_raise`), so its date says "on or before"."""
    return all(recalled_raise(account) for account in round_.whole_accounts)


def _attach_recalled(groups: list[_Group], recalled: list[Round], position: dict[int, int]) -> list[_Group]:
    """`groups` with each raise an article only recalls (`recalled_raise`) joined to the raise it recalls:
    the one raise of its company and currency, of its stage (any when it states none), told by other
    sources, not in talks, dated on or before the article's day and at most WINDOW_DAYS before it, with
    a figure within MENTION_TOLERANCE of the recalled one. Two such raises, or none: a round of its own
    (never a guess). One raise then, its figures a conflict."""
    if not recalled:
        return groups
    by_key: dict[tuple, list[_Group]] = defaultdict(list)
    for group in groups:
        by_key[(group.members[0].company_id, group.members[0].currency)].append(group)
    for round_ in recalled:
        source = teller(round_)
        span = day_span(round_.date) or (0, 0)
        own = _new_group(len(groups), round_, span[1], position[id(round_)], source)
        key = (round_.company_id, round_.currency)
        told = [group for group in by_key[key] if _recalls(round_, own, group)]
        if len(told) == 1:
            _absorb(told[0], own)
            continue
        groups.append(own)
        by_key[key].append(own)
    return groups


def _recalls(recalled: Round, own: _Group, group: _Group) -> bool:
    """Whether a recalled raise may be `group`'s: other sources, no other stated stage, every day of the
    raise on or before the article's and at most WINDOW_DAYS before it (any day, when the group is only
    recalled raises too), a figure within MENTION_TOLERANCE."""
    if own.sources & group.sources or any(member.status in NOT_RAISED_YET for member in group.members):
        return False
    if len({round_kind(member.round_type) for member in [recalled, *group.members]} - {None}) > 1:
        return False
    told = day_span(recalled.date)
    spans = [day_span(member.date) for member in group.members]
    if told is None or any(span is None for span in spans):
        return False
    # Recalled too, the group's days are as loose as its own ("on or before" each article's): no window
    # between them, the same raise recalled by two stories 39 days apart is one raise, not $96M.
    if not all(recalled_raise(member) for member in group.members) and not all(
        span is not None and span[1] <= told[1] and told[1] - span[0] <= WINDOW_DAYS for span in spans
    ):
        return False
    return _figure_near(recalled, group)


def _first_day(group: _Group) -> int:
    """The first day a group's rounds are dated to (`day_span`); 0 when one is undated."""
    return min((span[0] for member in group.members if (span := day_span(member.date))), default=0)


def _passing_mention(group: _Group) -> bool:
    """Whether a group is one article's round dated to a month, naming no investor, of a raise done (a
    deal file's own row is no story's mention)."""
    [round_] = group.members if len(group.members) == 1 else (None,)
    return (
        round_ is not None
        and not _is_file_row(round_)
        and len(round_.date or "") == 7
        and not round_.investor_company_ids
        and round_.status not in NOT_RAISED_YET
    )


def _mentions(mention: Round, own: _Group, group: _Group) -> bool:
    """Whether a passing mention may tell `group`'s raise: other sources, no other stated stage, every
    day of the raise in the mention's month, a figure within MENTION_TOLERANCE of the mention's."""
    if own.sources & group.sources or any(member.status in NOT_RAISED_YET for member in group.members):
        return False
    kinds = {round_kind(member.round_type) for member in [mention, *group.members]} - {None}
    month = day_span(mention.date)
    spans = [day_span(member.date) for member in group.members]
    if len(kinds) > 1 or month is None or any(span is None for span in spans):
        return False
    if not all(month[0] <= span[0] and span[1] <= month[1] for span in spans if span is not None):
        return False
    return _figure_near(mention, group)


def _figure_near(told: Round, group: _Group) -> bool:
    """Whether an article's passing figure (a mention or a recalled raise) is within MENTION_TOLERANCE
    of a figure `group`'s sources state."""
    amount = told.amount or 0.0
    return any(
        abs(amount - (member.amount or 0.0)) <= MENTION_TOLERANCE * max(amount, member.amount or 0.0)
        for member in group.members
    )


def _marked_correction(round_: Round) -> bool:
    """Whether a round was read from a story its importer marked as correcting an earlier dispatch."""
    return any(evidence.from_correction for evidence in round_.evidence)


def _corrects(correction: _Group, group: _Group) -> bool:
    """Whether a correction story's raise may tell `group`'s: other sources, no two stated stages,
    every day of both at most NEWS_DAYS apart."""
    if correction.sources & group.sources:
        return False
    members = [*correction.members, *group.members]
    if len({round_kind(member.round_type) for member in members} - {None}) > 1:
        return False
    spans = [span for member in members if (span := day_span(member.date)) is not None]
    if len(spans) < len(members):
        return False
    return max(span[1] for span in spans) - min(span[0] for span in spans) <= NEWS_DAYS


def _attach_news_accounts(groups: list[_Group]) -> list[_Group]:
    """`groups` with two news reports of one round joined whatever their amounts: rounds told by
    other sources (compared by their articles' rounds: `_attach_file_rows` joins a deal file's own
    row, and a group of such rows alone is left to it), of the same company,
    currency and stated stage, dated to days at most NEWS_DAYS apart (one day, or a next day's report),
    naming investors in common, all or some (one wire names the lead, another its co-investors too),
    are one raise, its figures a conflict. A smaller round naming only some of the other's investors
    is left to `_attach_parts` (an investor's part). Each group is compared with at most
    3 × MAX_CANDIDATES later groups of its key, through a summary of its investors and days kept up
    to date as it grows (no member compared with every other: a flood of one day's accounts stays linear)."""
    by_key: dict[tuple, list[_Group]] = defaultdict(list)
    told: dict[int, _News] = {}
    for group in groups:
        key = _kind_key(group)
        # A group the sweep joined to a deal file's row is compared by its articles' rounds: that row
        # and one wire of a day leave the next day's wire of the same raise to this rule.
        articles = [member for member in group.members if not _is_file_row(member)]
        if key is None or not articles:
            continue
        if (summary := _news_summary(articles)) is not None:
            by_key[key].append(group)
            told[group.order] = summary
    gone: set[int] = set()
    for group, other in _later_of_other_sources(by_key, gone):
        if _one_news_round(group, told[group.order], other, told[other.order]):
            _absorb(group, other)  # `listed` is in group order: `group` is the earlier
            told[group.order] = told[group.order].joined(told[other.order])
            gone.add(other.order)
    return [group for group in groups if group.order not in gone]


@dataclass(slots=True, frozen=True)
class _News:
    """What `_attach_news_accounts` compares of a group: the investors its rounds name, the first and
    last days they are dated to, and the days its month- or year-dated members allow (`held_first`,
    `held_last`: every day of a raise they join lies in their month or year)."""

    investors: frozenset[int]
    first: int
    last: int
    held_first: int = -(10**9)
    held_last: int = 10**9

    def joined(self, other: _News) -> _News:
        return _News(
            self.investors | other.investors,
            min(self.first, other.first),
            max(self.last, other.last),
            max(self.held_first, other.held_first),
            min(self.held_last, other.held_last),
        )

    def holds(self, other: _News) -> bool:
        """Whether every day of `other` lies in the month or year this group's passing mentions allow."""
        return self.held_first <= other.first and other.last <= self.held_last


def _news_summary(articles: list[Round]) -> _News | None:
    """The investors and days of a group's articles' rounds; None when they name no investor, a round
    is undated, or none is dated to a day (a month or a year alone is left to `_attach_rivals`: every
    investor alike, the month holding the day). A round dated to a month or a year beside day-dated
    ones is a later story's passing mention of the raise ("secured $45 million this month", its
    figure one of the day's): it gives no day of its own, only the span the raise's days keep to."""
    spans = [day_span(member.date) for member in articles]
    investors = frozenset(i for member in articles for i in member.investor_company_ids)
    if not investors or any(span is None for span in spans):
        return None
    days = [span[0] for span in spans if span is not None and span[0] == span[1]]
    coarse = [span for span in spans if span is not None and span[0] != span[1]]
    if not days:
        return None
    summary = _News(investors, min(days), max(days))
    if coarse:
        summary = _News(
            investors, min(days), max(days), max(span[0] for span in coarse), min(span[1] for span in coarse)
        )
    return summary if summary.holds(summary) else None


def _one_news_round(one: _Group, ours: _News, two: _Group, theirs: _News) -> bool:
    """Whether two groups of one company, currency and stage may be two reports of one round: investors
    in common, not one an investor's part of the other (`_attach_parts`), every day of both at most
    NEWS_DAYS from every other and in the month or year of any passing mention of either, and both
    still in talks or neither."""
    if not ours.investors & theirs.investors:
        return False
    if max(ours.last, theirs.last) - min(ours.first, theirs.first) > NEWS_DAYS:
        return False
    if not (ours.holds(theirs) and theirs.holds(ours)):
        return False
    if _still_in_talks(one) != _still_in_talks(two):
        return False  # "in talks to raise $500M" is no account of the $600M raised days later
    (small, small_named), (large, large_named) = sorted(
        ((one, ours.investors), (two, theirs.investors)), key=lambda pair: pair[0].high
    )
    return not (small_named < large_named and small.high < (1 - LOOSE_TOLERANCE) * large.low)


def _still_in_talks(group: _Group) -> bool:
    """Whether every round of the group is told as not raised yet, in talks or planned
    (`money_raised.not_raised_yet`, which imports this module): a raise one source says the company plans and a
    later one says it is negotiating is one raise told twice."""
    return all(member.status in NOT_RAISED_YET for member in group.members)


def _attach_file_rows(groups: list[_Group]) -> list[_Group]:
    """`groups` with a deal file's own row and an article's round of one raise joined whatever their
    amounts: of the same company, currency and stated round type, the article's day the row's day or
    within the row's month (`_file_row_dates`), and naming the same investors or one of them none (a
    row naming only some of them is an investor's part: `_attach_parts`). The file's $12M Series A of
    2025-03 and the article's $10M Series A of 2025-03-10 are one raise with two figures, the page
    pointing out the conflict and money raised counting it once, as two articles' figures are. Each
    row is compared with at most 3 × MAX_CANDIDATES articles' raises of its key."""
    rows: dict[tuple, list[_Group]] = defaultdict(list)
    told: dict[tuple, list[_Group]] = defaultdict(list)
    for group in groups:
        if (key := _kind_key(group)) is None:
            continue
        file_rows = [_is_file_row(member) for member in group.members]
        if all(file_rows):
            rows[key].append(group)
        elif not any(file_rows):
            told[key].append(group)
    gone: set[int] = set()
    for key, listed in rows.items():
        for row in listed:
            for other in told.get(key, ())[: 3 * MAX_CANDIDATES]:
                if other.order in gone or row.sources & other.sources or not _same_account(row, other):
                    continue
                keep, drop = (row, other) if row.order < other.order else (other, row)
                _absorb(keep, drop)
                gone.add(drop.order)
                break
    return [group for group in groups if group.order not in gone]


def _kind_key(group: _Group) -> tuple | None:
    """Company, currency and the one stated round type of a group; None when it states none."""
    kinds = {round_kind(member.round_type) for member in group.members} - {None}
    if len(kinds) != 1:
        return None
    first = group.members[0]
    return (first.company_id, first.currency, kinds.pop())


def primary_source(record: Round | Stake | Partnership | Metric) -> tuple:
    """The last ties of which account of a deal several sources tell a page shows and counts (README,
    "Which source counts"), so that it never depends on which file was imported first: an article's
    own sentence over a deal file's row citing a source (that article, often), over a deal file's own
    row; then the source published first (one of no date last); then the source by its name (its URL,
    else its title; a deal file's own row by the file's name) and the row's line, alphabetically: an
    arbitrary order, but the same whatever the order of the imports."""
    evidence = record.evidence[0] if record.evidence else None
    if evidence is None:
        return (3, "~", "", 0, "")
    return account_rank(
        evidence.url,
        evidence.cites_own,
        evidence.source_title,
        evidence.published,
        evidence.line,
        evidence.sentence,
    )


def account_rank(
    url: str | None,
    cites_source: bool,
    title: str | None,
    published: str | None,
    line: int | None,
    sentence: str,
) -> tuple:
    """`primary_source`'s ranking of one account by its source's fields, shared with the export naming a
    deal's other accounts (`export._account_order`) so that both always rank alike."""
    file_row = (url or "").startswith("file:")
    kind = 2 if file_row else 1 if cites_source else 0
    name = (title if file_row or not url else url) or ""
    return (kind, published or "~", name.casefold(), line or 0, sentence or "")


def _is_file_row(round_: Round) -> bool:
    """Whether a round is a deal file's own row (cited to the file itself, not to an article)."""
    return bool(round_.evidence) and all((e.url or "").startswith("file:") for e in round_.evidence)


def is_file_row(round_: Round) -> bool:
    """Whether a round is a deal file's own row (`_is_file_row`), for money raised's accounts of a day."""
    return _is_file_row(round_)


def _same_account(row: _Group, other: _Group) -> bool:
    """Whether a deal file row's group and an article's may tell one raise: dates that fit
    (`_file_row_dates`) and the same investors, or none named by one of them."""
    ours = {i for member in row.members for i in member.investor_company_ids}
    theirs = {i for member in other.members for i in member.investor_company_ids}
    if ours and theirs and ours != theirs:
        return False
    return all(_file_row_dates(a, b) for a in row.members for b in other.members)


def _file_row_dates(row: Round, told: Round) -> bool:
    """Whether a deal file row's date and an article's fit one raise: the same day, or the article's
    day within the month the row states."""
    if not row.date or not told.date or len(told.date) != 10:
        return False
    return row.date == told.date or (len(row.date) == 7 and told.date.startswith(row.date))


def _rival_key(group: _Group) -> tuple | None:
    """What two accounts of one raise share: company, currency, the one stated round type (a stage,
    not a generic type) and every investor named; None when a group states no type or investor."""
    investors = frozenset(i for member in group.members for i in member.investor_company_ids)
    kind = _kind_key(group) if investors else None
    return None if kind is None else (*kind, investors)


def _dates_both_right(a: Round, b: Round) -> bool:
    """Whether two dates of unlike precision may both be right of one raise: one holds the other
    ("2023" and "2023-03-01"); two different days, or two months, may not. Two totals of one day
    stay two rounds, rival accounts of that day (money_raised counts them once)."""
    one, two = day_span(a.date), day_span(b.date)
    if one is None or two is None or one == two:
        return False
    return one[0] <= two[1] and two[0] <= one[1]


def _told_alike(a: Round, b: Round) -> bool:
    """Whether two rounds may be one raise whatever their amounts: round types alike (or one
    untyped) and dates within WINDOW_DAYS (a month or a year: any day in it)."""
    kind_a, kind_b = round_kind(a.round_type), round_kind(b.round_type)
    if kind_a and kind_b and kind_a != kind_b:  # a generic type ("Corporate Round") states none
        return False
    one, two = day_span(a.date), day_span(b.date)
    return one is not None and two is not None and _dated_alike(one, two)


def _dated_alike(one: tuple[int, int], two: tuple[int, int]) -> bool:
    """Whether two spans of days (first, last: `day_span`) are at most WINDOW_DAYS apart:
    neither starts more than WINDOW_DAYS after the other ends (spans that overlap are 0 apart)."""
    return one[0] - two[1] <= WINDOW_DAYS and two[0] - one[1] <= WINDOW_DAYS


def _attach_parts(groups: list[_Group]) -> list[_Group]:
    """`groups` with each round telling an investor's part of a raise joined to that raise.

    A source's round of a smaller amount (by more than LOOSE_TOLERANCE), of the same stated round
    type, dated as the raise is (WINDOW_DAYS), whose investors the raise's sources all name too (and
    not every one of them: a smaller figure for the whole raise is a conflict), is
    that investor's money in the raise (a deal file's `Samsung Catalyst Fund, 25000000, Series D` beside
    the $410M Series D naming Samsung among its backers), not a second round nor a rival figure: it
    joins the raise after its members (`parts`: it never gives the round's figures), so the page
    lists one round, counts the money once and sees no conflict. Only a round alone is a part, and
    only of a raise of no parts of its own; each is compared with at most 3 × MAX_CANDIDATES raises
    of its type dated near it."""
    candidates: dict[int, tuple[Round, tuple]] = {}
    for group in groups:
        round_ = group.members[0]
        kind = round_kind(round_.round_type)  # None: untyped, or a generic type stating no stage
        if len(group.members) == 1 and kind is not None and round_.investor_company_ids and round_.amount:
            candidates[group.order] = (round_, (round_.company_id, round_.currency, kind))
    if not candidates:
        return groups
    keys = {key for _, key in candidates.values()}
    by_type: dict[tuple, list[tuple[int, int, _Group]]] = defaultdict(list)
    spans: dict[int, tuple[int, int]] = {}
    for group in groups:
        first = group.members[0]
        kinds = {round_kind(m.round_type) for m in group.members} - {None}
        found = [key for kind in kinds if (key := (first.company_id, first.currency, kind)) in keys]
        if not found:
            continue
        days = [day_span(member.date) or (0, 0) for member in group.members]
        spans[group.order] = (min(day[0] for day in days), max(day[1] for day in days))
        for key in found:
            by_type[key].append((*spans[group.order], group))
    for listed in by_type.values():
        listed.sort(key=lambda item: (item[0], item[2].order))
    wholes: set[int] = set()
    joined: set[int] = set()
    for group in groups:
        if group.order not in candidates or group.order in wholes:
            continue
        part, key = candidates[group.order]
        assert part.amount is not None
        start, end = spans[group.order]
        listed = by_type[key]
        source = next(iter(group.sources))
        stop = bisect_right(listed, end + WINDOW_DAYS, key=lambda item: item[0])
        for whole_start, whole_end, whole in reversed(listed[max(0, stop - 3 * MAX_CANDIDATES) : stop]):
            if whole is group or whole.order in joined or source in whole.sources:
                continue
            if not _dated_alike((start, end), (whole_start, whole_end)):
                continue
            if part.amount >= (1 - LOOSE_TOLERANCE) * whole.low:
                continue
            named = {company_id for member in whole.members for company_id in member.investor_company_ids}
            # One investor's part names some of the raise's investors; a smaller round naming every one
            # of them is the raise told with another figure: a conflict, not a part.
            if not set(part.investor_company_ids) < named:
                continue
            whole.parts.append(part)
            whole.sources.add(source)
            wholes.add(whole.order)
            joined.add(group.order)
            break
    return [group for group in groups if group.order not in joined]


def raise_parts(members: list[Round]) -> list[Round]:
    """The members of a raise (`group_raises`) telling an investor's part of it, not the raise: the
    parts `_attach_parts` joined to it. Of rounds gathered some other way, as `_attach_parts` tells
    them: those of an amount smaller than the round shown by more than LOOSE_TOLERANCE naming some,
    not all, of the investors the other members name (naming every one, a rival figure:
    `_attach_rivals`)."""
    if isinstance(members, Raise):
        return list(members.parts)
    shown = members[0].amount if members else None
    if len(members) < 2 or not shown:
        return []
    smaller = [m for m in members[1:] if m.amount is not None and m.amount < (1 - LOOSE_TOLERANCE) * shown]
    others = [m for m in members if not any(m is part for part in smaller)]
    named = {company_id for member in others for company_id in member.investor_company_ids}
    return [m for m in smaller if set(m.investor_company_ids) < named]


def investor_part(round_: Round, investor_company_id: int) -> tuple[float, str | None] | None:
    """The money a source states as `investor_company_id`'s part of a raise (`Round.part_ids`: a deal
    file's `Vantor Capital, 12000000, Series A` beside the article's $20M Series A), with its currency;
    None when no source states one. Parts in another currency than the first's are left out."""
    parts = [part for part in round_.investor_parts(investor_company_id) if part.amount is not None]
    if not parts:
        return None
    currency = parts[0].currency
    return sum(part.amount or 0.0 for part in parts if part.currency == currency), currency


def is_correction_account(round_: Round) -> bool:
    """Whether a round is a correction story's account of its raise: read from a story correcting an
    earlier dispatch (its importer said so, `Evidence.from_correction`; or its title: "CORRECTION - …",
    "Rectificatif"), or from a sentence giving the
    right reading ("$48 million, not $42 million", « et non 52 millions »). Its figure withdraws the one
    it corrects, so it is the raise's shown figure (`_best_first`); its publication day is not the
    raise's (`fold`)."""
    return any(
        evidence.from_correction
        or _CORRECTION_TITLE_RE.search(evidence.source_title or "")
        or (
            _CORRECTING_WORD_RE.search(evidence.sentence)
            and _CORRECTING_SENTENCE_RE.search(evidence.sentence)
        )
        for evidence in round_.evidence
    )


def withdrawn_accounts(members: list[Round]) -> list[Round]:
    """The members of a raise whose figure their own outlet's correction story, another member, withdrew:
    AFP's "raises 102 million euros" beside AFP's "(Corrects amount raised in paragraph 1 to 120 million
    euros from 102 million euros)". Its figure is no rival of the others (no conflict) and the dispatch
    is no source of the raise of its own: the correction is its outlet's account. A dispatch of
    another outlet, or one the correction states the same figure as, is withdrawn by nothing."""
    corrections = [member for member in members if is_correction_account(member)]
    if not corrections:
        return []
    return [
        member
        for member in members
        if not is_correction_account(member) and any(_corrected_by(member, fix) for fix in corrections)
    ]


def _corrected_by(account: Round, correction: Round) -> bool:
    """Whether `correction` (a correction story's round) withdraws `account`'s figure: another figure,
    told only by the outlet that corrected it."""
    if (account.amount, account.amount_max, account.currency) == (
        correction.amount,
        correction.amount_max,
        correction.currency,
    ):
        return False
    outlets = {_outlet(evidence) for evidence in account.evidence}
    return bool(outlets) and None not in outlets and outlets <= {_outlet(e) for e in correction.evidence}


def _outlet(evidence: Evidence) -> str | None:
    """Who published a source: its publisher as stated, else its URL's host (a deal file's own row: None)."""
    if evidence.publisher and evidence.publisher.strip():
        return evidence.publisher.strip().casefold()
    url = (evidence.url or "").strip().casefold()
    host = re.match(r"^[a-z][a-z0-9+.-]*://(?:www\.)?([^/?#]+)", url)
    return None if host is None or url.startswith("file:") else host.group(1)


# How far from made a record tells its raise, for the one a page shows first: made, then in talks, then only
# planned (the talks are later news than the plan).
_UNMADE_RANK = {IN_TALKS: 1, PLANNED: 2}


def _best_first(members: list[Round], position: dict[int, int]) -> list[Round]:
    """The round whose date (and figures) the page shows first, by the README's rule: one told as
    done over one still in talks (the round closed is the raise; the talks were its prelude); the most
    precise date; of dates as precise, the one the most sources give (distinct sources: a deal file's
    row citing an article is that article; a less precise date holding it supports it too); then the
    earliest (a raise is told first when it happens, a later report is often dated by its own
    publication); then a person's correction (`edited`); then an exact amount over an approximate
    one; then an article's sentence over a deal file's own row (the words a reader can check); then the
    primary source (`primary_source`: never the order of the imports); then as given. Before all that, a correction story's account
    (`is_correction_account`): its figure is the raise's, the one it corrects withdrawn (its date is
    not: `fold`)."""
    spans = [(round_, day_span(round_.date) or (0, 0)) for round_ in members]
    # Each date's sources, then each date's support: a few dates, however many rounds fold.
    told: dict[tuple[int, int], set] = defaultdict(set)
    for round_, span in spans:
        told[span] |= {evidence.source_identity for evidence in round_.evidence} or {("record", round_.id)}
    support = {
        span: len(
            set().union(*(ids for other, ids in told.items() if other[0] <= span[0] <= span[1] <= other[1]))
        )
        for span in told
    }

    corrections = {id(round_) for round_ in members if is_correction_account(round_)}
    bound_lost = bound_lost_by_a_copy(members)  # "more than $500M" over a deal file's bare "$500M" copy

    def key(pair: tuple[Round, tuple[int, int]]) -> tuple:
        round_, span = pair
        edited = round_.review_status != "edited"  # a person's correction over the words it corrects
        loose = round_.bound not in LIMITS if bound_lost else _is_loose(round_)
        file_row = _is_file_row(round_)
        withdrawn = id(round_) not in corrections  # a correction's figure over the one it withdraws
        talks = _UNMADE_RANK.get(round_.status or "", 0)
        return (
            withdrawn,
            talks,
            span[1] - span[0],
            -support[span],
            span[0],
            edited,
            loose,
            file_row,
            primary_source(round_),
            position[id(round_)],
        )

    return [round_ for round_, _ in sorted(spans, key=key)]


_VALUATION = (
    "post_money_valuation",
    "pre_money_valuation",
    "valuation_currency",
    "valuation_bound",
    "pre_money_valuation_bound",
    "valuation_basis",
    "valuation_edited",
    "valuation_id",
)


def _valued(round_: Round) -> bool:
    return round_.post_money_valuation is not None or round_.pre_money_valuation is not None


def fold(members: list[Round]) -> Round:
    """One round for a raise several sources tell: the first member's figures, completed by the
    others' (round type, valuation, tranches and condition), with every member's evidence and the union of their investors and
    leads; of a source a person corrected, only the correction's investors and leads (`corrected_sources`)."""
    first, others = members[0], members[1:]
    if not others:
        return first
    investors = list(first.investors)
    company_ids = list(first.investor_company_ids)
    leads = list(first.lead_investors)
    evidence = list(first.evidence)
    filled: dict[str, object] = {}
    corrected = corrected_sources(members)
    if first.review_status != "edited" and corrected and _told_by(first, corrected):
        # The first member's own investors and leads are what a person corrected: the correction's stand.
        investors, company_ids, leads = [], [], []
    for other in others:
        if other.review_status != "edited" and _told_by(other, corrected):
            pass  # investors (and leads) a hand correction of this source's round removed are not added back
        else:
            _add_investors(other, investors, company_ids)
            leads += [name for name in other.lead_investors if name not in leads]
        evidence += other.evidence
        if _tells_more_of_the_type(filled.get("round_type", first.round_type), other.round_type):
            filled["round_type"] = other.round_type
        valued = other.post_money_valuation is not None or other.pre_money_valuation is not None
        if valued and not _valued(first) and "valuation_currency" not in filled:
            filled |= {name: getattr(other, name) for name in _VALUATION}
        if not first.tranches and "tranches" not in filled and other.tranches:  # as a stake's (same_stake)
            filled |= {"tranches": other.tranches, "condition": first.condition or other.condition}
        elif first.condition is None and "condition" not in filled and other.condition is not None:
            filled["condition"] = other.condition
    return first.model_copy(
        update={
            **filled,
            **_date_of_the_raise(first, others),
            "investors": investors,
            "investor_company_ids": company_ids,
            "lead_investors": leads,
            "evidence": evidence,
            "same_raise_ids": [other.id for other in others],
            "part_ids": [part.id for part in raise_parts(members)],
            "withdrawn_ids": [account.id for account in withdrawn_accounts(members)],
            "accounts": list(members),
            "recalled": all(recalled_raise(member) for member in members),  # as `dated_on_or_before` reads it
            # One later article calling off one account of the raise calls it off, as a stake's (same_stake).
            "called_off_by": list({id(e): e for member in members for e in member.called_off_by}.values()),
            "called_off_ids": list(dict.fromkeys(i for member in members for i in member.called_off_ids)),
        }
    )


def dated_by(members: list[Round]) -> Round:
    """The member of a raise (best first) whose date the raise shows: the first, unless it is a
    correction story's account (`is_correction_account`) of one an earlier account of another source
    dates; then that account (the best of them), not the correction's publication day."""
    first = members[0]
    if not is_correction_account(first):
        return first
    return next((other for other in members[1:] if other.date and not is_correction_account(other)), first)


def _date_of_the_raise(first: Round, others: list[Round]) -> dict[str, object]:
    """The date of a raise shown by a correction's account: that of the account it corrects (`dated_by`)."""
    told = dated_by([first, *others])
    if told is first:
        return {}
    return {"date": told.date, "date_precision": told.date_precision}


def _tells_more_of_the_type(shown: str | None, other: str | None) -> bool:
    """Whether another source's round type is to be shown in place of `shown`: any type where there
    is none, a stated stage ("Series B") in place of a generic type ("Corporate Round")."""
    if other is None:
        return False
    return shown is None or (states_no_stage(shown) and not states_no_stage(other))


def one_investor_each(round_: Round) -> Round:
    """The round as its company's page lists it: an investor its sources name twice, by its full
    name and by a bare short form of it ("Fidelity Investments", "Fidelity": `short_form_owners`, a
    short form of no other investor of the round), one row under the spelling most of its sources
    use, the full name where as many use each (`_spellings_shown`), lead if either was. A short
    name fitting two of its investors' full names stays a row of its own."""
    owners = _names_shown(round_)
    if not owners:
        return round_
    ids = dict(zip(round_.investors, round_.investor_company_ids, strict=False))
    investors = list(dict.fromkeys(owners.get(name, name) for name in round_.investors))  # where first named
    company_ids = [ids[name] for name in investors if name in ids]
    leads = list(dict.fromkeys(owners.get(name, name) for name in round_.lead_investors))
    return round_.model_copy(
        update={"investors": investors, "investor_company_ids": company_ids, "lead_investors": leads}
    )


def investors_shown_as(round_: Round) -> dict[int, int]:
    """Each investor (company id) of `round_` (a raise as `fold` reads it) that its page lists under
    another investor's spelling (`one_investor_each`: "Quill Capital Partners" beside "Quill Capital")
    -> that investor's company id: what the relationship map and the search list fold by the rule
    the page uses. Two funds of which neither name is a short form of the other stay apart."""
    ids = dict(zip(round_.investors, round_.investor_company_ids, strict=False))
    return {
        ids[name]: ids[shown]
        for name, shown in _names_shown(round_).items()
        if name in ids and shown in ids and ids[name] != ids[shown]
    }


def _names_shown(round_: Round) -> dict[str, str]:
    """Each spelling of an investor of `round_` its page lists under another (`one_investor_each`)
    -> the one it lists."""
    owners = short_form_owners(round_.investors)
    if not owners:
        return {}
    ids = dict(zip(round_.investors, round_.investor_company_ids, strict=False))
    return _spellings_shown(owners, ids, _sources_naming(round_.accounts))


def _spellings_shown(owners: dict[str, str], ids: dict[str, int], told: dict[int, int]) -> dict[str, str]:
    """Each spelling of `owners` (short form -> full name) mapped to the one its row shows: the one
    most of the raise's sources name (`told`, by company id), the full name on a tie. "Quill Capital"
    told by two sources beside "Quill Capital Partners" told by one is the row's "Quill Capital": the
    investor two sources name stays on the round (and on its own page's timeline)."""
    shown: dict[str, str] = {}
    for full in dict.fromkeys(owners.values()):
        spellings = [full, *(short for short, owner in owners.items() if owner == full)]
        best = max(spellings, key=lambda name: told.get(ids.get(name, -1), 0))  # first (full) on a tie
        shown |= {name: best for name in spellings if name != best}
    return shown


def _sources_naming(accounts: list[Round]) -> dict[int, int]:
    """How many sources name each investor (by company id) among a raise's `accounts`."""
    sources: dict[int, set[tuple]] = {}
    for account in accounts:
        for company_id in account.investor_company_ids:
            sources.setdefault(company_id, set()).update(ev.source_identity for ev in account.evidence)
    return {company_id: len(told) for company_id, told in sources.items()}


def short_names_folded(rounds: list[Round], before: list[Round]) -> set[int]:
    """The companies `one_investor_each` took out of every one of `rounds` that named them (`before`,
    the same rounds as they were): investors the page counts no more."""
    named_before = {company_id for round_ in before for company_id in round_.investor_company_ids}
    named_after = {company_id for round_ in rounds for company_id in round_.investor_company_ids}
    return named_before - named_after


def corrected_sources(members: list[Round]) -> set[tuple]:
    """Who tells the rounds of a raise a person corrected by hand (review status `edited`, as a
    colleague's export carries it): their investors stand for those sources' own records'."""
    return {
        evidence.source_identity
        for member in members
        if member.review_status == "edited" and member.investors
        for evidence in member.evidence
    }


def _told_by(round_: Round, sources: set[tuple]) -> bool:
    """Whether every source telling `round_` is one of `sources`."""
    return bool(round_.evidence) and all(ev.source_identity in sources for ev in round_.evidence)


def _add_investors(other: Round, investors: list[str], company_ids: list[int]) -> None:
    for name, company_id in zip(other.investors, other.investor_company_ids, strict=False):
        if company_id not in company_ids:
            investors.append(name)
            company_ids.append(company_id)


def fold_rounds(rounds: list[Round]) -> list[Round]:
    """`rounds` with each raise several sources tell as one round (see the module's rule)."""
    return [fold(members) for members in group_raises(rounds)]


def rival_kind(day_kinds: set[str | None], kind: str | None) -> str | None:
    """Which of a day's rounds may be rival figures of one raise, as a key: rounds of two different
    stated types are two raises (a Seed and a Series B the same day), so when the day's rounds state
    several types each type is a group of its own, and its untyped rounds one more (whose raise they
    tell is unknown); a day of one stated type (or none) is one group. `day_kinds`: the `round_kind`s
    of the day's rounds, `kind`: the round's."""
    return kind if len(day_kinds - {None}) > 1 else None
