"""An import option that only one kind of file takes is refused, in one line, when no file of that
kind is given, rather than accepted and silently ignored: --published (and --url, --publisher,
--language) describe an article and were already refused for a deal file; --skip-bad-rows and
--date-order read a deal file's rows and were accepted (exit 0) for an article alone."""

from __future__ import annotations

import pytest
from cli_helpers import run

ARTICLE = "Acme AI raised $10 million in a Series A led by Foo Ventures, the company said on Monday.\n"
DEALS = "company,amount,currency,date,round\nZeta AI,20M,USD,2026-02-03,Series A\n"


@pytest.fixture
def files(tmp_path):
    article, deals = tmp_path / "acme.txt", tmp_path / "deals.csv"
    article.write_text(ARTICLE, encoding="utf-8")
    deals.write_text(DEALS, encoding="utf-8")
    return article, deals


@pytest.mark.parametrize("dry_run", [(), ("--dry-run",)])
@pytest.mark.parametrize(
    ("option", "problem"),
    [
        (("--skip-bad-rows",), "--skip-bad-rows applies to deal files (.csv .tsv .json .ndjson); an article has no rows to skip"),
        (("--date-order", "mdy"), "--date-order applies to deal files (.csv .tsv .json .ndjson); an article's dates are read as written (02/27/2026 month first, 03/02/2026 day first)"),
        (("--date-order", "dmy"), "--date-order applies to deal files"),
    ],
)  # fmt: skip
def test_a_deal_file_option_given_with_articles_only_is_refused_in_one_line(
    capsys, tmp_path, files, option, problem, dry_run
):
    article, _ = files
    db = tmp_path / "a.db"
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(article), *option, *dry_run)
    assert code == 1 and out == ""
    (line,) = err.splitlines()
    assert line.startswith(f"ai-deals: error: acme.txt: {problem}")
    assert not db.exists()


def test_a_deal_file_option_given_with_an_article_and_a_deal_file_applies_to_the_deal_file(
    capsys, tmp_path, files
):
    article, deals = files
    db = tmp_path / "a.db"
    code, out, err = run(
        capsys, "--db", str(db), "--empty", "import", str(article), str(deals), "--skip-bad-rows",
        "--date-order", "mdy",
    )  # fmt: skip
    assert code == 0, err
    assert "added: deals.csv (1 row, 1 fact)" in out and "Acme AI" in out


def test_an_article_option_given_with_a_deal_file_is_refused_as_before(capsys, tmp_path, files):
    _, deals = files
    code, _, err = run(
        capsys, "--db", str(tmp_path / "a.db"), "import", str(deals), "--published", "2025-01-01"
    )
    assert code == 1
    assert err.splitlines() == [
        "ai-deals: error: deals.csv: --published applies to articles; a deal file gives its source per row "
        "(source_url, publisher, source_date columns)"
    ]


def test_a_deal_file_read_without_date_order_reads_day_first(capsys, tmp_path):
    deals = tmp_path / "eu.csv"
    deals.write_text("company,amount,currency,date\nEU AI,5M,EUR,03/02/2025\n", encoding="utf-8")
    db = tmp_path / "eu.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(deals))[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "csv", "--out", "-")
    assert code == 0 and ",2025-02-03," in out
