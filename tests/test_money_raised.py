"""Money raised: one rule for a search result's "raised $X", the page's header, its chart and `show`
(store/money_raised.py, README "Money raised")."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import import_deals, private_default_db, run  # noqa: F401 (autouse fixture)
from test_figures import AFP_TITLE, REUTERS_TITLE, round_fact, story, summary

from ai_deals.store import Store
from ai_deals.tui.screens.company import page_title
from ai_deals.tui.screens.company_rows import build_rows
from ai_deals.tui.widgets.charts import FundingChart, by_year, funding_bars

from factories import import_deal_file

ROUNDS_HEADER = "company,investors,amount,currency,date,round"
TWO_SEEDS = (
    f"{ROUNDS_HEADER}\nMixCo,InvA,1000000,USD,2024-01-05,Seed\nMixCo,InvB,5000000,USD,2024-01-05,Seed\n"
)
SEED_AND_A = (
    f"{ROUNDS_HEADER}\nMixCo,InvA,1000000,USD,2024-01-05,Seed\nMixCo,InvB,5000000,USD,2024-01-05,Series A\n"
)
SEED = next((Path(__file__).resolve().parents[1] / "seeds").glob("*openai*.txt"))
STAKES_ONLY = f"{ROUNDS_HEADER}\nMx,InvA,1000000,USD,2024-01-05,\nMx,InvB,1000000,USD,2024-01-06,\n"


def with_deals(tmp_path: Path, deals: str) -> Store:
    path = tmp_path / "deals.csv"
    path.write_text(deals, encoding="utf-8")
    store = Store.open(tmp_path / "money.db")
    import_deal_file(store, path, deals.splitlines()[0])
    return store


def page_of(store: Store, name: str):
    return store.company(store.find_company(name).id)


def chart_total(page) -> dict[str, float]:
    """What the chart's bars add up to, per currency, counting only the bars it counts."""
    totals: dict[str, float] = {}
    for bar in funding_bars(page):
        if bar.counted and bar.currency:
            totals[bar.currency] = totals.get(bar.currency, 0.0) + bar.total
    return totals


def test_two_rounds_one_source_gives_on_one_day_are_both_money_raised(tmp_path):
    with with_deals(tmp_path, TWO_SEEDS) as store:
        page = page_of(store, "MixCo")
        assert len(page.rounds) == 2
        assert page.raised == {"USD": 6e6} == chart_total(page)
        assert summary(store, "MixCo") == "raised $6M · last round 2024-01-05 · 2 investors"
        assert page_title(page).plain.startswith("MixCo   raised $6M · 2 rounds")


def test_two_round_types_one_source_gives_on_one_day_are_both_money_raised(tmp_path):
    with with_deals(tmp_path, SEED_AND_A) as store:
        assert page_of(store, "MixCo").raised == {"USD": 6e6}
        assert summary(store, "MixCo").startswith("raised $6M ·")


def test_two_sources_giving_one_day_different_amounts_count_one_account_everywhere(fresh_store):
    """Rival accounts of a day (a conflict the page points out) are not money raised twice: the
    search, the header and the chart's year bar count the larger; the chart draws the other muted."""
    fresh_store.import_source(story(AFP_TITLE, round_fact(1.7e9)))
    fresh_store.import_source(story(REUTERS_TITLE, round_fact(1.3e9)))
    page = page_of(fresh_store, "Mistral AI")
    assert page.raised == {"EUR": 1.7e9} == chart_total(page)
    assert summary(fresh_store, "Mistral AI").startswith("raised €1.7B ·")
    assert "raised €1.7B" in page_title(page).plain
    bars = funding_bars(page)
    (rival,) = [bar for bar in bars if not bar.counted]
    assert rival.amount_text == "€1.3B" and rival.muted and "not counted" in rival.note
    (year,) = by_year([("2025-09-09", bar) for bar in bars * 13], "round")  # past MAX_BARS: by year
    assert year.amount_text == "€22.1B"  # 13 × €1.7B, the rival €1.3B left out


def test_a_company_with_only_stakes_raised_their_money(tmp_path):
    """Deal-file rows without a round type are stakes: the chart drew them, search said nothing."""
    with with_deals(tmp_path, STAKES_ONLY) as store:
        page = page_of(store, "Mx")
        assert not page.rounds and len(page.investors) == 2
        assert page.raised == {"USD": 2e6} == chart_total(page)
        assert summary(store, "Mx") == "raised $2M · 2 investors"
        assert "raised $2M" in page_title(page).plain


