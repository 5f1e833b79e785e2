"""Round 17, amounts and currencies as the world writes them.

Canadian papers join a long scale word to its number ("$40-million"); Indian ones count in crores and
lakhs after "Rs" or "₹"; African and Gulf stories write francs CFA and dirhams, whose country the story's
place decides; and many currencies have a sign or a word of their own (R$, reais, won, naira, NIS…).
A currency word the parser reads must never become another country's currency.
"""

from __future__ import annotations

from extract_helpers import only

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.amounts import parse_amounts


def _money(sentence: str, language: str = "en") -> list[tuple[float, str | None]]:
    return [
        (amount.value, amount.currency) for amount in parse_amounts(sentence, language) if amount.unit is None
    ]


def _facts(text: str, language: str, publisher: str | None = None):
    return parse_article(text, published="2026-05-12", language=language, publisher=publisher).facts


# Hyphenated scales ("$40-million")


def test_a_scale_word_joined_by_a_hyphen_multiplies_its_number() -> None:
    assert _money("Norbeck Analytics has raised US$35-million in a Series B.") == [(35e6, "USD")]
    assert _money("The deal is worth $1.5-billion.") == [(1.5e9, "USD")]


def test_a_hyphenated_round_in_a_canadian_outlet_is_millions_of_canadian_dollars() -> None:
    text = "Quillmark Robotics Inc., a Halifax company, has raised $28-million in a Series A round led by Tidewater Capital."
    round_ = only(_facts(text, "en", "The Globe and Mail"), "round")
    assert (round_.amount, round_.currency) == (28e6, "CAD")


def test_a_hyphen_before_anything_but_a_scale_word_joins_no_scale() -> None:
    assert _money("The 2025-2026 plan adds 12-month contracts worth $3 million.") == [(3e6, "USD")]


# Indian amounts


def test_crores_and_lakhs_after_a_rupee_sign_are_read_in_rupees() -> None:
    assert _money("It raised Rs 240 crore.") == [(2.4e9, "INR")]
    assert _money("It raised ₹1,500 crore.") == [(1.5e10, "INR")]
    assert _money("It raised Rs. 85 lakh.") == [(8.5e6, "INR")]
    assert _money("a corpus of Rs 2 lakh crore") == [(2e12, "INR")]
    assert _money("It raised Rs 2.1 billion and INR 60 crore.") == [(2.1e9, "INR"), (6e8, "INR")]


def test_an_indian_round_in_rupees_is_the_company_s_and_the_sign_is_no_company() -> None:
    text = (
        "Pune-based Tarangini Robotics has raised Rs 240 crore in a Series B funding round led by Vantage Peak. "
        "Tarangini reported revenue of Rs 130 crore for the year ended March 2025."
    )
    facts = _facts(text, "en")
    assert (only(facts, "round").amount, only(facts, "round").currency) == (2.4e9, "INR")
    assert all(fact.company != "Rs" for fact in facts)


def test_a_count_in_crores_has_no_currency() -> None:
    assert _money("Active accounts crossed 14 crore in June.") == [(1.4e8, None)]


# Francs CFA and bare francs


def test_francs_cfa_are_west_african_francs_not_swiss_ones() -> None:
    assert _money("un chiffre d'affaires de 3,1 milliards de francs CFA", "fr") == [(3.1e9, "XOF")]
    assert _money("un chiffre d'affaires de 900 millions FCFA", "fr") == [(9e8, "XOF")]


def test_francs_cfa_in_a_central_african_story_are_central_african_francs() -> None:
    text = (
        "Basée à Douala, la fintech camerounaise Mbolo Pay a réalisé un chiffre d'affaires de 2 milliards "
        "de francs CFA en 2024. Elle vise le Gabon et le Tchad."
    )
    assert only(_facts(text, "fr"), "revenue").currency == "XAF"


def test_bare_francs_in_a_west_african_story_are_cfa_francs() -> None:
    text = (
        "Fondée à Dakar, la start-up sénégalaise Terangaflow a réalisé un chiffre d'affaires de 800 millions "
        "de francs en 2024. Elle veut s'étendre en Côte d'Ivoire et au Mali."
    )
    assert only(_facts(text, "fr"), "revenue").currency == "XOF"


def test_bare_francs_in_a_swiss_story_stay_swiss_francs() -> None:
    text = (
        "La start-up lausannoise Rhodanis a levé 12 millions de francs auprès de la Banque cantonale vaudoise. "
        "Elle emploie 30 personnes en Suisse."
    )
    assert only(_facts(text, "fr"), "round").currency == "CHF"


# Dirhams


def test_dirhams_in_a_moroccan_story_are_moroccan_dirhams() -> None:
    text = (
        "Fondée à Casablanca, la start-up marocaine Atlasgo a réalisé un chiffre d'affaires de 90 millions "
        "de dirhams en 2024, au Maroc et en Tunisie."
    )
    assert only(_facts(text, "fr"), "revenue").currency == "MAD"


def test_dirhams_written_dh_in_a_gulf_story_stay_emirati_dirhams() -> None:
    text = "Dubai-based Sandline Cloud posted revenue of Dh320 million in 2024, the UAE company said."
    revenue = only(_facts(text, "en"), "revenue")
    assert (revenue.amount, revenue.currency) == (3.2e8, "AED")


# Other currencies, by sign and by word


