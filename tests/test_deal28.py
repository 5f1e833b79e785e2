"""Session 28's deal28: a deal file's short forms of a known fund ("LSVP", "Accel Partners", "Andreessen")
join it where they can name no other firm, and `export --company/--investor` resolves another spelling
of a company to the company it names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run, run_ok  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.store import Store, bulk
from ai_deals.store.known_names import knowledge_names

FUNDS = (
    "company,investors,round_type,amount,currency,date\n"
    "Helix Robotics,Andreessen Horowitz; Lightspeed Venture Partners,Series A,25000000,USD,2025-03-14\n"
    "Noctua Labs,Accel; Index Ventures,Seed,6000000,USD,2025-06-02\n"
)
SHORT = (
    "company,investors,round_type,amount,currency,date\n"
    "Orchid Sensing,Andreessen; LSVP,Seed,5000000,USD,2026-03-01\n"
    "Pylon Data,Accel Partners; Index,Series A,20000000,USD,2026-04-01\n"
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(capsys, db: Path, path: Path, *options: str) -> str:
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(path), *options)
    assert code == 0, err
    return out


def _names(db: Path) -> set[str]:
    with Store(db, readonly=True) as store:
        return {row[0] for row in store.db.execute("SELECT name FROM companies")}


def _round_investors(capsys, db: Path, company: str) -> list[str]:
    [round_] = json.loads(run_ok(capsys, db, "show", company, "--json"))["rounds"]
    return sorted(round_["investors"])


def _funds_then(capsys, tmp_path: Path, text: str, *options: str) -> tuple[Path, str]:
    db = tmp_path / "x.db"
    _import(capsys, db, _write(tmp_path, "funds.csv", FUNDS))
    return db, _import(capsys, db, _write(tmp_path, "short.csv", text), *options)


# -- #1 short forms of a known fund --------------------------------------------------------------------------------


def test_an_abbreviation_a_former_name_and_a_first_word_join_the_funds_already_here(capsys, tmp_path):
    db, _ = _funds_then(capsys, tmp_path, SHORT)
    assert not {"Andreessen", "LSVP", "Accel Partners"} & _names(db)
    assert _round_investors(capsys, db, "Orchid Sensing") == [
        "Andreessen Horowitz",
        "Lightspeed Venture Partners",
    ]
    assert _round_investors(capsys, db, "Pylon Data")[0] == "Accel"


@pytest.mark.parametrize("lazily", [True, False], ids=["names-read-on-demand", "names-read-up-front"])
def test_a_first_word_joins_its_fund_whichever_way_the_import_reads_the_databases_names(
    capsys, tmp_path, monkeypatch, lazily
):
    db = tmp_path / "x.db"
    _import(capsys, db, _write(tmp_path, "funds.csv", FUNDS))
    monkeypatch.setattr(bulk, "resolves_lazily", lambda conn, hint: lazily)
    _import(capsys, db, _write(tmp_path, "short.csv", SHORT))
    assert "Andreessen" not in _names(db)


def test_a_common_word_is_no_funds_short_form(capsys, tmp_path):
    """ "Index" may be Index Ventures, or any other firm of that word: the dry run names it new instead."""
    db, out = _funds_then(capsys, tmp_path, SHORT, "--dry-run")
    assert "  new investor: Index\n" in out
    db, _ = _funds_then(capsys, tmp_path, SHORT)
    assert {"Index", "Index Ventures"} <= _names(db)


def test_phoenix_does_not_join_the_phoenix(capsys, tmp_path):
    db = tmp_path / "x.db"
    _import(
        capsys,
        db,
        _write(
            tmp_path,
            "p.csv",
            "company,investors,amount,currency,date\nMenora,The Phoenix,9000000,USD,2025-01-01\n",
        ),
    )
    _import(
        capsys,
        db,
        _write(
            tmp_path,
            "q.csv",
            "company,investors,amount,currency,date\nKelim,Phoenix,3000000,USD,2025-02-01\n",
        ),
    )
    assert {"Phoenix", "The Phoenix"} <= _names(db)


def test_a_first_word_another_company_here_starts_with_too_stays_its_own_name(capsys, tmp_path):
    """ "Andreessen" could be Andreessen Capital as well as Andreessen Horowitz: neither is joined."""
    db = tmp_path / "x.db"
    other = FUNDS + "Vela Bio,Andreessen Capital,Seed,1000000,USD,2025-07-01\n"
    _import(capsys, db, _write(tmp_path, "funds.csv", other))
    out = _import(capsys, db, _write(tmp_path, "short.csv", SHORT))
    assert "Andreessen" in _names(db)
    assert "'Andreessen' read as" not in out


def test_a_first_word_the_same_file_gave_another_company_stays_its_own_name(capsys, tmp_path):
    """The other company is still queued (not yet written) when the word is met."""
    db = tmp_path / "x.db"
    _import(capsys, db, _write(tmp_path, "funds.csv", FUNDS))
    text = SHORT.replace(
        "Orchid Sensing,", "Vela Bio,Andreessen Capital,Seed,1000000,USD,2025-07-01\nOrchid Sensing,"
    )
    _import(capsys, db, _write(tmp_path, "short.csv", text))
    assert {"Andreessen", "Andreessen Capital", "Andreessen Horowitz"} <= _names(db)


def test_a_company_column_never_joins_a_funds_short_form(capsys, tmp_path):
    db, _ = _funds_then(
        capsys,
        tmp_path,
        "company,investors,amount,currency,date\nAndreessen,Kima Ventures,1000000,USD,2025-01-01\n",
    )
    assert "Andreessen" in _names(db)


def test_a_first_word_alone_makes_the_fund_under_its_known_name(capsys, tmp_path):
    """As "Sequoia" makes Sequoia Capital: a later file's full name then joins it, in either order."""
    db = tmp_path / "x.db"
    _import(capsys, db, _write(tmp_path, "short.csv", SHORT))
    _import(capsys, db, _write(tmp_path, "funds.csv", FUNDS))
    names = _names(db)
    assert "Andreessen" not in names and "LSVP" not in names and "Andreessen Horowitz" in names
    with Store(db, readonly=True) as store:
        found = store.find_company("Andreessen", exact=True)
        assert found is not None and found.name == "Andreessen Horowitz"


