"""Hostile input to the readers: every file is read to the exact expected text or refused with one line.

The files are generated here (see `HOSTILE_TEXT`, `REFUSED` and the builders) rather than committed,
so binaries and megabyte lines do not live in the repository and each file's bytes are visible.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ai_deals.importers.cells import MAX_AMOUNT, parse_amount
from ai_deals.importers.errors import InputError
from ai_deals.importers.html_text import extract_article, limit_nesting
from ai_deals.importers.reading import (
    MAX_ARTICLE_BYTES,
    decode_bytes,
    normalise_date,
    read_document,
    read_stream,
)
from ai_deals.importers.structured import DealRow, RowError, iter_deal_rows

FRENCH = "«L’été» : OpenAI lève 110 milliards, soit 5 € — c’est Zürich."
SWISS_LATIN1 = "Genève: la société «Zürichoise» lève 3 millions de francs, à 5 % près."


def png_bytes() -> bytes:
    """A real 1×1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


# name -> (bytes, exact text the reader must produce)
HOSTILE_TEXT = {
    "utf8.txt": (FRENCH.encode("utf-8"), FRENCH),
    "utf8_bom.txt": (b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), FRENCH),
    "utf16le_bom.txt": (b"\xff\xfe" + FRENCH.encode("utf-16-le"), FRENCH),
    "utf16be_bom.txt": (b"\xfe\xff" + FRENCH.encode("utf-16-be"), FRENCH),
    "utf32_bom.txt": (FRENCH.encode("utf-32"), FRENCH),
    "cp1252_french.txt": (FRENCH.encode("cp1252"), FRENCH),
    "latin1_swiss.txt": (SWISS_LATIN1.encode("latin-1"), SWISS_LATIN1),
    "cp1252_crlf.txt": (
        "Première ligne\r\nSeconde «ligne»\r\n".encode("cp1252"),
        "Première ligne\nSeconde «ligne»\n",
    ),
    "mixed_endings.txt": (b"one\r\ntwo\rthree\nfour\r\n\r\nfive", "one\ntwo\nthree\nfour\n\nfive"),
    "terminal_escapes.txt": (
        b"OpenAI \x1b[2J\x1b]52;c;cm0gLXJmIH4=\x07\x1b]0;pwned\x07 \xe2\x80\xae reversed [bold]x[/] :smile:",
        "OpenAI \x1b[2J\x1b]52;c;cm0gLXJmIH4=\x07\x1b]0;pwned\x07 \u202e reversed [bold]x[/] :smile:",
    ),
    "c1_controls.txt": ("a\u009b31mb\u0085c".encode(), "a\u009b31mb\u0085c"),
}

# name -> (bytes, exact problem)
REFUSED = {
    "empty.txt": (b"", "file is empty"),
    "whitespace.txt": (b" \t\r\n\n  \xc2\xa0\xe2\x80\x8b\n", "file contains only whitespace"),
    "utf8_bom_only.txt": (b"\xef\xbb\xbf", "file contains only whitespace"),
    "gzip.txt": (gzip.compress(b"OpenAI raises money", mtime=0), "not a text file (looks like gzip)"),
    "image.txt": (png_bytes(), "not a text file (looks like a PNG image)"),
    "photo.txt": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "not a text file (looks like a JPEG image)"),
    "document.txt": (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "not a text file (looks like a PDF document: copy its text into a .txt file)",
    ),
    "archive.txt": (b"PK\x03\x04\x14\x00\x00\x00", "not a text file (looks like a ZIP archive)"),
    "database.txt": (b"SQLite format 3\x00\x10\x00", "not a text file (looks like an SQLite database)"),
    "nul_bytes.txt": (b"OpenAI\x00raises\x00money", "not a text file (contains NUL bytes)"),
    "utf16_without_bom.txt": (
        "OpenAI lève des fonds".encode("utf-16-le"),
        "not a text file (looks like UTF-16 without a byte-order mark; save it as UTF-8)",
    ),
    "utf16_bom_with_nul.txt": (
        b"\xff\xfe" + "a\x00b".encode("utf-16-le"),
        "not a text file (contains NUL bytes)",
    ),
    "utf16_odd_length.txt": (
        b"\xff\xfe" + "abc".encode("utf-16-le") + b"x",
        "invalid UTF-16-LE text (byte offset 6)",
    ),
    "broken_utf8.txt": (
        "Zürich, Genève, été ".encode() + b"\xff tail",
        "invalid UTF-8 (byte 0xff at offset 24)",
    ),
    "truncated_utf8.txt": ("déjà".encode()[:-1], "invalid UTF-8 (byte 0xc3 at offset 4)"),
    "binary_noise.txt": (
        bytes(range(1, 256)) * 4,
        "not UTF-8 (byte 0x80 at offset 127) nor Windows-1252 text",
    ),
    "cp1252_undefined_byte.txt": (
        b"caf\xe9 \x81 ok",
        "not UTF-8 (byte 0xe9 at offset 3) nor Windows-1252 text",
    ),
}


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    """The hostile files written to a temporary folder."""
    folder = tmp_path_factory.mktemp("hostile")
    for name, (data, _) in {**HOSTILE_TEXT, **REFUSED}.items():
        (folder / name).write_bytes(data)
    return folder


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXT))
def test_hostile_encodings_are_read_to_the_exact_text(hostile_dir, name):
    assert read_document(hostile_dir / name).text == HOSTILE_TEXT[name][1]


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_unreadable_files_are_refused_with_the_exact_message(hostile_dir, name):
    with pytest.raises(InputError) as caught:
        read_document(hostile_dir / name)
    assert str(caught.value) == f"{hostile_dir / name}: {REFUSED[name][1]}"


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_unreadable_input_on_stdin_is_refused_the_same_way(name):
    with pytest.raises(InputError) as caught:
        read_stream(io.BytesIO(REFUSED[name][0]))
    assert str(caught.value) == f"<stdin>: {REFUSED[name][1]}"


