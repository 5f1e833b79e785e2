"""Exports of selected records: CSV, JSON and Markdown that read back to the same records.

Imported text is hostile: CSV cells that a spreadsheet would run as a formula are neutralised,
Markdown cells are escaped (control characters shown as placeholders), and JSON never holds NaN or
Infinity. CSV and JSON keep every other character as imported.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import shutil
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal, TypeVar

from ai_deals.importers.exported import RECORD_TERMS, record_terms
from ai_deals.importers.models import CALLED_OFF

from .files import written_through
from .formatting import clean_line, format_amount, format_share, status_label
from .models import DealExportRecord, ExportRecord, Stake, Tranche, at_line, source_key
from .money_raised import condition_beside_tranches, paired_tranches, record_status_label
from .same_raise import account_rank

ExportFormat = Literal["csv", "json", "md"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "json", "md")
EXTENSIONS = {"csv": "csv", "json": "json", "md": "md"}
COLUMNS = [name for name, field in ExportRecord.model_fields.items() if not field.exclude]
# One row per deal (`DealExportRecord`): every column, then the deal's sources and other figures.
DEAL_COLUMNS = [
    *COLUMNS,
    *(name for name in DealExportRecord.model_fields if name not in ExportRecord.model_fields),
]
# Markdown is for reading: its table keeps the columns up to the review status (and `same_as`),
# without those added so that an export imports as the same records (tranches as JSON, company rows'
# details). Its
# amount reads as pages show it ("≥$13B", "€102.5M", "65–90 GW"), not 13000000000 beside four
# columns saying the rest: the currency, bound, upper value and unit are folded into it.
_FOLDED_INTO_AMOUNT = ("amount_max", "currency", "bound", "unit")
# It ends with `same_as` and `counted`, as a reader adding the amounts up needs them too: an account
# of a deal whose figure another row gives (`ExportRecord.same_as`), and what the money raised counts
# of each row (`ExportRecord.counted`), as CSV and JSON carry it.
# Its `source` names the row's source in one cell (`source_label`): the title (the URL when only a URL
# was given), publisher and date, and the deal file the row was read from (qa50).
MARKDOWN_COLUMNS = [
    *(c for c in COLUMNS[: COLUMNS.index("review_status") + 1] if c not in _FOLDED_INTO_AMOUNT),
    "same_as",
    "counted",
    "source",
]
# One row per deal: every source of the deal in place of the row's own, and the figures others give.
DEAL_MARKDOWN_COLUMNS = [*MARKDOWN_COLUMNS[:-1], "sources", "other_figures"]
CHUNK_RECORDS = 1_000  # CSV rows handed on together
# Spreadsheets run a cell starting with these as a formula; a leading apostrophe makes it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A CSV file starts with a UTF-8 byte-order mark: without one, spreadsheets (Excel) read it as
# Windows-1252 and show "CafÃ©". Our importer, Python's "utf-8-sig" and pandas skip it.
CSV_BOM = "\ufeff"


def neutralise_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text; numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _number(value)
    text = str(value)
    return "'" + text if _looks_like_formula(text) else text


def _looks_like_formula(text: str) -> bool:
    """Starts like a formula, also behind apostrophes (so read_back can undo exactly one)."""
    return text.lstrip("'").startswith(FORMULA_STARTS)


def _number(value: float) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


T = TypeVar("T")


def _finite(value: T) -> T | None:
    """`value`, or None for a float that is no number (NaN, infinity): JSON has none, nor a reader."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def csv_chunks(records: Iterable[ExportRecord], columns: list[str] = COLUMNS) -> Iterator[str]:
    out = io.StringIO()
    writer = csv.writer(out)  # RFC 4180: CRLF rows, so a lone CR inside a cell is quoted
    writer.writerow(columns)
    for count, record in enumerate(records, start=1):
        row = _paired_row(record)
        writer.writerow([neutralise_cell(row.get(column)) for column in columns])
        if count % CHUNK_RECORDS == 0:
            yield _taken(out)
    yield out.getvalue()


