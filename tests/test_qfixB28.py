"""What tester qa52 (a journalist on "circular" AI financing) found misread: a stake's tranches dated a year
early, swelled by the other investors' money or missing the first one; a cloud purchase told in a clause of its
own given to the sentence's first subject instead of the company the descriptor stands for."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, only

from ai_deals.importers.extract.dates import find_dates
from ai_deals.store import Store
from ai_deals.store.errors import StoreError
from ai_deals.store.review import FactEdit

from factories import SAMPLE_TEXT, make_source

STORY_DAY = "2025-03-31"
SOFTBANK_FR = (
    "OpenAI a annoncé lundi une levée de fonds de 40 milliards de dollars menée par le japonais SoftBank, qui "
    "valorise la start-up à 300 milliards de dollars post-money.\n\n"
    "SoftBank apportera 30 milliards de dollars, versés en deux tranches : 10 milliards de dollars en avril, puis "
    "20 milliards de dollars d'ici fin 2025, à condition qu'OpenAI achève sa transformation en société à but "
    "lucratif.\n\n"
    "Le reste, soit 10 milliards de dollars, viendra d'autres investisseurs, dont Microsoft, Coatue, Altimeter "
    "et Thrive Capital."
)


def _tranches(fact) -> list[tuple[float | None, str | None]]:
    return [(tranche.amount, tranche.date) for tranche in fact.tranches]


# -- #1 a stake's tranches: their year, their sum, the other investors' money -------------------------------------


def test_a_month_in_a_french_future_sentence_is_the_next_such_month():
    import datetime as dt

    sentence = (
        "SoftBank apportera 30 milliards de dollars, versés en deux tranches : 10 milliards de dollars en avril, "
        "puis 20 milliards de dollars d'ici fin 2025."
    )
    months = [d.value for d in find_dates(sentence, dt.date(2025, 3, 31)) if d.precision == "month"]
    assert months == ["2025-04"]


def test_a_month_in_a_past_sentence_stays_the_last_such_month():
    import datetime as dt

    sentence = "SoftBank a versé 10 milliards de dollars en avril."
    months = [d.value for d in find_dates(sentence, dt.date(2025, 3, 31)) if d.precision == "month"]
    assert months == ["2024-04"]


def test_the_rest_coming_from_other_investors_is_no_tranche_of_the_stake():
    stake = only(facts_of(SOFTBANK_FR, language="fr", published=STORY_DAY), "investment")
    assert (stake.investor, stake.amount) == ("SoftBank", 30e9)
    assert _tranches(stake) == [(10e9, "2025-04"), (20e9, "2025")]
    assert sum(tranche.amount for tranche in stake.tranches) == stake.amount
    assert stake.tranches[1].condition and not stake.tranches[0].condition


def test_a_stake_paid_in_two_dated_sums_keeps_both_tranches():
    text = (
        "SoftBank will invest $30 billion in OpenAI, with $10 billion in April and $20 billion by the end of "
        "the year."
    )
    stake = only(facts_of(text, published=STORY_DAY), "investment")
    assert (stake.investor, stake.company, stake.amount) == ("SoftBank", "OpenAI", 30e9)
    assert _tranches(stake) == [(10e9, "2025-04"), (20e9, "2025")]


# -- #2 a purchase told in a clause of its own is its subject's deal -------------------------------------------


def test_a_purchase_in_a_clause_of_its_own_is_the_descriptors_company_deal():
    text = (
        "Microsoft will invest up to $5 billion and Nvidia up to $10 billion in Anthropic, the companies said on "
        "Tuesday, as the Claude maker committed to buy $30 billion of computing capacity from Microsoft's Azure "
        "cloud."
    )
    deal = only(facts_of(text, published="2025-11-18"), "partnership")
    assert (deal.company, deal.partner, deal.amount) == ("Anthropic", "Microsoft", 30e9)


def test_a_purchase_after_one_backers_stake_is_not_that_backers_deal():
    text = (
        "Nvidia will invest up to $10 billion in Anthropic, as the Claude maker committed to buy $30 billion of "
        "computing capacity from Microsoft's Azure cloud."
    )
    deal = only(facts_of(text, published="2025-11-18"), "partnership")
    assert (deal.company, deal.partner) == ("Anthropic", "Microsoft")


# -- #3 a partnership's partner and amount are a person's to correct (the form's: tests/tui/test_qfixB28_app.py) --


def _partnership(store: Store):
    return store.company(store.find_company("Microsoft").id).partnerships[0]


def test_a_partnerships_partner_and_amount_are_corrected_and_undone(sample_store):
    before = _partnership(sample_store)
    undo = sample_store.edit_fact(before.ref, FactEdit(partner="Nvidia", amount=30e9, currency="USD"))
    edited = _partnership(sample_store)
    assert (edited.partner, edited.amount, edited.currency, edited.review_status) == (
        "Nvidia",
        30e9,
        "USD",
        "edited",
    )
    sample_store.undo_review(undo)
    restored = _partnership(sample_store)
    assert (restored.partner, restored.amount) == (before.partner, before.amount)


def test_a_partnerships_corrected_partner_survives_a_corrected_reimport(sample_store):
    sample_store.edit_fact(_partnership(sample_store).ref, FactEdit(partner="Nvidia"))
    assert sample_store.import_source(make_source(text=SAMPLE_TEXT + " (corrigé)")).action == "replaced"
    edited = _partnership(sample_store)
    assert (edited.partner, edited.review_status) == ("Nvidia", "edited")


def test_only_a_partnership_has_a_partner_to_edit(sample_store):
    stake = sample_store.company(sample_store.find_company("OpenAI").id).investors[0]
    with pytest.raises(StoreError, match="only a partnership has a partner to edit"):
        sample_store.edit_fact(stake.ref, FactEdit(partner="Nvidia"))
