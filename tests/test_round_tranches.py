"""A round's tranches and condition ("$30 million now, and $15 million once Trellis hits 2,000 robots"):
stored, read into the Round, exported and imported back, and removed with their round."""

from __future__ import annotations

import sqlite3

from ai_deals.importers.models import Fact, ParsedSource, Tranche
from ai_deals.store import Store
from ai_deals.store.export import export_chunks
from ai_deals.store.schema import STEPS

from factories import import_deal_file

TEXT = (
    "Trellis Robotics raised $45 million in a Series B led by Lux Capital. "
    "The round is structured in two tranches: $30 million now, and $15 million once Trellis hits 2,000 robots."
)
CONDITION = "once Trellis hits 2,000 robots"


def trellis(text: str = TEXT, *, tranches: bool = True) -> ParsedSource:
    sentence = TEXT.split(". ")[0] + "."
    fact = Fact(
        kind="round",
        company="Trellis Robotics",
        investors=["Lux Capital"],
        lead_investors=["Lux Capital"],
        amount=45e6,
        currency="USD",
        bound="exact",
        date="2018-04-26",
        date_precision="day",
        round_type="series_b",
        status="announced",
        condition=CONDITION if tranches else None,
        tranches=[
            Tranche(label="first", amount=30e6, currency="USD", bound="exact"),
            Tranche(label="balance", amount=15e6, currency="USD", bound="exact", condition=CONDITION),
        ]
        if tranches
        else [],
        sentence=sentence,
        start=0,
        end=len(sentence),
    )
    return ParsedSource(
        title="Trellis lands $45M", text=text, url="https://example.org/trellis", facts=[fact]
    )


def _round(store: Store):
    (round_,) = store.company(store.find_company("Trellis Robotics").id).rounds
    return round_


def test_an_articles_round_keeps_its_tranches_and_condition(fresh_store):
    fresh_store.import_source(trellis())
    round_ = _round(fresh_store)
    assert round_.condition == CONDITION
    assert [(t.seq, t.label, t.amount, t.condition) for t in round_.tranches] == [
        (1, "first", 30e6, None),
        (2, "balance", 15e6, CONDITION),
    ]


def test_a_corrected_source_replaces_its_rounds_tranches(fresh_store):
    fresh_store.import_source(trellis())
    fresh_store.import_source(trellis(TEXT + " Correction.", tranches=False))
    assert _round(fresh_store).tranches == []
    assert fresh_store.db.execute("SELECT count(*) FROM round_tranches").fetchone()[0] == 0


def test_exported_round_tranches_import_back_from_csv_and_json(fresh_store, tmp_path):
    fresh_store.import_source(trellis())
    records = fresh_store.export_records(company_id=fresh_store.find_company("Trellis Robotics").id)
    (row,) = [r for r in records if r.record_type == "round"]
    assert row.condition == CONDITION
    assert '"label": "balance"' in row.tranches
    for fmt in ("csv", "json"):
        path = tmp_path / f"trellis.{fmt}"
        path.write_text("".join(export_chunks(records, fmt)), encoding="utf-8")
        with Store.open(tmp_path / f"{fmt}.db") as other:
            import_deal_file(other, path)
            round_ = _round(other)
            assert round_.condition == CONDITION, fmt
            assert [(t.label, t.amount, t.condition) for t in round_.tranches] == [
                ("first", 30e6, None),
                ("balance", 15e6, CONDITION),
            ], fmt


def test_migration_m016_gives_rounds_a_condition_and_their_tranches_a_table(db_path):
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ai_deals.store.versions import MIGRATION_NAMES, MIGRATION_SET

    before = Migrations(MIGRATION_SET)
    for step in STEPS[: MIGRATION_NAMES.index("m016_round_tranches")]:
        before()(step)
    db = Database(db_path)
    before.apply(db)
    assert "condition" not in db["rounds"].columns_dict
    db.close()
    with Store.open(db_path) as store:
        assert "condition" in store.db["rounds"].columns_dict
        store.import_source(trellis())
        assert len(_round(store).tranches) == 2
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM round_tranches").fetchone()[0] == 2


