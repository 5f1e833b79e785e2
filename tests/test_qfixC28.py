"""What tester qa52 (a journalist on "circular" AI financing) found (qfixC28): every figure of a sentence that holds
several is kept, each traced to its sentence."""

from __future__ import annotations

import csv
import io

import pytest
from cli_helpers import import_files, run, run_ok, timeline_and_page
from extract_helpers import facts_of, of_kind

from ai_deals.importers.article import parse_article

STORY_DAY = "2026-01-15"

# -- #1 several figures in one sentence: two dated past investments and the share held today ---------------------

HISTORY_FR = (
    "Microsoft, qui a investi 1 milliard de dollars dans OpenAI en 2019, puis 10 milliards de dollars en janvier "
    "2023, détient désormais environ 27% de l'entité commerciale du créateur de ChatGPT."
)
HISTORY_EN = (
    "Microsoft, which invested $1 billion in OpenAI in 2019 and then $10 billion in January 2023, now owns about "
    "27% of OpenAI."
)


@pytest.mark.parametrize(("text", "language"), [(HISTORY_FR, "fr"), (HISTORY_EN, "en")])
def test_two_dated_past_sums_of_one_backer_are_two_investments_and_the_share_held_now_a_stake(text, language):
    stakes = of_kind(facts_of(text, language, STORY_DAY), "investment")
    found = [(f.investor, f.company, f.amount, f.date, f.percentage) for f in stakes]
    assert found == [
        ("Microsoft", "OpenAI", 1e9, "2019", None),
        ("Microsoft", "OpenAI", 10e9, "2023-01", None),
        ("Microsoft", "OpenAI", None, STORY_DAY, 27.0),
    ]


def test_a_plans_tranches_in_one_year_stay_tranches_of_one_investment():
    text = "SoftBank will invest $30 billion in OpenAI: $10 billion in April and $20 billion in December."
    investment = of_kind(facts_of(text, "en", "2025-03-31"), "investment")
    assert [(f.amount, len(f.tranches)) for f in investment] == [(30e9, 2)]


# -- #2 facts the tester found missing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        (
            "OpenAI s'est engagé à acheter pour 250 milliards de dollars de services Azure à Microsoft.",
            "fr",
            STORY_DAY,
        ),
        (
            "En octobre 2025, OpenAI s'est engagé à acheter pour 250 milliards de dollars de services Azure "
            "supplémentaires, a précisé Microsoft.",
            "fr",
            "2025-10",
        ),
        ("OpenAI has committed to purchase $250 billion of Azure services from Microsoft.", "en", STORY_DAY),
    ],
)
def test_a_commitment_to_buy_services_is_a_priced_partnership_with_the_seller_never_an_investment(
    text, language, date
):
    facts = facts_of(text, language, STORY_DAY)
    assert [(f.kind, f.company, f.partner, f.amount, f.date) for f in facts] == [
        ("partnership", "OpenAI", "Microsoft", 250e9, date)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "AMD granted OpenAI warrants for up to 160 million AMD shares, or about 10% of the chipmaker.",
            "en",
        ),
        (
            "Dans le cadre de cet accord, AMD a accordé à OpenAI des bons de souscription (warrants) portant sur "
            "jusqu'à 160 millions d'actions AMD, soit environ 10% du capital du groupe, qui ne seront acquis qu'au "
            "fil des déploiements.",
            "fr",
        ),
    ],
)
def test_warrants_granted_are_the_holders_conditional_stake_in_the_grantor_with_no_money(text, language):
    facts = facts_of("AMD signe un accord avec OpenAI.\n\n" + text, language, "2025-10-06")
    warrants = [f for f in facts if f.kind == "investment"]
    assert [(f.company, f.investor, f.amount, f.percentage, f.status) for f in warrants] == [
        ("AMD", "OpenAI", None, 10.0, "conditional")
    ]
    assert "160 mil" in warrants[0].condition and "warrants" in warrants[0].condition


def test_a_long_list_of_backers_keeps_its_inner_unknown_name():
    text = (
        "Mistral AI a bouclé une levée de fonds de 1,7 milliard d'euros, menée par ASML.\n\n"
        "Nvidia, Bpifrance, DST Global, Andreessen Horowitz et General Catalyst participent également au tour "
        "de table."
    )
    (round_,) = of_kind(facts_of(text, "fr", "2025-09-09"), "round")
    assert {"DST Global", "Nvidia", "Bpifrance", "Andreessen Horowitz", "General Catalyst"} <= set(
        round_.investors
    )


def test_the_rest_of_a_round_from_other_backers_names_them_as_its_investors_not_a_tranche_of_the_lead():
    text = (
        "OpenAI a annoncé lundi une levée de fonds de 40 milliards de dollars menée par le japonais SoftBank.\n\n"
        "SoftBank apportera 30 milliards de dollars, versés en deux tranches : 10 milliards de dollars en avril, "
        "puis 20 milliards de dollars d'ici fin 2025.\n\n"
        "Le reste, soit 10 milliards de dollars, viendra d'autres investisseurs, dont Microsoft, Coatue, "
        "Altimeter et Thrive Capital."
    )
    facts = facts_of(text, "fr", "2025-03-31")
    (round_,) = of_kind(facts, "round")
    assert {"SoftBank", "Microsoft", "Coatue", "Altimeter", "Thrive Capital"} <= set(round_.investors)
    (softbank,) = of_kind(facts, "investment")
    assert [t.amount for t in softbank.tranches] == [10e9, 20e9]


# -- #3 a legal form is part of the name; "a stake …, valued at" values the stake ---------------------------------


