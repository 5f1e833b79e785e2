"""Bulk import of deal files: every format, all-or-nothing, skipped bad rows, merging, ctrl+c."""

from __future__ import annotations

import gc
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from ai_deals.importers import structured
from ai_deals.importers.article import parse_article
from ai_deals.importers.errors import InputError
from ai_deals.store import Store, bulk
from ai_deals.store.bulk import KEPT_KEYS, DealFile, RowKeys, file_hash, normalized
from ai_deals.store.names import fold, fold_char, normalize_name
from ai_deals.structured_import import import_structured

# An explicit kind: these rows are stakes (without it, a raised amount or a round type makes a round).
HEADER = ["company_name", "investor_name", "raised_amount_usd", "funded_at", "round_type", "kind"]
ROWS = [
    ["Mistral AI", "Nvidia", "600000000", "2024-06-11", "series B", "investment"],
    ["Mistral AI", "Andreessen Horowitz", "400000000", "2023-12-10", "series A", "investment"],
    ["Poolside", "Nvidia", "500000000", "2024-10", "series B", "investment"],
]


def write_deals(path: Path, rows: list[list[str]] = ROWS, header: list[str] = HEADER) -> Path:
    """The rows in the format the file's suffix names."""
    records = [dict(zip(header, row, strict=True)) for row in rows]
    if path.suffix in (".csv", ".tsv"):
        sep = "\t" if path.suffix == ".tsv" else ","
        path.write_text("\n".join(sep.join(cells) for cells in [header, *rows]) + "\n", encoding="utf-8")
    elif path.suffix == ".json":
        path.write_text(json.dumps(records, indent=1), encoding="utf-8")
    else:
        path.write_text("\n".join(json.dumps(record) for record in records) + "\n", encoding="utf-8")
    return path


def quiet() -> Console:
    return Console(file=io.StringIO(), width=120)


def stakes(store: Store) -> list[tuple]:
    return [
        (row["company"], row["investor"], row["amount"], row["currency"], row["date"])
        for row in store.db.query(
            """SELECT c.name AS company, ic.name AS investor, s.amount, s.currency, s.date FROM stakes s
               JOIN companies c ON c.id = s.company_id JOIN investors i ON i.id = s.investor_id
               JOIN companies ic ON ic.id = i.company_id ORDER BY s.id"""
        )
    ]


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".json", ".ndjson"])
def test_each_format_writes_one_stake_per_row(fresh_store, tmp_path, suffix):
    report = import_structured(
        fresh_store, write_deals(tmp_path / f"deals{suffix}"), skip_bad_rows=False, console=quiet()
    )
    assert (report.action, report.rows_written) == ("added", 3)
    assert stakes(fresh_store) == [
        ("Mistral AI", "Nvidia", 600e6, "USD", "2024-06-11"),
        ("Mistral AI", "Andreessen Horowitz", 400e6, "USD", "2023-12-10"),
        ("Poolside", "Nvidia", 500e6, "USD", "2024-10"),
    ]
    assert fresh_store.overview().companies == 4 and fresh_store.overview().investors == 2


def test_says_which_column_was_understood_as_what(fresh_store, tmp_path):
    console = quiet()
    header = [*HEADER, "notes"]
    rows = [[*row, "x"] for row in ROWS]
    import_structured(
        fresh_store, write_deals(tmp_path / "d.csv", rows, header), skip_bad_rows=False, console=console
    )
    shown = console.file.getvalue()
    assert "raised_amount_usd → amount (currency=USD)" in shown
    assert "funded_at → date" in shown and "notes → ignored" in shown


def test_a_bad_row_writes_nothing_and_every_bad_row_is_reported(fresh_store, tmp_path):
    rows = [
        *ROWS,
        ["Helsing", "Prima Materia", "lots", "2024-07", "series C", "investment"],
        ["", "X", "1", "2024", "seed", "investment"],
    ]
    path = write_deals(tmp_path / "deals.csv", rows)
    console = quiet()
    with pytest.raises(InputError) as error:
        import_structured(fresh_store, path, skip_bad_rows=False, console=console)
    assert (
        str(error.value) == f"{path}: 2 bad rows; nothing was written (--skip-bad-rows writes the good ones)"
    )
    shown = console.file.getvalue()
    assert f"{path}:5: raised_amount_usd: 'lots' is not an amount" in shown
    assert f"{path}:6: company_name: missing" in shown
    overview = fresh_store.overview()
    assert (overview.sources, overview.companies, overview.stakes) == (0, 0, 0)


def test_skip_bad_rows_writes_the_good_ones_and_lists_the_rest(fresh_store, tmp_path):
    rows = [*ROWS, ["Helsing", "Prima Materia", "lots", "2024-07", "series C", "investment"]]
    path = write_deals(tmp_path / "deals.csv", rows)
    report = import_structured(fresh_store, path, skip_bad_rows=True, console=quiet())
    assert report.rows_written == 3
    assert report.errors == [f"{path}:5: raised_amount_usd: 'lots' is not an amount"]
    assert len(stakes(fresh_store)) == 3


