"""Human review of what the importer extracted: confirm, reject, edit, undo.

A decision is stored twice: on the record (`review_status`, edited values) and in `review_decisions`,
keyed by the source (its URL, else title and date) and the fact's fingerprint, so re-importing the
source, or a corrected version of it, re-applies the decision instead of undoing it.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, field_validator
from sqlite_utils import Database

from ai_deals.importers.cells import parse_currency, parse_partial_date
from ai_deals.importers.models import Fact

from .errors import EditRefused, FactGone, StoreError
from .formatting import format_amount, is_stake_traded, kinds_agree, round_kind, round_label
from .merging import company_in_use, remove_unused_companies
from .models import RecordRef, ReviewUndone, SelectedFact, shell_word
from .names import is_short_form, normalize_name
from .same_stake import FIGURES
from .schema import DATE_COLUMN, EVIDENCE_CITED_COLUMNS, RECORD_TABLES
from .stake_joins import (
    ONE_ROUND,
    ONE_STAKE,
    STAKE_IN_ROUND,
    join_stakes,
    rounds_of_typed_stakes,
    unlist_joined_stake,
)

REVIEW_STATUSES = ("extracted", "confirmed", "rejected", "edited")
# The user-facing field names, mapped to each table's column.
EDITABLE_COLUMNS: dict[str, dict[str, str]] = {
    "round": {
        "amount": "amount",
        "currency": "currency",
        "bound": "bound",
        "date": "date",
        "round_type": "round_type",
    },
    "stake": {
        "amount": "amount",
        "currency": "currency",
        "bound": "bound",
        "percentage": "percentage",
        "percentage_bound": "percentage_bound",
        "date": "date",
        "round_type": "round_type",
    },
    "metric": {
        "amount": "value",
        "currency": "currency",
        "bound": "bound",
        "date": "date",
        "basis": "basis",
        "is_projection": "is_projection",
    },
    "acquisition": {
        "amount": "amount",
        "currency": "currency",
        "bound": "bound",
        "percentage": "percentage",
        "percentage_bound": "percentage_bound",
        "date": "date",
    },
    # What it is worth and its partner, as its source may have them wrong ("partner: Nvidia" for the
    # Claude maker's purchase from Microsoft): a person corrects them, not only reject the fact.
    "partnership": {"amount": "amount", "currency": "currency", "bound": "bound", "date": "since"},
    "statement": {"date": "date"},
}


class FactEdit(BaseModel):
    """A person's corrections to a fact; None leaves a field as it is."""

    company: str | None = None
    investor: str | None = None
    partner: str | None = None
    """A partnership's other party (its `partner_id`), by name."""
    investors: list[str] | None = None
    """A round's investors, all of them, in order (a lead keeps its flag if it stays)."""
    round_type: str | None = None
    """A round's (a stake's) type as written ("Series B"); "" takes a stake's away (stated none)."""
    amount: float | None = None
    currency: str | None = None
    bound: str | None = None
    percentage: float | None = None
    """A stake's (an acquisition's) share of the company's capital, in percent: 31 for 31%."""
    percentage_bound: Literal["exact", "approx", "minimum", "maximum"] | None = None
    """How precisely the share is stated ("~8%": approx); exact clears a bound."""
    date: str | None = None
    """ISO at its precision; a deal file's forms are read too, day first ("31/12/2021")."""
    basis: str | None = None
    """A valuation's basis: pre_money, post_money, or "unstated" (the source does not say)."""
    valuation: float | None = None
    """A round's valuation, as its source's valuation record (a metric) keeps it; its basis is `basis`."""
    valuation_currency: str | None = None
    valuation_bound: str | None = None
    no_valuation: bool | None = None
    """True: the round's valuation taken away (its source's valuation record rejected)."""
    is_projection: bool | None = None
    """A metric's figure is a projection (a forecast, a plan), not a figure of its date."""

    @field_validator("amount", "valuation")
    @classmethod
    def _finite_positive(cls, value: float | None) -> float | None:
        if value is not None and not (0 < value < 1e15):
            raise ValueError("amount must be a positive number below 10^15")
        return value

    @field_validator("percentage")
    @classmethod
    def _share(cls, value: float | None) -> float | None:
        if value is not None and not (0 < value <= 100):
            raise ValueError("share must be a percentage above 0 and at most 100, such as 31 or 31%")
        return value

    @field_validator("investors")
    @classmethod
    def _names(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return value
        names = list(dict.fromkeys(name.strip() for name in value if name.strip()))
        if not names:
            raise ValueError("name at least one investor, separated by commas")
        return names

    @field_validator("round_type")
    @classmethod
    def _round_type(cls, value: str | None) -> str | None:
        if value is not None and len(value.strip()) > 60:
            raise ValueError("round type must be at most 60 characters, such as Series B or seed")
        return value.strip() if value is not None else value

    @field_validator("currency", "valuation_currency")
    @classmethod
    def _iso_currency(cls, value: str | None) -> str | None:
        # The importers' check, so a code a deal file is refused for ("XYZ") is refused here too.
        return parse_currency(value) if value is not None else None

    @field_validator("bound", "valuation_bound")
    @classmethod
    def _known_bound(cls, value: str | None) -> str | None:
        if value is not None and value not in ("exact", "approx", "minimum", "maximum", "range"):
            raise ValueError("bound must be exact, approx, minimum, maximum or range")
        return value

    @field_validator("basis")
    @classmethod
    def _known_basis(cls, value: str | None) -> str | None:
        if value is None:
            return value
        basis = BASIS_WORDS.get(" ".join(value.casefold().replace("_", " ").replace("-", " ").split()))
        if basis is None:
            raise ValueError("basis must be pre-money, post-money or unstated")
        return basis

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is None:
            return value
        # The deal files' reading (day first), so a date copied from one is taken as it was there.
        try:
            return parse_partial_date(value, "dmy")
        except ValueError as error:
            if "--date-order" not in str(error):
                raise
        raise ValueError(f"'{value.strip()}' is not DD/MM/YYYY (day first, as deal files); write YYYY-MM-DD")


BASIS_WORDS = {
    "pre money": "pre_money",
    "pre": "pre_money",
    "post money": "post_money",
    "post": "post_money",
    "unstated": "unstated",
    "none": "unstated",
}
"""What the form takes for a valuation's basis (spaced, hyphenated or underscored alike)."""


def fingerprint(fact: Fact) -> str:
    """The identity of a fact as extracted: what it says and the sentence that says it."""
    # One f-string, the same text as joining these parts with "\x1f" (decisions already made are
    # keyed by it), without a list per fact: the bulk import computes this for a million facts.
    text = (
        f"{fact.kind}\x1f{fact.company}\x1f{fact.investor or ''}\x1f{','.join(fact.investors)}"
        f"\x1f{fact.partner or ''}\x1f{fact.amount!r}\x1f{fact.currency or ''}\x1f{fact.date or ''}"
        f"\x1f{fact.metric or ''}\x1f{fact.sentence}"
    )
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def identity(fact: Fact, normalize=normalize_name) -> str:
    """Which fact this is, whatever sentence states it: its kind, company, counterpart and figure.

    A corrected story that rewords the sentence around a fact (a co-investor added, a typo fixed)
    still states the same fact, and a decision on it follows it; one whose figure changed (240
    employees -> 250) states another, which nobody has reviewed yet. A round's investors are no
    part of it: a round that gains a co-investor is the same round.
    """
    kind = fact.kind
    investor, partner = (None, None) if kind == "round" else (fact.investor, fact.partner)
    # One f-string, not a join of a list: a deal file computes this for each of a million facts.
    text = (
        f"{kind}\x1f{normalize(fact.company)}\x1f{normalize(investor) if investor else ''}"
        f"\x1f{normalize(partner) if partner else ''}\x1f{fact.amount!r}\x1f{fact.amount_max!r}"
        f"\x1f{fact.currency or ''}\x1f{fact.percentage!r}\x1f{fact.date or ''}\x1f{fact.metric or ''}"
        f"\x1f{fact.unit or ''}\x1f{(fact.text or fact.sentence) if kind == 'statement' else ''}"
    )
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def source_key(url: str | None, title: str, published: str | None) -> str:
    return f"url:{url}" if url else f"title:{title}|{published or ''}"


ROUND_VALUATION_FIELDS = ("valuation", "valuation_currency", "valuation_bound", "basis")
"""What a round's form corrects of the valuation its source stated with it (a metric of its own)."""


def split_round_valuation(changes: FactEdit) -> tuple[FactEdit, FactEdit | None]:
    """A round's corrections as (those of the round, those of its valuation record), the second None
    when the valuation is left alone: its value, currency, bound and basis are the metric's."""
    valuation = FactEdit(
        amount=changes.valuation,
        currency=changes.valuation_currency,
        bound=changes.valuation_bound,
        basis=changes.basis,
    )
    rest = changes.model_copy(update=dict.fromkeys(ROUND_VALUATION_FIELDS))
    touched = any(getattr(changes, field) is not None for field in ROUND_VALUATION_FIELDS)
    return rest, valuation if touched else None


def add_round_valuation(db: Database, round_ref: RecordRef, changes: FactEdit) -> RecordRef:
    """A valuation a person gives a round its source states none for: a valuation record of the
    round's company, source and date (so the page shows it beside the round), `edited` since nobody's
    source states it; its currency the round's unless typed, exact unless a bound is typed. Its
    evidence is the round's sentence, citing what the round's cites."""
    if changes.amount is None:
        raise EditRefused("valuation: this round has no valuation; write one, such as $600M, to add it")
    from .writing import next_record_id  # here: writing imports this module

    round_ = _record_row(db, round_ref)
    metric_id = next_record_id(db, "metrics")
    db["metrics"].insert(
        {
            "id": metric_id,
            "company_id": round_["company_id"],
            "metric": "valuation",
            "value": changes.amount,
            "currency": changes.currency or round_["currency"],
            "bound": changes.bound or "exact",
            "date": round_["date"],
            "date_precision": round_["date_precision"],
            "basis": None if changes.basis in (None, "unstated") else changes.basis,
            "source_id": round_["source_id"],
            "review_status": "edited",
        }
    )
    evidence = db.execute(
        f"""SELECT source_id, sentence, start, "end", line, {", ".join(EVIDENCE_CITED_COLUMNS)} FROM evidence
            WHERE record_type = 'round' AND record_id = ? ORDER BY id LIMIT 1""",
        [round_ref.record_id],
    ).fetchone()
    if evidence is not None:  # no fingerprint: a decision on the round is not taken for this one's
        columns = ("source_id", "sentence", "start", "end", "line", *EVIDENCE_CITED_COLUMNS)
        row = dict(zip(columns, evidence, strict=True))
        db["evidence"].insert(
            row | {"record_type": "metric", "record_id": metric_id, "fact_kind": "valuation"}
        )
    return RecordRef(record_type="metric", record_id=metric_id)


def remove_added(db: Database, ref: RecordRef) -> None:
    """Undo of `add_round_valuation`: the record and its evidence go."""
    db.execute(
        "DELETE FROM evidence WHERE record_type = ? AND record_id = ?", [ref.record_type, ref.record_id]
    )
    db.execute(f"DELETE FROM {RECORD_TABLES[ref.record_type]} WHERE id = ?", [ref.record_id])


def added_valuation(db: Database, round_ref: RecordRef) -> dict | None:
    """The valuation a person gave the round (its source states none), as the round's own decision
    keeps it (`edited["added_valuation"]`): value, currency, bound and basis; None when none was given."""
    decision = decision_for(db, round_ref)
    if decision is None or not decision["edited"]:
        return None
    return json.loads(decision["edited"]).get("added_valuation")


def keep_added_valuation(db: Database, round_ref: RecordRef, valuation: dict | None) -> None:
    """Keep `valuation` (None: no longer any) as the valuation a person gave the round, in the round's
    own decision: a re-import of a corrected version of its source (`_apply`), a re-dated source and a
    renamed company carry it over with that decision, as any correction of the round. Nothing is kept
    for a round whose evidence has no fingerprint (written before m009)."""
    key = _decision_key(db, round_ref)
    if key is None:
        return
    decision = decision_for(db, round_ref)
    edited = json.loads(decision["edited"] or "{}") if decision else {}
    edited.pop("added_valuation", None)
    if valuation is not None:
        edited["added_valuation"] = valuation
    if decision is None:
        if valuation is not None:  # the round's status is unchanged: the valuation is all it keeps
            status = _record_row(db, round_ref)["review_status"]
            _insert_decision(db, key, "round", status, None, edited)
    elif edited or decision["status"] != "extracted":
        # updated in place: an undo of the round's own decision finds it by its id
        db["review_decisions"].update(decision["id"], {"edited": json.dumps(edited) if edited else None})
    else:  # it kept nothing but the valuation
        db.execute("DELETE FROM review_decisions WHERE id = ?", [decision["id"]])


def valuation_values(db: Database, metric_ref: RecordRef) -> dict:
    """What `keep_added_valuation` keeps of a valuation record."""
    metric = _record_row(db, metric_ref)
    return {column: metric[column] for column in ("value", "currency", "bound", "basis")}


def is_added_valuation(db: Database, metric_ref: RecordRef) -> bool:
    """Whether the valuation record was given by a person (no sentence states it: no fingerprint)."""
    stated = db.execute(
        "SELECT 1 FROM evidence WHERE record_type = 'metric' AND record_id = ? AND fingerprint IS NOT NULL",
        [metric_ref.record_id],
    ).fetchone()
    return stated is None


def remove_carried_valuation(db: Database, round_ref: RecordRef) -> None:
    """Undo of an added valuation after a re-import carried it over to `round_ref`, the round that
    replaced the one it was given to: that round's added valuation record goes."""
    from .queries import round_valuation  # here: queries imports this module

    valued = round_valuation(db, round_ref.record_id)
    if valued is not None and is_added_valuation(db, valued):
        remove_added(db, valued)


def _give_added_valuation(db: Database, round_id: int, valuation: dict) -> None:
    """A freshly imported round takes again the valuation a person gave it, unless it shows one."""
    from .queries import round_valuation  # here: queries imports this module

    if round_valuation(db, round_id) is not None:
        return
    changes = FactEdit.model_construct(
        amount=valuation["value"],
        currency=valuation["currency"],
        bound=valuation["bound"],
        basis=valuation["basis"],
    )
    add_round_valuation(db, RecordRef(record_type="round", record_id=round_id), changes)


def record_exists(db: Database, ref: RecordRef) -> bool:
    """Whether the record is still there (a re-import of its source rewrites its records)."""
    table = RECORD_TABLES[ref.record_type]
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [ref.record_id]).fetchone() is not None


