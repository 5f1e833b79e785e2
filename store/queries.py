"""Read queries: every one returns pydantic models from store/models.py.

Rejected facts (a person's review decision) are kept in the tables but never returned here.
"""

from __future__ import annotations

import heapq
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import islice
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from sqlite_utils import Database

from ai_deals.importers.exported import is_export, original_evidence
from ai_deals.importers.models import CALLED_OFF, NOT_RAISED_YET

from .called_off import join_call_offs, mark_rounds, told_by_rounds
from .coinvestors import co_investors, deals_of
from .errors import CompanyGone, StoreError
from .fold_candidates import stakes_that_can_fold
from .formatting import dates_nest, format_amount, round_label
from .id_lists import in_chunks
from .models import (
    Acquisition,
    Citation,
    Company,
    CompanyPage,
    Evidence,
    ExportRecord,
    Metric,
    Partnership,
    Record,
    RecordRef,
    ReviewOrder,
    Round,
    Source,
    SourceSpan,
    SourceSummary,
    Stake,
    Statement,
    TimelineEvent,
    TimelineKey,
    TimelineOutline,
    Tranche,
)
from .money_raised import (
    CONDITIONAL,
    MoneyTotals,
    money_totals,
    page_raises,
    promised_in_rounds,
    round_split,
    split_words,
)
from .names import normalize_name
from .record_filter import RecordFilter, record_types
from .review import edit_note
from .round_order import in_stage_order, place_dates
from .same_metric import fold_metrics
from .same_partnership import fold_partnerships, group_partnerships, mark_renewals, partnership_conflicts
from .same_raise import (
    amount_band,
    day_span,
    fold,
    group_raises,
    investors_shown_as,
    one_investor_each,
    raise_parts,
    short_names_folded,
    withdrawn_accounts,
)
from .same_stake import fold_stakes, group_stakes, short_names_as_full
from .schema import DATE_COLUMN, RECORD_TABLES, TIMELINE_KEY, TIMELINE_WHERE, VISIBLE

if TYPE_CHECKING:
    from .timeline_folds import TimelineFolds

TABLE_ALIAS = {
    "round": "r",
    "stake": "s",
    "partnership": "p",
    "metric": "m",
    "statement": "st",
    "acquisition": "a",
}
# A stake's columns but its `round_type` (read with its round's: RECORD_SELECT); a column added to
# `stakes` is added here.
STAKE_READ_COLUMNS = ", ".join(
    f"s.{column}"
    for column in (
        "id", "investor_id", "company_id", "round_id", "amount", "amount_max", "currency", "bound",
        "percentage", "percentage_bound", "date", "date_precision", "tranche", "condition", "status",
        "source_id", "review_status",
    )
)  # fmt: skip
# A stake of a rejected round reads as one outside a round (`visible_round_id`, see
# `fetch_records`): its money is then counted on its own, as when no round record exists. It
# keeps the round type it was taken in (the page and exports still say "Series C"); a stake in no
# round keeps the type its source stated (`stakes.round_type`, which is why its columns are named:
# `s.*` would give a row two `round_type`s). `{exported}`: the export's own column, or nothing.
_STAKE_SELECT = f"""SELECT {STAKE_READ_COLUMNS}, c.name AS company, ic.name AS investor, ic.id AS investor_company_id,
                 COALESCE(r.round_type, s.round_type) AS round_type,{{exported}}
                 CASE WHEN r.review_status != 'rejected' THEN r.id END AS visible_round_id
                 FROM stakes s JOIN companies c ON c.id = s.company_id
                 JOIN investors i ON i.id = s.investor_id JOIN companies ic ON ic.id = i.company_id
                 LEFT JOIN rounds r ON r.id = s.round_id"""
# A stake's `round` cell in an export (`Stake.exported_round_type`, `_export_round`): a correlated
# EXISTS per stake, so only the export's query reads it, never a page's or a timeline's.
_EXPORTED_ROUND_TYPE = """
                 COALESCE(s.round_type, CASE WHEN EXISTS (SELECT 1 FROM round_investors ri
                   WHERE ri.round_id = r.id AND ri.investor_id = s.investor_id) THEN r.round_type END)
                   AS exported_round_type,"""
# Whether a raise of the metric's company and source that `told` is told in a sentence the metric is told in
# too. CROSS JOIN keeps SQLite to this order, each step an index's: the metric's evidence, its company's
# rounds (`+r.source_id`: by the company's index, not every round of a deal file of 50,000), their evidence.
_TOLD_WITH_A_ROUND = f"""EXISTS (SELECT 1 FROM evidence e CROSS JOIN rounds r CROSS JOIN evidence f
                 WHERE e.record_type = 'metric' AND e.record_id = m.id
                   AND r.company_id = m.company_id AND +r.source_id = m.source_id AND r.{VISIBLE} AND {{told}}
                   AND f.record_type = 'round' AND f.record_id = r.id
                   AND f.source_id = e.source_id AND f.sentence = e.sentence)"""
# A valuation's `Metric.status`: "in_talks" when told with a raise its source tells as still in talks ("is in
# talks to raise $1.2bn in a new funding round that would value the AI lab at about $8bn"), the value of the
# round in talks, or marked so by its importer (`metrics.unmade`: the value of a raise in talks told with no
# sum, so no round: "in early talks to raise new funding at a valuation of up to $4 billion"); "planned" when told
# only with a raise the company plans ("plans to raise $50M at a $500M valuation"), or so marked ("is seeking to
# raise new funding at a valuation of up to $4 billion"); neither when a raise told as
# made shares its sentence ("which raised $100M at a $1B valuation, is in talks to raise more"), whose valuation
# it is.
_TOLD_WITH_A_ROUND_MADE = _TOLD_WITH_A_ROUND.format(
    told=f"coalesce(r.status, '') NOT IN ({', '.join(repr(status) for status in NOT_RAISED_YET)})"
)


def _valuation_status_when(status: str) -> str:
    """The CASE branch giving a valuation the status `status` (one of NOT_RAISED_YET, in talks first)."""
    return f"""WHEN m.metric = 'valuation'
                   AND (m.unmade = '{status}'
                        OR {_TOLD_WITH_A_ROUND.format(told=f"r.status = '{status}'")}
                        AND NOT {_TOLD_WITH_A_ROUND_MADE})
                 THEN '{status}'"""


_VALUATION_STATUS = f"CASE {' '.join(map(_valuation_status_when, NOT_RAISED_YET))} END AS status"
# One SELECT per record type, naming the company (and counterpart) so models need no second query.
RECORD_SELECT = {
    "round": """SELECT r.*, c.name AS company FROM rounds r JOIN companies c ON c.id = r.company_id""",
    "stake": _STAKE_SELECT.format(exported=""),
    "partnership": """SELECT p.*, c.name AS company, pc.name AS partner FROM partnerships p
                 JOIN companies c ON c.id = p.company_id JOIN companies pc ON pc.id = p.partner_id""",
    "metric": f"""SELECT m.*, c.name AS company, {_VALUATION_STATUS}
                 FROM metrics m JOIN companies c ON c.id = m.company_id""",
    "statement": """SELECT st.*, c.name AS company, cc.name AS counterpart FROM statements st
                 JOIN companies c ON c.id = st.company_id LEFT JOIN companies cc ON cc.id = st.counterpart_id""",
    "acquisition": """SELECT a.*, c.name AS company, ac.name AS acquirer FROM acquisitions a
                 JOIN companies c ON c.id = a.company_id JOIN companies ac ON ac.id = a.acquirer_id""",
}
# The same, keeping what review rejected out: what pages, timelines and exports show.
RECORD_SQL = {kind: f"{select} WHERE {TABLE_ALIAS[kind]}.{VISIBLE}" for kind, select in RECORD_SELECT.items()}
# What an export reads (`to_export`): the same but for a stake's exported round type.
EXPORT_SELECT = RECORD_SELECT | {"stake": _STAKE_SELECT.format(exported=_EXPORTED_ROUND_TYPE)}
MODELS: dict[str, type[Record]] = {
    "round": Round,
    "stake": Stake,
    "partnership": Partnership,
    "metric": Metric,
    "statement": Statement,
    "acquisition": Acquisition,
}


# Counts shown both on a company's page and in its search hit, so the two always agree. Each is a
# scalar subquery on `c.id` (the company) or `i.id` (its investors row), read through indexes only.
INVESTOR_COUNT_SQL = f"""SELECT count(*) FROM (
      SELECT s.investor_id FROM stakes s WHERE s.company_id = c.id AND s.{VISIBLE}
      UNION SELECT ri.investor_id FROM rounds r JOIN round_investors ri ON ri.round_id = r.id
      WHERE r.company_id = c.id AND r.{VISIBLE})"""
"""Distinct investors: with a stake of their own or named in one of the company's rounds."""
BACKED_COUNT_SQL = f"""SELECT count(*) FROM (
      SELECT s.company_id FROM stakes s WHERE s.investor_id = i.id AND s.{VISIBLE}
      UNION SELECT r.company_id FROM round_investors ri JOIN rounds r ON r.id = ri.round_id
      WHERE ri.investor_id = i.id AND r.{VISIBLE})"""
"""Distinct companies an investor backed: with a stake, or by joining one of their rounds."""


# How many facts a source holds (`s` is its sources row): what `sources`, pages and re-imports report.
# Records, not evidence rows: a round told in two rows of a deal file is one fact, as the import and
# a company's Sources count it. Read from the index on (source, record): 0.02 s for a 108k-row file.
FACT_COUNT_SQL = """(SELECT count(*) FROM (SELECT DISTINCT e.record_type, e.record_id FROM evidence e
    WHERE e.source_id = s.id)) AS fact_count"""
# The columns of a `SourceSummary`, the same wherever sources are listed.
SOURCE_SUMMARY_COLUMNS = (
    "s.id, s.title, s.publisher, s.published, s.language, s.url, s.path, s.content_hash, s.kind, "
    + FACT_COUNT_SQL
)


def _in(values: Iterable[int]) -> tuple[str, list[int]]:
    values = list(values)
    return ", ".join("?" for _ in values), values


def fetch_records(
    db: Database,
    record_type: str,
    where: str = "",
    params: list | None = None,
    *,
    rejected: bool = False,
    limit: int | None = None,
    exported: bool = False,
) -> list[Record]:
    """Records of one type matching `where` (on the type's alias), with their evidence attached;
    rejected ones too when `rejected` (review lets a user go back on a rejection). With `limit`,
    only the first `limit` in a page's order (date, then id: undated first). With `exported`, read
    as an export reads them (`EXPORT_SELECT`: for `to_export`)."""
    alias = TABLE_ALIAS[record_type]
    select = (EXPORT_SELECT if exported else RECORD_SELECT)[record_type]
    sql = (
        select
        + (" WHERE 1" if rejected else f" WHERE {alias}.{VISIBLE}")
        + (f" AND ({where})" if where else "")
    )
    if limit is None:
        sql += f" ORDER BY {alias}.id"
    else:
        date = DATE_COLUMN.get(record_type, "date")
        sql += f" ORDER BY coalesce({alias}.{date}, ''), {alias}.id LIMIT {int(limit)}"
    rows = list(db.query(sql, params or []))
    evidence = evidence_for(db, record_type, [row["id"] for row in rows])
    model = MODELS[record_type]
    records = []
    for row in rows:
        row["evidence"] = evidence.get(row["id"], [])
        if record_type == "metric":
            row["is_projection"] = bool(row["is_projection"])
        elif record_type == "stake":
            row["round_id"] = row.pop("visible_round_id")
        records.append(model.model_validate(row))
    if record_type == "round":
        _attach_round_details(db, records)
        _attach_tranches(db, records, "round_tranches", "round_id")
    elif record_type == "stake":
        _attach_tranches(db, records)
    return records


def cited_title(title: str | None, url: str | None) -> str | None:
    """How a row's cited article is titled: its title, else its URL (an article named by URL only is
    not titled by the file it was read from). CITED_SOURCE_SQL says the same in SQL."""
    return title or url


# Whether evidence `e` cites a source of its own (a deal file's row naming its article), not its document.
_CITES_OWN = "coalesce(e.cited_url, e.cited_title, e.cited_publisher, e.cited_date) IS NOT NULL"
# The title of the imported source at the URL evidence `e` cites (the latest, should several be):
# a deal file's row giving only a Source URL is titled as that article is (qa50), not by the bare URL.
_KNOWN_TITLE = "(SELECT k.title FROM sources k WHERE k.url = e.cited_url ORDER BY k.id DESC LIMIT 1)"
# Its publisher and day, likewise: the row citing the article is published as that article is (qa52).
_KNOWN_PUBLISHER = "(SELECT k.publisher FROM sources k WHERE k.url = e.cited_url ORDER BY k.id DESC LIMIT 1)"
_KNOWN_DATE = "(SELECT k.published FROM sources k WHERE k.url = e.cited_url ORDER BY k.id DESC LIMIT 1)"
# The source evidence `e` (read from sources row `s`) is cited to: the row's own where it names one
# (the file's path is then never given as the article's URL), else the document's.
CITED_SOURCE_SQL = f"""coalesce(e.cited_title, CASE WHEN {_CITES_OWN} THEN coalesce({_KNOWN_TITLE}, e.cited_url) END, s.title) AS source_title,
    coalesce(e.cited_publisher, CASE WHEN {_CITES_OWN} THEN {_KNOWN_PUBLISHER} END, s.publisher) AS publisher,
    coalesce(e.cited_date, CASE WHEN {_CITES_OWN} THEN {_KNOWN_DATE} END, s.published) AS published,
    CASE WHEN {_CITES_OWN} THEN e.cited_url ELSE s.url END AS url,
    CASE WHEN {_CITES_OWN} THEN s.title END AS read_from"""


def evidence_for(db: Database, record_type: str, ids: list[int]) -> dict[int, list[Evidence]]:
    """All the evidence of each of the records `ids` of `record_type`, in order, cited as a page cites it."""
    found: dict[int, list[Evidence]] = defaultdict(list)
    for chunk in in_chunks(ids):
        marks, values = _in(chunk)
        rows = db.query(
            f"""SELECT e.record_id, e.source_id, {CITED_SOURCE_SQL}, (s.corrects OR e.cited_corrects) AS from_correction,
                       e.sentence, e.start, e."end", e.line FROM evidence e JOIN sources s ON s.id = e.source_id
                WHERE e.record_type = ? AND e.record_id IN ({marks}) ORDER BY e.id""",
            [record_type, *values],
        )
        for row in rows:
            found[row.pop("record_id")].append(Evidence.model_validate(row))
    return found