def test_a_raise_two_sources_tell_takes_its_tranches_from_the_one_that_gives_them():
    from ai_deals.store.models import Round
    from ai_deals.store.models import Tranche as StoredTranche
    from ai_deals.store.same_raise import fold

    def round_(id_: int, source: int, **extra) -> Round:
        return Round(
            id=id_, company_id=1, company="Trellis", source_id=source, amount=45e6, currency="USD", **extra
        )

    parts = [StoredTranche(seq=1, amount=30e6), StoredTranche(seq=2, amount=15e6, condition=CONDITION)]
    folded = fold([round_(1, 1), round_(2, 2, tranches=parts, condition=CONDITION)])
    assert (folded.tranches, folded.condition) == (parts, CONDITION)


def _page(store: Store):
    return store.company(store.find_company("Trellis Robotics").id)


def test_the_company_page_lists_a_rounds_tranches_under_it(fresh_store):
    from ai_deals.tui.screens.company_rows import build_rows

    fresh_store.import_source(trellis())
    lines = [
        " ".join(text.strip() for text, _, _ in row.pieces if text.strip())
        for row in build_rows(_page(fresh_store))
    ]
    start = next(i for i, line in enumerate(lines) if line.startswith("Rounds and valuations"))
    assert lines[start] == "Rounds and valuations (1)"  # the round, not its tranche rows
    assert "Series B $45M" in lines[start + 1]
    assert lines[start + 2 : start + 4] == ["└ first $30M", f"└ balance $15M condition: {CONDITION}"]


def test_show_prints_a_rounds_tranches_and_condition(fresh_store, db_path, capsys, monkeypatch):
    from cli_helpers import run

    fresh_store.import_source(trellis())
    fresh_store.close()
    monkeypatch.setenv("COLUMNS", "200")
    code, out, _ = run(capsys, "--db", str(db_path), "show", "Trellis Robotics")
    assert code == 0
    assert "Rounds in tranches" in out
    (balance,) = [line for line in out.splitlines() if "balance" in line]
    assert "$15M" in balance and CONDITION in balance


def test_the_funding_chart_hatches_a_rounds_conditional_tranche(fresh_store):
    from ai_deals.tui.widgets.charts import funding_bars

    fresh_store.import_source(trellis())
    (bar,) = funding_bars(_page(fresh_store))
    assert (bar.committed, bar.conditional) == (30e6, 15e6)
    assert bar.note == "$30M committed · $15M conditional"


def test_the_rounds_make_up_says_its_committed_and_conditional_parts(fresh_store):
    from ai_deals.tui.widgets.charts import makeup_section

    source = trellis()
    (round_fact,) = source.facts
    stake = round_fact.model_copy(
        update={"kind": "investment", "investor": "Lux Capital", "investors": [], "lead_investors": [],
                "amount": 15e6, "tranches": [], "condition": None, "round_type": None}
    )  # fmt: skip
    fresh_store.import_source(source.model_copy(update={"facts": [round_fact, stake]}))
    page = _page(fresh_store)
    section = makeup_section(page, page.rounds[0])
    assert section.notes[-2:] == (
        "the round: $30M committed · $15M conditional",
        f"the round: condition: {CONDITION}",
    )


def test_a_merged_or_split_off_company_keeps_its_rounds_tranches(fresh_store):
    fresh_store.import_source(trellis())
    other = trellis().model_copy(update={"title": "Trellis again", "url": "https://example.org/other"})
    other.facts[0] = other.facts[0].model_copy(update={"company": "Trellis Labs", "tranches": []})
    fresh_store.import_source(other.model_copy(update={"text": TEXT + " Other."}))
    robotics = fresh_store.find_company("Trellis Robotics", exact=True).id
    labs = fresh_store.find_company("Trellis Labs", exact=True).id
    fresh_store.merge_companies(labs, robotics)
    merged = fresh_store.company(labs).rounds
    assert any(r.tranches for r in merged)
    (source_id,) = [s.id for s in fresh_store.sources() if s.title == "Trellis lands $45M"]
    split = fresh_store.split_company(labs, "Trellis Robotics", sources=[source_id])
    (round_,) = fresh_store.company(split.other_id).rounds
    assert [(t.label, t.amount) for t in round_.tranches] == [("first", 30e6), ("balance", 15e6)]


def test_the_followthemoney_payment_of_a_round_says_its_condition(fresh_store):
    from ai_deals.store.ftm import round_entity

    fresh_store.import_source(trellis())
    (description,) = round_entity(_round(fresh_store))["properties"]["description"]
    assert description.endswith(f"condition: {CONDITION}")
