"""Items session 27 left (ui28): a raise an article only recalls is dated "on or before" on the timeline
as on its page and `show`, and `show` names metrics in the explorer's words."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)
from test_fixA26 import HANDELSBLATT, TECHCRUNCH
from test_fixB27 import ECLAIR_FUND
from test_fixF26 import followup

from ai_deals.store import Store
from ai_deals.store.formatting import metric_label, metric_name
from ai_deals.tui.fact_words import fact_fields
from ai_deals.tui.screens.company_rows import metric_row

RECALL = "Nordwind Robotics, which raised $48 million in a Series A, opened a Munich office."


# -- 1. a recalled raise on the timeline ------------------------------------------------------------------


def titles(db: Path, company: str | None = None) -> list[str]:
    with Store.open(db, readonly=True) as store:
        company_id = store.find_company(company).id if company else None
        return [event.title for event in store.timeline(company_id)]


def test_the_timeline_dates_a_raise_only_recalled_on_or_before_its_articles_day(
    capsys, tmp_path, monkeypatch
):
    """A story of 2026-11-27 recalling "which raised $48 million", no other source of that raise: the whole
    timeline, the company's and `ai-deals timeline` say "on or before 2026-11-27", as its page and `show`
    do (test_recall27)."""
    monkeypatch.setenv("COLUMNS", "200")
    db = import_files(capsys, tmp_path, ("recall.txt", followup(RECALL)))
    said = "Nordwind Robotics raises $48M (Series A) on or before 2026-11-27"
    assert titles(db) == [said]
    assert titles(db, "Nordwind Robotics") == [said]
    assert said in run_ok(capsys, db, "timeline")


def test_a_recalled_raise_joined_to_the_raise_it_recalls_is_told_at_that_raises_date(capsys, tmp_path):
    """Joined to Handelsblatt's Series A of 2026-11-13, the recalled raise is that raise's: no "on or before"."""
    db = import_files(capsys, tmp_path, ("hb.txt", HANDELSBLATT), ("recall.txt", followup(RECALL)))
    [title] = titles(db, "Nordwind Robotics")
    assert "on or before" not in title and "· 2 sources" in title
    assert not any("on or before" in title for title in titles(db))


def test_one_raise_two_stories_recall_weeks_apart_is_one_event_as_on_its_page(capsys, tmp_path):
    """Two stories recalling the same $48M, 39 days apart: one round of two sources on its page
    (test_recalled_far_apart), so one event on the timelines, dated "on or before" the first's day."""
    first = followup(RECALL).replace("2026-11-27", "2026-10-01")
    later = followup(RECALL.replace("opened a Munich office", "hired a CFO")).replace("Follow-up", "CFO")
    db = import_files(capsys, tmp_path, ("a.txt", first), ("b.txt", later))
    said = ["Nordwind Robotics raises $48M (Series A) on or before 2026-10-01 · 2 sources"]
    assert titles(db) == said
    assert titles(db, "Nordwind Robotics") == said


# -- 4. the deals a one-row-per-deal export writes -------------------------------------------------------


def test_deal_count_is_the_rows_a_one_row_per_deal_export_writes(capsys, tmp_path):
    """TechCrunch's and Handelsblatt's Series A are one deal; the story recalling it a third account."""
    db = import_files(
        capsys, tmp_path, ("tc.txt", TECHCRUNCH), ("hb.txt", HANDELSBLATT), ("recall.txt", followup(RECALL))
    )
    with Store.open(db, readonly=True) as store:
        refs = store.company(store.find_company("Nordwind Robotics").id).refs
        rows = list(store.iter_export_records(refs, one_per_deal=True))
        assert len(refs) > len(rows)
        assert store.deal_count(refs) == len(rows)
        assert store.deal_count(refs[1:]) == len(list(store.iter_export_records(refs[1:], one_per_deal=True)))


# -- 5. metric names in words ---------------------------------------------------------------------------------


def test_metric_names_are_said_in_words_with_a_funds_name():
    assert metric_name("cash_burn") == "cash burn"
    assert metric_label("fund_closed", "Éclair Fund III") == "fund closed (Éclair Fund III)"
    assert metric_label("weekly_users", None) == "weekly users"


def test_show_names_a_closed_fund_as_the_explorer_does(capsys, tmp_path, monkeypatch):
    """`show "Éclair Ventures"`: "fund closed (Éclair Fund III)", the explorer's "fund closed" and the fund's
    name; "fund_closed" stays the stored name, in `show --json` and the exports."""
    monkeypatch.setenv("COLUMNS", "200")
    db = import_files(capsys, tmp_path, ("eclair.txt", ECLAIR_FUND))
    shown = run_ok(capsys, db, "show", "Éclair Ventures")
    assert "fund closed (Éclair Fund III)" in shown and "fund_closed" not in shown
    with Store.open(db, readonly=True) as store:
        [fund] = store.company(store.find_company("Éclair Ventures").id).metrics
    assert metric_row(fund).pieces[2][0] == "fund closed"
    assert dict(fact_fields(fund))["fact"] == "metric · fund closed"
    assert '"metric": "fund_closed"' in run_ok(capsys, db, "show", "--json", "Éclair Ventures")


def test_show_names_every_metric_in_words(capsys, tmp_path, monkeypatch):
    """The seed's OpenAI: "weekly users", "cash burn" on `show`, as on its page, not "weekly_users"."""
    monkeypatch.setenv("COLUMNS", "200")
    (tmp_path / "eclair.txt").write_text(ECLAIR_FUND, encoding="utf-8")
    db = tmp_path / "seeded.db"
    run_ok(capsys, db, "import", str(tmp_path / "eclair.txt"))  # without --empty: the seed is read first
    shown = run_ok(capsys, db, "show", "OpenAI")
    assert "│ weekly users " in shown and "│ cash burn " in shown
    assert "weekly_users" not in shown and "cash_burn" not in shown
