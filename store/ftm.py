"""FollowTheMoney entities (the data model of OCCRP Aleph) as plain dicts, one JSON object a line.

Companies become `Company` (or `Person`), investments `Payment` (payer → beneficiary, amount,
currency) or `Ownership` when a percentage is known (a stake sold: an `Ownership` ending on its date),
acquisitions `Ownership`, partnerships `UnknownLink`. A funding round (FtM has no schema of its own
for one) is one `Payment` from all its investors (`payer`, several values) to the company
(`beneficiary`): the amount is the round's total, never split among investors; `purpose` is the round's label (`Series B`) and `description` names
the lead investors and the stated valuation. Each source's account of a round is its own `Payment`;
one whose figure its outlet's correction story withdrew (the JSON export's `retracted`, `show`'s
"(retracted)") says "retracted" in its `description`: FtM's `Payment` has no status of its own. A deal a
later article calls off (the JSON's `called_off`, `show`'s "called off (source, date)") says so first in its
`Payment`'s `description` likewise, and in an `Ownership`'s `status` (FtM's `Interest` has one): a sum of the
payments must leave those out, as money raised does.
Every link carries `sourceUrl`, `publisher` and dates at their stated precision.

FtM has no schema for a figure (a valuation, revenue, headcount, a fund an investor closed) nor for a
company's statement: each is an `Event` (a dated happening, FtM's `Interval` with provenance) of the
company it is about (`involved`; a statement's counterpart too), named as `show` gives it ("valuation:
€11.7B", "fund closed (Éclair Fund III): €300M"), its basis, projection and status in `description`,
so that an `ftm` export carries the same facts as the JSON export.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from ai_deals.importers.metric_names import FUND_CLOSED
from ai_deals.importers.models import CALLED_OFF

from .formatting import (
    basis_label,
    format_amount,
    is_part_of_stake_sold,
    is_stake_held,
    is_stake_sold,
    metric_label,
    round_label,
)
from .models import Acquisition, Company, Metric, Partnership, Record, Round, Stake, Statement
from .money_raised import called_off_words

PREFIX = "ai-deals"


def entity_id(kind: str, record_id: int) -> str:
    return f"{PREFIX}-{kind}-{record_id}"


def _clean(properties: dict[str, list]) -> dict[str, list[str]]:
    """FtM values are lists of strings; empty values are left out."""
    cleaned = {}
    for name, values in properties.items():
        strings = [_string(v) for v in values if v is not None and v != ""]
        if strings:
            cleaned[name] = strings
    return cleaned


def _string(value: object) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _provenance(record: Record) -> dict[str, list]:
    evidence = record.evidence[0] if record.evidence else None
    if evidence is None:
        return {}
    return {
        "sourceUrl": [evidence.url],
        "publisher": [evidence.publisher],
        "summary": [evidence.sentence],
        "recordId": [f"{record.record_type}-{record.id}"],
    }


def company_entity(company: Company) -> dict:
    schema = "Person" if company.entity == "person" else "Company"
    properties = {
        "name": [company.name],
        "alias": company.aliases,
        "country": [company.country.lower()] if company.country else [],
        "address": [company.city] if company.city else [],
        "sector": [company.sector] if company.sector and schema == "Company" else [],
        "description": [company.description],
    }
    return {"id": entity_id("company", company.id), "schema": schema, "properties": _clean(properties)}


RETRACTED = "retracted: its outlet's correction withdrew this figure"
"""A round's `description` note when a correction story withdrew its figure (the JSON's `retracted`)."""


CALLED_OFF_WORDS = "called off"
"""What a deal a later article calls off says first in a `Payment`'s `description`, and an `Ownership`'s
`status` (the JSON's `called_off`)."""


def round_entity(round_: Round, retracted: bool = False) -> dict:
    """A funding round as one `Payment` from its investors (none when the source named none); its
    `description` says so when its outlet's correction withdrew its figure (`retracted`), or when a later
    article calls it off ("called off (Daily, 2026-05-10)": its one investor walked away)."""
    notes = [RETRACTED] if retracted else []
    if round_.called_off_by:
        notes.insert(0, called_off_words(round_))
    if round_.lead_investors:
        notes.append("lead: " + ", ".join(round_.lead_investors))
    for basis, value in (
        ("pre-money", round_.pre_money_valuation),
        ("post-money", round_.post_money_valuation),
    ):
        if value is not None:
            notes.append(f"{basis} valuation {format_amount(value, round_.valuation_currency)}")
    if round_.status and not round_.called_off_by:  # "announced" by a source, then called off: off
        notes.append(round_.status)
    if round_.condition:
        notes.append(f"condition: {round_.condition}")
    properties = {
        "payer": list(dict.fromkeys(entity_id("company", id_) for id_ in round_.investor_company_ids)),
        "beneficiary": [entity_id("company", round_.company_id)],
        "amount": [round_.amount],
        "currency": [round_.currency],
        "date": [round_.date],
        "purpose": [
            f"funding round: {round_label(round_.round_type)}" if round_.round_type else "funding round"
        ],
        "description": [" · ".join(notes)],
    }
    return {
        "id": entity_id("round", round_.id),
        "schema": "Payment",
        "properties": _clean(properties | _provenance(round_)),
    }


def stake_entity(stake: Stake, investor_company_id: int, called_off: bool = False) -> dict:
    """An investor's stake: a `Payment`, or an `Ownership` when a percentage is known; `called_off`: a later
    article calls it off (the JSON's `called_off`), said as its status (a `Payment`'s first `description`)."""
    if called_off and stake.status != CALLED_OFF:
        stake = stake.model_copy(update={"status": CALLED_OFF})
    payer = entity_id("company", investor_company_id)
    beneficiary = entity_id("company", stake.company_id)
    if is_stake_sold(stake.round_type):
        return sale_entity(stake, payer, beneficiary)
    if is_stake_held(stake.round_type):
        return holding_entity(stake, payer, beneficiary)
    if stake.percentage is not None:
        properties = {
            "owner": [payer],
            "asset": [beneficiary],
            "percentage": [stake.percentage],
            "sharesValue": [stake.amount],
            "sharesCurrency": [stake.currency],
            "startDate": [stake.date],
            "status": [_status(stake)],
        }
        schema = "Ownership"
    else:
        properties = {
            "payer": [payer],
            "beneficiary": [beneficiary],
            "amount": [stake.amount],
            "currency": [stake.currency],
            "date": [stake.date],
            "purpose": [stake.round_type or "investment"],
            "description": [_payment_notes(stake)],
        }
        schema = "Payment"
    return {
        "id": entity_id("stake", stake.id),
        "schema": schema,
        "properties": _clean(properties | _provenance(stake)),
    }


def _status(stake: Stake) -> str | None:
    """A stake's status as FtM's values say it: "called off" for one a later article calls off (or the
    call-off itself), as the other exports' status cell; its own otherwise."""
    return CALLED_OFF_WORDS if stake.status == CALLED_OFF else stake.status


def _payment_notes(stake: Stake) -> str:
    """A stake's `Payment` `description`: "called off" first for one a later article calls off (`Payment`
    has no status: a reader summing payments sees it first, as the round's `retracted`), else its tranche,
    condition and status."""
    if stake.status == CALLED_OFF:
        return " · ".join(p for p in (CALLED_OFF_WORDS, stake.tranche, stake.condition) if p)
    return " · ".join(p for p in (stake.tranche, stake.condition, stake.status) if p)


def holding_entity(stake: Stake, holder: str, company: str) -> dict:
    """A stake only told as held with its worth: the holder's `Ownership` of the company as of the story's
    date (`date`, no start), its worth the shares' value (no `Payment`: no money moved)."""
    properties = {
        "owner": [holder],
        "asset": [company],
        "percentage": [stake.percentage],
        "sharesValue": [stake.amount],
        "sharesCurrency": [stake.currency],
        "date": [stake.date],
        "description": [round_label(stake.round_type)],
    }
    return {
        "id": entity_id("stake", stake.id),
        "schema": "Ownership",
        "properties": _clean(properties | _provenance(stake)),
    }


def sale_entity(stake: Stake, seller: str, company: str) -> dict:
    """A stake its investor sold: the seller's `Ownership` of the company ending on the sale's date (not for
    part of a stake sold: the seller keeps the rest), its price the shares' value (no `Payment` to the company:
    the company got no money)."""
    partial = is_part_of_stake_sold(stake.round_type)
    properties = {
        "owner": [seller],
        "asset": [company],
        "percentage": [stake.percentage],
        "sharesValue": [stake.amount],
        "sharesCurrency": [stake.currency],
        "endDate": [None if partial else stake.date],
        "date": [stake.date if partial else None],  # the day part of the shares changed hands
        "status": [stake.status],
        "description": [round_label(stake.round_type)],
    }
    return {
        "id": entity_id("stake", stake.id),
        "schema": "Ownership",
        "properties": _clean(properties | _provenance(stake)),
    }


def acquisition_entity(acquisition: Acquisition) -> dict:
    properties = {
        "owner": [entity_id("company", acquisition.acquirer_id)],
        "asset": [entity_id("company", acquisition.company_id)],
        "percentage": [acquisition.percentage if acquisition.percentage is not None else 100],
        "sharesValue": [acquisition.amount],
        "sharesCurrency": [acquisition.currency],
        "startDate": [acquisition.date],
        "ownershipType": ["acquisition"],
    }
    return {
        "id": entity_id("acquisition", acquisition.id),
        "schema": "Ownership",
        "properties": _clean(properties | _provenance(acquisition)),
    }


def partnership_entity(partnership: Partnership) -> dict:
    properties = {
        "subject": [entity_id("company", partnership.company_id)],
        "object": [entity_id("company", partnership.partner_id)],
        "role": [f"partnership: {partnership.kind}" if partnership.kind else "partnership"],
        "startDate": [partnership.since],
        "endDate": [partnership.until],
        "description": [partnership.description],
    }
    return {
        "id": entity_id("partnership", partnership.id),
        "schema": "UnknownLink",
        "properties": _clean(properties | _provenance(partnership)),
    }


def metric_entity(metric: Metric) -> dict:
    """A figure as an `Event` of its company: "valuation: €11.7B" on its date, as `show` gives it."""
    value = format_amount(metric.value, metric.currency, metric.bound, metric.value_max, metric.unit)
    label = metric_label(metric.metric, metric.description)
    notes = [
        basis_label(metric.basis),
        "projection" if metric.is_projection else "",
        metric.status or "",
        # A fund's name is in its label already ("fund closed (Éclair Fund III)"); any other figure's note is not.
        metric.description if metric.metric != FUND_CLOSED else "",
    ]
    properties = {
        "name": [f"{label}: {value}" if value else label],
        "involved": [entity_id("company", metric.company_id)],
        "date": [metric.date],
        "description": [" · ".join(note for note in notes if note)],
    }
    return {
        "id": entity_id("metric", metric.id),
        "schema": "Event",
        "properties": _clean(properties | _provenance(metric)),
    }


def statement_entity(statement: Statement) -> dict:
    """A company's statement as an `Event` of it (and of its counterpart), its words the description."""
    parties = [statement.company_id, statement.counterpart_id]
    properties = {
        "name": ["statement"],
        "involved": [entity_id("company", party) for party in parties if party is not None],
        "date": [statement.date],
        "description": [statement.text],
    }
    return {
        "id": entity_id("statement", statement.id),
        "schema": "Event",
        "properties": _clean(properties | _provenance(statement)),
    }


def ftm_entities(
    companies: Iterable[Company],
    rounds: Iterable[Round],
    stakes: Iterable[tuple[Stake, int]],
    acquisitions: Iterable[Acquisition],
    partnerships: Iterable[Partnership],
    metrics: Iterable[Metric] = (),
    statements: Iterable[Statement] = (),
    retracted: Collection[int] = (),
    called_off: Collection[int] = (),
) -> Iterator[dict]:
    """Every entity, companies first so links never point forward; `retracted`: the ids of the rounds
    whose figure a correction withdrew; `called_off`: those of the stakes a later article calls off (a
    round's call-off is read with it: `Round.called_off_by`)."""
    for company in companies:
        yield company_entity(company)
    for round_ in rounds:
        yield round_entity(round_, round_.id in retracted)
    for stake, investor_company_id in stakes:
        yield stake_entity(stake, investor_company_id, stake.id in called_off)
    for acquisition in acquisitions:
        yield acquisition_entity(acquisition)
    for partnership in partnerships:
        yield partnership_entity(partnership)
    for metric in metrics:
        yield metric_entity(metric)
    for statement in statements:
        yield statement_entity(statement)
