"""Review decisions: confirm, reject, edit, undo; they persist and survive re-import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from article_import import FIXTURES, import_article
from pydantic import ValidationError

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.importing import Overrides, parse_paths
from ai_deals.store import Store
from ai_deals.store.models import RecordRef
from ai_deals.store.review import FactEdit, decision_for, fingerprint

from factories import SAMPLE_TEXT, make_source


def _stake(store: Store):
    return store.company(store.find_company("OpenAI").id).investors[0]


def test_review_queue_walks_unreviewed_facts_in_text_order(sample_store):
    queue = sample_store.review_queue()
    starts = [record.evidence[0].start for record in queue]
    assert len(queue) == 5 and starts == sorted(starts)
    sample_store.review(queue[0].ref, "confirmed")
    assert len(sample_store.review_queue()) == 4


def test_rejected_fact_disappears_from_pages_timeline_and_exports_but_is_kept(sample_store):
    stake = _stake(sample_store)
    sample_store.review(stake.ref, "rejected")
    assert sample_store.company(stake.company_id).investors == []
    assert stake.ref not in [e.ref for e in sample_store.timeline()]
    assert all(r.record_type != "stake" for r in sample_store.export_records())
    assert sample_store.overview().stakes == 1


def test_edit_keeps_the_original_values(sample_store):
    stake = _stake(sample_store)
    sample_store.edit_fact(stake.ref, FactEdit(amount=45e9, date="2026-03"))
    edited = _stake(sample_store)
    assert (edited.amount, edited.date, edited.date_precision, edited.review_status) == (
        45e9,
        "2026-03",
        "month",
        "edited",
    )
    (row,) = sample_store.db.query("SELECT original FROM review_decisions")
    assert '"amount": 50000000000.0' in row["original"]


def test_edit_is_validated():
    with pytest.raises(ValidationError, match="is not a currency code"):
        FactEdit(currency="dollars")
    with pytest.raises(ValidationError, match="is not a date"):
        FactEdit(date="27 Febtember 2026")
    assert FactEdit(date="27/02/2026").date == "2026-02-27"
    with pytest.raises(ValidationError, match="amount must be a positive number"):
        FactEdit(amount=float("inf"))


def test_edit_refuses_a_currency_code_a_deal_file_is_refused_for():
    with pytest.raises(ValidationError, match=r"'XYZ' is not a currency code \(e.g. USD, EUR, CHF\)"):
        FactEdit(currency="XYZ")
    assert FactEdit(currency="eur").currency == "EUR"
    assert FactEdit(currency="€").currency == "EUR"


@pytest.mark.parametrize("value", ["2025-13-45", "2025-13", "2026-02-30", "2025-00", "2025-04-31"])
def test_edit_refuses_a_date_the_calendar_does_not_have(value):
    with pytest.raises(ValidationError, match=f"'{value}' is not a date \\(no such date\\)"):
        FactEdit(date=value)
    assert FactEdit(date="2024-02-29").date == "2024-02-29"


def test_undo_puts_back_the_last_decision(sample_store):
    stake = _stake(sample_store)
    undo = sample_store.review(stake.ref, "rejected")
    sample_store.undo_review(undo)
    assert _stake(sample_store).review_status == "extracted"
    assert list(sample_store.db.query("SELECT * FROM review_decisions")) == []


def test_decisions_persist_across_restarts(db_path):
    with Store.open(db_path) as store:
        store.import_source(make_source())
        store.review(_stake(store).ref, "confirmed")
    with Store.open(db_path) as store:
        assert _stake(store).review_status == "confirmed"


def test_reimporting_a_corrected_story_keeps_the_decisions(sample_store):
    stake = _stake(sample_store)
    sample_store.review(stake.ref, "rejected")
    sample_store.edit_fact(sample_store.company(stake.company_id).rounds[0].ref, FactEdit(amount=111e9))
    corrected = make_source(text=SAMPLE_TEXT + " (corrigé)")
    assert sample_store.import_source(corrected).action == "replaced"
    page = sample_store.company(stake.company_id)
    assert page.investors == []
    assert page.rounds[0].amount == 111e9 and page.rounds[0].review_status == "edited"


def test_an_edited_party_survives_a_merge_and_a_corrected_reimport(sample_store):
    stake = _stake(sample_store)
    sample_store.edit_fact(stake.ref, FactEdit(company="Bravo Corp"))
    bravo = sample_store.find_company("Bravo Corp", exact=True)
    openai = sample_store.find_company("OpenAI")
    sample_store.merge_companies(openai.id, bravo.id)
    assert sample_store.import_source(make_source(text=SAMPLE_TEXT + " (corrigé)")).action == "replaced"
    (edited,) = [s for s in sample_store.company(openai.id).investors if s.review_status == "edited"]
    assert edited.company == "OpenAI"


def test_editing_a_partnership_date_sets_its_precision(sample_store):
    partnership = sample_store.company(sample_store.find_company("Microsoft").id).partnerships[0]
    sample_store.edit_fact(partnership.ref, FactEdit(date="2016-03"))
    edited = sample_store.company(sample_store.find_company("Microsoft").id).partnerships[0]
    assert (edited.since, edited.since_precision) == ("2016-03", "month")


def _round(store: Store):
    return store.company(store.find_company("OpenAI").id).rounds[0]


def test_a_rounds_investors_and_type_can_be_corrected_and_undone(sample_store):
    before = _round(sample_store)
    assert before.investors == ["Amazon", "Nvidia", "SoftBank"]
    undo = sample_store.edit_fact(before.ref, FactEdit(investors=["Nvidia", "Sofina"], round_type="Series B"))
    edited = _round(sample_store)
    assert (edited.investors, edited.round_type, edited.review_status) == (
        ["Nvidia", "Sofina"],
        "Series B",
        "edited",
    )
    sample_store.undo_review(undo)
    restored = _round(sample_store)
    assert (restored.investors, restored.round_type) == (before.investors, before.round_type)
    assert restored.lead_investors == before.lead_investors


def test_a_rounds_corrected_investors_survive_a_corrected_reimport(sample_store):
    sample_store.edit_fact(_round(sample_store).ref, FactEdit(investors=["Nvidia", "SoftBank"]))
    assert sample_store.import_source(make_source(text=SAMPLE_TEXT + " (corrigé)")).action == "replaced"
    assert _round(sample_store).investors == ["Nvidia", "SoftBank"]


def test_only_a_round_has_a_list_of_investors_and_the_list_is_not_empty(sample_store):
    from ai_deals.store import StoreError

    with pytest.raises(StoreError, match="only a round has a list of investors"):
        sample_store.edit_fact(_stake(sample_store).ref, FactEdit(investors=["Nvidia"]))
    with pytest.raises(ValidationError, match="name at least one investor"):
        FactEdit(investors=[" ", ""])


def test_review_order_lists_the_queue_in_its_order_without_reading_the_records(sample_store):
    queue = sample_store.review_queue()
    order = sample_store.review_order()
    assert order.refs() == [record.ref for record in queue]
    assert sample_store.review_records(list(reversed(order.refs()))) == list(reversed(queue))
    sample_store.review(queue[0].ref, "rejected")
    assert sample_store.review_order().refs() == [record.ref for record in queue[1:]]
    assert sample_store.review_order(decided=True).refs() == [record.ref for record in queue]
    assert sample_store.review_records([queue[0].ref])[0].review_status == "rejected"


# -- a corrected story rewords the sentences around reviewed facts --------------------------------

NEXALIA = "articles_holdout6/fr_afp_nexalia.txt"


def _nexalia_corrected(tmp_path) -> Path:
    """The tester's correction: 240 employees become 250, and the 2024 round gains Partech."""
    text = (FIXTURES / NEXALIA).read_text(encoding="utf-8")
    text = text.replace("240 salariés", "250 salariés").replace(
        "auprès du fonds Lightspeed", "auprès du fonds Lightspeed et de Partech"
    )
    (tmp_path / "corr").mkdir()
    path = tmp_path / "corr" / "fr_afp_nexalia.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _nexalia_records(store: Store):
    page = store.company(store.find_company("Nexalia").id)
    (round_2024,) = [r for r in page.rounds if r.amount == 90e6]
    metrics = list(store.db.query("SELECT id, value, is_projection, review_status FROM metrics"))
    return round_2024, metrics


