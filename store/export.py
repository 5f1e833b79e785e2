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
import re
from datetime import date
from pathlib import Path
from typing import Literal

from .formatting import clean_line
from .models import ExportRecord

ExportFormat = Literal["csv", "json", "md"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "json", "md")
EXTENSIONS = {"csv": "csv", "json": "json", "md": "md"}
COLUMNS = list(ExportRecord.model_fields)
# Spreadsheets run a cell starting with these as a formula; a leading apostrophe makes it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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


def _json_safe(value: object) -> object:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def render_csv(records: list[ExportRecord]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)  # RFC 4180: CRLF rows, so a lone CR inside a cell is quoted
    writer.writerow(COLUMNS)
    for record in records:
        row = record.model_dump()
        writer.writerow([neutralise_cell(row[column]) for column in COLUMNS])
    return out.getvalue()


def render_json(records: list[ExportRecord]) -> str:
    rows = [{k: _json_safe(v) for k, v in record.model_dump().items()} for record in records]
    return json.dumps({"records": rows}, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


_MD_SPECIAL = re.compile(r"([\\|\[\]`*_<>])")


def escape_markdown(value: object) -> str:
    """A table cell that cannot break the table or become a link, nor drive a terminal: control
    characters (ESC, BEL…) are shown as the explorer shows them (`␛`, `␇`)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return _number(value)
    text = clean_line(" ".join(str(value).splitlines()))
    return _MD_SPECIAL.sub(r"\\\1", text)


def render_markdown(records: list[ExportRecord]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for record in records:
        row = record.model_dump()
        lines.append("| " + " | ".join(escape_markdown(row[c]) for c in COLUMNS) + " |")
    return "\n".join(lines) + "\n"


def render_export(records: list[ExportRecord], fmt: ExportFormat) -> str:
    renderers = {"csv": render_csv, "json": render_json, "md": render_markdown}
    if fmt not in renderers:
        raise ValueError(f"unknown export format {fmt!r} (choose csv, json or md)")
    return renderers[fmt](records)


def write_export(
    records: list[ExportRecord], fmt: ExportFormat, path: Path, *, overwrite: bool = False
) -> Path:
    """Write the export; an existing file is kept unless `overwrite` (the UI asks first)."""
    return write_text(render_export(records, fmt), path, overwrite=overwrite)


def write_text(text: str, path: Path, *, overwrite: bool = False) -> Path:
    """Write an export's text; mode 'x' refuses an existing file atomically (no check-then-write race)."""
    with Path(path).open("w" if overwrite else "x", encoding="utf-8", newline="") as handle:
        handle.write(text)
    return Path(path)


def default_export_name(label: str, fmt: str, today: date) -> str:
    """'ai-deals-openai-2026-11-26.csv': names the selection and the day."""
    slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") or "selection"
    return f"ai-deals-{slug[:40]}-{today.isoformat()}.{EXTENSIONS.get(fmt, fmt)}"


def read_back(text: str, fmt: ExportFormat) -> list[ExportRecord]:
    """Parse an export produced by `render_export` (for round-trip checks and re-use)."""
    if fmt == "json":
        return [ExportRecord.model_validate(row) for row in json.loads(text)["records"]]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        return [ExportRecord.model_validate(_from_csv(row)) for row in rows]
    raise ValueError("Markdown exports are for reading, not for loading back")


def _from_csv(row: dict[str, str]) -> dict[str, object]:
    parsed: dict[str, object] = {}
    for key, value in row.items():
        if value == "":
            parsed[key] = None
        elif key in ("amount", "record_id"):
            parsed[key] = float(value) if key == "amount" else int(value)
        else:
            parsed[key] = value[1:] if value.startswith("'") and _looks_like_formula(value) else value
    return parsed
