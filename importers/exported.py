"""Rows of ai-deals' own CSV and JSON exports read back as deal-file rows.

An export gives one record a row: `record_type` says which table it came from, `counterpart` is the
investor, partner or acquirer (a round's investors separated by "; "), and `kind` is the metric's
name or the partnership's kind. These cells are turned into the columns a deal file uses, so an export
moved away (or downloaded again) imports into another database as the same records.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import get_args

from pydantic import ValidationError

from .amount_words import condition_beside_tranches, paired_tranches
from .controls import without_controls
from .models import EntityKind, InvestorKind, ReviewStatus, Tranche

# Columns only an export has: a header with all of them is read as an export.
EXPORT_MARKERS = frozenset(("record_type", "record_id", "counterpart", "counterpart_role"))
# Spreadsheets run a cell starting with these as a formula; the CSV export writes an apostrophe first.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# What each export column is read as (None: not imported as a field; the sentence becomes the
# record's evidence, see `evidence_text`).
MEANINGS: dict[str, str | None] = {
    "record_type": "kind (round, stake, partnership, metric, acquisition, statement; company: its details)",
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
    "sentence": "evidence (the words the record was first read from)",
    "lead_investors": "lead_investors",
    "review_status": "review_status (confirmed and edited stay so; rejected rows are imported rejected)",
    "unit": "unit",
    "basis": "basis",
    "amount_max": "amount_max",
    "until": "until (a partnership's end)",
    "description": "description (a partnership's, a figure's, or a company row's description)",
    "text": "text (a statement's words)",
    "tranches": "tranches (a stake's or a round's instalments, JSON)",
    "entity": "entity (company rows)",
    "country": "country (company rows)",
    "city": "city (company rows)",
    "sector": "sector (company rows)",
    "aliases": "aliases (company rows)",
    "investor_kind": "investor_kind (company rows)",
    "percentage_bound": "percentage_bound (a share's: approx, minimum, maximum; empty is exact)",
    "edited_from": "edited_from (an edited record's values as first extracted, JSON)",
    "more_evidence": "more_evidence (the record's further sentences or rows, with their sources, JSON)",
    "equivalent_amount": "equivalent_amount (a round's amount as also stated in another currency)",
    "equivalent_currency": "equivalent_currency (the currency of equivalent_amount)",
    "tranche_computed": None,  # the `tranches` cell marks each computed amount, and that is read
    "in_round": "in_round (a stake's: false keeps it out of every round; empty or true: found as before)",
    "same_as": None,  # another account of one deal: the import groups the accounts again, as the app does
    "counted": None,  # what money raised counts of the record: the import counts it again, as the app does
    "source_corrects": "source_corrects (true: the source cited is a story correcting an earlier dispatch)",
    "retracted": None,  # a figure a correction withdrew: the import finds it again from `source_corrects`
    "called_off": None,  # a stake a later article calls off: the import finds it again from the call-off's row
    "recalled": "recalled (a round's: true when its article only recalls the raise, on or before its day)",
}
# Cells read after the row is built (`extras`): not a deal file's columns, so ordinary deal files
# keep reading a "description" or "text" column as they did (not at all).
_EQUIVALENT = ("equivalent_amount", "equivalent_currency")
_EXTRA = ("until", "description", "text", "entity", "country", "city", "sector", "investor_kind")
REVIEW_STATUSES = get_args(ReviewStatus)
_ENTITIES = get_args(EntityKind)
_INVESTOR_KINDS = get_args(InvestorKind)

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
    "percentage_bound": "percentage_bound",
}
_KINDS = {"round": "round", "stake": "investment", "partnership": "partnership", "acquisition": "acquisition"}
# The record types an export writes; an edited export may name a deal kind instead, spelled as a deal
# file's kind cell may be ("funding", "levée"), and read as that kind (`_record_type`).
EXPORT_RECORD_TYPES = (*_KINDS, "metric", "statement", "company")
# Every translated row has these keys, so one plan reads them all.
KEYS = (
    *_COPIED.values(), "kind", "investors", "lead_investors", "metric", "partnership_kind",
)  # fmt: skip
_PROJECTION = " (projection)"


def is_export(names: object) -> bool:
    """Whether these column names are an ai-deals export's."""
    return EXPORT_MARKERS <= {_key(name) for name in names}  # type: ignore[union-attr]