def test_a_correction_that_rewords_a_facts_sentence_keeps_its_decision_but_not_a_changed_figures(
    fresh_store, tmp_path
):
    import_article(fresh_store, FIXTURES / NEXALIA)
    round_2024, metrics = _nexalia_records(fresh_store)
    fresh_store.edit_fact(
        round_2024.ref, FactEdit(investors=["Lightspeed Venture Partners"], round_type="seed")
    )
    for row in metrics:
        status = "rejected" if row["value"] == 500 else "confirmed"
        fresh_store.review(RecordRef(record_type="metric", record_id=row["id"]), status)
    (report,) = fresh_store.import_sources(parse_paths([str(_nexalia_corrected(tmp_path))], Overrides()))
    assert report.action == "replaced"
    round_2024, metrics = _nexalia_records(fresh_store)
    # The round's sentence gained a co-investor: still the same round, the edit follows it.
    assert (round_2024.review_status, round_2024.round_type) == ("edited", "seed")
    # The importer reads "auprès du fonds Lightspeed et de Partech": the edited list gains the co-investor
    # the correction names.
    assert round_2024.investors == ["Lightspeed Venture Partners", "Partech"]
    by_value = {row["value"]: row["review_status"] for row in metrics}
    assert by_value[500] == "rejected"  # the projection's figure did not change: still rejected
    assert by_value[250] == "extracted"  # 240 employees confirmed is no decision on 250
    assert 240 not in by_value
    assert report.decisions_dropped == 1
    # Its decision now sits on the reworded fact: undo, edit and the next re-import find it there.
    assert decision_for(fresh_store.db, round_2024.ref)["status"] == "edited"


