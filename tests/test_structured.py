"""Structured deal files: every format, header spellings, cell values, bad rows, streaming, facts."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ai_deals.importers import cells, structured
from ai_deals.importers.cells import parse_amount, parse_currency, parse_percentage, split_names
from ai_deals.importers.errors import InputError
from ai_deals.importers.json_stream import iter_json_items
from ai_deals.importers.models import CompanyInfo, Fact
from ai_deals.importers.structured import (
    DealFacts,
    DealRow,
    RowError,
    count_data_lines,
    deal_data_suffix,
    describe_columns,
    iter_deal_facts,
    iter_deal_records,
    iter_deal_rows,
    read_header,
    row_companies,
    row_to_fact,
    row_to_facts,
)
from ai_deals.store.bulk import normalized
from ai_deals.store.names import normalize_name

FIXTURES = Path(__file__).parent / "fixtures" / "structured"


def rows_of(name: str) -> list[dict]:
    """The rows of a fixture file as dicts without defaults (errors as their message)."""
    return [
        str(row) if isinstance(row, RowError) else row.model_dump(exclude_defaults=True)
        for row in iter_deal_rows(FIXTURES / name)
    ]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- formats -------------------------------------------------------------------------------------


def test_csv_with_crunchbase_headers_reads_rounds_stakes_and_valuations():
    assert rows_of("crunchbase_rounds.csv") == [
        {
            "company": "OpenAI",
            "investors": ["Amazon", "Nvidia", "SoftBank Group Corp."],
            "kind": "round",
            "amount": 110e9,
            "currency": "USD",
            "date": "2026-02-27",
            "round_type": "series_f",
            "valuation": 730e9,
            "valuation_currency": "USD",
            "basis": "post_money",
            "source_url": "https://example.test/openai",
            "country": "USA",
        },
        {
            "company": "Mistral AI",
            "investors": ["ASML Holding"],
            "kind": "round",
            "amount": 1.3e9,
            "currency": "USD",
            "date": "2025-09",
            "round_type": "series_c",
            "country": "FRA",
        },
        {
            "company": "Aleph Alpha",
            "kind": "round",
            "amount": 500e6,
            "currency": "USD",
            "date": "2023",
            "round_type": "series_b",
            "country": "DEU",
        },
    ]


def test_csv_from_a_french_spreadsheet_reads_windows_1252_semicolons_and_separators():
    assert rows_of("french_excel.csv") == [
        {
            "company": "Mistral AI",
            "investors": ["Bpifrance"],
            "kind": "investment",
            "amount": 1234567.0,
            "currency": "EUR",
            "date": "2026-02-27",
        },
        {
            "company": "H Company",
            "investors": ["François Dupont"],
            "kind": "investment",
            "amount": 1e6,
            "currency": "CHF",
            "date": "2024",
        },
    ]


def test_tsv_reads_tranches_conditions_and_bounds():
    assert rows_of("stakes.tsv") == [
        {
            "company": "OpenAI",
            "investors": ["Amazon"],
            "kind": "investment",
            "amount": 50e9,
            "currency": "USD",
            "bound": "exact",
            "date": "2026-02-27",
            "tranche": "15 Md$ first tranche",
            "condition": "balance once conditions are met",
        },
        {
            "company": "OpenAI",
            "kind": "valuation",
            "amount": 730e9,
            "currency": "USD",
            "bound": "approx",
            "date": "2026-02",
        },
    ]


def test_json_list_reads_numbers_and_written_amounts():
    assert rows_of("deals.json") == [
        {
            "company": "OpenAI",
            "investors": ["Nvidia"],
            "kind": "investment",
            "amount": 30e9,
            "currency": "USD",
            "date": "2026-02-27",
        },
        {
            "company": "OpenAI",
            "kind": "valuation",
            "valuation": 730e9,
            "currency": "USD",
            "basis": "post_money",
            "date": "2026-02-27",
        },
    ]


def test_json_object_with_deals_list_skips_other_keys_and_reads_lists_of_investors():
    assert rows_of("wrapped.json") == [
        {
            "company": "Anthropic",
            "investors": ["Google", "Amazon"],
            "lead_investors": ["Google"],
            "kind": "round",
            "amount": 4e9,
            "currency": "USD",
            "round_type": "Series E",
        },
        {"company": "xAI", "investors": ["SpaceX"], "kind": "acquisition", "date": "2026-02"},
    ]


def test_ndjson_reads_one_object_per_line_and_skips_blank_lines():
    records = list(iter_deal_records(FIXTURES / "partners.ndjson"))
    assert [(record.line, record.row.kind, record.row.bound) for record in records] == [
        (1, "partnership", None),
        (3, "investment", "minimum"),
    ]


def test_records_carry_their_line_and_source_text():
    first = next(iter_deal_records(FIXTURES / "crunchbase_rounds.csv"))
    assert first.line == 2
    assert first.raw.startswith('OpenAI,"{Amazon, Nvidia, SoftBank Group Corp.}","110,000,000,000",')


def test_csv_row_spanning_lines_is_numbered_by_its_first_line(tmp_path):
    path = write(tmp_path, "a.csv", 'company,investor,amount\nA,"Fund\nOne",5\nB,Fund,-1\n')
    assert [str(r) if isinstance(r, RowError) else (r.line, r.raw) for r in iter_deal_records(path)] == [
        (2, 'A,"Fund\nOne",5'),
        f"{path}:4: amount: '-1' is negative",
    ]


def test_csv_with_utf8_bom_and_crlf_reads_its_first_column(tmp_path):
    path = write(tmp_path, "a.csv", b"\xef\xbb\xbfCompany,Amount\r\nOpenAI,5\r\n")
    assert [row.company for row in iter_deal_rows(path)] == ["OpenAI"]


def test_a_utf8_csv_with_stray_bytes_is_refused_like_an_article_not_read_as_windows_1252(tmp_path):
    path = write(tmp_path, "u8.csv", "company,investor,amount\nZéphyr,Fonds,100\n".encode() + b"\xff\xfe")
    with pytest.raises(InputError) as caught:
        list(iter_deal_rows(path))
    assert str(caught.value) == f"{path}: invalid UTF-8 (byte 0xff at offset 42)"


def test_a_shift_jis_csv_reads_its_japanese_names_not_windows_1252_mojibake(tmp_path):
    data = "company,investor,amount\n株式会社テスト,ソフトバンク,100\n".encode("shift_jis")
    path = write(tmp_path, "jp.csv", data)
    assert [(row.company, row.investor) for row in iter_deal_rows(path)] == [
        ("株式会社テスト", "ソフトバンク")
    ]


@pytest.mark.parametrize(
    ("text", "suffix"),
    [
        ("company,investor,amount\nA,B,5\n", ".csv"),
        ("société;montant\nA;5\n", ".csv"),
        ("name\tamount\nA\t5\n", ".tsv"),
        ('{"company": "A"}\n{"company": "B"}\n', ".ndjson"),
        ('{"deals": [{"name": "A"}]}', ".json"),
        ("Company, Inc. raises $5M from investors.\n", None),
        ("title: Deal\n\nOpenAI lève 1 milliard.\n", None),
    ],
)
def test_deal_data_suffix_tells_deal_data_from_an_article_without_a_file_name(text, suffix):
    assert deal_data_suffix(text) == suffix


def test_utf16_csv_with_bom_is_read(tmp_path):
    path = write(tmp_path, "a.csv", "company,amount\nZürich AI,5\n".encode("utf-16"))
    assert [row.company for row in iter_deal_rows(path)] == ["Zürich AI"]


# --- header spellings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "meaning"),
    [
        ("company_name", "company"),
        ("Organization Name", "company"),
        ("org", "company"),
        ("Société", "company"),
        ("investor_name", "investors"),
        ("investor_names", "investors"),
        ("raised_amount_usd", "amount (currency=USD)"),
        ("raised_amount", "amount"),
        ("Montant", "amount"),
        ("funded_at", "date"),
        ("announced_on", "date"),
        ("DATE", "date"),
        ("funding_round_type", "round_type"),
        ("investment_type", "round_type"),
        ("post_money_valuation_usd", "valuation (valuation_currency=USD, basis=post_money)"),
        ("currency_code", "currency"),
        ("raised_amount_currency_code", "currency"),
        ("permalink", None),
        ("uuid", None),
    ],
)
def test_describe_columns_says_what_each_header_spelling_means(column, meaning):
    assert describe_columns([column]) == [(column, meaning)]


def test_read_header_gives_csv_columns_and_json_keys():
    assert read_header(FIXTURES / "stakes.tsv")[:3] == ["company", "investor", "kind"]
    assert read_header(FIXTURES / "wrapped.json") == [
        "company",
        "investors",
        "lead_investor",
        "round_type",
        "amount",
        "currency",
    ]


def test_native_amount_wins_over_usd_amount_and_usd_fills_in_when_it_is_missing(tmp_path):
    path = write(
        tmp_path,
        "a.csv",
        "company,raised_amount_usd,raised_amount,raised_amount_currency_code\nA,120,100,EUR\nB,120,,EUR\n",
    )
    assert [(row.amount, row.currency) for row in iter_deal_rows(path)] == [(100.0, "EUR"), (120.0, "USD")]


def test_crunchbase_currency_and_in_usd_columns_give_the_amounts_their_currency(tmp_path):
    # Crunchbase's funding-round export: "<column> Currency" is that column's currency and
    # "<column> (in USD)" that column in USD; the company's "Total Funding Amount" is no round's.
    header = (
        "Organization Name,Money Raised,Money Raised Currency,Money Raised (in USD),"
        "Pre-Money Valuation,Pre-Money Valuation Currency,Pre-Money Valuation (in USD),"
        "Total Funding Amount,Total Funding Amount Currency,Total Funding Amount (in USD)"
    )
    path = write(
        tmp_path, "cb.csv", header + "\nA,300,EUR,327,900,EUR,980,5000,GBP,6000\nB,,EUR,120,,,50,,,\n"
    )
    rows = [(r.amount, r.currency, r.valuation, r.valuation_currency, r.basis) for r in iter_deal_rows(path)]
    assert rows == [(300.0, "EUR", 900.0, "EUR", "pre_money"), (120.0, "USD", 50.0, "USD", "pre_money")]
    understood = dict(describe_columns(header.split(",")))
    assert understood["Money Raised Currency"] == "currency"
    assert understood["Money Raised (in USD)"] == "amount (currency=USD)"
    assert understood["Pre-Money Valuation Currency"] == "valuation_currency"
    assert understood["Total Funding Amount Currency"] is None


@pytest.mark.parametrize(
    "column",
    ["Raised Amount Currency Code", "Money Raised Currency", "Raised Amount Currency", "Price Currency"],
)
def test_crunchbase_spellings_of_an_amounts_currency_are_its_currency(tmp_path, column):
    path = write(tmp_path, "cb.csv", f"Organization Name,Money Raised,{column}\nA,300,EUR\n")
    assert [(row.amount, row.currency) for row in iter_deal_rows(path)] == [(300.0, "EUR")]


@pytest.mark.parametrize("column", ["Post-Money Valuation Currency", "Post Money Valuation Currency Code"])
def test_crunchbase_spellings_of_a_valuations_currency_are_its_currency(tmp_path, column):
    path = write(tmp_path, "cb.csv", f"Organization Name,Post-Money Valuation,{column}\nA,900,EUR\n")
    rows = [(row.valuation, row.valuation_currency, row.basis) for row in iter_deal_rows(path)]
    assert rows == [(900.0, "EUR", "post_money")]


# --- bad rows ------------------------------------------------------------------------------------


def test_bad_rows_are_reported_as_file_line_column_problem():
    path = FIXTURES / "bad_rows.csv"
    errors = [str(row) for row in iter_deal_rows(path) if isinstance(row, RowError)]
    assert errors == [
        f"{path}:3: amount: 'NaN' is not a number",
        f"{path}:4: amount: '-5' is negative",
        f"{path}:5: amount: '1e309' is larger than the limit of 1e15",
        f"{path}:6: company: missing",
        f"{path}:7: date: '31.02.2026' is not a date (no such date)",
        f"{path}:8: kind: 'lottery' is not a known kind (expected acquisition, investment, metric, partnership, "
        "projection, revenue, round, valuation)",
        f"{path}:9: investor: missing (investment needs an investor)",
        f"{path}:10: currency: 'dollars!' is not a currency code (e.g. USD, EUR, CHF)",
        f"{path}:11: row: 8 cells but the header has 7 columns",
        f"{path}:12: basis: 'sideways' is not a known basis (expected post_money, pre_money)",
    ]


def test_bad_rows_do_not_stop_the_good_ones():
    rows = list(iter_deal_rows(FIXTURES / "bad_rows.csv"))
    assert [row.company for row in rows if isinstance(row, DealRow)] == ["Good Co"]


def test_row_error_names_the_column_as_spelled_in_the_file(tmp_path):
    path = write(tmp_path, "a.csv", "Company_Name,raised_amount_usd\n,5\n")
    assert [str(row) for row in iter_deal_rows(path)] == [f"{path}:2: Company_Name: missing"]


def test_a_valuation_without_amount_is_a_bad_row(tmp_path):
    path = write(tmp_path, "a.csv", "company,kind,valuation\nA,valuation,\n")
    assert [str(row) for row in iter_deal_rows(path)] == [
        f"{path}:2: valuation: missing (a valuation needs an amount)"
    ]


def test_a_name_with_no_letter_or_digit_is_a_bad_row(tmp_path):
    path = write(tmp_path, "a.csv", "company,investor,amount\n…,Accel,1\nOk Co,???,2\nOk Co,Accel,3\n")
    assert [str(r) if isinstance(r, RowError) else r.company for r in iter_deal_rows(path)] == [
        f"{path}:2: company: '…' has no letter or digit: not a name",
        f"{path}:3: investor: '???' has no letter or digit: not a name",
        "Ok Co",
    ]


def test_json_items_that_are_not_objects_are_bad_rows_naming_their_json_type(tmp_path):
    path = write(tmp_path, "a.json", '[{"company": "A", "amount": 1},\n 3,\n "x",\n null,\n true,\n [1]]')
    assert [str(r) if isinstance(r, RowError) else r.company for r in iter_deal_rows(path)] == [
        "A",
        f"{path}:2: row: expected an object, got a number",
        f"{path}:3: row: expected an object, got a string",
        f"{path}:4: row: expected an object, got null",
        f"{path}:5: row: expected an object, got true",
        f"{path}:6: row: expected an object, got a list",
    ]


def test_bad_items_of_a_json_list_on_one_line_are_named_by_their_number_not_line_1(tmp_path):
    item = '{{"company": "{}", "kind": "round", "amount": {}}}'
    one_line = "[" + ", ".join(item.format(c, a) for c, a in (("A", '"x"'), ("B", 5), ("C", '"zz"'))) + "]"
    path = write(tmp_path, "w2.json", one_line)
    assert [str(r) for r in iter_deal_rows(path) if isinstance(r, RowError)] == [
        f"{path}: item 1: amount: 'x' is not an amount",
        f"{path}: item 3: amount: 'zz' is not an amount",
    ]
    # A list with one item a line, and NDJSON, keep the line: it tells the item apart.
    path = write(tmp_path, "w3.json", "[" + one_line[1:-1].replace("}, ", "},\n") + "]")
    assert [str(r) for r in iter_deal_rows(path) if isinstance(r, RowError)] == [
        f"{path}:1: amount: 'x' is not an amount",
        f"{path}:3: amount: 'zz' is not an amount",
    ]
    path = write(tmp_path, "w.ndjson", one_line[1:-1].replace("}, ", "}\n"))
    assert [str(r) for r in iter_deal_rows(path) if isinstance(r, RowError)][-1] == (
        f"{path}:3: amount: 'zz' is not an amount"
    )


def test_a_null_row_is_a_bad_row_saying_null_in_json_and_ndjson(tmp_path):
    for name, text in (("d.json", "[null]"), ("d.ndjson", "null\n")):
        path = write(tmp_path, name, text)
        assert [str(r) for r in iter_deal_rows(path)] == [f"{path}:1: row: expected an object, got null"]


@pytest.mark.parametrize("flag", ["yes", "Yes", "true", "TRUE", "1", "x", "X"])
def test_a_yes_flag_in_a_lead_investor_column_makes_the_rows_investor_a_lead(tmp_path, flag):
    header = "organization_name,investor_name,funding_round_type,raised_amount_usd,funded_at,lead_investor\n"
    path = write(tmp_path, "cb.csv", header + f"Brisa AI,Vantor Capital,series_a,5000000,2024-01-02,{flag}\n")
    (row,) = iter_deal_rows(path)
    assert (row.investors, row.lead_investors) == (["Vantor Capital"], ["Vantor Capital"])
    (info, *investors) = row_companies(row)
    assert [company.name for company in investors] == ["Vantor Capital"]  # no investor called "yes"


@pytest.mark.parametrize("flag", ["no", "false", "0", "", "FALSE"])
def test_a_no_flag_or_blank_lead_investor_cell_makes_no_lead(tmp_path, flag):
    header = "organization_name,investor_name,funding_round_type,raised_amount_usd,funded_at,lead_investor\n"
    path = write(tmp_path, "cb.csv", header + f"Brisa AI,Vantor Capital,series_a,5000000,2024-01-02,{flag}\n")
    (row,) = iter_deal_rows(path)
    assert (row.investors, row.lead_investors) == (["Vantor Capital"], [])


def test_a_name_in_a_lead_investor_column_still_names_the_lead(tmp_path):
    path = write(tmp_path, "d.csv", "company,investors,lead_investor\nBrisa AI,Vantor; Osk,Osk\n")
    (row,) = iter_deal_rows(path)
    assert row.lead_investors == ["Osk"]


def test_a_word_that_is_not_a_flag_in_a_lead_flag_column_is_a_bad_row(tmp_path):
    path = write(
        tmp_path,
        "d.csv",
        "company,investor,amount,lead_investor\nA,V,1,x\nB,W,1,No\nC,Y,1,\nD,Z,1,maybe\nE,Q,1,yes\n",
    )
    rows = list(iter_deal_rows(path))
    assert [str(r) for r in rows if isinstance(r, RowError)] == [
        f"{path}:5: lead_investor: 'maybe' is not a yes/no flag"
    ]
    assert [r.lead_investors for r in rows if not isinstance(r, RowError)] == [["V"], [], [], ["Q"]]


def test_a_lead_names_column_still_takes_any_name(tmp_path):
    path = write(tmp_path, "d.csv", "company,investors,lead_investor\nA,V; Osk,Osk\nB,W,maybe\n")
    assert [row.lead_investors for row in iter_deal_rows(path)] == [["Osk"], ["maybe"]]


def test_json_lead_flags_true_and_false_are_flags_too(tmp_path):
    path = write(
        tmp_path,
        "d.ndjson",
        '{"company": "A", "investor": "V", "amount": 1, "lead_investor": true}\n'
        '{"company": "B", "investor": "W", "amount": 1, "lead_investor": false}\n',
    )
    assert [row.lead_investors for row in iter_deal_rows(path)] == [["V"], []]


def test_ndjson_invalid_line_is_a_bad_row(tmp_path):
    path = write(tmp_path, "a.ndjson", '{"company": "A", "amount": 1}\n{"company": \n')
    assert str(list(iter_deal_rows(path))[1]) == f"{path}:2: row: invalid JSON (Expecting value at column 13)"


# --- whole-file refusals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("a.csv", b"", "file is empty"),
        ("a.csv", b"\n\n  \n", "no header line"),
        ("a.csv", b"\x1f\x8b\x08\x00", "not a text file (looks like gzip)"),
        ("a.json", b'{"rows": []}', 'the JSON object has no "deals" list'),
        ("a.json", b'"deals"', 'expected a JSON list of deals or {"deals": [...]}'),
        (
            "a.json",
            b'[{"company": "A"} {"company": "B"}]',
            "line 1: invalid JSON (expected ',' or ']', found '{')",
        ),
        ("a.json", b'[{"company": "A",\n "amount": }]', "line 2 column 12: invalid JSON (Expecting value)"),
    ],
)
def test_unreadable_deal_files_are_refused_with_one_line(tmp_path, name, content, problem):
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as caught:
        list(iter_deal_rows(path))
    assert str(caught.value) == f"{path}: {problem}"


def test_csv_without_company_column_is_refused(tmp_path):
    path = write(tmp_path, "a.csv", "investor,amount\nA,5\n")
    with pytest.raises(InputError) as caught:
        list(iter_deal_rows(path))
    assert str(caught.value).startswith(f"{path}: no company column in the header (expected one of company, ")


def test_unsupported_extension_is_refused_before_reading(tmp_path):
    with pytest.raises(InputError) as caught:
        iter_deal_rows(tmp_path / "a.xlsx").__next__()
    assert str(caught.value) == (
        f"{tmp_path / 'a.xlsx'}: unsupported file type '.xlsx' (expected .csv, .tsv, .json, .ndjson, .jsonl)"
    )


def test_missing_deal_file_is_refused(tmp_path):
    with pytest.raises(InputError) as caught:
        list(iter_deal_rows(tmp_path / "gone.csv"))
    assert str(caught.value) == f"{tmp_path / 'gone.csv'}: no such file or directory"


# --- cells ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1234567", (1234567.0, None)),
        ("1,234,567", (1234567.0, None)),
        ("1'234'567", (1234567.0, None)),
        ("1’234’567", (1234567.0, None)),
        ("1 234 567", (1234567.0, None)),
        ("1\u00a0234\u00a0567", (1234567.0, None)),
        ("1\u202f234\u202f567", (1234567.0, None)),
        ("1_000_000", (1e6, None)),
        ("９００", (900.0, None)),
        ("1.234.567,5", (1234567.5, None)),
        ("1.5", (1.5, None)),
        ("1,5M", (1.5e6, None)),
        ("1,5 M€", (1.5e6, "EUR")),
        ("1500000,00", (1.5e6, None)),
        ("2.5bn", (2.5e9, None)),
        ("$6.6B", (6.6e9, "USD")),
        ("600 M€", (600e6, "EUR")),
        ("CHF 2 Mrd", (2e9, "CHF")),
        ("4 mln", (4e6, None)),
        ("1,5 million", (1.5e6, None)),
        ("1.5 million", (1.5e6, None)),
        ("2 milliards", (2e9, None)),
        ("2,5 millions EUR", (2.5e6, "EUR")),
        ("3 billion", (3e9, None)),
        ("1,5 Mio", (1.5e6, None)),
        ("1.500.000", (1.5e6, None)),
        ("1234.567", (1234.567, None)),
        ("EUR 1.2 bln", (1.2e9, "EUR")),
        ("FRF 84700000000", (84.7e9, "FRF")),
        (30000000000, (30e9, None)),
        ("0", (None, None)),
        ("n/a", (None, None)),
        ("", (None, None)),
    ],
)
def test_parse_amount_reads_every_spelling(cell, expected):
    assert parse_amount(cell) == expected


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("NaN", "'NaN' is not a number"),
        ("inf", "'inf' is not a number"),
        ("-Infinity", "'-Infinity' is not a number"),
        (float("nan"), "'nan' is not a number"),
        ("1e309", "'1e309' is larger than the limit of 1e15"),
        ("110 milliards de milliards", "'110 milliards de milliards' is not an amount"),
        ("2e15", "'2e15' is larger than the limit of 1e15"),
        ("-5", "'-5' is negative"),
        ("\u22125", "'\u22125' is negative"),
        ("1,2,3", "'1,2,3' is not an amount"),
        ("ABC 5", "'ABC 5' is not an amount"),
        (True, "expected a number, got true"),
        ([5], "expected a number, got a list"),
    ],
)
def test_parse_amount_refuses_what_is_not_a_sane_amount(cell, message):
    with pytest.raises(ValueError) as caught:
        parse_amount(cell)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1.2T", (1.2e12, None)),
        ("¥3 tn", (3e12, "JPY")),
        ("2 trillion", (2e12, None)),
        ("35 TRY", (35.0, "TRY")),
        ("35TND", (35.0, "TND")),
        ("$35M USD", (35e6, "USD")),
    ],
)
def test_a_trillion_reads_as_the_explorer_shows_it_and_one_currency_written_twice_is_one(cell, expected):
    """`1.2T` was not an amount, though the explorer shows a trillion so ("$1.2T")."""
    assert parse_amount(cell) == expected


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("-$5M", "'-$5M' is negative"),
        ("- €5M", "'- €5M' is negative"),
        ("-$-5", "'-$-5' is not an amount"),
        ("$35M EUR", "'$35M EUR' names two currencies (USD and EUR): write one"),
        ("€2 Mrd USD", "'€2 Mrd USD' names two currencies (EUR and USD): write one"),
    ],
)
def test_a_minus_before_the_currency_is_negative_and_two_currencies_are_refused(cell, message):
    """`-$5M` was "not an amount" rather than negative; `$35M EUR` read as $35M, the EUR dropped."""
    with pytest.raises(ValueError) as caught:
        parse_amount(cell)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("cell", "point", "joined", "unit"),
    [
        ("1,5", "1.5", "15", "1,5"),
        ("12,75", "12.75", "1275", "12,75"),
        ("1 234,56", "1234.56", "123456", "1234,56"),
        ("2,50", "2.50", "250", "2,50"),
    ],
)
def test_a_plain_amount_with_a_decimal_comma_is_refused_as_ambiguous_quoting_its_value(
    cell, point, joined, unit
):
    with pytest.raises(ValueError) as caught:
        parse_amount(cell)
    assert str(caught.value) == (
        f"{cell!r} has a decimal comma and no unit ({point} or {joined}?): write {point} if that is meant,"
        f" or the amount with its unit ({unit}M)"
    )


@pytest.mark.parametrize(
    ("cell", "joined", "point"),
    [
        ("1.500", "1500", "1.5"),
        ("1.234", "1234", "1.234"),
        ("12,345", "12345", "12.345"),
        ("1,500", "1500", "1.5"),
    ],
)
def test_one_separator_before_three_digits_with_no_unit_is_refused_as_ambiguous(cell, joined, point):
    """`1.500` EUR read as €1.5 and `12,345` as 12345, silently: thousands or a decimal mark?"""
    with pytest.raises(ValueError) as caught:
        parse_amount(cell)
    assert str(caught.value) == (
        f"{cell!r} has one separator before three digits and no unit ({joined} or {point}?): write"
        f" {joined} if that is meant, or the amount with its unit ({point}M)"
    )


@pytest.mark.parametrize(("cell", "value"), [("11,5", 11.5), ("11,5 %", 11.5), ("0,5%", 0.5)])
def test_a_percentage_reads_its_decimal_comma(cell, value):
    assert parse_percentage(cell) == value


@pytest.mark.parametrize(("cell", "code"), [("usd", "USD"), ("€", "EUR"), ("CHF", "CHF"), ("dem", "DEM")])
def test_a_currency_cell_is_an_iso_4217_code_in_use_or_replaced(cell, code):
    assert parse_currency(cell) == code


@pytest.mark.parametrize("cell", ["ABC", "XYZ", "dollars", "US"])
def test_a_currency_cell_that_is_no_iso_4217_code_is_refused(cell):
    with pytest.raises(ValueError, match="is not a currency code"):
        parse_currency(cell)


def test_split_names_keeps_legal_suffixes_and_reads_braces():
    assert split_names("{Acme, Inc.; Nvidia | SoftBank Group Corp.}") == [
        "Acme, Inc.",
        "Nvidia",
        "SoftBank Group Corp.",
    ]


# --- streaming -----------------------------------------------------------------------------------


def test_csv_rows_are_yielded_before_the_rest_of_the_file_is_read(tmp_path, monkeypatch):
    from ai_deals.importers import structured

    def lines():
        yield "company,amount\n"
        yield "A,1\n"
        raise AssertionError("read past the first row")

    items = structured._csv_items(lines(), "x.csv", None)
    assert next(items) == (2, "A,1", {"company": "A", "amount": "1"})


def test_json_items_are_yielded_before_the_rest_of_the_list_is_read():
    def chunks():
        # Read up to where the next item starts (on the same line: the items are numbered).
        yield '[{"company": "A"}, {"comp'
        raise AssertionError("read past the first item")

    assert next(iter_json_items(chunks(), "x.json")) == (1, '{"company": "A"}', {"company": "A"})


def test_json_items_cut_at_every_chunk_boundary_read_the_same():
    text = (
        '{"x": [1, {"y": "}"}], "deals": [\n{"company": "A\\"B", "amount": 12.5e3, "ok": true},\n  null, -7]}'
    )
    whole = list(iter_json_items([text], "x.json"))
    one_char_chunks = list(iter_json_items(iter(text), "x.json"))
    assert (
        whole
        == one_char_chunks
        == [
            (
                2,
                '{"company": "A\\"B", "amount": 12.5e3, "ok": true}',
                {"company": 'A"B', "amount": 12500.0, "ok": True},
            ),
            (3, "null", None),
            (3, "-7", -7),
        ]
    )


def test_reading_a_big_csv_keeps_memory_flat(tmp_path):
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8") as file:
        file.write("company_name,investor_name,raised_amount_usd,funded_at\n")
        for index in range(20_000):
            file.write(
                f"Company {index} Ltd,Fund {index % 97},{index + 1}000000,2020-01-{index % 28 + 1:02d}\n"
            )
    size = path.stat().st_size
    tracemalloc.start()
    count = sum(1 for row in iter_deal_rows(path) if isinstance(row, DealRow))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 20_000
    assert peak < size / 4


def test_count_data_lines_counts_rows_without_parsing(tmp_path):
    assert count_data_lines(FIXTURES / "crunchbase_rounds.csv") == 3
    assert count_data_lines(write(tmp_path, "a.csv", "company\nA\nB")) == 2
    assert count_data_lines(FIXTURES / "deals.json") == 2
    assert count_data_lines(write(tmp_path, "a.ndjson", '{"company": "A"}\n{"company": "B"}\n')) == 2


# --- facts ---------------------------------------------------------------------------------------


def test_a_round_row_becomes_a_round_fact_and_a_valuation_fact_with_the_line_as_evidence():
    record = next(iter_deal_records(FIXTURES / "crunchbase_rounds.csv"))
    round_fact, valuation = row_to_facts(record.row, record.line, record.raw)
    assert round_fact == Fact(
        kind="round",
        company="OpenAI",
        investors=["Amazon", "Nvidia", "SoftBank Group Corp."],
        amount=110e9,
        currency="USD",
        bound="exact",
        date="2026-02-27",
        date_precision="day",
        round_type="series_f",
        sentence=record.raw,
        start=0,
        end=len(record.raw),
        line=2,  # line27: the file's line the row starts on, after the header
    )
    assert (valuation.kind, valuation.amount, valuation.currency, valuation.basis) == (
        "valuation",
        730e9,
        "USD",
        "post_money",
    )


def test_an_investment_row_names_its_investor_tranche_and_condition():
    record = next(iter_deal_records(FIXTURES / "stakes.tsv"))
    fact = row_to_fact(record.row, record.line, record.raw)
    assert (fact.kind, fact.investor, fact.investors, fact.tranche, fact.status, fact.sentence) == (
        "investment",
        "Amazon",
        ["Amazon"],
        "15 Md$ first tranche",
        "conditional",
        record.raw,
    )


def test_partnership_and_acquisition_rows_name_partner_and_acquirer():
    partnership = DealRow(company="OpenAI", investors=["Microsoft"], kind="partnership", date="2016")
    acquisition = DealRow(company="xAI", investors=["SpaceX"], kind="acquisition")
    assert (row_to_fact(partnership, 1, "l").partner, row_to_fact(partnership, 1, "l").date_precision) == (
        "Microsoft",
        "year",
    )
    assert (row_to_fact(acquisition, 1, "l").investor, row_to_fact(acquisition, 1, "l").amount) == (
        "SpaceX",
        None,
    )


def test_row_companies_describe_the_company_and_its_investors():
    row = DealRow(
        company="Mistral AI",
        investors=["Bpifrance"],
        kind="investment",
        country="FR",
        investor_kind="sovereign",
    )
    assert row_companies(row) == [
        CompanyInfo(name="Mistral AI", country="FR"),
        CompanyInfo(name="Bpifrance", investor_kind="sovereign"),
    ]


def test_iter_deal_facts_yields_facts_and_errors_in_file_order():
    results = list(iter_deal_facts(FIXTURES / "bad_rows.csv"))
    assert isinstance(results[0], DealFacts)
    assert [fact.kind for fact in results[0].facts] == ["investment"]
    assert [type(result).__name__ for result in results[1:]] == ["RowError"] * 10


def test_facts_dump_to_json_without_nan_or_infinity():
    rows = [row for row in iter_deal_facts(FIXTURES / "crunchbase_rounds.csv")]
    dumped = json.dumps([fact.model_dump() for row in rows for fact in row.facts], allow_nan=False)
    assert "110000000000.0" in dumped


def test_repeated_cells_read_the_same_on_every_row_and_their_errors_repeat(tmp_path):
    path = tmp_path / "repeats.csv"
    path.write_text(
        "company,investor,amount,currency,date\n"
        "Acme,Fund A; Fund B,5000000,usd,2020-03\n"
        "Bolt,Fund A; Fund B,5000000,usd,2020-03\n"
        "Core,Fund A,7000000,dollars,2020-03\n"
        "Dune,Fund A,7000000,dollars,2020-03\n",
        encoding="utf-8",
    )
    rows = list(iter_deal_rows(path))
    assert [(r.investors, r.currency, r.date) for r in rows[:2]] == [
        (["Fund A", "Fund B"], "USD", "2020-03")
    ] * 2
    assert rows[0].investors is not rows[1].investors  # a remembered cell never shares a list between rows
    problem = "'dollars' is not a currency code (e.g. USD, EUR, CHF)"
    assert [str(r) for r in rows[2:]] == [f"{path}:4: currency: {problem}", f"{path}:5: currency: {problem}"]


def test_a_json_true_is_not_read_as_the_number_one_seen_on_an_earlier_row(tmp_path):
    path = tmp_path / "deals.ndjson"
    lines = [
        {"company": "Acme", "amount": 5, "percentage": 1},
        {"company": "Bolt", "amount": 5, "percentage": True},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    first, second = iter_deal_rows(path)
    assert first.percentage == 1.0
    assert str(second) == f"{path}:2: percentage: expected a number, got true"


def test_a_key_given_twice_in_a_json_row_is_refused_not_silently_the_last(tmp_path):
    """`{"company": "J3", "company": "J3b"}`: the standard library keeps the last; which one the row
    means is not for the importer to guess."""
    ndjson = tmp_path / "deals.ndjson"
    ndjson.write_text('{"company": "J3", "company": "J3b", "amount": 5}\n', encoding="utf-8")
    (row,) = iter_deal_rows(ndjson)
    assert str(row) == f"{ndjson}:1: row: invalid JSON (key 'company' given twice)"
    listed = tmp_path / "deals.json"
    listed.write_text(
        '[\n{"company": "J3", "amount": 5},\n{"company": "J3", "company": "J3b"}\n]\n', encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"line 3: invalid JSON \(key 'company' given twice\)"):
        list(iter_deal_rows(listed))


def test_a_column_named_twice_in_the_header_is_refused(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("company,Company,amount\nA,B,5\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        list(iter_deal_rows(path))
    assert str(error.value) == f"{path}: column 'Company' appears twice in the header"


def test_two_company_columns_in_the_header_are_refused_naming_both(tmp_path):
    """ "Société" and "Company" both mean company: the second's names were silently ignored."""
    path = tmp_path / "odd.tsv"
    path.write_text(
        "\ufeffSociété\tMontant\tDevise\tCompany\nMulti SAS\t1 234 567\t€\tdup\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as error:
        list(iter_deal_rows(path))
    assert str(error.value) == f"{path}: columns 'Société' and 'Company' both mean company"


def test_a_row_with_one_investor_and_a_round_type_is_that_round_not_a_stake(tmp_path):
    path = write(
        tmp_path,
        "cb.csv",
        "company_name,investor_name,raised_amount_usd,funded_at,funding_round_type\n"
        "Hugging Face,Salesforce Ventures,235000000,2023-08-24,series_d\n",
    )
    (row,) = iter_deal_rows(path)
    assert (row.kind, row.investors, row.round_type, row.amount) == (
        "round",
        ["Salesforce Ventures"],
        "series_d",
        235e6,
    )


def test_a_raised_amount_column_makes_a_round_even_without_a_round_type(tmp_path):
    path = write(tmp_path, "cb.csv", "company,investor,money_raised_usd\nHelsing,Prima Materia,5000000\n")
    assert [row.kind for row in iter_deal_rows(path)] == ["round"]


def test_one_investor_and_a_plain_amount_stays_a_stake(tmp_path):
    path = write(tmp_path, "s.csv", "company,investor,amount\nHelsing,Prima Materia,5000000\n")
    assert [row.kind for row in iter_deal_rows(path)] == ["investment"]


def test_an_explicit_kind_wins_over_a_round_type(tmp_path):
    path = write(
        tmp_path, "s.csv", "company,investor,raised_amount,round,kind\nHelsing,Prima,5,seed,investment\n"
    )
    assert [row.kind for row in iter_deal_rows(path)] == ["investment"]


def test_an_unclosed_quote_names_the_line_where_the_quoted_field_starts(tmp_path):
    path = write(
        tmp_path, "quote.csv", 'company,investor,amount\nA,Inv,1\n"Unclosed,Inv,100\nOther,Inv2,200\n'
    )
    with pytest.raises(InputError) as caught:
        list(iter_deal_records(path))
    assert str(caught.value) == f"{path}:3: unclosed quote (the quoted field starting here never ends)"


def test_a_quoted_cell_over_two_lines_on_the_last_row_is_no_unclosed_quote(tmp_path):
    path = write(tmp_path, "ok.csv", 'company,investor,amount\nA,"Fund\nOne",5')
    assert [(row.company, row.investors) for row in iter_deal_rows(path)] == [("A", ["Fund One"])]


_CELL_PIECES = [
    " ",
    "\t",
    "\u00a0",
    "\u3000",
    "N/A",
    "n.a.",
    "#N/A",
    "none",
    "—",
    "…",
    "Kivu",
    "x" * 150,
    ",",
    ";",
    "'",
    "{",
    "Inc.",
    "&amp;",
    "&",
    "&zork;",
]
_CELL_TEXTS = st.one_of(st.text(max_size=320), st.lists(st.sampled_from(_CELL_PIECES)).map("".join))


def test_no_missing_word_has_a_space_inside():
    """What lets the quick paths check a cell's squeezed text against the missing words (`_stated_text`)."""
    assert all(word == "".join(word.split()) for word in cells.MISSING_WORDS)


@given(_CELL_TEXTS)
def test_a_text_name_or_investor_cell_reads_as_the_general_path_reads_it(value):
    """The quick paths for text, name and investor cells (`_CellReader._plain_text`, `_one_name`)
    give what the general one (`clean_text`, `clean_name`, `split_names`) gives."""
    for column in ("source_title", "company", "raised_amount_usd", "valuation", "tranche", "investor"):
        reader = structured._CellReader(column, structured.column_target(column))
        assert reader._text == (column not in ("raised_amount_usd", "valuation", "investor"))
        expected = structured._MISSING_CELL if value == "" else reader._read(value)
        assert reader.read(value) == expected


def test_an_exports_description_column_is_explained_as_a_description():
    """It was "a company row's company": the column holds a company row's description."""
    from ai_deals.importers.exported import describe

    assert (
        describe("description") == "description (a partnership's, a figure's, or a company row's description)"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "company_name,raised_amount_usd,funded_at\nZeta,€5M,2024-01-01\n",
            "raised_amount_usd: names two currencies (EUR in the cell and USD by the column's name): write"
            " one, or the amount in a column without USD in its name",
        ),
        (
            "company_name,raised_amount_usd,currency,funded_at\nZeta,5000000,EUR,2024-01-01\n",
            "raised_amount_usd: names two currencies (EUR in currency and USD by the column's name): write"
            " one, or the amount in a column without USD in its name",
        ),
        (
            "company_name,amount,currency,funded_at\nZeta,$5M,EUR,2024-01-01\n",
            "currency: names two currencies (USD in amount and EUR in currency): write one",
        ),
        (
            "company_name,currency,amount,funded_at\nZeta,EUR,$5M,2024-01-01\n",
            "amount: names two currencies (EUR in currency and USD in amount): write one",
        ),
        (
            "company,post_money_valuation_usd,basis\nZeta,5000000,pre-money\n",
            "post_money_valuation_usd: names two values of basis (pre_money in basis and post_money by the"
            " column's name): write one",
        ),
    ],
)
def test_a_currency_contradicting_the_column_name_or_currency_column_is_a_bad_row(tmp_path, content, message):
    """`raised_amount_usd` holding "€5M", or beside a currency column saying EUR, read as $5M: the
    stated currency was replaced by the column name's USD without a word."""
    path = write(tmp_path, "deals.csv", content)
    assert [str(row) for row in iter_deal_rows(path)] == [f"{path}:2: {message}"]


