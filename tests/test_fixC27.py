"""Co-investors (qa50 #5): which funds invest beside a fund, most shared rounds first, in the store and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import import_files, run

from ai_deals.store import Store
from ai_deals.store.coinvestors import co_investors, round_deals

HEADER = "Company Name,Deal Date,Funding Stage,Deal Size (M),Deal Currency,All Investors,Lead Investor(s)\n"
VENDOR_A = HEADER + (
    "Helix Robotics,2025-03-14,Series A,25,USD,Andreessen Horowitz; Sequoia Capital; Index Ventures,Andreessen Horowitz\n"
    "Helix Robotics,2026-01-20,Series B,90,USD,Andreessen Horowitz; Sequoia Capital; Lightspeed Venture Partners,Sequoia Capital\n"
    "Tessera AI,2025-04-01,Series C,200,USD,Thrive Capital; Sequoia Capital; Andreessen Horowitz,Thrive Capital\n"
    "Noctua Labs,2025-06-02,Seed,6.5,USD,Andreessen Horowitz; Y Combinator,Andreessen Horowitz\n"
    "Orbit Tutor,2025-01-15,Seed,5,USD,Kima Ventures; Y Combinator,Kima Ventures\n"
)
# A second vendor telling two of the same raises: each is still one round shared, not two.
VENDOR_B = HEADER + (
    "Helix Robotics,2025-03-14,Series A,25,USD,Andreessen Horowitz; Sequoia Capital; Index Ventures,Andreessen Horowitz\n"
    "Tessera AI,2025-04-01,Series C,200,USD,Thrive Capital; Sequoia Capital; Andreessen Horowitz,Thrive Capital\n"
)


def vendor_db(capsys, tmp_path: Path) -> Path:
    return import_files(capsys, tmp_path, ("vendor_a.csv", VENDOR_A), ("vendor_b.csv", VENDOR_B))


def by_name(store: Store, name: str, **dates):
    company_id = store.company_named(name)
    return {co.name: co for co in store.co_investors(company_id, **dates)}


def test_co_investors_are_ranked_by_rounds_shared_with_each_raise_counted_once(capsys, tmp_path: Path):
    with Store.open(vendor_db(capsys, tmp_path)) as store:
        found = store.co_investors(store.company_named("Andreessen Horowitz"))
    assert [(co.name, co.rounds) for co in found] == [
        ("Sequoia Capital", 3),  # Helix A (two vendors: one raise), Helix B, Tessera C (two vendors)
        ("Lightspeed Venture Partners", 1),
        ("Y Combinator", 1),
        ("Thrive Capital", 1),
        ("Index Ventures", 1),
    ]  # ties: the latest shared round first (Helix B 2026-01, Noctua 2025-06, Tessera 2025-04, Helix A)


def test_a_co_investor_says_when_how_often_it_led_and_with_which_companies(capsys, tmp_path: Path):
    with Store.open(vendor_db(capsys, tmp_path)) as store:
        sequoia = by_name(store, "Andreessen Horowitz")["Sequoia Capital"]
    assert (sequoia.first, sequoia.last, sequoia.led) == ("2025-03-14", "2026-01-20", 1)
    assert sequoia.companies == ["Helix Robotics", "Tessera AI"]  # the latest first, each once
    refs = {(ref.record_type, ref.record_id) for ref in sequoia.refs}
    assert len(refs) == 5  # every source's record of the three rounds: what selecting the row takes


def test_the_investor_is_never_its_own_co_investor_and_unrelated_funds_are_absent(capsys, tmp_path: Path):
    with Store.open(vendor_db(capsys, tmp_path)) as store:
        found = by_name(store, "Andreessen Horowitz")
    assert "Andreessen Horowitz" not in found
    assert "Kima Ventures" not in found  # Y Combinator's other round, not a16z's


def test_co_investors_keep_only_rounds_within_the_dates_given(capsys, tmp_path: Path):
    with Store.open(vendor_db(capsys, tmp_path)) as store:
        found = by_name(store, "Andreessen Horowitz", date_from="2025-04", date_to="2025")
    assert {name: co.rounds for name, co in found.items()} == {
        "Sequoia Capital": 1,
        "Thrive Capital": 1,
        "Y Combinator": 1,
    }


def test_a_round_in_talks_makes_no_co_investor(capsys, tmp_path: Path):
    talks = HEADER.replace("\n", ",Status\n") + (
        "Pelican AI,2026-04-15,Series A,60,EUR,Andreessen Horowitz; Eclair Ventures,,in_talks\n"
    )
    db = import_files(capsys, tmp_path, ("talks.csv", talks))
    with Store.open(db) as store:
        assert store.co_investors(store.company_named("Andreessen Horowitz")) == []


def test_a_source_s_other_spelling_of_an_investor_counts_as_the_investor_it_is_listed_as():
    from ai_deals.store.models import Round

    # "Quill Capital" (id 3), one source's spelling of "Quill Capital Partners" (id 2) in one raise.
    round_ = Round(
        id=1,
        company_id=9,
        company="Helix Robotics",
        date="2025-03-14",
        investors=["Andreessen Horowitz", "Quill Capital Partners", "Quill Capital"],
        investor_company_ids=[1, 2, 3],
        lead_investors=["Quill Capital"],
    )
    round_.spellings_shown = {3: 2}
    [quill] = co_investors(round_deals([round_], 1))
    assert (quill.company_id, quill.name, quill.rounds, quill.led) == (2, "Quill Capital Partners", 1, 1)
    # Never its own co-investor: from Quill Capital Partners' side, only a16z.
    assert [co.name for co in co_investors(round_deals([round_], 2))] == ["Andreessen Horowitz"]


STAKES = """company,investor,kind,amount,currency,date,round_type
Kakawald,Lyor Bank,investment,10000000,USD,2024-02-01,series_a
Kakawald,Blue Fund,investment,5000000,USD,2024-02-01,Series A
Kakawald,Lyor Bank,investment,20000000,USD,2025-03-01,series_b
Kakawald,Green VC,investment,1000000,USD,2024-02-01,seed
Other AI,Blue Fund,investment,3000000,USD,2024-05-01,seed
Other AI,Green VC,investment,3000000,USD,2024-05-01,seed
Other AI,Lyor Bank,investment,9000000,USD,2024-05-01,Stake sale
"""


def test_stakes_in_no_round_taken_the_same_day_and_stage_are_one_deal(capsys, tmp_path: Path):
    # A deal file of one row per investment (as Crunchbase's): no round rows, so no round investors.
    db = import_files(capsys, tmp_path, ("investments.csv", STAKES))
    with Store.open(db) as store:
        found = {co.name: co for co in store.co_investors(store.company_named("Blue Fund"))}
        # Lyor Bank's Series A beside Blue Fund's ("series_a" and "Series A" alike); Green VC's seed in
        # Kakawald that day is another stage; its sale in Other AI is no investment made beside it.
        # One deal each, a stake deal, never a round (qhfixD28: it was counted as `rounds`).
        assert {name: (co.deals, co.rounds, co.stake_deals, co.companies) for name, co in found.items()} == {
            "Lyor Bank": (1, 0, 1, ["Kakawald"]),
            "Green VC": (1, 0, 1, ["Other AI"]),
        }
        assert len(found["Lyor Bank"].refs) == 2  # both stakes: selecting the line takes the deal


def test_coinvestors_command_prints_a_table_and_resolves_a_misspelt_name(capsys, tmp_path: Path):
    db = vendor_db(capsys, tmp_path)
    code, out, err = run(capsys, "--db", str(db), "coinvestors", "andreesen horowitz", "--limit", "2")
    assert code == 0
    assert '"andreesen horowitz" → Andreessen Horowitz' in err
    assert "Co-investors of Andreessen Horowitz (2)" in out
    assert "Sequoia Capital" in out and "Helix Robotics, Tessera AI" in out
    assert "Y Combinator" not in out  # past --limit 2


def test_coinvestors_json_lists_each_co_investor(capsys, tmp_path: Path):
    db = vendor_db(capsys, tmp_path)
    code, out, _ = run(capsys, "--db", str(db), "coinvestors", "Sequoia Capital", "--json")
    data = json.loads(out)
    assert code == 0 and data["investor"] == "Sequoia Capital"
    first = data["co_investors"][0]
    assert (first["name"], first["rounds"], first["led"]) == ("Andreessen Horowitz", 3, 1)


def test_coinvestors_refuses_a_bad_date_in_one_line(capsys, tmp_path: Path):
    db = vendor_db(capsys, tmp_path)
    code, _, err = run(capsys, "--db", str(db), "coinvestors", "Sequoia Capital", "--from", "2025-13")
    assert code != 0
    assert err.strip().count("\n") == 0 and "--from" in err and "Traceback" not in err


def test_coinvestors_of_a_fund_sharing_no_round_says_so(capsys, tmp_path: Path):
    db = import_files(capsys, tmp_path, ("one.csv", HEADER + "Solo AI,2025-01-01,Seed,1,USD,Lone Fund,\n"))
    code, out, err = run(capsys, "--db", str(db), "coinvestors", "Lone Fund")
    assert code == 0 and out == ""
    assert "Lone Fund shares no round with another investor" in err


def test_show_lists_an_investor_s_co_investors(capsys, tmp_path: Path):
    db = vendor_db(capsys, tmp_path)
    code, out, _ = run(capsys, "--db", str(db), "show", "Kima Ventures")
    assert code == 0
    section = out[out.index("Co-investors") :]
    assert "Y Combinator" in section and "Orbit Tutor" in section
