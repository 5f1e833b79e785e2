"""Wire stories name every backer of a round: co-leads after a name's acronym, unknown names inside a list,
backers that "joined the round" or « ont remis au pot »; a wire's dateline is no company description."""

from __future__ import annotations

from cli_helpers import import_files, run_ok  # noqa: F401 (autouse fixture)
from extract_helpers import company_named, facts_of, only


def _backers(text: str, language: str = "en") -> dict[str, bool]:
    """Each backer of the one round in `text` -> whether it leads."""
    round_ = only(facts_of(text, language), "round")
    return {name: name in round_.lead_investors for name in round_.investors}


def test_co_leads_after_a_leads_acronym_in_parentheses_are_kept():
    backers = _backers(
        "Kestrel AI said on Monday it had raised $500 million in a Series B funding round led by Innovation Park"
        " Artificial Intelligence (Ipai), Bosch Ventures and Schwarz Group."
    )
    assert backers == {
        "Innovation Park Artificial Intelligence": True,
        "Bosch Ventures": True,
        "Schwarz Group": True,
    }


def test_unknown_names_inside_a_list_of_participants_are_backers():
    backers = _backers(
        "Kestrel AI raised $500 million in a round led by Bain Capital Ventures. Nvidia, Orvane Global, eBay,"
        " Felicis and Schroders Capital also participated, according to a statement."
    )
    assert {"Orvane Global", "eBay", "Felicis", "Schroders Capital"} <= set(backers)


def test_backers_that_also_joined_the_round_are_kept():
    backers = _backers(
        "Kestrel AI has raised $300 million in new funding, in a round led by Index Ventures."
        " Halvard Partners, IVP, Atomico and WiL also joined the round."
    )
    assert {"Halvard Partners", "IVP", "Atomico", "WiL"} <= set(backers)


def test_french_list_ending_on_an_ampersand_name_keeps_every_backer():
    backers = _backers(
        "Helsing a annoncé mardi une levée de 600 millions d'euros, menée par Prima Materia. Lightspeed, Accel,"
        " Plural, General Catalyst, Saab et BDT & MSD Partners ont également participé au tour.",
        "fr",
    )
    assert {"Plural", "Saab", "BDT & MSD Partners", "Accel"} <= set(backers)


def test_backers_and_angels_that_remis_au_pot_are_investors():
    backers = _backers(
        "Photoroom a annoncé jeudi une levée de fonds de série B de 43 millions de dollars, menée par Balderton"
        " Capital. Y Combinator et plusieurs business angels, dont Yann LeCun, ont également remis au pot.",
        "fr",
    )
    assert {"Y Combinator", "Yann LeCun"} <= set(backers)


def test_wire_dateline_is_never_part_of_a_description():
    text = (
        "COLOGNE, May 22 (Wire) - German translation company Linguon said on Wednesday it has raised"
        " $300 million in new funding."
    )
    assert company_named(text, "Linguon", "en").description == "German translation company"


def test_show_names_a_sector_once_when_the_description_opens_on_it(capsys, tmp_path):
    article = (
        "title: Tidepool raises $500 million\ndate: 2024-10-02\nlanguage: en\n\n"
        "PARIS, Oct 2 (Wire) - Tidepool, the AI coding start-up founded by Jane Doe, said on Wednesday it raised"
        " $500 million in a Series B round led by Bain Capital Ventures.\n"
    )
    db = import_files(capsys, tmp_path, ("tidepool.txt", article))
    page = run_ok(capsys, db, "show", "Tidepool")
    assert "AI coding start-up" in page
    assert "AI · AI" not in page
