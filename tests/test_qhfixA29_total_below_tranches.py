"""An amount edited below what its stated tranches already add up to is refused, nothing written
(qh29 #2: a $50B stake with "$15 billion in April 2026" edited to $10B read "$10B (edited)" beside a
$15B tranche, and `show` said "raised $15B")."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_ok

from ai_deals.store import Store
from ai_deals.store.errors import EditRefused
from ai_deals.store.review import FactEdit

REV = (
    "title: Rev\ndate: 2026-03-10\nurl: https://ex.org/rev\nlanguage: en\n\n"
    "Helix Robotics signed a $30 million cloud partnership with Microsoft. SoftBank will invest $50 billion "
    "in Helix Robotics: $15 billion in April 2026 and the balance in June 2026.\n"
)
TRELLIS = (
    "title: Trellis raises $45 million\ndate: 2025-03-04\nurl: https://example.org/trellis\nlanguage: en\n\n"
    "Trellis raised $45 million. The round is structured in two tranches: $30 million now, and $15 "
    "million once Trellis hits 2,000 robots deployed.\n"
)


def imported(capsys, tmp_path: Path, text: str) -> Path:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    db = tmp_path / "t.db"
    run_ok(capsys, db, "--empty", "import", str(article))
    return db


def helix_stake(store: Store):
    page = store.company(store.find_company("Helix Robotics").id)
    return next(s for s in page.investors if s.tranches)


def test_a_stake_amount_below_its_stated_tranche_is_refused_and_nothing_written(capsys, tmp_path):
    db = imported(capsys, tmp_path, REV)
    with Store.open(db) as store:
        stake = helix_stake(store)
        with pytest.raises(EditRefused, match=r"\$10B is below the \$15B its stated tranches"):
            store.edit_fact(stake.ref, FactEdit(amount=10e9))
        stake = helix_stake(store)
    assert stake.amount == 50e9
    assert stake.review_status != "edited"
    assert [(t.amount, t.computed) for t in stake.tranches][0] == (15e9, False)


def test_a_stake_amount_that_holds_its_tranches_is_still_saved(capsys, tmp_path):
    db = imported(capsys, tmp_path, REV)
    with Store.open(db) as store:
        store.edit_fact(helix_stake(store).ref, FactEdit(amount=15e9))
        stake = helix_stake(store)
    assert stake.amount == 15e9


def test_a_round_amount_below_its_stated_tranches_is_refused(capsys, tmp_path):
    db = imported(capsys, tmp_path, TRELLIS)
    with Store.open(db) as store:
        (round_,) = store.company(store.find_company("Trellis").id).rounds
        with pytest.raises(EditRefused):
            store.edit_fact(round_.ref, FactEdit(amount=40e6))
        (round_,) = store.company(store.find_company("Trellis").id).rounds
    assert round_.amount == 45e6
