"""Review of the merged stake-purchase, agreement, restatement and term rules: a stake told as part of
the round's investment agreement stays in the round; an unrelated raise elsewhere in the article does not
make a stake bought new money; a stake bought earlier does not complete one still agreed; a figure
between a round and its restatement does not make a second round; a deal's term told in the present
perfect is kept."""

from __future__ import annotations

from cli_helpers import import_article, run_ok
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.extract.dates import term_end


def test_a_stake_as_part_of_the_investment_agreement_stays_in_its_round(capsys, tmp_path, monkeypatch):
    article = (
        "title: Zorgly raises $100 million\ndate: 2026-04-02\n\n"
        "Zorgly raised $100 million in a Series C led by Sequoia with Lightspeed. Nvidia invested $20 million "
        "as part of the investment agreement, the company said.\n"
    )
    (stake,) = of_kind(facts_of(article.split("\n\n", 1)[1]), "investment")
    db = import_article(capsys, tmp_path, monkeypatch, article)
    assert "raised $100M" in run_ok(capsys, db, "search", "Zorgly")
    assert stake.investor == "Nvidia"


def test_an_unrelated_raise_elsewhere_does_not_make_a_stake_bought_new_money():
    text = (
        "Eurazeo has acquired a 30% stake in Kappa Vision for €60 million. "
        "Kappa Vision raised €10 million from Partech in 2021."
    )
    stake = only(facts_of(text), "investment")
    assert stake.round_type == "Stake purchase"


def test_a_stake_bought_earlier_in_the_sentence_does_not_complete_one_agreed():
    text = (
        "Eurazeo, which bought a minority stake in Kappa Vision in 2021, has agreed to acquire a further 30% "
        "stake in Kappa Vision for €60 million."
    )
    stake = next(f for f in of_kind(facts_of(text), "investment") if f.amount == 60_000_000)
    assert stake.status == "announced"


def test_a_figure_between_a_round_and_its_restatement_makes_no_second_round():
    text = (
        "Zorgly raised €100 million in a Series B. Its revenue reached €20 million last year. "
        "The round, roughly $108 million, is the largest in Europe this year."
    )
    round_ = only(facts_of(text), "round")
    assert (round_.amount, round_.equivalent_amount, round_.equivalent_currency) == (
        100_000_000,
        108_000_000,
        "USD",
    )


def test_an_acquisitions_sum_restated_at_current_exchange_rates_is_its_equivalent():
    text = (
        "Acme agreed to acquire Zorgly for $1.2 billion. "
        "At current exchange rates the deal is worth about €1.1 billion."
    )
    deal = only(facts_of(text), "acquisition")
    assert (deal.equivalent_amount, deal.equivalent_currency) == (1_100_000_000, "EUR")


def test_a_deal_s_term_told_in_the_present_perfect_is_kept():
    assert term_end("Zorgly has agreed to supply chips to Acme for five years.", "2026-03-03") == "2031-03-03"


def test_a_french_deal_s_term_after_a_passive_passe_compose_is_kept():
    sentence = "Zorgly a été choisie pour équiper les trains pendant cinq ans."
    assert term_end(sentence, "2026-03-03") == "2031-03-03"


def test_how_long_someone_has_been_a_partner_is_no_term():
    assert (
        term_end("Acme, which has been a partner of Zorgly for five years, signed a deal.", "2026-03-03")
        is None
    )


def test_a_veteran_of_twenty_years_before_a_comma_gives_the_deal_no_term():
    sentence = "Acme, whose chief executive is a 20-year industry veteran, signed a deal with Zorgly."
    assert term_end(sentence, "2026-03-03") is None
    assert only(facts_of(sentence), "partnership").until is None


def test_a_length_with_a_comma_and_five_words_before_the_deal_noun_is_its_term():
    sentence = "Zorgly signed a 10-year, $2 billion cloud computing services agreement with Acme."
    assert term_end(sentence, "2026-03-03") == "2036-03-03"
