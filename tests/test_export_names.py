"""Default export file names keep a company's letters: accents become plain letters, other scripts stay."""

from __future__ import annotations

from datetime import date

import pytest

from ai_deals.store.export import default_export_name

DAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ('Café "Quote", Inc.', "ai-deals-cafe-quote-inc-2026-11-27.csv"),
        ("Société Générale", "ai-deals-societe-generale-2026-11-27.csv"),
        ("شركة الذكاء", "ai-deals-شركة-الذكاء-2026-11-27.csv"),
        ("月之暗面", "ai-deals-月之暗面-2026-11-27.csv"),
        ("ガンダム", "ai-deals-ガンダム-2026-11-27.csv"),  # a kana's voicing mark is no accent
        ("카카오브레인", "ai-deals-카카오브레인-2026-11-27.csv"),
        ("***", "ai-deals-selection-2026-11-27.csv"),
    ],
)
def test_a_default_export_name_keeps_the_letters_of_the_name(label, name):
    assert default_export_name(label, "csv", DAY) == name


def test_a_default_export_name_holds_no_path_separator_or_control_character():
    name = default_export_name("../\x1b[31mEvil/Co\u202e", "json", DAY)
    assert "/" not in name and "\x1b" not in name and "\u202e" not in name
    assert name == "ai-deals-31mevil-co-2026-11-27.json"


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Ümlaut Straße GmbH", "ai-deals-umlaut-strasse-gmbh-2026-11-27.csv"),
        ("ØØØ Øresund", "ai-deals-ooo-oresund-2026-11-27.csv"),
        ("Ǿrsted", "ai-deals-orsted-2026-11-27.csv"),  # Ø with an acute: the accent goes, then the stroke
        ("Æther Œuvre", "ai-deals-aether-oeuvre-2026-11-27.csv"),
        ("Łódź Đakovo Þór", "ai-deals-lodz-dakovo-thor-2026-11-27.csv"),
        ("ÞÓR", "ai-deals-thor-2026-11-27.csv"),
    ],
)
def test_a_default_export_name_spells_latin_letters_without_a_decomposition_in_plain_letters(label, name):
    assert default_export_name(label, "csv", DAY) == name
