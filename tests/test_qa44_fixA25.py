"""What a tester (qa44) found misread (fixA25): an earlier report's figure recalled to be compared with the news
("larger than the $1.2 billion first reported in September") is no raise of its own, so the rumour it echoes
stays in talks and money raised counts the confirmed round alone; part of a stake sold ("has sold part of its
stake") is a partial sale, not an exit; a company's header counts no report still in talks as a round."""

from __future__ import annotations

import pytest
from cli_helpers import (  # noqa: F401 (autouse fixture private_default_db)
    import_deals,
    import_files,
    map_edge_kinds,
    run_ok,
    timeline_and_page,
)
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article
from ai_deals.store import Store
from ai_deals.tui.screens.company import page_summary

STORY_DAY = "2024-10-15"

RUMOUR = """title: Halcyon Labs in talks to raise $1.2bn, sources say
date: 2024-09-03
publisher: The Compute Letter

Halcyon Labs is in talks to raise $1.2bn in a new funding round that would value the AI lab at about $8bn, \
according to people familiar with the matter.
"""

CONFIRMED = """title: Halcyon Labs confirms 1.5 billion dollar Series C
date: 2024-10-15
publisher: TechWire

SAN FRANCISCO, Oct 15 (TechWire) - Halcyon Labs said on Tuesday it raised 1.5 billion dollars in a Series C \
round led by Albion Growth, with participation from Nimbra Cloud and Northgate Ventures, valuing the company at \
$9 billion post-money.

The round is larger than the $1.2 billion first reported in September.
"""

PARTIAL_SALE = """title: Pelican Capital sells part of Halcyon Labs stake in secondary sale
date: 2023-05-12
publisher: TechWire

NEW YORK, May 12 (TechWire) - Pelican Capital has sold part of its stake in Halcyon Labs to Orchard Lane \
Partners for $60 million in a secondary sale, people familiar with the matter said.
"""


# -- #1 an earlier report's figure, recalled for comparison, is no raise ---------------------------------------


@pytest.mark.parametrize(
    ("recalled", "language"),
    [
        ("The round is larger than the $1.2 billion first reported in September.", "en"),
        ("The round is up from the $1.2 billion reported earlier.", "en"),
        ("The round is bigger than the $1.2 billion previously reported.", "en"),
        ("Le tour de table est supérieur aux 1,2 milliard de dollars évoqués en septembre.", "fr"),
        ("Le montant dépasse les 1,2 milliard de dollars avancés en septembre.", "fr"),
    ],
)
def test_an_earlier_report_s_figure_recalled_for_comparison_is_no_raise(recalled, language):
    opening = (
        "Halcyon Labs said on Tuesday it raised $1.5 billion in a Series C round led by Albion Growth."
        if language == "en"
        else "Halcyon Labs a annoncé mardi avoir levé 1,5 milliard de dollars lors d'une série C menée par "
        "Albion Growth."
    )
    facts = facts_of(f"{opening} {recalled}", language=language, published=STORY_DAY)
    assert [(f.company, f.amount) for f in of_kind(facts, "round")] == [("Halcyon Labs", 1.5e9)]


def test_a_confirmation_of_the_figure_first_reported_is_still_the_raise():
    facts = facts_of(
        "Halcyon Labs confirmed on Tuesday it raised the $1.2 billion first reported in September.",
        published=STORY_DAY,
    )
    assert only(facts, "round").amount == 1.2e9


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Halcyon Labs said on Monday it has closed the $1.2 billion first reported in September, in a round "
         "led by Northgate Ventures.", "en"),
        ("Halcyon Labs said on Monday it raised the $1.2 billion first reported in September.", "en"),
        ("Halcyon Labs a annoncé lundi avoir bouclé les 1,2 milliard de dollars évoqués en septembre.", "fr"),
    ],
)  # fmt: skip
def test_a_raise_closing_the_figure_first_reported_is_still_the_raise(sentence, language):
    # The article alone ("the", « les ») names the report's figure: a verb taking it up makes it the raise.
    facts = facts_of(sentence, language=language, published=STORY_DAY)
    assert [(f.company, f.amount) for f in of_kind(facts, "round")] == [("Halcyon Labs", 1.2e9)]


