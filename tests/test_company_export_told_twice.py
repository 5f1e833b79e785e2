"""`export --company` writes every source's record of a partnership two sources tell: the page folds
the Nvidia–Mistral AI partnership a French and an English article announce into one row "2 sources"
(same_partnership.py), and the company's export kept only the row's own record, losing the other
source's sentence, where the whole export and a stake told twice keep one row per source's record."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)
from test_timeline_stake_partnership_accounts import LES_ECHOS_PARTNER, REUTERS_PARTNER

FRENCH = "Nvidia et Mistral AI ont annoncé mercredi un partenariat"
ENGLISH = "Nvidia and Mistral AI announced a partnership on Wednesday"


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    return import_files(
        capsys,
        tmp_path,
        ("lesechos-partner.txt", LES_ECHOS_PARTNER),
        ("reuters-partner.txt", REUTERS_PARTNER),
    )


def partnership_sentences(text: str, fmt: str) -> list[str]:
    """The sentence of each partnership row an export holds, in its order."""
    if fmt == "json":
        rows = json.loads(text)["records"]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    else:
        header, _, *lines = [line.strip("|").split(" | ") for line in text.strip().splitlines()]
        rows = [dict(zip([name.strip() for name in header], line, strict=True)) for line in lines]
    return [row["sentence"].strip() for row in rows if row["record_type"].strip() == "partnership"]


@pytest.mark.parametrize("fmt", ["csv", "json", "md"])
@pytest.mark.parametrize("company", ["Mistral AI", "Nvidia"])
def test_a_company_export_writes_each_sources_record_of_a_partnership_told_twice(capsys, db, company, fmt):
    out = run_ok(capsys, db, "export", "--company", company, "--format", fmt)
    sentences = partnership_sentences(out, fmt)
    assert len(sentences) == 2
    assert [s.startswith(FRENCH) for s in sentences].count(True) == 1
    assert [s.startswith(ENGLISH) for s in sentences].count(True) == 1


def test_a_company_export_carries_the_partnerships_the_whole_export_does(capsys, db):
    whole = partnership_sentences(run_ok(capsys, db, "export", "--format", "json"), "json")
    company = partnership_sentences(
        run_ok(capsys, db, "export", "--company", "Mistral AI", "--format", "json"), "json"
    )
    assert sorted(company) == sorted(whole)


def test_a_filtered_company_export_keeps_both_sources_records_too(capsys, db):
    out = run_ok(capsys, db, "export", "--company", "Mistral AI", "--kind", "partnership", "--format", "csv")
    assert len(partnership_sentences(out, "csv")) == 2