# A Markdown export is for reading: read as an article, its table would become a source titled
# "record_type" holding its records again. It is refused (skipped in a folder) with this hint.
MARKDOWN_EXPORT = (
    "an ai-deals Markdown export, which is for reading, not importing: "
    "import the CSV or JSON export instead (ai-deals export --format csv)"
)


# A one-row-per-deal export (`export --one-per-deal`) keeps one account of each deal, naming the others
# in its `sources` and `other_figures` cells only: imported, every other source and figure would be lost.
ONE_PER_DEAL_COLUMNS = frozenset(("sources", "other_figures"))
ONE_PER_DEAL_EXPORT = (
    "a one-row-per-deal export (export --one-per-deal), which is not for importing back: it keeps one "
    "source of each deal; for a round trip import a full export (ai-deals export --format csv or json)"
)


def is_one_per_deal_export(names: object) -> bool:
    """Whether these column names are a one-row-per-deal export's (`ONE_PER_DEAL_EXPORT`)."""
    keys = {_key(name) for name in names}  # type: ignore[union-attr]
    return EXPORT_MARKERS <= keys and bool(ONE_PER_DEAL_COLUMNS & keys)


def is_markdown_export(text: str) -> bool:
    """Whether `text` is an ai-deals Markdown export: its first line a table header with the
    export's columns (`| record_type | record_id | company | counterpart | counterpart_role | …`)."""
    first = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0].strip()
    if not (first.startswith("|") and first.endswith("|")):
        return False
    return is_export(cell for cell in first.strip("|").split("|"))


def _key(name: object) -> str:
    """A column name as compared: without a byte-order mark a spreadsheet may add, lower case."""
    return str(name).replace("\ufeff", "").strip().lower()


def describe(name: str) -> str | None:
    """What an export column is read as, None when it is not imported."""
    return MEANINGS.get(_key(name))


class NotADeal(Exception):
    """An export row of a record type a deal file cannot hold (a statement of an export made before
    statements carried their words): skipped, not bad."""


class BadCell(Exception):
    """An export cell that cannot be read: the column and the problem."""

    def __init__(self, column: str, problem: str) -> None:
        super().__init__(problem)
        self.column, self.problem = column, problem


# What a row of these record types is built as before `extras` set its own kind: a kind that needs
# no amount nor counterpart.
PLACEHOLDER_KIND = "metric"


def deal_cells(item: dict, from_csv: bool) -> tuple[dict[str, object], dict[str, object]]:
    """An export row's cells as a deal-file row's, and the fields set on the row once built (`extras`:
    what only an export carries). Raises NotADeal for a statement without its words, BadCell for a
    cell that cannot be read."""
    cells = {_key(key): (_unneutralised(value) if from_csv else value) for key, value in item.items()}
    record_type = _record_type(cells.get("record_type"))
    extras = _extras(cells, record_type)
    if record_type == "statement" and not extras.get("text"):
        raise NotADeal("statement")
    row: dict[str, object] = dict.fromkeys(KEYS)
    row.update({target: cells.get(column) for column, target in _COPIED.items()})
    # The record's own tranche words and condition its tranches carry stand for those cells' pairing
    # (unless a person edited the cells: theirs stand).
    row.update(record_terms(extras.get("tranches") or [], cells))  # type: ignore[arg-type]
    if record_type in ("statement", "company"):
        extras["kind"] = record_type
        counterpart = _names(cells.get("counterpart")) if record_type == "statement" else []
        row.update(kind=PLACEHOLDER_KIND, investors=counterpart[:1], lead_investors=[])
        if record_type == "company":  # a company row states no figure, date or source
            row.update(dict.fromkeys(_COPIED.values()), company=cells.get("company"))
        return row, extras
    row["lead_investors"] = _names(cells.get("lead_investors"))
    kind_cell = str(cells.get("kind") or "").strip()
    if record_type == "metric":
        _figure(row, kind_cell)
    else:
        row["kind"] = _KINDS.get(record_type, record_type or None)
        row["investors"] = _names(cells.get("counterpart"))
    if record_type == "partnership" and ":" in kind_cell:
        row["partnership_kind"] = kind_cell.split(":", 1)[1].strip() or None
    return row, extras


