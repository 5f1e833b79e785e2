"""A deal row's records built positionally (bulk29) are the ones its keyword construction built.

`structured._main_fact` and `row_companies` build the bulk import's named tuples from their values in
field order, skipping the named tuple's keyword matching (~4 µs a row). The reference below is the
keyword construction they replaced, as it was; hypothesis compares both on random rows of every kind.
"""

from __future__ import annotations

from typing import get_args

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_deals.importers import structured
from ai_deals.importers.fact_records import CompanyRecord, FactRecord
from ai_deals.importers.models import CompanyInfo, Fact
from ai_deals.importers.structured import DealKind, DealRow


def _keyword_main_fact(row: DealRow, line: int | None, raw_line: str) -> FactRecord:
    """`_main_fact` before bulk29, with `make=FactRecord`: every field by keyword."""
    kind, date, investors = row.kind, row.date, row.investors
    valued, figure = kind == "valuation", kind in structured._FIGURE_KINDS
    named_one = kind in ("partnership", "statement")
    amount = (row.amount or row.valuation) if valued else row.amount
    condition = row.condition
    return FactRecord(
        kind=kind,
        company=row.company,
        investor=None if named_one or len(investors) != 1 else investors[0],
        investors=investors if kind in ("round", "investment") else [],
        lead_investors=row.lead_investors,
        partner=investors[0] if named_one and investors else None,
        amount=amount,
        amount_max=row.amount_max if amount is not None and row.bound == "range" else None,
        currency=(row.valuation_currency or row.currency) if valued else row.currency,
        bound=(row.bound or "exact") if amount is not None else None,
        round_type=row.round_type,
        tranche=row.tranche,
        condition=condition,
        status=row.status or ("conditional" if condition else None),
        percentage=row.percentage,
        percentage_bound=row.percentage_bound and structured._share_bound(row),
        basis=row.basis if valued else None,
        metric=row.metric if figure else None,
        unit=row.unit if figure else None,
        is_projection=kind == "projection",
        partnership_kind=row.partnership_kind if kind == "partnership" else None,
        description=row.description,
        until=row.until,
        text=row.text,
        tranches=row.tranches,
        review_status=row.review_status,
        edited_from=row.edited_from,
        more_evidence=row.more_evidence,
        equivalent_amount=row.equivalent_amount,
        equivalent_currency=row.equivalent_currency,
        in_round=row.in_round,
        cited_corrects=bool(row.source_corrects),
        recalled=bool(row.recalled),
        sentence=raw_line,
        start=0,
        end=len(raw_line),
        line=line,
        date=date,
        date_precision=structured._precision(date),
    )


def _keyword_companies(row: DealRow) -> list[CompanyRecord]:
    """`row_companies` before bulk29, with `records=True`, for a row that is not a company row."""
    company = CompanyRecord(name=row.company, country=row.country, city=row.city)
    entity = "person" if row.investor_kind == "person" else "organisation"
    names = dict.fromkeys([*row.investors, *row.lead_investors])
    return [company, *(CompanyRecord(name=n, entity=entity, investor_kind=row.investor_kind) for n in names)]


_TEXT = st.none() | st.text(max_size=6)
_NAMES = st.lists(st.sampled_from(["Accel", "Sequoia", "a16z", "Index"]), max_size=3)
_FIGURE = st.none() | st.integers(0, 10**9).map(float) | st.floats(0, 1e12, allow_nan=False)
_ROWS = st.builds(
    DealRow,
    company=st.text(min_size=1, max_size=8),
    investors=_NAMES,
    lead_investors=_NAMES,
    kind=st.sampled_from([k for k in get_args(DealKind) if k != "company"]),
    amount=_FIGURE,
    amount_max=_FIGURE,
    currency=st.sampled_from([None, "USD", "EUR"]),
    bound=st.sampled_from([None, "exact", "approx", "minimum", "maximum", "range"]),
    date=st.sampled_from([None, "2024", "2024-03", "2024-03-01"]),
    round_type=_TEXT,
    valuation=_FIGURE,
    valuation_currency=st.sampled_from([None, "USD", "GBP"]),
    basis=st.sampled_from([None, "post_money", "pre_money"]),
    tranche=_TEXT,
    condition=_TEXT,
    percentage=st.none() | st.floats(0, 100, allow_nan=False),
    percentage_bound=st.sampled_from([None, "exact", "approx", "minimum", "maximum"]),
    country=_TEXT,
    city=_TEXT,
    investor_kind=st.sampled_from([None, "person", "venture_fund"]),
    metric=_TEXT,
    unit=_TEXT,
    partnership_kind=_TEXT,
    status=st.sampled_from([None, "completed", "conditional"]),
    until=_TEXT,
    description=_TEXT,
    text=_TEXT,
    review_status=st.sampled_from([None, "extracted", "confirmed"]),
    equivalent_amount=_FIGURE,
    equivalent_currency=st.sampled_from([None, "USD"]),
    in_round=st.none() | st.booleans(),
    source_corrects=st.none() | st.booleans(),
    recalled=st.none() | st.booleans(),
)


def test_the_positional_fields_are_the_records_and_the_models_fields_in_order():
    assert structured.MAIN_FACT_FIELDS == FactRecord._fields == tuple(Fact.model_fields)
    assert CompanyRecord._fields == tuple(CompanyInfo.model_fields)
    assert CompanyRecord._field_defaults["entity"] == "organisation"


@settings(max_examples=150, deadline=None)
@given(row=_ROWS, line=st.none() | st.integers(1, 10**6), raw=st.text(max_size=20))
def test_a_row_s_records_built_positionally_are_those_its_keywords_built(row, line, raw):
    facts = structured.row_to_facts(row, line, raw, records=True)
    assert facts[0] == _keyword_main_fact(row, line, raw)
    assert type(facts[0]) is FactRecord
    # the same fact as the models' path (keywords by name) gives it, field by field
    model = structured._main_fact(row, line, raw, Fact)
    assert model == Fact(**dict(zip(FactRecord._fields, _keyword_main_fact(row, line, raw), strict=True)))
    companies = structured.row_companies(row, records=True)
    assert companies == _keyword_companies(row)
    assert all(type(company) is CompanyRecord for company in companies)