def test_the_dry_run_and_the_import_say_what_each_short_form_was_read_as(capsys, tmp_path):
    _, out = _funds_then(capsys, tmp_path, SHORT, "--dry-run")
    assert "  investor 'LSVP' read as Lightspeed Venture Partners (known as LSVP)\n" in out
    assert "  investor 'Accel Partners' read as Accel (known as Accel Partners)\n" in out
    assert "  investor 'Andreessen' read as Andreessen Horowitz (the first word of its name)\n" in out
    assert "new investor: Index\n" in out and "LSVP" not in out.split("new investor")[1]
    (tmp_path / "imported").mkdir()
    _, out = _funds_then(capsys, tmp_path / "imported", SHORT)
    assert out.count(" read as ") == 3


def test_a_json_import_lists_the_cells_read_as_a_known_company(capsys, tmp_path):
    _, out = _funds_then(capsys, tmp_path, SHORT, "--json")
    [entry] = json.loads(out)["imported"]
    assert {
        "cell": "LSVP",
        "read_as": "Lightspeed Venture Partners",
        "short_form": False,
        "known_as": "LSVP",
    } in entry["investors_read_as"]


def test_the_short_forms_the_knowledge_file_allows_are_these_few():
    """A new fund in the knowledge file adds its first word only when it is safe: this list is reviewed."""
    short = {word: known.name for word, known in knowledge_names().items() if known.short_form}
    assert short == {
        "Andreessen": "Andreessen Horowitz",
        "Baillie": "Baillie Gifford",
        "Kleiner": "Kleiner Perkins",
    }  # not "Smilegate" (mend28a): "Smilegate Investment" is "Smilegate" and a word any fund's name has


# -- #2 export's --company and --investor: another spelling names the company it is -------------------------------


def _export(capsys, db: Path, *options: str) -> tuple[list[dict], str]:
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "json", *options)
    assert code == 0, err
    return json.loads(out)["records"], err


def _round_counterparts(records: list[dict]) -> list[str]:
    return sorted(record["counterpart"] for record in records if record["record_type"] == "round")


def test_export_investor_of_an_alias_exports_the_companys_records_and_says_which(capsys, tmp_path):
    db = tmp_path / "x.db"
    _import(capsys, db, _write(tmp_path, "funds.csv", FUNDS))
    _import(
        capsys,
        db,
        _write(tmp_path, "b.csv", FUNDS.replace("Andreessen Horowitz", "a16z").replace("2025", "2024")),
    )
    records, err = _export(capsys, db, "--investor", "a16z")
    assert err == 'ai-deals: "a16z" → Andreessen Horowitz\n'
    assert records == _export(capsys, db, "--investor", "Andreessen Horowitz")[0]
    assert len([r for r in records if r["record_type"] == "round"]) == 2


def test_export_by_a_companys_own_name_says_nothing_on_standard_error(capsys, tmp_path):
    db = tmp_path / "x.db"
    _import(capsys, db, _write(tmp_path, "funds.csv", FUNDS))
    assert _export(capsys, db, "--investor", "andreessen horowitz")[1] == ""
    assert _export(capsys, db, "--company", "Helix Robotics")[1] == ""


def test_export_investor_of_a_spelling_listed_as_another_investor_exports_that_investors(capsys, tmp_path):
    from test_fixF26 import quill_spelt_twice

    db = quill_spelt_twice(capsys, tmp_path)
    records, err = _export(capsys, db, "--investor", "Quill Capital")
    assert err == 'ai-deals: "Quill Capital" is listed as Quill Capital Partners\n'  # the line `show` writes
    assert records == _export(capsys, db, "--investor", "Quill Capital Partners")[0]
    assert _round_counterparts(records) == ["Quill Capital Partners"]


def test_export_company_of_a_spelling_listed_as_another_investor_exports_that_investors(capsys, tmp_path):
    from test_fixF26 import quill_spelt_twice

    db = quill_spelt_twice(capsys, tmp_path)
    records, err = _export(capsys, db, "--company", "Quill Capital")
    assert err == 'ai-deals: "Quill Capital" is listed as Quill Capital Partners\n'
    assert records == _export(capsys, db, "--company", "Quill Capital Partners")[0]


def test_export_of_a_name_several_companies_could_be_is_refused_with_the_candidates(capsys, tmp_path):
    from test_fixF26 import quill_spelt_twice

    db = quill_spelt_twice(capsys, tmp_path)
    for option in ("--investor", "--company"):
        code, out, err = run(capsys, "--db", str(db), "export", option, "Quill")
        assert (code, out) == (1, "")
        assert "no company or investor matches 'Quill' (several could be meant: " in err
        assert "'Quill Ventures'" in err and err.count("\n") == 1
