"""A plain CSV line (no quote, NUL or inner line break) is split without csv.reader: the same rows."""

from __future__ import annotations

import csv
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_deals.importers import structured
from ai_deals.importers.errors import InputError


def _items(path, monkeypatch=None, *, lane: bool) -> list:
    """What `_csv_items` yields for the file, with or without the plain-line lane; an InputError last."""
    original = structured._LineTap.plain_row
    if not lane:
        structured._LineTap.plain_row = lambda self, delimiter, limit: None
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            found = []
            try:
                for line, text, item in structured._csv_items(handle, str(path), None):
                    found.append((line, text, str(item) if isinstance(item, structured.RowError) else item))
            except InputError as error:
                found.append(str(error))
            return found
    finally:
        structured._LineTap.plain_row = original


_CELL_TEXT = st.text(alphabet=st.sampled_from(list('ab é,;\t"\r\n\x00 ')), max_size=12)


@settings(max_examples=300, deadline=None)
@given(body=st.lists(_CELL_TEXT, max_size=8), ending=st.sampled_from(["", "\n", "\r\n", "\r"]))
def test_plain_lines_read_as_csv_reader_reads_them(tmp_path_factory, body, ending):
    path = tmp_path_factory.mktemp("plain") / "rows.csv"
    path.write_text("company,amount,currency\n" + "\n".join(body) + ending, encoding="utf-8", newline="")
    assert _items(path, lane=True) == _items(path, lane=False)


def test_a_quoted_row_between_plain_ones_keeps_its_lines_and_text(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text('company,amount\nA,1\n"B\nC",2\nD,3\r\n\nE,"4"\n', encoding="utf-8", newline="")
    assert _items(path, lane=True) == [
        (2, "A,1", {"company": "A", "amount": "1"}),
        (3, '"B\nC",2', {"company": "B\nC", "amount": "2"}),
        (5, "D,3", {"company": "D", "amount": "3"}),
        (7, 'E,"4"', {"company": "E", "amount": "4"}),
    ]
    assert _items(path, lane=True) == _items(path, lane=False)


def test_a_line_over_the_csv_cell_limit_is_left_to_csv_reader(tmp_path):
    earlier = csv.field_size_limit(100)
    try:
        path = tmp_path / "rows.csv"
        path.write_text("company,amount\nA,1\n" + "x" * 150 + ",2\nC,3\n", encoding="utf-8", newline="")
        found = _items(path, lane=True)
        assert found == _items(path, lane=False)
        assert "cell longer than 100 characters" in found[1][2]
    finally:
        csv.field_size_limit(earlier)


def test_a_line_over_the_length_limit_is_refused_even_when_csv_allows_longer_cells(tmp_path):
    # csv.field_size_limit(sys.maxsize) is a common setting: the line cut by MAX_LINE_CHARS must
    # still be refused, not read as a row of its first million characters plus a bogus rest.
    earlier = csv.field_size_limit(sys.maxsize)
    try:
        path = tmp_path / "rows.csv"
        long_line = "B," + "x" * (structured.MAX_LINE_CHARS + 10)
        path.write_text(f"company,amount\nA,1\n{long_line}\nC,3\n", encoding="utf-8", newline="")
        found = _items(path, lane=True)
        assert [row[0] for row in found] == [2, 3, 4]
        assert found[1][2] == f"{path}:3: row: line longer than 1,000,000 characters"
        assert found == _items(path, lane=False)
    finally:
        csv.field_size_limit(earlier)