def _record_type(value: object) -> str:
    """An export row's record type, or the deal kind an edited row names instead ("funding": round);
    BadCell naming the export's own record types for any other word (not blamed on `kind`, a column
    the export did not write)."""
    from .structured import deal_kind  # here: structured imports this module

    record_type = str(value or "").strip().lower()
    if not record_type or record_type in EXPORT_RECORD_TYPES:
        return record_type
    try:
        return deal_kind(record_type) or ""
    except ValueError:
        expected = ", ".join(EXPORT_RECORD_TYPES)
        raise BadCell(
            "record_type", f"{record_type!r} is not a known record type (expected {expected})"
        ) from None


def evidence_text(item: dict, raw: str, from_csv: bool) -> str:
    """The evidence an export's row carries for its record: its `sentence` cell, the words the record
    was first read from (an article's sentence, a deal file's row), kept as they are so that an export
    of the database it is imported into writes them again (not this row, which would nest a row in a
    row at each round trip; a cell an earlier version nested so is unwrapped, see `original_evidence`);
    the row itself (`raw`) when the cell is empty (a row written by hand)."""
    for key, value in item.items():
        if _key(key) == "sentence":
            value = _unneutralised(value) if from_csv else value
            return original_evidence(value) if isinstance(value, str) and value.strip() else raw
    return raw


# Where the sentence stands in an export's CSV row (store.export.COLUMNS; a test keeps them equal),
# and the record types whose rows carry one.
SENTENCE_COLUMN = 22
_EVIDENCE_RECORD_TYPES = tuple(kind for kind in EXPORT_RECORD_TYPES if kind != "company")
_NESTING_LIMIT = 100


def original_evidence(sentence: str) -> str:
    """The words a record was first read from, out of the export rows an earlier ai-deals nested them
    in: it kept an imported export's whole row (CSV or JSON) as the record's evidence, and the next
    export wrote that row as the sentence, a row inside a row at each round trip. Any other text (an
    article's sentence, a deal file's own row) is returned as it is."""
    for _ in range(_NESTING_LIMIT):
        inner = _nested_sentence(sentence)
        if inner is None:
            return sentence
        sentence = inner
    return sentence


def _nested_sentence(text: str) -> str | None:
    """The sentence cell of `text` when it is a record's row of an export, else None."""
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            item = json.loads(stripped)
        except ValueError:
            return None
        if (
            not isinstance(item, dict)
            or not is_export(item)
            or item.get("record_type") not in _EVIDENCE_RECORD_TYPES
        ):
            return None
        value = item.get("sentence")
    else:
        if stripped.split(",", 1)[0] not in _EVIDENCE_RECORD_TYPES:
            return None
        cells = next(csv.reader(io.StringIO(stripped, newline="")), [])
        if len(cells) <= SENTENCE_COLUMN or not cells[1].isdigit() or cells[0] not in _EVIDENCE_RECORD_TYPES:
            return None
        value = _unneutralised(cells[SENTENCE_COLUMN])
    return value if isinstance(value, str) and value.strip() else None


def _extras(cells: dict, record_type: str) -> dict[str, object]:
    """What only an export carries, checked: review status, tranches, a company row's details…"""
    extras: dict[str, object] = {}
    for column in _EXTRA:
        value = cells.get(column)
        if isinstance(value, str):
            value = value.strip() or None
        if value is not None:
            extras[column] = str(value)
    for column, allowed in (("entity", _ENTITIES), ("investor_kind", _INVESTOR_KINDS)):
        if column in extras and extras[column] not in allowed:
            raise BadCell(column, f"{extras[column]!r} is not one of {', '.join(allowed)}")
    status = str(cells.get("review_status") or "").strip().lower()
    if status and status not in REVIEW_STATUSES:
        raise BadCell("review_status", f"{status!r} is not one of {', '.join(REVIEW_STATUSES)}")
    if status and status != "extracted":
        extras["review_status"] = status
    aliases = _names(cells.get("aliases"))
    if aliases:
        extras["aliases"] = aliases
    tranches = cells.get("tranches")
    if tranches not in (None, "", []):
        extras["tranches"] = _tranche_list(tranches)
    if status == "edited" and (edited_from := _edited_from(cells.get("edited_from"))):
        extras["edited_from"] = edited_from
    if record_type != "company" and (more := _more_evidence(cells.get("more_evidence"))):
        extras["more_evidence"] = more
    if record_type == "round":
        extras.update(_equivalent(cells))
    if (
        record_type in ("stake", "investment")
        and (in_round := _flag(cells.get("in_round"), "in_round")) is not None
    ):
        extras["in_round"] = in_round
    if record_type != "company" and _flag(cells.get("source_corrects"), "source_corrects"):
        extras["source_corrects"] = True
    if record_type == "round" and _flag(cells.get("recalled"), "recalled"):
        extras["recalled"] = True
    return extras


