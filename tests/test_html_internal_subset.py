"""A page opening with an XML document type and its internal subset (`<!DOCTYPE x [<!ENTITY …>]>`): an
HTML parser ends the doctype at its first ">", and the rest of the subset, down to "]>", became the
page's first text and its title (qa45 #7c)."""

from __future__ import annotations

import pytest

from ai_deals.importers.html_text import extract_article

STORY = "<p>Zeta AI said on Tuesday it raised $20 million in a Series A round led by Vantor Capital.</p>"


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<?xml version="1.0"?>\n<!DOCTYPE html [\n  <!ENTITY a "a>b">\n]>',
        '<!DOCTYPE x [<!ENTITY a "aaa"><!ENTITY b "&a;&a;">] >',
    ],
)
def test_an_internal_subset_never_leaks_into_the_text_or_the_title(doctype):
    page = extract_article(f"{doctype}<html><body>{STORY}</body></html>")
    assert "]>" not in page.text and "]" not in (page.title or "")
    assert "ENTITY" not in page.text
    assert page.text.endswith("led by Vantor Capital.")


def test_a_page_without_a_subset_is_read_as_before():
    page = extract_article(
        f"<!DOCTYPE html><html><head><title>Zeta raises</title></head><body>{STORY}</body></html>"
    )
    assert page.title == "Zeta raises"
    assert page.text.startswith("Zeta AI said")
