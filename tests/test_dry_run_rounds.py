"""`import --dry-run` previews what the import writes: a round's rows (one investor each) are one round
with all its investors, and the counts are the ones the import then reports."""

from __future__ import annotations

import json

from cli_helpers import run

CRUNCHBASE = (
    "organization_name,investor_name,lead_investor,funding_round_type,raised_amount_usd,announced_on\n"
    "Tessellate,Sequoia Capital,yes,series_b,80000000,2026-02-11\n"
    "Tessellate,Greylock,no,series_b,80000000,2026-02-11\n"
    "Tessellate,Snowflake Ventures,no,series_b,80000000,2026-02-11\n"
    "Kestrel Photonics,Fidelity,yes,series_d,410000000,05/20/2026\n"
    "Kestrel Photonics,Coatue Management,yes,series_d,410000000,05/20/2026\n"
)


def without_columns(out: str) -> list[str]:
    """A dry run's lines less its column mapping ("  company → company"): the file and its facts."""
    return [line for line in out.splitlines() if " → " not in line]


def test_a_dry_run_shows_a_rounds_rows_as_the_one_round_the_import_writes(capsys, tmp_path):
    deals = tmp_path / "cb.csv"
    deals.write_text(CRUNCHBASE, encoding="utf-8")
    db = str(tmp_path / "w3.db")
    args = ("--db", db, "--empty", "import", str(deals), "--date-order", "mdy")
    code, out, _ = run(capsys, *args, "--dry-run")
    assert code == 0
    assert without_columns(out) == [
        f"would add: {deals} (5 rows, 2 facts)",
        "  round: Tessellate · $80M · Series B · 2026-02-11 · investors: Sequoia Capital (lead), Greylock, "
        "Snowflake Ventures",
        "  round: Kestrel Photonics · $410M · Series D · 2026-05-20 · investors: Fidelity (lead), "
        "Coatue Management (lead)",
        # The knowledge file names the fund Coatue: its other spelling is said read so (since deal29b)
        "  investor 'Coatue Management' read as Coatue (known as Coatue Management)",
    ]
    code, out, _ = run(capsys, *args, "--dry-run", "--json")
    assert json.loads(out)["deal_files"][0]["facts"] == 2
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert "added: cb.csv (5 rows, 2 facts)" in out.splitlines()
    code, out, _ = run(capsys, "--db", db, "show", "Tessellate", "--json")
    assert len(json.loads(out)["rounds"]) == 1


HUGGING_FACE = (
    "company,investor,kind,amount,currency,date,round_type\n"
    "Hugging Face,Salesforce Ventures,round,235000000,USD,2023-08-24,series_d\n"
    "Hugging Face,Google,round,235000000,USD,2023-08-24,series_d\n"
    "HuggingFace,Nvidia,round,235000000,USD,2023-08-24,series_d\n"
    "HuggingFace,Amazon,round,235000000,USD,2023-08-24,series_d\n"
    "Mistral AI,Lightspeed,round,113000000,EUR,2023-06-13,seed\n"
)


def test_a_dry_run_joins_a_rounds_rows_spelt_without_a_space_as_the_import_does(capsys, tmp_path):
    """ "HuggingFace" rows are the "Hugging Face" round to the import (its resolver finds a name by its
    letters without spaces): the dry run listed them as a round apart and counted a fact more."""
    deals = tmp_path / "hf.csv"
    deals.write_text(HUGGING_FACE, encoding="utf-8")
    db = str(tmp_path / "hf.db")
    code, out, _ = run(capsys, "--db", db, "--empty", "import", str(deals), "--dry-run")
    assert code == 0
    assert without_columns(out)[:2] == [
        f"would add: {deals} (5 rows, 2 facts)",
        "  round: Hugging Face · $235M · Series D · 2023-08-24 · investors: Salesforce Ventures, Google, "
        "Nvidia, Amazon",
    ]
    code, out, _ = run(capsys, "--db", db, "--empty", "import", str(deals), "--dry-run", "--json")
    assert json.loads(out)["deal_files"][0]["facts"] == 2
    code, out, _ = run(capsys, "--db", db, "--empty", "import", str(deals))
    assert code == 0 and "added: hf.csv (5 rows, 2 facts)" in out.splitlines()
    code, out, _ = run(capsys, "--db", db, "show", "Hugging Face", "--json")
    assert len(json.loads(out)["rounds"]) == 1