def test_skipping_bad_rows_of_a_file_whose_every_row_is_bad_writes_nothing(fresh_store, tmp_path):
    rows = [["Helsing", "Prima Materia", "lots", "2024-07", "series C", "investment"]]
    path = write_deals(tmp_path / "deals.csv", rows)
    with pytest.raises(InputError) as error:
        import_structured(fresh_store, path, skip_bad_rows=True, console=quiet())
    assert str(error.value) == f"{path}: every row is bad: 1 bad row; nothing was written"
    overview = fresh_store.overview()
    assert (overview.sources, overview.companies, overview.stakes) == (0, 0, 0)


def test_rows_merge_with_companies_an_article_brought_by_name_and_alias(sample_store, tmp_path):
    rows = [
        ["OpenAI Inc.", "Amazon", "1000000", "2026-03", "", "investment"],
        ["le Créateur de ChatGPT", "Nvidia", "2000000", "2026", "", "investment"],
    ]
    before = sample_store.overview().companies
    import_structured(
        sample_store, write_deals(tmp_path / "d.csv", rows), skip_bad_rows=False, console=quiet()
    )
    assert sample_store.overview().companies == before
    openai = sample_store.find_company("OpenAI")
    page = sample_store.company(openai.id)
    assert sorted(s.amount for s in page.investors) == [1e6, 2e6, 50e9]
    amazon = sample_store.find_company("Amazon")
    assert len(sample_store.company(amazon.id).portfolio) == 2


def test_evidence_is_the_raw_line_and_the_file_is_one_source(fresh_store, tmp_path):
    path = write_deals(tmp_path / "deals.csv")
    import_structured(fresh_store, path, skip_bad_rows=False, console=quiet())
    (source,) = fresh_store.sources()
    assert source.title == "deals.csv" and source.fact_count == 3
    page = fresh_store.company(fresh_store.find_company("Poolside").id)
    assert page.investors[0].evidence[0].sentence == "Poolside,Nvidia,500000000,2024-10,series B,investment"


def test_importing_the_same_file_again_changes_nothing(fresh_store, tmp_path):
    path = write_deals(tmp_path / "deals.csv")
    import_structured(fresh_store, path, skip_bad_rows=False, console=quiet())
    before = fresh_store.overview()
    report = import_structured(fresh_store, path, skip_bad_rows=False, console=quiet())
    assert report.action == "unchanged" and fresh_store.overview() == before


def test_a_corrected_file_replaces_what_it_brought(fresh_store, tmp_path):
    path = write_deals(tmp_path / "deals.csv")
    import_structured(fresh_store, path, skip_bad_rows=False, console=quiet())
    write_deals(path, ROWS[:2])
    report = import_structured(fresh_store, path, skip_bad_rows=False, console=quiet())
    assert report.action == "replaced"
    assert (fresh_store.overview().sources, len(stakes(fresh_store))) == (1, 2)


def company_names(store: Store) -> list[str]:
    return sorted(row["name"] for row in store.db.query("SELECT name FROM companies"))


def test_rows_of_companies_named_in_other_scripts_are_each_their_own_company(fresh_store, tmp_path):
    rows = [
        ["月之暗面", "Alibaba", "1000000000", "2024-02-19", "series B", "investment"],
        ["智谱", "Tencent", "300000000", "2023-10-20", "series C", "investment"],
        ["شركة الذكاء", "Aramco", "5000000", "2024-01-01", "seed", "investment"],
        ["智谱", "Alibaba", "100000000", "2024-10-20", "", "investment"],
    ]
    import_structured(
        fresh_store, write_deals(tmp_path / "d.csv", rows), skip_bad_rows=False, console=quiet()
    )
    assert company_names(fresh_store) == sorted(
        ["月之暗面", "智谱", "شركة الذكاء", "Alibaba", "Tencent", "Aramco"]
    )
    zhipu = fresh_store.find_company("智谱", exact=True)
    assert sorted(s.amount for s in fresh_store.company(zhipu.id).investors) == [1e8, 3e8]


def test_rows_naming_companies_without_letters_or_digits_are_bad_rows_and_merge_nothing(
    fresh_store, tmp_path
):
    rows = [
        ["…", "Alibaba", "1000000000", "2024-02-19", "", "investment"],
        ["***", "Tencent", "300000000", "2023-10-20", "", "investment"],
        ["Poolside", "…", "5000000", "2024-01-01", "", "investment"],
        ["Poolside", "Accel", "6000000", "2024-02-01", "", "investment"],
    ]
    import_structured(fresh_store, write_deals(tmp_path / "d.csv", rows), skip_bad_rows=True, console=quiet())
    assert company_names(fresh_store) == ["Accel", "Poolside"]


