"""A company's metrics and projections in the timeline's order, on its page and in `show`."""

from __future__ import annotations

from cli_helpers import import_deals, run

from ai_deals.store import Store

PARTIAL_DATES = (
    "company,kind,metric,amount,currency,unit,date\n"
    "Tessellate,projection,employees,70,,employees,2018\n"
    "Tessellate,projection,employees,28,,employees,2018-04-17\n"
    "Tessellate,revenue,revenue,3000000,USD,,2018-03\n"
    "Tessellate,metric,customers,140,,customers,2018-04-17\n"
    "Tessellate,metric,customers,90,,customers,2018\n"
)
TIMELINE_ORDER = [
    ("2018", False),
    ("2018-03", False),
    ("2018-04-17", False),
    ("2018-04-17", True),
    ("2018", True),
]


def test_the_page_lists_metrics_and_projections_in_the_timelines_order(capsys, tmp_path):
    """The page listed `for 2018 employees ~70` before `2018-03 revenue`; the timeline puts a
    projection after the events dated within its period."""
    db = import_deals(capsys, tmp_path, PARTIAL_DATES)
    store = Store.open(db)
    try:
        company = store.find_company("Tessellate")
        page = store.company(company.id)
        events = store.timeline(company.id)
    finally:
        store.close()
    assert [(m.date, m.is_projection) for m in page.metrics] == TIMELINE_ORDER
    assert [(e.date, e.is_projection) for e in events] == TIMELINE_ORDER


def test_show_lists_metrics_in_the_timelines_order_and_writes_a_projections_date_for_its_period(
    capsys, tmp_path
):
    """`show tessellate` printed `2018 │ employees │ ~70 │ │ yes` first, without "for"."""
    db = import_deals(capsys, tmp_path, PARTIAL_DATES)
    code, out, _ = run(capsys, "--db", str(db), "show", "Tessellate")
    assert code == 0
    metrics = out[out.index("Metrics") :]
    rows = [line for line in metrics.splitlines() if "│" in line and "2018" in line]
    dates = [line.split("│")[1].strip() for line in rows]
    assert dates == ["2018", "2018-03", "2018-04-17", "for 2018-04-17", "for 2018"]


def test_a_projection_of_no_stated_figure_reads_without_a_dangling_colon(capsys, tmp_path):
    """The timeline read `for 2023 │ Ledgerline projected break even:` with nothing after the colon."""
    from ai_deals.tui.screens.company_rows import metric_row

    db = import_deals(
        capsys,
        tmp_path,
        "company,kind,metric,amount,currency,unit,date\nLedgerline,projection,break_even,,,,2023\n",
    )
    store = Store.open(db)
    try:
        company = store.find_company("Ledgerline")
        (event,) = store.timeline(company.id)
        (metric,) = store.company(company.id).metrics
    finally:
        store.close()
    assert event.title == "Ledgerline projected break even"
    shown = " ".join(piece[0] for piece in metric_row(metric).pieces).split()
    assert shown == ["for", "2023", "break", "even"]
