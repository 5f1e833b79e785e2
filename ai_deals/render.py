"""Human output of the CLI: rich tables whose cells are Text, so data is never read as markup."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ai_deals.store.formatting import format_amount, plural, round_label
from ai_deals.store.models import (
    CompanyPage,
    Conflict,
    Evidence,
    Overview,
    SearchHit,
    SourceSummary,
    TimelineEvent,
)
from ai_deals.tui.safe_text import clean


def visible(text: str | None) -> str:
    """`text` with terminal control characters shown as placeholders (the TUI's rule, shared)."""
    return clean(text)


def cell(value: object) -> Text:
    return Text(visible("" if value is None else str(value)))


def table(title: str, columns: list[str], rows: list[list[object]]) -> Table:
    result = Table(title=Text(visible(title)), title_justify="left", show_lines=False)
    for column in columns:
        result.add_column(column)
    for row in rows:
        result.add_row(*(cell(value) for value in row))
    return result


def print_overview(console: Console, overview: Overview) -> None:
    """The database's path, then one row per table counted: readable in any width."""
    console.print(Text(f"ai-deals database: {visible(overview.path)}"))
    counts = table("What is in the store", ["table", "rows"], [])
    counts.columns[1].justify = "right"
    for name in Overview.COUNTED:
        counts.add_row(Text(name), Text(f"{getattr(overview, name):,}"))
    console.print(counts)


def print_hits(console: Console, hits: list[SearchHit]) -> None:
    rows = [
        [h.name, h.hit_type, h.matched if h.matched != h.name else "", f"{h.score:.0f}", h.summary]
        for h in hits
    ]
    console.print(table("Search results", ["name", "type", "matched alias", "score", "summary"], rows))


def print_company(console: Console, page: CompanyPage) -> None:
    c = page.company
    place = ", ".join(p for p in (c.city, c.country) if p)
    console.print(Text(visible(f"{c.name}  ({place})" if place else c.name), style="bold"))
    if c.description or c.sector:
        console.print(Text(visible(" · ".join(p for p in (c.sector, c.description) if p))))
    if c.aliases:
        console.print(Text("also known as: " + visible("; ".join(c.aliases))))
    money = format_amount
    sections = [
        (
            "Rounds",
            ["date", "round", "amount", "valuation", "investors", "sources"],
            [
                [
                    r.date,
                    round_label(r.round_type) if r.round_type else None,
                    money(r.amount, r.currency, r.bound, r.amount_max),
                    money(r.post_money_valuation or r.pre_money_valuation, r.valuation_currency),
                    ", ".join(r.investors),
                    plural(r.source_count, "source"),
                ]
                for r in page.rounds
            ],
        ),
        (
            "Rounds told by several sources: each source's words",
            ["date", "amount", "source", "sentence or row"],
            [
                [a.date, money(a.amount, a.currency, a.bound, a.amount_max), _cited(e), e.sentence]
                for r in page.rounds
                if r.source_count > 1
                for a in r.accounts  # each source's own figures, not the folded round's
                for e in a.evidence
            ],
        ),
        (
            "Investors",
            ["date", "investor", "amount", "status", "tranche", "condition"],
            [
                [
                    s.date,
                    s.investor,
                    money(s.amount, s.currency, s.bound, s.amount_max),
                    s.status,
                    s.tranche,
                    s.condition,
                ]
                for s in page.investors
            ],
        ),
        (
            "Portfolio",
            ["date", "company", "amount", "status"],
            [
                [s.date, s.company, money(s.amount, s.currency, s.bound, s.amount_max), s.status]
                for s in page.portfolio
            ],
        ),
        (
            "Rounds joined",
            ["date", "company", "round", "round amount", "lead", "sources"],
            [
                [
                    r.date,
                    r.company,
                    round_label(r.round_type) if r.round_type else None,
                    money(r.amount, r.currency, r.bound, r.amount_max),
                    "lead" if c.name in r.lead_investors else "",
                    plural(r.source_count, "source"),
                ]
                for r in page.rounds_joined
            ],
        ),
        (
            "Partnerships",
            ["since", "with", "kind", "description"],
            [
                [p.since, p.partner if p.company_id == c.id else p.company, p.kind, p.description]
                for p in page.partnerships
            ],
        ),
        (
            "Metrics",
            ["date", "metric", "value", "projection"],
            [
                [
                    m.date,
                    m.metric,
                    money(m.value, m.currency, m.bound, m.value_max, m.unit),
                    "yes" if m.is_projection else "",
                ]
                for m in page.metrics
            ],
        ),
        ("Statements", ["date", "by", "text"], [[s.date, s.company, s.text] for s in page.statements]),
        (
            "Acquisitions",
            ["date", "acquirer", "company", "amount"],
            [
                [a.date, a.acquirer, a.company, money(a.amount, a.currency, a.bound)]
                for a in page.acquisitions
            ],
        ),
        (
            "Sources",
            ["published", "publisher", "title", "url", "read from"],
            [[s.published, s.publisher, s.title, s.url, s.read_from] for s in page.sources],
        ),
    ]
    for title, columns, rows in sections:
        if rows:
            console.print(table(title, columns, rows))
    for conflict in page.conflicts:
        console.print(Text(visible(conflict_line(conflict)), style="bold red"))


def _cited(evidence: Evidence) -> str:
    """'Title · publisher · date', and the deal file a row was read from."""
    cited = " · ".join(x for x in (evidence.source_title, evidence.publisher, evidence.published) if x)
    return cited + (f" (from {evidence.read_from})" if evidence.read_from else "")


def conflict_line(conflict: Conflict) -> str:
    """'CONFLICT valuation 2025-09-09: €11.7B (post-money) per AFP title vs €12B per Reuters title'."""
    if not conflict.stated:
        return f"CONFLICT {conflict.what}: {' vs '.join(conflict.values)} (sources: {'; '.join(conflict.sources)})"
    stated = [f"{item.value} per {'; '.join(item.sources)}" for item in conflict.stated]
    return f"CONFLICT {conflict.what}: {' vs '.join(stated)}"


def print_timeline(console: Console, events: list[TimelineEvent]) -> None:
    # A projection's title says so ("projected revenue"): no column of its own.
    rows = [[e.date, e.title] for e in events]
    console.print(table("Timeline", ["date", "event"], rows))


def print_sources(console: Console, sources: list[SourceSummary]) -> None:
    rows = [[s.id, s.published, s.publisher, s.language, s.fact_count, s.title] for s in sources]
    console.print(table("Sources", ["id", "published", "publisher", "lang", "facts", "title"], rows))