def _record_row(db: Database, ref: RecordRef) -> dict:
    rows = list(db.query(f"SELECT * FROM {RECORD_TABLES[ref.record_type]} WHERE id = ?", [ref.record_id]))
    if not rows:
        raise FactGone(f"no {ref.record_type} with id {ref.record_id}")
    return rows[0]


def fact_key(db: Database, ref: RecordRef) -> tuple[str, str, str | None] | None:
    """The record's source key, fingerprint and identity (None when it is gone or has none)."""
    return _decision_key(db, ref)


FactKey = tuple[str, str, str | None]
"""A record's source key, sentence fingerprint and identity: what a re-import of its source keeps."""


def fact_keys(db: Database, refs: Sequence[RecordRef]) -> dict[RecordRef, FactKey | None]:
    """`fact_key` of each of `refs`, read 500 records a query (a page's 10,000 selected at once were
    10,000 queries). A record gone, or with no fingerprint, has None."""
    keys: dict[RecordRef, FactKey | None] = dict.fromkeys(refs)
    for ref, (key, _) in _first_evidence(db, refs).items():
        keys[ref] = key
    return keys


def selected_facts(db: Database, refs: Sequence[RecordRef]) -> dict[RecordRef, SelectedFact]:
    """What finds each of `refs` again after a re-import replaced it (`found_again`); records gone or
    with no fingerprint are left out."""
    return {
        ref: SelectedFact(key=key, source_id=source_id)
        for ref, (key, source_id) in _first_evidence(db, refs).items()
        if key is not None
    }