def test_a_single_one_megabyte_line_is_read_whole(tmp_path):
    line = "OpenAI lève 110 milliards de dollars auprès d'Amazon. " * 20_000
    path = tmp_path / "one_line.txt"
    path.write_text(line, encoding="utf-8")
    assert len(line.encode()) > 1_000_000
    assert read_document(path).text == line


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as file:
        file.truncate(MAX_ARTICLE_BYTES + 1)  # Sparse: no 20 MB written to disk.
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value) == (
        f"{path}: file is larger than 20 MB, the limit for one article: split it into smaller files"
    )


def test_standard_input_over_the_size_limit_is_refused_saying_what_to_do():
    stream = io.BytesIO(b"x" * (MAX_ARTICLE_BYTES + 1))
    with pytest.raises(InputError) as caught:
        read_stream(stream)
    assert str(caught.value) == (
        "<stdin>: input is larger than 20 MB, the limit for one article: split it into smaller files"
    )


def test_a_folder_named_as_a_file_is_refused(tmp_path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(InputError) as caught:
        read_document(folder)
    assert str(caught.value) == f"{folder}: is a directory"


def test_a_file_name_with_a_newline_gives_a_one_line_error(tmp_path):
    path = tmp_path / "evil\nname.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert "\n" not in str(caught.value)
    assert str(caught.value).endswith("evil\\nname.txt: file is empty")


# --- HTML ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("tag", ["div", "span", "blockquote", "ul", "b", "a", "table"])
def test_deeply_nested_html_is_read_without_recursion(tmp_path, tag):
    depth = 100_000
    html = f"<html><body>{f'<{tag}>' * depth}deep &amp; text{f'</{tag}>' * depth}<p>after</p></body></html>"
    path = tmp_path / "nested.html"
    path.write_text(html, encoding="utf-8")
    assert read_document(path).text in ("deep & text\n\nafter", "deep & text after", "deep & textafter")


def test_deeply_nested_unclosed_html_is_read(tmp_path):
    path = tmp_path / "unclosed.html"
    path.write_text("<body>" + "<div><p><i>" * 50_000 + "end", encoding="utf-8")
    assert read_document(path).text == "end"


def test_limit_nesting_keeps_shallow_markup_unchanged_and_drops_only_deep_tags():
    shallow = "<div><p>a</p></div>" * 1000
    assert limit_nesting(shallow) == shallow
    assert limit_nesting("<div>" * 5 + "x" + "</div>" * 5, max_depth=2) == "<div><div>x</div></div>"


@pytest.mark.parametrize(
    "html",
    [
        "<" * 1_000_000,
        "<a" * 500_000,
        "<!--" * 250_000,
        "<script>" * 125_000,
        "<div " + "x=" * 500_000,
        "&" + "amp;" * 250_000,
        "<p>" + "&#x" * 300_000,
    ],
    ids=["lt", "unclosed-tags", "comments", "scripts", "attributes", "entities", "bad-entities"],
)
def test_pathological_markup_is_handled(html):
    article = extract_article(html)
    assert isinstance(article.text, str)


def test_script_style_and_page_furniture_are_left_out(tmp_path):
    html = """<html><head><style>body::after { content: "110 milliards" }</style>
    <script>document.write("<p>Fake 999 milliards</p>")</script></head>
    <body><nav>Menu</nav><div role="navigation">Links</div>
    <article><p>Real text.</p>
    <script type="text/javascript">var x = "</p><p>not text";</script>
    <noscript>Enable JavaScript</noscript><template><p>template</p></template>
    <p hidden>hidden</p><p aria-hidden="true">aria hidden</p>
    <style>.a { color: red }</style><p>More real text.</p></article>
    <footer>Footer</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    assert read_document(path).text == "Real text.\n\nMore real text."


def test_html_entities_are_decoded_and_markup_in_text_stays_text(tmp_path):
    html = (
        "<p>AT&amp;T &lt;script&gt;alert(1)&lt;/script&gt; caf&eacute; caf&#233; 5&#x20AC; "
        "1&nbsp;234 &laquo;oui&raquo; &bogus; [bold]x[/]</p>"
    )
    path = tmp_path / "entities.html"
    path.write_text(html, encoding="utf-8")
    assert read_document(path).text == (
        "AT&T <script>alert(1)</script> café café 5€ 1\u00a0234 «oui» &bogus; [bold]x[/]"
    )


def test_html_in_windows_1252_is_decoded(tmp_path):
    path = tmp_path / "old.html"
    path.write_bytes("<p>«Société» 5 €</p>".encode("cp1252"))
    assert read_document(path).text == "«Société» 5 €"


# --- structured files ----------------------------------------------------------------------------


def test_a_csv_line_over_a_megabyte_is_a_bad_row_and_the_rest_is_read(tmp_path):
    path = tmp_path / "big_cell.csv"
    path.write_bytes(b"company,amount\nA,1\nB," + b"9" * 1_500_000 + b"\nC,3\n")
    results = [str(row) if isinstance(row, RowError) else row.company for row in iter_deal_rows(path)]
    assert results == ["A", f"{path}:3: row: line longer than 1,000,000 characters", "C"]


@pytest.fixture
def csv_module_default_limit():
    """The csv module's own cell limit (131,072), whatever another library set it to in this process."""
    earlier = csv.field_size_limit(131_072)
    yield
    csv.field_size_limit(earlier)


def test_a_long_cell_is_a_bad_row_named_in_our_words_with_its_line(tmp_path, csv_module_default_limit):
    path = tmp_path / "long_cell.csv"
    path.write_bytes(b'company,amount\nA,1\n"' + b"x" * 200_000 + b'",2\nC,3\n')
    results = [str(row) if isinstance(row, RowError) else row.company for row in iter_deal_rows(path)]
    assert results == ["A", f"{path}:3: row: cell longer than 131,072 characters", "C"]


def test_an_ndjson_line_over_a_megabyte_is_a_bad_row(tmp_path):
    path = tmp_path / "long.ndjson"
    path.write_text(
        '{"company": "' + "x" * 1_200_000 + '"}\n{"company": "B", "amount": 1}\n', encoding="utf-8"
    )
    results = [str(row) if isinstance(row, RowError) else row.company for row in iter_deal_rows(path)]
    assert results == [f"{path}:1: row: line longer than 1,000,000 characters", "B"]


def test_a_nul_byte_deep_in_a_csv_is_a_bad_row(tmp_path):
    path = tmp_path / "late_nul.csv"
    path.write_bytes(b"company,amount\n" + b"A,1\n" * 20_000 + b"B,\x002\nC,3\n")
    errors = [str(row) for row in iter_deal_rows(path) if isinstance(row, RowError)]
    assert errors == [f"{path}:20002: amount: '\\x002' is not an amount"]


def test_a_csv_that_stops_being_utf8_late_is_refused(tmp_path):
    path = tmp_path / "late.csv"
    path.write_bytes(b"company,amount\n" + b"A,1\n" * 20_000 + b"B\xe9,2\n")
    with pytest.raises(InputError) as caught:
        list(iter_deal_rows(path))
    assert (
        str(caught.value) == f"{path}: invalid utf-8 text after the first 64 KB (invalid continuation byte)"
    )


def test_formula_and_markup_cells_are_kept_as_plain_text(tmp_path):
    path = tmp_path / "cells.csv"
    path.write_text(
        'company,investor,amount\n"=HYPERLINK(""http://x"")","[bold]Fund[/]",5\n', encoding="utf-8"
    )
    row = next(iter_deal_rows(path))
    assert (row.company, row.investors) == ('=HYPERLINK("http://x")', ["[bold]Fund[/]"])


def test_backtracking_bait_in_amount_cells_is_refused(tmp_path):
    path = tmp_path / "bait.csv"
    path.write_text('company,amount\nA,"' + "1," * 50_000 + '1 millions"\n', encoding="utf-8")
    (error,) = list(iter_deal_rows(path))
    assert str(error).startswith(f"{path}:2: amount: '1,1,1,")


def test_json_with_nan_and_huge_numbers_gives_bad_rows(tmp_path):
    path = tmp_path / "numbers.json"
    path.write_text('[{"company": "A", "amount": NaN}, {"company": "B", "amount": 1e400},'
                    ' {"company": "C", "amount": Infinity}]', encoding="utf-8")  # fmt: skip
    assert [str(row) for row in iter_deal_rows(path)] == [
        f"{path}: item 1: amount: 'NaN' is not a number",  # one line: its items are numbered
        # Quoted as the file writes them, as a CSV cell is (it was 'inf' for both).
        f"{path}: item 2: amount: '1e400' is larger than the limit of 1e15",
        f"{path}: item 3: amount: 'Infinity' is not a number",
    ]


def test_deeply_nested_json_is_refused_not_crashed(tmp_path):
    path = tmp_path / "nested.json"
    path.write_text("[" + "[" * 100_000 + "]" * 100_001, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(iter_deal_rows(path))
    assert str(caught.value) == f"{path}: line 1: JSON nested too deeply"


def test_deeply_nested_ndjson_line_is_a_bad_row(tmp_path):
    path = tmp_path / "nested.ndjson"
    path.write_text(
        '{"company": "A", "amount": 1}\n' + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8"
    )
    assert [str(row) for row in iter_deal_rows(path) if isinstance(row, RowError)] == [
        f"{path}:2: row: invalid JSON (nested too deeply)"
    ]


# --- properties ----------------------------------------------------------------------------------

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=2000))
def test_any_bytes_decode_to_clean_text_or_a_one_line_refusal(data):
    try:
        text = decode_bytes(data, "f.txt")
    except InputError as error:
        assert str(error).startswith("f.txt: ") and "\n" not in str(error)
    else:
        assert "\r" not in text and "\x00" not in text and text.strip()


