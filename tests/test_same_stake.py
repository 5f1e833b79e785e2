"""One stake told by several sources is one stake on pages, charts and `show` (store/same_stake.py),
as one raise is one round; the records stay as each source gave them, and exports give each."""

from __future__ import annotations

from collections import Counter

import pytest

from ai_deals.cli import main
from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import same_stake
from ai_deals.store.models import Stake
from ai_deals.store.same_stake import MAX_CANDIDATES, fold_stakes, group_stakes
from ai_deals.tui.widgets.charts import funding_bars

from factories import import_deal_file, one_stake

HEADER = "company,investor,kind,amount,currency,date,source_url"
ROW = "OpenAI,Amazon,investment,50000000000,USD,2026-02-27,https://example.com/amazon"
ARTICLE_SENTENCE = "Amazon va investir 50 milliards de dollars."


def deal_file(store, tmp_path, *rows: str, name: str = "deals.csv"):
    path = tmp_path / name
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return import_deal_file(store, path, HEADER)


@pytest.fixture
def told_twice(sample_store, tmp_path):
    """The brief's example: the seed-like article, then a deal file giving Amazon's $50B in OpenAI."""
    deal_file(sample_store, tmp_path, ROW)
    return sample_store


def page_of(store, name: str):
    return store.company(store.find_company(name).id)


def amazon_stakes(stakes: list[Stake]) -> list[Stake]:
    return [stake for stake in stakes if stake.investor == "Amazon"]


def test_an_article_and_a_deal_file_telling_one_stake_are_one_stake_with_both_sources(told_twice):
    page = page_of(told_twice, "OpenAI")
    (amazon,) = amazon_stakes(page.investors)
    assert amazon.source_count == 2 and len(amazon.refs) == 2
    assert [e.sentence for e in amazon.evidence] == [ARTICLE_SENTENCE, ROW]
    assert {e.source_id for e in amazon.evidence} == {s.id for s in told_twice.sources()}
    # The article's stake, taken in the round, is the one shown: its round, tranche and condition.
    (round_,) = page.rounds
    assert amazon.round_id == round_.id and amazon.status == "conditional" and amazon.tranches
    # Each source's own stake is kept, with its own evidence.
    assert [[e.sentence for e in a.evidence] for a in amazon.accounts] == [[ARTICLE_SENTENCE], [ROW]]
    # The records stay as each source gave them: review, selections and exports see two.
    assert told_twice.overview().stakes == 2
    assert sum(ref.record_type == "stake" for ref in page.refs) == 2


def test_an_investors_page_lists_a_stake_two_sources_tell_once(told_twice):
    (stake,) = page_of(told_twice, "Amazon").portfolio
    assert stake.company == "OpenAI" and stake.amount == 50e9 and stake.source_count == 2
    assert page_of(told_twice, "Amazon").joined_rounds_shown() == []  # its stake is listed instead


def test_the_money_raised_chart_draws_a_stake_two_sources_tell_once(sample_store, tmp_path):
    # Two deal files giving Amazon's stake outside any round: drawn on their own, once.
    outside = "OpenAI,Amazon,investment,2000000000,USD,2025-06-10,"
    deal_file(sample_store, tmp_path, outside, name="a.csv")
    other = "OpenAI,Nvidia,investment,1000000000,USD,2025-07-01,"
    deal_file(sample_store, tmp_path, outside, other, name="b.csv")  # another file, not a re-import
    page = page_of(sample_store, "OpenAI")
    assert [bar.amount_text for bar in funding_bars(page) if bar.detail == "Amazon"] == ["$2B"]
    assert sum(stake.amount == 2e9 for stake in page.investors) == 1


def test_two_articles_telling_one_stake_are_one_stake(fresh_store):
    fresh_store.import_source(one_stake("Nvidia", title="Wire A", amount=3e9, date="2025-05-02"))
    fresh_store.import_source(one_stake("Nvidia", title="Wire B", amount=3e9, date="2025"))
    (stake,) = page_of(fresh_store, "OpenAI").investors
    assert stake.source_count == 2
    assert stake.date == "2025-05-02"  # the day beats the year


