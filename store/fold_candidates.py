"""Which companies can fold a stake or a raise several sources tell: read as plain rows, not records.

A timeline folds the stakes of a company (same_stake.group_stakes) and its raises
(same_raise.group_raises) after reading them as records, with their evidence: 5.4 s CPU for the 82,000
stakes and rounds of a database of 2,000 companies with 50 records each, where three folded. A
GROUP BY on the tables (`queries.stakes_told_twice`, `timeline_folds._raises`) keeps the companies
with two stakes of one investor, or two rounds in one currency: in such a database, every one.

The rules below read a few columns of those companies' rows (no evidence, no pydantic) and keep the
companies where two of them could be one stake or one raise, by a test every folded pair meets (a
loose one: the grouping then decides, from the records, as before). Each rule groups companies
whole: grouping is company by company, so leaving a company out changes no other's groups.

Who tells a record is not tested: a deal file's rows citing their own articles are tellers of their
own (`same_raise.teller`), so the rows of one file fold with each other, and counting a file once
would miss them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlite_utils import Database

from .formatting import kinds_agree, round_kind
from .id_lists import in_chunks, placeholders
from .same_raise import MENTION_TOLERANCE, WINDOW_DAYS, day_span, within_loose_tolerance
from .schema import VISIBLE

MAX_COMPARED = 64
"""Stakes of one investor in one company, or dated rounds of one company and currency, compared pair
by pair; past that, the company is kept (as one that may fold)."""

_STAKE_ROWS = f"""SELECT s.company_id, i.company_id, s.round_id, s.amount, s.amount_max, s.currency,
    s.percentage, s.date, s.tranche, s.source_id
    FROM stakes s JOIN investors i ON i.id = s.investor_id
    WHERE s.{VISIBLE} AND s.company_id IN ({{marks}})"""

# The companies of a deal an article calls off (`stakes.status`, importers.models.CALLED_OFF): rare.
_CALLED_OFF_ROWS = f"""SELECT DISTINCT company_id FROM stakes
    WHERE status = 'called_off' AND {VISIBLE} AND company_id IN ({{marks}})"""

# A round read from a correction story joins the raise it corrects whatever their amounts. Marked as
# same_raise._marked_correction reads it: any of its evidence from a source marked so (`corrects`), or
# citing one an export's row marked so (`evidence.cited_corrects`: a re-imported export's rows are all
# read from the file, which corrects nothing).
_ROUND_ROWS = f"""SELECT company_id, currency, amount, date, round_type, review_status, recalled,
    EXISTS (SELECT 1 FROM evidence e JOIN sources s ON s.id = e.source_id
            WHERE e.record_type = 'round' AND e.record_id = rounds.id AND (s.corrects OR e.cited_corrects))
    FROM rounds WHERE {VISIBLE} AND amount > 0 AND currency IS NOT NULL AND company_id IN ({{marks}})"""


def stakes_that_can_fold(db: Database, company_ids: Iterable[int]) -> list[int]:
    """Those of `company_ids` (in their order) with two stakes that could be one stake (`_stake_pair`):
    of one investor, or one of them in a round, whose short investor name a page may read as another
    investor's full one (same_stake.short_names_as_full)."""
    ids = list(company_ids)
    keep: set[int] = set()
    for chunk in in_chunks(ids):
        by_company: dict[int, list[tuple]] = defaultdict(list)
        for row in db.execute(_STAKE_ROWS.format(marks=placeholders(chunk)), chunk):
            by_company[row[0]].append(row)
        keep |= {company_id for company_id, rows in by_company.items() if _stakes_may_fold(rows)}
        # A later article's call-off folds into the stake it calls off whatever their dates (store/called_off.py).
        keep |= {company_id for (company_id,) in db.execute(_CALLED_OFF_ROWS.format(marks=placeholders(chunk)), chunk)}
    return [id_ for id_ in ids if id_ in keep]


def _stakes_may_fold(rows: list[tuple]) -> bool:
    """Whether two of one company's `rows` (`_STAKE_ROWS`) could meet same_stake's rule: those of one
    investor, and each stake in a round with every other; past MAX_COMPARED pairs, assumed to."""
    by_investor: dict[int, list[tuple]] = defaultdict(list)
    for row in rows:
        by_investor[row[1]].append(row)
    in_rounds = [index for index, row in enumerate(rows) if row[2] is not None]
    if len(in_rounds) * len(rows) > MAX_COMPARED**2:
        return True
    if any(
        _stake_pair(rows[index], other) for index in in_rounds for other in rows[:index] + rows[index + 1 :]
    ):
        return True
    return any(_any_pair(same) for same in by_investor.values() if len(same) > 1)