@pytest.mark.parametrize(
    "content",
    [
        "company_name,raised_amount_usd,currency\nZeta,$5M,usd\n",
        "company_name,amount,currency\nZeta,$5M,USD\n",
        "company_name,raised_amount,raised_amount_usd\nZeta,€5M,5000000\n",
    ],
)
def test_one_currency_stated_twice_or_a_usd_column_left_unread_is_no_contradiction(tmp_path, content):
    path = write(tmp_path, "deals.csv", content)
    (row,) = iter_deal_rows(path)
    assert not isinstance(row, RowError), str(row)
    assert row.amount == 5e6


@pytest.mark.parametrize(
    ("content", "names"),
    [
        ("company,investor\nEvil\x1b[31mCorp,Bell\x07 Capital\n", ("EvilCorp", ["Bell Capital"])),
        ("company,investors\nEvil\x1b[0mCorp\x7f,Bell\x07 Capital; Foo\x1b[1m Ventures\n",
         ("EvilCorp", ["Bell Capital", "Foo Ventures"])),
        ('[{"company": "Evil\\u001bCorp", "investors": ["Bell\\u0007 Capital"], "kind": "investment"}]',
         ("EvilCorp", ["Bell Capital"])),
    ],
)  # fmt: skip
def test_control_characters_and_escape_sequences_are_dropped_from_names_as_in_articles(
    tmp_path, content, names
):
    """A deal file kept `Evil\\x1b[31mCorp` as written: a company apart from an article's EvilCorp."""
    path = write(tmp_path, "deals.json" if content.startswith("[") else "deals.csv", content)
    (row,) = iter_deal_rows(path)
    assert (row.company, row.investors) == names