def test_currencies_with_their_own_sign_or_word_are_read_as_theirs() -> None:
    assert _money("worth 45 million reais") == [(45e6, "BRL")]
    assert _money("a contract worth R$12 million") == [(12e6, "BRL")]
    assert _money("attracted 30 bln won") == [(30e9, "KRW")]
    assert _money("raised NIS 40 million") == [(40e6, "ILS")]
    assert _money("raised ₦2.5 billion") == [(2.5e9, "NGN")]
    assert _money("raised 90 billion rupiah") == [(90e9, "IDR")]
    assert _money("a levé 200 millions de yuans", "fr") == [(2e8, "CNY")]
    assert _money("raised RMB 300 million") == [(3e8, "CNY")]


def test_other_countries_pounds_are_not_sterling() -> None:
    assert _money("revenue of 600 million Egyptian pounds") == [(6e8, "EGP")]
    assert _money("un chiffre d'affaires de 5 milliards de livres libanaises", "fr") == [(5e9, "LBP")]
    assert _money("revenue of £600 million") == [(6e8, "GBP")]


def test_a_hong_kong_dollar_sign_names_no_company() -> None:
    text = "Kowloon-based Harbourlink Freight generated revenue of HK$1.6 billion in 2024, the filing showed."
    facts = _facts(text, "en")
    revenue = only(facts, "revenue")
    assert (revenue.company, revenue.amount, revenue.currency) == ("Harbourlink Freight", 1.6e9, "HKD")


# A state's or an economy's money is no company's figure


def test_a_government_programme_or_military_budget_gives_the_story_company_no_figure() -> None:
    text = (
        "La start-up toulousaine Aérolys a levé 20 millions d'euros auprès de Bpifrance. "
        "Cette levée intervient alors que la loi de programmation militaire prévoit 300 milliards d'euros "
        "de crédits pour les armées."
    )
    facts = _facts(text, "fr")
    assert [fact.amount for fact in facts if fact.amount] == [20e6]


def test_hyperscalers_spending_or_global_sales_give_the_story_company_no_figure() -> None:
    text = (
        "Corvane Systems has raised $45 million in a Series B round led by Halyard Ventures. "
        "Hyperscalers are expected to spend more than $250 billion on data centers this year. "
        "Global sales of AI accelerators will reach $90 billion in 2026, analysts say."
    )
    facts = _facts(text, "en")
    assert [fact.amount for fact in facts if fact.amount] == [45e6]


def test_the_company_s_own_sales_stay_its_revenue() -> None:
    text = (
        "Tsubame Robotics, a Nagoya maker of warehouse robots, said it had raised 4 billion yen. "
        "Sales reached 1.8 billion yen in fiscal 2024, the company said."
    )
    revenue = only(_facts(text, "en"), "revenue")
    assert (revenue.company, revenue.amount, revenue.currency) == ("Tsubame Robotics", 1.8e9, "JPY")


# A currency the parser cannot name gives no amount


def test_an_unnamed_currency_gives_no_amount_rather_than_a_borrowed_one() -> None:
    assert _money("raised $5 million, then another 90 million dinars") == [(5e6, "USD")]
    assert _money("a levé 50 millions de dollars, puis 200 millions de dinars", "fr") == [(50e6, "USD")]
    assert _money("sold for 300 million shillings") == []


def test_a_named_variant_of_a_shared_currency_word_is_still_read() -> None:
    assert _money("raised 300 million Kenyan shillings") == [(3e8, "KES")]
    assert _money("raised 20 million Swedish crowns") == [(2e7, "SEK")]


# Dollar-named and coded currencies that are no US dollar (qa46 item 5)


def test_mexican_taiwanese_and_new_zealand_dollar_signs_are_their_own_iso_currencies() -> None:
    cases = {
        "Tern13 AI raised MX$500 million in a Series A led by Harbor Ventures.": (500e6, "MXN"),
        "Tern25 AI raised Mex$300 million in a Series A led by Harbor Ventures.": (300e6, "MXN"),
        "Tern21 AI raised NT$900 million in a Series A led by Harbor Ventures.": (900e6, "TWD"),
        "Tern9 AI raised NZ$20 million in a Series A led by Harbor Ventures.": (20e6, "NZD"),
    }
    for text, expected in cases.items():
        round_ = only(_facts(text, "en"), "round")
        assert (round_.amount, round_.currency) == expected, text


def test_argentine_and_colombian_codes_before_the_amount_are_read_as_those_currencies() -> None:
    argentine = only(
        _facts("Tern27 AI raised ARS 9 billion in a Series A led by Harbor Ventures.", "en"), "round"
    )
    colombian = only(
        _facts("Tern28 AI raised COP 40 billion in a Series A led by Harbor Ventures.", "en"), "round"
    )
    assert (argentine.amount, argentine.currency) == (9e9, "ARS")
    assert (colombian.amount, colombian.currency) == (40e9, "COP")


def test_pres_d_un_milliard_is_an_approximate_billion() -> None:
    round_ = only(
        _facts("Tern8 IA a levé près d'un milliard de dollars auprès de Harbor Ventures.", "fr"), "round"
    )
    assert (round_.amount, round_.currency, round_.bound) == (1e9, "USD", "approx")


def test_cop_before_a_bare_number_is_the_climate_conference_not_colombian_pesos() -> None:
    assert _money("Masdar raised $1 billion at COP 28, the company said.") == [(1e9, "USD")]
    assert _money("Tern28 AI raised COP 40 billion in a Series A.") == [(40e9, "COP")]
