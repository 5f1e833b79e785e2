"""Deal files as a hostile tester wrote them (qa45): a round of many investors, HTML character
references in names, Excel's `sep=;` line, JSON numbers no float holds, standard input named twice."""

from __future__ import annotations

import io
import json

import pytest
from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.importers.cells import MAX_NAME_LENGTH, clean_name, split_names
from ai_deals.importers.structured import (
    RowError,
    deal_data_suffix,
    iter_deal_records,
    iter_deal_rows,
    read_header,
)

SIXTEEN = [
    "Sequoia Capital", "Andreessen Horowitz", "Lightspeed Venture Partners", "General Catalyst", "Thrive Capital",
    "Khosla Ventures", "Greenoaks Capital", "Index Ventures", "Kleiner Perkins", "Accel Partners",
    "Tiger Global Management", "Coatue Management", "Fidelity Management & Research", "T. Rowe Price Associates",
    "Nvidia", "Salesforce Ventures",
]  # fmt: skip


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def outcomes(path) -> list:
    """Each row as (company, kind, investors), or its error."""
    return [
        str(row) if isinstance(row, RowError) else (row.company, row.kind, row.investors)
        for row in iter_deal_rows(path)
    ]


# --- 1. The length limit is each name's -----------------------------------------------------------


def test_the_300_character_limit_is_each_investor_names_not_the_whole_investors_cell(tmp_path):
    """manyinv.csv: sixteen investors in one 315-character cell were refused whole (`investors: longer
    than 300 characters`), in a CSV and in a JSON string; a JSON list of them was read."""
    cell = "; ".join(SIXTEEN)
    assert len(cell) > MAX_NAME_LENGTH
    as_csv = write(
        tmp_path, "manyinv.csv", f'company,amount,date,investors\nBigRound AI,$6B,2024-05-01,"{cell}"\n'
    )
    row = {"company": "BigRound AI", "amount": "$6B", "date": "2024-05-01", "investors": cell}
    as_json = write(tmp_path, "manyinv2.json", json.dumps([row]))
    expected = [("BigRound AI", "round", SIXTEEN)]
    assert outcomes(as_csv) == outcomes(as_json) == expected
    assert split_names(cell) == SIXTEEN


def test_one_investor_name_over_300_characters_is_still_refused(tmp_path):
    long_name = "Fund " + "x" * MAX_NAME_LENGTH
    path = write(tmp_path, "long.csv", f"company,amount,investors\nA,5M,Short Fund; {long_name}\n")
    assert outcomes(path) == [f"{path}:2: investors: longer than {MAX_NAME_LENGTH} characters"]


# --- 2. HTML character references -----------------------------------------------------------------


def test_an_html_character_reference_in_a_name_is_decoded_and_its_semicolon_splits_no_names(tmp_path):
    """ent.csv: "Smith &amp; Co" was the two investors "Smith &amp" and "Co", so a one-investor stake
    became a two-investor round, silently."""
    path = write(
        tmp_path,
        "ent.csv",
        "company,amount,date,investors\n"
        'Alpha AI,1M,2024-01-01,"Smith &amp; Co"\n'
        'Beta AI,2M,2024-01-02,"AT&amp;T Ventures"\n'
        'AT&amp;T,3M,2024-01-03,"Fund &#233;t&#xE9; &amp; Co; Other Fund"\n',
    )
    assert outcomes(path) == [
        ("Alpha AI", "investment", ["Smith & Co"]),
        ("Beta AI", "investment", ["AT&T Ventures"]),
        ("AT&T", "round", ["Fund été & Co", "Other Fund"]),
    ]


def test_only_closed_references_html_knows_are_decoded_and_another_semicolon_still_separates():
    """html.unescape also reads "&not" with no ";": a name holding "&notable" keeps it; "&word;" that
    is no reference is text, and its ";" separates as any other; a decoded ";" separates nothing."""
    assert clean_name("Barnes &notable") == "Barnes &notable"
    assert split_names("Barnes &notable; Smith &amp; Co") == ["Barnes &notable", "Smith & Co"]
    assert split_names("Fund &zork; Other") == ["Fund &zork", "Other"]
    assert split_names("A&#59;B, C") == ["A;B", "C"]
    assert split_names(["AT&amp;T Ventures", "Smith &amp; Co"]) == ["AT&T Ventures", "Smith & Co"]


@pytest.mark.parametrize("reference", ["&#x1b;", "&#27;", "&#x9b;", "&#0;", "&#x85;", "&#x200b;"])
def test_a_reference_to_a_control_character_brings_no_control_character_into_a_name(reference):
    name = clean_name(f"Evil{reference}[31mCorp")
    assert name is not None and name.isprintable()