def test_build_row_reads_json_lists_and_numbers_in_remembered_columns_as_text_cells_are():
    """A remembered column (investors, currency) is asked its memory before reading a cell: a JSON
    list or number is no text cell, so it is read, not looked up (a list is no key; True == 1)."""
    plan = structured._plan(("company", "investors", "amount", "currency", "kind"))
    text = structured.build_row(
        {"company": "Mistral AI", "investors": "Nvidia", "amount": "100", "currency": "USD", "kind": "round"},
        plan,
    )
    json_row = {
        "company": "Mistral AI",
        "investors": ["Nvidia"],
        "amount": 100,
        "currency": "USD",
        "kind": "round",
    }
    assert structured.build_row(json_row, plan) == text  # the text row filled the columns' memory first
    assert structured.build_row({**json_row, "investors": ["Nvidia", "Bpifrance"]}, plan).investors == [
        "Nvidia",
        "Bpifrance",
    ]


@pytest.mark.parametrize(
    ("cells_", "column", "problem"),
    [
        (
            {"company": "Mistral AI", "kind": "investment", "amount": "5"},
            "investors",
            "missing (investment needs an investor)",
        ),
        ({"company": "Mistral AI", "kind": "valuation"}, "amount", "missing (a valuation needs an amount)"),
        ({"kind": "round", "amount": "5"}, "company", "missing"),
    ],
)
def test_a_row_of_a_stated_kind_still_names_the_column_of_what_it_lacks(cells_, column, problem):
    plan = structured._plan(("company", "investors", "amount", "kind"))
    with pytest.raises(structured._CellError) as raised:
        structured.build_row({"company": "", "investors": "", "amount": "", "kind": "", **cells_}, plan)
    assert (raised.value.column, raised.value.problem) == (column, problem)


