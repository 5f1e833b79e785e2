"""Name identity: the keys under which two spellings are one company, in every script."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ai_deals.store.names import normalize_name, squeezed

# Names of different companies written without one Latin letter, or with words of two scripts.
OTHER_SCRIPTS = [
    "月之暗面",
    "智谱",
    "百川智能",
    "ソフトバンク",
    "プリファードネットワークス",
    "삼성전자",
    "네이버",
    "شركة الذكاء",
    "مجموعة",
    "אל על",
    "Яндекс",
    "Сбер",
    "Αθηνά",
    "ไทยเบฟ",
    "हिन्दी कंपनी",
    "Meta 株式会社",
]


def test_names_written_without_latin_letters_have_keys_of_their_own():
    keys = [normalize_name(name) for name in OTHER_SCRIPTS]
    assert all(keys)
    assert len(set(keys)) == len(OTHER_SCRIPTS)
    assert normalize_name("Meta 株式会社") != normalize_name("Meta")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Société Générale", "societe generale"),
        ("SoftBank Group Corp.", "Softbank"),
        ("ЯНДЕКС", "Яндекс"),
        ("Αθηνά", "ΑΘΗΝΑ"),
        ("مُحَمَّد", "محمد"),  # Arabic vowel points are accents
        ("שָׁלוֹם", "שלום"),  # so are Hebrew ones
        ("ＯｐｅｎＡＩ", "OpenAI"),  # full-width letters
        ("ｿﾌﾄﾊﾞﾝｸ", "ソフトバンク"),  # half-width katakana
    ],
)
def test_case_accents_and_widths_are_folded_in_every_script(one, other):
    assert normalize_name(one) == normalize_name(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("ガ", "カ"),  # the kana voicing mark spells another sound
        ("ビット", "ピット"),
        ("क्ष", "कष"),  # a virama is no accent
        ("智谱", "智普"),
    ],
)
def test_marks_that_spell_another_word_keep_names_apart(one, other):
    assert normalize_name(one) != normalize_name(other)


@pytest.mark.parametrize("name", ["…", "—", "???", "!!!", " ", "", "·-·"])
def test_only_a_name_without_any_letter_or_digit_has_an_empty_key(name):
    assert normalize_name(name) == ""


def test_keys_without_spaces_meet_only_when_long_enough():
    assert squeezed(normalize_name("Hugging Face")) == squeezed(normalize_name("HuggingFace Inc."))
    assert squeezed(normalize_name("Open AI")) == squeezed(normalize_name("OpenAI"))
    assert squeezed(normalize_name("Mistral AI")) != squeezed(normalize_name("Mistral AIR"))
    assert squeezed(normalize_name("A I M")) is None


# Text mixing Latin with accents, Han, kana, Hangul, Arabic and Hebrew with their points, Cyrillic,
# Greek, Thai and Devanagari with their marks, digits, spaces and punctuation.
SCRIPTS = st.text(
    alphabet=st.sampled_from(
        "aéÉßŁ0 -.'&_月之暗面智谱ソフトバンクガｿﾞ삼성전자شركةالذكاءُ َّשָׁלוֹםЯндексЁΑθηνάΐΣςไทยเบฟ้ัहिन्दीक़्"
    ),
    max_size=20,
)


@given(SCRIPTS)
def test_a_key_is_its_own_key_in_every_script(name):
    key = normalize_name(name)
    assert normalize_name(key) == key


@given(SCRIPTS)
def test_a_name_with_a_letter_or_digit_of_any_script_never_has_an_empty_key(name):
    if any(char.isalnum() for char in name):
        assert normalize_name(name)