def _paired_row(record: ExportRecord) -> dict[str, object]:
    """A record's CSV cells (JSON's fields). Of a stake or round whose tranches hold a condition, the `tranche` and
    `condition` cells pair each tranche's amount with its own condition, as Markdown, `show` and the
    page do (`paired_tranches`): the record's own words ("$30 million", the first tranche's, and
    "once milestones are met", the second's) read as the $30M waiting on the milestones. Those words
    travel in the `tranches` cell instead (`RECORD_TERMS`: the tranche words on its first tranche, the
    condition on the tranche holding it), so that the export imports back as the same record."""
    row = record.model_dump()
    tranches = _tranche_list(record)
    if not any(tranche.condition for tranche in tranches):
        return row
    row["tranche"] = paired_tranches(tranches, record.currency, quoted_unless=record.sentence, quote=True)
    row["condition"] = condition_beside_tranches(record.condition, tranches)
    listed = json.loads(record.tranches or "[]")
    listed[0][RECORD_TERMS["tranche"]] = record.tranche
    holding = next((told for told in listed if told.get("condition") == record.condition), listed[0])
    holding[RECORD_TERMS["condition"]] = record.condition
    row["tranches"] = json.dumps(listed, ensure_ascii=False, allow_nan=False)
    return row


def _taken(out: io.StringIO) -> str:
    """What `out` holds, leaving it empty for the next records."""
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    return text


# Columns whose value is JSON (a list of instalments or sentences, an object of first values): CSV
# holds their text, JSON the value itself, so that a reader of the JSON gets lists and objects.
JSON_VALUED = ("tranches", "edited_from", "more_evidence")


def _json_row(record: ExportRecord) -> dict[str, object]:
    row = {k: _finite(v) for k, v in _paired_row(record).items()}
    for column in JSON_VALUED:
        if isinstance(text := row[column], str):
            row[column] = json.loads(text)
    return row


def json_chunks(records: Iterable[ExportRecord]) -> Iterator[str]:
    """The text `json.dumps({"records": rows}, indent=2)` gives, one record at a time."""
    opened = False
    for record in records:
        row = _json_row(record)
        text = json.dumps(row, ensure_ascii=False, indent=2, allow_nan=False)
        # Indented by hand: JSON escapes the newlines inside strings, so every "\n" left is layout
        # (textwrap would also break at U+2028 or U+0085 inside a name and change the data).
        yield ('{\n  "records": [\n' if not opened else ",\n") + "    " + text.replace("\n", "\n    ")
        opened = True
    yield "\n  ]\n}\n" if opened else '{\n  "records": []\n}\n'


# An underscore between two letters or digits is left alone: Markdown never reads it as emphasis
# (CommonMark's intraword rule), and escaping it broke the URLs and codes a reader copies
# (`en\_ft\_ledgerline`, `post\_money`). Everywhere else it is escaped, with the other characters
# that could make a link, emphasis, code or HTML.
_MD_SPECIAL = re.compile(r"[\\|\[\]`*<>]|(?<![^\W_])_|_(?![^\W_])")


