"""`ai-deals show` loads what it reads and prints with, not the importers' parsers (ks33): markdown-it,
the HTML parser and the deal-file importer are loaded by the commands that read such files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ai_deals.importing import open_store

_SHOW = """
import contextlib, io, json, sys
from ai_deals.cli import main
with contextlib.redirect_stdout(io.StringIO()) as shown:
    code = main(["--db", sys.argv[1], "show", "OpenAI"])
print(json.dumps({"code": code, "shown": shown.getvalue(), "modules": sorted(sys.modules)}))
"""

READERS_OF_FILES = ("markdown_it", "selectolax", "ai_deals.importers.structured")


def _show_openai(db: Path) -> dict:
    run = subprocess.run([sys.executable, "-c", _SHOW, str(db)], check=True, capture_output=True, text=True)
    return json.loads(run.stdout)


def test_show_loads_no_markdown_html_or_deal_file_parser(tmp_path):
    db = tmp_path / "deals.db"
    open_store(db).close()  # seeded: the shipped article
    shown = _show_openai(db)
    assert shown["code"] == 0 and shown["shown"].startswith("OpenAI")
    loaded = [name for name in shown["modules"] if name.startswith(READERS_OF_FILES)]
    assert loaded == []


def test_the_parsers_show_does_without_still_read_markdown_and_html_when_asked():
    from ai_deals.importers.html_text import extract_article
    from ai_deals.importers.markdown_text import markdown_text

    assert markdown_text("# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSome *text*.") == (
        "Title\n\n| a | b |\n| 1 | 2 |\n\nSome text."
    )
    page = extract_article(
        "<html><head><title>T</title></head><body><article><p>Hello there.</p></article></body></html>"
    )
    assert page.text == "Hello there."
