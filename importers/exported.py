"""Rows of ai-deals' own CSV and JSON exports read back as deal-file rows.

An export gives one record a row: `record_type` says which table it came from, `counterpart` is the
investor, partner or acquirer (a round's investors separated by "; "), and `kind` is the metric's
name or the partnership's kind. These cells are turned into the columns a deal file uses, so an export
moved away (or downloaded again) imports into another database as the same records.
"""

from __future__ import annotations

# Columns only an export has: a header with all of them is read as an export.
EXPORT_MARKERS = frozenset(("record_type", "record_id", "counterpart", "counterpart_role"))
# Spreadsheets run a cell starting with these as a formula; the CSV export writes an apostrophe first.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# What each export column is read as (None: not imported, e.g. the evidence sentence, which becomes
# the row itself).
MEANINGS: dict[str, str | None] = {
    "record_type": "kind (round, stake, partnership, metric, acquisition; statements are skipped)",
    "record_id": None,
    "company": "company",
    "counterpart": "investors (a round's, a stake's), partner or acquirer",
    "counterpart_role": None,
    "kind": "metric name or partnership kind",
    "amount": "amount",
    "currency": "currency",
    "bound": "bound",
    "percentage": "percentage",
    "date": "date",
    "round": "round_type",
    "tranche": "tranche",
    "condition": "condition",
    "status": "status",
    "source_title": "source_title",
    "publisher": "source_publisher",
    "source_date": "source_date",
    "source_url": "source_url",
    "sentence": None,
    "lead_investors": "lead_investors",
    "review_status": None,
    "unit": "unit",
    "basis": "basis",
    "amount_max": "amount_max",
}

# Export cells copied to the deal-file column of the same meaning.
_COPIED = {
    "company": "company",
    "amount": "amount",
    "currency": "currency",
    "bound": "bound",
    "percentage": "percentage",
    "date": "date",
    "round": "round_type",
    "tranche": "tranche",
    "condition": "condition",
    "source_title": "source_title",
    "publisher": "source_publisher",
    "source_date": "source_date",
    "source_url": "source_url",
    "unit": "unit",
    "basis": "basis",
    "amount_max": "amount_max",
    "status": "status",
}
_KINDS = {"round": "round", "stake": "investment", "partnership": "partnership", "acquisition": "acquisition"}
# Every translated row has these keys, so one plan reads them all.
KEYS = (
    *_COPIED.values(), "kind", "investors", "lead_investors", "metric", "partnership_kind",
)  # fmt: skip
_PROJECTION = " (projection)"


def is_export(names: object) -> bool:
    """Whether these column names are an ai-deals export's."""
    return EXPORT_MARKERS <= {_key(name) for name in names}  # type: ignore[union-attr]


def _key(name: object) -> str:
    """A column name as compared: without a byte-order mark a spreadsheet may add, lower case."""
    return str(name).replace("\ufeff", "").strip().lower()


def describe(name: str) -> str | None:
    """What an export column is read as, None when it is not imported."""
    return MEANINGS.get(_key(name))


class NotADeal(Exception):
    """An export row of a record type a deal file cannot hold (a statement): skipped, not bad."""


def deal_cells(item: dict, from_csv: bool) -> dict[str, object]:
    """An export row's cells as a deal-file row's; raises NotADeal for a statement."""
    cells = {_key(key): (_unneutralised(value) if from_csv else value) for key, value in item.items()}
    record_type = str(cells.get("record_type") or "").strip().lower()
    if record_type == "statement":
        raise NotADeal("statement")
    row: dict[str, object] = dict.fromkeys(KEYS)
    row.update({target: cells.get(column) for column, target in _COPIED.items()})
    row["lead_investors"] = _names(cells.get("lead_investors"))
    kind_cell = str(cells.get("kind") or "").strip()
    if record_type == "metric":
        _figure(row, kind_cell)
    else:
        row["kind"] = _KINDS.get(record_type, record_type or None)
        row["investors"] = _names(cells.get("counterpart"))
    if record_type == "partnership" and ":" in kind_cell:
        row["partnership_kind"] = kind_cell.split(":", 1)[1].strip() or None
    return row


def _figure(row: dict, kind_cell: str) -> None:
    """A metric's kind and name from the export's `kind` ("revenue", "weekly_users (projection)")."""
    projection = kind_cell.endswith(_PROJECTION)
    name = kind_cell.removesuffix(_PROJECTION).strip() or None
    if projection:
        row["kind"], row["metric"] = "projection", name
    elif name in ("revenue", "valuation"):
        row["kind"] = name
    else:
        row["kind"], row["metric"] = "metric", name


def _names(value: object) -> list[str]:
    """A "; "-separated list of names as the export writes it (a name may hold a comma)."""
    if isinstance(value, list):
        return value
    if not isinstance(value, str):
        return [] if value is None else [value]  # type: ignore[list-item]
    return [name.strip() for name in value.split(";") if name.strip()]


def _unneutralised(value: object) -> object:
    """A CSV cell without the apostrophe the export put before a formula-like text."""
    if isinstance(value, str) and value.startswith("'") and value.lstrip("'").startswith(_FORMULA_STARTS):
        return value[1:]
    return value