def escape_markdown(value: object) -> str:
    """A table cell that cannot break the table or become a link, nor drive a terminal: control
    characters (ESC, BEL…) are shown as the explorer shows them (`␛`, `␇`); a URL or a code reads
    as it is (`https://example.org/en_ft_ledgerline`, `post_money`)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return _number(value)
    text = clean_line(" ".join(str(value).splitlines()))
    return _MD_SPECIAL.sub(lambda match: "\\" + match.group(), text)


def _markdown_row(record: ExportRecord) -> dict[str, object]:
    """A record as people read it: its amount and share formatted (CSV and JSON keep raw numbers)."""
    row = record.model_dump()
    row["amount"] = format_amount(
        _finite(record.amount), record.currency, record.bound, _finite(record.amount_max), record.unit
    )
    if record.retracted:  # as `show` marks a figure its outlet's correction withdrew
        row["amount"] += " (retracted)"
    row["percentage"] = format_share(_finite(record.percentage), record.percentage_bound)
    row["source"] = _source_at_line(record)
    # What the money raised counts, in the row's currency as its amount reads ("€120M"); empty: none.
    row["counted"] = format_amount(_finite(record.counted), record.currency) if record.counted else None
    # "in talks", "planned", as `show` says them (an import reads them back as `in_talks`, `planned`); a stake part committed,
    # part conditional: "$15B committed · $35B conditional", as `show` says it too
    row["status"] = "called off" if record.called_off else _status_cell(record)  # as `show` says it
    if tranches := _tranche_list(record):
        # Each condition is told beside its own tranche's amount, with the sentence telling it when
        # not the row's; a condition no tranche holds stays the record's.
        row["tranche"] = paired_tranches(tranches, record.currency, quoted_unless=record.sentence, quote=True)
        row["condition"] = condition_beside_tranches(record.condition, tranches)
    return row


def _tranche_list(record: ExportRecord) -> list[Tranche]:
    """A stake's or round's tranches, read from the export's JSON (none for other records)."""
    if record.record_type not in ("stake", "round") or not record.tranches:
        return []
    tranches = [Tranche(seq=seq, **fields) for seq, fields in enumerate(json.loads(record.tranches))]
    return [tranche.model_copy(update={"amount": _finite(tranche.amount)}) for tranche in tranches]


def _status_cell(record: ExportRecord) -> str:
    """A Markdown row's status: a stake's or round's split when it is partly conditional
    (money_raised.record_status_label), else its status as `show` says it."""
    if not (tranches := _tranche_list(record)):
        return status_label(record.status)
    split = Stake.model_construct(
        amount=record.amount, currency=record.currency, status=record.status, tranches=tranches
    )
    return record_status_label(split)


def markdown_chunks(records: Iterable[ExportRecord], columns: list[str] = MARKDOWN_COLUMNS) -> Iterator[str]:
    yield "| " + " | ".join(columns) + " |\n" + "|" + "---|" * len(columns) + "\n"
    for record in records:
        row = _markdown_row(record)
        yield "| " + " | ".join(escape_markdown(row.get(c)) for c in columns) + " |\n"


def export_chunks(
    records: Iterable[ExportRecord], fmt: ExportFormat, *, one_per_deal: bool = False
) -> Iterator[str]:
    """The export's text in pieces, records read as they come: a million records never sit in memory
    at once (the store streams them too, see `Store.iter_export_records`). `one_per_deal`: the
    records are `DealExportRecord`s, written with their `sources` and `other_figures`."""
    if fmt == "csv":
        return csv_chunks(records, DEAL_COLUMNS if one_per_deal else COLUMNS)
    if fmt == "json":
        return json_chunks(records)
    if fmt == "md":
        return markdown_chunks(records, DEAL_MARKDOWN_COLUMNS if one_per_deal else MARKDOWN_COLUMNS)
    raise ValueError(f"unknown export format {fmt!r} (choose csv, json or md)")


def render_export(records: Iterable[ExportRecord], fmt: ExportFormat, *, one_per_deal: bool = False) -> str:
    return "".join(export_chunks(records, fmt, one_per_deal=one_per_deal))


def write_export(
    records: Iterable[ExportRecord],
    fmt: ExportFormat,
    path: Path,
    *,
    overwrite: bool = False,
    one_per_deal: bool = False,
) -> Path:
    """Write the export; an existing file is kept unless `overwrite` (the UI asks first)."""
    chunks = export_chunks(records, fmt, one_per_deal=one_per_deal)
    return write_text(file_chunks(chunks, fmt), path, overwrite=overwrite)