def _any_pair(rows: list[tuple]) -> bool:
    """Whether two stakes of one investor in one company could be one stake; many are assumed to."""
    if len(rows) > MAX_COMPARED:
        return True
    return any(_stake_pair(one, two) for index, one in enumerate(rows) for two in rows[index + 1 :])


def _stake_pair(one: tuple, two: tuple) -> bool:
    """Whether one stake could join a group of the other (same_stake._agrees, or `_retells`): the same
    amount and percentage (or one states none), dates that overlap (both in rounds: any dates), or
    another document's stake of the same date and tranche. At least one of them dated: a timeline
    folds nothing else."""
    _, _, round_one, *figures_one, percentage_one, date_one, tranche_one, document_one = one
    _, _, round_two, *figures_two, percentage_two, date_two, tranche_two, document_two = two
    if document_one != document_two and date_one == date_two and tranche_one == tranche_two:
        return date_one is not None or (round_one is not None and round_two is not None)
    if figures_one[0] is not None and figures_two[0] is not None and figures_one != figures_two:
        return False
    if percentage_one is not None and percentage_two is not None and percentage_one != percentage_two:
        return False
    if round_one is not None and round_two is not None:
        return date_one is not None or date_two is not None
    span_one, span_two = day_span(date_one), day_span(date_two)
    if span_one is None or span_two is None:
        return False
    return span_one[0] <= span_two[1] and span_two[0] <= span_one[1]


def raises_that_can_fold(db: Database, company_ids: Iterable[int]) -> list[int]:
    """Those of `company_ids` (in their order) with two rounds in one currency that could be one
    raise (`_round_pair`), or one undated with a round type, which joins the dated raise of its type
    (`same_raise._attach_undated`)."""
    ids = list(company_ids)
    keep: set[int] = set()
    for chunk in in_chunks(ids):
        by_key: dict[tuple, list[tuple]] = defaultdict(list)
        for company_id, currency, amount, date, round_type, status, recalled, corrects in db.execute(
            _ROUND_ROWS.format(marks=placeholders(chunk)), chunk
        ):
            kind = round_kind(round_type) if round_type else None
            by_key[(company_id, currency)].append(
                (day_span(date), amount, round_type, kind, status == "edited", bool(corrects), bool(recalled))
            )
        keep |= {key[0] for key, rounds in by_key.items() if _rounds_may_fold(rounds)}
    return [id_ for id_ in ids if id_ in keep]


def _rounds_may_fold(rounds: list[tuple]) -> bool:
    """Whether two of `rounds` (`raises_that_can_fold`'s, of one company and currency) could be one
    raise; many are assumed to."""
    dated = [one for one in rounds if one[0] is not None]
    if not dated:
        return False
    if len(dated) < len(rounds) and any(round_type for span, _, round_type, *_ in rounds if span is None):
        return True
    if len(dated) > MAX_COMPARED:
        return True
    return any(_round_pair(one, two) for index, one in enumerate(dated) for two in dated[index + 1 :])


def _round_pair(one: tuple, two: tuple) -> bool:
    """Whether two dated rounds could be one raise: dated at most WINDOW_DAYS apart, as every way
    same_raise joins two rounds asks, and of amounts within LOOSE_TOLERANCE (its sweep), or of one
    stated round type (rival figures, a deal file's row, an investor's part), or one of them
    corrected by a person, of types alike (a correction), or one of them read from a correction story
    and the other not, of no two stated stages (same_raise._attach_correction_stories), or one of them
    of amounts within MENTION_TOLERANCE (a passing mention: same_raise._attach_passing_mentions;
    a recalled raise: same_raise._attach_recalled). Two groups join only where two of their rounds do, or where
    one already folds two."""
    span_one, amount_one, _, kind_one, edited_one, correction_one, recalled_one = one
    span_two, amount_two, _, kind_two, edited_two, correction_two, recalled_two = two
    # Two raises articles only recall are each "on or before" its article's day: no window between them
    # (same_raise._recalls), the same raise recalled 39 days apart is one event, as on its page.
    apart = span_one[0] - span_two[1] > WINDOW_DAYS or span_two[0] - span_one[1] > WINDOW_DAYS
    if apart and not (recalled_one and recalled_two):
        return False
    if within_loose_tolerance(amount_one, amount_two):
        return True
    # A passing mention dated to a month, or a raise an article only recalls (dated by its article's day:
    # these rows carry no sentence to tell it by), joins a raise whose figure is this close.
    if abs(amount_one - amount_two) <= MENTION_TOLERANCE * max(amount_one, amount_two):
        return True
    if kind_one is not None and kind_one == kind_two:
        return True
    if correction_one != correction_two and (kind_one is None or kind_two is None):
        return True
    return (edited_one or edited_two) and kinds_agree(kind_one, kind_two)
