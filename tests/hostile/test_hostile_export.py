"""Exports of hostile text: spreadsheets run nothing, Markdown tables hold, JSON stays JSON."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from ai_deals.store.export import escape_markdown, read_back, render_export
from ai_deals.store.models import ExportRecord


def record(**values) -> ExportRecord:
    return ExportRecord(record_type="stake", record_id=1, company="OpenAI", **values)


@pytest.mark.parametrize(
    "payload", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "'=1"]
)
def test_csv_cells_that_start_like_formulas_are_neutralised(payload):
    text = render_export([record(counterpart=payload)], "csv")
    (row,) = list(csv.DictReader(io.StringIO(text, newline="")))
    assert row["counterpart"] == "'" + payload
    assert read_back(text, "csv")[0].counterpart == payload


def test_csv_numbers_stay_numbers():
    text = render_export([record(amount=-5.0, counterpart="x"), record(amount=50e9)], "csv")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [row["amount"] for row in rows] == ["-5", "50000000000"]


def test_markdown_escapes_pipes_newlines_and_brackets():
    text = render_export([record(counterpart="a|b\n[link](http://x)")], "md")
    last = text.splitlines()[-1]
    assert "a\\|b \\[link\\](http://x)" in last
    assert len(text.splitlines()) == 3  # header, rule, one row: the newline did not break the table


def test_json_never_contains_nan_or_infinity():
    text = render_export([record(amount=float("nan")), record(amount=float("inf"))], "json")
    assert "NaN" not in text and "Infinity" not in text
    assert [r["amount"] for r in json.loads(text)["records"]] == [None, None]


def in_tranches(condition: str, sentence: str | None) -> ExportRecord:
    """A stake of $90M, $30M now and $60M on `condition`, as the export lists its tranches (`_tranches`):
    its cells pair each tranche with its own condition, its own words travel in its tranches."""
    tranches = [
        {"amount": 30e6, "currency": "USD", "status": "committed"},
        {"amount": 60e6, "currency": "USD", "condition": condition, "status": "conditional"},
    ]
    return record(
        amount=90e6,
        currency="USD",
        tranche="$30 million",
        condition=condition,
        sentence=sentence,
        tranches=json.dumps(tranches, ensure_ascii=False),
    )


@given(st.text(), st.one_of(st.none(), st.floats(min_value=0, max_value=1e15, allow_nan=False)))
def test_csv_and_json_exports_read_back_to_the_same_records(text, amount):
    original = [
        record(counterpart=text or None, sentence=text or None, amount=amount),
        in_tranches(text.strip() or "once milestones are met", sentence=text or None),
    ]
    for fmt in ("csv", "json"):
        assert read_back(render_export(original, fmt), fmt) == original


def test_markdown_cell_never_contains_a_raw_pipe_or_newline():
    cell = escape_markdown("x|y\r\nz")
    assert "\n" not in cell and "\r" not in cell and "|" not in cell.replace("\\|", "")


def _rendered_row(text: str) -> str:
    """The HTML a CommonMark renderer with GFM tables makes of an export's one row."""
    return MarkdownIt("commonmark").enable("table").render(text).split("<tbody>")[1]


def test_markdown_leaves_urls_and_codes_as_they_are_so_they_paste_whole():
    url = "https://example.org/en/en_ft_ledgerline"
    text = render_export([record(source_url=url, basis="post_money", round="series_d")], "md")
    row = text.splitlines()[-1]
    assert f"| {url} |" in row and "| post_money |" in row and "| series_d |" in row
    html = _rendered_row(text)
    assert url in html and "post_money" in html and "<em>" not in html


@pytest.mark.parametrize("name", ["*bold*", "_bold_", "__bold__", "[x](http://y)", "`code`", "<b>x</b>"])
def test_markdown_names_still_cannot_make_emphasis_links_code_or_html(name):
    html = _rendered_row(render_export([record(counterpart=name)], "md"))
    assert not any(tag in html for tag in ("<em>", "<strong>", "<a ", "<code>", "<b>"))
    assert name.replace("<", "&lt;").replace(">", "&gt;") in html  # shown as typed