def found_again(db: Database, facts: dict[RecordRef, SelectedFact]) -> dict[RecordRef, RecordRef]:
    """Of the records `facts` were read from, those a re-import of their source replaced since, each
    with the record it put in place (`replacement`). Records unchanged, and records gone with nothing
    in their place, are left out."""
    now = fact_keys(db, list(facts))
    found: dict[RecordRef, RecordRef] = {}
    for ref, fact in facts.items():
        if now[ref] == fact.key:
            continue
        again = replacement(db, ref, fact.key, fact.source_id)
        if again is not None and again != ref:
            found[ref] = again
    return found


def _first_evidence(db: Database, refs: Sequence[RecordRef]) -> dict[RecordRef, tuple[FactKey | None, int]]:
    """The fact key and source of each record's first evidence row (by id, as `_decision_key` reads
    it), 500 records a query; records gone are left out."""
    by_type: dict[str, list[int]] = {}
    for ref in refs:
        by_type.setdefault(ref.record_type, []).append(ref.record_id)
    found: dict[RecordRef, tuple[FactKey | None, int]] = {}
    for record_type, ids in by_type.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = db.execute(
                f"""SELECT e.record_id, s.url, s.title, s.published, e.fingerprint, e.identity, s.id
                    FROM evidence e JOIN sources s ON s.id = e.source_id
                    WHERE e.record_type = ? AND e.record_id IN ({", ".join("?" for _ in chunk)})
                    ORDER BY e.record_id, e.id""",
                [record_type, *chunk],
            )
            for record_id, url, title, published, fingerprint, identity, source_id in rows:
                ref = RecordRef(record_type=record_type, record_id=record_id)
                if ref not in found:  # its first evidence row only
                    key = (source_key(url, title, published), fingerprint, identity) if fingerprint else None
                    found[ref] = (key, source_id)
    return found


def replacement(
    db: Database, ref: RecordRef, key: tuple[str, str, str | None], source_id: int | None = None
) -> RecordRef | None:
    """The record a re-import of the source put in place of the one `key` was read from: the one its
    source states with the same sentence (fingerprint), else the only one with the same identity.
    `source_id`, the source the record was read from, is looked in too: a re-import that dated an
    undated article keeps its source row but changes its key ("title:T|" -> "title:T|2026-03-02")."""
    source_key = key[0]
    if source_key.startswith("url:"):
        sources = "SELECT id FROM sources WHERE url = ?"
        params: list = [source_key[4:]]
    else:
        title, _, published = source_key[6:].rpartition("|")
        sources = "SELECT id FROM sources WHERE url IS NULL AND title = ? AND COALESCE(published, '') = ?"
        params = [title, published]
    if source_id is not None:
        sources += " UNION SELECT ?"
        params.append(source_id)
    for column, value in (("fingerprint", key[1]), ("identity", key[2])):
        if value is None:
            continue
        found = {
            (row[0], row[1])
            for row in db.execute(
                f"""SELECT record_type, record_id FROM evidence WHERE {column} = ? AND record_type = ?
                    AND source_id IN ({sources})""",
                [value, ref.record_type, *params],
            )
        }
        if len(found) == 1:
            ((record_type, record_id),) = found
            return RecordRef(record_type=record_type, record_id=record_id)
        if found:
            return None  # which one cannot be told: none is guessed
    return None


def undo_on_replacement(db: Database, ref: RecordRef, undo) -> None:
    """Undo a decision on `ref`, the record a re-import put in place of the one decided (`undo.ref`),
    which carries the decision over: the columns the decision changed get back the values they had,
    a round's investors lose those the edit added and regain those it took off, and the decision
    stored before it is put back."""
    table = RECORD_TABLES[ref.record_type]
    values = {column: undo.row[column] for column in undo.changed if column in undo.row and column != "id"}
    # The rounds' rows saved for undo (`round_links`) are the replaced version's: a stake whose round
    # type (day, company, money) comes back is moved as the edit moved it, out of the round it was put
    # in (its investor's link with it) and into its round of its type, by `relink_stake`.
    relinks = ref.record_type == "stake" and bool(STAKE_ROUND_COLUMNS & values.keys())
    if relinks:
        values.pop("round_id", None)
    rejoins = ref.record_type == "round" and bool(STAKE_ROUND_COLUMNS & values.keys())
    company_before = _company_of(db, "round", ref.record_id) if rejoins else None
    if values:
        db[table].update(ref.record_id, values)
        follow_total(db, ref.record_type, ref.record_id)
    if relinks:
        relink_stake(db, ref.record_id)
    if rejoins:  # a round's type (day, company, money) back: its stakes re-joined as the edit did
        rejoin_round(db, ref.record_id, company_before)
    if undo.links is not None and undo.edited_investors is not None and ref.record_type == "round":
        before = [link["investor_id"] for link in undo.links]
        added = set(undo.edited_investors) - set(before)
        taken_off = [i for i in before if i not in undo.edited_investors]
        now = [link["investor_id"] for link in round_links(db, ref.record_id)]
        set_round_investors(db, ref.record_id, [i for i in now if i not in added] + taken_off)
    key = _decision_key(db, ref)
    if key is None:
        return
    given = added_valuation(db, ref)  # given apart from the decision undone: stays
    db.execute("DELETE FROM review_decisions WHERE source_key = ? AND fingerprint = ?", list(key[:2]))
    if undo.decision:
        db["review_decisions"].insert(undo.decision | {"source_key": key[0], "fingerprint": key[1]})
    if ref.record_type == "round":
        keep_added_valuation(db, ref, given)


def _decision_key(db: Database, ref: RecordRef) -> FactKey | None:
    """The record's source key, fingerprint and identity (None on evidence written before m009, or
    on a record gone)."""
    first = _first_evidence(db, [ref]).get(ref)
    return first[0] if first is not None else None


def _remember(db: Database, ref: RecordRef, status: str, original: dict | None, edited: dict | None) -> None:
    key = _decision_key(db, ref)
    if key is None:
        return
    db.execute("DELETE FROM review_decisions WHERE source_key = ? AND fingerprint = ?", list(key[:2]))
    if status == "extracted" and not edited:
        return
    _insert_decision(db, key, ref.record_type, status, original, edited)


