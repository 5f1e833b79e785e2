"""qa44 #6 and #8(c): a renewed or widened partnership is a partnership event with its new term or value;
an acquisition named again ("the deal") by an investor "in both companies" is no partnership; an HTML
page's publisher is its site name (og:site_name, the title's "| Site" suffix, the footer's copyright)."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.extract.dates import term_end
from ai_deals.importers.html_text import extract_article

STRATEGIC = (
    "SEATTLE, Jan 20 (TechWire) - Nimbra Cloud will invest $300 million in Halcyon Labs, largely in the form "
    "of cloud compute credits, the companies said on Friday, as they renewed their compute partnership for "
    "five more years."
)
EXPANDS = (
    "SEATTLE, Jan 14 (TechWire) - Nimbra Cloud said on Wednesday it expanded its partnership with Halcyon, "
    "committing $2bn of compute capacity to the AI lab through 2030.\n\n"
    "Halcyon will also use Nimbra Cloud's next-generation chips, the company said."
)
ACQUIRES = (
    "SAN FRANCISCO, July 1 (TechWire) - Halcyon Labs has agreed to acquire Vireo Silicon, the Munich-based "
    "chip startup, for $900 million in cash and stock, the companies said on Tuesday.\n\n"
)


# -- #6: renewals and expansions ---------------------------------------------------------------------------


def test_a_renewed_partnership_is_a_partnership_dated_by_its_renewal_until_its_new_term():
    facts = facts_of(STRATEGIC, published="2023-01-20")
    partnership = only(facts, "partnership")
    assert {partnership.company, partnership.partner} == {"Nimbra Cloud", "Halcyon Labs"}
    assert (partnership.date, partnership.until) == ("2023-01-20", "2028-01-20")
    assert partnership.description == "renewed their compute partnership for five more years"
    assert only(facts, "investment").amount == 300e6  # the stake told beside it stays


def test_a_french_renewal_for_five_years_is_a_partnership_until_its_new_term():
    text = "Nimbra Cloud et Halcyon Labs ont renouvelé leur partenariat pour cinq ans."
    partnership = only(facts_of(text, language="fr", published="2023-01-20"), "partnership")
    assert {partnership.company, partnership.partner} == {"Nimbra Cloud", "Halcyon Labs"}
    assert (partnership.date, partnership.until) == ("2023-01-20", "2028-01-20")


def test_an_expanded_partnership_takes_its_committed_value_never_counted_as_money_raised():
    facts = facts_of(EXPANDS, published="2026-01-14")
    partnership = only(facts, "partnership")
    assert (partnership.company, partnership.partner) == ("Nimbra Cloud", "Halcyon")
    assert (partnership.amount, partnership.currency, partnership.date) == (2e9, "USD", "2026-01-14")
    assert partnership.until == "2030"
    assert not of_kind(facts, "round") and not of_kind(facts, "investment")


def test_a_renewed_deals_more_years_are_its_term():
    assert term_end("they renewed their partnership for five more years", "2023-01-20") == "2028-01-20"
    assert term_end("extended the contract for a further three years", "2024-06") == "2027-06"


# -- #6: an acquisition's own sentences ---------------------------------------------------------------------


def test_an_investor_in_both_companies_calling_the_acquisition_the_deal_tells_no_partnership():
    text = ACQUIRES + (
        "Northgate Ventures, an investor in both companies, said the deal would bring chip design in-house."
    )
    facts = facts_of(text, published="2025-07-01")
    assert not of_kind(facts, "partnership")
    assert only(facts, "acquisition").company == "Vireo Silicon"


def test_the_two_companies_naming_the_acquisition_again_tell_no_partnership():
    text = ACQUIRES + "The two companies said the deal would bring chip design in-house."
    assert not of_kind(facts_of(text, published="2025-07-01"), "partnership")


def test_both_companies_as_an_investors_object_are_no_subject_of_a_new_deal():
    text = ACQUIRES + "Northgate Ventures, an investor in both companies, welcomed the agreement."
    assert not of_kind(facts_of(text, published="2025-07-01"), "partnership")


def test_the_two_companies_signing_a_new_agreement_after_the_acquisition_still_partner():
    text = ACQUIRES + "The two companies also signed a long-term collaboration agreement."
    partnership = only(facts_of(text, published="2025-07-01"), "partnership")
    assert {partnership.company, partnership.partner} == {"Vireo Silicon", "Halcyon Labs"}


# -- #8(c): an HTML page's publisher ------------------------------------------------------------------------


def _page(head: str = "", body: str = "<h1>Halcyon Labs raises $150 million</h1>", footer: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><main><article>{body}<p>Halcyon Labs has raised $150 million.</p>"
        f"</article></main>{footer}</body></html>"
    )


def test_a_pages_publisher_is_the_site_name_after_its_headline_in_the_title():
    html = _page("<title>Halcyon Labs raises $150 million | The Ledger</title>")
    assert extract_article(html).publisher == "The Ledger"
    dashed = _page("<title>Halcyon Labs raises $150 million - Le Journal</title>")
    assert extract_article(dashed).publisher == "Le Journal"


def test_a_pages_publisher_is_its_footers_copyright_owner_without_its_legal_form():
    footer = "<footer><p>© 2022 The Ledger Ltd. All rights reserved.</p><p>Raised £2 million</p></footer>"
    assert extract_article(_page("<title>Halcyon</title>", footer=footer)).publisher == "The Ledger"
    swiss = "<footer>Copyright © 2019-2024 Le Temps SA. Tous droits réservés.</footer>"
    assert extract_article(_page(footer=swiss)).publisher == "Le Temps"


def test_a_pages_og_site_name_comes_before_its_title_and_footer():
    html = _page(
        '<meta property="og:site_name" content="Ledger Online"><title>Halcyon Labs raises $150 million | '
        "The Ledger</title>",
        footer="<footer>© 2022 Ledger Media Ltd.</footer>",
    )
    assert extract_article(html).publisher == "Ledger Online"


def test_a_title_ending_on_another_headlines_words_names_no_publisher():
    html = _page("<title>Halcyon raises $150M - Series B</title>")
    assert extract_article(html).publisher is None
