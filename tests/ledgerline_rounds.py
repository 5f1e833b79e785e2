"""A Ledgerline Series B and its valuation, both of one sentence, for tests of how a round shows the
valuation its source states (approximate; a round dated more precisely by hand)."""

from __future__ import annotations

from pathlib import Path

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import Store


def ledgerline_fact(text: str, kind: str, amount: float, **extra) -> Fact:
    """A fact of September 2019 about Ledgerline, its sentence the whole `text`."""
    return Fact(
        kind=kind,
        company="Ledgerline",
        amount=amount,
        currency="USD",
        date="2019-09",
        date_precision="month",
        sentence=text,
        start=0,
        end=len(text),
        **extra,
    )


def ledgerline_source(text: str, **valuation) -> ParsedSource:
    """The story: a $35M Series B and a $210M valuation (`valuation`: its extra fields, e.g. a bound)."""
    return ParsedSource(
        title="Ledgerline's Series B",
        text=text,
        url="https://example.com/ledgerline",
        published="2019-09-30",
        facts=[
            ledgerline_fact(text, "round", 35e6, round_type="Series B"),
            ledgerline_fact(text, "valuation", 210e6, **valuation),
        ],
    )


def ledgerline_db(path: Path, text: str, **valuation) -> Path:
    with Store.open(path) as store:
        store.import_source(ledgerline_source(text, **valuation))
    return path