def _insert_decision(
    db: Database, key: tuple, record_type: str, status: str, original: dict | None, edited: dict | None
) -> None:
    db["review_decisions"].insert(
        {
            "source_key": key[0],
            "fingerprint": key[1],
            "identity": key[2],
            "record_type": record_type,
            "status": status,
            "original": json.dumps(original) if original is not None else None,
            "edited": json.dumps(edited) if edited is not None else None,
            "decided_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
    )


# The page's "same figures" (same_stake.FIGURES), on the same day and instalment.
_TWIN_COLUMNS = (*FIGURES, "date", "tranche")


def identical_twins(db: Database, ref: RecordRef, status: str) -> list[RecordRef]:
    """Another document's records telling the same stake as `ref` with the same figures (same
    company, investor, amount, currency, bound, share, date and tranche: one fact told twice, a
    page shows it once), not already `status`: a decision on the fact is a decision on each of them,
    so review does not offer the twin again as undecided (same_stake.fold_stakes)."""
    if ref.record_type != "stake":
        return []
    same = " AND ".join(f"t.{column} IS s.{column}" for column in _TWIN_COLUMNS)
    rows = db.execute(
        f"""SELECT t.id FROM stakes s JOIN stakes t
            ON t.investor_id = s.investor_id AND t.company_id = s.company_id AND t.id != s.id
           WHERE s.id = ? AND {same} AND t.source_id IS NOT s.source_id AND t.review_status != ?
           ORDER BY t.id""",
        [ref.record_id, status],
    ).fetchall()
    return [RecordRef(record_type="stake", record_id=row[0]) for row in rows]


def snapshot(db: Database, ref: RecordRef) -> dict:
    """The record's row as it is now, for undo."""
    return _record_row(db, ref)


def set_status(db: Database, ref: RecordRef, status: str) -> None:
    if status not in REVIEW_STATUSES:
        raise StoreError(f"unknown review status {status!r}")
    _record_row(db, ref)
    db.execute(
        f"UPDATE {RECORD_TABLES[ref.record_type]} SET review_status = ? WHERE id = ?", [status, ref.record_id]
    )
    # Confirming (or rejecting) an edited fact keeps its corrections: they are still its values.
    original, edited = _earlier_edit(db, ref)
    if status == "extracted":  # back to unreviewed: the corrections go, a valuation a person gave stays
        given = edited.get("added_valuation")
        original, edited = {}, {"added_valuation": given} if given is not None else {}
    _remember(db, ref, status, original or None, edited or None)


def edit(
    db: Database, ref: RecordRef, changes: FactEdit, resolve_company, resolve_investor
) -> list[dict] | None:
    """Apply a person's corrections; the original values are kept in `review_decisions.original`.

    Returns the companies removed because the edit took their last record (`remove_unused_companies`),
    or None, writing nothing, when every value given is the one the fact already has (saved
    unchanged, or "35000000" typed for 35M): the fact is not marked edited for it.
    """
    row = _record_row(db, ref)
    columns = EDITABLE_COLUMNS[ref.record_type]
    updates: dict = {}
    for field, column in columns.items():
        value = getattr(changes, field)
        if value is None:
            continue
        if (field == "basis" and value == "unstated") or (field == "round_type" and not value):
            value = None  # stated none: stored NULL
        elif field == "is_projection":
            value = int(value)
        elif field == "percentage_bound" and value == "exact":
            value = None  # stored NULL, as every exact share
            if row[column] is None:
                continue
        if value != row[column]:
            updates[column] = value
    date_column = DATE_COLUMN.get(ref.record_type, "date")
    if date_column in updates:
        precision = {4: "year", 7: "month", 10: "day"}[len(updates[date_column])]
        updates[f"{date_column}_precision"] = precision
    if changes.investors is not None and ref.record_type == "round":
        if changes.investors == round_investor_names(db, ref.record_id):
            changes = changes.model_copy(update={"investors": None})
    if changes.company:
        _refuse_alias_of_same(db, row["company_id"], changes.company, ref.record_type)
        updates["company_id"] = resolve_company(changes.company)
    if changes.investor:
        if ref.record_type != "stake":
            raise StoreError("only an investment has an investor to edit")
        investor = db.execute(
            "SELECT company_id FROM investors WHERE id = ?", [row["investor_id"]]
        ).fetchone()
        if investor is not None:
            _refuse_alias_of_same(db, investor[0], changes.investor, ref.record_type)
        updates["investor_id"] = resolve_investor(changes.investor)
    if changes.partner:
        updates["partner_id"] = _edited_partner(db, ref, row, changes.partner, resolve_company)
    if changes.investors is not None and ref.record_type != "round":
        raise StoreError("only a round has a list of investors to edit")
    if not updates and changes.investors is None:
        return None
    if TOTAL_COLUMNS & updates.keys():
        _refuse_total_below_tranches(db, ref, row | updates)
    original = {column: row[column] for column in updates}
    # The companies the edit may take their last record from: the one it had, its investors.
    left = {row["company_id"]} if "company_id" in updates else set()
    left |= {row["partner_id"]} if "partner_id" in updates else set()
    if "investor_id" in updates:
        left |= {
            r[0] for r in db.execute("SELECT company_id FROM investors WHERE id = ?", [row["investor_id"]])
        }
    if changes.investors is not None:
        original["investor_names"] = round_investor_names(db, ref.record_id)
        left |= {
            r[0]
            for r in db.execute(
                """SELECT i.company_id FROM round_investors ri JOIN investors i ON i.id = ri.investor_id
                   WHERE ri.round_id = ?""",
                [ref.record_id],
            )
        }
        set_round_investors(db, ref.record_id, [resolve_investor(name) for name in changes.investors])
    earlier_original, earlier_edit = _earlier_edit(db, ref)
    db[RECORD_TABLES[ref.record_type]].update(ref.record_id, updates | {"review_status": "edited"})
    if TOTAL_COLUMNS & updates.keys():
        follow_total(db, ref.record_type, ref.record_id)
    # Names, not only ids, are remembered: a merge may retire an id before the source is re-imported.
    names = {
        "company_name": changes.company,
        "investor_name": changes.investor,
        "partner_name": changes.partner,
        "investor_names": changes.investors,
    }
    edited = earlier_edit | updates | {k: v for k, v in names.items() if v}
    # An edit of an edit keeps the values the importer first extracted, and the earlier corrections.
    _remember(db, ref, "edited", original | earlier_original, edited)
    return remove_unused_companies(db, left)


def _edited_partner(db: Database, ref: RecordRef, row: dict, name: str, resolve_company) -> int:
    """The company a partnership's partner typed as `name` is (made when new): refused for any other fact, for the partnership's own company,
    and, as a company is, when it is an alias of the partner it already has."""
    if ref.record_type != "partnership":
        raise StoreError("only a partnership has a partner to edit")
    _refuse_alias_of_same(db, row["partner_id"], name, ref.record_type)
    partner_id = resolve_company(name)
    if partner_id == row["company_id"]:
        raise StoreError(f"{name} is the partnership's own company, it cannot be its partner too")
    return partner_id


# A stake's or round's tranches table and its column naming the record.
TRANCHE_TABLES = {"round": ("round_tranches", "round_id"), "stake": ("stake_tranches", "stake_id")}


def follow_total(db: Database, record_type: str, record_id: int) -> None:
    """Make a computed tranche amount ("and the balance in June": the total less the stated tranches,
    m027) what the record's total, as it stands now, leaves: after an edit of the amount, its undo,
    and a re-import that applies the edit again. A stated tranche is never changed. Done where the
    total is written, not on read, so the file itself (Datasette, an export, every page) tells one
    balance. No amount (NULL) when the stated tranches leave nothing, or are in another currency."""
    if record_type not in TRANCHE_TABLES:
        return
    table, key = TRANCHE_TABLES[record_type]
    tranches = list(
        db.query(f"SELECT id, amount, currency, computed FROM {table} WHERE {key} = ?", [record_id])
    )
    computed = [t for t in tranches if t["computed"]]
    if len(computed) != 1:  # the importer computes one rest at most; nothing to follow otherwise
        return
    total, currency = db.execute(
        f"SELECT amount, currency FROM {RECORD_TABLES[record_type]} WHERE id = ?", [record_id]
    ).fetchone()
    stated = [t for t in tranches if not t["computed"]]
    comparable = all(t["currency"] in (None, currency) for t in stated)
    rest = total - sum(t["amount"] or 0.0 for t in stated) if total is not None and comparable else None
    amount = rest if rest is not None and rest > 0 else None
    db.execute(
        f"UPDATE {table} SET amount = ?, currency = ? WHERE id = ?",
        [amount, currency if amount is not None else computed[0]["currency"], computed[0]["id"]],
    )


def _refuse_total_below_tranches(db: Database, ref: RecordRef, edited: dict) -> None:
    """An amount edited below what its stated tranches already add up to ($10B for "$15B in April" of
    a $50B stake) would leave the page saying both: refused, nothing written, so the person fixes the
    tranche's source or types a total that holds them. Tranches in another currency are not compared."""
    if ref.record_type not in TRANCHE_TABLES or edited.get("amount") is None:
        return
    table, key = TRANCHE_TABLES[ref.record_type]
    stated = list(
        db.query(f"SELECT amount, currency FROM {table} WHERE {key} = ? AND NOT computed", [ref.record_id])
    )
    currency = edited.get("currency")
    if not stated or any(t["currency"] not in (None, currency) for t in stated):
        return
    tranches = sum(t["amount"] or 0.0 for t in stated)
    if edited["amount"] < tranches:
        raise EditRefused(
            f"amount: {format_amount(edited['amount'], currency)} is below the "
            f"{format_amount(tranches, currency)} its stated tranches already add up to; "
            "type a total that holds them"
        )


def _refuse_alias_of_same(db: Database, company_id: int, name: str, record_type: str) -> None:
    """A company typed that is an alias of the record's own company would leave the record where it
    is while saying it was edited: say so, and how to make that name a company of its own."""
    if _company_named(db, name) != company_id:
        return
    own, key = db.execute("SELECT name, normalized FROM companies WHERE id = ?", [company_id]).fetchone()
    if key == normalize_name(name):
        return  # its own name (another spelling): nothing moves, as typed
    if is_short_form(name, own):  # every record of `own` names it too: a split would take them all
        raise EditRefused(f"{name!r} is {own} cut short: the {record_type} is already {own}'s")
    raise EditRefused(
        f"{name!r} is an alias of {own}: the {record_type} stays there. If they are two companies, "
        f"`ai-deals split {shell_word(own)} {shell_word(name)}` makes {name!r} one of its own"
    )


def round_investor_names(db: Database, round_id: int) -> list[str]:
    """The names of a round's investors, in the order recorded."""
    rows = db.execute(
        """SELECT c.name FROM round_investors ri JOIN investors i ON i.id = ri.investor_id
           JOIN companies c ON c.id = i.company_id WHERE ri.round_id = ? ORDER BY ri.rowid""",
        [round_id],
    )
    return [name for (name,) in rows]


def round_links(db: Database, round_id: int) -> list[dict]:
    """A round's `round_investors` rows as they are now, for undo."""
    return list(db.query("SELECT * FROM round_investors WHERE round_id = ? ORDER BY rowid", [round_id]))


def set_round_investors(db: Database, round_id: int, investor_ids: list[int]) -> None:
    """Make `investor_ids` the round's investors, in order; a lead that stays keeps its flag."""
    leads = {row["investor_id"] for row in round_links(db, round_id) if row["is_lead"]}
    db.execute("DELETE FROM round_investors WHERE round_id = ?", [round_id])
    for investor_id in dict.fromkeys(investor_ids):
        db.execute(
            "INSERT INTO round_investors (round_id, investor_id, is_lead) VALUES (?, ?, ?)",
            [round_id, investor_id, int(investor_id in leads)],
        )


# What a computed tranche amount (the total less the stated ones) is worked out from: `follow_total`.
TOTAL_COLUMNS = frozenset({"amount", "currency"})


# What moves a stake into (or out of) its company's round of its type that day; a round's the same.
STAKE_ROUND_COLUMNS = frozenset({"round_type", "date", "company_id", "currency"})


def relink_stake(db: Database, stake_id: int) -> dict[int, list[dict]]:
    """After an edit of a stake's round type (date, company, currency): take it out of a round of
    another type, and put one in no round in its company's round of its type that day, as the import
    joins them (`writing.join_stakes_to_rounds`), its investor then one of the round's investors.
    Returns the `round_investors` rows, before, of the rounds it left or joined (for undo).

    A round it leaves keeps its investor when its source names it, or another stake there is its."""
    stake = db.execute(
        "SELECT round_id, round_type, source_id FROM stakes WHERE id = ?", [stake_id]
    ).fetchone()
    round_id, stake_type, source_id = stake
    before: dict[int, list[dict]] = {}
    if round_id is not None and not _still_in_round(db, round_id, stake_type, source_id):
        before[round_id] = round_links(db, round_id)
        _leave_round(db, stake_id)
        round_id = None
    if round_id is not None or not stake_type:
        return before
    joins = rounds_of_typed_stakes(db.conn, ONE_STAKE, {"stake": stake_id})
    if stake_id in joins:
        found = joins[stake_id][0]
        before.setdefault(found, round_links(db, found))
        join_stakes(db.conn, joins)
    return before


def _leave_round(db: Database, stake_id: int) -> None:
    """A stake out of its round, its investor off the round's list if listed only for it."""
    unlist_joined_stake(db.conn, stake_id)
    db.execute("UPDATE stakes SET round_id = NULL WHERE id = ?", [stake_id])


def rejoin_round(
    db: Database, round_id: int, company_before: int
) -> tuple[dict[int, list[dict]], dict[int, int | None]]:
    """After an edit of a round's type (date, company, currency), as `relink_stake` after a stake's:
    the typed stakes in it that no longer fit it (of its kind, its company's that day, in its money)
    leave it, for their round of their type that day if there is one, and the typed stakes in no round
    that now fit it join it, their investors then its investors.
    Returns, for undo, the `round_investors` rows before of the rounds touched, and the stakes moved
    with the round each was in before."""
    links = {round_id: round_links(db, round_id)}
    moved: dict[int, int | None] = {}
    for stake_id in _typed_stakes_in(db, round_id, company_before):
        if not rounds_of_typed_stakes(db.conn, STAKE_IN_ROUND, {"stake": stake_id, "round": round_id}):
            moved[stake_id] = round_id
            _leave_round(db, stake_id)
            for other, rows in relink_stake(db, stake_id).items():
                links.setdefault(other, rows)
    joins = rounds_of_typed_stakes(db.conn, ONE_ROUND, {"round": round_id})
    for stake_id in joins:
        moved.setdefault(stake_id, None)
    join_stakes(db.conn, joins)
    return links, moved


def _typed_stakes_in(db: Database, round_id: int, company_id: int) -> list[int]:
    """The stakes stating a round type in a round, found by its company (before an edit moved it):
    stakes have no index on round_id. None in a round stating no type: only its own source puts
    stakes there (by their day), never the join by type, so an edit of it leaves them."""
    rows = db.execute(
        """SELECT s.id FROM stakes s JOIN rounds r ON r.id = s.round_id
           WHERE s.company_id = ? AND s.round_id = ? AND s.round_type IS NOT NULL
             AND r.round_type IS NOT NULL""",
        [company_id, round_id],
    )
    return [stake_id for (stake_id,) in rows]


def restore_stake_rounds(db: Database, rounds: dict[int, int | None]) -> None:
    """Undo: put stakes back in the rounds they were in before a round's edit moved them (`rejoin_round`)."""
    db.conn.executemany("UPDATE stakes SET round_id = ? WHERE id = ?", [(r, s) for s, r in rounds.items()])


def _still_in_round(db: Database, round_id: int, stake_type: str | None, source_id: int | None) -> bool:
    """Whether a stake stays in its round: one of an unstated type or of the stake's type; a stake of no
    type only in its own source's round (another source's it was joined to by its type); a stake bought
    from its holders or sold by its investor (`is_stake_traded`) in none, as the import puts it."""
    if is_stake_traded(stake_type):
        return False
    row = db.execute("SELECT round_type, source_id FROM rounds WHERE id = ?", [round_id]).fetchone()
    if row is None:
        return False
    round_type, round_source = row
    stake_kind = round_kind(stake_type)  # None: untyped, or a generic type stating no stage
    if stake_kind is None:
        return round_source == source_id
    return kinds_agree(round_kind(round_type), stake_kind)


def restore_round_links(db: Database, links: dict[int, list[dict]]) -> None:
    """Undo: put back rounds' `round_investors` rows as `relink_stake` found them."""
    for round_id, rows in links.items():
        db.execute("DELETE FROM round_investors WHERE round_id = ?", [round_id])
        for link in rows:
            db["round_investors"].insert(link)


def _earlier_edit(db: Database, ref: RecordRef) -> tuple[dict, dict]:
    """The record's stored decision's original values and corrections ({} and {} when it has none)."""
    decision = decision_for(db, ref)
    if decision is None:
        return {}, {}
    return json.loads(decision["original"] or "{}"), json.loads(decision["edited"] or "{}")


def restore(
    db: Database, ref: RecordRef, row: dict, decision: dict | None, links: list[dict] | None = None
) -> None:
    """Undo: put back the record's row (and a round's investors) and the decision as they were before."""
    table = RECORD_TABLES[ref.record_type]
    db[table].update(ref.record_id, {k: v for k, v in row.items() if k != "id"})
    follow_total(db, ref.record_type, ref.record_id)
    if links is not None:
        db.execute("DELETE FROM round_investors WHERE round_id = ?", [ref.record_id])
        for link in links:
            db["round_investors"].insert(link)
    key = _decision_key(db, ref)
    if key is None:
        return
    given = added_valuation(db, ref)  # given apart from the decision undone: stays
    db.execute("DELETE FROM review_decisions WHERE source_key = ? AND fingerprint = ?", list(key[:2]))
    if decision:
        db["review_decisions"].insert(decision)
    if ref.record_type == "round":
        keep_added_valuation(db, ref, given)


# The tables an edit may add rows to (a company typed that none had, its investors row, a new spelling
# of a known company as its alias): undoing the edit takes back the rows it added, if unused.
CREATED_BY_EDIT = ("companies", "investors", "aliases")


def newest_ids(db: Database) -> dict[str, int]:
    """The highest id of each table an edit may add rows to: what an edit creates comes after them."""
    return {
        table: db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
        for table in CREATED_BY_EDIT
    }


def created_since(db: Database, newest: dict[str, int]) -> dict[str, list[int]]:
    """The rows of each table created after `newest_ids` was asked (within one transaction)."""
    return {
        table: [row[0] for row in db.execute(f"SELECT id FROM {table} WHERE id > ?", [newest[table]])]
        for table in CREATED_BY_EDIT
    }


def remove_unused(
    db: Database, companies: list[int], investors: list[int], aliases: Sequence[int] = ()
) -> ReviewUndone:
    """After an edit is undone: remove the companies, investors rows and aliases it created that nothing
    refers to now; companies another fact or a merge came to name since are kept, and said."""
    named = _spellings_decisions_name(db) if aliases else set()
    for alias_id in aliases:
        # A spelling another decision typed too stays: it is that decision's as much as this one's.
        row = db.execute("SELECT alias FROM aliases WHERE id = ?", [alias_id]).fetchone()
        if row is not None and row[0] not in named:
            db.execute("DELETE FROM aliases WHERE id = ?", [alias_id])
    for investor_id in investors:
        used = db.execute(
            """SELECT 1 FROM round_investors WHERE investor_id = ?
               UNION ALL SELECT 1 FROM stakes WHERE investor_id = ? LIMIT 1""",
            [investor_id, investor_id],
        ).fetchone()
        if used is None:
            db.execute("DELETE FROM investors WHERE id = ?", [investor_id])
    undone = ReviewUndone()
    for company_id in companies:
        row = db.execute("SELECT name FROM companies WHERE id = ?", [company_id]).fetchone()
        if row is None:  # merged away since: its records are another company's now
            continue
        # It keeps its investors row (removed above when unused), and so must stay while that row does.
        if company_in_use(db, company_id, any_investors_row=True, any_merge=True):
            undone.kept.append(row[0])
            continue
        db.execute("DELETE FROM aliases WHERE company_id = ?", [company_id])
        db.execute("DELETE FROM companies WHERE id = ?", [company_id])
        undone.removed.append(row[0])
    return undone


def _spellings_decisions_name(db: Database) -> set[str]:
    """The company and investor names the stored edits typed (few: a person made each one)."""
    names: set[str] = set()
    for (edited,) in db.execute("SELECT edited FROM review_decisions WHERE edited IS NOT NULL"):
        values = json.loads(edited)
        typed = (values.get("company_name"), values.get("investor_name"), values.get("partner_name"))
        names.update(name for name in typed if name)
        names.update(values.get("investor_names") or ())
    return names


def decision_for(db: Database, ref: RecordRef) -> dict | None:
    key = _decision_key(db, ref)
    if key is None:
        return None
    rows = list(
        db.query("SELECT * FROM review_decisions WHERE source_key = ? AND fingerprint = ?", list(key[:2]))
    )
    return rows[0] if rows else None


# What a fact is about, whatever its figure: its company and counterpart (a metric: which metric). A
# decision the new version could not keep is on a fact that changed when one of that shape is there
# unreviewed, else on a fact the new version no longer states.
_SHAPES = {
    "round": None,
    "stake": "investor_id",
    "partnership": "partner_id",
    "metric": "metric",
    "statement": "counterpart_id",
    "acquisition": "acquirer_id",
}


def decisions_in_effect(db: Database, source_id: int, key: str) -> dict[int, tuple]:
    """The review decisions applied to the source's records as they are now, each with its fact's
    shape (kind, company, counterpart): asked before a re-import replaces them, so that it can say
    which ones the corrected version could not keep, and whether their fact changed or is gone."""
    decisions = dict(db.execute("SELECT fingerprint, id FROM review_decisions WHERE source_key = ?", [key]))
    if not decisions:  # the usual case: nobody reviewed this source, its evidence is not read
        return {}
    rows = db.execute(
        """SELECT fingerprint, record_type, MIN(record_id) FROM evidence WHERE source_id = ? AND fingerprint IN
           (SELECT fingerprint FROM review_decisions WHERE source_key = ?) GROUP BY fingerprint""",
        [source_id, key],
    ).fetchall()
    return {decisions[fingerprint]: _shape(db, kind, record_id) for fingerprint, kind, record_id in rows}


def _shape(db: Database, record_type: str, record_id: int) -> tuple:
    other = _SHAPES.get(record_type)
    columns = f"company_id, {other}" if other else "company_id, NULL"
    row = db.execute(
        f"SELECT {columns} FROM {RECORD_TABLES[record_type]} WHERE id = ?", [record_id]
    ).fetchone()
    return (record_type, *row) if row else (record_type, None, None)


def _still_stated(db: Database, source_id: int, shape: tuple) -> bool:
    """Whether the source's new version states, unreviewed, a fact of that shape (its figure changed)."""
    record_type, company_id, other = shape
    if company_id is None:
        return False
    column = _SHAPES.get(record_type)
    sql = f"""SELECT 1 FROM {RECORD_TABLES[record_type]} WHERE source_id = ? AND company_id = ?
              AND review_status = 'extracted'"""
    params = [source_id, company_id]
    if column:
        sql += f" AND {column} IS ?"
        params.append(other)
    return db.execute(sql + " LIMIT 1", params).fetchone() is not None


# The shapes whose second id is a company's too (a stake's is an investors row, a metric's a name).
_COMPANY_OTHERS = frozenset({"partnership", "statement", "acquisition"})


def _moved_shape(shape: tuple, moved: dict[int, int]) -> tuple:
    """`shape` with its company ids mapped through `moved` (a renamed company's old id to its new
    one): only ids of companies, since an investors-row id may equal a moved company's."""
    record_type, company_id, other = shape
    if record_type in _COMPANY_OTHERS:
        other = moved.get(other, other)
    return record_type, moved.get(company_id, company_id), other


def carry_decisions(
    db: Database,
    source_id: int,
    key: str,
    in_effect: dict[int, tuple] | None = None,
    renamed: dict[str, str] | None = None,
    moved: dict[int, int] | None = None,
) -> tuple[int, int]:
    """On import: re-apply the decisions made on earlier versions of the source to the facts it states
    now. A decision follows its fact when the sentence is unchanged (same fingerprint) or, the sentence
    reworded, when exactly one new fact and one waiting decision share the fact's `identity`.
    Returns how many of the decisions `in_effect` on the replaced version could not be kept, and how
    many of those because their fact is no longer in the new version at all (not changed: gone).

    `renamed` maps the identity a fact had under the company's earlier spelling to its identity now,
    when the new version's only change to it is that spelling ("Vortex AI" -> "Vortexa AI",
    `renamed_identities`): a decision waiting under the first follows the fact of the second. `moved`
    maps the earlier company's id to the renamed one's: a fact of the renamed company whose figure
    changed too is a fact that changed, not one gone.

    Decisions left behind stay stored: importing the earlier version again brings them back.
    """
    decisions = list(db.query("SELECT * FROM review_decisions WHERE source_key = ? ORDER BY id", [key]))
    if not decisions:
        return 0, 0
    renamed = renamed or {}
    # One pass over the source's evidence (a deal file's may be a million rows), filtered in SQL.
    rows = db.query(
        """SELECT id, record_type, record_id, fingerprint, identity FROM evidence
           WHERE source_id = ? AND (
             fingerprint IN (SELECT fingerprint FROM review_decisions WHERE source_key = ?)
             OR identity IN (SELECT identity FROM review_decisions WHERE source_key = ?)
             OR identity IN (SELECT value FROM json_each(?)))""",
        [source_id, key, key, json.dumps(sorted(set(renamed.values())))],
    )
    by_print: dict[str, list[dict]] = {}
    by_identity: dict[str, list[dict]] = {}
    for row in rows:
        by_print.setdefault(row["fingerprint"], []).append(row)
        by_identity.setdefault(row["identity"], []).append(row)
    applied: set[int] = set()
    taken: set[int] = set()  # evidence rows a decision now covers
    for decision in decisions:
        for row in by_print.get(decision["fingerprint"], []):
            _apply(db, row["record_type"], row["record_id"], decision)
            applied.add(decision["id"])
            taken.add(row["id"])
            if decision["identity"] is None and row["identity"]:  # made before m009: learns it now
                _set_decision(db, decision["id"], identity=row["identity"])
    waiting = [d for d in decisions if d["id"] not in applied and d["identity"]]
    rivals = Counter(decision["identity"] for decision in waiting)
    for decision in waiting:
        said = decision["identity"]
        facts = [row for row in by_identity.get(said, []) if row["id"] not in taken]
        if not facts and said in renamed:  # the same fact, but for the company's spelling
            facts = [row for row in by_identity.get(renamed[said], []) if row["id"] not in taken]
        if rivals[said] != 1 or len(facts) != 1:
            continue  # which decision goes with which fact cannot be told: none is guessed
        (row,) = facts
        _apply(db, row["record_type"], row["record_id"], decision, reworded=True)
        # now the reworded (or renamed) fact's
        _set_decision(db, decision["id"], fingerprint=row["fingerprint"], identity=row["identity"])
        applied.add(decision["id"])
        taken.add(row["id"])
    in_effect = in_effect or {}
    dropped = [decision_id for decision_id in in_effect if decision_id not in applied]
    moved = moved or {}
    gone = sum(
        1
        for decision_id in dropped
        if not _still_stated(db, source_id, _moved_shape(in_effect[decision_id], moved))
    )
    return len(dropped), gone


def renamed_identities(facts: list, old_name: str, new_name: str) -> dict[str, str]:
    """For each of `facts` about `new_name`, its identity were its company still called `old_name`,
    mapped to its identity: what `carry_decisions` follows when a corrected version's only change
    to a fact is its company's spelling."""
    new_key = normalize_name(new_name)
    return {
        identity(fact.model_copy(update={"company": old_name})): identity(fact)
        for fact in facts
        if normalize_name(fact.company) == new_key
    }


def _set_decision(db: Database, decision_id: int, **values: str) -> None:
    db["review_decisions"].update(decision_id, values)


def _apply(db: Database, record_type: str, record_id: int, decision: dict, *, reworded: bool = False) -> None:
    """Put a stored decision on a freshly imported record. On a `reworded` fact, a round keeps its
    corrected investors and gains those the source names since (a co-investor added by the correction)."""
    updates = {"review_status": decision["status"]}
    given = None  # a valuation a person gave the round: given again once its row is written
    if decision["edited"]:
        edited = json.loads(decision["edited"])
        given = edited.pop("added_valuation", None)
        investor_names = edited.pop("investor_names", None)
        updates.update(_current_ids(db, edited))
        if investor_names is not None and record_type == "round":
            found = [_investor_named(db, name) for name in investor_names]
            chosen = [investor_id for investor_id in found if investor_id is not None]
            extracted = json.loads(decision["original"] or "{}").get("investor_names")
            if reworded and extracted is not None:
                before = {_investor_named(db, name) for name in extracted}
                now = [link["investor_id"] for link in round_links(db, record_id)]
                chosen += [i for i in now if i not in before and i not in chosen]
            set_round_investors(db, record_id, chosen)
    moves = STAKE_ROUND_COLUMNS & updates.keys()
    company_before = _company_of(db, record_type, record_id) if moves else None
    db[RECORD_TABLES[record_type]].update(record_id, updates)
    if TOTAL_COLUMNS & updates.keys():
        follow_total(db, record_type, record_id)
    if record_type == "stake" and moves:
        relink_stake(db, record_id)  # its corrected round type (or day) puts it in its round again
    elif record_type == "round" and moves:
        rejoin_round(db, record_id, company_before)  # its corrected type (day) takes its stakes again
    if given is not None and record_type == "round":
        _give_added_valuation(db, record_id, given)


def _company_of(db: Database, record_type: str, record_id: int) -> int:
    """A record's company now (before an update moves it)."""
    table = RECORD_TABLES[record_type]
    return db.execute(f"SELECT company_id FROM {table} WHERE id = ?", [record_id]).fetchone()[0]


def _current_ids(db: Database, edited: dict) -> dict:
    """An edit's values with its company and investor looked up again by name (ids may be merged away)."""
    company_name = edited.pop("company_name", None)
    investor_name = edited.pop("investor_name", None)
    for column, name in (("company_id", company_name), ("partner_id", edited.pop("partner_name", None))):
        company_id = _company_named(db, name) if name is not None else None
        if company_id is not None:
            edited[column] = company_id
    if investor_name is not None:
        company_id = _company_named(db, investor_name)
        row = db.execute("SELECT id FROM investors WHERE company_id = ?", [company_id]).fetchone()
        if row is not None:
            edited["investor_id"] = row[0]
    for column, table in (
        ("company_id", "companies"),
        ("partner_id", "companies"),
        ("investor_id", "investors"),
    ):
        if (
            column in edited
            and db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [edited[column]]).fetchone() is None
        ):
            del edited[column]  # gone and not found by name: keep the importer's party
    return edited