def test_a_stake_in_a_round_is_counted_once_with_its_round(tmp_path):
    """A stake of no round made the day of a round that has no linked stake is that round's part
    (its make-up chart says so): the round's money counts, not the stake's again."""
    deals = f"{ROUNDS_HEADER}\nRoco,,10000000,USD,2024-01-05,Series A\nRoco,InvA,4000000,USD,2024-01-05,\n"
    with with_deals(tmp_path, deals) as store:
        page = page_of(store, "Roco")
        assert len(page.rounds) == 1 and len(page.investors) == 1
        assert page.raised == {"USD": 10e6} == chart_total(page)
        assert summary(store, "Roco").startswith("raised $10M ·")


def test_a_cumulative_figure_is_noted_not_drawn_as_money_raised_in_its_first_year(capsys, tmp_path):
    """The seed's "total supérieur à 13 milliards depuis 2019" (Microsoft) was a `2019 ≥ $13B` bar."""
    db = tmp_path / "seeded.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(SEED))[0] == 0
    with Store.open(db) as store:
        page = page_of(store, "OpenAI")
        assert [bar.label for bar in funding_bars(page) if bar.amount_text] == ["2026-02-27"]
        # Amazon's $35B "once certain conditions are met" is told beside money raised, drawn hatched
        assert page.raised == {"USD": 75e9} and chart_total(page) == {"USD": 110e9}
    chart = FundingChart()
    chart.show(page)
    (section,) = chart.sections
    assert section.notes == ("Microsoft: ≥$13B in total since 2019 (not added to money raised)",)


def test_a_company_with_only_a_cumulative_figure_keeps_its_note(tmp_path):
    deals = "company,investors,amount,currency,date,status,bound\nCumu,InvA,13000000000,USD,2019,cumulative,minimum\n"
    with with_deals(tmp_path, deals) as store:
        page = page_of(store, "Cumu")
        (stake,) = page.investors
        assert stake.status == "cumulative"
        assert page.raised == {}
        chart = FundingChart()
        chart.show(page)
        assert chart.sections and chart.sections[0].notes[0].startswith("InvA: ≥$13B in total since 2019")


def test_the_investors_section_counts_investors_as_the_header_does(tmp_path):
    """The header said "2 investors", the section "Investors (3)": three stakes of two investors."""
    deals = (
        f"{ROUNDS_HEADER}\nTwo,InvA,1000000,USD,2024-01-05,\n"
        "Two,InvA,2000000,USD,2025-01-05,\nTwo,InvB,3000000,USD,2025-02-05,\n"
    )
    with with_deals(tmp_path, deals) as store:
        page = page_of(store, "Two")
        assert "2 investors" in page_title(page).plain
        headers = [row.pieces[0][0] for row in build_rows(page) if row.role == "header"]
        assert "Investors (2 · 3 investments)" in headers


def test_the_investors_section_counts_a_running_total_apart_from_the_investments(tmp_path):
    """OpenAI's "Investors (4 · 6 investments)" counted Microsoft's ≥$13B since 2019, a running total."""
    deals = (
        "company,investors,amount,currency,date,status,bound\n"
        "Cumu,InvA,13000000000,USD,2019,cumulative,minimum\n"
        "Cumu,InvA,10000000000,USD,2023-01-23,,\n"
        "Cumu,InvB,3000000,USD,2025-02-05,,\n"
    )
    with with_deals(tmp_path, deals) as store:
        page = page_of(store, "Cumu")
        headers = [row.pieces[0][0] for row in build_rows(page) if row.role == "header"]
        assert "Investors (2 · 1 running total)" in headers


def test_search_and_show_say_the_same_money_raised(capsys, tmp_path):
    db = str(import_deals(capsys, tmp_path, TWO_SEEDS))
    code, out, _ = run(capsys, "--db", db, "search", "MixCo")
    assert code == 0 and "raised $6M" in out
    code, out, _ = run(capsys, "--db", db, "show", "MixCo")
    assert code == 0 and "raised $6M" in out.splitlines()[1]
    code, out, _ = run(capsys, "--db", db, "show", "--json", "MixCo")
    assert code == 0 and '"raised": {' in out and "6000000.0" in out


def test_show_notes_a_cumulative_figure_apart(capsys, tmp_path):
    db = str(tmp_path / "seeded.db")
    assert run(capsys, "--db", db, "--empty", "import", str(SEED))[0] == 0
    code, out, _ = run(capsys, "--db", db, "show", "OpenAI")
    assert code == 0
    assert "raised $75B (+ $35B conditional)" in out
    assert "Microsoft: ≥$13B in total since 2019 (not added to money raised)" in out


