"""A raise the company plans or seeks ("plans to raise $50 million", "is seeking $50 million", « prévoit de lever »)
is `planned`, apart from one negotiated with investors ("is in talks with investors to raise", « en discussions
avec »), `in_talks`: both told, never counted as raised; shown "planned" wherever a status is shown (`show`, the
timeline, the chart's note, exports), read back as `planned` from an export (planned31)."""

from __future__ import annotations

import csv
import io

import pytest
from cli_helpers import import_files, run, run_ok  # noqa: F401 (autouse fixture private_default_db)
from extract_helpers import facts_of, of_kind

from ai_deals.store import Store
from ai_deals.store.formatting import status_label, status_words
from ai_deals.store.money_raised import raise_status_words
from ai_deals.tui.widgets.charts import funding_bars

STORY_DAY = "2025-09-01"
# The stored words, spelt out so that this file also runs against code that has no `planned` yet.
PLANNED, IN_TALKS = "planned", "in_talks"


def _story(title: str, sentence: str, day: str = STORY_DAY, publisher: str = "TestWire") -> str:
    return f"title: {title}\ndate: {day}\npublisher: {publisher}\n\n{sentence}\n"


def _round_statuses(sentence: str, language: str = "en") -> list[tuple[str | None, float | None, str | None]]:
    rounds = of_kind(facts_of(sentence, language=language, published=STORY_DAY), "round")
    return [(f.company, f.amount, f.status) for f in rounds]


# -- planned apart from in talks, in English and in French ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ibis AI plans to raise $50 million.",
        "Ibis AI is seeking $50 million in new funding.",
        "Ibis AI is reportedly seeking to raise $50 million.",
        "Ibis AI aims to raise $50 million.",
        "Ibis AI hopes to raise $50 million.",
        "Ibis AI intends to raise $50 million.",
        "Ibis AI is looking to raise $50 million.",
        "Ibis AI is preparing to raise $50 million.",
    ],
)
def test_an_english_raise_the_company_plans_or_seeks_is_planned(sentence):
    assert _round_statuses(sentence) == [("Ibis AI", 50e6, PLANNED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ibis AI is in talks with investors to raise $50 million.",
        "Ibis AI is in talks to raise $50 million.",
        "Ibis AI is in negotiations with Albion Growth to raise $50 million.",
        "Ibis AI is in talks with investors as it plans to raise $50 million.",
    ],
)
def test_an_english_raise_negotiated_with_investors_stays_in_talks(sentence):
    assert _round_statuses(sentence) == [("Ibis AI", 50e6, IN_TALKS)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ibis IA prévoit de lever 50 millions d'euros.",
        "Ibis IA envisage de lever 50 millions d'euros.",
        "Ibis IA compte lever 50 millions d'euros.",
        "Ibis IA cherche à lever 50 millions d'euros.",
        "Ibis IA souhaite lever 50 millions d'euros.",
        "Ibis IA ambitionne de lever 50 millions d'euros.",
        "Ibis IA prépare une levée de 50 millions d'euros.",
    ],
)
def test_a_french_raise_the_company_plans_or_seeks_is_planned(sentence):
    assert _round_statuses(sentence, "fr") == [("Ibis IA", 50e6, PLANNED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ibis IA est en discussions avec des investisseurs pour lever 50 millions d'euros.",
        "Ibis IA est en négociations avec Albion Growth pour lever 50 millions d'euros.",
    ],
)
def test_a_french_raise_negotiated_with_investors_stays_in_talks(sentence):
    assert _round_statuses(sentence, "fr") == [("Ibis IA", 50e6, IN_TALKS)]


def test_planned_is_said_planned_as_in_talks_is_said_in_talks():
    assert (status_words(PLANNED), status_label(PLANNED)) == ("planned", "planned")
    assert (status_words(IN_TALKS), status_label(IN_TALKS)) == ("in talks", "in talks")


# -- told, never counted ---------------------------------------------------------------------------------------------