def _investor_named(db: Database, name: str) -> int | None:
    """The investors row of the company called `name`, if both exist."""
    company_id = _company_named(db, name)
    row = db.execute("SELECT id FROM investors WHERE company_id = ?", [company_id]).fetchone()
    return row[0] if row else None


def _company_named(db: Database, name: str) -> int | None:
    row = db.execute(
        "SELECT company_id FROM aliases WHERE normalized = ? ORDER BY id LIMIT 1", [normalize_name(name)]
    ).fetchone()
    return row[0] if row else None


def _edit_changes(db: Database, ref: RecordRef) -> tuple[dict, dict, dict, list[str]] | None:
    """An edited record's row now, its original values, its values now of the columns an edit
    touched, and those of them that differ now; None when the record is not edited."""
    row = db.execute(
        f"SELECT * FROM {RECORD_TABLES[ref.record_type]} WHERE id = ? AND review_status = 'edited'",
        [ref.record_id],
    )
    columns = [column[0] for column in row.description]
    found = row.fetchone()
    if found is None:
        return None
    current = dict(zip(columns, found, strict=True))
    original, _ = _earlier_edit(db, ref)
    now = {}
    for column in original:
        if column.endswith("_precision"):
            continue
        if column == "investor_names":
            now[column] = round_investor_names(db, ref.record_id)
        else:
            now[column] = current.get(column)
    changed = [column for column in now if now[column] != original[column]]
    return current, original, now, changed