def _attach_round_details(db: Database, rounds: list[Round]) -> None:
    """Investors of each round, and the valuation its source stated for the company on that date.

    Fetched for 500 rounds a query, not two queries a round: an export of a data set's 100k rounds
    made 200k queries (each valuation lookup also scanned the whole source's metrics)."""
    for chunk in in_chunks(rounds):
        by_id = {round_.id: round_ for round_ in chunk}
        marks, values = _in(by_id)
        rows = db.execute(
            f"""SELECT ri.round_id, c.id, c.name, ri.is_lead FROM round_investors ri
                JOIN investors i ON i.id = ri.investor_id JOIN companies c ON c.id = i.company_id
                WHERE ri.round_id IN ({marks}) ORDER BY ri.rowid""",
            values,
        )
        for round_id, company_id, name, is_lead in rows:
            round_ = by_id[round_id]
            round_.investors.append(name)
            round_.investor_company_ids.append(company_id)
            if is_lead:
                round_.lead_investors.append(name)
        stated = _stated_valuations(db, {round_.company_id for round_ in chunk})
        dates: dict[tuple, list[str]] = defaultdict(list)  # each (company, source)'s valuation dates
        for company_id, source, date in stated:
            dates[(company_id, source)].append(date)
        _attach_call_offs(db, chunk)
        told_by = _told_by(db, "round", list(by_id))
        keys = {round_.id: _valuation_key(round_, chunk, dates, told_by) for round_ in chunk}
        told_in = _sentences_sharing(chunk, keys, stated)
        for round_ in chunk:
            key = keys[round_.id]
            shown: dict[bool, int] = {}  # the last of each basis (pre-money or not) is the one shown
            for valuation in _valuing(round_, told_in.get(key), stated.get(key, [])):
                round_.valuation_edited = round_.valuation_edited or valuation.review_status == "edited"
                pre_money = valuation.basis == "pre_money"
                shown[pre_money] = valuation.metric_id
                if pre_money:
                    round_.pre_money_valuation = valuation.value
                    round_.pre_money_valuation_bound = valuation.bound
                else:
                    round_.post_money_valuation = valuation.value
                    round_.valuation_bound = valuation.bound
                    round_.valuation_basis = valuation.basis
                round_.valuation_currency = valuation.currency
            round_.valuation_id = shown.get(False, shown.get(True))


def _attach_call_offs(db: Database, rounds: list[Round]) -> None:
    """Mark the rounds of one investor a later article calls off (called_off.mark_rounds), read from the
    call-offs of their companies: one query a chunk, none read when no company of it has a call-off."""
    sole = [round_ for round_ in rounds if len(set(round_.investor_company_ids)) == 1]
    if not sole:
        return
    if offs := _call_offs_of(db, {round_.company_id for round_ in sole}):
        mark_rounds(sole, offs)


def _call_offs_of(db: Database, company_ids: Iterable[int]) -> list[Stake]:
    """The call-offs (stakes of status `called_off`) of `company_ids`, read by company (its index). Which
    companies have any is asked first with a plain SELECT: a timeline window, read in the explorer's worker, meets
    nearly never one, and `fetch_records`' sqlite-utils query costs a savepoint each time."""
    offs: list[Stake] = []
    for chunk in in_chunks(sorted(company_ids)):
        marks, values = _in(chunk)
        called = [
            row[0]
            for row in db.execute(
                f"SELECT DISTINCT company_id FROM stakes WHERE status = '{CALLED_OFF}' AND company_id IN ({marks})",
                values,
            )
        ]
        if called:
            marks, values = _in(called)
            offs += fetch_records(db, "stake", f"s.status = '{CALLED_OFF}' AND s.company_id IN ({marks})", values)  # type: ignore[arg-type]
    return offs


def _sentences_sharing(rounds: list[Round], keys: dict[int, tuple], stated: dict) -> dict[tuple, set]:
    """For each valued (company, source, date) several of `rounds` share (`keys`), where their
    sources tell them: (source, sentence) of each one's evidence."""
    sharing: dict[tuple, list[Round]] = defaultdict(list)
    for round_ in rounds:
        if stated.get(keys[round_.id]):
            sharing[keys[round_.id]].append(round_)
    return {
        key: {(e.source_id, e.sentence) for round_ in shared for e in round_.evidence}
        for key, shared in sharing.items()
        if len(shared) > 1
    }


def _valuing(round_: Round, told_in: set | None, stated: list[StatedValuation]) -> list[StatedValuation]:
    """Of the valuations `stated` with its (company, source, date), those of `round_`: all of them,
    unless other rounds share that key (`told_in`: where they are all told) and a valuation's
    sentence tells one of them ("raised $40M in a Series B at a $400M valuation. It previously
    raised a $15M Series A"): that valuation is of the round its sentence tells, not of the others. The value of
    a raise its source tells as not made yet with no sum of its own (`metrics.unmade`: "is also seeking to raise
    new funding at a valuation of up to $4 billion") values no round made beside it."""
    if round_.status not in NOT_RAISED_YET:
        stated = [valuation for valuation in stated if valuation.unmade is None]
    if not told_in:
        return stated
    own = {(e.source_id, e.sentence) for e in round_.evidence}
    return [valuation for valuation in stated if valuation.said not in told_in or valuation.said in own]


def round_valuation(db: Database, round_id: int) -> RecordRef | None:
    """The valuation record the round's page shows beside it (`Round.valuation_id`), the round read
    with its source's other visible rounds of the company, as the page reads them (`_valuation_key`
    refuses a nearby date another of them fits); None when it shows none."""
    rows = db.execute(
        """SELECT r.id FROM rounds r JOIN rounds o ON o.company_id = r.company_id AND o.source_id = r.source_id
           WHERE o.id = ? AND (r.review_status != 'rejected' OR r.id = o.id)""",
        [round_id],
    ).fetchall()
    refs = [RecordRef(record_type="round", record_id=row[0]) for row in rows]
    for record in records_for(db, refs, rejected=True):
        if record.id == round_id and record.valuation_id is not None:  # type: ignore[union-attr]
            return RecordRef(record_type="metric", record_id=record.valuation_id)  # type: ignore[union-attr]
    return None


def _told_by(db: Database, record_type: str, ids: list[int]) -> dict[int, tuple]:
    """Who told each record: its source, and the source its first evidence cites (a deal file's row
    citing an article, an export's row the source its record was read from; None: the source itself).
    An export's records are all of one file, though each source told its own."""
    told: dict[int, tuple] = {}
    marks, values = _in(ids)
    rows = db.execute(
        f"""SELECT e.record_id, e.source_id, coalesce(e.cited_url, e.cited_title) FROM evidence e
            WHERE e.record_type = ? AND e.record_id IN ({marks}) ORDER BY e.id""",
        [record_type, *values],
    )
    for record_id, source_id, cited in rows:
        told.setdefault(record_id, (source_id, cited))
    return told


def _valuation_key(
    round_: Round, rounds: list[Round], dates: dict[tuple, list[str]], told_by: dict[int, tuple]
) -> tuple:
    """The (company, source, date) of the valuation the round's source stated with it: of its own
    date, else of the one date that holds it or that it holds ("2019-09" for a round made
    "2019-09-30" by hand), when no other round of that source is of such a date. A source is who
    told it (`_told_by`): an export's round of a deal file is not valued by the article's valuation
    beside it in that export."""

    def teller(record: Round) -> tuple:
        return told_by.get(record.id, (record.source_id, None))

    source = (round_.company_id, teller(round_))
    stated = dates.get(source, ())
    if not round_.date or round_.date in stated:
        return (*source, round_.date)
    near = [date for date in stated if dates_nest(date, round_.date)]
    if len(near) != 1 or any(
        other.id != round_.id
        and (other.company_id, teller(other)) == source
        and dates_nest(other.date, near[0])
        for other in rounds
    ):
        return (*source, round_.date)
    return (*source, near[0])


class StatedValuation(NamedTuple):
    """A visible valuation as a round's page may show it beside the round (`_stated_valuations`, `_valuing`)."""

    metric_id: int
    value: float | None
    currency: str | None
    basis: str | None
    bound: str | None
    review_status: str
    unmade: str | None
    """`metrics.unmade`: "in_talks" or "planned" for the value of a raise not made yet, which values no round made."""
    said: tuple
    """(source, sentence) where its source says it: which of the rounds sharing its date it values."""


def _stated_valuations(db: Database, company_ids: set[int]) -> dict[tuple, list[StatedValuation]]:
    """Visible valuations of these companies by (company, source, date), in the order recorded; the
    source as who told it (`_told_by`: the source, and the one its first evidence cites)."""
    marks, values = _in(company_ids)
    stated: dict[tuple, list[StatedValuation]] = defaultdict(list)
    rows = db.execute(
        # Its first evidence row, found once and joined (not one subquery per column read of it).
        f"""SELECT m.id, m.company_id, m.source_id, m.date, m.value, m.currency, m.basis, m.bound,
                   m.review_status, m.unmade, coalesce(e.cited_url, e.cited_title), e.sentence
            FROM metrics m
            LEFT JOIN evidence e ON e.id = (SELECT min(f.id) FROM evidence f
                                           WHERE f.record_type = 'metric' AND f.record_id = m.id)
            WHERE m.metric = 'valuation' AND m.company_id IN ({marks}) AND m.{VISIBLE} ORDER BY m.id""",
        values,
    )
    for (
        metric_id,
        company_id,
        source_id,
        date,
        value,
        currency,
        basis,
        bound,
        status,
        unmade,
        cited,
        sentence,
    ) in rows:
        # Where its source says it, (source, sentence): which round it values (`_valuing`). The words,
        # not the offset: an export's rows, imported, each start at 0 of their own line.
        said = (source_id, sentence)
        stated[(company_id, (source_id, cited), date)].append(
            StatedValuation(metric_id, value, currency, basis, bound, status, unmade, said)
        )
    return stated


def _attach_tranches(
    db: Database, records: list[Stake] | list[Round], table: str = "stake_tranches", key: str = "stake_id"
) -> None:
    """Each stake's (or, from `round_tranches`, each round's) instalments, in order."""
    by_id = {record.id: record for record in records}
    for chunk in in_chunks(list(by_id)):
        marks, values = _in(chunk)
        for row in db.query(f"SELECT * FROM {table} WHERE {key} IN ({marks}) ORDER BY seq", values):
            by_id[row[key]].tranches.append(Tranche.model_validate(row))


def merged_into(db: Database, company_id: int) -> int:
    """The company `company_id` now lives on as: itself, or the one a standing merge moved it into."""
    seen = {company_id}
    while True:
        row = db.execute(
            "SELECT kept_id FROM merges WHERE merged_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
            [company_id],
        ).fetchone()
        if row is None or row[0] in seen:
            return company_id
        company_id = row[0]
        seen.add(company_id)


def company_gone(db: Database, company_id: int) -> CompanyGone:
    """What became of a company no longer in the database, in words (never its id): merged into
    another (`kept_id`: its page is that one's now), removed with what removed it (`removed_companies`;
    `kept_id` the company of its name made since, when its source's earlier version was imported
    again), or, with no trace of it (a database older than that table), that it is gone."""
    merged = db.execute(
        "SELECT merged_name FROM merges WHERE merged_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
        [company_id],
    ).fetchone()
    kept_id = merged_into(db, company_id)
    kept = db.execute("SELECT name FROM companies WHERE id = ?", [kept_id]).fetchone()
    if merged is not None and kept is not None and kept_id != company_id:
        return CompanyGone(f"{merged[0]} was merged into {kept[0]}", merged[0], kept_id, kept[0])
    removed = None
    if "removed_companies" in db.table_names():  # a read-only database of an older ai-deals lacks it
        removed = db.execute(
            "SELECT name, reason FROM removed_companies WHERE company_id = ?", [kept_id]
        ).fetchone()
    name = merged[0] if merged is not None else removed[0] if removed is not None else None
    if removed is None:
        return CompanyGone(f"{name or 'That company'} is no longer in the database", name)
    if merged is not None:
        return CompanyGone(
            f"{name} was merged into {removed[0]}, which is no longer in the database: {removed[1]}", name
        )
    again = db.execute(  # the version that named it imported again since: a company of the name anew
        "SELECT id, name FROM companies WHERE normalized = ? ORDER BY id LIMIT 1",
        [normalize_name(removed[0])],
    ).fetchone()
    if again is not None:
        reason = removed[1].replace("no longer names it", "no longer named it")
        return CompanyGone(f"{name} was removed ({reason}) and is in the database again", name, *again)
    return CompanyGone(f"{name} is no longer in the database: {removed[1]}", name)


def removed_company(db: Database, name: str) -> CompanyGone | None:
    """What became of the company last removed under `name` (`company_gone`), if one was."""
    if "removed_companies" not in db.table_names():
        return None
    row = db.execute(
        "SELECT company_id FROM removed_companies WHERE lower(name) = lower(?) ORDER BY removed_at DESC, rowid DESC",
        [name.strip()],
    ).fetchone()
    return company_gone(db, row[0]) if row is not None else None


def get_company(db: Database, company_id: int) -> Company:
    rows = list(
        db.query(
            """SELECT c.*, i.kind AS investor_kind, i.id IS NOT NULL AS is_investor FROM companies c
               LEFT JOIN investors i ON i.company_id = c.id WHERE c.id = ?""",
            [company_id],
        )
    )
    if not rows:
        raise company_gone(db, company_id)
    row = rows[0]
    row["is_investor"] = bool(row["is_investor"])
    row["aliases"] = [
        r["alias"]
        for r in db.query("SELECT alias FROM aliases WHERE company_id = ? ORDER BY id", [company_id])
        if r["alias"] != row["name"]
    ]
    return Company.model_validate(row)


# A page's lists: record type, and the clause on the type's alias naming the company (`:c`) or,
# for what it did as an investor, its investors row (`:i`).
_PAGE_LISTS = {
    "rounds": ("round", "r.company_id = :c"),
    "investors": ("stake", "s.company_id = :c"),
    "portfolio": ("stake", "s.investor_id = :i"),
    "rounds_joined": ("round", "r.id IN (SELECT round_id FROM round_investors WHERE investor_id = :i)"),
    "partnerships": ("partnership", "p.company_id = :c OR p.partner_id = :c"),
    "metrics": ("metric", "m.company_id = :c"),
    "statements": ("statement", "st.company_id = :c OR st.counterpart_id = :c"),
    "acquisitions": ("acquisition", "a.company_id = :c OR a.acquirer_id = :c"),
}


