"""A stake bought ("Eurazeo has acquired a 30% stake in Kappa Vision for €60 million") may be shares
bought from their holders: unless the article says the company raised money or issued new shares, it is
a "Stake purchase" that money raised does not count, and one told in the past tense is completed."""

from __future__ import annotations

from cli_helpers import import_deals, run_ok

from ai_deals.importers.article import parse_article

KAPPA = (
    "<html><head><title>Eurazeo acquires 30% of Paris-based Kappa Vision</title>"
    '<meta name="date" content="2026-05-05"></head>\n<body><p>Eurazeo has acquired a 30% stake in Kappa '
    "Vision, a Paris computer-vision company, for €60 million, the firm said on Monday.</p>\n"
    "<p>Kappa Vision said its annual revenue reached €12 million in 2025.</p></body></html>\n"
)


def stake_of(text: str):
    (stake,) = [fact for fact in parse_article(text).facts if fact.kind == "investment"]
    return stake


def test_a_stake_bought_is_no_money_raised_on_the_page_nor_in_search(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    path = tmp_path / "kappa.html"
    path.write_text(KAPPA, encoding="utf-8")
    db = tmp_path / "kappa.db"
    run_ok(capsys, db, "--empty", "import", str(path))
    page = run_ok(capsys, db, "show", "Kappa Vision")
    assert "raised" not in page
    row = next(line for line in page.splitlines() if "Eurazeo" in line)
    assert "€60M" in row and "30%" in row and "Stake purchase" in row and "completed" in row
    assert "raised" not in run_ok(capsys, db, "search", "Kappa Vision")


def test_a_stake_bought_in_the_past_tense_is_completed_and_one_agreed_is_announced():
    done = stake_of(
        "Eurazeo has acquired a 30% stake in Kappa Vision for €60 million, the firm said on Monday."
    )
    agreed = stake_of("Eurazeo has agreed to acquire a 30% stake in Kappa Vision for €60 million.")
    assert (done.round_type, done.status) == ("Stake purchase", "completed")
    assert (agreed.round_type, agreed.status) == ("Stake purchase", "announced")


def test_a_french_stake_bought_is_a_completed_stake_purchase():
    stake = stake_of(
        "Bpifrance a racheté une participation de 20 % dans Vektis, une start-up lyonnaise, pour 10 millions "
        "d'euros, a annoncé mardi la société."
    )
    assert (stake.investor, stake.amount, stake.percentage) == ("Bpifrance", 10e6, 20)
    assert (stake.round_type, stake.status) == ("Stake purchase", "completed")


def test_a_stake_bought_through_new_shares_is_money_raised():
    stake = stake_of(
        "Eurazeo has acquired a 30% stake in Kappa Vision for €60 million through a capital increase, the "
        "firm said on Monday."
    )
    assert stake.round_type is None and stake.status == "completed"


def test_a_deal_files_secondary_stake_is_no_money_raised(capsys, tmp_path):
    db = import_deals(
        capsys,
        tmp_path,
        "kind,company,investor,amount,currency,round_type,date\n"
        "investment,Kappa Vision,Eurazeo,60000000,EUR,secondary,2026-05-04\n"
        "investment,Kappa Vision,Lightspeed,10000000,EUR,,2026-06-01\n",
    )
    assert "raised €10M" in run_ok(capsys, db, "show", "Kappa Vision")


def test_a_stake_purchase_stays_one_after_an_export_round_trip(tmp_path):
    from test_export_same_pages import _round_trip_differences

    path = tmp_path / "kappa.html"
    path.write_text(KAPPA, encoding="utf-8")
    assert _round_trip_differences([path], tmp_path) == []
