"""One investor named twice in one round, by its full name and a bare short form of it, is one investor.

A deal file (or two sources of one raise) giving "Fennimore" and "Fennimore Investments", "Calloway"
and "Calloway Management" (firms the knowledge file does not know: it names those it knows itself) as
leads of one Series D: the page lists each once, lead if either was, counts it once, and the short
name becomes an alias of the full one so the next import joins it. A short name fitting two full
names of the round ("Kestrel" beside Kestrel Photonics and Kestrel Analytics)
stays apart; and firms sharing a first word in different rounds stay two.
"""

from __future__ import annotations

from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import Store
from ai_deals.store.names import short_form_owners

DEALS = (
    "company,investors,lead_investors,round_type,raised_amount,currency,date,source_url\n"
    'Nimbus Grid,"Fennimore Investments, Calloway Management, Sequoia Capital","Fennimore, Calloway",'
    "Series D,200000000,USD,2025-04-01,https://x.example/nimbus\n"
)


def _round(company: str, investors: list[str], leads: list[str], title: str, **extra) -> ParsedSource:
    text = f"{company} raised $200 million in a Series D."
    fact = Fact(
        kind="round",
        company=company,
        round_type="Series D",
        amount=200e6,
        currency="USD",
        date="2025-04-01",
        date_precision="day",
        investors=investors,
        lead_investors=leads,
        sentence=text,
        start=0,
        end=len(text),
        **extra,
    )
    return ParsedSource(title=title, text=text, published="2025-04-01", facts=[fact])


def _names(store: Store) -> list[str]:
    return [row[0] for row in store.db.execute("SELECT name FROM companies ORDER BY id")]


def test_a_bare_short_name_of_exactly_one_other_investor_of_the_round_is_that_investor():
    names = ["Fennimore", "Calloway", "Fennimore Investments", "Calloway Management", "Sequoia Capital"]
    assert short_form_owners(names) == {
        "Fennimore": "Fennimore Investments",
        "Calloway": "Calloway Management",
    }
    assert short_form_owners(["Kestrel", "Kestrel Photonics", "Kestrel Analytics"]) == {}
    assert short_form_owners(["Kestrel Photonics", "Kestrel Analytics"]) == {}


def test_a_deal_file_round_naming_an_investor_twice_lists_it_once_as_lead_and_shows_the_short_name_as_alias(
    capsys, tmp_path
):
    db, deals = tmp_path / "n.db", tmp_path / "n.csv"
    deals.write_text(DEALS, encoding="utf-8")
    assert run(capsys, "--db", str(db), "--empty", "import", str(deals))[0] == 0
    with Store(db, readonly=True) as store:
        assert _names(store) == [
            "Nimbus Grid",
            "Fennimore Investments",
            "Calloway Management",
            "Sequoia Capital",
        ]
        page = store.company(store.find_company("Nimbus Grid", exact=True).id)
    [round_] = page.rounds
    assert round_.investors == ["Fennimore Investments", "Calloway Management", "Sequoia Capital"]
    assert round_.lead_investors == ["Fennimore Investments", "Calloway Management"]
    assert page.investor_count == 3
    code, out, err = run(capsys, "--db", str(db), "show", "Calloway")
    assert (code, err) == (0, "")
    assert out.startswith("Calloway Management\nalso known as: Calloway\n")
    code, out, _ = run(capsys, "--db", str(db), "show", "Nimbus Grid", "--json")
    assert '"Calloway",' not in out and '"Fennimore",' not in out


def test_the_next_import_of_the_short_name_joins_the_full_one(fresh_store):
    fresh_store.import_source(
        _round("Nimbus Grid", ["Fennimore Investments", "Sequoia Capital"], ["Fennimore"], "a")
    )
    fresh_store.import_source(_round("Quillon Systems", ["Fennimore"], ["Fennimore"], "b"))
    assert "Fennimore" not in _names(fresh_store)
    page = fresh_store.company(fresh_store.find_company("Quillon Systems", exact=True).id)
    assert page.rounds[0].investors == ["Fennimore Investments"]


def test_two_sources_of_one_raise_naming_an_investor_two_ways_show_it_once(fresh_store):
    """Written before the rule (or by two sources, each naming it one way): the page folds them."""
    fresh_store.import_source(
        _round("Nimbus Grid", ["Sequoia Capital"], ["Fennimore", "Calloway"], "deal file")
    )
    fresh_store.import_source(
        _round("Nimbus Grid", [], ["Fennimore Investments", "Calloway Management"], "article")
    )
    assert {"Fennimore", "Fennimore Investments"} <= set(_names(fresh_store))  # two companies still
    page = fresh_store.company(fresh_store.find_company("Nimbus Grid", exact=True).id)
    [round_] = page.rounds
    assert sorted(round_.investors) == ["Calloway Management", "Fennimore Investments", "Sequoia Capital"]
    assert sorted(round_.lead_investors) == ["Calloway Management", "Fennimore Investments"]
    assert page.investor_count == 3


def test_a_short_name_fitting_two_full_names_of_the_round_stays_apart(fresh_store):
    investors = ["Kestrel", "Kestrel Photonics", "Kestrel Analytics"]
    fresh_store.import_source(_round("Nimbus Grid", investors, ["Kestrel"], "a"))
    assert {"Kestrel", "Kestrel Photonics", "Kestrel Analytics"} <= set(_names(fresh_store))
    page = fresh_store.company(fresh_store.find_company("Nimbus Grid", exact=True).id)
    assert page.rounds[0].investors == investors and page.rounds[0].lead_investors == ["Kestrel"]