def company_page(
    db: Database, company_id: int, *, first: int | None = None, with_co_investors: bool = False
) -> CompanyPage:
    """Everything known about one company, each list in date order; a company merged into another
    gives the page of the one it was merged into (a list or a back step may still hold its id).

    With `first`, only the first `first` records of each list, and no sources or conflicts: what
    the top of the page shows, read in milliseconds where the whole page of an investor in 15,000
    rounds takes a second (`CompanyPage.cut` names the lists that have more). `with_co_investors`: its
    co-investors too (store/coinvestors.py), for a page shown (the explorer, `show`), not an export's."""
    company = get_company(db, merged_into(db, company_id))
    company_id = company.id
    investor = db.execute("SELECT id FROM investors WHERE company_id = ? LIMIT 1", [company_id]).fetchone()
    names = {"c": company_id, "i": investor[0] if investor else None}
    page = CompanyPage(company=company)
    for field, (record_type, where) in _PAGE_LISTS.items():
        if ":i" in where and investor is None:
            continue
        records = fetch_records(db, record_type, where, names, limit=None if first is None else first + 1)
        if record_type == "acquisition":  # merging an acquirer with what it bought: no company buys itself
            records = [a for a in records if a.company_id != a.acquirer_id]
        records.sort(key=_date_key)
        if first is not None and len(records) > first:
            records = records[:first]
            page.cut.append(field)
        setattr(page, field, records)
    if first is None:
        page.sources = company_sources(db, company_id)
    counts = db.execute(
        f"""SELECT ({INVESTOR_COUNT_SQL}), ({BACKED_COUNT_SQL})
            FROM companies c LEFT JOIN investors i ON i.company_id = c.id WHERE c.id = ?""",
        [company_id],
    ).fetchone()
    page.investor_count, page.backed_count = counts
    from .conflicts import (  # local: conflicts imports this module
        find_conflicts,
        fold_corrected_metrics,
        oversubscribed_rounds,
        raise_conflicts,
        rounds_told_over_days,
    )

    # A raise several sources tell is one round to read, on the company's page and on its investors'
    # (same_raise.py has the rule); a source's round telling an investor's part of a raise is no rival
    # figure for it, so the conflicts, which compare each source's record, leave it out.
    raises = group_raises(page.rounds)
    page.metrics, corrected = fold_corrected_metrics(page.metrics)
    # A figure several sources state alike (the same valuation in a French and an English story) is
    # one figure with its sources (same_metric.py); figures that differ stay apart, for the conflicts.
    page.metrics = fold_metrics(page.metrics)
    if first is None:  # conflicts compare every record: none are told from the first rows
        parts = {part.id for members in raises for part in raise_parts(members)}
        spread = rounds_told_over_days(raises, parts)
        retracted = {account.id for members in raises for account in withdrawn_accounts(members)}
        page.conflicts = (
            find_conflicts(page, parts, spread, retracted) + corrected + raise_conflicts(raises, parts)
        )
    # Likewise a stake several sources tell is one stake (same_stake.py), its round read as the
    # page reads rounds: two sources' records of one raise are one round.
    rejected = _rejected_stakes(db, "s.company_id = :c", names)
    page.investors, totals = page_money(db, raises, page.investors, rejected)
    page.raised, page.raised_conditional, page.raised_ceiling = totals
    joined = _joined_raises(db, page.rounds_joined)
    rejected = _rejected_stakes(db, "s.investor_id = :i", names) if investor is not None else []
    page.portfolio = fold_stakes(
        page.portfolio, _raise_keys(db, [*page.portfolio, *rejected], joined), rejected
    )
    # A call-off marking a round of its one investor, and no stake (folded into one it marks), is told by
    # the round: no stake of its own.
    page.investors = told_by_rounds(page.investors, page.rounds)
    page.portfolio = told_by_rounds(page.portfolio, page.rounds_joined)
    folded = [fold(members) for members in raises]
    # Undated rounds placed by their stage among the dated ones, as `show` and the page list them.
    page.rounds = in_stage_order([one_investor_each(round_) for round_ in folded])
    if first is None:  # the stakes of a round, all of them, compared with its amount
        page.conflicts += oversubscribed_rounds(page.rounds, page.investors)
    if first is None:  # an investor named only by a short form of another's full name is that one
        page.investor_count -= len(spellings_not_counted(folded, page.investors, shown=page.rounds))
    page.rounds_joined = [fold(members) for members in joined]
    for round_ in page.rounds_joined:  # a source's other spelling of this investor names it too
        round_.spellings_shown = investors_shown_as(round_)
    if first is None and with_co_investors:  # who shares its deals, read as the page lists them
        page.co_investors = co_investors(deals_of(db, company_id, page.rounds_joined, page.portfolio))
    if first is None:
        page.sources = _with_spellings_sources(db, page.sources, page.rounds_joined, company_id)
    # A partnership several sources tell is one partnership (same_partnership.py); what they state
    # differently (an end date, a value) is a conflict, as a raise's rival figures are.
    page.partnerships = fold_partnerships(page.partnerships)
    mark_renewals(page.partnerships)  # a partnership a later one renews reads renewed, not lapsed
    if first is None:
        page.conflicts += partnership_conflicts(page.partnerships)
    return page


def page_money(
    db: Database, raises: list[list[Round]], stakes: list[Stake], rejected: list[Stake]
) -> tuple[list[Stake], MoneyTotals]:
    """A company's stakes as its page lists them and its money raised, promised on a condition and
    committed only up to a ceiling (money_raised.money_totals), from its raises (same_raise.group_raises
    of its rounds in a page's order), its visible stakes and its rejected ones. The one rule for the page's header and a search
    hit's summary: a stake is read as the page reads it (a short investor name as the raise's full
    one, one stake several sources tell folded with its tranches and round) before it is counted."""
    folded = page_stakes(db, raises, stakes, rejected)
    return folded, money_totals(raises, folded)


def spellings_not_counted(
    folded: list[Round], stakes: list[Stake], shown: list[Round] | None = None
) -> set[int]:
    """The investors a company's page counts no more (its `investor_count`, a search hit's "3
    investors"): named in its raises (`folded`: each `same_raise.fold`ed) only by a short form of
    another investor's full name, or the full name beside its short form, that the raise's row lists
    under the other spelling (`one_investor_each`), and holding no stake of their own (`stakes`, as
    the page lists them). `shown`: those rows, in any order, when the caller has them already (the
    page does); else read here."""
    if shown is None:
        shown = [one_investor_each(round_) for round_ in folded]
    return short_names_folded(shown, folded) - {stake.investor_company_id for stake in stakes}


def spelling_shown_for(db: Database, company_id: int) -> int | None:
    """The investor whose spelling the page of every raise `company_id` joined lists for it
    (`same_raise.investors_shown_as`: "Quill Capital" for "Quill Capital Partners", a source's
    other spelling of the same fund), when it is known for nothing else (no record of its own but
    those rounds joined): what the search list shows for it. None otherwise, or when its raises list
    it under different spellings. Most investors are listed as themselves in the first raise read."""
    # One indexed look-up first: an investor with a record of its own is listed as itself, whatever
    # its raises' pages call it, so their rounds need not be read.
    if _has_records_of_its_own(db, company_id):
        return None
    joined = f"""SELECT DISTINCT r.company_id FROM round_investors ri JOIN investors i ON i.id = ri.investor_id
                 JOIN rounds r ON r.id = ri.round_id WHERE i.company_id = ? AND r.{VISIBLE}"""
    shown: set[int] = set()
    for (investee,) in db.execute(joined, [company_id]):  # lazily: most stop at their first raise
        rounds = page_ordered(fetch_records(db, "round", "r.company_id = ?", [investee]))
        for members in group_raises(rounds):
            if any(company_id in member.investor_company_ids for member in members):
                shown.add(investors_shown_as(fold(members)).get(company_id, company_id))
            if company_id in shown or len(shown) > 1:  # listed as itself once: an investor of its own
                return None
    return shown.pop() if shown else None


def _has_records_of_its_own(db: Database, company_id: int) -> bool:
    """Whether the company takes part in a visible record other than the rounds it joined."""
    others = " UNION ALL ".join(
        f"SELECT 1 FROM {table} WHERE {VISIBLE} AND {party_where(table)}"
        for table in _PARTIES
        if table != "rounds"
    )
    owned = f"SELECT 1 FROM rounds WHERE {VISIBLE} AND company_id = :c UNION ALL {others} LIMIT 1"
    return db.execute(owned, {"c": company_id}).fetchone() is not None


def page_stakes(
    db: Database, raises: list[list[Round]], stakes: list[Stake], rejected: list[Stake]
) -> list[Stake]:
    """A company's stakes as its page lists them, those money raised counts from (`page_money`): a
    short investor name read as the raise's full one, one stake several sources tell folded with its
    tranches and round."""
    if not stakes:  # a rejected stake only takes away a visible one it tells (`fold_stakes`)
        return []
    stakes = short_names_as_full(stakes, raises)
    rejected = short_names_as_full(rejected, raises)
    return fold_stakes(stakes, _raise_keys(db, [*stakes, *rejected], raises), rejected)


def _rejected_stakes(db: Database, where: str, names: dict) -> list[Stake]:
    """The stakes a person rejected among those `where` selects: a stake the page folds with one of
    them is the stake rejected (same_stake.fold_stakes)."""
    return fetch_records(db, "stake", f"{where} AND s.review_status = 'rejected'", names, rejected=True)


def _with_spellings_sources(
    db: Database, sources: list[SourceSummary], joined: list[Round], company_id: int
) -> list[SourceSummary]:
    """`sources` of an investor's page with those of its other spellings its raises list as it and known
    for nothing else (`spelling_shown_for`: "Quill Capital", TechCrunch's, listed as "Quill Capital
    Partners"): the page's sources are those its raises count."""
    others = {
        other for round_ in joined for other, shown in round_.spellings_shown.items() if shown == company_id
    }
    others = {other for other in others if spelling_shown_for(db, other) == company_id}
    if not others:
        return sources
    for other in sorted(others):
        sources = [*sources, *company_sources(db, other)]
    return sorted(_distinct_sources(sorted(sources, key=_page_order)), key=_page_order)


def _joined_raises(db: Database, joined: list[Round]) -> list[list[Round]]:
    """The raises of the rounds an investor joined, each with every source's record of it, as its
    company's page groups them: a source that does not name this investor (an article naming the
    lead only, where a deal file's row names every investor) still tells the raise, its figures and
    its sources, so the investor's page counts the raise's sources as the company's page does.

    Only the rounds of those companies in the same currency and amount band (5% wide, the loosest
    rule's) as a joined round are read whole; a raise none of whose records names the investor is
    not listed."""
    bands = {
        (round_.company_id, round_.currency, band + step)
        for round_ in joined
        if round_.amount and round_.amount > 0 and round_.currency and day_span(round_.date)
        for band in [amount_band(round_.amount)]
        for step in (-1, 0, 1)
    }
    if not bands:
        return group_raises(joined)
    ids = {round_.id for round_ in joined}
    others: list[int] = []
    for chunk in in_chunks(sorted({company_id for company_id, _, _ in bands})):
        marks, values = _in(chunk)
        rows = db.execute(
            f"""SELECT id, company_id, currency, amount FROM rounds r WHERE company_id IN ({marks})
                AND amount > 0 AND date IS NOT NULL AND r.{VISIBLE}""",
            values,
        )
        others += [
            id_
            for id_, company_id, currency, amount in rows
            if id_ not in ids and (company_id, currency, amount_band(amount)) in bands
        ]
    if not others:
        return group_raises(joined)
    read = records_for(db, [RecordRef(record_type="round", record_id=id_) for id_ in others])
    return [
        members
        for members in group_raises([*joined, *(r for r in read if isinstance(r, Round))])
        if any(round_.id in ids for round_ in members)
    ]


def _raise_keys(db: Database, stakes: list[Stake], raises: list[list[Round]]) -> dict[int, int]:
    """The raise of each round `stakes` were taken in (its first round's id), read from `raises`.

    A round they do not hold (an investor not named in the round it put money in; the first rows of
    a page) is read and grouped with the rounds of the stakes it may fold with. Only stakes that may
    tell one stake (same investor and company, several of them) are looked at."""
    keys = {round_.id: members[0].id for members in raises for round_ in members}
    if len(stakes) < 2:  # one stake folds with none
        return keys
    pairs = Counter((stake.company_id, stake.investor_company_id) for stake in stakes)
    candidates = [
        stake.round_id
        for stake in stakes
        if stake.round_id is not None and pairs[(stake.company_id, stake.investor_company_id)] > 1
    ]
    missing = sorted({round_id for round_id in candidates if round_id not in keys})
    if not missing:
        return keys
    known = {round_.id: round_ for members in raises for round_ in members}
    rounds = {id_: known[id_] for id_ in candidates if id_ in known}
    read = records_for(db, [RecordRef(record_type="round", record_id=id_) for id_ in missing])
    rounds |= {round_.id: round_ for round_ in read if isinstance(round_, Round)}
    for members in group_raises(list(rounds.values())):
        key = next((keys[round_.id] for round_ in members if round_.id in keys), members[0].id)
        keys |= {round_.id: key for round_ in members if round_.id not in keys}
    return keys


def _date_key(record: Record) -> tuple[str, int]:
    """A page's order, the timeline's (`event_order`): a projection "for 2018" follows 2018-03.
    Only attributes the record has: getattr() with a default makes pydantic raise and catch an
    error for each missing one (a stake's `since`), which a timeline's 100k stakes felt."""
    date = getattr(record, DATE_COLUMN.get(record.record_type, "date")) or ""
    if date and isinstance(record, Metric) and record.is_projection:
        date += "~"
    return (date, record.id)


def company_sources(db: Database, company_id: int) -> list[SourceSummary]:
    """Every source with a record in which the company takes part, on either side.

    A deal file's rows are cited to the sources they name: the file gives way to each of those
    (`read_from` the file), and stays for its rows that name none.
    """
    sources = []
    for source in _company_documents(db, company_id):
        sources += _cited_sources(db, source, company_id) if source.kind == "dataset" else [source]
    sources.sort(key=_page_order)
    # Again once folded: a deal file's row citing only a URL (undated, listed first) that gives way to
    # the article at that URL takes the article's date, and its place must be that date's.
    return sorted(_distinct_sources(sources), key=_page_order)


def _page_order(source: SourceSummary) -> tuple:
    """A page's order of its sources: by date, then by title and URL, which every copy of a source
    shares (an article, and an export's rows citing it imported into another database, where the
    export is one document), so that two sources of one day are listed in the same order there; the
    document last (a deal file's rows citing no source)."""
    return (source.published or "", source.title.casefold(), source.url or "", source.id)