@FUZZ
@given(st.text(max_size=500))
def test_any_text_reads_as_a_document_or_a_refusal(text):
    try:
        doc = read_stream(io.StringIO(text))
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert doc.text.strip()


@FUZZ
@given(st.text(alphabet=st.sampled_from("<>/!-divpscrt &;#x=\"'a1\n"), max_size=400))
def test_any_markup_extracts_without_error(html):
    assert isinstance(extract_article(html).text, str)


@FUZZ
@given(
    st.one_of(
        st.text(max_size=40),
        st.floats(),
        st.integers(),
        st.text(alphabet="0123456789.,' _-e€$kmb", max_size=30),
    )
)
def test_an_amount_is_finite_positive_and_bounded_or_refused(value):
    try:
        amount, currency = parse_amount(value)
    except ValueError as error:
        assert "\n" not in str(error)
    else:
        assert amount is None or (math.isfinite(amount) and 0 < amount <= MAX_AMOUNT)
        assert currency is None or (len(currency) == 3 and currency.isupper())


@FUZZ
@given(st.one_of(st.text(max_size=40), st.dates().map(lambda d: d.strftime("%d.%m.%Y"))))
def test_a_date_is_iso_or_refused(value):
    try:
        iso = normalise_date(value, partial=True)
    except ValueError as error:
        assert "\n" not in str(error)
    else:
        assert len(iso) in (4, 7, 10) and 1900 <= int(iso[:4]) <= 2100


@FUZZ
@given(st.text(alphabet=st.sampled_from('abc,;"\n\r\t1 €\x00'), max_size=300))
def test_any_csv_gives_rows_errors_or_a_refusal(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("fuzz") / "f.csv"
    path.write_text("company,investor,amount\n" + content, encoding="utf-8")
    try:
        for row in iter_deal_rows(path):
            assert isinstance(row, DealRow | RowError)
    except InputError as error:
        assert "\n" not in str(error)


@FUZZ
@given(st.text(alphabet=st.sampled_from('{}[]":,0123456789.eE-+ abcdeals\n'), max_size=300))
def test_any_json_gives_rows_errors_or_a_refusal(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("fuzz") / "f.json"
    path.write_text(content, encoding="utf-8")
    try:
        for row in iter_deal_rows(path):
            assert isinstance(row, DealRow | RowError)
    except InputError as error:
        assert "\n" not in str(error)