# Two deal files telling one Seed ($5M, then $7M) and, that day, stakes of $2M and of €3M.
MIXED_DAY = (
    f"{ROUNDS_HEADER}\nStakeCo,InvA,5000000,USD,2024-01-05,Seed\nStakeCo,InvB,2000000,USD,2024-01-05,\n"
    "StakeCo,InvC,1000000,USD,2024-03-01,\nStakeCo,InvD,3000000,EUR,2024-01-05,\n",
    # The whole Seed names an investor besides InvA: st1's $5M of InvA alone is InvA's part of it (a
    # smaller round naming every investor of the raise would be a conflicting figure for it).
    f"{ROUNDS_HEADER}\nStakeCo,InvC,1000000,USD,2024-03-01,\nStakeCo,InvA; InvE,7000000,USD,2024-01-05,Seed\n",
)


def with_two_files(tmp_path: Path, first: str, second: str) -> Store:
    store = Store.open(tmp_path / "money.db")
    for name, deals in (("st1.csv", first), ("st2.csv", second)):
        path = tmp_path / name
        path.write_text(deals, encoding="utf-8")
        import_deal_file(store, path, deals.splitlines()[0])
    return store


def makeup_of(page, item):
    from ai_deals.tui.widgets.charts import makeup_section

    section = makeup_section(page, item)
    return section.title, [(bar.label, bar.amount_text) for bar in section.bars]


def test_a_stake_in_another_currency_on_a_rounds_day_counts_on_its_own(tmp_path):
    """InvD's €3M, the day of a $7M Seed, was subtracted from it as dollars ("not attributed $2M")
    and counted nowhere ("raised $8M"): it is no part of a dollar round, and counts on its own."""
    with with_two_files(tmp_path, *MIXED_DAY) as store:
        page = page_of(store, "StakeCo")
        invd = next(stake for stake in page.investors if stake.investor == "InvD")
        assert invd.round_ids == []
        assert page.raised == {"USD": 8e6, "EUR": 3e6} == chart_total(page)
        assert summary(store, "StakeCo").startswith("raised $8M + €3M ·")
        assert "raised $8M + €3M" in page_title(page).plain
        (seed,) = page.rounds
        # st1's $5M Seed of InvA alone is InvA's part of the $7M Seed (same_raise._attach_parts): drawn as
        # InvA's, the €3M subtracted from nothing.
        assert makeup_of(page, seed) == (
            "Round of 2024-01-05 · $7M",
            [("InvB", "$2M"), ("InvA", "$5M")],
        )
        assert ("2024-01-05", "€3M") in [(bar.label, bar.amount_text) for bar in funding_bars(page)]


def test_a_database_linking_a_stake_to_a_round_in_another_currency_counts_it_on_its_own(tmp_path):
    """Databases imported before the fix link the €3M stake to the day's dollar round."""
    with with_two_files(tmp_path, *MIXED_DAY) as store:
        page = page_of(store, "StakeCo")
        (seed,) = page.rounds
        store.db.execute(
            "UPDATE stakes SET round_id = ? WHERE round_id IS NULL AND date = '2024-01-05'",
            [seed.accounts[-1].id],
        )
        store.db.conn.commit()
        page = page_of(store, "StakeCo")
        assert page.raised == {"USD": 8e6, "EUR": 3e6} == chart_total(page)
        assert summary(store, "StakeCo").startswith("raised $8M + €3M ·")
        assert makeup_of(page, page.rounds[0])[1] == [("InvB", "$2M"), ("InvA", "$5M")]  # InvA's part


def test_a_stake_in_a_rounds_stated_equivalent_is_its_part_converted(tmp_path):
    """A round told "€3M (about $3.3M)" takes a stake in dollars that day, converted by that rate."""
    from ai_deals.store.models import Round, Stake
    from ai_deals.store.money_raised import in_round_money, raised_totals, round_stakes

    seed = Round(id=1, company_id=1, company="Eco", amount=3e6, currency="EUR", date="2024-01-05",
                 equivalent_amount=3.3e6, equivalent_currency="USD")  # fmt: skip
    stake = Stake(id=1, company_id=1, company="Eco", investor_id=1, investor_company_id=2, investor="InvA",
                  amount=1.1e6, currency="USD", date="2024-01-05")  # fmt: skip
    pound = stake.model_copy(update={"id": 2, "currency": "GBP"})
    assert round_stakes(seed, [stake, pound]) == [stake]
    assert in_round_money(seed, stake) == 1e6 and in_round_money(seed, pound) is None
    assert raised_totals([[seed]], [stake, pound]) == {"EUR": 3e6, "GBP": 1.1e6}