def test_a_rumour_stays_in_talks_beside_a_story_recalling_its_figure(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("09-rumour.md", RUMOUR), ("10-series-c.txt", CONFIRMED))
    timeline, shown = timeline_and_page(capsys, db, "Halcyon Labs")
    assert "raised $1.5B" in shown  # the confirmed round alone: the rumour is told, not raised
    assert "$1.2B (in talks)" in shown
    assert "raises $1.2B (in talks)" in timeline


# -- #7 part of a stake sold is a partial sale, not an exit ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Pelican Capital has sold part of its stake in Halcyon Labs for $60 million.", "en"),
        ("Pelican Capital sold some of its shares in Halcyon Labs for $60 million.", "en"),
        ("Pelican Capital has sold a portion of its stake in Halcyon Labs for $60 million.", "en"),
        ("Pelican Capital has sold a portion of its Halcyon Labs shares for $60 million.", "en"),
        ("Pelican Capital a cédé une partie de sa participation dans Halcyon Labs pour 60 millions de dollars.", "fr"),
    ],
)  # fmt: skip
def test_part_of_a_stake_sold_is_a_partial_stake_sale(sentence, language):
    stake = only(facts_of(sentence, language=language, published=STORY_DAY), "investment")
    assert (stake.investor, stake.company, stake.amount) == ("Pelican Capital", "Halcyon Labs", 60e6)
    assert stake.round_type == "Partial stake sale"


def test_a_whole_stake_sold_is_still_a_stake_sale():
    stake = only(
        facts_of(
            "Pelican Capital has sold its entire stake in Halcyon Labs for $60 million.", published=STORY_DAY
        ),
        "investment",
    )
    assert stake.round_type == "Stake sale"


def test_a_partial_sale_reads_as_part_of_a_stake_on_the_timeline_portfolio_and_map(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("07-secondary.txt", PARTIAL_SALE))
    timeline, portfolio = timeline_and_page(capsys, db, "Halcyon Labs", page_of="Pelican Capital")
    assert "Pelican Capital sells part of its stake in Halcyon Labs ($60M)" in timeline
    assert "partial sale" in portfolio and "exit" not in portfolio
    kinds = map_edge_kinds(db, "Halcyon Labs")
    assert "sells part of stake" in kinds and "sells stake" not in kinds


def test_a_deal_file_s_partial_exit_row_is_a_partial_sale_never_money_raised(capsys, tmp_path):
    db = import_deals(
        capsys,
        tmp_path,
        "company,date,amount,currency,round_type,investors\n"
        "Halcyon Labs,2023-05-12,60000000,USD,Partial exit,Pelican Capital\n",
    )
    assert "raised $" not in run_ok(capsys, db, "show", "Halcyon Labs")
    portfolio = run_ok(capsys, db, "show", "Pelican Capital")
    assert "partial sale" in portfolio and "exit" not in portfolio


def test_a_partial_sale_ends_no_ownership_in_the_ftm_export(fresh_store):
    fresh_store.import_source(parse_article(PARTIAL_SALE.split("\n\n", 1)[1], published="2023-05-12"))
    (sale,) = [
        e
        for e in fresh_store.ftm_entities()
        if "Partial stake sale" in e["properties"].get("description", [])
    ]
    assert sale["schema"] == "Ownership"
    assert "endDate" not in sale["properties"]  # the seller keeps the rest of its stake
    assert sale["properties"]["date"] == ["2023-05-12"]


# -- #8(a) a report in talks is not a round in the header -----------------------------------------------------


def test_a_company_s_header_counts_no_report_in_talks_as_a_round(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("09-rumour.md", RUMOUR), ("10-series-c.txt", CONFIRMED))
    store = Store.open(db)
    page = store.company(store.find_company("Halcyon Labs").id)
    assert len(page.rounds) == 2  # the rumour is listed, in talks…
    assert "1 round ·" in page_summary(page)  # …but only the Series C is a round