def test_reimporting_the_earlier_version_brings_back_the_decision_the_correction_could_not_keep(
    fresh_store, tmp_path
):
    import_article(fresh_store, FIXTURES / NEXALIA)
    (employees,) = [row for row in _nexalia_records(fresh_store)[1] if row["value"] == 240]
    fresh_store.review(RecordRef(record_type="metric", record_id=employees["id"]), "confirmed")
    assert import_article(fresh_store, _nexalia_corrected(tmp_path)) == "replaced"
    assert import_article(fresh_store, FIXTURES / NEXALIA) == "replaced"
    (employees,) = [row for row in _nexalia_records(fresh_store)[1] if row["value"] == 240]
    assert employees["review_status"] == "confirmed"


def test_decisions_made_before_fact_identities_still_apply_by_fingerprint_and_learn_their_identity(
    sample_store,
):
    stake = _stake(sample_store)
    sample_store.review(stake.ref, "rejected")
    # As a database from before m009: no identity on the evidence or on the decision.
    sample_store.db.execute("UPDATE evidence SET identity = NULL")
    sample_store.db.execute("UPDATE review_decisions SET identity = NULL")
    assert sample_store.import_source(make_source(text=SAMPLE_TEXT + " (corrigé)")).action == "replaced"
    assert sample_store.company(stake.company_id).investors == []
    (decision,) = sample_store.db.query("SELECT identity FROM review_decisions")
    assert decision["identity"] is not None


def test_a_facts_identity_leaves_out_its_sentence_and_a_rounds_investors_but_not_its_figure():
    from ai_deals.store.review import identity

    fact = Fact(
        kind="metric", company="Nexalia", amount=240, metric="employees", sentence="a", start=0, end=1
    )
    reworded = fact.model_copy(update={"sentence": "b"})
    assert identity(fact) == identity(reworded) and fingerprint(fact) != fingerprint(reworded)
    assert identity(fact) != identity(fact.model_copy(update={"amount": 250}))
    round_ = Fact(
        kind="round", company="Nexalia", amount=9e7, investors=["Lightspeed"], sentence="a", start=0, end=1
    )
    assert identity(round_) == identity(round_.model_copy(update={"investors": ["Lightspeed", "Partech"]}))


