"""Round 19, newest corpora: a currency code written against its number ("CHF35 million") is a sum."""

from extract_helpers import facts_of, of_kind, only


def test_glued_swiss_franc_code_reads_as_the_round_amount():
    fact = only(facts_of("Brunnwald AG, a Zug start-up, raised CHF42 million on Tuesday."), "round")
    assert (fact.amount, fact.currency) == (42_000_000, "CHF")


def test_glued_code_with_short_scale_reads_as_the_round_amount():
    fact = only(facts_of("Korvalink, a Singapore start-up, raised SGD1.5bn on Tuesday."), "round")
    assert (fact.amount, fact.currency) == (1_500_000_000, "SGD")


def test_glued_code_reads_in_french_too():
    text = "La start-up genevoise Lacustria a levé CHF12 millions mardi auprès de fonds suisses."
    fact = only(facts_of(text, language="fr"), "round")
    assert (fact.amount, fact.currency) == (12_000_000, "CHF")


def test_glued_code_is_never_taken_for_the_owner_of_a_figure():
    text = "Brunnwald AG raised CHF42 million. The company generated revenue of CHF9.5 million last year."
    owners = {fact.company for fact in of_kind(facts_of(text), "revenue")}
    assert owners <= {"Brunnwald AG", "Brunnwald"}


def test_letters_glued_to_digits_in_a_product_name_give_no_sum():
    facts = facts_of("Brunnwald AG unveiled its ABC42 sensor and its XR7 headset on Tuesday.")
    assert not [fact for fact in facts if fact.amount]