@pytest.mark.parametrize(
    "written",
    [
        "Evil\x1b]0;pwned\x07Corp",
        "Evil\x1b]0;pwned\x1b\\Corp",
        "Evil\u200bCorp",
        "Evil\u200dCorp",
        "Evil\u2060Corp",
        "\u202eEvil\u200fCorp\u2069",
    ],
)
def test_whole_escape_sequences_and_invisible_characters_are_dropped_from_a_deal_files_names(
    tmp_path, written
):
    """`Evil\\x1b]0;pwned\\x07Corp` kept `]0;pwned` of the sequence, and `Evil\\u200bCorp` made a second
    company shown exactly as `EvilCorp`."""
    path = write(tmp_path, "deals.csv", f"company,investor\n{written},Bell\u200b Capital\n")
    (row,) = iter_deal_rows(path)
    assert (row.company, row.investors) == ("EvilCorp", ["Bell Capital"])


def test_a_zero_width_joiner_inside_a_non_latin_word_is_kept_in_the_name_shown_not_in_its_key(tmp_path):
    """In Devanagari (or an emoji) the joiner changes how the name is drawn, so the name shown keeps it;
    the key drops it, so the name written without it is the same company."""
    path = write(tmp_path, "deals.csv", "company,investor\nक्\u200dष AI,Bell Capital\n")
    (row,) = iter_deal_rows(path)
    assert row.company == "क्\u200dष AI"
    assert normalize_name(row.company) == normalize_name("क्ष AI") == normalized(row.company)