RAISED = _story("Series A", "Zorglab AI raised $20 million in a Series A led by Albion Growth.", day="2025-03-03")
PLANS = _story("Plans", "Zorglab AI plans to raise $50 million at a $400 million valuation.")
SEEKS_FROM = _story("Seeks", "Zorglab AI plans to raise $50 million from Albion Growth and Vantor Capital.")
TALKS = _story(
    "Talks", "Zorglab AI is in talks with investors to raise $50 million.", day="2025-09-20", publisher="OtherWire"
)


def test_a_planned_raise_is_shown_planned_and_never_counted_as_raised(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("raised.txt", RAISED), ("plans.txt", PLANS))
    page = run_ok(capsys, db, "show", "Zorglab AI")
    assert "raised $20M" in page and "raised $70M" not in page
    assert "$50M (planned)" in page and "$400M (planned)" in page
    assert "in talks" not in page
    timeline = run_ok(capsys, db, "timeline", "--company", "Zorglab AI")
    assert "Zorglab AI raises $50M (planned)" in timeline
    assert "Zorglab AI valuation: $400M (planned)" in timeline
    with Store.open(db) as store:
        bars = funding_bars(store.company(store.find_company("Zorglab AI").id))
    assert [bar.note for bar in bars if bar.amount_text == "$50M"] == ["not counted: only planned"]


def test_the_backers_named_for_a_planned_raise_are_no_co_investors(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("seeks.txt", SEEKS_FROM))
    assert "$50M (planned)" in run_ok(capsys, db, "show", "Zorglab AI")
    code, out, err = run(capsys, "--db", str(db), "coinvestors", "Albion Growth")
    assert code == 0 and "Vantor Capital" not in out
    assert "shares no round" in err


def test_a_raise_planned_then_told_in_talks_by_a_later_story_is_one_raise_in_talks(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("plans.txt", PLANS), ("talks.txt", TALKS))
    with Store.open(db) as store:
        page = store.company(store.find_company("Zorglab AI").id)
    [raise_] = page.rounds
    assert raise_.amount == 50e6 and len(raise_.accounts) == 2
    # The talks are the later news of the raise planned: their record is the one the page shows first.
    assert (raise_.status, raise_.date) == (IN_TALKS, "2025-09-20")
    assert raise_status_words(raise_) == "in talks"
    shown = run_ok(capsys, db, "show", "Zorglab AI")
    assert "$50M (in talks)" in shown and "raised $50M" not in shown


# -- exported, read back ---------------------------------------------------------------------------------------------


def _rounds_exported(capsys, db) -> list[dict[str, str]]:
    text = run_ok(capsys, db, "export", "--format", "csv", "--out", "-")
    return [row for row in csv.DictReader(io.StringIO(text)) if row["record_type"] == "round"]


def test_an_exported_planned_raise_imports_back_planned_and_uncounted(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("raised.txt", RAISED), ("plans.txt", PLANS))
    exported = tmp_path / "all.csv"
    run_ok(capsys, db, "export", "--format", "csv", "--out", str(exported))
    [planned] = [row for row in _rounds_exported(capsys, db) if row["amount"] == "50000000"]
    assert (planned["status"], planned["counted"]) == ("planned", "")

    copy = tmp_path / "copy.db"
    code, _, err = run(capsys, "--db", str(copy), "--empty", "import", str(exported))
    assert code == 0 and "bad row" not in err and "not a known" not in err, err
    [again] = [row for row in _rounds_exported(capsys, copy) if row["amount"] == "50000000"]
    assert (again["status"], again["counted"]) == ("planned", "")
    assert "$50M (planned)" in run_ok(capsys, copy, "show", "Zorglab AI")


def test_an_old_export_saying_in_talks_still_imports_in_talks(capsys, tmp_path):
    path = tmp_path / "old.csv"
    path.write_text(
        "record_type,company,amount,currency,date,round,status\n"
        "round,Zeta AI,50000000,USD,2025-02-03,,in talks\n",
        encoding="utf-8",
    )
    db = tmp_path / "old.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0 and "bad row" not in err, err
    assert [row["status"] for row in _rounds_exported(capsys, db)] == ["in_talks"]
    assert "$50M (in talks)" in run_ok(capsys, db, "show", "Zeta AI")
