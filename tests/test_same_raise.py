"""One raise told by several sources is one round on pages, charts and `show` (store/same_raise.py);
the records stay as each source gave them."""

from __future__ import annotations

import pytest

from ai_deals.cli import main
from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import same_raise
from ai_deals.store.models import Round
from ai_deals.store.same_raise import MAX_CANDIDATES, fold_rounds, group_raises

from factories import import_deal_file

WIRE_TITLE = "OpenAI closes record round"
WIRE_SENTENCE = "OpenAI raised $40 billion led by SoftBank on March 31, 2025."
DEAL_ROW = "OpenAI,SoftBank; Thrive Capital,round,40000000000,USD,2025-03-31"


def round_story(title: str, *rounds: dict, published: str = "2025-04-01") -> ParsedSource:
    """An article whose every sentence is one round: `company`, `amount`, `date`, `investors`…"""
    text, facts = "", []
    for values in rounds:
        values = {"company": "OpenAI", "currency": "USD", "bound": "exact", "investors": [], **values}
        sentence = values.pop(
            "sentence", f"{values['company']} raised {values['amount']:g} on {values['date']}."
        )
        start = len(text) + (1 if text else 0)
        text = f"{text} {sentence}" if text else sentence
        precision = {4: "year", 7: "month"}.get(len(values["date"]), "day")
        facts.append(
            Fact(
                kind="round",
                date_precision=precision,
                sentence=sentence,
                start=start,
                end=start + len(sentence),
                **values,
            )
        )
    return ParsedSource(title=title, text=text, published=published, publisher=title.split()[0], facts=facts)


@pytest.fixture
def told_twice(fresh_store, tmp_path):
    """The brief's example: an article and a deal-file row telling OpenAI's $40B round of 2025-03-31."""
    fresh_store.import_source(
        round_story(
            WIRE_TITLE,
            {"amount": 40e9, "date": "2025-03-31", "investors": ["SoftBank"], "sentence": WIRE_SENTENCE},
        )
    )
    deals = tmp_path / "deals.csv"
    deals.write_text(
        f"company,investors,kind,amount,currency,date\n{DEAL_ROW}\n"
        "OpenAI,Thrive Capital,round,6600000000,USD,2024-10-02\n",
        encoding="utf-8",
    )
    import_deal_file(fresh_store, deals, "company,investors,kind,amount,currency,date")
    return fresh_store


def openai_rounds(store) -> list[Round]:
    return store.company(store.find_company("OpenAI").id).rounds


def test_an_article_and_a_deal_file_telling_one_raise_are_one_round_with_both_sources(told_twice):
    rounds = openai_rounds(told_twice)
    assert [(r.date, r.amount) for r in rounds] == [("2024-10-02", 6.6e9), ("2025-03-31", 40e9)]
    big = rounds[1]
    assert big.source_count == 2 and len(big.refs) == 2
    assert [e.sentence for e in big.evidence] == [WIRE_SENTENCE, DEAL_ROW]
    assert {e.source_id for e in big.evidence} == {s.id for s in told_twice.sources()}
    assert big.investors == ["SoftBank", "Thrive Capital"]
    # The records stay as each source gave them: review, selections and export still see two.
    assert told_twice.overview().rounds == 3
    assert len(told_twice.export_records(big.refs)) == 2
    assert openai_rounds(told_twice)[0].source_count == 1


def test_the_same_amount_and_date_of_two_companies_stay_two_rounds_on_their_investors_page(fresh_store):
    fresh_store.import_source(
        round_story(
            "Wire A", {"company": "Alpha", "amount": 1e8, "date": "2025-05-02", "investors": ["SoftBank"]}
        )
    )
    fresh_store.import_source(
        round_story(
            "Wire B", {"company": "Beta", "amount": 1e8, "date": "2025-05-02", "investors": ["SoftBank"]}
        )
    )
    softbank = fresh_store.company(fresh_store.find_company("SoftBank").id)
    assert sorted(r.company for r in softbank.rounds_joined) == ["Alpha", "Beta"]
    assert all(r.source_count == 1 for r in softbank.rounds_joined)