def test_a_round_whose_reworded_sentence_names_a_new_investor_keeps_its_corrected_investors_and_gains_it(
    sample_store,
):
    sample_store.edit_fact(_round(sample_store).ref, FactEdit(investors=["Nvidia", "Sofina"]))
    corrected = make_source(text=SAMPLE_TEXT + " (corrigé)")
    round_fact = corrected.facts[0]
    corrected.facts[0] = round_fact.model_copy(
        update={
            "investors": [*round_fact.investors, "Microsoft"],
            "sentence": round_fact.sentence + " et Microsoft",
        }
    )
    report = sample_store.import_source(corrected)
    assert (report.action, report.decisions_dropped) == ("replaced", 0)
    assert _round(sample_store).investors == ["Nvidia", "Sofina", "Microsoft"]


def test_a_second_edit_and_a_confirmation_keep_the_first_corrections_across_a_corrected_reimport(
    sample_store,
):
    sample_store.edit_fact(_round(sample_store).ref, FactEdit(round_type="Series B"))
    sample_store.edit_fact(_round(sample_store).ref, FactEdit(amount=111e9))
    sample_store.review(_round(sample_store).ref, "confirmed")
    assert sample_store.import_source(make_source(text=SAMPLE_TEXT + " (corrigé)")).action == "replaced"
    corrected = _round(sample_store)
    assert (corrected.round_type, corrected.amount, corrected.review_status) == (
        "Series B",
        111e9,
        "confirmed",
    )
    (row,) = sample_store.db.query("SELECT original FROM review_decisions")
    assert json.loads(row["original"]) == {"round_type": None, "amount": 110e9}


def test_when_two_reviewed_facts_share_one_identity_a_rewording_guesses_neither(fresh_store):
    def story(first: str, second: str) -> ParsedSource:
        facts = [
            Fact(
                kind="metric", company="Kalmiro", metric="employees", amount=40, sentence=said, start=0, end=1
            )
            for said in (first, second)
        ]
        return ParsedSource(
            title="Kalmiro", url="https://example.org/kalmiro", text=f"{first} {second}", facts=facts
        )

    fresh_store.import_source(story("Kalmiro a 40 salariés.", "Ses 40 salariés sont à Lyon."))
    rows = list(fresh_store.db.query("SELECT id FROM metrics ORDER BY id"))
    fresh_store.review(RecordRef(record_type="metric", record_id=rows[0]["id"]), "confirmed")
    fresh_store.review(RecordRef(record_type="metric", record_id=rows[1]["id"]), "rejected")
    report = fresh_store.import_source(story("Kalmiro compte 40 salariés.", "Les 40 salariés sont à Lyon."))
    assert (report.action, report.decisions_dropped) == ("replaced", 2)
    assert [row["review_status"] for row in fresh_store.db.query("SELECT review_status FROM metrics")] == [
        "extracted",
        "extracted",
    ]


def test_the_stakes_of_a_rejected_round_are_no_longer_part_of_a_round(tmp_path):
    from ai_deals.importing import load_seeds

    with Store.open(tmp_path / "seed.db") as store:
        load_seeds(store)
        openai = store.find_company("OpenAI").id
        (round_,) = [r for r in store.company(openai).rounds if r.amount == 110e9]
        in_round = {s.investor for s in store.company(openai).investors if s.round_id == round_.id}
        assert in_round == {"Amazon", "Nvidia", "SoftBank"}
        undo = store.review(round_.ref, "rejected")
        page = store.company(openai)
        assert page.rounds == []
        stakes = {s.investor: s for s in page.investors}
        assert {name: stakes[name].round_id for name in in_round} == dict.fromkeys(in_round)
        store.undo_review(undo)
        assert {s.investor for s in store.company(openai).investors if s.round_id == round_.id} == in_round