_FLAGS = {"true": True, "false": False}


def _flag(value: object, column: str) -> bool | None:
    """A true/false cell (a CSV cell's text, a JSON export's boolean); None when empty."""
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if not text:
        return None
    if text not in _FLAGS:
        raise BadCell(column, f"{value!r} is not true or false")
    return _FLAGS[text]


def _equivalent(cells: dict) -> dict[str, object]:
    """A round's `equivalent_amount` and `equivalent_currency` cells ("€3M (about $3.3M)": 3300000,
    USD), both or neither, read as any amount and currency cell is: an amount without its currency, or
    one that is no positive finite number ("nan", "-5", "0"), is a bad cell."""
    from .cells import (
        NotAnAmountError,
        parse_amount,
        parse_currency,
    )  # here: cells imports reading, which imports this module

    amount, currency = (str(cells.get(column) or "").strip() for column in _EQUIVALENT)
    if not amount and not currency:
        return {}
    try:
        value, stated = parse_amount(amount)
    except NotAnAmountError:
        raise BadCell("equivalent_amount", f"{amount!r} is not a number") from None
    except ValueError as error:
        raise BadCell("equivalent_amount", str(error)) from None
    if value is None:
        raise BadCell("equivalent_amount", f"{amount!r} is no amount")
    try:
        code = parse_currency(currency) or stated
    except ValueError as error:
        raise BadCell("equivalent_currency", str(error)) from None
    if code is None:
        raise BadCell("equivalent_currency", "missing: an equivalent amount needs its currency (USD, EUR…)")
    return {"equivalent_amount": value, "equivalent_currency": code}


def more_sentences(item: dict) -> list[str]:
    """The further sentences (or rows) an export's row keeps in its `more_evidence` cell, as its
    record's evidence keeps them; none when the cell cannot be read (the import says so)."""
    for key, value in item.items():
        if _key(key) == "more_evidence":
            try:  # `_more_evidence` takes a CSV cell's neutralising apostrophe off itself
                return [more["sentence"] for more in _more_evidence(value)]
            except BadCell:
                return []
    return []


def _more_evidence(value: object) -> list[dict]:
    """A record's `more_evidence` cell: a JSON list of objects, each with a `sentence` (a CSV cell
    holds its text); each sentence as `evidence_text` keeps one (a nested row unwrapped), each
    `source_date` read as a row's own source_date is (an unreadable one is a bad cell)."""
    if isinstance(value, str):
        if not value.strip():
            return []
        try:
            value = json.loads(_unneutralised(value))  # type: ignore[arg-type]
        except ValueError:
            raise BadCell("more_evidence", "not a JSON list of sentences with their sources") from None
    if value is None:
        return []
    if not isinstance(value, list) or not all(
        isinstance(item, dict) and isinstance(item.get("sentence"), str) for item in value
    ):
        raise BadCell("more_evidence", "not a JSON list of sentences with their sources")
    return [
        item | {"sentence": original_evidence(item["sentence"])} | _cited_date(item)
        for item in value
        if item["sentence"].strip()
    ]


def _cited_date(item: dict) -> dict:
    """A further sentence's `source_date` as ISO at its precision, as a row's own source_date cell
    is read ("5 March 2024" -> "2024-03-05"); nothing to change when it states none."""
    if "source_date" not in item:
        return {}
    from .cells import parse_partial_date  # here: cells imports reading, which imports this module

    try:
        return {"source_date": parse_partial_date(item["source_date"])}
    except ValueError as error:
        raise BadCell("more_evidence", f"a sentence's source_date: {error}") from None