def _distinct_sources(sources: list[SourceSummary]) -> list[SourceSummary]:
    """One entry per source, by the rule that counts a round's sources (`SourceSummary.identity`):
    an article and the deal file rows citing its URL, or two files' rows citing one URL (a corrected
    copy of a file), are listed once, the article itself first choice (it opens on its text), with
    the facts of all of them."""
    found: dict[tuple, SourceSummary] = {}
    for source in sources:
        key = source.identity
        held = found.get(key)
        if held is None:
            found[key] = source
            continue
        count = held.fact_count + source.fact_count
        keep = source if held.read_from is not None and source.read_from is None else held
        update: dict[str, object] = {"fact_count": count}
        if keep.read_from is not None:  # "from deals.csv, slice.csv": each file its facts were read from
            update["read_from"] = _both_files(held.read_from, source.read_from)
            if update["read_from"] != keep.read_from:  # a line of one of them names no row of the other
                update["line"] = None
        else:  # the document: its own facts (alike on every page), then the files' rows citing it
            cited = held if keep is source else source
            update["cited_fact_count"] = (
                keep.cited_fact_count
                + cited.cited_fact_count
                + (cited.fact_count if cited.read_from is not None else 0)
            )
            update["cited_in"] = _both_files(_both_files(keep.cited_in, cited.cited_in), cited.read_from)
        found[key] = keep.model_copy(update=update)
    return list(found.values())


def _both_files(held: str | None, other: str | None) -> str | None:
    """The data files a source's facts were read from, as `read_from` names them, each once."""
    names = [name for part in (held, other) if part for name in part.split(", ")]
    return ", ".join(dict.fromkeys(names)) or None


# The records a company takes part in, per table: columns naming it, or a clause on `:c`.
_PARTIES = {
    "rounds": [
        "company_id",
        """id IN (SELECT ri.round_id FROM round_investors ri JOIN investors i ON i.id = ri.investor_id
            WHERE i.company_id = :c)""",
    ],
    "stakes": ["company_id", "investor_id IN (SELECT id FROM investors WHERE company_id = :c)"],
    "partnerships": ["company_id", "partner_id"],
    "metrics": ["company_id"],
    "statements": ["company_id", "counterpart_id"],
    "acquisitions": ["company_id", "acquirer_id"],
}


def _party_clause(column: str, alias: str = "") -> str:
    """One way for a record of the table aliased `alias` to name company `:c`."""
    prefix = f"{alias}." if alias else ""
    return prefix + (column if " " in column else column + " = :c")


def party_where(table: str, alias: str = "") -> str:
    """Records of `table` (aliased `alias`) in which company `:c` takes part, on either side: the
    records of its page, its sources and its timeline (an investor's rounds joined included)."""
    return "(" + " OR ".join(_party_clause(column, alias) for column in _PARTIES[table]) + ")"


def _own_rows_lines(
    db: Database, records: str, source_id: int, company_id: int
) -> tuple[int | None, int | None]:
    """The first and the last line of a deal file's rows about the company citing no source. Its own
    query: a second min() beside `_cited_sources`'s min(e.id) would stop SQLite from taking that
    query's other columns from the first row."""
    first, last = db.execute(
        f"""SELECT min(e.line), max(e.line)
            FROM ({records}) r JOIN evidence e ON e.record_type = r.record_type AND e.record_id = r.id
            WHERE +e.source_id = :s
              AND coalesce(e.cited_title, '') || coalesce(e.cited_publisher, '') || coalesce(e.cited_date, '')
                  || coalesce(e.cited_url, '') = ''""",
        {"s": source_id, "c": company_id},
    ).fetchone()
    return first, last


def _cited_sources(db: Database, deal_file: SourceSummary, company_id: int) -> list[SourceSummary]:
    """The sources a deal file's rows about the company cite, each with its first record to open;
    the file itself for rows that cite none. Fact counts are the company's facts: its records, as
    the import counts them (a round told in three rows, one investor each, is one fact).

    The evidence is looked up from the company's records (`+` keeps SQLite off the evidence's
    source index): going through every row of a 108k-row file took 0.06 s for a company in two of
    them, 0.2 s for an investor in 15,000."""
    records = " UNION ALL ".join(
        f"SELECT '{record_type}' AS record_type, id FROM {table} WHERE source_id = :s AND {party_where(table)}"
        for record_type, table in RECORD_TABLES.items()
    )
    rows = db.query(
        f"""SELECT min(e.id), e.record_type, e.record_id,
                   count(DISTINCT e.record_type || ':' || e.record_id) AS fact_count,
                   e.cited_title, e.cited_publisher, e.cited_date, e.cited_url, e.line,
                   {_KNOWN_TITLE} AS known_title
            FROM ({records}) r JOIN evidence e ON e.record_type = r.record_type AND e.record_id = r.id
            WHERE +e.source_id = :s
            GROUP BY e.cited_title, e.cited_publisher, e.cited_date, e.cited_url ORDER BY min(e.id)""",
        {"s": deal_file.id, "c": company_id},
    )
    found = []
    for row in rows:  # min(e.id) makes SQLite take the other columns from that first evidence row
        focus = RecordRef(record_type=row["record_type"], record_id=row["record_id"])
        cited = (row["cited_title"], row["cited_publisher"], row["cited_date"], row["cited_url"])
        if not any(cited):  # the company's rows of the file citing no source, not all the file's
            first_line, last_line = _own_rows_lines(db, records, deal_file.id, company_id)
            update = {
                "focus": focus,
                "fact_count": row["fact_count"],
                "line": row["line"],
                "first_line": first_line,
                "last_line": last_line,
            }
            found.append(deal_file.model_copy(update=update))
            continue
        title, publisher, published, url = cited
        found.append(
            deal_file.model_copy(
                update={
                    # a row giving only a URL is titled as the article imported from it, as its
                    # records' evidence is (CITED_SOURCE_SQL), not by the bare URL (qa51)
                    "title": cited_title(title or row["known_title"], url) or deal_file.title,
                    "publisher": publisher,
                    "published": published,
                    "url": url,
                    "language": None,
                    "fact_count": row["fact_count"],
                    "read_from": deal_file.title,
                    "focus": focus,
                    "line": row["line"],
                }
            )
        )
    return found or [deal_file]


def _company_documents(db: Database, company_id: int) -> list[SourceSummary]:
    """Every imported document with a record in which the company takes part, on either side."""
    clauses = " UNION ".join(
        f"SELECT source_id FROM {table} WHERE {_party_clause(column)}"
        for table, columns in _PARTIES.items()
        for column in columns
    )
    rows = db.query(
        f"""SELECT {SOURCE_SUMMARY_COLUMNS}
            FROM sources s WHERE s.id IN ({clauses}) ORDER BY s.published, s.id""",
        {"c": company_id},
    )
    return [SourceSummary.model_validate(row) for row in rows]


def list_sources(db: Database) -> list[SourceSummary]:
    rows = db.query(f"SELECT {SOURCE_SUMMARY_COLUMNS} FROM sources s ORDER BY s.published, s.id")
    return [SourceSummary.model_validate(row) for row in rows]


def get_source(
    db: Database, source_id: int, focus: RecordRef | None = None, skip: int = 0, after: int | None = None
) -> Source:
    """A source with its facts' spans; a deal file's as its header and `focus`'s rows after the
    first `skip`, the last of which is the row `after` (`_deal_file_source`)."""
    rows = list(
        db.query(
            f"SELECT s.*, {FACT_COUNT_SQL} FROM sources s WHERE s.id = ?",
            [source_id],
        )
    )
    if not rows:
        raise StoreError(f"no source with id {source_id}")
    source = Source.model_validate(rows[0])
    if source.kind == "dataset":
        return _deal_file_source(db, source, focus, skip, after)
    # One query for every span, joined to each record table for its review status.
    visible = " UNION ALL ".join(
        f"SELECT '{record_type}' AS record_type, id, review_status FROM {table} WHERE source_id = :s AND {VISIBLE}"
        for record_type, table in RECORD_TABLES.items()
    )
    spans = db.query(
        f"""SELECT e.record_type, e.record_id, e.start, e."end", e.fact_kind AS label, v.review_status
            FROM evidence e JOIN ({visible}) v ON v.record_type = e.record_type AND v.id = e.record_id
            WHERE e.source_id = :s ORDER BY e.start, e.id""",
        {"s": source_id},
    )
    source.spans = [_span(db, row) for row in spans]
    return source


def _span(db: Database, row: dict, said: str = "the sentence says") -> SourceSpan:
    """A fact's span; an edited fact's label says what the edit changed beside what the source states
    (the highlighted words still say "$35mn" when a person corrected it to $36M)."""
    span = SourceSpan.model_validate(row)
    if row.get("review_status") == "edited":
        note = edit_note(db, RecordRef(record_type=span.record_type, record_id=span.record_id), said)
        span.label = f"{span.label} · {note}" if note else f"{span.label} · edited"
    return span


# A round grouped from many rows (one investor each) is shown this many rows at a time: the source
# view asks for the next ones (`skip`) as they are reached. (A million-row round's every span at once
# would be a million objects.)
FOCUS_ROWS_PAGE = 1000


def _deal_file_source(
    db: Database, source: Source, focus: RecordRef | None, skip: int = 0, after: int | None = None
) -> Source:
    """A deal file as its header line then the focused record's rows, each row a span: `FOCUS_ROWS_PAGE`
    of them from the first, or (a later page, without the header) those after the `skip` rows shown,
    the last of which is the evidence row `after` (`Source.last_row_id`); `row_count` saying how
    many it has in all.

    A later page starts after a row, not at a count of rows: an OFFSET walks every earlier row again,
    so reading a million-row round page by page was quadratic. The rows keep their order by id, the
    index `evidence_source_record` (its entries ordered by rowid within a record) reading a page alone.

    An ai-deals export's rows keep the evidence their records were first read from (an article's
    sentence: see `exported.evidence_text`), which the export's header does not describe: it is left out.
    """
    if focus is None:
        return source
    where = "source_id = ? AND record_type = ? AND record_id = ?"
    keys = [source.id, focus.record_type, focus.record_id]
    source.row_count = db.execute(f"SELECT count(*) FROM evidence WHERE {where}", keys).fetchone()[0]
    source.rows_skipped = skip
    rows = db.execute(
        f"""SELECT id, sentence, fact_kind, line, cited_title, cited_publisher, cited_date, cited_url
            FROM evidence WHERE {where} AND id > ? ORDER BY id LIMIT ?""",
        [*keys, -1 if after is None else after, FOCUS_ROWS_PAGE],
    ).fetchall()
    if rows:
        source.last_row_id = rows[-1][0]
    # One note for every row of the record (a round read from many rows is one edit).
    export = is_export(source.text.split(","))
    note = edit_note(db, focus, "the sentence says" if export else "the row says")
    edited = f" · {note}" if note else ""
    lines = [] if export or skip else [source.text]
    start = len(lines[0]) + 1 if lines else 0
    for _, row_text, label, line, *cited in rows:
        sentence = original_evidence(row_text)  # an export's row an earlier version kept whole
        lines.append(sentence)
        span = SourceSpan(
            record_type=focus.record_type,
            record_id=focus.record_id,
            start=start,
            end=start + len(sentence),
            label=label + edited,
            line=line,
        )
        source.spans.append(span)
        start += len(sentence) + 1
        if source.citation is None and any(cited):
            title, publisher, published, url = cited
            source.citation = Citation(
                title=cited_title(title, url), publisher=publisher, published=published, url=url
            )
    source.text = "\n".join(lines)
    return source


def records_for(
    db: Database, refs: Iterable[RecordRef], *, rejected: bool = False, exported: bool = False
) -> list[Record]:
    """The records named by `refs`, in the order given; unknown ones are skipped, and rejected ones
    unless `rejected` (review lets a person go back on a rejection). `exported`: read for `to_export`."""
    wanted: dict[str, list[int]] = defaultdict(list)
    refs = list(refs)
    for ref in refs:
        wanted[ref.record_type].append(ref.record_id)
    found: dict[RecordRef, Record] = {}
    for record_type, ids in wanted.items():
        alias = TABLE_ALIAS[record_type]
        for chunk in in_chunks(ids):
            marks, values = _in(chunk)
            for record in fetch_records(
                db, record_type, f"{alias}.id IN ({marks})", values, rejected=rejected, exported=exported
            ):
                found[record.ref] = record
    return [found[ref] for ref in refs if ref in found]


def source_refs(db: Database, source_id: int) -> list[RecordRef]:
    """The visible records a source states, table by table, by id."""
    refs: list[RecordRef] = []
    for record_type, table in RECORD_TABLES.items():
        rows = db.query(f"SELECT id FROM {table} WHERE source_id = ? AND {VISIBLE} ORDER BY id", [source_id])
        refs.extend(RecordRef(record_type=record_type, record_id=row["id"]) for row in rows)
    return refs


def existing_refs(db: Database, refs: Iterable[RecordRef]) -> set[RecordRef]:
    """Which of `refs` still name a record (re-importing a corrected source replaces its records)."""
    return set(review_statuses(db, refs))


def company_ids_of(db: Database, refs: Iterable[RecordRef]) -> set[int]:
    """The companies `refs` are about (each record's `company_id`)."""
    wanted: dict[str, list[int]] = defaultdict(list)
    for ref in refs:
        wanted[ref.record_type].append(ref.record_id)
    found: set[int] = set()
    for record_type, ids in wanted.items():
        for chunk in in_chunks(ids):
            marks, values = _in(chunk)
            sql = f"SELECT DISTINCT company_id FROM {RECORD_TABLES[record_type]} WHERE id IN ({marks})"
            found.update(company_id for (company_id,) in db.execute(sql, values))
    return found


def visible_ids_of(db: Database, record_type: str, company_ids: list[int]) -> list[int]:
    """The ids of the visible records of `record_type` about these companies (their `company_id`)."""
    marks, values = _in(company_ids)
    sql = f"SELECT id FROM {RECORD_TABLES[record_type]} WHERE company_id IN ({marks}) AND {VISIBLE}"
    return [id_ for (id_,) in db.execute(sql, values)]


def review_statuses(db: Database, refs: Iterable[RecordRef]) -> dict[RecordRef, str]:
    """The review status of each of `refs` that still names a record; a rejected one is not exported."""
    wanted: dict[str, list[int]] = defaultdict(list)
    for ref in refs:
        wanted[ref.record_type].append(ref.record_id)
    found: dict[RecordRef, str] = {}
    for record_type, ids in wanted.items():
        for chunk in in_chunks(ids):
            marks, values = _in(chunk)
            rows = db.query(
                f"SELECT id, review_status FROM {RECORD_TABLES[record_type]} WHERE id IN ({marks})", values
            )
            for row in rows:
                found[RecordRef(record_type=record_type, record_id=row["id"])] = row["review_status"]
    return found


def visible_refs_after(db: Database, record_type: str, after: int, limit: int) -> list[RecordRef]:
    """The next `limit` visible records of `record_type` after id `after`, in id order: every record
    a batch at a time, so a million never sit in memory at once (708 MB for a whole export)."""
    rows = db.execute(
        f"SELECT id FROM {RECORD_TABLES[record_type]} WHERE {VISIBLE} AND id > ? ORDER BY id LIMIT ?",
        [after, limit],
    )
    return [RecordRef(record_type=record_type, record_id=id_) for (id_,) in rows]