def edited_columns(db: Database, ref: RecordRef) -> list[str] | None:
    """The columns a person's edit changed on the record ("amount", "date", "investor_names"...);
    [] when it is marked edited with nothing known changed (values put back, or an export's
    "edited" rows, whose corrections came without their decision); None when it is not edited."""
    changes = _edit_changes(db, ref)
    return None if changes is None else changes[3]


def edited_from(db: Database, ref: RecordRef) -> dict | None:
    """What a person's edit of the record changed, and from what: the extracted values of the columns
    it changed ({"amount": 15000000.0}), a company or investor by its name (ids are this database's).
    An export carries it, so the record imported elsewhere still says which of its values were edited
    (`remember_imported_edit`); None when the record is not edited or nothing known changed."""
    changes = _edit_changes(db, ref)
    if changes is None or not changes[3]:
        return None
    original = changes[1]
    found = {}
    for column in changes[3]:
        value = original[column]
        if column in ("company_id", "partner_id", "investor_id") and isinstance(value, int):
            value = _name_of(db, column, value)
            if value is None:
                continue
        found[column] = value
    return found or None


def remember_imported_edit(db: Database, ref: RecordRef, edited_from: dict) -> None:
    """An export's edited record, written here: its edit is remembered as a person's edit here would
    be (`edited_from`: the extracted values of the columns it changed), so `show` and the review say
    which values were edited, and from what. A company or investor comes back by its name (kept as
    the name, which never equals an id, when no company here has it)."""
    row = _record_row(db, ref)
    original: dict = {}
    edited: dict = {}
    for column, value in edited_from.items():
        if column not in row and column != "investor_names":
            continue  # a column this database's record has not: nothing to mark
        if column in ("company_id", "partner_id") and isinstance(value, str):
            original[column] = _company_named(db, value) or value
            edited[f"{column.removesuffix('_id')}_name"] = _name_of_company(db, row[column])
        elif column == "investor_id" and isinstance(value, str):
            original[column] = _investor_named(db, value) or value
            edited["investor_name"] = _name_of_investor(db, row[column])
        elif column == "investor_names" and ref.record_type == "round":
            original[column] = value
            edited[column] = round_investor_names(db, ref.record_id)
        elif column in row:
            original[column] = value
            edited[column] = row[column]
    if original:
        _remember(db, ref, "edited", original, {k: v for k, v in edited.items() if v is not None})


