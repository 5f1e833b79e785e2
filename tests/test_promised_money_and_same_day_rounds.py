"""Money promised on a condition beside a round of its day, and same-day rounds of different types
(store/money_raised.py, store/writing.py `day_round`, importers/extract/facts.py `_stakes_join_round`)."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, only
from test_money_raised import chart_total, page_of

from ai_deals.store import Store
from ai_deals.store.money_raised import stakes_outside_rounds
from ai_deals.tui.widgets.charts import funding_bars, makeup_section

KYRA = (
    "Kyra, a Berlin-based AI lab, said on Tuesday it raised €600 million in a Series B round led by Atlas "
    "Ventures. SoftBank could invest up to a further €1 billion if Kyra meets revenue targets. Kyra is "
    "valued at €5.8 billion post-money."
)
KYRA_ARTICLE = f"title: Kyra raises €600 million\ndate: 2026-03-10\nurl: https://example.com/kyra\nlanguage: en\n\n{KYRA}\n"
KYROX_DEALS = (
    "company,investor,amount,currency,date,status,bound,condition,round_type\n"
    "Kyrox,Lightspeed,600000000,EUR,2025-05-06,,,,Series B\n"
    "Kyrox,SoftBank,1000000000,EUR,2025-05-06,conditional,maximum,if Kyrox meets revenue targets,\n"
)


def imported(capsys, tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    return db


def test_a_conditional_further_promise_is_a_stake_with_its_condition_not_a_round_investor():
    facts = facts_of(KYRA, published="2026-03-10")
    series_b, softbank = only(facts, "round"), only(facts, "investment")
    assert series_b.investors == ["Atlas Ventures"]
    assert (softbank.investor, softbank.status) == ("SoftBank", "conditional")
    assert softbank.condition == "if Kyra meets revenue targets"


def test_an_articles_conditional_stake_stays_out_of_its_days_round(capsys, tmp_path):
    db = imported(capsys, tmp_path, "kyra.txt", KYRA_ARTICLE)
    with Store.open(db) as store:
        page = page_of(store, "Kyra")
        (series_b,) = page.rounds
        softbank = next(stake for stake in page.investors if stake.investor == "SoftBank")
        assert softbank.round_ids == [] and softbank.condition == "if Kyra meets revenue targets"
        assert "SoftBank" not in series_b.investors
        assert page.raised == {"EUR": 600e6}
        assert page.raised_conditional == {"EUR": (1e9, True)}
        assert makeup_section(page, series_b) is None  # no make-up bar bigger than the round
    code, out, _ = run(capsys, "--db", str(db), "show", "Kyra")
    assert code == 0 and "raised €600M (+ up to €1B conditional)" in out.splitlines()
    code, out, _ = run(capsys, "--db", str(db), "timeline", "--company", "Kyra")
    assert code == 0 and "SoftBank invests ≤€1B in Kyra (Series B)" not in out


def test_a_deal_files_conditional_stake_is_in_no_round_of_its_day(capsys, tmp_path):
    db = imported(capsys, tmp_path, "kyrox.csv", KYROX_DEALS)
    with Store.open(db) as store:
        page = page_of(store, "Kyrox")
        (series_b,) = page.rounds
        softbank = next(stake for stake in page.investors if stake.investor == "SoftBank")
        assert softbank.round_ids == [] and "SoftBank" not in series_b.investors
        assert page.raised == {"EUR": 600e6} and page.raised_conditional == {"EUR": (1e9, True)}
    code, out, _ = run(capsys, "--db", str(db), "show", "Kyrox")
    assert code == 0 and "raised €600M (+ up to €1B conditional)" in out.splitlines()


ORBITRA_ARTICLE = (
    "title: Orbitra raises $50 million\ndate: 2026-04-02\nurl: https://example.com/orbitra\nlanguage: en\n\n"
    "Orbitra, a Lisbon-based AI start-up, said on Thursday it raised $50 million in a Series B round led by "
    "Helix Capital.\n"
)
ORBITRA_DEALS = (
    "company,investor,amount,currency,date,round_type\n"
    "Orbitra,Pell Capital,5000000,USD,2026-04-02,\n"
    "Orbitra,Nordlys Ventures,10000000,USD,2026-04-02,Seed\n"
)


def orbitra_db(capsys, tmp_path: Path) -> Path:
    imported(capsys, tmp_path, "orbitra.txt", ORBITRA_ARTICLE)
    return imported(capsys, tmp_path, "orbitra.csv", ORBITRA_DEALS)


def test_same_day_rounds_of_different_types_are_two_raises_not_rival_figures(capsys, tmp_path):
    db = orbitra_db(capsys, tmp_path)
    with Store.open(db) as store:
        page = page_of(store, "Orbitra")
        assert sorted(r.round_type for r in page.rounds) == ["Seed", "Series B"]
        assert page.raised == {"USD": 65e6} == chart_total(page)
        assert not [c for c in page.conflicts if c.what.startswith("round")]
        assert all(bar.counted for bar in funding_bars(page))
    code, out, _ = run(capsys, "--db", str(db), "show", "Orbitra")
    assert code == 0 and "raised $65M" in out.splitlines() and "CONFLICT" not in out


def test_an_untyped_stake_of_a_day_of_several_rounds_is_drawn_in_none_and_counts_on_its_own(capsys, tmp_path):
    db = orbitra_db(capsys, tmp_path)
    with Store.open(db) as store:
        page = page_of(store, "Orbitra")
        for item in page.rounds:
            section = makeup_section(page, item)
            assert section is None or "Pell Capital" not in [bar.label for bar in section.bars]
        assert [s.investor for s in stakes_outside_rounds(page.investors, [[r] for r in page.rounds])] == [
            "Pell Capital"
        ]


ZETA_ARTICLE = (
    "title: Zeta AI raises $20 million\ndate: 2026-02-03\nurl: https://example.org/zeta\nlanguage: en\n\n"
    "Zeta AI, a Paris-based AI startup, said on Tuesday it raised $20 million in a Series A round led by\n"
    "Vantor Capital, with participation from Osk Partners.\n"
)
ZETA_DEALS = "company,investor,amount,currency,date,round_type,lead\nZeta AI,Vantor Capital,12000000,USD,2026-02-03,Series A,yes\n"


def test_the_company_timeline_folds_an_investors_part_into_its_raise(capsys, tmp_path):
    imported(capsys, tmp_path, "zeta.txt", ZETA_ARTICLE)
    db = imported(capsys, tmp_path, "zeta.csv", ZETA_DEALS)
    with Store.open(db) as store:
        company_id = store.find_company("Zeta AI").id
        (event,) = [e for e in store.timeline(company_id) if e.ref.record_type == "round"]
        assert event.title.startswith("Zeta AI raises $20M (Series A)")
        assert [ref.record_type for ref in event.also] == ["round"]
    code, out, _ = run(capsys, "--db", str(db), "timeline", "--company", "Zeta AI")
    assert code == 0 and "$20M (Series A)" in out and "$12M" not in out


def test_a_date_phrase_before_a_company_name_is_never_its_description():
    from extract_helpers import company_named

    text = "Tamaki AI raised ¥5 billion from Nvidia. Four months ago, Tamaki reported revenue of ¥3 billion."
    assert company_named(text, "Tamaki AI", "en").description is None
    french = "Tamaki AI a levé 5 milliards de yens auprès de Nvidia. Il y a quatre mois, Tamaki affichait un chiffre d'affaires de 3 milliards de yens."
    assert company_named(french, "Tamaki AI", "fr").description is None


MISTRAL_POST_MONEY = (
    "title: Mistral AI raises\ndate: 2025-09-09\nurl: https://example.com/m\nlanguage: en\n\n"
    "Mistral AI raised €1.7 billion in a Series C led by ASML, valuing Mistral AI at €11.7 billion post-money.\n"
)
MISTRAL_NO_BASIS = (
    "title: Mistral AI lève\ndate: 2025-09-09\nurl: https://example.fr/m\nlanguage: fr\n\n"
    "Mistral AI a levé 1,7 milliard d'euros lors d'une série C menée par ASML, pour une valorisation de "
    "11,7 milliards d'euros.\n"
)


def test_a_valuation_of_no_stated_basis_folds_into_the_same_figure_stated_post_money(capsys, tmp_path):
    imported(capsys, tmp_path, "m_en.txt", MISTRAL_POST_MONEY)
    db = imported(capsys, tmp_path, "m_fr.txt", MISTRAL_NO_BASIS)
    with Store.open(db) as store:
        page = page_of(store, "Mistral AI")
        (valuation,) = [m for m in page.metrics if m.metric == "valuation"]
        assert (valuation.value, valuation.basis) == (11.7e9, "post_money")
        assert len(valuation.same_metric_ids) == 1 and len(valuation.evidence) == 2
        assert not page.conflicts


def test_a_typed_conditional_stake_joins_no_other_sources_round_that_does_not_name_it(capsys, tmp_path):
    article = KYRA_ARTICLE.replace(
        " SoftBank could invest up to a further €1 billion if Kyra meets revenue targets.", ""
    )
    imported(capsys, tmp_path, "kyra.txt", article)
    deals = (
        "company,investor,kind,amount,currency,bound,date,round_type,status,condition\n"
        "Kyra,SoftBank,investment,1000000000,EUR,maximum,2026-03-10,Series B,conditional,if Kyra meets revenue targets\n"
    )
    db = imported(capsys, tmp_path, "kyra.csv", deals)
    with Store.open(db) as store:
        page = page_of(store, "Kyra")
        (series_b,) = page.rounds
        softbank = next(stake for stake in page.investors if stake.investor == "SoftBank")
        assert softbank.round_ids == [] and "SoftBank" not in series_b.investors
        assert page.raised == {"EUR": 600e6} and page.raised_conditional == {"EUR": (1e9, True)}


def test_a_stake_whose_round_type_the_review_changes_to_seed_is_no_part_of_the_days_series_b(
    capsys, tmp_path
):
    from ai_deals.store import review

    imported(capsys, tmp_path, "orbitra.txt", ORBITRA_ARTICLE)
    deals = (
        "company,investor,kind,amount,currency,bound,date,round_type\n"
        "Orbitra,Nordlys Ventures,investment,10000000,USD,exact,2026-04-02,Series B\n"
    )
    db = imported(capsys, tmp_path, "orbitra.csv", deals)
    with Store.open(db) as store:
        nordlys = next(s for s in page_of(store, "Orbitra").investors if s.investor == "Nordlys Ventures")
        assert page_of(store, "Orbitra").raised == {"USD": 50e6}  # its part of the Series B
        store.edit_fact(nordlys.ref, review.FactEdit(round_type="Seed"))
        page = page_of(store, "Orbitra")
        (series_b,) = page.rounds
        assert page.raised == {"USD": 60e6}
        section = makeup_section(page, series_b)
        assert section is None or "Nordlys Ventures" not in [bar.label for bar in section.bars]