def test_a_dry_run_joins_a_rounds_rows_naming_one_company_of_the_database_by_two_names(capsys, tmp_path):
    """ "Cohere Technologies", merged into Cohere, is Cohere to the import: its row and Cohere's of one
    round are one round, which the dry run listed as two."""
    first = tmp_path / "first.csv"
    first.write_text(
        "company,investor,kind,amount,currency,date\n"
        "Cohere,Nvidia,round,500000000,USD,2025-08-14\n"
        "Cohere Technologies,Oracle,round,270000000,USD,2023-06-08\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "co.db")
    assert run(capsys, "--db", db, "--empty", "import", str(first))[0] == 0
    assert run(capsys, "--db", db, "merge", "Cohere", "Cohere Technologies")[0] == 0
    deals = tmp_path / "co.csv"
    deals.write_text(
        "company,investor,kind,amount,currency,date\n"
        "Cohere,Cisco,round,450000000,USD,2024-07-22\n"
        "Cohere Technologies,AMD,round,450000000,USD,2024-07-22\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "--db", db, "import", str(deals), "--dry-run")
    assert code == 0
    assert without_columns(out) == [
        f"would add: {deals} (2 rows, 1 fact)",
        "  round: Cohere · $450M · 2024-07-22 · investors: Cisco, AMD",
        "  new investors: Cisco, AMD",  # the database had Cohere, not them
    ]
    code, out, _ = run(capsys, "--db", db, "import", str(deals))
    assert code == 0 and "added: co.csv (2 rows, 1 fact)" in out.splitlines()


def _one_hugging_face_round(capsys, tmp_path, held: str, first: str, second: str) -> None:
    """The database holds `held` (from an earlier file); a deal file names the round's company
    `first` on one row and `second` on the other: the dry run counts what the import writes."""
    earlier = tmp_path / "earlier.csv"
    earlier.write_text(
        f"company,investor,kind,amount,currency,date\n{held},Sequoia Capital,round,40000000,USD,2021-03-01\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "held.db")
    assert run(capsys, "--db", db, "--empty", "import", str(earlier))[0] == 0
    deals = tmp_path / "hf.csv"
    deals.write_text(
        "company,investor,amount,currency,date,round_type\n"
        f"{first},Salesforce Ventures,235000000,USD,2023-08-24,Series D\n"
        f"{second},Google,235000000,USD,2023-08-24,Series D\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "--db", db, "import", str(deals), "--dry-run", "--json")
    assert code == 0
    dry_run_facts = json.loads(out)["deal_files"][0]["facts"]
    code, out, _ = run(capsys, "--db", db, "import", str(deals))
    assert code == 0 and "added: hf.csv (2 rows, 1 fact)" in out.splitlines()
    assert dry_run_facts == 1


def test_a_dry_run_finds_the_databases_company_spelt_with_a_space_under_a_run_together_name(capsys, tmp_path):
    """ "HuggingFace" is the database's "Hugging Face" to the import (its letters without spaces): the
    dry run took it for a new company and counted its row a round apart."""
    _one_hugging_face_round(capsys, tmp_path, "Hugging Face", "HuggingFace", "Hugging Face")


def test_a_dry_run_finds_the_databases_run_together_company_under_a_spaced_name(capsys, tmp_path):
    _one_hugging_face_round(capsys, tmp_path, "HuggingFace", "Hugging Face", "HuggingFace")


def test_a_dry_run_finds_the_databases_company_spaced_elsewhere_in_a_name_with_spaces(capsys, tmp_path):
    """ "DeepMind Technologies" is the database's "Deep Mind Technologies" to the import: a name
    with a space of its own was only looked for run together, never with spaces put elsewhere."""
    _one_hugging_face_round(
        capsys, tmp_path, "Deep Mind Technologies", "DeepMind Technologies", "Deep Mind Technologies"
    )


def test_a_dry_run_finds_the_databases_company_under_its_suffixed_and_hyphenated_names(capsys, tmp_path):
    _one_hugging_face_round(capsys, tmp_path, "Hugging Face", "Hugging Face Inc.", "hugging-face")


def test_a_dry_runs_fact_lines_give_a_valuations_basis_and_a_stakes_tranches(capsys, tmp_path):
    article = tmp_path / "pigment.txt"
    article.write_text(
        "title: Pigment raises $50 billion\ndate: 2026-01-15\n\n"
        "Pigment raised $50 billion from Vantor Capital, in two tranches: $15 billion now and "
        "$35 billion once certain conditions are met. The deal values Pigment at $1 billion pre-money.\n",
        encoding="utf-8",
    )
    code, out, err = run(
        capsys, "--db", str(tmp_path / "p.db"), "--empty", "import", str(article), "--dry-run"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert "  valuation: Pigment · $1B · pre-money · 2026-01-15" in lines
    assert any(line.endswith(" · tranches: $15B now, $35B conditional") for line in lines), lines


def test_a_replacements_dry_run_lists_the_figures_it_changes(capsys, tmp_path):
    article = tmp_path / "kyra.txt"
    story = (
        "title: Kyra raises €600m\ndate: 2025-04-08\n\n"
        "Kyra raised €600 million in a Series B led by SoftBank. The deal values Kyra at €{} billion pre-money.\n"
    )
    article.write_text(story.format("2.4"), encoding="utf-8")
    db = str(tmp_path / "k.db")
    assert run(capsys, "--db", db, "--empty", "import", str(article))[0] == 0
    article.write_text(story.format("2.6"), encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "import", str(article), "--dry-run")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("would replace: Kyra raises €600m (2025-04-08)")
    assert (
        lines[1]
        == "  changed: valuation: Kyra · €2.4B · pre-money · 2025-04-08 → €2.6B · pre-money · 2025-04-08"
    )
    article.write_text(story.format("2.6") + "\nIt plans to hire.\n", encoding="utf-8")
    assert run(capsys, "--db", db, "import", str(article))[0] == 0
    article.write_text(story.format("2.6") + "\nIt plans to hire 40 people.\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "import", str(article), "--dry-run")
    assert out.splitlines()[1] == "  no figure changes", out