@pytest.mark.parametrize(
    ("cell", "amount", "currency"),
    [
        ("5 millions d'euros", 5e6, "EUR"),
        ("5 millions d’euros", 5e6, "EUR"),
        ("1,5 milliard d'euros", 1.5e9, "EUR"),
        ("2 milliards de dollars", 2e9, "USD"),
        ("12 millions de dollars", 12e6, "USD"),
        ("2 milliards", 2e9, None),
    ],
)
def test_a_french_amount_with_its_currency_in_words_is_read_as_an_article_reads_it(
    tmp_path, cell, amount, currency
):
    """`5 millions d'euros` was refused as "not an amount" while `2 milliards` was read."""
    path = write(tmp_path, "deals.csv", f'company,investor,amount\nKalmiro,Osk Partners,"{cell}"\n')
    (row,) = iter_deal_rows(path)
    assert not isinstance(row, RowError), str(row)
    assert (row.amount, row.currency) == (amount, currency)


@pytest.mark.parametrize("cell", ["5 d'euros", "5 millions de livres", "d'euros 5 millions"])
def test_french_currency_words_are_read_only_after_a_scale_word(cell):
    with pytest.raises(cells.NotAnAmountError):
        cells.parse_deal_amount(cell)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "company,percentage_bound,percentage,kind,investor\nZeta,minimum,~8%,stake,Acme\n",
            "percentage: names two bounds of the share (minimum in percentage_bound and approx in percentage):"
            " write one",
        ),
        (
            "company,percentage,percentage_bound,kind,investor\nZeta,~8%,minimum,stake,Acme\n",
            "percentage_bound: names two bounds of the share (approx in percentage and minimum in"
            " percentage_bound): write one",
        ),
    ],
)
def test_a_share_bound_contradicting_its_bound_column_is_a_bad_row_in_either_column_order(
    tmp_path, content, message
):
    """With the bound column after the share, its "minimum" was dropped without a word."""
    path = write(tmp_path, "deals.csv", content)
    assert [str(row) for row in iter_deal_rows(path)] == [f"{path}:2: {message}"]


