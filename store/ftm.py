"""FollowTheMoney entities (the data model of OCCRP Aleph) as plain dicts, one JSON object a line.

Companies become `Company` (or `Person`), investments `Payment` (payer → beneficiary, amount,
currency) or `Ownership` when a percentage is known, acquisitions `Ownership`, partnerships
`UnknownLink`. Every link carries `sourceUrl`, `publisher` and dates at their stated precision.
Rounds, metrics and statements have no FtM schema of their own and are summarised on the company.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .models import Acquisition, Company, Partnership, Record, Stake

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


def stake_entity(stake: Stake, investor_company_id: int) -> dict:
    payer = entity_id("company", investor_company_id)
    beneficiary = entity_id("company", stake.company_id)
    if stake.percentage is not None:
        properties = {
            "owner": [payer],
            "asset": [beneficiary],
            "percentage": [stake.percentage],
            "sharesValue": [stake.amount],
            "sharesCurrency": [stake.currency],
            "startDate": [stake.date],
            "status": [stake.status],
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
            "description": [" · ".join(p for p in (stake.tranche, stake.condition, stake.status) if p)],
        }
        schema = "Payment"
    return {
        "id": entity_id("stake", stake.id),
        "schema": schema,
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


def ftm_entities(
    companies: Iterable[Company],
    stakes: Iterable[tuple[Stake, int]],
    acquisitions: Iterable[Acquisition],
    partnerships: Iterable[Partnership],
) -> Iterator[dict]:
    """Every entity, companies first so links never point forward."""
    for company in companies:
        yield company_entity(company)
    for stake, investor_company_id in stakes:
        yield stake_entity(stake, investor_company_id)
    for acquisition in acquisitions:
        yield acquisition_entity(acquisition)
    for partnership in partnerships:
        yield partnership_entity(partnership)