def test_an_investors_page_shows_a_raise_it_joined_that_two_sources_tell_once(told_twice):
    softbank = told_twice.company(told_twice.find_company("SoftBank").id)
    (joined,) = softbank.rounds_joined
    assert joined.amount == 40e9 and joined.source_count == 2


def test_one_source_telling_two_equal_rounds_keeps_two_and_another_source_folds_into_one(fresh_store):
    twice = {"amount": 5e7, "date": "2025-06-10"}
    fresh_store.import_source(
        round_story("Wire A", dict(twice, sentence="One."), dict(twice, sentence="Two."))
    )
    assert [r.source_count for r in openai_rounds(fresh_store)] == [1, 1]
    fresh_store.import_source(round_story("Wire B", twice))
    assert sorted(r.source_count for r in openai_rounds(fresh_store)) == [1, 2]


def test_two_sources_two_months_apart_are_two_raises(fresh_store):
    fresh_store.import_source(round_story("Wire A", {"amount": 5e7, "date": "2025-01-15"}))
    fresh_store.import_source(round_story("Wire B", {"amount": 5e7, "date": "2025-03-15"}))
    assert len(openai_rounds(fresh_store)) == 2


def test_a_folded_raise_whose_sources_differ_on_the_figure_says_so(fresh_store):
    fresh_store.import_source(round_story("Wire A", {"amount": 40e9, "date": "2025-03-31"}))
    fresh_store.import_source(round_story("Wire B", {"amount": 40.3e9, "date": "2025-04"}))
    page = fresh_store.company(fresh_store.find_company("OpenAI").id)
    (folded,) = page.rounds
    assert folded.amount == 40e9 and folded.date == "2025-03-31"  # the day beats the month
    amounts, dates = page.conflicts  # March 31 is not in April: the dates disagree too
    assert [(s.value, s.sources) for s in amounts.stated] == [("$40B", ["Wire A"]), ("$40.3B", ["Wire B"])]
    assert [(s.value, s.sources) for s in dates.stated] == [
        ("2025-03-31", ["Wire A"]),
        ("2025-04", ["Wire B"]),
    ]