ExportPlace = tuple[bool, str, str, int]
"""Where a record goes in an export: undated last; then as the timeline lists them (`TimelineEvent
.order`), by date (its key: a projection after its period's figures), record type and id, so that
records picked one by one export as the whole timeline selected does. Not by company within a day:
an export imported elsewhere then gives each type's records of a day ids in the same order as here,
and pages listing a day's records by id (statements, stakes) read the same in both databases."""


def _export_places(
    db: Database, record_type: str, where: str, params: list
) -> list[tuple[ExportPlace, RecordRef]]:
    """The export place of each of `record_type`'s records `where` selects (on its table)."""
    rows = db.execute(
        f"SELECT {TIMELINE_KEY[record_type]}, id FROM {RECORD_TABLES[record_type]} WHERE {where}", params
    )
    return [
        ((date is None, date or "", record_type, id_), RecordRef(record_type=record_type, record_id=id_))
        for date, id_ in rows
    ]


def in_export_order(db: Database, refs: Iterable[RecordRef]) -> list[RecordRef]:
    """`refs` in the order an export lists records (`ExportPlace`: by date, then record type and id),
    whatever order they were picked or shown in; those no longer in the database are left out (an
    export skips them), one given twice is listed twice."""
    return [ref for _, ref in placed_in_export_order(db, refs)]


def placed_in_export_order(db: Database, refs: Iterable[RecordRef]) -> list[tuple[ExportPlace, RecordRef]]:
    """As `in_export_order`, each ref with its place: what merges it with another stream in that
    order (`event_places`: the whole timeline's records)."""
    refs = list(refs)
    places = _places_of(db, dict.fromkeys(refs))
    return sorted(((places[ref], ref) for ref in refs if ref in places), key=itemgetter(0))


def _places_of(db: Database, refs: Iterable[RecordRef]) -> dict[RecordRef, ExportPlace]:
    """The export place of each of `refs` still in the database."""
    wanted: dict[str, list[int]] = defaultdict(list)
    for ref in refs:
        wanted[ref.record_type].append(ref.record_id)
    places: dict[RecordRef, ExportPlace] = {}
    for record_type, ids in wanted.items():
        for chunk in in_chunks(ids):
            marks, values = _in(chunk)
            places.update(
                (ref, place) for place, ref in _export_places(db, record_type, f"id IN ({marks})", values)
            )
    return places


def export_ref_batches(
    db: Database, record_filter: RecordFilter | None, size: int
) -> Iterator[list[RecordRef]]:
    """Every visible record (those `record_filter` keeps, when given) in export order
    (`in_export_order`), about `size` at a time: the dates are counted from the `*_timeline`
    indexes, and the records of a run of dates adding up to `size` are read and sorted together, so
    a million never sit in memory (a single date's records do, as ids)."""
    types = record_types(record_filter or RecordFilter())
    for low, high in _date_windows(db, types, record_filter, size):
        places = []
        for record_type in types:
            kept, params = _kept(record_type, record_filter)
            key = TIMELINE_KEY[record_type]
            where = f"{TIMELINE_WHERE[record_type]}{kept} AND {key} BETWEEN ? AND ?"
            places += _export_places(db, record_type, where, [*params, low, high])
        yield from _sorted_batches(places, size)
    undated = []
    for record_type in types:
        kept, params = _kept(record_type, record_filter)
        column = DATE_COLUMN.get(record_type, "date")
        undated += _export_places(db, record_type, f"{column} IS NULL AND {VISIBLE}{kept}", params)
    yield from _sorted_batches(undated, size)


def _date_windows(
    db: Database, types: list[str], record_filter: RecordFilter | None, size: int
) -> Iterator[tuple[str, str]]:
    """Runs of consecutive dates (timeline keys) holding about `size` visible records together, as
    (first, last); a date holding more is a run of its own."""
    counts: Counter[str] = Counter()
    for record_type in types:
        key = TIMELINE_KEY[record_type]
        kept, params = _kept(record_type, record_filter)
        sql = f"SELECT {key}, count(*) FROM {RECORD_TABLES[record_type]} WHERE {TIMELINE_WHERE[record_type]}{kept} GROUP BY 1"
        counts.update(dict(db.execute(sql, params).fetchall()))
    window: list[str] = []
    held = 0
    for date in sorted(counts):
        if window and held + counts[date] > size:
            yield window[0], window[-1]
            window, held = [], 0
        window.append(date)
        held += counts[date]
    if window:
        yield window[0], window[-1]


def _sorted_batches(places: list[tuple[ExportPlace, RecordRef]], size: int) -> Iterator[list[RecordRef]]:
    places.sort(key=lambda placed: placed[0])
    for start in range(0, len(places), size):
        yield [ref for _, ref in places[start : start + size]]


def to_export(record: Record) -> ExportRecord:
    """Flatten any record into the export shape: both parties, money, date, source and sentence. A
    stake is read as an export reads it (`records_for(..., exported=True)`)."""
    evidence = record.evidence[0] if record.evidence else None
    fields = record.model_dump()
    counterpart, role = _counterpart(record)
    return ExportRecord(
        record_type=record.record_type,
        record_id=record.id,
        company=record.company,
        counterpart=counterpart,
        counterpart_role=role,
        kind=_kind(record),
        amount=fields.get("amount", fields.get("value")),
        currency=fields.get("currency"),
        bound=fields.get("bound"),
        percentage=fields.get("percentage"),
        date=fields.get("date", fields.get("since")),
        round=_export_round(record, fields.get("round_type")),
        tranche=fields.get("tranche"),
        condition=fields.get("condition"),
        status=_export_status(record, fields.get("status")),
        source_title=_export_title(evidence) if evidence else None,
        publisher=evidence.publisher if evidence else None,
        source_date=evidence.published if evidence else None,
        source_url=evidence.url if evidence else None,
        sentence=original_evidence(evidence.sentence) if evidence else None,
        lead_investors=("; ".join(record.lead_investors) or None) if isinstance(record, Round) else None,
        review_status=record.review_status,
        unit=fields.get("unit"),
        basis=fields.get("basis"),
        amount_max=fields.get("amount_max", fields.get("value_max")),
        until=fields.get("until"),
        description=fields.get("description"),
        text=fields.get("text"),
        tranches=_tranches(record) if isinstance(record, (Stake, Round)) and record.tranches else None,
        tranche_computed=_tranche_computed(record),
        percentage_bound=fields.get("percentage_bound"),
        more_evidence=_more_evidence(record.evidence[1:]),
        equivalent_amount=fields.get("equivalent_amount"),
        equivalent_currency=fields.get("equivalent_currency"),
        in_round=record.round_id is not None if isinstance(record, Stake) else None,
        source_corrects=True if evidence and evidence.from_correction else None,
        recalled=True if isinstance(record, Round) and record.recalled else None,
        read_from=evidence.read_from if evidence else None,
        read_line=evidence.line if evidence else None,
        more_read=[(item.read_from, item.line) for item in record.evidence[1:]],
    )


def _export_title(evidence: Evidence) -> str | None:
    """The `source_title` cell: the title of the source cited; none for a deal file's row that named only
    a URL (the source is titled by its URL in the app, and the URL is in `source_url` already: the
    bare URL twice said nothing of a title)."""
    if evidence.cites_own and evidence.url and evidence.source_title == evidence.url:
        return None
    return evidence.source_title


def _export_round(record: Record, round_type: str | None) -> str | None:
    """A record's `round` cell: its round type; a stake's in a round, `Stake.exported_round_type` (a
    stake its article put in the round without a type, its investor not the round's, is joined again
    by that article's telling, not by type, which would list its investor); in none that shows (a
    rejected round's), the type it was taken in."""
    if isinstance(record, Stake) and record.round_id is not None:
        round_type = record.exported_round_type
    return round_label(round_type) if round_type else None


def _more_evidence(evidence: list[Evidence]) -> str | None:
    """A record's evidence past the first as the export's JSON list (`ExportRecord.more_evidence`):
    each sentence with the source it is cited to, as the first one's columns give it."""
    if not evidence:
        return None
    rows = [
        {
            "sentence": original_evidence(item.sentence),
            "source_title": _export_title(item),
            "publisher": item.publisher,
            "source_date": item.published,
            "source_url": item.url,
            "corrects": True if item.from_correction else None,  # as `ExportRecord.source_corrects`
        }
        for item in evidence
    ]
    rows = [{key: value for key, value in row.items() if value is not None} for row in rows]
    return json.dumps(rows, ensure_ascii=False, allow_nan=False)


def _tranche_computed(record: Record) -> bool | None:
    """True for a stake or round one of whose tranche amounts is computed (its total less the stated
    ones), None otherwise: the export's `tranche_computed` column, beside the `tranches` that mark which."""
    return any(t.computed for t in getattr(record, "tranches", ())) or None


def _tranches(record: Stake | Round) -> str:
    """A stake's or a round's instalments as the export's JSON list (in order; `seq` is their place in it).
    A record part committed, part conditional (`money_raised.split_words`) gives each its own status,
    "committed" or "conditional" (its condition's), as the row's `status` no longer says it for the whole."""
    # Defaults left out: what is unstated (None), and `computed` but where true, so a stated tranche
    # reads as before.
    split = bool(split_words(record))
    rows = [
        tranche.model_dump(exclude={"seq"}, exclude_defaults=True)
        | ({"status": CONDITIONAL if tranche.condition else "committed"} if split else {})
        for tranche in sorted(record.tranches, key=lambda t: t.seq)
    ]
    return json.dumps(rows, ensure_ascii=False, allow_nan=False)


def _export_status(record: Record, status: str | None) -> str | None:
    """A row's `status`: the record's, but not "conditional" for a stake or round part committed, part
    conditional ("$100 million now, and $200 million once … milestones"): each of its tranches says its
    own (`_tranches`), and a reader dropping conditional rows dropped the $100M committed with them."""
    if status == CONDITIONAL and isinstance(record, (Stake, Round)) and split_words(record):
        return None
    return status


# A company worth a row of its own in a whole database's export: something beyond its name, or an
# investor (who may have no record at all: an investor named only in a source's companies list).
# Every other spelling is an alias ("NVIDIA Corp." of "Nvidia"), so another database keeps them too,
# in the order the page lists them (by id; SQLite concatenates a subquery's rows in its order).
# A company whose name is another company's alias ("Hyundai", and Hyundai CRADLE's alias "Hyundai")
# gets a row even with nothing else to carry: the import makes it a company of its own by that row,
# so records naming it do not join the other (importers: `BulkResolver.own_company`).
_COMPANY_ROWS_SQL = """
SELECT c.id, c.name, c.entity, c.country, c.city, c.sector, c.description, i.kind AS investor_kind,
       (SELECT group_concat(alias, '; ') FROM (SELECT a.alias FROM aliases a
         WHERE a.company_id = c.id AND a.alias != c.name ORDER BY a.id)) AS aliases
FROM companies c LEFT JOIN investors i ON i.company_id = c.id
WHERE {which} AND (c.entity != 'organisation' OR c.country IS NOT NULL OR c.city IS NOT NULL
       OR c.sector IS NOT NULL OR c.description IS NOT NULL OR i.id IS NOT NULL
       OR EXISTS (SELECT 1 FROM aliases a WHERE a.company_id = c.id AND a.alias != c.name)
       OR EXISTS (SELECT 1 FROM aliases o WHERE o.normalized = c.normalized AND o.company_id != c.id))
ORDER BY c.id
"""
_NEXT_COMPANY_ROWS_SQL = _COMPANY_ROWS_SQL.format(which="c.id > :after") + " LIMIT :limit"
_NAMED_COMPANY_ROWS_SQL = _COMPANY_ROWS_SQL.format(which="c.id IN (SELECT value FROM json_each(:ids))")


def company_rows(db: Database, after: int, limit: int) -> list[ExportRecord]:
    """The next `limit` companies (by id, after `after`) a whole database's export gives rows of."""
    return _company_records(db.query(_NEXT_COMPANY_ROWS_SQL, {"after": after, "limit": limit}))


def company_rows_of(db: Database, company_ids: Iterable[int]) -> list[ExportRecord]:
    """The rows a whole database's export gives of those of `company_ids` with details to carry."""
    ids = json.dumps(sorted(set(company_ids)))
    return _company_records(db.query(_NAMED_COMPANY_ROWS_SQL, {"ids": ids}))


def _company_records(rows: Iterable[dict]) -> list[ExportRecord]:
    return [
        ExportRecord(
            record_type="company",
            record_id=row["id"],
            company=row["name"],
            entity=row["entity"],
            country=row["country"],
            city=row["city"],
            sector=row["sector"],
            description=row["description"],
            aliases=row["aliases"] or None,
            investor_kind=row["investor_kind"],
            review_status=None,
        )
        for row in rows
    ]


def named_company_ids(record: Record) -> list[int]:
    """The companies `record` names: its own, and its investors', partner, acquirer or counterpart."""
    others: list[int | None]
    if isinstance(record, Round):
        others = list(record.investor_company_ids)
    elif isinstance(record, Stake):
        others = [record.investor_company_id]
    elif isinstance(record, Partnership):
        others = [record.partner_id]
    elif isinstance(record, Acquisition):
        others = [record.acquirer_id]
    elif isinstance(record, Statement):
        others = [record.counterpart_id]
    else:
        others = []
    return [record.company_id, *(other for other in others if other is not None)]


def _counterpart(record: Record) -> tuple[str | None, str | None]:
    if isinstance(record, Stake):
        return record.investor, "investor"
    if isinstance(record, Partnership):
        return record.partner, "partner"
    if isinstance(record, Acquisition):
        return record.acquirer, "acquirer"
    if isinstance(record, Statement):
        return record.counterpart, "about" if record.counterpart else None
    if isinstance(record, Round):
        return "; ".join(record.investors) or None, "investors" if record.investors else None
    return None, None


def _kind(record: Record) -> str:
    if isinstance(record, Metric):
        return f"{record.metric} (projection)" if record.is_projection else record.metric
    if isinstance(record, Partnership):
        return f"partnership: {record.kind}" if record.kind else "partnership"
    if isinstance(record, Stake):
        return "investment"
    return record.record_type