def _name_of_company(db: Database, company_id: int | None) -> str | None:
    row = db.execute("SELECT name FROM companies WHERE id = ?", [company_id]).fetchone()
    return row[0] if row else None


def _name_of_investor(db: Database, investor_id: int | None) -> str | None:
    row = db.execute(
        "SELECT c.name FROM investors i JOIN companies c ON c.id = i.company_id WHERE i.id = ?", [investor_id]
    ).fetchone()
    return row[0] if row else None


def _name_of(db: Database, column: str, record_id: int | None) -> str | None:
    """The name a `company_id`, `partner_id` or `investor_id` column's value stands for."""
    return (_name_of_investor if column == "investor_id" else _name_of_company)(db, record_id)


def edit_note(db: Database, ref: RecordRef, said: str = "the sentence says") -> str:
    """What a person's edit changed, beside what the source states: "edited: $36M; the sentence says
    $35M" ('' when the record is not edited, or its values are back to those extracted)."""
    changes = _edit_changes(db, ref)
    if changes is None:
        return ""
    current, original, now, changed = changes
    if not changed:
        return ""
    edited = ", ".join(_shown_values(db, {c: now[c] for c in changed}, current))
    extracted = ", ".join(_shown_values(db, {c: original[c] for c in changed}, current | original))
    return f"edited: {edited}; {said} {extracted}"


def _shown_values(db: Database, values: dict, row: dict) -> list[str]:
    """A record's values as a person reads them: "$36M", "date 2019-10", "investors A, B"."""
    shown = []
    for column, value in values.items():
        if column in ("amount", "value"):
            shown.append(format_amount(value, row.get("currency"), row.get("bound")) or "no amount")
        elif column == "currency" and not {"amount", "value"} & values.keys():
            shown.append(f"currency {value or 'none'}")
        elif column in ("company_id", "partner_id", "investor_id"):
            shown.append(_name_of(db, column, value) or f"{column.removesuffix('_id')} {value}")
        elif column == "investor_names":
            shown.append("investors " + ", ".join(value or ["none"]))
        elif column == "is_projection":
            shown.append("a projection" if value else "not a projection")
        elif column == "percentage":
            shown.append(f"share {value:g}%" if value is not None else "no share")
        elif column == "percentage_bound":
            shown.append(f"share {value or 'exact'}")
        elif column == "basis":
            shown.append((value or "unstated").replace("_", "-") + " basis")
        elif column == "round_type":
            shown.append(round_label(value) if value else "no round type")
        elif column != "currency":
            shown.append(f"{column.replace('_', ' ')} {value if value is not None else 'none'}")
    return shown