@pytest.mark.parametrize("columns", ["currency,currency_code", "currency_code,currency"])
def test_an_invalid_code_in_a_second_currency_column_is_a_bad_row_like_in_the_first(tmp_path, columns):
    """A second currency column holding "XYZ" was ignored; the first such column was refused."""
    first, second = columns.split(",")
    path = write(tmp_path, "deals.csv", f"company,amount,{first},{second}\nZeta,5000000,EUR,XYZ\n")
    assert [str(row) for row in iter_deal_rows(path)] == [
        f"{path}:2: {second}: 'XYZ' is not a currency code (e.g. USD, EUR, CHF)"
    ]


def test_a_plan_cannot_be_built_without_its_steps():
    """`steps` defaulted to (): a `_Plan` built without it read no cell of any row, silently."""
    with pytest.raises(TypeError):
        structured._Plan((), {})


def test_a_cut_json_file_over_a_mebibyte_names_the_column_on_the_bad_line(tmp_path):
    # Past the first chunk the reader drops consumed text; the error's column must still count from its line.
    body = "[\n" + '{"company": "A"},\n' * 60000 + '{"company": "Zeta'
    assert len(body) > 1 << 20
    path = write(tmp_path, "big.json", body.encode())
    with pytest.raises(InputError) as caught:
        list(iter_deal_rows(path))
    assert str(caught.value) == f"{path}: line 60002 column 13: invalid JSON (Unterminated string)"