@pytest.mark.parametrize(
    ("known", "spelling"),
    [
        ("Hugging Face", "HuggingFace"),
        ("OpenAI", "Open AI"),
        ("DeepMind", "Deep Mind"),
        ("Hugging Face", "Hugging-Face Inc."),
    ],
)
def test_a_spelling_differing_only_by_spaces_joins_the_company_already_known(
    fresh_store, tmp_path, known, spelling
):
    first = [[known, "Nvidia", "1000000", "2024-06", "", "investment"]]
    second = [[spelling, "Salesforce", "2000000", "2025-06", "", "investment"]]
    import_structured(
        fresh_store, write_deals(tmp_path / "a.csv", first), skip_bad_rows=False, console=quiet()
    )
    import_structured(
        fresh_store, write_deals(tmp_path / "b.csv", second), skip_bad_rows=False, console=quiet()
    )
    assert company_names(fresh_store) == sorted([known, "Nvidia", "Salesforce"])
    assert fresh_store.find_company(spelling, exact=True).name == known


def test_spellings_differing_only_by_spaces_in_one_file_are_one_company(fresh_store, tmp_path):
    rows = [
        # Investors the knowledge file does not know (its "Google" and "Alphabet" are one company).
        ["Deep Mind", "Gorse Ventures", "1000000", "2014", "", "investment"],
        ["DeepMind", "Holm Capital", "2000000", "2015", "", "investment"],
        ["Deep Mind Technologies", "Holm Capital", "3000000", "2016", "", "investment"],
    ]
    import_structured(
        fresh_store, write_deals(tmp_path / "d.csv", rows), skip_bad_rows=False, console=quiet()
    )
    assert company_names(fresh_store) == [
        "Deep Mind",
        "Deep Mind Technologies",
        "Gorse Ventures",
        "Holm Capital",
    ]


@pytest.mark.parametrize(
    ("known", "other"),
    [
        ("Mistral AI", "Mistral AIR"),
        ("Zephyr", "Zephyr Platforms"),  # not "Meta": the knowledge file's Meta Platforms is Meta
        ("Runway", "Runways"),
        ("A I M", "AIM"),
        ("月之 暗面", "月之暗面"),
    ],
)
def test_names_differing_by_more_than_spaces_or_too_short_stay_two_companies(
    fresh_store, tmp_path, known, other
):
    rows = [
        [known, "Nvidia", "1000000", "2024-06", "", "investment"],
        [other, "Nvidia", "2000000", "2025-06", "", "investment"],
    ]
    import_structured(
        fresh_store, write_deals(tmp_path / "d.csv", rows), skip_bad_rows=False, console=quiet()
    )
    assert company_names(fresh_store) == sorted([known, other, "Nvidia"])


def test_ctrl_c_midway_leaves_the_database_exactly_as_before(sample_store, tmp_path):
    path = write_deals(tmp_path / "deals.csv", ROWS * 20)
    before = sample_store.overview()

    def interrupted():
        for count, item in enumerate(structured.iter_deal_facts(path)):
            if count == 30:
                raise KeyboardInterrupt
            yield item

    deal_file = DealFile(path=path, header="", content_hash=file_hash(path))
    with pytest.raises(KeyboardInterrupt):
        sample_store.import_deal_file(
            deal_file,
            interrupted(),
            skip_bad_rows=False,
            is_error=lambda item: isinstance(item, structured.RowError),
        )
    assert sample_store.overview() == before
    assert sample_store.search("mistral") == [] or sample_store.search("mistral")[0].name != "Mistral AI"


def test_progress_bar_on_a_terminal_does_not_break_the_output(fresh_store, tmp_path):
    console = Console(file=io.StringIO(), force_terminal=True, width=100)
    import_structured(
        fresh_store, write_deals(tmp_path / "deals.csv", ROWS * 1500), skip_bad_rows=False, console=console
    )
    shown = console.file.getvalue()
    assert "4,500/4,500" in shown or "4500/4500" in shown
    assert "added: deals.csv (4,500 rows, 4,500 facts)" in shown


def test_names_are_normalised_exactly_as_article_imports_do():
    for name in [
        "Riöbergü Ästeinnene Technik AG",
        "Łódź Dane sp. z o.o.",
        "SoftBank Group Corp.",
        "ǅemal ﬁnance",
    ]:
        assert normalized(name) == normalize_name(name)


@given(st.text(max_size=30))
def test_fast_normalisation_agrees_with_normalize_name_on_any_text(name):
    assert normalized(name) == normalize_name(name)


# Letters, marks, digits and punctuation of many scripts (plain `st.text` rarely draws them).
OTHER_SCRIPTS = st.text(
    alphabet=st.sampled_from(
        "aéÉßŁ0 -.'&_ᴬ℃ﬁ"
        "月之暗面智谱ソフトバンクガｿﾞ삼성전자"
        "شركةالذكاءُ َّﱞ"
        "שָׁלוֹם"
        "ЯндексЁ"
        "ΑθηνάΐΣς"
        "ไทยเบฟ้ั"
        "हिन्दीक़्\u093c\u094d"
    ),
    max_size=20,
)


