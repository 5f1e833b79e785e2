"""The knowledge file (importers/data/knowledge.json) read, and the spellings it gives each company.

One reader of the file for the article reader (`extract.entities.knowledge`) and the deal-file writer
(`store.known_names`): both name a company by exactly the spellings read here (its name, its other names,
its tickers). Light on purpose: a deal file's import loads it without the article reader's modules."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def read_knowledge_file() -> dict[str, Any]:
    """The file's contents, as written (callers index what they need once, and cache that)."""
    return json.loads(
        resources.files("ai_deals.importers").joinpath("data/knowledge.json").read_text("utf-8")
    )


def spellings_of(entry: dict[str, Any]) -> list[str]:
    """The spellings naming a company of the file: its name, its other names, its tickers (not its aliases,
    which only name it beside its name, nor its products)."""
    return [entry["name"], *entry.get("names", []), *entry.get("tickers", [])]