def test_sources_giving_different_amounts_stay_two_stakes_and_the_page_says_they_differ(fresh_store):
    fresh_store.import_source(one_stake("Nvidia", title="Wire A", amount=3e9, date="2025-05-02"))
    fresh_store.import_source(one_stake("Nvidia", title="Wire B", amount=4e9, date="2025-05-02"))
    page = page_of(fresh_store, "OpenAI")
    assert sorted(stake.amount for stake in page.investors) == [3e9, 4e9]
    assert all(stake.source_count == 1 for stake in page.investors)
    (conflict,) = page.conflicts
    assert [(s.value, s.sources) for s in conflict.stated] == [("$3B", ["Wire A"]), ("$4B", ["Wire B"])]


@pytest.mark.parametrize("named_in_round", [True, False])
def test_a_stake_of_each_source_in_one_raise_told_by_both_is_one_stake(fresh_store, named_in_round):
    """Two stories date one raise a day apart, each with SoftBank's stake in it: one round, one stake,
    on OpenAI's page and on SoftBank's (also when the round does not name SoftBank among its investors,
    so SoftBank's page has no round of it to go by)."""

    def story(title: str, date: str) -> ParsedSource:
        text = f"OpenAI raised $40 billion on {date}. SoftBank put in $30 billion."
        round_end = text.index(".") + 1
        investors = ["SoftBank"] if named_in_round else []
        facts = [
            Fact(kind="round", company="OpenAI", investors=investors, amount=40e9, currency="USD",
                 date=date, sentence=text[:round_end], start=0, end=round_end),
            Fact(kind="investment", company="OpenAI", investor="SoftBank", amount=30e9, currency="USD",
                 date=date, sentence=text[round_end + 1 :], start=round_end + 1, end=len(text)),
        ]  # fmt: skip
        return ParsedSource(title=title, text=text, facts=facts)

    fresh_store.import_source(story("Wire A", "2025-03-31"))
    fresh_store.import_source(story("Wire B", "2025-04-01"))  # one raise: a day apart
    page = page_of(fresh_store, "OpenAI")
    ((round_,), (stake,)) = page.rounds, page.investors
    assert round_.source_count == 2 and stake.source_count == 2
    assert set(stake.round_ids) == set(round_.record_ids)
    softbank = page_of(fresh_store, "SoftBank")
    assert softbank.joined_rounds_shown() == []
    (portfolio,) = softbank.portfolio
    assert portfolio.source_count == 2
    softbank_id = fresh_store.find_company("SoftBank").id
    (first_rows,) = fresh_store.company_head(softbank_id, first=5).portfolio
    assert first_rows.source_count == 2