def test_a_conditional_row_with_a_round_type_and_one_investor_is_a_conditional_stake_in_that_round(tmp_path):
    path = write(
        tmp_path,
        "c.csv",
        "company,investor,amount,currency,round,condition\n"
        "Helsing,Prima Materia,40000000,EUR,Series B,if the 2026 milestones are met\n",
    )
    (deal,) = iter_deal_facts(path)
    fact = deal.facts[0]
    assert (fact.kind, fact.investor, fact.round_type, fact.status, fact.amount) == (
        "investment",
        "Prima Materia",
        "Series B",
        "conditional",
        40e6,
    )


def test_a_conditional_row_whose_amount_is_what_the_round_raised_stays_the_round(tmp_path):
    path = write(
        tmp_path,
        "c.csv",
        "company,investor,raised_amount,round,condition\nHelsing,Prima Materia,40000000,Series B,if approved\n",
    )
    assert [row.kind for row in iter_deal_rows(path)] == ["round"]


def test_a_crunchbase_currency_column_without_its_amount_is_ignored_beside_the_in_usd_one(tmp_path):
    # "Money Raised Currency" is the currency of "Money Raised": with only "Money Raised (in USD)" in
    # the file it describes no amount there, and a EUR round's USD figure is no contradiction.
    header = "Organization Name,Money Raised Currency,Money Raised (in USD),Pre-Money Valuation Currency,Pre-Money Valuation (in USD)"
    path = write(tmp_path, "cb.csv", header + "\nA,EUR,327,EUR,980\nB,USD,120,,\n")
    rows = [(r.amount, r.currency, r.valuation, r.valuation_currency) for r in iter_deal_rows(path)]
    assert rows == [(327.0, "USD", 980.0, "USD"), (120.0, "USD", None, None)]
    understood = dict(describe_columns(header.split(",")))
    assert understood["Money Raised Currency"] is None
    assert understood["Pre-Money Valuation Currency"] is None


def test_a_currency_column_still_contradicts_an_in_usd_amount_when_it_is_the_files_only_one(tmp_path):
    path = write(tmp_path, "a.csv", "company,currency,amount_usd\nA,EUR,327\n")
    assert [str(row) for row in iter_deal_rows(path)][0].startswith(
        f"{path}:2: amount_usd: names two currencies"
    )