def timeline_events(
    db: Database, company_id: int | None = None, folds: TimelineFolds | None = None
) -> list[TimelineEvent]:
    """Every dated record as an event, oldest first; undated records have no place on a timeline.
    One company's, when `company_id` is given (`CompanyGone` when it is no longer in the database):
    its undated rounds too, where its page lists them (`_placed_undated_rounds`). The whole
    timeline's `folds` (store/timeline_folds.py) are worked out when not given.

    Built for 100k events: one query per record type, first evidence and round investors fetched in
    bulk. Records are built with `model_validate`, which runs in pydantic's compiled core: measured
    twice as fast as `model_construct`, whose Python loop over fields and defaults cost more.
    """
    if (
        company_id is not None
        and db.execute("SELECT 1 FROM companies WHERE id = ?", [company_id]).fetchone() is None
    ):
        raise company_gone(db, company_id)  # not an empty timeline: the company is no longer there
    events: list[TimelineEvent] = []
    own_round_types: dict[int, str | None] = {}  # the company's own dated rounds (not those it invested in)
    for record_type, alias in TABLE_ALIAS.items():
        date_column = DATE_COLUMN.get(record_type, "date")
        where = f"{alias}.{date_column} IS NOT NULL"
        if company_id is not None:
            where += " AND " + party_where(RECORD_TABLES[record_type], alias)
        if record_type == "acquisition":  # a company merged with what it bought did not buy itself
            where += f" AND {alias}.company_id != {alias}.acquirer_id"
        rows = list(db.query(RECORD_SQL[record_type] + f" AND ({where})", {"c": company_id}))
        if record_type == "round" and company_id is not None:
            own_round_types = {
                row["id"]: row["round_type"] for row in rows if row["company_id"] == company_id
            }
        events += _events_of_rows(db, record_type, rows, everything=company_id is None)
    if company_id is not None:
        own_dated = [e for e in events if e.ref.record_type == "round" and e.ref.record_id in own_round_types]
        undated = _placed_undated_rounds(db, company_id, own_dated, own_round_types)
        events = _company_folded(db, company_id, events, undated)
    else:
        events = _whole_folded(db, events, folds)
    events.sort(key=event_order)
    return events


def _events_of_rows(
    db: Database, record_type: str, rows: list[dict], *, everything: bool
) -> list[TimelineEvent]:
    """The timeline events of `rows` (read with RECORD_SQL) of one record type, with their first
    evidence and a round's investors (read for every record of the type when `everything`)."""
    from .timeline import event_for  # local: the timeline module formats titles from records

    return [event_for(record) for record in timeline_records(db, record_type, rows, everything=everything)]


def timeline_records(db: Database, record_type: str, rows: list[dict], *, everything: bool) -> list[Record]:
    """The records of `rows` (read with RECORD_SQL) as a timeline reads them: their first evidence only,
    a round's investors' names (read for every record of the type when `everything`)."""
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    evidence = _first_evidence(db, record_type, ids, everything=everything)
    investors = _round_investors(db, ids, everything=everything) if record_type == "round" else {}
    model = MODELS[record_type]
    records = []
    for row in rows:
        found = evidence.get(row["id"])
        row["evidence"] = [found] if found else []
        if record_type == "round":
            row["investors"] = investors.get(row["id"], [])
            row["lead_investors"] = []
            row["investor_company_ids"] = []
            row["tranches"] = []
        elif record_type == "stake":
            # Every list field given: pydantic's default factories are slow here.
            row["tranches"], row["same_stake_ids"], row["accounts"] = [], [], []
            row["round_id"] = row.pop("visible_round_id")
        records.append(model.model_validate(row))
    if record_type in _TRANCHE_TABLES:
        _attach_timeline_tranches(db, records, record_type, everything=everything)
    if record_type == "round":
        _attach_recalled_evidence(db, records)
        _attach_timeline_call_offs(db, records)
    if record_type == "stake":
        _attach_cumulative_source_days(db, records)
    return records


def _attach_timeline_call_offs(db: Database, rounds: list) -> None:
    """Mark a timeline's rounds of one investor a later article calls off (called_off.mark_rounds): titled
    "called off (source, date)" as their page says. Call-offs are few: the rounds of companies without one
    (nearly all) are not looked at again."""
    offs = _call_offs_of(db, {round_.company_id for round_ in rounds})
    called = {off.company_id for off in offs}
    held = [round_ for round_ in rounds if round_.company_id in called]
    if not held:
        return
    investors: dict[int, list[int]] = defaultdict(list)
    for chunk in in_chunks([round_.id for round_ in held]):
        marks, values = _in(chunk)
        for round_id, company_id in db.execute(
            f"""SELECT ri.round_id, i.company_id FROM round_investors ri JOIN investors i ON i.id = ri.investor_id
                WHERE ri.round_id IN ({marks})""",
            values,
        ):
            investors[round_id].append(company_id)
    mark_rounds(held, offs, investors)


def _attach_recalled_evidence(db: Database, rounds: list) -> None:
    """All the evidence of each round an article only recalls, cited as its page cites it (its day): its
    title says "on or before" that day as the page does (same_raise.recalled_raise reads them). Few rounds
    are recalled: the others keep their first evidence only."""
    recalled = [round_ for round_ in rounds if round_.recalled]
    evidence = evidence_for(db, "round", [round_.id for round_ in recalled])
    for round_ in recalled:
        round_.evidence = evidence.get(round_.id, round_.evidence)


def _attach_cumulative_source_days(db: Database, stakes: list) -> None:
    """The source's day on the first evidence of each running total (a cumulative stake): its title says
    "as of" that day, not "since" it (`money_raised.total_date_words`). Few stakes are totals: one
    look-up each."""
    for stake in stakes:
        if stake.status != "cumulative" or not stake.evidence:
            continue
        row = db.execute(
            """SELECT coalesce(e.cited_date, s.published) FROM evidence e JOIN sources s ON s.id = e.source_id
               WHERE e.record_type = 'stake' AND e.record_id = ? ORDER BY e.id LIMIT 1""",
            [stake.id],
        ).fetchone()
        stake.evidence[0].published = row[0] if row else None


_TRANCHE_TABLES = {"round": ("round_tranches", "round_id"), "stake": ("stake_tranches", "stake_id")}


def _attach_timeline_tranches(db: Database, records: list, record_type: str, *, everything: bool) -> None:
    """Tranches for a timeline's records: a stake part committed, part conditional is titled with its
    split (money_raised.split_words). Few records have any: the whole timeline reads the table once
    rather than asking for each of 100k records."""
    table, key = _TRANCHE_TABLES[record_type]
    if not everything:
        _attach_window_tranches(db, records, table, key)
        return
    by_id = {record.id: record for record in records}
    for row in db.query(f"SELECT * FROM {table} ORDER BY seq"):
        if record := by_id.get(row[key]):
            record.tranches.append(Tranche.model_validate(row))


def _attach_window_tranches(db: Database, records: list, table: str, key: str) -> None:
    """`_attach_tranches` for a window's few records, read as `_read_rows` reads."""
    by_id = {record.id: record for record in records}
    for chunk in in_chunks(list(by_id)):
        marks, values = _in(chunk)
        for row in _read_rows(db, f"SELECT * FROM {table} WHERE {key} IN ({marks}) ORDER BY seq", values):
            by_id[row[key]].tranches.append(Tranche.model_validate(row))


def _read_rows(db: Database, sql: str, params: list) -> list[dict]:
    """The rows of a SELECT as dicts, as `db.query` gives them, without the savepoint sqlite-utils
    opens and releases around every query (for a write's sake): two more statements for each of the
    four or five queries of a window of the whole timeline (~7 % of reading one)."""
    cursor = db.execute(sql, params)
    keys = [column[0] for column in cursor.description]
    return [dict(zip(keys, row, strict=True)) for row in cursor]


def _whole_folded(
    db: Database, events: list[TimelineEvent], folds: TimelineFolds | None
) -> list[TimelineEvent]:
    """The whole timeline's `events` with what a company's timeline folds folded (store/timeline_folds.py):
    `folds` as the store keeps them (`Store._timeline_folds`), else worked out."""
    from .timeline_folds import timeline_folds

    if folds is None:
        folds = timeline_folds(db)
    return [
        folds.folded_event(event)
        for event in events
        if not folds.is_hidden(event.ref.record_type, event.ref.record_id)
    ]


def _company_folded(
    db: Database, company_id: int, events: list[TimelineEvent], undated: list[TimelineEvent]
) -> list[TimelineEvent]:
    """A company's timeline: its dated `events` folded as the whole timeline folds them (a figure,
    raise, stake or partnership several sources tell one event, "· 2 sources":
    timeline_folds.company_folds), so that an investor's timeline lists the rounds it joined once, as
    the whole timeline and `--investor` do, not once per source (where the event a round it joined
    folds into is another source's, naming other investors, that event: `_events_folded_into`); and
    its own `undated` rounds, placed where its page lists them, those another source dates folded
    into that raise's event."""
    from .timeline_folds import company_folds  # local: timeline_folds reads records through this module

    # Each company's records fold among themselves (a partnership's with its pair's): the folds of the
    # companies of its events are all its events take part in.
    companies = {company_id, *(e.company_id for e in events), *(e.counterpart_id for e in events)}
    folds = company_folds(db, company_id, [id_ for id_ in companies if id_ is not None])
    shown = [
        folds.folded_event(event)
        for event in events
        if not folds.is_hidden(event.ref.record_type, event.ref.record_id)
    ]
    shown += [folds.folded_event(event) for event in _events_folded_into(db, folds, events)]
    shown = _rounds_told_by_own_stakes(db, company_id, shown, folds)
    by_ref = {event.ref: event for event in shown}
    placed: list[TimelineEvent] = []
    for event in undated:
        into = by_ref.get(folds.event_of[event.ref]) if event.ref in folds.event_of else None
        if into is None:
            placed.append(event)
        else:
            into.also.append(event.ref)
    return shown + placed


def _rounds_told_by_own_stakes(
    db: Database, company_id: int, shown: list[TimelineEvent], folds: TimelineFolds
) -> list[TimelineEvent]:
    """An investor's `shown` events less each raise of another company it joined where its own stake in
    that raise is listed too: the stake's event stands for its part in the raise (its amount says
    more), the raise's records folded into it (`also`), as the relationship map draws the stake and
    not the round membership (store/graph.py `_folded`). Listed both, the day read as two deals.
    `timeline --investor` folds them by the same rule (`timeline_folds.investor_folds`)."""
    by_ref = {event.ref: event for event in shown}
    stake_of_raise: dict[RecordRef, TimelineEvent] = {}
    for raise_ref, stake_ref in own_stakes_in_raises(db, company_id, folds):
        if stake_ref in by_ref:
            stake_of_raise.setdefault(raise_ref, by_ref[stake_ref])
    kept = []
    for event in shown:
        stake_event = stake_of_raise.get(event.ref) if event.ref.record_type == "round" else None
        if stake_event is None:
            kept.append(event)
        else:
            stake_event.also = [*stake_event.also, event.ref, *event.also]
    return kept


def own_stakes_in_raises(
    db: Database, investor_id: int, folds: TimelineFolds
) -> list[tuple[RecordRef, RecordRef]]:
    """(the event of a raise of another company, the event of the investor's own stake in it) for each
    stake the company `investor_id` holds in a round, the events as `folds` fold them (`event_of`):
    the stake's event stands for the investor's part in that raise wherever both are listed."""
    pairs = []
    for stake_id, round_id in db.execute(
        f"""SELECT s.id, s.round_id FROM stakes s JOIN investors i ON i.id = s.investor_id
            WHERE i.company_id = ? AND s.round_id IS NOT NULL AND s.company_id != ? AND s.{VISIBLE}""",
        [investor_id, investor_id],
    ):
        stake_ref = RecordRef(record_type="stake", record_id=stake_id)
        round_ref = RecordRef(record_type="round", record_id=round_id)
        pairs.append((folds.event_of.get(round_ref, round_ref), folds.event_of.get(stake_ref, stake_ref)))
    return pairs


def _events_folded_into(
    db: Database, folds: TimelineFolds, events: list[TimelineEvent]
) -> list[TimelineEvent]:
    """The events that `events` folded away fold into, where `events` do not list them: an investor's
    round joined, told again by a source that does not name it, is that source's event ("Northgate,
    Pelican, Sakura · 2 sources"), not nothing on the investor's timeline."""
    listed = {event.ref for event in events}
    missing: dict[str, set[int]] = defaultdict(set)
    for event in events:
        into = folds.event_of.get(event.ref)
        if into is not None and into not in listed:
            missing[into.record_type].add(into.record_id)
    found: list[TimelineEvent] = []
    for record_type, ids in missing.items():
        for chunk in in_chunks(sorted(ids)):
            marks, values = _in(chunk)
            sql = RECORD_SQL[record_type] + f" AND {TABLE_ALIAS[record_type]}.id IN ({marks})"
            found += _events_of_rows(db, record_type, _read_rows(db, sql, values), everything=False)
    return found


def promised_splits(db: Database, records: Sequence[Record]) -> dict[RecordRef, str]:
    """Of the rounds among `records` whose stakes promise part of their money on a condition, the
    split their company's page tells ("$75B committed · $35B conditional": Amazon's $35B to come of
    its $50B in OpenAI's $110B, money_raised.promised_in_rounds), by round: the review card says it
    instead of the round's own status ("announced"), as the page does. A round in tranches of its
    own tells its split itself (`split_words`). One page read per company with such a round."""
    wanted = [r for r in records if isinstance(r, Round) and r.amount and not split_words(r)]
    companies = {
        company_id for company_id in {r.company_id for r in wanted} if _has_promising_stake(db, company_id)
    }
    said: dict[RecordRef, str] = {}
    for company_id in sorted(companies):
        page = company_page(db, company_id)
        promised_in = promised_in_rounds(page_raises(page.rounds), page.investors)
        for shown in page.rounds:
            committed, conditional = round_split(shown, promised_in)
            if not committed or not conditional:
                continue
            words = (
                f"{format_amount(committed, shown.currency)} committed · "
                f"{format_amount(conditional, shown.currency)} conditional"
            )
            said.update((r.ref, words) for r in wanted if r.id in shown.record_ids)
    return said


def _has_promising_stake(db: Database, company_id: int) -> bool:
    """Whether a stake in the company has a tranche on a condition (few do: most reads stop here)."""
    sql = f"""SELECT 1 FROM stakes s JOIN stake_tranches t ON t.stake_id = s.id
              WHERE s.company_id = ? AND s.{VISIBLE} AND t.condition IS NOT NULL LIMIT 1"""
    return db.execute(sql, [company_id]).fetchone() is not None


def page_ordered(records: list[Round] | list[Stake] | list[Partnership]) -> list:
    """`records` in a page's order (`_date_key`), in which it groups them (best first, ties by order)."""
    return sorted(records, key=_date_key)


# Two stakes of one investor, or two in rounds: the page reads a raise's short investor name as its
# full one ("Fidelity" beside "Fidelity Investments", two investor ids: same_stake.short_names_as_full).
_TOLD_TWICE = f"""SELECT DISTINCT company_id FROM stakes {{index}} WHERE {VISIBLE} {{among}}
    GROUP BY company_id, investor_id HAVING count(*) > 1 AND count(date) > 0
    UNION SELECT company_id FROM stakes {{index}} WHERE {VISIBLE} AND round_id IS NOT NULL {{among}}
    GROUP BY company_id HAVING count(*) > 1 AND count(date) > 0"""


