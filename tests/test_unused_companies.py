"""A company a correction or a re-import left with nothing naming it is removed.

Axios, the newsroom, read as an investor of Ledgerline's round (the importer once took "led by Ribbit
Capital, Axios has learned" so; these tests name it a backer outright, "led by Ribbit Capital and
Axios"): once the round's investors are corrected, "company Axios" stayed in search and `show Axios`
printed just "Axios". Undoing the correction brings it back.
"""

from __future__ import annotations

from pathlib import Path

from ai_deals.importers.article import parse_article
from ai_deals.store import Store
from ai_deals.store.merging import company_in_use
from ai_deals.store.models import RecordRef
from ai_deals.store.review import FactEdit

from factories import one_stake

AXIOS = Path(__file__).resolve().parent / "fixtures" / "articles_holdout6" / "en_axios_ledgerline.txt"
URL = "https://example.org/en/en-axios-ledgerline"


def _body() -> str:
    """The story, Axios named among the round's backers."""
    body = AXIOS.read_text(encoding="utf-8").split("\n\n", 1)[1]
    return body.replace("led by Ribbit Capital, Axios has learned", "led by Ribbit Capital and Axios")


def _axios_article(text: str | None = None):
    return parse_article(
        text or _body(), title="Scoop: Ledgerline raises $42M", published="2026-06-10", url=URL
    )


def _round_naming_axios(store: Store) -> RecordRef:
    (round_id,) = store.db.execute(
        """SELECT ri.round_id FROM round_investors ri JOIN investors i ON i.id = ri.investor_id
           JOIN companies c ON c.id = i.company_id WHERE c.name = 'Axios'"""
    ).fetchone()
    return RecordRef(record_type="round", record_id=round_id)


def test_a_company_a_correction_takes_the_last_record_from_is_removed_and_comes_back_with_undo(fresh_store):
    fresh_store.import_source(_axios_article())
    ref = _round_naming_axios(fresh_store)
    undo = fresh_store.edit_fact(ref, FactEdit(investors=["Ribbit Capital", "QED Investors"]))
    assert fresh_store.find_company("Axios", exact=True) is None
    assert all(hit.name != "Axios" for hit in fresh_store.search("Axios"))
    assert fresh_store.find_company("Ribbit Capital", exact=True) is not None  # still named by the round

    fresh_store.undo_review(undo)
    axios = fresh_store.find_company("Axios", exact=True)
    assert axios is not None and axios.is_investor
    assert _round_naming_axios(fresh_store) == ref


def test_a_company_named_elsewhere_stays_after_a_correction(fresh_store):
    fresh_store.import_source(_axios_article())
    fresh_store.import_source(one_stake("Axios", "Claimsight", title="elsewhere"))
    fresh_store.edit_fact(_round_naming_axios(fresh_store), FactEdit(investors=["Ribbit Capital"]))
    assert fresh_store.find_company("Axios", exact=True) is not None


def test_a_corrected_article_naming_a_company_no_more_leaves_no_empty_company(fresh_store):
    fresh_store.import_source(_axios_article())
    corrected = _body().replace(" and Axios", "")
    report = fresh_store.import_source(_axios_article(corrected))
    assert report.action == "replaced"
    assert fresh_store.find_company("Axios", exact=True) is None


def test_a_correction_carried_onto_a_reimport_leaves_no_empty_company(fresh_store):
    """The edit is applied again to the new version: the company it re-created goes again."""
    fresh_store.import_source(_axios_article())
    fresh_store.edit_fact(_round_naming_axios(fresh_store), FactEdit(investors=["Ribbit Capital"]))
    corrected = _body() + "\n\nUpdated with a correction."
    assert fresh_store.import_source(_axios_article(corrected)).action == "replaced"
    assert fresh_store.find_company("Axios", exact=True) is None


def test_an_unused_investors_row_or_an_undone_merge_keeps_a_company_only_when_the_check_counts_them(
    fresh_store,
):
    """`company_in_use` serves two callers: removing companies a correction emptied (which takes the
    investors row with the company) and undoing a review edit (which leaves that row, so it holds its
    company, and keeps a company an undone merge kept)."""
    db = fresh_store.db
    db["companies"].insert_all(
        [{"id": 1, "name": "Axios", "normalized": "axios"}, {"id": 2, "name": "Arle", "normalized": "arle"}]
    )
    db["investors"].insert({"company_id": 1})
    db["merges"].insert(
        {
            "kept_id": 2,
            "merged_id": 3,
            "merged_name": "Arle Holdings",
            "snapshot": "{}",
            "merged_at": "2026-06-10",
            "undone_at": "2026-06-11",
        }
    )
    assert not company_in_use(db, 1) and not company_in_use(db, 2)
    assert company_in_use(db, 1, any_investors_row=True) and not company_in_use(db, 2, any_investors_row=True)
    assert company_in_use(db, 2, any_merge=True) and not company_in_use(db, 1, any_merge=True)
