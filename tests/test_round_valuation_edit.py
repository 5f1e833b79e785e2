"""A round's valuation (pre- or post-money) corrected by hand from the round's edit form: read as the
form reads amounts, recorded on the valuation record its source stated with the round (`edited`,
with what it was), shown "(edited)", kept through an export imported elsewhere, undone with the round."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store
from ai_deals.store.review import FactEdit
from ai_deals.tui.screens.fact_edit import (
    FormError,
    build_edit,
    clearable_fields,
    editable_fields,
    initial_values,
)

DEALS = (
    "kind,company,investor,amount,currency,round_type,date,valuation,basis\n"
    "round,Zeta,Xcap,100000000,USD,Series A,2025-01-10,600000000,pre_money\n"
    "round,Kappa,Ycap,10000000,EUR,Seed,2025-02-10,,\n"
)


@pytest.fixture
def db(capsys, monkeypatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("COLUMNS", "200")  # `show`'s tables whole: a cell is not wrapped
    path = tmp_path / "deals.csv"
    path.write_text(DEALS, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    return db


def _round(store: Store, company: str):
    return store.company(store.find_company(company).id).rounds[0]


def _valuation(store: Store, company: str):
    page = store.company(store.find_company(company).id)
    return next(m for m in page.metrics if m.metric == "valuation")


def _show(capsys, db: Path, company: str) -> str:
    code, out, err = run(capsys, "--db", str(db), "show", company)
    assert code == 0, err
    return out


def test_the_round_form_shows_the_rounds_valuation_and_its_basis(db):
    with Store.open(db) as store:
        round_ = _round(store, "Zeta")
        initial = initial_values(round_)
        assert {"valuation", "basis"} <= editable_fields(round_)
    assert (initial["valuation"], initial["basis"]) == ("$600M", "pre-money")


def test_a_valuation_typed_in_the_round_form_is_read_as_amounts_are():
    initial = {"company": "Zeta", "valuation": "$600M", "basis": "pre-money"}
    edit = build_edit(initial, initial | {"valuation": "~€1.2B", "basis": "post-money"})
    assert (edit.valuation, edit.valuation_currency, edit.valuation_bound, edit.basis) == (
        1.2e9,
        "EUR",
        "approx",
        "post_money",
    )
    edit = build_edit({**initial, "valuation": "~$600M"}, {**initial, "valuation": "700M"})
    assert (edit.valuation, edit.valuation_currency, edit.valuation_bound) == (7e8, None, "exact")
    with pytest.raises(FormError, match="^valuation: "):
        build_edit(initial, initial | {"valuation": "lots"})


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("5 GW", "valuation: GW is a capacity, but this figure is money"),
        ("~", "valuation: write a number such as"),
        ("0", "valuation: must be a positive number"),
    ],
)
def test_a_valuation_refused_in_the_round_form_names_the_valuation_field(typed, problem):
    """ "5 GW" in the valuation field was refused as "amount: GW is a capacity…"."""
    initial = {"company": "Zeta", "valuation": "$600M", "basis": "pre-money"}
    with pytest.raises(FormError) as refused:
        build_edit(initial, initial | {"valuation": typed})
    assert str(refused.value).startswith(problem)


def test_a_rounds_valuation_corrected_is_recorded_shown_edited_and_undone_with_the_round(capsys, db):
    with Store.open(db) as store:
        round_ = _round(store, "Zeta")
        initial = initial_values(round_)
        changes = build_edit(
            initial, initial | {"amount": "120M", "valuation": "$700M", "basis": "post-money"}
        )
        undo = store.edit_fact(round_.ref, changes)
        valuation = _valuation(store, "Zeta")
        assert (valuation.value, valuation.basis, valuation.review_status) == (7e8, "post_money", "edited")
        assert _round(store, "Zeta").amount == 1.2e8
        assert store._edits_of([valuation.ref])[valuation.ref] == {"value": 600000000.0, "basis": "pre_money"}
    assert "$700M post-money (edited)" in _show(capsys, db, "Zeta")
    with Store.open(db) as store:
        store.undo_review(undo)
        valuation = _valuation(store, "Zeta")
        assert (valuation.value, valuation.basis, valuation.review_status) == (6e8, "pre_money", "extracted")
        assert (_round(store, "Zeta").amount, _round(store, "Zeta").review_status) == (1e8, "extracted")


def test_a_rounds_valuation_corrected_alone_is_an_edit_of_its_valuation_record(db):
    with Store.open(db) as store:
        round_ = _round(store, "Zeta")
        initial = initial_values(round_)
        undo = store.edit_fact(round_.ref, build_edit(initial, initial | {"valuation": "650M"}))
        assert undo.ref.record_type == "metric"
        assert _round(store, "Zeta").review_status == "extracted"
        assert _valuation(store, "Zeta").value == 6.5e8


def test_the_corrected_valuation_is_kept_through_an_export_imported_elsewhere(capsys, db, tmp_path):
    with Store.open(db) as store:
        round_ = _round(store, "Zeta")
        initial = initial_values(round_)
        store.edit_fact(
            round_.ref, build_edit(initial, initial | {"valuation": "$700M", "basis": "post-money"})
        )
    out = tmp_path / "export.csv"
    code, _, err = run(capsys, "--db", str(db), "export", "--out", str(out))
    assert code == 0, err
    other = tmp_path / "other.db"
    code, _, err = run(capsys, "--db", str(other), "--empty", "import", str(out))
    assert code == 0, err
    with Store.open(other) as store:
        valuation = _valuation(store, "Zeta")
        assert (valuation.value, valuation.basis, valuation.review_status) == (7e8, "post_money", "edited")
        assert store._edits_of([valuation.ref])[valuation.ref] == {"value": 600000000.0, "basis": "pre_money"}
    assert "$700M post-money (edited)" in _show(capsys, other, "Zeta")


def test_a_round_with_no_valuation_is_given_one_shown_beside_it_and_undo_removes_it(capsys, db):
    with Store.open(db) as store:
        round_ = _round(store, "Kappa")
        initial = initial_values(round_)
        assert initial["valuation"] == ""
        assert {"valuation", "basis"} <= editable_fields(round_), "a valuation may be given to it"
        changes = build_edit(
            initial, initial | {"valuation": "€50M", "basis": "pre"}, None, clearable_fields(round_)
        )
        undo = store.edit_fact(round_.ref, changes)
        valued = _round(store, "Kappa")
        assert (valued.pre_money_valuation, valued.valuation_currency, valued.review_status) == (
            5e7,
            "EUR",
            "extracted",
        )
        assert initial_values(valued)["valuation"] == "€50M"
    assert "€50M pre-money" in _show(capsys, db, "Kappa")
    with Store.open(db) as store:
        store.undo_review(undo)
        round_ = _round(store, "Kappa")
        assert (round_.pre_money_valuation, round_.post_money_valuation) == (None, None)
        assert not [m for m in store.company(round_.company_id).metrics if m.metric == "valuation"]


def test_a_rounds_valuation_emptied_in_its_form_is_taken_away_and_undo_puts_it_back(db):
    with Store.open(db) as store:
        round_ = _round(store, "Zeta")
        initial = initial_values(round_)
        changes = build_edit(
            initial, initial | {"valuation": "", "basis": ""}, None, clearable_fields(round_)
        )
        assert changes == FactEdit(no_valuation=True)
        undo = store.edit_fact(round_.ref, changes)
        gone = _round(store, "Zeta")
        assert (gone.pre_money_valuation, gone.post_money_valuation, initial_values(gone)["valuation"]) == (
            None,
            None,
            "",
        )
        store.undo_review(undo)
        assert _round(store, "Zeta").pre_money_valuation == 6e8
        assert _valuation(store, "Zeta").review_status == "extracted"


def test_a_basis_typed_for_a_round_with_no_valuation_is_refused_in_one_line(db):
    with Store.open(db) as store:
        round_ = _round(store, "Kappa")
        initial = initial_values(round_)
    with pytest.raises(FormError, match="^basis: this round has no valuation; write one"):
        build_edit(initial, initial | {"basis": "post-money"}, None, clearable_fields(round_))


def test_a_rounds_valuation_edit_corrects_only_the_valuation_its_page_shows_beside_it(capsys, tmp_path):
    """The day's round is not valued by the month's valuation when the source's month round fits
    it (the page shows none beside it): a valuation typed in its form is its own, the month's left alone."""
    path, db = tmp_path / "two.csv", tmp_path / "two.db"
    path.write_text(
        "kind,company,investor,amount,currency,round_type,date,valuation,basis\n"
        "round,Zeta,Xcap,100000000,USD,Series A,2025-01,600000000,post_money\n"
        "round,Zeta,Ycap,5000000,USD,Seed,2025-01-10,,\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    with Store.open(db) as store:
        rounds = store.company(store.find_company("Zeta").id).rounds
        (day,) = [r for r in rounds if r.date == "2025-01-10"]
        assert day.post_money_valuation is None  # the page values it with nothing
        store.edit_fact(day.ref, build_edit(initial_values(day), initial_values(day) | {"valuation": "$9M"}))
        rounds = store.company(store.find_company("Zeta").id).rounds
        (day,) = [r for r in rounds if r.date == "2025-01-10"]
        (month,) = [r for r in rounds if r.date == "2025-01"]
        assert (day.post_money_valuation, month.post_money_valuation) == (9e6, 6e8)


def _give_kappa_a_valuation(store: Store):
    round_ = _round(store, "Kappa")
    initial = initial_values(round_)
    changes = build_edit(
        initial, initial | {"valuation": "€50M", "basis": "pre"}, None, clearable_fields(round_)
    )
    return store.edit_fact(round_.ref, changes)


def _reimport_corrected(capsys, db: Path, amount: str = "120000000") -> None:
    path = db.parent / "deals.csv"
    path.write_text(DEALS.replace("100000000,USD", f"{amount},USD"), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 0, err
    assert out.startswith("replaced"), out
    assert "review decision" not in out, out  # the added valuation is carried, not dropped


def test_a_valuation_given_to_a_round_survives_a_corrected_reimport_of_its_source(capsys, db):
    with Store.open(db) as store:
        _give_kappa_a_valuation(store)
    _reimport_corrected(capsys, db)
    with Store.open(db) as store:
        valued = _round(store, "Kappa")
        assert (valued.pre_money_valuation, valued.valuation_currency) == (5e7, "EUR")
        assert len([m for m in store.company(valued.company_id).metrics if m.metric == "valuation"]) == 1
    _reimport_corrected(capsys, db, "130000000")  # corrected again: still its one valuation
    with Store.open(db) as store:
        valued = _round(store, "Kappa")
        assert len([m for m in store.company(valued.company_id).metrics if m.metric == "valuation"]) == 1


def test_a_valuation_given_then_undone_does_not_come_back_on_a_corrected_reimport(capsys, db):
    with Store.open(db) as store:
        store.undo_review(_give_kappa_a_valuation(store))
    _reimport_corrected(capsys, db)
    with Store.open(db) as store:
        round_ = _round(store, "Kappa")
        assert (round_.pre_money_valuation, round_.post_money_valuation) == (None, None)


def test_a_valuation_given_is_undone_after_a_corrected_reimport_carried_it_over(capsys, db):
    with Store.open(db) as store:
        undo = _give_kappa_a_valuation(store)
    _reimport_corrected(capsys, db)
    with Store.open(db) as store:
        store.undo_review(undo)
        round_ = _round(store, "Kappa")
        assert (round_.pre_money_valuation, round_.post_money_valuation) == (None, None)
    _reimport_corrected(capsys, db, "130000000")  # its decision went with it: not given again
    with Store.open(db) as store:
        round_ = _round(store, "Kappa")
        assert (round_.pre_money_valuation, round_.post_money_valuation) == (None, None)


def _set_kappa_valuation(store: Store, typed: str):
    round_ = _round(store, "Kappa")
    initial = initial_values(round_)
    changes = build_edit(initial, initial | {"valuation": typed}, None, clearable_fields(round_))
    return store.edit_fact(round_.ref, changes)


def test_a_given_valuation_corrected_keeps_its_correction_through_a_corrected_reimport(capsys, db):
    with Store.open(db) as store:
        _give_kappa_a_valuation(store)
        _set_kappa_valuation(store, "€80M")
        assert _round(store, "Kappa").pre_money_valuation == 8e7
    _reimport_corrected(capsys, db)
    with Store.open(db) as store:
        assert _round(store, "Kappa").pre_money_valuation == 8e7


def test_a_given_valuation_emptied_does_not_come_back_on_a_corrected_reimport(capsys, db):
    with Store.open(db) as store:
        _give_kappa_a_valuation(store)
        _set_kappa_valuation(store, "")
        round_ = _round(store, "Kappa")
        assert (round_.pre_money_valuation, round_.post_money_valuation) == (None, None)
    _reimport_corrected(capsys, db)
    with Store.open(db) as store:
        round_ = _round(store, "Kappa")
        assert (round_.pre_money_valuation, round_.post_money_valuation) == (None, None)


def test_a_given_valuation_corrected_then_undone_is_given_again_as_first_typed(capsys, db):
    with Store.open(db) as store:
        _give_kappa_a_valuation(store)
        store.undo_review(_set_kappa_valuation(store, "€80M"))
        assert _round(store, "Kappa").pre_money_valuation == 5e7
    _reimport_corrected(capsys, db)
    with Store.open(db) as store:
        assert _round(store, "Kappa").pre_money_valuation == 5e7


def test_a_given_valuation_emptied_then_undone_comes_back_on_a_corrected_reimport(capsys, db):
    with Store.open(db) as store:
        _give_kappa_a_valuation(store)
        store.undo_review(_set_kappa_valuation(store, ""))
        assert _round(store, "Kappa").pre_money_valuation == 5e7
    _reimport_corrected(capsys, db)
    with Store.open(db) as store:
        assert _round(store, "Kappa").pre_money_valuation == 5e7


ARTICLE = """title: Kappa raises €10 million
url: https://example.com/kappa-seed
date: {date}
language: en

Kappa, a Berlin-based AI startup, raised €10 million in a seed round led by Ycap.
"""


def _import_article(capsys, db: Path, published: str) -> str:
    path = db.parent / "kappa.txt"
    path.write_text(ARTICLE.format(date=published), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    return out


def test_a_valuation_given_to_an_articles_round_follows_it_when_the_article_is_redated(capsys, tmp_path):
    db = tmp_path / "article.db"
    _import_article(capsys, db, "2025-02-10")
    with Store.open(db) as store:
        (round_,) = store.company(store.find_company("Kappa").id).rounds
        assert round_.date == "2025-02-10"
        initial = initial_values(round_)
        store.edit_fact(round_.ref, build_edit(initial, initial | {"valuation": "€50M"}))
    out = _import_article(capsys, db, "2025-02-12")
    assert "review decision" not in out, out
    with Store.open(db) as store:
        (round_,) = store.company(store.find_company("Kappa").id).rounds
        assert (round_.date, round_.post_money_valuation) == ("2025-02-12", 5e7)


def test_undoing_a_rounds_earlier_correction_keeps_the_valuation_given_since(capsys, db):
    with Store.open(db) as store:
        round_ = _round(store, "Kappa")
        initial = initial_values(round_)
        corrected = store.edit_fact(round_.ref, build_edit(initial, initial | {"round_type": "Pre-seed"}))
        _give_kappa_a_valuation(store)
        store.undo_review(corrected)
        assert (_round(store, "Kappa").round_type, _round(store, "Kappa").pre_money_valuation) == (
            "Seed",
            5e7,
        )
    _reimport_corrected(capsys, db)
    with Store.open(db) as store:
        assert (_round(store, "Kappa").round_type, _round(store, "Kappa").pre_money_valuation) == (
            "Seed",
            5e7,
        )