def source_label(
    title: str | None, publisher: str | None, published: str | None, url: str | None, read_from: str | None
) -> str:
    """A row's source in one cell, as `show` names it: 'Title · Publisher · 2026-01-20', the URL for a
    title when only a URL was given, and the deal file a row citing it was read from ('… (from
    vendor.csv)'); a deal file's own row: the file's name."""
    cited = " · ".join(part for part in (title or url, publisher, published) if part)
    return cited + (f" (from {read_from})" if read_from and read_from != cited else "")


def _source_at_line(record: ExportRecord) -> str:
    """The Markdown `source` cell: `source_label` with the deal file's row at its line, as `show` names
    it ("… (from vendor.csv:12)"; a file's own row "vendor.csv:12")."""
    title, line = record.source_title, record.read_line
    if record.read_from is None:  # the file's own row (an article's sentence has no line)
        title = at_line(title, line)
    read_at = at_line(record.read_from, line)
    return source_label(title, record.publisher, record.source_date, record.source_url, read_at)


@dataclass
class _Source:
    """One source of a deal's accounts (`_sources_of`): how it names itself where it was imported as
    a document of its own (an article), how a deal file's row citing it names it, and those rows."""

    own: str | None = None
    cited: str | None = None
    rows: list[str] = field(default_factory=list)

    def label(self) -> str:
        """ "Title · 2026-01-20 (cited by vendorA.csv:3)" for an article a deal file's row cites too;
        "https://… (from vendorA.csv:2)" for a source only a deal file's row tells."""
        rows = ", ".join(dict.fromkeys(self.rows))
        if self.own is not None:
            return self.own + (f" (cited by {rows})" if rows else "")
        return (self.cited or "") + (f" (from {rows})" if rows else "")


def _source_key(url: str | None, label: str) -> tuple:
    """Who tells an account, as `Evidence.source_identity` has it: an article and a deal file's row citing
    its URL are one source; a URL in two spellings too; otherwise the source's label."""
    if url and not url.startswith("file:"):
        return source_key(url, label, None, None, None, 0)
    return ("label", label)


def _tellings(record: ExportRecord) -> Iterator[tuple[tuple, str, str | None]]:
    """Each source `record`'s evidence cites: (who tells it, its label, the deal file's row citing it
    or None); a deal file's own row is labelled by the file at its line ("vendorB.csv:2")."""
    title, url, line = record.source_title, record.source_url, record.read_line
    if record.read_from is None:
        label = source_label(at_line(title, line), record.publisher, record.source_date, url, None)
        yield _source_key(url, label), label, None
    else:
        label = source_label(title, record.publisher, record.source_date, url, None)
        yield _source_key(url, label), label, at_line(record.read_from, line)
    lines = record.more_read or []
    for index, told in enumerate(json.loads(record.more_evidence or "[]")):
        cited = [told.get(key) for key in ("source_title", "publisher", "source_date", "source_url")]
        read_from, line = lines[index] if index < len(lines) else (None, None)
        if read_from is None:  # a deal file's own row (a line) or an article's sentence (none)
            cited[0] = at_line(cited[0], line)
            label = source_label(*cited, None)
            yield _source_key(cited[3], label), label, None
        else:
            label = source_label(*cited, None)
            yield _source_key(cited[3], label), label, at_line(read_from, line)


def _sources_of(records: Iterable[ExportRecord]) -> list[str]:
    """Each source `records` cite, once, in the order first cited (`_Source.label`): an article and a
    deal file's row citing it are one source, the row named where it cites it."""
    sources: dict[tuple, _Source] = {}
    for record in records:
        for key, label, row in _tellings(record):
            if not label:
                continue
            source = sources.setdefault(key, _Source())
            if row is None:
                source.own = source.own or label
            else:
                source.cited = source.cited or label
                source.rows.append(row)
    return [source.label() for source in sources.values()]


def record_sources(record: ExportRecord) -> list[str]:
    """Each source a record's evidence cites (`_sources_of`), once, its first evidence's first."""
    return _sources_of([record])


