"""Merging an acquirer with the company it acquired: said at the merge, and no page shows a company
buying itself."""

from __future__ import annotations

from cli_helpers import import_deals, run

from ai_deals.store import Store

DEALS = (
    "company,acquirer,kind,amount,currency,date\n"
    "Claimsight,Ledgerline,acquisition,5000000,USD,2026-06-10\n"
    "Kalmiro,Ledgerline,acquisition,7000000,USD,2025-01-01\n"
)


def test_merging_an_acquirer_with_what_it_acquired_warns_in_one_line_and_pages_leave_the_acquisition_out(
    capsys, tmp_path
):
    """`merge Ledgerline Claimsight` said nothing; the page then read `Acquired by · Ledgerline` and
    show `Ledgerline │ Ledgerline`."""
    db = import_deals(capsys, tmp_path, DEALS)
    code, out, err = run(capsys, "--db", str(db), "merge", "Ledgerline", "Claimsight")
    assert code == 0 and out.startswith("merged Claimsight into Ledgerline")
    assert err.splitlines() == [
        "warning: Ledgerline acquired Claimsight: after the merge that acquisition reads as Ledgerline"
        " acquiring itself (pages and the timeline leave it out)"
    ]
    store = Store.open(db)
    try:
        company = store.find_company("Ledgerline")
        page = store.company(company.id)
        events = store.timeline(company.id)
    finally:
        store.close()
    assert [(a.company, a.acquirer) for a in page.acquisitions] == [("Kalmiro", "Ledgerline")]
    assert [e.title for e in events if "acquires" in e.title] == ["Ledgerline acquires Kalmiro $7M"]
    code, out, _ = run(capsys, "--db", str(db), "show", "Ledgerline")
    assert "Claimsight" not in out.split("Acquisitions")[-1] and "Kalmiro" in out


def test_merging_two_companies_with_no_acquisition_between_them_warns_of_nothing(capsys, tmp_path):
    db = import_deals(capsys, tmp_path, DEALS)
    code, _, err = run(capsys, "--db", str(db), "merge", "Claimsight", "Kalmiro")
    assert code == 0 and err == ""