def _edited_from(value: object) -> dict | None:
    """An edited record's `edited_from` cell: a JSON object (a CSV cell holds its text)."""
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            value = json.loads(_unneutralised(value))  # type: ignore[arg-type]
        except ValueError:
            raise BadCell("edited_from", "not a JSON object of the values first extracted") from None
    if value is None:
        return None
    if not isinstance(value, dict):
        raise BadCell("edited_from", "not a JSON object of the values first extracted")
    return value


def _tranche_list(value: object) -> list[dict]:
    """A stake's tranches cell: a JSON list of objects (a CSV cell holds its text)."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise BadCell("tranches", "not a JSON list of instalments") from None
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise BadCell("tranches", "not a JSON list of instalments")
    # A tranche's "status" (committed or conditional) is told by its condition: an export writes it
    # for a reader, the record keeps the condition.
    return [{key: item[key] for key in item if key != "status"} for item in value]


RECORD_TERMS = {"tranche": "record_tranche", "condition": "record_condition"}
"""The keys of an export's tranches (a CSV `tranches` cell's, a JSON export's `tranches`) holding the
record's own `tranche` and `condition` words where the cells of those columns pair each tranche with
its own condition (store/export.py `_paired_row`): the tranche words on the first tranche, the
condition on the tranche holding it."""


def record_terms(tranches: list[dict], cells: Mapping[str, object]) -> dict[str, object]:
    """The record's own `tranche` and `condition` (None where unstated) an export's `tranches` carry
    (`RECORD_TERMS`, taken out of them), in place of the `cells`' pairing of each tranche with its own
    condition ("$30M committed · $60M conditional: once milestones are met"). None when they carry
    none; and only for a cell still as the export wrote it (`_exported_cells`): a cell a person edited
    stands as they wrote it. The one reading of an import and of `store.export.read_back`."""
    terms: dict[str, object] = {}
    for tranche in tranches:
        for column, key in RECORD_TERMS.items():
            if key in tranche:
                terms[column] = tranche.pop(key)
    if not terms:
        return {}
    for column, value in terms.items():
        if value is not None and not isinstance(value, str):
            raise BadCell("tranches", f"{column} words are not text")
    own = {column: terms.get(column) for column in RECORD_TERMS}
    written = _exported_cells(tranches, cells, own["condition"])
    return {column: own[column] for column, text in written.items() if _told(cells.get(column)) == text}


def _exported_cells(
    tranches: list[dict], cells: Mapping[str, object], condition: object
) -> dict[str, str | None]:
    """The `tranche` and `condition` cells an export wrote of these tranches (store/export.py
    `_paired_row`: `amount_words.paired_tranches`), of the record's `condition`; none when these
    tranches cannot be read or hold no condition (no pairing was written)."""
    try:
        told = [
            Tranche.model_validate({k: v for k, v in t.items() if k in _TRANCHE_FIELDS}) for t in tranches
        ]
    except ValidationError:
        return {}  # the import tells what is wrong with them
    if not any(tranche.condition for tranche in told):
        return {}
    currency, sentence = _told(cells.get("currency")), _told(cells.get("sentence"))
    return {
        "tranche": _told(paired_tranches(told, currency, quoted_unless=sentence, quote=True)),
        "condition": condition_beside_tranches(_told(condition), told),
    }


_TRANCHE_FIELDS = frozenset(Tranche.model_fields) - {"seq"}


def _told(value: object) -> str | None:
    """A cell's text, None for an empty one (a CSV's empty cell, a JSON export's null)."""
    return None if value in (None, "") else str(value)


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
    """A "; "-separated list of names as the export writes it (a name may hold a comma). Terminal
    escape sequences are dropped whole first, as from any name (`controls.without_controls`): the ";"
    inside one ("B\x1b]0;pwn\x07") separates nothing, and would make fake names of its payload."""
    if isinstance(value, list):
        return value
    if not isinstance(value, str):
        return [] if value is None else [value]  # type: ignore[list-item]
    return [name.strip() for name in without_controls(value).split(";") if name.strip()]


def _unneutralised(value: object) -> object:
    """A CSV cell without the apostrophe the export put before a formula-like text."""
    if isinstance(value, str) and value.startswith("'") and value.lstrip("'").startswith(_FORMULA_STARTS):
        return value[1:]
    return value