# --- 5. Excel's sep= line ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hint", "delimiter"), [("sep=;", ";"), ("sep=,", ","), ("sep=\t", "\t"), ("SEP=|", "|")]
)
def test_a_sep_line_before_the_header_names_the_delimiter_and_rows_keep_their_lines(
    tmp_path, hint, delimiter
):
    """sep.csv (`sep=;` then `company;amount;date;investors`): `no company column in the header`."""
    header = delimiter.join(["company", "amount", "date", "investors"])
    rows = [
        delimiter.join(["Acme", "5M", "2024-01-01", "Fund A"]),
        delimiter.join(["Bad", "lots", "2024-01-01", "X"]),
    ]
    path = write(tmp_path, "sep.csv", "\r\n".join([hint, header, *rows]) + "\r\n")
    assert outcomes(path) == [
        ("Acme", "investment", ["Fund A"]),
        f"{path}:4: amount: 'lots' is not an amount",
    ]
    assert [record.line for record in iter_deal_records(path) if not isinstance(record, RowError)] == [3]
    assert read_header(path) == ["company", "amount", "date", "investors"]


def test_a_sep_line_on_standard_input_still_reads_as_deal_data():
    assert deal_data_suffix("sep=;\ncompany;amount;investors\nAcme;5M;Fund A\n") == ".csv"


def test_a_cell_reading_sep_is_no_hint_after_the_header(tmp_path):
    path = write(tmp_path, "ok.csv", "company,investors\nsep=;,Fund\n")
    assert outcomes(path) == [("sep=;", "investment", ["Fund"])]


# --- 7(b). JSON numbers no float holds ---------------------------------------------------------------


def test_a_json_number_no_float_holds_is_quoted_as_the_file_writes_it(tmp_path):
    """jsonnum.json: `amount: 'inf' is not a number` for 1e400, where the CSV importer says what the
    file says (`'1e400' is larger than the limit of 1e15`)."""
    items = (
        '{"company":"JN","amount":1e400},{"company":"JN2","amount":NaN},{"company":"JN3","amount":-Infinity}'
    )
    as_json = write(tmp_path, "jsonnum.json", f"[{items}]")
    assert outcomes(as_json) == [
        f"{as_json}: item 1: amount: '1e400' is larger than the limit of 1e15",
        f"{as_json}: item 2: amount: 'NaN' is not a number",
        f"{as_json}: item 3: amount: '-Infinity' is not a number",
    ]
    as_csv = write(tmp_path, "jsonnum.csv", "company,amount\nJN,1e400\n")
    as_ndjson = write(tmp_path, "jsonnum.ndjson", '{"company":"JN","amount":1e400}\n')
    assert outcomes(as_csv) == [f"{as_csv}:2: amount: '1e400' is larger than the limit of 1e15"]
    assert outcomes(as_ndjson) == [f"{as_ndjson}:1: amount: '1e400' is larger than the limit of 1e15"]


def test_a_json_integer_too_long_for_python_is_a_bad_row_not_a_traceback(tmp_path):
    """A 5,000-digit integer made Python's int conversion raise out of the decoder (a traceback)."""
    digits = "1" * 5000
    as_json = write(
        tmp_path, "big.json", f'[{{"company":"JB","amount":{digits}}}, {{"company":"OK","amount":5}}]'
    )
    as_ndjson = write(tmp_path, "big.ndjson", f'{{"company":"JB","amount":{digits}}}\n')
    as_csv = write(tmp_path, "big.csv", f"company,amount\nJB,{digits}\n")
    problem = f"amount: '{digits[:39]}…' is not an amount"
    assert outcomes(as_json) == [f"{as_json}: item 1: {problem}", ("OK", "round", [])]
    assert outcomes(as_ndjson) == [f"{as_ndjson}:1: {problem}"]
    assert outcomes(as_csv) == [f"{as_csv}:2: {problem}"]


def test_a_top_level_json_number_kept_as_written_is_still_named_a_number(tmp_path):
    path = write(tmp_path, "top.json", "[1e400]")
    assert outcomes(path) == [f"{path}:1: row: expected an object, got a number"]


# --- 7(e). Standard input named twice --------------------------------------------------------------


def test_import_refuses_standard_input_named_twice_up_front_in_one_line(capsys, tmp_path, monkeypatch):
    """`import - -` read stdin twice: the second read failed `<stdin>: file is empty`, after the first."""
    monkeypatch.setattr("sys.stdin", io.StringIO("Kalmiro raised $5 million in a Series A round.\n"))
    db = tmp_path / "stdin.db"
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", "-", "-")
    assert (code, out) == (1, "")
    assert err == "ai-deals: error: <stdin>: `-` is given twice; standard input can be read only once\n"
    assert not db.exists()
