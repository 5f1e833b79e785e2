"""Deal-file rows dated after today, or after the article they cite, are imported (an announced
closing is legitimate) and the import's summary says which."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.structured_import import DatedLater, _after

HEADER = "company,investor,amount,currency,round_type,date,source_url,source_date\n"


def _import(capsys, tmp_path: Path, rows: str, *extra: str) -> str:
    path = tmp_path / "deals.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "deals.db"), "--empty", "import", *extra, str(path))
    assert code == 0, err
    return out


def test_a_row_dated_after_today_is_imported_and_named_in_the_summary(capsys, tmp_path):
    out = _import(
        capsys,
        tmp_path,
        "Quanta,Earlybird,5000000,EUR,seed,2099-09-10,,\nBeta,X,1000000,EUR,seed,2025-03-20,,\n",
    )
    lines = out.splitlines()
    assert lines[0].startswith("added: deals.csv (2 rows, 2 facts")
    assert lines[1] == (
        f"  1 row dated in the future (after today or the article they cite), kept: {tmp_path / 'deals.csv'}:2 (2099-09-10)"
    )


def test_a_row_dated_after_the_article_it_cites_is_named_too(capsys, tmp_path):
    out = _import(capsys, tmp_path, "Beta,X,1000000,EUR,seed,2025-03-20,https://x.org/a,2025-03-01\n")
    assert "1 row dated in the future" in out
    assert "deals.csv:2 (2025-03-20)" in out


def test_rows_of_the_past_or_of_the_cited_articles_month_get_no_note(capsys, tmp_path):
    out = _import(
        capsys,
        tmp_path,
        "Beta,X,1000000,EUR,seed,2025-03-01,https://x.org/a,2025-03-01\nC,Y,1000000,EUR,seed,2025-03,https://x.org/b,2025-03-14\n",
    )
    assert "future" not in out


def test_many_rows_dated_later_are_counted_with_the_first_three_named(capsys, tmp_path):
    rows = "".join(f"C{n},Y,1000000,EUR,seed,2099-01-0{n},,\n" for n in range(1, 6))
    out = _import(capsys, tmp_path, rows)
    assert "5 rows dated in the future" in out
    assert "deals.csv:4 (2099-01-03) and 2 more" in out


def test_the_json_summary_counts_the_rows_dated_later(capsys, tmp_path):
    out = _import(capsys, tmp_path, "Quanta,Earlybird,5000000,EUR,seed,2099-09-10,,\n", "--json")
    entry = json.loads(out)["imported"][0]
    assert entry["dated_later"] == 1
    assert entry["dated_later_first"] == [f"{tmp_path / 'deals.csv'}:2 (2099-09-10)"]


def test_dates_are_compared_at_the_precision_both_state():
    assert _after("2026-12", "2026-11-27")
    assert not _after("2026-11", "2026-11-27")  # that month may be today or before
    assert _after("2027", "2026-11-27")
    assert not _after("2026-11-27", "2026-11-27")
    later = DatedLater(Path("x.csv"), today="2026-11-27")
    rows = [("2026-11", None), ("2026-12", None), ("2026-03-20", "2026-03-01"), ("2026-03-20", "2026-03")]
    items = [
        SimpleNamespace(line=n, row=SimpleNamespace(kind="investment", date=d, source_date=s))
        for n, (d, s) in enumerate(rows)
    ]
    assert len(list(later.noting(items))) == 4, "every row is kept"
    assert later.first == ["x.csv:1 (2026-12)", "x.csv:2 (2026-03-20)"]


def test_a_dry_run_names_the_rows_dated_later_too(capsys, tmp_path):
    path = tmp_path / "deals.csv"
    path.write_text(HEADER + "Quanta,Earlybird,5000000,EUR,seed,2099-09-10,,\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", str(tmp_path / "none.db"), "--empty", "import", "--dry-run", str(path))
    assert code == 0
    assert (
        f"  1 row dated in the future (after today or the article they cite), kept: {path}:2 (2099-09-10)"
        in out
    )
    code, out, _ = run(
        capsys, "--db", str(tmp_path / "none.db"), "--empty", "import", "--dry-run", "--json", str(path)
    )
    (checked,) = json.loads(out)["deal_files"]
    assert (checked["dated_later"], checked["dated_later_first"]) == (1, [f"{path}:2 (2099-09-10)"])


def test_a_projection_dated_after_its_article_gets_no_note(capsys, tmp_path):
    """A projection is dated by the year it looks ahead to ("revenue of €50M in 2030", told in 2025)."""
    path = tmp_path / "plans.csv"
    path.write_text(
        "company,kind,metric,amount,currency,date,source_url,source_date\n"
        "Quanta,projection,revenue,50000000,EUR,2099,https://x.org/a,2025-03-01\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", str(tmp_path / "p.db"), "--empty", "import", str(path))
    assert code == 0, err
    assert out.startswith("added: plans.csv (1 row, 1 fact")
    assert "future" not in out


ARTICLE = """title: Beta raises a seed round
url: https://x.org/beta-seed
date: 2025-03-01
language: en