SOURCE_SEPARATOR = "; "


def listed(labels: Iterable[str]) -> str:
    """Sources in one cell, `; `-separated; a source whose name holds a `;` (a title "Seed; Series A")
    or opens with a double quote is given in double quotes, its own quotes doubled, as CSV quotes a
    cell: `"Title; with pipe · 2025-05-03 (from vb.csv:2)"; va.csv:2` splits in two, not three."""
    return SOURCE_SEPARATOR.join(_quoted_if_ambiguous(label) for label in labels)


def _quoted_if_ambiguous(label: str) -> str:
    if ";" not in label and not label.startswith('"'):
        return label
    return '"' + label.replace('"', '""') + '"'


def deal_row(
    counted: ExportRecord, others: Iterable[ExportRecord], *, called_off: bool = False
) -> DealExportRecord:
    """One row for a deal: the record the app counts (`counted`), naming every source of its other
    accounts too (an article and a deal file's row citing it once: "Title · 2026-01-20 (cited by
    vendorA.csv:3)"), and the figures they give that differ from its own (a vendor's $28M beside $25M).
    `called_off`: a later article's call-off is one of them, so the deal's status is called off (the
    round's, as the timeline says "(called off: Daily, date)"), whatever the round's source said."""
    others = sorted(others, key=_account_order)
    own = _figure(counted)
    differing = [
        f"{figure} ({'retracted: ' if record.retracted else ''}{listed(record_sources(record)) or 'no source'})"
        for record in others
        if (figure := _figure(record)) and figure != own
    ]
    status = {"status": CALLED_OFF, "called_off": True} if called_off else {}
    return DealExportRecord(
        **(dict(counted) | status),
        sources=listed(_sources_of([counted, *others])) or None,
        other_figures="; ".join(dict.fromkeys(differing)) or None,
    )


def _account_order(record: ExportRecord) -> tuple:
    """The order a deal's other accounts are named in, as `same_raise.primary_source` ranks them (an
    article's own sentence, a deal file's row citing a source, a deal file's own row; then the earliest
    published, the source's name, the row's line): never the order they were imported in."""
    return account_rank(
        record.source_url,
        record.read_from is not None,
        record.source_title,
        record.source_date,
        record.read_line,
        record.sentence or "",
    )


def _figure(record: ExportRecord) -> str:
    """A record's figure as a page reads it ("$25M", "≥$13B"), to tell two accounts' figures apart."""
    return format_amount(
        _finite(record.amount), record.currency, record.bound, _finite(record.amount_max), record.unit
    )


def file_chunks(chunks: Iterable[str], fmt: str) -> Iterator[str]:
    """An export's pieces as a file holds them: a CSV file opens with a byte-order mark (see
    `CSV_BOM`); standard output, read by other programs, gets the text alone."""
    if fmt == "csv":
        yield CSV_BOM
    yield from chunks


def write_text(text: str | Iterable[str], path: Path, *, overwrite: bool = False) -> Path:
    """Write an export's text (or its pieces, as they come). An existing file is refused atomically
    unless `overwrite` (mode 'x': no check-then-write race). A failure or ctrl+c halfway leaves no
    half-written export: a new file is removed, an overwritten one keeps its old content (the new text
    goes to a file beside it, renamed over it once complete, with the old file's permissions)."""
    path = Path(path)
    pieces = [text] if isinstance(text, str) else text
    if written_through(path):
        # A terminal, /dev/stderr, a FIFO: written through, never replaced by a regular file (a
        # rename over /dev/full made it one) nor removed on failure.
        with path.open("w", encoding="utf-8", newline="") as handle:
            handle.writelines(pieces)
        return path
    target = path
    if overwrite and path.exists():
        path = path.resolve()  # through a symlink: the file it points at is replaced, the link kept
        target = path.with_name(path.name + ".partial")
    try:
        with target.open("w" if overwrite else "x", encoding="utf-8", newline="") as handle:
            handle.writelines(pieces)
        if target != path:
            shutil.copymode(path, target)
            os.replace(target, path)
    except FileExistsError:
        raise
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return Path(path)


