"""One name stands for one company: an import never adds, as an alias of one company, a name (after
normalisation) that is already another company's name or alias here. It says so, names the merge that
would join the two, and goes on; records naming that name keep finding the company it names.

The export path (company rows with an aliases column) is in test_export_overlap.py.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from ai_deals.cli import main
from ai_deals.importers.models import CompanyInfo
from ai_deals.store import Store
from ai_deals.store.models import RefusedAlias, refused_alias_lines
from ai_deals.structured_import import import_structured

from factories import one_stake


@pytest.fixture(autouse=True)
def _private(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))


def _aliases(store: Store, name: str) -> list[str]:
    return [
        row[0]
        for row in store.db.execute(
            "SELECT a.alias FROM aliases a JOIN companies c ON c.id = a.company_id WHERE c.name = ? ORDER BY a.id",
            [name],
        )
    ]


def test_an_articles_alias_that_names_another_company_here_is_not_added_and_reported(sample_store):
    """Amazon's article calls it "AWS" (new: added), "Nvidia Corp." (Nvidia's name) and "Le groupe de
    Redmond" (an alias of Microsoft): those two would make one name stand for two companies. A
    description identifies nobody and fits many: "le créateur de ChatGPT", OpenAI's, is shared as
    before; but "microsoft", Microsoft's very name, is not."""
    aliases = ["AWS", "Nvidia Corp.", "Le groupe de Redmond", "le créateur de ChatGPT", "microsoft"]
    source = one_stake("Amazon", title="aws").model_copy(
        update={"companies": [CompanyInfo(name="Amazon", aliases=aliases)]}
    )
    report = sample_store.import_source(source)
    assert report.action == "added" and report.facts == 1  # the rest of the import goes on
    assert report.aliases_refused == [
        RefusedAlias(alias="Nvidia Corp.", company="Amazon", other="Nvidia"),
        RefusedAlias(alias="Le groupe de Redmond", company="Amazon", other="Microsoft", other_alias=True),
        RefusedAlias(alias="microsoft", company="Amazon", other="Microsoft"),
    ]
    assert _aliases(sample_store, "Amazon") == ["Amazon", "AWS", "le créateur de ChatGPT"]
    assert sample_store.find_company("le créateur de ChatGPT", exact=True).name == "OpenAI"  # the first
    assert sample_store.find_company("Nvidia Corp.", exact=True).name == "Nvidia"
    assert sample_store.find_company("le groupe de Redmond", exact=True).name == "Microsoft"
    assert sample_store.find_company("AWS", exact=True).name == "Amazon"

    # A later story naming "Nvidia Corp." is about Nvidia, as before.
    sample_store.import_source(one_stake("Nvidia Corp.", title="later", amount=2e9))
    investors = sample_store.db.execute(
        """SELECT c.name FROM stakes s JOIN investors i ON i.id = s.investor_id
           JOIN companies c ON c.id = i.company_id WHERE s.amount = 2e9"""
    ).fetchall()
    assert investors == [("Nvidia",)]


def test_a_refused_alias_is_said_in_one_line_with_the_merge_that_joins_the_two():
    refused = RefusedAlias(alias="Thrive Capital", company="Nvidia", other="Thrive Capital")
    assert refused.line() == (
        "alias 'Thrive Capital' of Nvidia not added: it is the name of another company here; "
        '`ai-deals merge Nvidia "Thrive Capital"` joins them'
    )
    of_alias = RefusedAlias(alias="TC", company="Nvidia", other="Thrive Capital", other_alias=True)
    assert of_alias.line().startswith(
        "alias 'TC' of Nvidia not added: it is an alias of another company here, "
    )
    description = RefusedAlias(alias="microsoft", company="Amazon", other="Microsoft")
    assert description.line() == (  # a description is no evidence two companies are one: no merge offered
        "alias 'microsoft' of Amazon not added: it is the name of another company here"
    )
    quoted = RefusedAlias(alias="X", company='Say "$HOME"', other="b`c")
    assert quoted.line().endswith('`ai-deals merge "Say \\"\\$HOME\\"" "b\\`c"` joins them')


def test_many_refused_aliases_are_said_five_then_counted():
    refused = [RefusedAlias(alias=f"A{n}", company="X", other=f"A{n}") for n in range(8)]
    lines = refused_alias_lines(refused)
    assert len(lines) == 6 and lines[-1] == "... and 3 more aliases not added: names of other companies here"


def test_an_article_import_says_which_alias_it_did_not_add(tmp_path, capsys):
    """ "Nordic Venture Capital (NVC)" when "NVC" is already a company of its own here."""
    texts = {
        "a.txt": "NeuroChip lève 20 millions\n\nNeuroChip a levé 20 millions d'euros auprès de NVC.\n",
        "b.txt": "Orbital lève 8 millions\n\nOrbital a levé 8 millions d'euros auprès de Nordic Venture Capital.\n",
        "c.txt": "Kelvin lève 5 millions\n\nKelvin a levé 5 millions d'euros auprès de Nordic Venture Capital (NVC).\n",
    }
    db = tmp_path / "t.db"
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
        assert main(["--db", str(db), "--empty", "import", str(tmp_path / name)]) == 0
    out = capsys.readouterr().out
    assert out.endswith(
        # The stories have no date: the import line says so.
        "added: Kelvin lève 5 millions (1 fact; undated: the article states no date; --published YYYY-MM-DD gives one)\n"
        "  alias 'NVC' of Nordic Venture Capital not added: it is the name of another company here; "
        '`ai-deals merge "Nordic Venture Capital" NVC` joins them\n'
    )
    with Store(db, readonly=True) as store:
        assert _aliases(store, "Nordic Venture Capital") == ["Nordic Venture Capital"]
        assert _aliases(store, "NVC") == ["NVC"]


def test_a_name_two_companies_share_from_before_finds_the_same_company_on_every_path(sample_store, tmp_path):
    """A database written before such aliases were refused may hold one (Nvidia aliased "Amazon"):
    an article, a deal file and an exact lookup all find the company whose row came first."""
    amazon = sample_store.find_company("Amazon", exact=True).id
    nvidia = sample_store.find_company("Nvidia", exact=True).id
    with sample_store.transaction():
        sample_store.db.execute(
            "INSERT INTO aliases (company_id, alias, normalized) VALUES (?, 'Amazon', 'amazon')", [nvidia]
        )
    assert sample_store.find_company("Amazon", exact=True).id == amazon
    sample_store.import_source(one_stake("Amazon", title="article", amount=3e9))
    deals = tmp_path / "deals.csv"
    deals.write_text(
        "company,investors,kind,amount,currency,date\nKelvin,Amazon,round,5000000,EUR,2025-03-01\n"
    )
    with sample_store.transaction():
        import_structured(sample_store, deals, skip_bad_rows=False, console=Console(file=io.StringIO()))
    rows = sample_store.db.execute(
        """SELECT i.company_id FROM stakes s JOIN investors i ON i.id = s.investor_id WHERE s.amount = 3e9
           UNION ALL SELECT i.company_id FROM round_investors r JOIN investors i ON i.id = r.investor_id
           JOIN rounds d ON d.id = r.round_id WHERE d.amount = 5e6"""
    ).fetchall()
    assert rows == [(amazon,), (amazon,)]