def test_show_prints_the_stake_once_with_each_sources_words(told_twice, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")  # each sentence on one line
    assert main(["--db", str(told_twice.path), "show", "OpenAI"]) == 0
    out = capsys.readouterr().out
    investors = out.split("Investors")[1].split("Stakes told by several sources")[0]
    assert investors.count("Amazon") == 1
    words = out.split("Stakes told by several sources")[1].split("Partnerships")[0]
    assert ARTICLE_SENTENCE in words and ROW in words and "deals.csv" in words
    assert main(["--db", str(told_twice.path), "show", "Amazon"]) == 0
    portfolio = capsys.readouterr().out.split("Portfolio")[1].split("Stakes told by several sources")[0]
    assert portfolio.count("$50B") == 1


def test_exporting_the_page_gives_each_sources_record_with_its_own_words(told_twice):
    exported = told_twice.export_records(company_id=told_twice.find_company("OpenAI").id)
    rows = [row for row in exported if row.record_type == "stake" and row.counterpart == "Amazon"]
    assert [row.sentence for row in rows] == [ARTICLE_SENTENCE, ROW]
    assert len({(row.record_type, row.record_id) for row in exported}) == len(exported)  # none twice


# -- the rule, on stakes as pages hold them -------------------------------------------------------


def make_stake(id_: int, source: int, **extra) -> Stake:
    values = {
        "company_id": 1,
        "company": "OpenAI",
        "investor_id": 7,
        "investor_company_id": 2,
        "investor": "Amazon",
        "amount": 50e9,
        "currency": "USD",
        "bound": "exact",
        "date": "2026-02-27",
        **extra,
    }
    return Stake(id=id_, source_id=source, **values)


def folded_ids(stakes: list[Stake], raise_of: dict[int, int] | None = None) -> list[list[int]]:
    return [[s.id for s in members] for members in group_stakes(stakes, raise_of)]


@pytest.mark.parametrize(
    ("first", "other", "one_stake"),
    [
        ({}, {}, True),
        ({}, {"investor_company_id": 3}, False),  # another investor
        ({}, {"company_id": 9}, False),
        ({}, {"source": 1}, False),  # one source telling two equal stakes keeps two
        ({}, {"amount": 51e9}, False),  # two amounts: two stakes, a conflict
        ({}, {"currency": "EUR"}, False),
        ({}, {"bound": "approx"}, True),  # "about $50B" is the same amount
        ({}, {"amount": None}, True),  # an amount one source leaves out disagrees with nothing
        ({"amount": None}, {"amount": None}, True),
        ({}, {"percentage": 2.5}, True),
        ({"percentage": 2.0}, {"percentage": 2.5}, False),
        ({}, {"date": "2026-02"}, True),  # a month holding the day
        ({}, {"date": "2026"}, True),
        ({}, {"date": "2026-01"}, False),
        ({}, {"date": "2026-02-26"}, False),
        ({}, {"date": None}, False),
        ({"date": None}, {"date": None}, True),
        ({"round_id": 10}, {}, True),  # one source names the round, the other none
        ({"round_id": 10}, {"round_id": 11}, False),  # two raises
        ({"round_id": 10}, {"round_id": 12}, True),  # two sources' records of one raise
        ({"round_id": 10}, {"round_id": 12, "date": "2026-03-02"}, True),  # dated apart, as the raise
        ({"round_id": 10}, {"date": "2026-03-02"}, False),
    ],
)
def test_the_rule_for_one_stake(first, other, one_stake):
    raise_of = {10: 10, 11: 11, 12: 10}
    values = {"source": 2, **other}
    stakes = [make_stake(1, 1, **first), make_stake(2, values.pop("source"), **values)]
    assert folded_ids(stakes, raise_of) == ([[1, 2]] if one_stake else [[1], [2]])


def test_every_pair_in_a_stake_agrees():
    # The month agrees with both days, the days not with each other: the month joins the first.
    stakes = [
        make_stake(1, 1, date="2026-02-27"),
        make_stake(2, 2, date="2026-02"),
        make_stake(3, 3, date="2026-02-03"),
    ]
    assert folded_ids(stakes) == [[1, 2], [3]]
    # An amount left out joins the first amount it meets, never two different ones.
    stakes = [make_stake(1, 1), make_stake(2, 2, amount=None), make_stake(3, 3, amount=30e9)]
    assert folded_ids(stakes) == [[1, 2], [3]]


def test_a_folded_stake_shows_the_best_told_figures_and_fills_in_what_it_lacks():
    month = make_stake(1, 1, date="2026-02", round_id=10, round_type="Series F", status="conditional")
    day = make_stake(2, 2, amount=None, currency=None, bound=None)
    (folded,) = fold_stakes([month, day])
    assert (folded.id, folded.date, folded.amount, folded.currency) == (2, "2026-02-27", 50e9, "USD")
    assert (folded.round_id, folded.round_type, folded.status) == (10, "Series F", "conditional")
    assert folded.record_ids == [2, 1] and [a.id for a in folded.accounts] == [2, 1]


def test_grouping_compares_each_stake_with_a_bounded_number_of_groups(monkeypatch):
    """Linear, not quadratic: 3,000 stakes of one investor in one company from as many sources, each
    of its own amount (every one a candidate for the next), are each compared with at most
    MAX_CANDIDATES groups."""
    calls = []
    agrees = same_stake._agrees

    def counting(group, stake, raise_key):
        calls.append(stake.id)
        return agrees(group, stake, raise_key)

    monkeypatch.setattr(same_stake, "_agrees", counting)
    stakes = [make_stake(i, i, amount=float(i + 1)) for i in range(3000)]
    assert len(group_stakes(stakes)) == 3000
    assert max(Counter(calls).values()) == MAX_CANDIDATES
    assert len(calls) <= MAX_CANDIDATES * len(stakes)