def default_export_name(label: str, fmt: str, today: date) -> str:
    """'ai-deals-openai-2026-11-26.csv': names the selection and the day. Letters are kept: accented
    Latin ones as their plain letter ('Café' -> cafe), other scripts as they are (شركة-الذكاء)."""
    slug = re.sub(r"[\W_]+", "-", "".join(map(_plain_letter, label)).lower()).strip("-")
    return f"ai-deals-{slug[:40].strip('-') or 'selection'}-{today.isoformat()}.{EXTENSIONS.get(fmt, fmt)}"


# Latin letters Unicode gives no decomposition to a plain letter, spelt as their languages spell them
# in plain letters ("Straße" -> strasse, "Øresund" -> oresund).
_LATIN_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "Ø": "O",
        "ø": "o",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
        "Ł": "L",
        "ł": "l",
        "Đ": "D",
        "đ": "d",
        "Ð": "D",
        "ð": "d",
        "Þ": "TH",
        "þ": "th",
        "ı": "i",
        "Ħ": "H",
        "ħ": "h",
    }
)


def _plain_letter(char: str) -> str:
    """'é' -> 'e', 'ﬁ' -> 'fi', 'ß' -> 'ss', 'Ø' -> 'O': a character that is an ASCII letter under its
    accents or ligature, or a Latin letter of its own (`_LATIN_LETTERS`); any other character unchanged
    (a kana's voicing mark or a Hangul syllable are no accents)."""
    decomposed = unicodedata.normalize("NFKD", char).translate(_LATIN_LETTERS)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain if plain and plain.isascii() else char


def read_back(text: str, fmt: ExportFormat) -> list[ExportRecord]:
    """Parse an export produced by `render_export` or written to a file (its CSV byte-order mark
    skipped), for round-trip checks and re-use."""
    text = text.removeprefix(CSV_BOM)
    if fmt == "json":
        return [
            ExportRecord.model_validate(_unpaired(_from_json(row))) for row in json.loads(text)["records"]
        ]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        return [ExportRecord.model_validate(_unpaired(_from_csv(row))) for row in rows]
    raise ValueError("Markdown exports are for reading, not for loading back")


def _from_csv(row: dict[str, str]) -> dict[str, object]:
    parsed: dict[str, object] = {}
    for key, value in row.items():
        if value == "":
            parsed[key] = None
        elif key in ("amount", "amount_max", "record_id"):
            parsed[key] = int(value) if key == "record_id" else float(value)
        else:
            parsed[key] = value[1:] if value.startswith("'") and _looks_like_formula(value) else value
    return parsed


def _unpaired(row: dict[str, object]) -> dict[str, object]:
    """A row read back with its record's own `tranche` and `condition`, which its tranches carry where
    the cells pair each tranche with its own condition (`_paired_row`), read as an import reads them
    (`exported.record_terms`: cells a person edited stand)."""
    text = row.get("tranches")
    if not isinstance(text, str) or not any(key in text for key in RECORD_TERMS.values()):
        return row
    listed = json.loads(text)
    if not isinstance(listed, list) or not all(isinstance(told, dict) for told in listed):
        return row
    own = record_terms(listed, row)
    return {**row, **own, "tranches": json.dumps(listed, ensure_ascii=False, allow_nan=False)}


def _from_json(row: dict[str, object]) -> dict[str, object]:
    """A JSON export's row with its JSON-valued columns as the text a record holds (an older export's
    text kept as it is)."""
    for column in JSON_VALUED:
        if isinstance(value := row.get(column), (list, dict)):
            row[column] = json.dumps(value, ensure_ascii=False, allow_nan=False)
    return row