def test_show_prints_the_raise_once_with_each_sources_words(told_twice, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")  # each sentence on one line
    assert main(["--db", str(told_twice.path), "show", "OpenAI"]) == 0
    out = capsys.readouterr().out
    rounds_table = out.split("Rounds told by several sources")[0]
    assert rounds_table.count("$40B") == 1 and "2 sources" in rounds_table
    assert WIRE_SENTENCE in out and DEAL_ROW in out
    assert WIRE_TITLE in out and "deals.csv" in out
    assert main(["--db", str(told_twice.path), "show", "SoftBank"]) == 0
    joined = capsys.readouterr().out.split("Rounds joined")[1]
    assert joined.count("$40B") == 1 and "2 sources" in joined


def test_show_gives_each_sources_own_amount_and_date_for_a_raise_they_tell(fresh_store, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    fresh_store.import_source(round_story("Wire A", {"amount": 40e9, "date": "2025-03-31"}))
    fresh_store.import_source(round_story("Wire B", {"amount": 40.2e9, "date": "2025-04-02"}))
    assert main(["--db", str(fresh_store.path), "show", "OpenAI"]) == 0
    words = capsys.readouterr().out.split("each source's words")[1].split("Sources")[0]
    lines = [line for line in words.splitlines() if "raised" in line]
    assert len(lines) == 2
    (wire_a,) = [line for line in lines if "Wire A" in line]
    (wire_b,) = [line for line in lines if "Wire B" in line]
    assert "2025-03-31" in wire_a and "$40B" in wire_a
    assert "2025-04-02" in wire_b and "$40.2B" in wire_b  # its own figures, not the folded round's


def test_show_counts_the_source_of_a_round_only_one_source_tells(fresh_store, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    fresh_store.import_source(round_story("Wire A", {"amount": 40e9, "date": "2025-03-31"}))
    assert main(["--db", str(fresh_store.path), "show", "OpenAI"]) == 0
    (row,) = [line for line in capsys.readouterr().out.splitlines() if "$40B" in line and "│" in line]
    assert "1 source" in row


# -- the rule, on rounds as pages hold them -------------------------------------------------------


def make_round(
    id_: int, source: int, amount: float = 40e9, date: str = "2025-03-31", *, company: int = 1, **extra
) -> Round:
    values = {"currency": "USD", "bound": "exact", **extra}
    return Round(
        id=id_,
        company_id=company,
        company=f"C{company}",
        source_id=source,
        amount=amount,
        date=date,
        **values,
    )


def folded_ids(rounds: list[Round]) -> list[list[int]]:
    return [[r.id for r in members] for members in group_raises(rounds)]


@pytest.mark.parametrize(
    ("other", "one_raise"),
    [
        ({}, True),
        ({"company": 2}, False),
        ({"currency": "EUR"}, False),
        ({"amount": 40.2e9}, True),  # 0.5% apart
        ({"amount": 40.4e9}, True),  # 1% of the larger
        ({"amount": 40.8e9}, False),  # 2% apart
        ({"amount": 41.2e9, "bound": "approx"}, True),  # "about $41B": within 5%
        ({"amount": 43e9, "bound": "approx"}, False),
        ({"date": "2025-03"}, True),  # a month holding the day
        ({"date": "2025"}, True),
        ({"date": "2025-04-30"}, True),  # 30 days
        ({"date": "2025-05-31"}, False),  # two months
        ({"date": "2024"}, False),
        ({"date": None}, False),
        ({"amount": None}, False),
        ({"source": 1}, False),  # the same source twice: two raises it tells
    ],
)
def test_the_rule_for_one_raise(other, one_raise):
    values = {"source": 2, **other}
    second = make_round(2, values.pop("source"), **values)
    assert folded_ids([make_round(1, 1), second]) == ([[1, 2]] if one_raise else [[1], [2]])


def test_every_pair_in_a_raise_agrees_so_amounts_never_drift_a_step_at_a_time():
    steps = [make_round(i, i, 40e9 * (1.008**i)) for i in range(4)]
    assert all(len(members) <= 2 for members in group_raises(steps))
    far = [
        make_round(1, 1, date="2025-01-10"),
        make_round(2, 2, date="2025"),
        make_round(3, 3, date="2025-11-20"),
    ]
    assert folded_ids(far) == [[1, 2], [3]]


def test_a_folded_round_has_every_investor_once_and_the_best_dated_figures():
    month = make_round(
        1, 1, date="2025-03", investors=["A", "B"], investor_company_ids=[10, 11], round_type="series_f"
    )
    day = make_round(2, 2, investors=["B", "C"], investor_company_ids=[11, 12], lead_investors=["C"])
    (folded,) = fold_rounds([month, day])
    assert (folded.id, folded.date, folded.round_type) == (2, "2025-03-31", "series_f")
    assert folded.investors == ["B", "C", "A"] and folded.lead_investors == ["C"]
    assert folded.record_ids == [2, 1]


def test_grouping_compares_each_round_with_a_bounded_number_of_groups(monkeypatch):
    """Linear, not quadratic: 3,000 rounds one source gives for one company on one day (each its own
    raise, every one a candidate for the next) are each compared with at most 3 × MAX_CANDIDATES groups."""
    compared: list[int] = []
    nearby = same_raise._nearby

    def counting(open_by_band, band):
        found = nearby(open_by_band, band)
        compared.append(len(found))
        return found

    monkeypatch.setattr(same_raise, "_nearby", counting)
    rounds = [make_round(i, 1) for i in range(3000)]
    assert len(group_raises(rounds)) == 3000
    assert len(compared) == len(rounds) and max(compared) == MAX_CANDIDATES
    assert sum(compared) <= 3 * MAX_CANDIDATES * len(rounds)


def test_a_raise_two_sources_tell_under_two_names_is_one_round_once_the_names_are_merged(fresh_store):
    fresh_store.import_source(
        round_story("Wire A", {"company": "Alpha", "amount": 1e8, "date": "2025-05-02"})
    )
    fresh_store.import_source(
        round_story("Wire B", {"company": "Alfa Robotics", "amount": 1e8, "date": "2025-05"})
    )
    alpha, alfa = fresh_store.find_company("Alpha"), fresh_store.find_company("Alfa Robotics")
    assert alpha.id != alfa.id
    fresh_store.merge_companies(alpha.id, alfa.id)
    (folded,) = fresh_store.company(alpha.id).rounds
    assert folded.source_count == 2 and folded.date == "2025-05-02"


def test_rounds_alone_of_their_company_and_currency_are_not_swept_for_a_raise(monkeypatch):
    """An investor's page groups the rounds it joined: 15,000 of as many companies went one by one
    through the sweep (0.2 s) though none has another round to be told with. They are raises of their
    own at once now, in their place; rounds of one company are still compared."""
    compared: list[int] = []
    nearby = same_raise._nearby
    monkeypatch.setattr(same_raise, "_nearby", lambda *args: compared.append(1) or nearby(*args))
    alone = [make_round(i, i, company=100 + i) for i in range(1, 1001)]
    told_twice = [make_round(2001, 1, company=7), make_round(2002, 2, company=7)]
    rounds = [*alone[:500], *told_twice, *alone[500:]]
    assert folded_ids(rounds) == [
        *([r.id] for r in alone[:500]),
        [2001, 2002],
        *([r.id] for r in alone[500:]),
    ]
    assert len(compared) == 2


@pytest.mark.parametrize(
    ("one", "two", "alike"),
    [
        ("2025-03", "2025-03-31", True),  # a month counts as every day in it
        ("2025-03", "2025-05-01", True),  # 31 days after its last day
        ("2025-03", "2025-05-02", False),
        ("2025", "2026-01-31", True),
        ("2025", "2026-02-01", False),
        ("2025-06-01", "2025-05-01", True),
        ("2025-06-02", "2025-04-30", False),
    ],
)
def test_two_dates_are_dated_alike_within_the_window_either_way_round(one, two, alike):
    spans = same_raise.day_span(one), same_raise.day_span(two)
    assert same_raise._dated_alike(*spans) is alike
    assert same_raise._dated_alike(*reversed(spans)) is alike


def test_a_french_serie_b_and_an_english_series_b_are_told_alike():
    """Round types compare as `round_kind` folds them (a hand-corrected round joining its source's,
    a part joining its raise): "Série B" is "Series B" in French."""
    french = make_round(2, 2, round_type="Série B")
    assert same_raise._told_alike(make_round(1, 1, round_type="Series B"), french)
    assert not same_raise._told_alike(make_round(1, 1, round_type="Series C"), french)


def test_round_kind_folds_codes_case_accents_and_the_french_serie():
    from ai_deals.store.formatting import round_kind

    assert round_kind("series_b") == round_kind("Series B") == round_kind("série B") == round_kind("SÉRIE B")
    assert round_kind("Série A") != round_kind("Series B")
    assert round_kind("Séries") == "series"  # a word beginning so is not a series letter
    assert round_kind(None) is None


SEQUOIA_XYZ = {"round_type": "Seed", "investors": ["Sequoia", "XYZ"], "investor_company_ids": [7, 8]}


@pytest.mark.parametrize(
    ("other", "one_raise"),
    [
        ({}, True),  # a year holding the day, every investor named by both: rival figures of one raise
        ({"date": "2023-03"}, True),
        ({"date": "2023-03-01", "source": 1}, False),  # one source telling two rounds keeps two
        ({"date": "2023-03-01"}, True),  # one day's two totals: one raise, its figures a conflict (qa41 2d)
        ({"date": "2023-03-08"}, True),  # a report dated a few days on (NEWS_DAYS) tells it too
        ({"date": "2023-03-09"}, False),  # past NEWS_DAYS: two days, two raises
        (
            {"investors": ["Sequoia"], "investor_company_ids": [7]},
            False,
        ),  # an investor's part (or another round)
        ({"investors": ["Sequoia", "Index"], "investor_company_ids": [7, 9]}, False),  # other investors
        ({"round_type": "Series A"}, False),
        ({"round_type": None}, False),
        ({"date": "2024"}, False),
        ({"currency": "EUR"}, False),
    ],
)
def test_two_accounts_of_one_round_naming_the_same_investors_are_one_raise_whatever_the_amounts(
    other, one_raise
):
    values = {**SEQUOIA_XYZ, "source": 2, **other}
    told = make_round(2, values.pop("source"), 5.5e6, values.pop("date", "2023"), **values)
    assert folded_ids([make_round(1, 1, 1.5e6, "2023-03-01", **SEQUOIA_XYZ), told]) == (
        [[1, 2]] if one_raise else [[1], [2]]
    )


def test_two_accounts_dated_to_two_days_stay_two_raises_though_they_name_the_same_investors():
    first = make_round(1, 1, 1.5e6, "2023-03-01", **SEQUOIA_XYZ)
    assert folded_ids([first, make_round(2, 2, 5.5e6, "2023-03-20", **SEQUOIA_XYZ)]) == [[1], [2]]


def test_a_smaller_total_naming_every_investor_is_a_conflict_not_a_second_round(tmp_path, capsys):
    year = tmp_path / "a.csv"
    year.write_text(
        'company,round_type,amount,currency,date,investors\nDust,Seed,5500000,USD,2023,"Sequoia, XYZ"\n'
    )
    day = tmp_path / "b.csv"
    day.write_text(
        'company,round_type,amount,currency,date,investors\nDust,Seed,1500000,USD,2023-03-01,"Sequoia, XYZ"\n'
    )
    db = tmp_path / "d.db"
    assert main(["--db", str(db), "--empty", "import", str(year), str(day)]) == 0, capsys.readouterr().err
    from ai_deals.store import Store

    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Dust").id)
    (seed,) = page.rounds
    assert (seed.amount, seed.date, seed.source_count) == (1.5e6, "2023-03-01", 2)
    (amounts,) = page.conflicts
    assert [(s.value, s.sources) for s in amounts.stated] == [("$1.5M", ["b.csv:2"]), ("$5.5M", ["a.csv:2"])]


def test_a_smaller_total_naming_every_investor_is_no_investors_part_when_the_larger_is_shown(
    tmp_path, capsys
):
    year = tmp_path / "a.csv"
    year.write_text(
        'company,round_type,amount,currency,date,investors\nDust,Seed,1500000,USD,2023,"Sequoia, XYZ"\n'
    )
    day = tmp_path / "b.csv"
    day.write_text(
        'company,round_type,amount,currency,date,investors\nDust,Seed,5500000,USD,2023-03-01,"Sequoia, XYZ"\n'
    )
    db = tmp_path / "d.db"
    assert main(["--db", str(db), "--empty", "import", str(year), str(day)]) == 0, capsys.readouterr().err
    from ai_deals.store import Store

    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Dust").id)
    (seed,) = page.rounds
    assert (seed.amount, seed.part_ids, seed.source_count) == (5.5e6, [], 2)
    (amounts,) = page.conflicts
    assert [(s.value, s.sources) for s in amounts.stated] == [("$1.5M", ["a.csv:2"]), ("$5.5M", ["b.csv:2"])]


@pytest.mark.parametrize("order", [[1, 2, 3], [2, 1, 3]])
def test_an_investors_part_is_a_part_whichever_source_of_the_raise_comes_first(order):
    """One article names only Accel, another Accel and Samsung ($410M Series D both); a deal file's
    $25M row of Accel is Accel's part whatever order the records come in: the folded round lists it
    as a part (no rival figure on the page, folded on the timelines)."""
    series_d = {"date": "2025-06-02", "round_type": "Series D"}
    records = {
        1: make_round(1, 1, 410e6, investors=["Accel"], investor_company_ids=[10], **series_d),
        2: make_round(2, 2, 410e6, investors=["Accel", "Samsung"], investor_company_ids=[10, 11], **series_d),
        3: make_round(3, 3, 25e6, investors=["Accel"], investor_company_ids=[10], **series_d),
    }
    (folded,) = fold_rounds([records[i] for i in order])
    assert folded.part_ids == [3]
    assert sorted(folded.record_ids) == [1, 2, 3]


def test_rounds_gathered_by_hand_tell_a_part_against_every_investor_the_raise_names():
    """`raise_parts` of a plain list (not `group_raises`' own) compares a smaller round with the
    investors of all the members that are not smaller, as `_attach_parts` does, not only the first's."""
    series_d = {"date": "2025-06-02", "round_type": "Series D"}
    accel = make_round(1, 1, 410e6, investors=["Accel"], investor_company_ids=[10], **series_d)
    both = make_round(2, 2, 410e6, investors=["Accel", "Samsung"], investor_company_ids=[10, 11], **series_d)
    part = make_round(3, 3, 25e6, investors=["Accel"], investor_company_ids=[10], **series_d)
    assert [r.id for r in same_raise.raise_parts([accel, both, part])] == [3]
    assert (
        same_raise.raise_parts([accel, make_round(4, 4, 25e6, investor_company_ids=[10], **series_d)]) == []
    )


def lumen_page(fresh_store, tmp_path, row_date: str, row_type: str, article_first: bool):
    """Lumen's page after an article's $10M Series A of 2025-03-10 and a deal file's $12M row, in
    the order asked."""
    deals = tmp_path / "deals.csv"
    header = "company,round_type,amount,currency,date"
    deals.write_text(f"{header}\nLumen,{row_type},12000000,USD,{row_date}\n", encoding="utf-8")
    story = round_story(
        "Wire Lumen", {"company": "Lumen", "amount": 10e6, "date": "2025-03-10", "round_type": "Series A"}
    )
    steps = [lambda: fresh_store.import_source(story), lambda: import_deal_file(fresh_store, deals, header)]
    for step in steps if article_first else reversed(steps):
        step()
    return fresh_store.company(fresh_store.find_company("Lumen").id)


@pytest.mark.parametrize("article_first", [True, False], ids=["article first", "deal file first"])
@pytest.mark.parametrize("row_date", ["2025-03-10", "2025-03"], ids=["same day", "month"])
def test_a_deal_file_row_with_another_figure_for_an_articles_raise_is_one_raise_with_a_conflict(
    fresh_store, tmp_path, row_date, article_first
):
    page = lumen_page(fresh_store, tmp_path, row_date, "Series A", article_first)
    (series_a,) = page.rounds
    assert series_a.source_count == 2
    (amounts,) = page.conflicts
    assert [s.value for s in amounts.stated] == ["$10M", "$12M"]
    assert page.raised == {"USD": series_a.amount}  # counted once, not $22M


@pytest.mark.parametrize("article_first", [True, False], ids=["article first", "deal file first"])
def test_a_raise_told_by_an_article_and_a_deal_file_row_shows_the_articles_figure_whatever_the_import_order(
    fresh_store, tmp_path, article_first
):
    """poolside's $500M Series B (an article) and $520M (a deal file's row, same day): the page showed
    whichever was imported first, and "raised" with it."""
    page = lumen_page(fresh_store, tmp_path, "2025-03-10", "Series A", article_first)
    (series_a,) = page.rounds
    assert series_a.amount == 10e6
    assert page.raised == {"USD": 10e6}
    (amounts,) = page.conflicts  # the row's figure is still told, as a conflict
    assert [s.value for s in amounts.stated] == ["$10M", "$12M"]


@pytest.mark.parametrize(("row_date", "row_type"), [("2025-04", "Series A"), ("2025-03", "Seed")])
def test_a_deal_file_row_of_another_month_or_round_type_stays_a_raise_of_its_own(
    fresh_store, tmp_path, row_date, row_type
):
    page = lumen_page(fresh_store, tmp_path, row_date, row_type, article_first=True)
    assert len(page.rounds) == 2
    assert page.raised == {"USD": 22e6}