def test_undoing_an_edit_removes_the_company_it_created(sample_store):
    before = _round(sample_store)
    undo = sample_store.edit_fact(before.ref, FactEdit(investors=["Nvidia", "Bpifranse"]))
    assert sample_store.find_company("Bpifranse", exact=True) is not None
    undone = sample_store.undo_review(undo)
    assert (undone.removed, undone.kept) == (["Bpifranse"], [])
    assert sample_store.find_company("Bpifranse", exact=True) is None
    assert all(hit.name != "Bpifranse" for hit in sample_store.search("Bpifranse", 10))
    assert _round(sample_store).investors == before.investors


def test_undoing_an_edit_keeps_a_company_it_created_that_another_fact_names_now(sample_store):
    undo = sample_store.edit_fact(_round(sample_store).ref, FactEdit(investors=["Nvidia", "Bpifranse"]))
    sample_store.edit_fact(_stake(sample_store).ref, FactEdit(company="Bpifranse"))
    undone = sample_store.undo_review(undo)
    assert (undone.removed, undone.kept) == ([], ["Bpifranse"])
    assert sample_store.find_company("Bpifranse", exact=True) is not None


def _tables(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table but the search generation, a counter every change of a name moves on
    (moving it back would let a search index built in between pass for current)."""
    names = [
        name
        for (name,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if name != "_search_state"
    ]
    return {name: sorted(map(tuple, store.db.execute(f"SELECT * FROM [{name}]")), key=repr) for name in names}


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda store: (_stake(store).ref, FactEdit(company="OpenAI Inc.")), id="company-alias"),
        pytest.param(lambda store: (_stake(store).ref, FactEdit(company="Open AI")), id="company-new"),
        pytest.param(lambda store: (_stake(store).ref, FactEdit(investor="Amazon Inc")), id="investor"),
        pytest.param(
            lambda store: (_stake(store).ref, FactEdit(investor="Microsoft Corp")), id="new-investor"
        ),
        pytest.param(
            lambda store: (_round(store).ref, FactEdit(investors=["NVIDIA Corp", "Sofina"])), id="investors"
        ),
    ],
)
def test_undoing_an_edit_leaves_the_database_as_before_it_new_spellings_included(sample_store, edit):
    before = _tables(sample_store)
    ref, changes = edit(sample_store)
    undo = sample_store.edit_fact(ref, changes)
    assert _tables(sample_store) != before
    sample_store.undo_review(undo)
    assert _tables(sample_store) == before


def test_undoing_an_edit_keeps_a_new_spelling_another_edit_typed_too(sample_store):
    undo = sample_store.edit_fact(_stake(sample_store).ref, FactEdit(company="OpenAI Inc."))
    sample_store.edit_fact(_round(sample_store).ref, FactEdit(company="OpenAI Inc."))
    sample_store.undo_review(undo)
    aliases = [alias for (alias,) in sample_store.db.execute("SELECT alias FROM aliases")]
    assert "OpenAI Inc." in aliases


def test_undoing_an_edit_to_a_known_name_removes_no_company(sample_store):
    companies = sample_store.db.execute("SELECT COUNT(*) FROM companies").fetchone()[0]
    undo = sample_store.edit_fact(_stake(sample_store).ref, FactEdit(company="Microsoft"))
    undone = sample_store.undo_review(undo)
    assert (undone.removed, undone.kept) == ([], [])
    assert sample_store.db.execute("SELECT COUNT(*) FROM companies").fetchone()[0] == companies


def test_a_corrected_story_that_no_longer_states_a_reviewed_fact_counts_its_decision_as_gone(sample_store):
    stake = _stake(sample_store)
    sample_store.review(stake.ref, "rejected")
    sample_store.review(_round(sample_store).ref, "confirmed")
    corrected = make_source(text=SAMPLE_TEXT + " (corrigé)")
    corrected.facts = [fact for fact in corrected.facts if fact.kind != "investment"]
    corrected.facts[0] = corrected.facts[0].model_copy(update={"amount": 120e9})  # the round's figure
    report = sample_store.import_source(corrected)
    assert (report.action, report.decisions_dropped, report.decisions_gone) == ("replaced", 2, 1)


def test_undoing_an_investors_edit_a_reimport_carried_over_restores_the_new_rounds_investors(tmp_path):
    """`u` after another shell re-imported the story: the edit is undone on the round the re-import
    carried it over to (the old record is gone), its investors those the story names again."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent / "tui"))
    from tui_data import openai_source

    path = tmp_path / "r.db"
    with Store.open(path) as store:
        store.import_source(openai_source())
        round_ = next(r for r in store.review_queue(1) if r.record_type == "round")
        undo = store.edit_fact(round_.ref, FactEdit(investors=["Amazon", "Nvidia"], amount=100e9))
        with Store.open(path) as shell:
            source = openai_source()
            shell.import_source(source.model_copy(update={"text": source.text + " Fin."}))
        carried = next(r for r in store.review_queue(1, decided=True) if r.record_type == "round")
        assert (
            carried.ref != round_.ref
            and carried.amount == 100e9
            and carried.investors == ["Amazon", "Nvidia"]
        )
        undone = store.undo_review(undo)
        assert undone.replaced
        back = next(r for r in store.review_queue(1) if r.record_type == "round")
        assert back.ref == carried.ref
        assert (back.amount, back.investors) == (110e9, ["Amazon", "Nvidia", "SoftBank"])
        assert decision_for(store.db, back.ref) is None


@pytest.mark.parametrize(
    "fields",
    [
        {
            "kind": "investment",
            "company": "Mistral AI",
            "investors": ["Nvidia"],
            "amount": 1.5e9,
            "currency": "EUR",
        },
        {
            "kind": "round",
            "company": "Ōka Ūōtoka",
            "investors": ["A", "B, Inc."],
            "date": "2024-05",
            "amount": None,
        },
        {"kind": "metric", "company": "x\ud800y", "metric": "employees", "amount": 240.0},  # a lone surrogate
        {"kind": "partnership", "company": "OpenAI", "partner": "Microsoft", "investors": []},
    ],
)
def test_fingerprint_hashes_the_text_of_its_parts_joined_as_decisions_were_keyed(fields):
    """Decisions already made are keyed by this hash: writing it as one f-string must not change it."""
    import hashlib

    fact = Fact(sentence="Mistral AI raised €1.5bn; «Nvidia» led.", start=0, end=10, **fields)
    parts = [
        fact.kind, fact.company, fact.investor or "", ",".join(fact.investors), fact.partner or "",
        repr(fact.amount), fact.currency or "", fact.date or "", fact.metric or "", fact.sentence,
    ]  # fmt: skip
    joined = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    assert fingerprint(fact) == hashlib.sha256(joined).hexdigest()[:32]


def test_a_renamed_company_moves_a_stakes_company_not_its_investor_of_the_same_id(sample_store):
    """`moved` maps company ids; a stake's investor id is an investors-row id that may equal the
    renamed company's old id, and must not be swapped with it."""
    from ai_deals.store.review import carry_decisions

    db = sample_store.db
    stake = db.execute("SELECT source_id, company_id, investor_id FROM stakes").fetchone()
    source_id, company_id, _ = stake
    investor_id = db.execute("SELECT max(id) FROM investors").fetchone()[0]  # another investor row
    db.execute("UPDATE stakes SET investor_id = ?", [investor_id])
    assert company_id != investor_id
    key = "the source's key"
    db["review_decisions"].insert(
        {
            "source_key": key,
            "fingerprint": "gone",
            "record_type": "stake",
            "status": "accepted",
            "decided_at": "2026-01-01",
        }  # fmt: skip
    )
    decision_id = db.execute("SELECT max(id) FROM review_decisions").fetchone()[0]
    old_company_id = investor_id  # the renamed company's old id happens to be the investor's
    in_effect = {decision_id: ("stake", old_company_id, investor_id)}

    dropped, gone = carry_decisions(db, source_id, key, in_effect, moved={old_company_id: company_id})

    assert (dropped, gone) == (1, 0)  # the stake is still stated (its figure changed), not gone