def test_a_public_benefit_corporation_suffix_is_part_of_the_name_never_a_company_of_its_own():
    source = parse_article(
        "Zorblax Group PBC raised $5 million from Accel.", published="2025-03-31", language="en"
    )
    assert [c.name for c in source.companies if "PBC" in c.name or c.name == "PBC"] == []
    (round_,) = of_kind(source.facts, "round")
    assert round_.company == "Zorblax Group"


def test_a_stake_of_a_share_in_a_known_pbc_valued_at_a_sum_is_the_stakes_worth_not_the_companys_valuation():
    text = "Microsoft holds a stake of about 27% in OpenAI Group PBC, valued at $135 billion."
    facts = facts_of(text, "en", "2025-03-31")
    assert of_kind(facts, "valuation") == []
    (stake,) = of_kind(facts, "investment")
    assert (stake.company, stake.investor, stake.percentage, stake.amount) == (
        "OpenAI",
        "Microsoft",
        27.0,
        135e9,
    )
    assert stake.round_type == "Stake held"


# -- #4 no false conflict from a running total; one deal told by two sources is one row --------------------------


def _article(title: str, day: str, body: str) -> str:
    return f"title: {title}\ndate: {day}\npublisher: Keystone-ATS\nlanguage: en\n\n{body}\n"


def test_a_running_total_since_a_year_is_no_conflicting_account_of_that_years_deal(capsys, tmp_path):
    db = import_files(
        capsys,
        tmp_path,
        ("first.txt", _article("First", "2026-01-15", "Microsoft invested $1 billion in OpenAI in 2019.")),
        (
            "totals.csv",
            "company,investors,amount,currency,date,kind,status\n"
            "OpenAI,Microsoft,13000000000,USD,2019,investment,cumulative\n",
        ),
    )
    page = run_ok(capsys, db, "show", "OpenAI")
    assert "$13B" in page and "$1B" in page
    assert "CONFLICT" not in page


def test_partnership_kinds_that_are_synonyms_fold_one_deal_told_by_an_article_and_a_deal_file(
    capsys, tmp_path
):
    db = import_files(
        capsys,
        tmp_path,
        (
            "oracle.txt",
            _article(
                "Oracle deal",
                "2025-09-10",
                "OpenAI has signed a contract to purchase $300 billion in computing power from Oracle.",
            ),
        ),
        (
            "deals.csv",
            "company,investors,amount,currency,date,kind,partnership_kind\n"
            "OpenAI,Oracle,300000000000,USD,2025-09-10,partnership,cloud\n",
        ),
    )
    timeline, page = timeline_and_page(capsys, db, "OpenAI")
    events = [line for line in timeline.splitlines() if "Oracle" in line]
    assert len(events) == 1 and "2 sources" in events[0]
    assert "Partnerships told by several sources" in page


def test_a_figure_dated_by_its_month_and_the_same_figure_on_a_day_inside_it_are_one_figure(capsys, tmp_path):
    db = import_files(
        capsys,
        tmp_path,
        (
            "anthropic.txt",
            _article(
                "Anthropic",
                "2025-11-18",
                "Anthropic raised $13 billion in a Series F round led by ICONIQ in September at a $183 billion "
                "post-money valuation.",
            ),
        ),
        (
            "deals.csv",
            "company,investors,lead_investor,amount,currency,date,kind,round_type,valuation\n"
            "Anthropic,ICONIQ,ICONIQ,13000000000,USD,2025-09-02,round,Series F,183000000000\n",
        ),
    )
    timeline, page = timeline_and_page(capsys, db, "Anthropic")
    told = [line for line in timeline.splitlines() if "valuation" in line and "$183B" in line]
    assert len(told) == 1 and "2025-09-02" in told[0] and "2 sources" in told[0]
    valuations = [line for line in page.splitlines() if "│ valuation" in line and "$183B" in line]
    assert len(valuations) == 1 and "2025-09-02" in valuations[0] and "post-money" in valuations[0]


# -- #5 smaller ------------------------------------------------------------------------------------------------


def test_a_deal_file_row_citing_an_articles_url_exports_that_articles_publisher_and_day(capsys, tmp_path):
    url = "https://example.org/reuters/nvidia-openai-100bn"
    article = (
        f"title: Nvidia to invest up to $100 billion in OpenAI\ndate: 2025-09-22\npublisher: Reuters\nurl: {url}\n"
        "language: en\n\nNvidia will invest up to $100 billion in OpenAI, the two companies said on Monday.\n"
    )
    deals = (
        "company,investors,amount,currency,date,kind,source_url\n"
        f"OpenAI,NVIDIA Corporation,100000000000,USD,2025-09-22,investment,{url}\n"
    )
    db = import_files(capsys, tmp_path, ("nvidia.txt", article), ("deals.csv", deals))
    rows = list(csv.DictReader(io.StringIO(run_ok(capsys, db, "export", "--format", "csv"))))
    cited = [row for row in rows if row["source_url"] == url and "Nvidia will" not in row["sentence"]]
    assert cited, rows
    assert {(row["source_title"], row["publisher"], row["source_date"]) for row in cited} == {
        ("Nvidia to invest up to $100 billion in OpenAI", "Reuters", "2025-09-22")
    }


def test_a_json_file_cut_off_says_its_error_before_any_column_mapping_or_progress(capsys, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text(
        '[{"company":"Foo AI","investors":"Bar","amount":"5M","date":"2025-01-01"},'
        '{"company":"Foo AI","amount":"5M","date":"2025-01-01"}\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", str(tmp_path / "x.db"), "--empty", "import", str(broken))
    assert code != 0
    assert "company → company" not in out + err and "0/2" not in out + err
    assert err.strip().splitlines() == [
        f"ai-deals: error: {broken}: line 2: invalid JSON (expected ',' or ']', found end of file)"
    ]
