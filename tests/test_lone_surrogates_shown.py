"""A lone surrogate (a file name's or argument's bytes the locale could not decode) is shown escaped
by the one rule every output uses (`clean`, `clean_line`: the CLI's `render.visible`, the screens'
`safe_text`), never passed on to a terminal or a UTF-8 stream that cannot take it."""

from __future__ import annotations

from ai_deals.importers.controls import escaped_surrogates, has_lone_surrogate
from ai_deals.render import visible
from ai_deals.store.formatting import clean, clean_line
from ai_deals.tui import safe_text


def test_clean_escapes_a_lone_surrogate_and_keeps_other_text():
    assert clean("a\udcffb") == "a\\udcffb"
    assert clean("é\udcff\nz") == "é\\udcff\nz"
    assert clean("Zürich 🚀") == "Zürich 🚀"


def test_clean_line_escapes_a_lone_surrogate_on_one_line():
    assert clean_line("x\ny\ud800") == "x y\\ud800"


def test_the_cli_and_the_screens_show_a_lone_surrogate_escaped():
    assert visible("n\udcff.csv") == "n\\udcff.csv"
    assert safe_text.clean_line("n\udcff.csv") == "n\\udcff.csv"
    assert "\\udcff" in safe_text.clean("n\udcff.csv")
    for shown in (visible("n\udcff.csv"), safe_text.clean_line("n\udcff.csv")):
        shown.encode("utf-8")  # writable as UTF-8


def test_the_shared_helper_finds_and_escapes_surrogates_only():
    assert has_lone_surrogate("a\udcffb") and not has_lone_surrogate("Zürich") and not has_lone_surrogate("")
    assert escaped_surrogates("Zürich\udcff") == "Zürich\\udcff"
    assert escaped_surrogates("plain") == "plain"