Beta, a Paris-based AI start-up, has raised €1 million in a seed round led by X.
"""


def _import_article(capsys, tmp_path: Path) -> None:
    article = tmp_path / "beta.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(capsys, "--db", str(tmp_path / "deals.db"), "--empty", "import", str(article))
    assert code == 0, err


def test_a_row_citing_a_stored_article_by_url_alone_is_checked_against_its_date(capsys, tmp_path):
    _import_article(capsys, tmp_path)
    path = tmp_path / "deals.csv"
    path.write_text(
        HEADER + "Beta,X,1000000,EUR,seed,2025-03-20,https://x.org/beta-seed,\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "--db", str(tmp_path / "deals.db"), "import", str(path))
    assert code == 0, err
    assert (
        f"1 row dated in the future (after today or the article they cite), kept: {path}:2 (2025-03-20)"
        in out
    )


def test_a_row_citing_an_unknown_url_alone_is_checked_against_today_only(capsys, tmp_path):
    _import_article(capsys, tmp_path)
    path = tmp_path / "deals.csv"
    path.write_text(HEADER + "Beta,X,1000000,EUR,seed,2025-03-20,https://x.org/other,\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "deals.db"), "import", str(path))
    assert code == 0, err
    assert "dated in the future" not in out


def test_rows_citing_many_urls_read_the_stored_dates_once_not_a_query_per_url():
    reads: list[int] = []

    def published_dates() -> dict[str, str]:
        reads.append(1)
        return {"https://x.org/1": "2025-03-01"}

    later = DatedLater(Path("x.csv"), today="2026-11-27", published_dates=published_dates)
    items = [
        SimpleNamespace(
            line=n,
            row=SimpleNamespace(
                kind="investment", date="2025-03-20", source_date=None, source_url=f"https://x.org/{n}"
            ),
        )
        for n in range(1, 1001)
    ]
    assert len(list(later.noting(items))) == 1000
    assert reads == [1], "one read, however many URLs the rows cite"
    assert later.first == ["x.csv:1 (2025-03-20)"] and later.count == 1


def test_rows_citing_no_url_read_no_stored_dates():
    def published_dates() -> dict[str, str]:
        raise AssertionError("read for rows citing no URL")

    later = DatedLater(Path("x.csv"), today="2026-11-27", published_dates=published_dates)
    row = SimpleNamespace(kind="investment", date="2025-03-20", source_date=None, source_url=None)
    assert len(list(later.noting([SimpleNamespace(line=2, row=row)]))) == 1


def test_the_store_gives_each_urls_first_dated_source(capsys, tmp_path):
    from ai_deals.store import Store

    _import_article(capsys, tmp_path)
    with Store.open(tmp_path / "deals.db") as store:
        assert store.published_dates() == {"https://x.org/beta-seed": "2025-03-01"}
