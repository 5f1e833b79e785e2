"""Fix from tester qa53: a French fund closed « à » its size (« a bouclé son fonds à 300 M€ »), on a day told
after the verb (« a bouclé jeudi son nouveau fonds »), or as a closing (« a annoncé le closing de son fonds »,
« a finalisé la levée de son fonds ») read as a round of the firm: money it raised, which it did not."""

from __future__ import annotations

import csv
import io

import pytest
from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)
from extract_helpers import facts_of, of_kind

from ai_deals.importers.models import FUND_CLOSED


def _the_firms_fund(text: str):
    facts = facts_of(text, language="fr")
    assert not of_kind(facts, "round"), [f.model_dump(exclude_defaults=True) for f in facts]
    [fund] = of_kind(facts, "metric")
    assert fund.metric == FUND_CLOSED
    return fund


@pytest.mark.parametrize(
    ("text", "firm", "amount"),
    [
        ("Éclair Ventures a bouclé son fonds à 300 M€.", "Éclair Ventures", 300e6),
        ("Éclair Ventures a bouclé son troisième fonds à 300 millions d'euros.", "Éclair Ventures", 300e6),
        ("Elaia Partners a bouclé son fonds à 500 M€.", "Elaia Partners", 500e6),
        (
            "Le fonds Elaia Partners a bouclé jeudi son nouveau fonds à 500 millions d'euros.",
            "Elaia Partners",
            500e6,
        ),
        (
            "Éclair Ventures a clôturé jeudi son troisième fonds à 500 millions d'euros.",
            "Éclair Ventures",
            500e6,
        ),
        (
            "Éclair Ventures a finalisé la levée de son fonds à 250 millions d'euros.",
            "Éclair Ventures",
            250e6,
        ),
    ],
)
def test_a_french_fund_closed_at_its_size_is_the_firms_fund_not_its_round(text, firm, amount):
    fund = _the_firms_fund(text)
    assert (fund.company, fund.amount, fund.currency) == (firm, amount, "EUR")


def test_a_fund_closed_on_a_day_told_after_the_verb_is_dated_that_day():
    # Published on Monday 2026-03-02: « jeudi » is the Thursday before.
    fund = _the_firms_fund("Éclair Ventures a bouclé jeudi son nouveau fonds à 500 millions d'euros.")
    assert fund.date == "2026-02-26"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Éclair Ventures a annoncé le closing de son fonds Éclair Fund III de 200 M€.", "Éclair Fund III"),
        (
            "Éclair Ventures a réalisé le closing final de son fonds Éclair Fund III à 400 millions d'euros.",
            "Éclair Fund III",
        ),
    ],
)
def test_a_french_closing_of_a_named_fund_is_the_firms_fund_under_its_name(text, name):
    fund = _the_firms_fund(text)
    assert (fund.company, fund.description) == ("Éclair Ventures", name)


@pytest.mark.parametrize(
    "text",
    [
        "Mistral AI a bouclé son tour de table à 20 M€.",
        "Mistral AI a bouclé une levée de fonds de 20 M€.",
        "Mistral AI a bouclé une levée de fonds à 20 M€.",
        "Mistral AI a bouclé jeudi sa levée de fonds à 20 M€.",
    ],
)
def test_a_startup_closing_its_round_or_its_fundraise_still_raised_money(text):
    facts = facts_of(text, language="fr")
    assert not of_kind(facts, "metric")
    [round_] = of_kind(facts, "round")
    assert (round_.company, round_.amount) == ("Mistral AI", 20e6)


def test_an_imported_french_fund_close_is_exported_as_the_firms_figure_with_no_round(capsys, tmp_path):
    article = tmp_path / "k03.txt"
    article.write_text(
        "title: k03\ndate: 2026-05-08\npublisher: Test\nlanguage: fr\n\n"
        "Éclair Ventures a bouclé son fonds à 300 M€.\n",
        encoding="utf-8",
    )
    db = tmp_path / "x.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(article))
    assert code == 0, err
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    kinds = [(row[0], row[5], row[6]) for row in rows[1:]]
    assert ("metric", "fund_closed", "300000000") in kinds
    assert not [kind for kind in kinds if kind[0] == "round"]