@given(OTHER_SCRIPTS)
def test_fast_normalisation_agrees_with_normalize_name_in_every_script(name):
    assert normalized(name) == normalize_name(name)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_folding_ascii_text_lowers_it_as_folding_each_character_does(text):
    assert fold(text) == "".join(fold_char(char) for char in text) == text.lower()


def test_a_name_met_on_many_rows_keeps_its_one_key_when_the_remembered_keys_are_cleared():
    keys = RowKeys()
    names = [f"Fund {index} Inc." for index in range(KEPT_KEYS + 10)]
    assert [keys[name] for name in names] == [normalize_name(name) for name in names]
    assert len(keys) <= KEPT_KEYS


def schema_of(store: Store) -> list[tuple]:
    return [
        tuple(row.values())
        for row in store.db.query("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
    ]


def generation(store: Store) -> int:
    return store.db.execute("SELECT generation FROM _search_state").fetchone()[0]


def additions(store: Store) -> int:
    """The count of names added (m019): what a search index extends itself with."""
    return store.db.execute("SELECT additions FROM _search_state").fetchone()[0]


@pytest.fixture
def deferring(monkeypatch):
    """Every import counts as big: indexes and triggers are dropped and rebuilt around the rows."""
    calls = []
    monkeypatch.setattr(bulk, "_worth_deferring", lambda conn, rows_hint: calls.append(rows_hint) or True)
    return calls


def test_a_big_file_leaves_the_same_indexes_and_triggers_and_moves_the_search_additions(
    sample_store, tmp_path, deferring
):
    schema, before = schema_of(sample_store), additions(sample_store)
    rows = [["Helsing", "Prima Materia", "1000000", "2024-07", "", "investment"], *ROWS]
    report = import_structured(
        sample_store, write_deals(tmp_path / "d.csv", rows), skip_bad_rows=False, console=quiet()
    )
    assert report.action == "added" and deferring == [4]
    assert schema_of(sample_store) == schema
    assert additions(sample_store) > before
    assert sample_store.search("helsing")[0].name == "Helsing"
    # the triggers are back: a later name change moves the generation again
    moved = generation(sample_store)
    sample_store.db.execute("UPDATE companies SET name = 'Helsing GmbH' WHERE name = 'Helsing'")
    assert generation(sample_store) == moved + 1


def test_a_rename_or_a_removed_alias_inside_a_big_file_still_moves_the_search_generation(sample_store):
    """Only the insert triggers are deferred: an index extended with new names would keep the old."""
    conn = sample_store.db.conn
    deferred = bulk._defer_indexes(conn)
    before = generation(sample_store)
    conn.execute("UPDATE companies SET name = 'Renamed' WHERE id = (SELECT min(id) FROM companies)")
    assert generation(sample_store) == before + 1
    conn.execute("DELETE FROM aliases WHERE rowid = (SELECT min(rowid) FROM aliases)")
    assert generation(sample_store) == before + 2
    deferred.restore()


def test_a_big_file_with_a_bad_row_leaves_indexes_triggers_and_rows_as_before(
    sample_store, tmp_path, deferring
):
    schema, before, generation_before = (
        schema_of(sample_store),
        sample_store.overview(),
        generation(sample_store),
    )
    rows = [*ROWS, ["Helsing", "Prima Materia", "lots", "2024-07", "series C", "investment"]]
    with pytest.raises(InputError):
        import_structured(
            sample_store, write_deals(tmp_path / "d.csv", rows), skip_bad_rows=False, console=quiet()
        )
    assert schema_of(sample_store) == schema
    assert (sample_store.overview(), generation(sample_store)) == (before, generation_before)


def test_only_a_big_file_into_a_smaller_database_defers_its_indexes(sample_store):
    conn = sample_store.db.conn
    known = conn.execute("SELECT max(id) FROM companies").fetchone()[0]
    assert not bulk._worth_deferring(conn, bulk.DEFER_INDEXES_ROWS - 1)
    assert bulk._worth_deferring(conn, max(bulk.DEFER_INDEXES_ROWS, known))
    monkeypatch_free = bulk.DEFER_INDEXES_ROWS  # a database bigger than the file keeps its indexes
    conn.executemany(
        "INSERT INTO companies (name, normalized) VALUES (?, ?)",
        [(f"c{i}", f"c{i}") for i in range(monkeypatch_free)],
    )
    assert not bulk._worth_deferring(conn, monkeypatch_free)


def test_a_big_file_writes_the_same_rows_as_a_small_one(tmp_path, monkeypatch):
    path = write_deals(tmp_path / "d.csv", [*ROWS, ["Poolside", "Mistral AI", "7", "2025", "", "investment"]])
    tables = ("companies", "aliases", "investors", "stakes", "evidence")

    def imported(name: str) -> dict[str, list[tuple]]:
        with Store.open(tmp_path / name) as store:
            import_structured(store, path, skip_bad_rows=False, console=quiet())
            return {
                t: [tuple(r.values()) for r in store.db.query(f"SELECT * FROM {t} ORDER BY rowid")]
                for t in tables
            }

    small = imported("small.db")
    monkeypatch.setattr(bulk, "_worth_deferring", lambda conn, rows_hint: True)
    assert imported("big.db") == small


def test_ctrl_c_during_a_big_file_brings_back_indexes_and_triggers(sample_store, tmp_path, deferring):
    path = write_deals(tmp_path / "deals.csv", ROWS * 20)
    schema, before, generation_before = (
        schema_of(sample_store),
        sample_store.overview(),
        generation(sample_store),
    )

    def interrupted():
        for count, item in enumerate(structured.iter_deal_facts(path)):
            if count == 30:
                raise KeyboardInterrupt
            yield item

    deal_file = DealFile(path=path, header="", content_hash=file_hash(path), rows_hint=60)
    with pytest.raises(KeyboardInterrupt):
        sample_store.import_deal_file(
            deal_file,
            interrupted(),
            skip_bad_rows=False,
            is_error=lambda item: isinstance(item, structured.RowError),
        )
    assert deferring == [60]
    assert schema_of(sample_store) == schema
    assert (sample_store.overview(), generation(sample_store)) == (before, generation_before)


def test_the_garbage_collector_is_back_after_an_import_good_or_refused(fresh_store, tmp_path):
    import_structured(fresh_store, write_deals(tmp_path / "good.csv"), skip_bad_rows=False, console=quiet())
    assert gc.isenabled()
    bad = write_deals(tmp_path / "bad.csv", [*ROWS, ["Helsing", "X", "lots", "2024", "", "investment"]])
    with pytest.raises(InputError):
        import_structured(fresh_store, bad, skip_bad_rows=False, console=quiet())
    assert gc.isenabled()


def test_rows_of_one_round_one_investor_each_are_one_round_listing_them_all(fresh_store, tmp_path):
    path = tmp_path / "cb.csv"
    path.write_text(
        "company_name,investor_name,raised_amount_usd,funded_at,funding_round_type\n"
        "Hugging Face,Salesforce Ventures,235000000,2023-08-24,series_d\n"
        "Hugging Face,Google,235000000,2023-08-24,series_d\n"
        "Hugging Face,Lux Capital,100000000,2022-05-09,series_c\n",
        encoding="utf-8",
    )
    import_structured(fresh_store, path, skip_bad_rows=False, console=quiet())
    page = fresh_store.company(fresh_store.find_company("Hugging Face").id)
    assert page.investors == []  # no stake: a round's amount is not any one investor's
    rounds = sorted((r.date, r.round_type, r.amount, r.investors) for r in page.rounds)
    assert rounds == [
        ("2022-05-09", "series_c", 100e6, ["Lux Capital"]),
        # The knowledge file names the firm Salesforce, "Salesforce Ventures" its spelling (deal29b).
        ("2023-08-24", "series_d", 235e6, ["Salesforce", "Google"]),
    ]
    series_d = next(r for r in page.rounds if r.round_type == "series_d")
    assert len(series_d.evidence) == 2  # each row stays the round's evidence


@pytest.mark.parametrize(
    ("name", "text"), [("headeronly.csv", "company,investor,amount\n"), ("e.json", "[]\n")]
)
def test_a_deal_file_without_rows_is_refused_and_leaves_no_source(fresh_store, tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as error:
        import_structured(fresh_store, path, skip_bad_rows=False, console=quiet())
    assert str(error.value) == f"{path}: no rows; nothing was written"
    assert fresh_store.overview().sources == 0


# --- A deal file moved, then corrected -----------------------------------------------------------


def import_quietly(store: Store, path: Path, console: Console | None = None):
    return import_structured(store, path, skip_bad_rows=False, console=console or quiet())


def test_a_moved_and_corrected_file_replaces_the_earlier_version_and_says_where_it_was(fresh_store, tmp_path):
    (tmp_path / "downloads").mkdir()
    first = write_deals(tmp_path / "downloads" / "deals.csv")
    import_quietly(fresh_store, first)
    corrected = [*ROWS[:2], ["Poolside", "Nvidia", "550000000", "2024-10", "series B", "investment"]]
    (tmp_path / "work").mkdir()
    first.unlink()  # moved away, then corrected in its new place
    moved = write_deals(tmp_path / "work" / "deals.csv", corrected)
    console = quiet()
    report = import_quietly(fresh_store, moved, console)
    assert report.action == "replaced" and report.replaced_path == str(first.resolve())
    assert f"the version imported from {first.resolve()}" in console.file.getvalue().replace("\n", "")
    assert fresh_store.overview().sources == 1
    assert sorted(amount for _, _, amount, _, _ in stakes(fresh_store)) == [4e8, 5.5e8, 6e8]
    (source,) = fresh_store.sources()
    assert source.url == moved.resolve().as_uri()


def test_an_export_downloaded_again_with_more_rows_replaces_the_earlier_one(fresh_store, tmp_path):
    (tmp_path / "october").mkdir(), (tmp_path / "november").mkdir()
    import_quietly(fresh_store, write_deals(tmp_path / "october" / "export.csv", ROWS[:2]))
    (tmp_path / "october" / "export.csv").unlink()  # the download moved away, then downloaded again
    report = import_quietly(fresh_store, write_deals(tmp_path / "november" / "export.csv", ROWS))
    assert report.action == "replaced" and len(stakes(fresh_store)) == 3


def test_an_unrelated_file_with_the_same_name_and_columns_is_added_beside_it(fresh_store, tmp_path):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    import_quietly(fresh_store, write_deals(tmp_path / "a" / "deals.csv"))
    (tmp_path / "a" / "deals.csv").unlink()  # moved away
    other = [
        ["Helsing", "General Catalyst", "450000000", "2024-07", "series C", "investment"],
        ["Mistral AI", "Nvidia", "600000000", "2024-06-11", "series B", "investment"],
        ["Black Forest Labs", "a16z", "31000000", "2024-08", "seed", "investment"],
    ]
    report = import_quietly(fresh_store, write_deals(tmp_path / "b" / "deals.csv", other))
    assert report.action == "added" and report.replaced_path is None
    assert fresh_store.overview().sources == 2 and len(stakes(fresh_store)) == 6


def test_two_files_of_one_name_that_both_still_exist_are_two_data_sets_and_stay_so(fresh_store, tmp_path):
    (tmp_path / "2024").mkdir(), (tmp_path / "2025").mkdir()
    older, newer = (
        write_deals(tmp_path / "2024" / "deals.csv"),
        write_deals(tmp_path / "2025" / "deals.csv", ROWS[:2]),
    )
    actions = [import_quietly(fresh_store, path).action for path in (older, newer, older, newer)]
    assert actions == ["added", "added", "unchanged", "unchanged"] and fresh_store.overview().sources == 2


def test_a_file_with_another_name_is_never_taken_for_an_earlier_version(fresh_store, tmp_path):
    import_quietly(fresh_store, write_deals(tmp_path / "deals.csv"))
    report = import_quietly(fresh_store, write_deals(tmp_path / "deals-copy.csv", ROWS[:2]))
    assert report.action == "added" and fresh_store.overview().sources == 2


def test_a_moved_version_with_a_bad_row_leaves_the_earlier_version_untouched(fresh_store, tmp_path):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    import_quietly(fresh_store, write_deals(tmp_path / "a" / "deals.csv"))
    (tmp_path / "a" / "deals.csv").unlink()  # moved away
    before = stakes(fresh_store)
    broken = [*ROWS[:2], ["Poolside", "Nvidia", "lots", "2024-10", "series B", "investment"]]
    with pytest.raises(InputError):
        import_quietly(fresh_store, write_deals(tmp_path / "b" / "deals.csv", broken))
    assert stakes(fresh_store) == before
    (source,) = fresh_store.sources()
    assert source.url == (tmp_path / "a" / "deals.csv").resolve().as_uri()


def test_review_decisions_follow_a_moved_file_to_its_new_version(fresh_store, tmp_path):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    import_quietly(fresh_store, write_deals(tmp_path / "a" / "deals.csv"))
    (tmp_path / "a" / "deals.csv").unlink()  # moved away
    mistral = fresh_store.company(fresh_store.find_company("Mistral AI").id)
    (rejected,) = [stake for stake in mistral.investors if stake.amount == 4e8]
    fresh_store.review(rejected.ref, "rejected")
    corrected = [*ROWS[:2], ["Poolside", "Nvidia", "550000000", "2024-10", "series B", "investment"]]
    import_quietly(fresh_store, write_deals(tmp_path / "b" / "deals.csv", corrected))
    mistral = fresh_store.company(fresh_store.find_company("Mistral AI").id)
    assert [stake.amount for stake in mistral.investors] == [6e8]


@pytest.mark.parametrize(("shared", "replaced"), [(1, False), (2, True), (4, True)])
def test_an_earlier_version_needs_half_of_its_sampled_rows_in_the_new_file(shared, replaced):
    earlier = bulk.EarlierVersion(7, "file:///old/deals.csv", frozenset(["a", "b", "c", "d"]))
    texts = ["a", "b", "c", "d"][:shared] + ["x", "y"]
    assert (bulk.superseded([earlier], iter(texts)) is earlier) is replaced
    assert earlier.path == "/old/deals.csv"


def test_a_moved_version_that_is_not_valid_text_past_its_start_is_one_error_and_writes_nothing(
    fresh_store, tmp_path
):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    import_quietly(fresh_store, write_deals(tmp_path / "a" / "deals.csv"))
    (tmp_path / "a" / "deals.csv").unlink()  # moved away
    moved = write_deals(tmp_path / "b" / "deals.csv", ROWS * 2000)  # well past the sniffed 64 KB
    moved.write_bytes(moved.read_bytes() + b"Bad\xff\xfeName,Nvidia,1,2024,seed,investment\n")
    with pytest.raises(InputError, match="invalid utf-8 text after the first 64 KB"):
        import_quietly(fresh_store, moved)
    (source,) = fresh_store.sources()
    assert source.url == (tmp_path / "a" / "deals.csv").resolve().as_uri() and len(stakes(fresh_store)) == 3


def test_each_round_shows_the_valuation_its_own_source_stated(fresh_store, tmp_path):
    header = ["company", "investor", "amount", "date", "round_type", "valuation"]
    import_quietly(
        fresh_store,
        write_deals(
            tmp_path / "a.csv", [["Brisa AI", "Vantor", "5000000", "2024-02", "seed", "20000000"]], header
        ),
    )
    import_quietly(
        fresh_store,
        write_deals(
            tmp_path / "b.csv", [["Brisa AI", "Nuvola", "6000000", "2024-02", "seed", "25000000"]], header
        ),
    )
    page = fresh_store.company(fresh_store.find_company("Brisa AI").id)
    shown = sorted((r.investors[0], r.post_money_valuation) for r in page.rounds)
    assert shown == [("Nuvola", 25e6), ("Vantor", 20e6)]


def test_the_summary_naming_the_replaced_version_is_one_line_however_long_its_path(fresh_store, tmp_path):
    deep = tmp_path / ("a-long-folder-name-" * 6)
    deep.mkdir()
    import_quietly(fresh_store, write_deals(deep / "deals.csv"))
    (deep / "deals.csv").unlink()
    (tmp_path / "b").mkdir()
    console = Console(file=io.StringIO(), width=80)
    import_quietly(fresh_store, write_deals(tmp_path / "b" / "deals.csv", ROWS[:2]), console)
    (line,) = [
        line for line in console.file.getvalue().splitlines() if "replaced:" in line or "version" in line
    ]
    assert line.startswith("replaced: deals.csv") and line.endswith(f"{(deep / 'deals.csv').resolve()})")


def test_a_corrected_row_keeps_its_decision_unless_its_figure_changed(fresh_store, tmp_path):
    deals = write_deals(tmp_path / "deals.csv")
    import_quietly(fresh_store, deals)
    mistral = fresh_store.company(fresh_store.find_company("Mistral AI").id)
    (nvidia,) = [stake for stake in mistral.investors if stake.amount == 6e8]
    fresh_store.review(nvidia.ref, "rejected")
    (poolside,) = fresh_store.company(fresh_store.find_company("Poolside").id).investors
    fresh_store.review(poolside.ref, "confirmed")
    corrected = [
        ["Mistral AI", "Nvidia", "600000000", "2024-06-11", "Series B (lead)", "investment"],  # reworded
        ROWS[1],
        ["Poolside", "Nvidia", "550000000", "2024-10", "series B", "investment"],  # another figure
    ]
    report = import_quietly(fresh_store, write_deals(deals, corrected))
    assert report.action == "replaced" and report.decisions_dropped == 1
    mistral = fresh_store.company(fresh_store.find_company("Mistral AI").id)
    assert [stake.amount for stake in mistral.investors] == [4e8]  # the rejection followed its row
    (poolside,) = fresh_store.company(fresh_store.find_company("Poolside").id).investors
    assert poolside.review_status == "extracted"


def test_a_corrected_file_without_a_reviewed_row_says_its_decision_is_dropped_not_to_review_again(
    fresh_store, tmp_path
):
    deals = write_deals(tmp_path / "deals.csv")
    import_quietly(fresh_store, deals)
    (poolside,) = fresh_store.company(fresh_store.find_company("Poolside").id).investors
    fresh_store.review(poolside.ref, "rejected")
    console = quiet()
    report = import_quietly(fresh_store, write_deals(deals, ROWS[:2]), console)
    assert (report.action, report.decisions_dropped, report.decisions_gone) == ("replaced", 1, 1)
    out = console.file.getvalue()
    assert (
        "1 review decision could not be carried over: its fact is no longer in the new version "
        "(decision dropped)" in out
    )
    assert "review it again" not in out


def test_a_corrected_file_that_changes_one_reviewed_row_and_drops_another_says_each(fresh_store, tmp_path):
    deals = write_deals(tmp_path / "deals.csv")
    import_quietly(fresh_store, deals)
    for name in ("Poolside", "Mistral AI"):
        for stake in fresh_store.company(fresh_store.find_company(name).id).investors:
            fresh_store.review(stake.ref, "confirmed")
    corrected = [["Mistral AI", "Nvidia", "650000000", "2024-06-11", "series B", "investment"], ROWS[1]]
    console = quiet()
    report = import_quietly(fresh_store, write_deals(deals, corrected), console)
    assert (report.decisions_dropped, report.decisions_gone) == (2, 1)
    assert (
        "2 review decisions could not be carried over: 1 fact changed (review it again with r); "
        "1 fact is no longer in the new version (decision dropped)" in console.file.getvalue()
    )


def test_a_spelling_a_deal_file_takes_for_a_known_company_becomes_its_alias_once(fresh_store, tmp_path):
    first = [
        ["Poolside", "Arle", "1000000", "2024-06", "", "investment"],
        ["Mistral AI", "Arle Holdings", "2000000", "2024-07", "", "investment"],
        ["Runway", "Arle Holdings", "3000000", "2024-08", "", "investment"],
        ["Runway", "Arle", "3000000", "2024-09", "", "investment"],
    ]
    import_structured(
        fresh_store, write_deals(tmp_path / "a.csv", first), skip_bad_rows=False, console=quiet()
    )
    added = additions(fresh_store)
    # A second file, into a database that knows both spellings already, and a third spelling.
    second = [
        ["Poolside", "Arle Holdings", "4000000", "2025-06", "", "investment"],
        ["Poolside", "Arle Holdings AG", "5000000", "2025-07", "", "investment"],
        ["Cohere", "Arle", "6000000", "2025-08", "", "investment"],
    ]
    import_structured(
        fresh_store, write_deals(tmp_path / "b.csv", second), skip_bad_rows=False, console=quiet()
    )
    assert "Arle Holdings" not in company_names(fresh_store)
    aliases = [
        row[0]
        for row in fresh_store.db.execute(
            "SELECT alias FROM aliases WHERE company_id = (SELECT id FROM companies WHERE name = 'Arle') ORDER BY id"
        )
    ]
    assert aliases == ["Arle", "Arle Holdings", "Arle Holdings AG"]
    assert additions(fresh_store) > added
    best = fresh_store.search("Arle Holdings")[0]
    assert (best.name, best.matched, best.score) == ("Arle", "Arle Holdings", 100.0)


# Control characters, terminal escape sequences and invisible characters, among letters (Latin,
# Devanagari, emoji) and the spaces a name has.
WITH_CONTROLS = st.lists(
    st.sampled_from(["a", "B", "é", " ", "1", "\x1b[31m", "\x1b[0m", "\x1b", "[", "\x07", "\x00",
                     "\x1f", "\x85", "\x9b", "\t", "\n", "\x7f", "Corp", "\x1b]0;", "]", "\x1b\\",
                     "\x9c", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u202e",
                     "\u2067", "\u00ad", "क", "्", "👩"]),
    max_size=12,
).map("".join)  # fmt: skip


@given(WITH_CONTROLS)
def test_fast_normalisation_agrees_with_normalize_name_on_control_characters(name):
    assert normalized(name) == normalize_name(name)


def test_a_name_with_control_characters_normalises_as_without_them():
    assert normalized("Evil\x1b[31mCorp\x07") == normalize_name("Evil\x1b[31mCorp") == "evilcorp"


def test_control_characters_in_a_deal_files_names_are_dropped_as_an_article_drops_them(fresh_store, tmp_path):
    """`Evil\\x1b[31mCorp` made a company apart from an article's `EvilCorp` (and `search evilcorp` did
    not find it), while `Bell\\x07 Capital` joined Bell Capital: the two names now read as articles
    read them, the control characters and escape sequence dropped."""
    article = "EvilCorp, a Paris-based AI start-up, raised $8 million in a seed round led by Bell Capital."
    fresh_store.import_source(parse_article(article, title="Seed", published="2025-06-01", language="en"))
    path = tmp_path / "deals.csv"
    path.write_text(
        "company,investor,amount,currency,date\nEvil\x1b[31mCorp,Bell\x07 Capital,3000000,USD,2025-03-01\n",
        encoding="utf-8",
    )
    import_structured(fresh_store, path, skip_bad_rows=False, console=quiet())
    assert stakes(fresh_store) == [("EvilCorp", "Bell Capital", 3e6, "USD", "2025-03-01")]
    assert fresh_store.overview().companies == 2
    assert [hit.name for hit in fresh_store.search("evilcorp")][:1] == ["EvilCorp"]


def test_a_deal_files_name_with_an_invisible_character_is_the_articles_company(fresh_store, tmp_path):
    """`Evil\\u200bCorp` (a zero-width space) made a second company, shown exactly as `EvilCorp`; and
    `Evil\\x1b]0;pwned\\x07Corp` a company `Evil]0;pwnedCorp`: both are now the article's EvilCorp."""
    article = "EvilCorp, a Paris-based AI start-up, raised $8 million in a seed round led by Bell Capital."
    fresh_store.import_source(parse_article(article, title="Seed", published="2025-06-01", language="en"))
    path = tmp_path / "deals.csv"
    path.write_text(
        "company,investor,amount,currency,date\n"
        "Evil\u200bCorp,Bell\u2060 Capital,3000000,USD,2025-03-01\n"
        "Evil\x1b]0;pwned\x07Corp,Bell Capital,4000000,USD,2025-04-01\n",
        encoding="utf-8",
    )
    import_structured(fresh_store, path, skip_bad_rows=False, console=quiet())
    assert stakes(fresh_store) == [
        ("EvilCorp", "Bell Capital", 3e6, "USD", "2025-03-01"),
        ("EvilCorp", "Bell Capital", 4e6, "USD", "2025-04-01"),
    ]
    assert sorted(row["name"] for row in fresh_store.db.query("SELECT name FROM companies")) == [
        "Bell Capital",
        "EvilCorp",
    ]
