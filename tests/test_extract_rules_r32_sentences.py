"""Round 32: a capital letter before a full stop then a subject pronoun ends the sentence.

"…à Station F. Ils avaient alors bouclé…" is two sentences: no person's middle initial is followed by "Ils";
"John F. Kennedy" still reads as one name.
"""

from __future__ import annotations

from ai_deals.importers.extract.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text, 0, len(text), 0)]


def test_letter_before_a_full_stop_and_a_pronoun_ends_the_sentence():
    text = "Le JDN avait rencontré ses fondateurs à Station F. Ils avaient alors levé 1 million d'euros."
    assert _texts(text) == [
        "Le JDN avait rencontré ses fondateurs à Station F.",
        "Ils avaient alors levé 1 million d'euros.",
    ]


def test_middle_initial_before_a_surname_still_joins_the_name():
    text = "The round was led by John F. Kennedy Ventures on Monday."
    assert len(_texts(text)) == 1