def test_firms_sharing_a_first_word_in_different_rounds_stay_two(fresh_store):
    fresh_store.import_source(_round("Nimbus Grid", ["Kestrel", "Kestrel Photonics"], ["Kestrel"], "a"))
    fresh_store.import_source(_round("Quillon Systems", ["Kestrel Analytics"], [], "b"))
    names = _names(fresh_store)
    assert "Kestrel Photonics" in names and "Kestrel Analytics" in names
    photonics = fresh_store.find_company("Kestrel Photonics", exact=True)
    analytics = fresh_store.find_company("Kestrel Analytics", exact=True)
    assert photonics.id != analytics.id and "Kestrel" in photonics.aliases
    quillon = fresh_store.company(fresh_store.find_company("Quillon Systems", exact=True).id)
    assert quillon.rounds[0].investors == ["Kestrel Analytics"]


def test_a_stake_under_the_short_name_folds_into_the_full_names_in_the_companys_investor_list(fresh_store):
    def stake(investor: str) -> Fact:
        return (
            _round("Nimbus Grid", [], [], "x")
            .facts[0]
            .model_copy(
                update={"kind": "investment", "investor": investor, "amount": 50e6, "round_type": None}
            )
        )

    for title, name in (("deal file", "Fennimore"), ("article", "Fennimore Investments")):
        source = _round("Nimbus Grid", [name], [name], title)
        fresh_store.import_source(source.model_copy(update={"facts": [*source.facts, stake(name)]}))
    page = fresh_store.company(fresh_store.find_company("Nimbus Grid", exact=True).id)
    assert [s.investor for s in page.investors] == ["Fennimore Investments"]
    assert page.rounds[0].investors == ["Fennimore Investments"]


FOLD_GENERIC = (
    "company,investors,amount,currency,date,round\n"
    "FoldA,Sequoia Capital;Capital,1000000,USD,2024-01-01,Seed\n"
    "FoldB,Sequoia Capital;Sequoia,1000000,USD,2024-01-01,Seed\n"
    "FoldD,General Catalyst;Catalyst,1000000,USD,2024-01-01,Seed\n"
    "FoldE,Andreessen Horowitz;Horowitz,1000000,USD,2024-01-01,Seed\n"
    "FoldF,Capital;Other,1000000,USD,2024-02-01,Seed\n"
)


def test_only_a_leading_non_generic_part_of_an_investors_name_is_its_short_name():
    names = ["Sequoia Capital", "Capital", "Catalyst", "General Catalyst", "Horowitz", "Andreessen Horowitz"]
    assert short_form_owners(names) == {}
    assert short_form_owners(["Sequoia Capital", "Sequoia"]) == {"Sequoia": "Sequoia Capital"}
    assert short_form_owners(["Capital Partners", "Capital"]) == {}  # a generic word, even leading


def test_a_trailing_or_generic_word_never_becomes_an_investors_alias_nor_files_later_rounds_under_it(
    capsys, tmp_path
):
    db, deals, later = tmp_path / "g.db", tmp_path / "fold.csv", tmp_path / "cat2.csv"
    deals.write_text(FOLD_GENERIC, encoding="utf-8")
    later.write_text(
        "company,investors,amount,currency,date,round\nOtherCo,Catalyst,3000000,USD,2025-01-01,Seed\n",
        encoding="utf-8",
    )
    assert run(capsys, "--db", str(db), "--empty", "import", str(deals))[0] == 0
    assert run(capsys, "--db", str(db), "import", str(later))[0] == 0
    with Store(db, readonly=True) as store:
        sequoia = store.find_company("Sequoia Capital", exact=True)
        assert sequoia.aliases == ["Sequoia"]
        assert store.find_company("General Catalyst", exact=True).aliases == []
        # The knowledge file's spelling only (since deal29), never "Horowitz"
        assert store.find_company("Andreessen Horowitz", exact=True).aliases == ["a16z"]
        fold_f = store.company(store.find_company("FoldF", exact=True).id)
        other = store.company(store.find_company("OtherCo", exact=True).id)
    assert fold_f.rounds[0].investors == ["Capital", "Other"]
    assert other.rounds[0].investors == ["Catalyst"]


def test_a_stake_under_the_short_name_is_one_event_on_the_whole_and_the_companys_timeline(fresh_store):
    # "Fennimore" and "Fennimore Investments" are two investor ids: only the page's raise joins them
    def stake(investor: str) -> Fact:
        return (
            _round("Nimbus Grid", [], [], "x")
            .facts[0]
            .model_copy(
                update={"kind": "investment", "investor": investor, "amount": 50e6, "round_type": None}
            )
        )

    for title, name in (("deal file", "Fennimore"), ("article", "Fennimore Investments")):
        source = _round("Nimbus Grid", [name], [name], title)
        fresh_store.import_source(source.model_copy(update={"facts": [*source.facts, stake(name)]}))
    company_id = fresh_store.find_company("Nimbus Grid", exact=True).id
    whole = [e.title for e in fresh_store.timeline_window(None, limit=100) if e.ref.record_type == "stake"]
    own = [e.title for e in fresh_store.timeline(company_id) if e.ref.record_type == "stake"]
    assert whole == own == ["Fennimore Investments invests $50M in Nimbus Grid (Series D) · 2 sources"]
