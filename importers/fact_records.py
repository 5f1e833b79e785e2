"""A deal row's facts and companies as named tuples, for the bulk import of big deal files.

A deal row is validated once, as a `DealRow` (pydantic). Its facts and companies are built from the
validated row's values, so validating them again as `Fact` and `CompanyInfo` models finds nothing new,
and cost about a third of reading a row (~7 of 25 µs). The bulk writer reads their fields as
attributes and nothing else, so a named tuple with the same fields and defaults writes exactly the
same rows (tests/test_fact_records.py imports files both ways and compares every table).

What a record cannot do is a model's own work (`model_copy`, `model_dump`): a fact with tranches stays
a model (see `structured.row_to_facts`), and the writer turns records back into models before
dropping names without letters or digits (`as_model`).
"""

from __future__ import annotations

from collections import namedtuple

from pydantic import BaseModel

from .models import CompanyInfo, Fact


def _defaults(model: type[BaseModel]) -> list:
    """Each field's default; a list made by a factory is an empty tuple (a record is never changed)."""
    return [() if info.default_factory is list else info.default for info in model.model_fields.values()]


def _record_type(name: str, model: type[BaseModel]) -> type:
    """A named tuple with `model`'s fields, in order, and its defaults (`_defaults`)."""
    fields = list(model.model_fields)
    # Required fields have no default; a namedtuple's defaults fill the last fields, so every field is
    # given one and the builders (`structured._main_fact` …) always pass the required ones.
    return namedtuple(name, fields, defaults=_defaults(model))  # noqa: PYI024


FactRecord = _record_type("FactRecord", Fact)
CompanyRecord = _record_type("CompanyRecord", CompanyInfo)


def as_model(record: object) -> Fact | CompanyInfo | object:
    """A record as the model it stands for (validated); a model as it is."""
    if isinstance(record, FactRecord):
        return Fact(**{k: list(v) if type(v) is tuple else v for k, v in record._asdict().items()})
    if isinstance(record, CompanyRecord):
        return CompanyInfo(**{k: list(v) if type(v) is tuple else v for k, v in record._asdict().items()})
    return record