def test_show_and_search_count_a_stake_in_another_currency_on_its_own(capsys, tmp_path):
    store = with_two_files(tmp_path, *MIXED_DAY)
    store.close()
    db = str(tmp_path / "money.db")
    code, out, _ = run(capsys, "--db", db, "show", "StakeCo")
    assert code == 0 and out.splitlines()[1] == "raised $8M + €3M"
    code, out, _ = run(capsys, "--db", db, "search", "StakeCo")
    assert code == 0 and "raised $8M + €3M" in out


ZORBIT = (
    "Zorbit, a Paris-based generative AI start-up, said on Tuesday it had raised €100 million in a Series B "
    "round led by Lightspeed. Nvidia invested $30 million in the round, and Bpifrance contributed €10 million."
)


def zorbit_store(capsys, tmp_path: Path) -> Store:
    article = tmp_path / "zorbit.txt"
    article.write_text(
        f"title: Zorbit raises €100 million\ndate: 2025-03-04\nlanguage: en\n\n{ZORBIT}\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "--db", str(tmp_path / "zorbit.db"), "import", str(article))
    assert code == 0, err
    return Store.open(tmp_path / "zorbit.db")


def test_a_stake_an_article_puts_in_its_round_in_another_currency_is_part_of_the_round(capsys, tmp_path):
    """Nvidia's "$30 million in the round" of a €100M Series B was counted on its own ("raised $30M +
    €100M", a bar of its own, Nvidia not among the round's investors): it is the round's part."""
    with zorbit_store(capsys, tmp_path) as store:
        page = page_of(store, "Zorbit")
        (series_b,) = page.rounds
        nvidia = next(stake for stake in page.investors if stake.investor == "Nvidia")
        assert nvidia.round_ids == [series_b.id]
        assert "Nvidia" in series_b.investors
        assert page.raised == {"EUR": 100e6} == chart_total(page)
        assert summary(store, "Zorbit").startswith("raised €100M ·")
        assert [bar.amount_text for bar in funding_bars(page)] == ["€100M"]
        title, bars = makeup_of(page, series_b)
        assert ("Nvidia", "$30M") in bars and ("not attributed", "€90M") in bars  # not subtracted
        from ai_deals.tui.widgets.charts import makeup_section

        notes = {bar.label: bar.note for bar in makeup_section(page, series_b).bars}
        assert notes["Nvidia"] == "in another currency" and notes["Bpifrance"] == ""


def test_show_counts_an_articles_stake_in_another_currency_with_its_round(capsys, tmp_path):
    zorbit_store(capsys, tmp_path).close()
    code, out, _ = run(capsys, "--db", str(tmp_path / "zorbit.db"), "show", "Zorbit")
    assert code == 0 and "raised €100M" in out.splitlines()
    assert "$30M" not in out.split("Rounds")[0]


def test_a_stake_in_another_currency_by_one_of_the_rounds_investors_is_part_of_the_round(capsys, tmp_path):
    """No "in the round": the article names Balderton among the round's investors, then its €10M."""
    article = tmp_path / "quarko.txt"
    article.write_text(
        "title: Quarko raises $50 million\ndate: 2025-03-04\nlanguage: en\n\nQuarko, a Berlin AI start-up,"
        " raised $50 million in a Series A round led by Index Ventures and Balderton. Balderton invested"
        " €10 million.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "quarko.db")
    assert run(capsys, "--db", db, "import", str(article))[0] == 0
    code, out, _ = run(capsys, "--db", db, "show", "Quarko")
    assert code == 0 and "raised $50M" in out.splitlines()


def test_a_raise_still_in_talks_is_told_but_not_money_raised(tmp_path):
    with Store.open(tmp_path / "talks.db") as store:
        store.import_source(
            story(
                "Mistral AI raised, and talks again",
                round_fact(0.6e9, "EUR", "2025-06-11"),
                round_fact(1e9, "EUR", "2026-03-02", status="in_talks"),
            )
        )
        page = page_of(store, "Mistral AI")
        assert len(page.rounds) == 2
        assert page.raised == {"EUR": 0.6e9} == chart_total(page)
        assert summary(store, "Mistral AI") == "raised €600M · last round 2025-06-11"
        notes = [bar.note for bar in funding_bars(page) if not bar.counted]
        assert notes == ["not counted: still in talks"]


def test_show_and_dry_run_say_a_raise_is_still_in_talks(tmp_path, capsys):
    article = tmp_path / "talks.txt"
    article.write_text(
        "title: Kelvane in talks\ndate: 2025-11-10\n\n"
        "Dutch startup Kelvane is in talks to raise $400 million, Reuters reported.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "talks.db")
    code, out, err = run(capsys, "--db", db, "--empty", "import", "--dry-run", str(article))
    assert code == 0, err
    assert "round: Kelvane · $400M · 2025-11-10 · in talks" in out
    code, out, err = run(capsys, "--db", db, "--empty", "import", str(article))
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "show", "Kelvane")
    assert code == 0, err
    assert "$400M (in talks)" in out
    assert "raised" not in out.split("Rounds")[0]


def test_a_cumulative_figure_on_the_timeline_says_it_is_a_total_since_its_date(capsys, tmp_path):
    """`2019  Microsoft has invested ≥$13B in OpenAI` read as a $13B deal of 2019."""
    db = str(tmp_path / "seeded.db")
    assert run(capsys, "--db", db, "--empty", "import", str(SEED))[0] == 0
    code, out, _ = run(capsys, "--db", db, "timeline", "--company", "OpenAI")
    assert code == 0
    (line,) = [line for line in out.splitlines() if "≥$13B" in line]
    assert "Microsoft has invested ≥$13B in total since 2019 in OpenAI" in line


def test_a_page_and_a_search_hit_count_money_raised_and_conditional_money_in_one_pass(tmp_path, monkeypatch):
    """Money raised and the conditional money beside it come from one reading of what is counted
    (`money_raised.money_totals`), not one each: a search reads them for every hit."""
    from ai_deals.store import money_raised

    passes = []
    counted = money_raised._counted_money
    monkeypatch.setattr(money_raised, "_counted_money", lambda *args: passes.append(1) or counted(*args))
    with with_deals(tmp_path, TWO_SEEDS) as store:
        company = store.find_company("MixCo").id
        passes.clear()
        assert store.company(company).raised == {"USD": 6e6}
        assert len(passes) == 1
        passes.clear()
        assert summary(store, "MixCo").startswith("raised $6M")
        assert len(passes) == 1


def test_an_untyped_stake_larger_than_the_days_only_round_counts_on_its_own(tmp_path):
    """Another source's $20M of InvZ, untyped, the day of a $5M Seed cannot be a part of it: it
    counts on its own, and the Seed's make-up does not draw it."""
    seed = f"{ROUNDS_HEADER}\nBigCo,InvA,5000000,USD,2024-01-05,Seed\n"
    stake = f"{ROUNDS_HEADER}\nBigCo,InvZ,20000000,USD,2024-01-05,\n"
    with with_two_files(tmp_path, seed, stake) as store:
        page = page_of(store, "BigCo")
        assert page.raised == {"USD": 25e6} == chart_total(page)
        assert summary(store, "BigCo").startswith("raised $25M ·")
        from ai_deals.tui.widgets.charts import makeup_section

        assert makeup_section(page, page.rounds[0]) is None  # the Seed has no part to draw


def test_an_untyped_stake_within_the_days_only_round_is_still_its_part(tmp_path):
    seed = f"{ROUNDS_HEADER}\nBigCo,InvA,5000000,USD,2024-01-05,Seed\n"
    stake = f"{ROUNDS_HEADER}\nBigCo,InvZ,2000000,USD,2024-01-05,\n"
    with with_two_files(tmp_path, seed, stake) as store:
        page = page_of(store, "BigCo")
        assert page.raised == {"USD": 5e6} == chart_total(page)


def test_an_untyped_stake_larger_than_its_files_round_that_day_is_not_put_in_it(tmp_path):
    """One deal file's $5M Seed and InvZ's $20M (no round type) the same day: the $20M cannot be a
    part of the Seed, so the import leaves it out of the round and it counts on its own."""
    deals = f"{ROUNDS_HEADER}\nBigCo,InvA,5000000,USD,2024-01-05,Seed\nBigCo,InvZ,20000000,USD,2024-01-05,\n"
    with with_deals(tmp_path, deals) as store:
        page = page_of(store, "BigCo")
        (invz,) = [stake for stake in page.investors if stake.investor == "InvZ"]
        assert invz.round_ids == []
        assert page.raised == {"USD": 25e6} == chart_total(page)


def test_an_untyped_stake_within_its_files_round_that_day_is_still_put_in_it(tmp_path):
    deals = f"{ROUNDS_HEADER}\nBigCo,InvA,5000000,USD,2024-01-05,Seed\nBigCo,InvZ,2000000,USD,2024-01-05,\n"
    with with_deals(tmp_path, deals) as store:
        page = page_of(store, "BigCo")
        (invz,) = [stake for stake in page.investors if stake.investor == "InvZ"]
        assert invz.round_ids == [page.rounds[0].id]
        assert page.raised == {"USD": 5e6}