def stakes_told_twice(db: Database, company_ids: list[int] | None = None) -> list[int]:
    """The companies (among `company_ids`, else all) with two stakes of one investor, one of them
    dated, that could be one stake (fold_candidates.stakes_that_can_fold): the only ones a timeline
    can fold a stake of (`stake_groups`). An investor's timeline in 20,000 companies reads the stakes
    of the few it was told twice in, not of every one; the whole timeline of 2,000 companies with 30
    stakes each, of the few where two agree."""
    if company_ids is None:
        # NOT INDEXED: read in table order, not through an index's (as timeline_folds' metrics)
        return stakes_that_can_fold(
            db, [id_ for (id_,) in db.execute(_TOLD_TWICE.format(index="NOT INDEXED", among=""))]
        )
    found: list[int] = []
    for chunk in in_chunks(company_ids):
        marks, values = _in(chunk)
        sql = _TOLD_TWICE.format(index="", among=f"AND company_id IN ({marks})")
        found += [id_ for (id_,) in db.execute(sql, [*values, *values])]  # `among` is in both halves
    return stakes_that_can_fold(db, found)


def stake_groups(db: Database, company_ids: list[int]) -> list[list[Stake]]:
    """The stakes of `company_ids`, grouped into the stakes several sources tell, as those companies'
    pages group them (`company_page`: an investor's short name given its full one, a stake's round
    read as its raise, same_stake.group_stakes); each group best first."""
    groups: list[list[Stake]] = []
    for chunk in in_chunks(company_ids):
        marks, values = _in(chunk)
        stakes = page_ordered(fetch_records(db, "stake", f"s.company_id IN ({marks})", values))
        raises = _raises_of_stakes(db, stakes)  # type: ignore[arg-type]
        if raises:
            stakes = short_names_as_full(stakes, raises)  # type: ignore[arg-type]
        # A later article's call-off is folded into the stake it calls off, which reads called off.
        groups += join_call_offs(group_stakes(stakes, _raise_keys(db, stakes, raises)))  # type: ignore[arg-type]
    return groups


def _raises_of_stakes(db: Database, stakes: list[Stake]) -> list[list[Round]]:
    """The raises of the companies of `stakes` taken in a round, as their pages group them: only a
    stake in a round reads them (its raise, its round's investors' full names); most stakes are in
    none, and reading every round of their companies doubled the time the timeline's folds took."""
    company_ids = sorted({stake.company_id for stake in stakes if stake.round_id is not None})
    if not company_ids:
        return []
    marks, values = _in(company_ids)
    return group_raises(page_ordered(fetch_records(db, "round", f"r.company_id IN ({marks})", values)))  # type: ignore[arg-type]


def partnership_groups(db: Database, pairs: list[tuple[int, int]]) -> list[list[Partnership]]:
    """The partnerships of the company pairs `pairs` (lower id first), grouped into the partnerships
    several sources tell, as either company's page groups them (same_partnership.group_partnerships)."""
    wanted = set(pairs)
    groups: list[list[Partnership]] = []
    for chunk in in_chunks(sorted({low for low, _ in wanted})):
        marks, values = _in(chunk)
        # either side: each index answers its half (a min() of both columns would read the table)
        where = f"p.company_id IN ({marks}) OR p.partner_id IN ({marks})"
        read = fetch_records(db, "partnership", where, [*values, *values])
        # only this chunk's pairs: a pair whose higher id leads another pair is read in that one's too
        lows = set(chunk)
        read = [p for p in read if (pair := _pair(p)) in wanted and pair[0] in lows]
        groups += group_partnerships(page_ordered(read))  # type: ignore[arg-type]
    return groups


def _pair(partnership: Partnership) -> tuple[int, int]:
    """The two companies of `partnership`, lower id first."""
    return (
        min(partnership.company_id, partnership.partner_id),
        max(partnership.company_id, partnership.partner_id),
    )


def _placed_undated_rounds(
    db: Database, company_id: int, dated: list[TimelineEvent], dated_types: dict[int, str | None]
) -> list[TimelineEvent]:
    """A company's undated rounds on its own timeline, where its page lists them (`in_stage_order`): one
    of a known stage before its first dated round of a later stage, the others last ("undated").
    `dated` are its own dated rounds' events, `dated_types` their round types: the rounds it only
    invested in are no rounds of its life (its page lists none of them)."""
    rows = list(
        db.query(RECORD_SQL["round"] + " AND r.date IS NULL AND r.company_id = :c", {"c": company_id})
    )
    if not rows:
        return []
    types = {row["id"]: row["round_type"] for row in rows} | dated_types
    undated = _events_of_rows(db, "round", rows, everything=False)
    placed = [_Placing(e, types.get(e.ref.record_id)) for e in [*dated, *undated]]
    ordered = in_stage_order(sorted(placed, key=lambda item: item.event.order))
    for rank, (item, place) in enumerate(zip(ordered, place_dates(ordered), strict=True)):
        if not item.date:
            item.event.place = (place, rank)
    return undated


class _Placing:
    """A round's timeline event with what `in_stage_order` reads of it: its date and round type."""

    __slots__ = ("event", "date", "round_type")

    def __init__(self, event: TimelineEvent, round_type: str | None) -> None:
        self.event, self.date, self.round_type = event, event.date or None, round_type


def event_order(event: TimelineEvent) -> tuple[str, str, int]:
    """Where an event goes on a timeline (`TimelineEvent.order`)."""
    return event.order


# The whole timeline, read a window at a time (the explorer's, on a million events): each record
# type's events come in order from its `*_timeline` index (schema.m015), merged here by
# (key, record type, id). One query merging them in SQL sorted each date's events again (SQLite
# orders a UNION ALL's parts by the record type too, which no index holds).
def _timeline_arm(record_type: str) -> tuple[str, str]:
    """The order key of `record_type`'s table and the clause its timeline events meet."""
    where = TIMELINE_WHERE[record_type]
    if record_type == "acquisition":  # a company merged with what it bought did not buy itself
        where += " AND company_id != acquirer_id"
    return TIMELINE_KEY[record_type], where


def timeline_outline(
    db: Database,
    folds: TimelineFolds | None = None,
    record_filter: RecordFilter | None = None,
    adopted: Iterable[TimelineKey] = (),
) -> TimelineOutline:
    """How many events the whole timeline holds at each key (date), counted from the indexes; without
    the records `folds` folds into another's event; only those `record_filter` keeps, when given, and
    the events placed at `adopted` (`timeline_folds.adopted_places`)."""
    counts: Counter[str] = Counter(key for key, _, _ in adopted)
    for record_type in record_types(record_filter or RecordFilter()):
        key, where = _timeline_arm(record_type)
        kept, params = _kept(record_type, record_filter)
        sql = f"SELECT {key} AS k, count(*) FROM {RECORD_TABLES[record_type]} WHERE {where}{kept} GROUP BY k"
        for value, count in db.execute(sql, params):
            counts[value] += count
    if folds is not None:
        counts.subtract(folds.hidden_by_key())
    keys = sorted(key for key, count in counts.items() if count > 0)  # a part dated apart from its raise
    return TimelineOutline(keys=keys, counts=[counts[key] for key in keys])


def timeline_count(
    db: Database, folds: TimelineFolds | None = None, bounds: Mapping[str, int] | None = None
) -> int:
    """How many events the whole timeline holds, counted from the indexes (no event read); with
    `bounds`, only the records with ids up to them (`Store.record_bounds`)."""
    total = 0
    for record_type, table in RECORD_TABLES.items():
        _, where = _timeline_arm(record_type)
        bounded, params = (" AND id <= ?", [bounds.get(record_type, 0)]) if bounds is not None else ("", [])
        total += db.execute(f"SELECT count(*) FROM {table} WHERE {where}{bounded}", params).fetchone()[0]
    return total - (len(folds) if folds is not None else 0)


def timeline_records_since(db: Database, bounds: Mapping[str, int]) -> set[RecordRef]:
    """The whole timeline's records (its events and those folded into them) with ids above `bounds`
    (`Store.record_bounds`) whose source's id is not: written since by a source there was then."""
    found: set[RecordRef] = set()
    for record_type, table in RECORD_TABLES.items():
        _, where = _timeline_arm(record_type)
        sql = f"SELECT id FROM {table} WHERE {where} AND id > ? AND source_id <= ?"
        rows = db.execute(sql, [bounds.get(record_type, 0), bounds.get("sources", 0)])
        found.update(RecordRef(record_type=record_type, record_id=id_) for (id_,) in rows)
    return found


def timeline_keys(
    db: Database,
    after: TimelineKey | None,
    *,
    limit: int,
    offset: int = 0,
    backward: bool = False,
    folds: TimelineFolds | None = None,
    record_filter: RecordFilter | None = None,
) -> list[TimelineKey]:
    """The places of the `limit` events that follow `after` on the whole timeline (precede it,
    nearest first, when `backward`), skipping the first `offset`; from the start (end) with None.
    The records `folds` folds into another's event are no events: they are passed over; with
    `record_filter`, only the events it keeps are places."""
    arms = [
        _arm_places(db, record_type, after, limit + offset, backward, folds, record_filter)
        for record_type in record_types(record_filter or RecordFilter())
    ]
    if folds is not None:
        from .timeline_folds import adopted_places  # local: the folds read records through this module

        arms.append(_places_beyond(adopted_places(db, folds, record_filter), after, backward))
    return list(islice(heapq.merge(*arms, reverse=backward), offset, offset + limit))


def _arm_places(
    db: Database,
    record_type: str,
    after: TimelineKey | None,
    page: int,
    backward: bool,
    folds: TimelineFolds | None,
    record_filter: RecordFilter | None = None,
) -> Iterator[TimelineKey]:
    """A record type's event places after `after` (before it, when `backward`), read `page` at a time
    while they are wanted: folded records skipped leave a page short, the next page makes it up."""
    table = RECORD_TABLES[record_type]
    key, where = _timeline_arm(record_type)
    kept, kept_params = _kept(record_type, record_filter)
    where += kept
    hidden = folds.hidden.get(record_type, set()) if folds is not None else set()
    way = " DESC" if backward else ""
    place = after
    while True:
        clause, params = _beyond(record_type, key, place, backward) if place is not None else ("", [])
        rows = db.execute(
            f"SELECT {key}, id FROM {table} WHERE {where}{clause} ORDER BY {key}{way}, id{way} LIMIT ?",
            [*kept_params, *params, page],
        ).fetchall()
        for value, id_ in rows:
            if id_ not in hidden:
                yield value, record_type, id_
        if len(rows) < page or not hidden:
            return
        place = (rows[-1][0], record_type, rows[-1][1])


def _places_beyond(places: list[TimelineKey], after: TimelineKey | None, backward: bool) -> list[TimelineKey]:
    """Those of `places` (in order) after `after` (before it, nearest first, when `backward`)."""
    ordered = places[::-1] if backward else places
    if after is None:
        return ordered
    return [place for place in ordered if (place < after if backward else place > after)]


def _kept(record_type: str, record_filter: RecordFilter | None) -> tuple[str, list]:
    """' AND …' keeping `record_type`'s records `record_filter` keeps, and its parameters."""
    return record_filter.clause(record_type) if record_filter else ("", [])


def kept_refs(db: Database, refs: Iterable[RecordRef], record_filter: RecordFilter) -> set[RecordRef]:
    """Those of `refs` (a company's records: a page, a timeline) that `record_filter` keeps."""
    ids: dict[str, list[int]] = defaultdict(list)
    for ref in refs:
        if ref.record_type in RECORD_TABLES and record_filter.keeps_type(ref.record_type):
            ids[ref.record_type].append(ref.record_id)
    found: set[RecordRef] = set()
    for record_type, record_ids in ids.items():
        kept, params = record_filter.clause(record_type)
        for chunk in in_chunks(record_ids):
            marks, values = _in(chunk)
            sql = f"SELECT id FROM {RECORD_TABLES[record_type]} WHERE id IN ({marks}){kept}"
            found.update(
                RecordRef(record_type=record_type, record_id=id_)
                for (id_,) in db.execute(sql, [*values, *params])
            )
    return found


def kept_events(
    db: Database, events: list[TimelineEvent], record_filter: RecordFilter
) -> list[TimelineEvent]:
    """Those of `events` that `record_filter` keeps: by their own record, or, for an investor, by a
    record folded into them (a raise's event names every source's investors: `timeline_folds.adopted_places`)
    when their own record is of the date and kind kept."""
    kept = kept_refs(db, (event.ref for event in events), record_filter)
    folding = {event.ref: event.also for event in events if event.also and event.ref not in kept}
    if record_filter.investor_id is not None and folding:
        kept |= adopted_by_investor(db, folding, record_filter)
    return [event for event in events if event.ref in kept]


def adopted_by_investor(
    db: Database, also: Mapping[RecordRef, Sequence[RecordRef]], record_filter: RecordFilter
) -> set[RecordRef]:
    """The events (`also`'s keys) whose folded records (`also[event]`) name `record_filter`'s
    investor, and whose own record is of the date and kind it keeps: only the investor is chosen
    through a folded record; a date range and a kind keep the event's own date and kind."""
    investor = RecordFilter(investor_id=record_filter.investor_id)
    named = kept_refs(db, (ref for refs in also.values() for ref in refs), investor)
    candidates = [shown for shown, refs in also.items() if not named.isdisjoint(refs)]
    unnamed = replace(record_filter, investor_id=None)
    return kept_refs(db, candidates, unnamed) if unnamed else set(candidates)


# The companies a record names besides its own (`named_company_ids`), as SQL on its table `kept`.
_OTHER_NAMED_COMPANIES = {
    "round": """SELECT i.company_id FROM round_investors ri JOIN investors i ON i.id = ri.investor_id
                WHERE ri.round_id IN (SELECT id FROM kept)""",
    "stake": "SELECT i.company_id FROM kept JOIN investors i ON i.id = kept.investor_id",
    "partnership": "SELECT partner_id FROM kept",
    "acquisition": "SELECT acquirer_id FROM kept",
    "statement": "SELECT counterpart_id FROM kept WHERE counterpart_id IS NOT NULL",
}


def kept_company_ids(db: Database, record_type: str, record_filter: RecordFilter) -> set[int]:
    """The companies named (`named_company_ids`) by the visible records of `record_type` that
    `record_filter` keeps: read from their id columns alone, so that a filtered export knows its
    company rows without reading its records twice."""
    kept, params = record_filter.clause(record_type)
    others = _OTHER_NAMED_COMPANIES.get(record_type)
    sql = f"""WITH kept AS (SELECT * FROM {RECORD_TABLES[record_type]} WHERE {VISIBLE}{kept})
              SELECT company_id FROM kept{f" UNION {others}" if others else ""}"""
    return {company_id for (company_id,) in db.execute(sql, params)}


def _beyond(record_type: str, column: str, place: TimelineKey, backward: bool) -> tuple[str, list]:
    """The condition (" AND …") and its parameters for a record type's events after `place` on the
    whole timeline (before it, when `backward`)."""
    value, of_type, of_id = place
    if record_type == of_type:
        return f" AND ({column}, id) {'<' if backward else '>'} (?, ?)", [value, of_id]
    # The type's events of the same key are all before `place` (a type sorting first) or all after.
    before = record_type < of_type
    sign = ("<=" if before else "<") if backward else (">" if before else ">=")
    return f" AND {column} {sign} ?", [value]


def timeline_window(
    db: Database,
    after: TimelineKey | None,
    *,
    limit: int,
    offset: int = 0,
    backward: bool = False,
    folds: TimelineFolds | None = None,
    record_filter: RecordFilter | None = None,
) -> list[TimelineEvent]:
    """The events `timeline_keys` places, in timeline order (oldest first, `backward` too); an event
    `folds` folds other records into names them (`also`) and, a figure's, how many sources state it.
    With `record_filter`, only the events it keeps."""
    keys = timeline_keys(
        db, after, limit=limit, offset=offset, backward=backward, folds=folds, record_filter=record_filter
    )
    if backward:
        keys.reverse()
    ids: dict[str, list[int]] = defaultdict(list)
    for _, record_type, id_ in keys:
        ids[record_type].append(id_)
    found: dict[tuple[str, int], TimelineEvent] = {}
    for record_type, record_ids in ids.items():
        alias = TABLE_ALIAS[record_type]
        for chunk in in_chunks(record_ids):
            marks, values = _in(chunk)
            rows = _read_rows(db, RECORD_SQL[record_type] + f" AND {alias}.id IN ({marks})", values)
            for event in _events_of_rows(db, record_type, rows, everything=False):
                found[(record_type, event.ref.record_id)] = event
    events = [found[(record_type, id_)] for _, record_type, id_ in keys if (record_type, id_) in found]
    if folds is not None and (folds.also or folds.titles):
        events = [folds.folded_event(event) for event in events]
    return events


def timeline_rank(db: Database, key: TimelineKey, folds: TimelineFolds | None = None) -> int:
    """How many events of the whole timeline come before `key`: the index of the event it is the
    place of (where it would be, when it is no longer there); the records `folds` folds are none."""
    rank = 0
    for record_type, table in RECORD_TABLES.items():
        column, where = _timeline_arm(record_type)
        clause, params = _beyond(record_type, column, key, backward=True)
        rank += db.execute(f"SELECT count(*) FROM {table} WHERE {where}{clause}", params).fetchone()[0]
    return rank - (folds.hidden_before(key) if folds is not None else 0)


def timeline_events_among(
    db: Database, refs: Iterable[RecordRef], folds: TimelineFolds | None = None
) -> set[RecordRef]:
    """Those of `refs` that are events of the whole timeline (what its `*_timeline` indexes hold, but
    the records `folds` folds into another's event)."""
    ids: dict[str, list[int]] = defaultdict(list)
    for ref in refs:
        if ref.record_type in RECORD_TABLES:
            ids[ref.record_type].append(ref.record_id)
    found: set[RecordRef] = set()
    for record_type, record_ids in ids.items():
        _, where = _timeline_arm(record_type)
        for chunk in in_chunks(record_ids):
            marks, values = _in(chunk)
            sql = f"SELECT id FROM {RECORD_TABLES[record_type]} WHERE {where} AND id IN ({marks})"
            found.update(
                RecordRef(record_type=record_type, record_id=id_)
                for (id_,) in db.execute(sql, values)
                if folds is None or not folds.is_hidden(record_type, id_)
            )
    return found


def timeline_records_among(db: Database, refs: Iterable[RecordRef], folds: TimelineFolds) -> set[RecordRef]:
    """Those of `refs` that exporting the whole timeline writes: its events and the records `folds`
    folds into them (space on an event takes its folded records with it)."""
    refs = list(refs)
    folded = {ref for ref in refs if folds.is_hidden(ref.record_type, ref.record_id)}
    return timeline_events_among(db, refs, folds) | folded


def timeline_refs(db: Database, folds: TimelineFolds | None = None) -> list[RecordRef]:
    """Every event of the whole timeline, in its order, as the records to export: an event's folded
    records right after it, as a company's timeline exports them."""
    return event_refs(timeline_keys(db, None, limit=sys.maxsize // 2, folds=folds), folds)


def event_refs(keys: list[TimelineKey], folds: TimelineFolds | None) -> list[RecordRef]:
    """The records of the events placed at `keys`, each event's folded records (`folds`) after it."""
    return [ref for _, ref in event_places(keys, folds)]


def event_places(keys: list[TimelineKey], folds: TimelineFolds | None) -> list[tuple[ExportPlace, RecordRef]]:
    """As `event_refs`, each record with its export place (`ExportPlace`): its event's, so that the
    records folded into an event stay right after it when merged with records picked elsewhere."""
    placed = []
    for key, record_type, id_ in keys:
        ref = RecordRef(record_type=record_type, record_id=id_)
        place: ExportPlace = (False, key, record_type, id_)  # an event is dated: `TIMELINE_WHERE`
        placed.append((place, ref))
        if folds is not None:
            placed += [(place, folded) for folded in folds.also.get(ref, [])]
    return placed


def _first_evidence(
    db: Database, record_type: str, ids: list[int], *, everything: bool
) -> dict[int, Evidence]:
    """The first evidence of each record: a scan of the type's evidence when all records are wanted."""
    sql = """SELECT e.record_id, e.source_id, e.sentence, e.start, e."end" FROM evidence e
             WHERE e.record_type = ?"""
    batches = [[]] if everything else list(in_chunks(ids))
    first: dict[int, Evidence] = {}
    for chunk in batches:
        marks, values = _in(chunk)
        where = f" AND e.record_id IN ({marks})" if chunk else ""
        for record_id, source_id, sentence, start, end in db.execute(
            sql + where + " ORDER BY e.id", [record_type, *values]
        ):
            if record_id not in first:
                first[record_id] = Evidence(
                    source_id=source_id, source_title="", sentence=sentence, start=start, end=end
                )
    return first


def _round_investors(db: Database, ids: list[int], *, everything: bool) -> dict[int, list[str]]:
    """Investor names of each round, in the order they were recorded."""
    sql = """SELECT ri.round_id, c.name FROM round_investors ri JOIN investors i ON i.id = ri.investor_id
             JOIN companies c ON c.id = i.company_id"""
    names: dict[int, list[str]] = defaultdict(list)
    for chunk in [[]] if everything else list(in_chunks(ids)):
        marks, values = _in(chunk)
        where = f" WHERE ri.round_id IN ({marks})" if chunk else ""
        for round_id, name in db.execute(sql + where + " ORDER BY ri.rowid", values):
            names[round_id].append(name)
    return names


def unreviewed(
    db: Database,
    source_id: int | None = None,
    *,
    decided: bool = False,
    refs: list[RecordRef] | None = None,
    company_id: int | None = None,
) -> list[Record]:
    """Records still `extracted` (and, when `decided`, those confirmed, edited or rejected too),
    ordered by where their evidence stands in the source; with `refs`, only those records (the
    sources' records of one raise); with `company_id`, only that company's (as either party)."""
    order = review_order(db, source_id, decided=decided, refs=refs, company_id=company_id)
    return records_for(db, order.refs(), rejected=decided)


# Besides `company_id`, the column naming the other party a company page shows the record under.
_OTHER_PARTY = {
    "stake": "s.investor_id IN (SELECT id FROM investors WHERE company_id = ?)",
    "partnership": "p.partner_id = ?",
    "statement": "st.counterpart_id = ?",
    "acquisition": "a.acquirer_id = ?",
    "round": """r.id IN (SELECT ri.round_id FROM round_investors ri
                JOIN investors i ON i.id = ri.investor_id WHERE i.company_id = ?)""",
}


def _review_where(
    record_type: str,
    source_id: int | None,
    decided: bool,
    wanted: list[int] | None,
    company_id: int | None = None,
) -> tuple[str, list]:
    """The condition (on the type's alias) of the records a review lists."""
    alias = TABLE_ALIAS[record_type]
    where = "1" if decided else f"{alias}.review_status = 'extracted'"
    params: list = []
    if source_id is not None:
        where += f" AND {alias}.source_id = ?"
        params = [source_id]
    if company_id is not None:  # the company's own facts and those it is the other party of
        other = _OTHER_PARTY.get(record_type)
        where += f" AND ({alias}.company_id = ?" + (f" OR {other})" if other else ")")
        params += [company_id, company_id] if other else [company_id]
    if wanted is not None:
        marks, ids = _in(wanted[:500])
        where += f" AND {alias}.id IN ({marks})"
        params += ids
    return where, params


def review_order(
    db: Database,
    source_id: int | None = None,
    *,
    decided: bool = False,
    refs: list[RecordRef] | None = None,
    company_id: int | None = None,
) -> ReviewOrder:
    """The records `unreviewed` lists, in its order, without reading the records: a deal file's
    source holds 100k facts, and reading them all (evidence, investors, tranches) took ~8 s.

    SQLite sorts; each position is the start of the record's first evidence, found through
    `evidence_record` (record_type, record_id). One integer a row (type and id packed), because
    making 100k rows of several Python values took longer than the query itself."""
    wanted: dict[str, list[int]] = defaultdict(list)
    for ref in refs or []:
        wanted[ref.record_type].append(ref.record_id)
    kinds = list(TABLE_ALIAS)
    selects, params = [], []
    for rank, (record_type, alias) in enumerate(TABLE_ALIAS.items()):
        if refs is not None and not wanted[record_type]:
            continue
        where, where_params = _review_where(
            record_type, source_id, decided, wanted[record_type] if refs is not None else None, company_id
        )
        selects.append(
            f"""SELECT coalesce({alias}.source_id, 0) AS source, coalesce((SELECT e.start FROM evidence e
                  WHERE e.record_type = ? AND e.record_id = {alias}.id ORDER BY e.id LIMIT 1), 0) AS start,
                  {alias}.id AS id, {rank} AS rank FROM {RECORD_TABLES[record_type]} {alias} WHERE {where}"""
        )
        params += [record_type, *where_params]
    if not selects:
        return ReviewOrder(keys=[])
    rows = db.execute(
        f"SELECT (rank << {_ID_BITS}) | id FROM ({' UNION ALL '.join(selects)}) ORDER BY source, start, id, rank",
        params,
    )
    mask = (1 << _ID_BITS) - 1
    return ReviewOrder.model_construct(
        keys=[(kinds[packed >> _ID_BITS], packed & mask) for (packed,) in rows]
    )


def _ftm_filtered(record_filter: RecordFilter) -> tuple[dict[str, str], dict[str, list]]:
    """Each record type's condition (on its alias) and parameters keeping what `record_filter`
    keeps; "0" for a type it keeps none of."""
    where: dict[str, str] = {}
    params: dict[str, list] = {}
    for kind in MODELS:
        if not record_filter.keeps_type(kind):
            where[kind] = "0"
            continue
        kept, params[kind] = record_filter.clause(kind)
        where[kind] = f"{TABLE_ALIAS[kind]}.id IN (SELECT id FROM {RECORD_TABLES[kind]} WHERE 1{kept})"
    return where, params


_ID_BITS = 48  # record ids below 2**48; the record type's rank in the bits above


def ftm_inputs(
    db: Database, company_id: int | None = None, record_filter: RecordFilter | None = None
) -> tuple[
    list[Company],
    list[Record],
    list[tuple[Stake, int]],
    list[Record],
    list[Record],
    list[Record],
    list[Record],
]:
    """What the FollowTheMoney export needs: companies, rounds (with their investors' companies),
    stakes with their investor's company, links (acquisitions, partnerships), metrics and statements.

    With `company_id`, the links are those its page shows (`CompanyPage.refs`, as the other exports
    choose them: as investee, investor, acquirer or partner) and the companies are it and the other
    parties of those links, so no link points at nothing. With `record_filter`, the links are those
    it keeps too (as a CSV export's records) and the companies only their parties: none when it
    keeps no link.
    """
    where = {kind: "" for kind in MODELS}
    params: dict[str, list] = {}
    if record_filter:
        where, params = _ftm_filtered(record_filter)
    if company_id is not None:
        page = company_page(db, company_id)
        company_id = page.company.id
        shown: dict[str, list[int]] = defaultdict(list)
        for ref in page.refs:
            shown[ref.record_type].append(ref.record_id)
        # Ids of a few hundred records at most: one page's, bound as one list per kind.
        for kind in MODELS:
            ids = ",".join(str(int(id_)) for id_ in shown[kind]) or "NULL"
            where[kind] = " AND ".join(filter(None, [f"{TABLE_ALIAS[kind]}.id IN ({ids})", where[kind]]))
    investor_company = {
        row["id"]: row["company_id"] for row in db.query("SELECT id, company_id FROM investors")
    }
    stakes = [
        (stake, investor_company[stake.investor_id])
        for stake in fetch_records(db, "stake", where["stake"], params.get("stake"))
    ]
    rounds = fetch_records(db, "round", where["round"], params.get("round"))
    acquisitions = fetch_records(db, "acquisition", where["acquisition"], params.get("acquisition"))
    partnerships = fetch_records(db, "partnership", where["partnership"], params.get("partnership"))
    metrics = fetch_records(db, "metric", where["metric"], params.get("metric"))
    statements = fetch_records(db, "statement", where["statement"], params.get("statement"))
    if company_id is None and not record_filter:
        ids = [row["id"] for row in db.query("SELECT id FROM companies ORDER BY id")]
    else:
        parties = {*(investor for _, investor in stakes), *(s.company_id for s, _ in stakes)}
        parties |= {company_id} if company_id is not None and not record_filter else set()
        parties |= {r.company_id for r in rounds} | {i for r in rounds for i in r.investor_company_ids}
        parties |= {a.acquirer_id for a in acquisitions} | {a.company_id for a in acquisitions}
        parties |= {p.partner_id for p in partnerships} | {p.company_id for p in partnerships}
        parties |= {m.company_id for m in metrics} | {s.company_id for s in statements}
        parties |= {s.counterpart_id for s in statements if s.counterpart_id is not None}
        ids = sorted(parties)
    companies = [get_company(db, id_) for id_ in ids]
    return companies, rounds, stakes, acquisitions, partnerships, metrics, statements
