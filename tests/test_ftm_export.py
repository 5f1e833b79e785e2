"""FollowTheMoney export: entities that FtM's own model accepts, links intact, provenance kept."""

from __future__ import annotations

import json

import pytest

from ai_deals.cli import main

from factories import make_source

followthemoney = pytest.importorskip("followthemoney")
from followthemoney import model  # noqa: E402


def test_ftm_entities_validate_against_the_followthemoney_schema(sample_store):
    entities = sample_store.ftm_entities()
    ids = {entity["id"] for entity in entities}
    schemata = {}
    for entity in entities:
        proxy = model.get_proxy(entity, cleaned=False)  # raises on unknown schema or property
        schemata.setdefault(proxy.schema.name, []).append(proxy)
        for prop, values in entity["properties"].items():
            assert proxy.schema.get(prop) is not None, prop
            if proxy.schema.get(prop).type.name == "entity":
                assert set(values) <= ids  # every link points at an exported entity
    assert {"Company", "Payment", "UnknownLink"} <= schemata.keys()
    (payment,) = [p for p in schemata["Payment"] if p.id.startswith("ai-deals-stake-")]
    assert payment.get("amount") == ["50000000000"] and payment.get("currency") == ["USD"]
    assert payment.get("publisher") == ["Keystone-SDA ATS"]
    (link,) = schemata["UnknownLink"]
    assert link.get("startDate") == ["2016"]


def test_ftm_export_round_trips_through_followthemoney(capsys, db_path):
    from ai_deals.store import Store

    with Store.open(db_path) as store:
        store.import_source(make_source())
    assert main(["--db", str(db_path), "export", "--format", "ftm"]) == 0
    lines = capsys.readouterr().out.splitlines()
    for line in lines:
        data = json.loads(line)
        proxy = model.get_proxy(data)
        assert proxy.to_dict()["schema"] == data["schema"]
        assert proxy.id == data["id"]


def test_ftm_export_gives_each_round_as_a_payment_from_its_investors(sample_store):
    entities = sample_store.ftm_entities()
    names = {e["id"]: e["properties"]["name"][0] for e in entities if e["schema"] == "Company"}
    (round_,) = [e for e in entities if e["id"].startswith("ai-deals-round-")]
    proxy = model.get_proxy(round_, cleaned=False)
    assert proxy.schema.name == "Payment"
    assert [names[id_] for id_ in proxy.get("payer")] == ["Amazon", "Nvidia", "SoftBank"]
    assert [names[id_] for id_ in proxy.get("beneficiary")] == ["OpenAI"]
    assert proxy.get("amount") == ["110000000000"] and proxy.get("currency") == ["USD"]
    assert proxy.get("date") == ["2026-02-27"] and proxy.get("purpose") == ["funding round"]
    assert "post-money valuation $730B" in proxy.get("description")[0]


def test_ftm_export_of_a_company_has_its_rounds_and_their_investors_and_counts_entities(
    capsys, db_path, tmp_path
):
    from ai_deals.store import Store

    with Store.open(db_path) as store:
        store.import_source(make_source())
    out = tmp_path / "c.ftm.json"
    assert main(["--db", str(db_path), "export", "--company", "Nvidia", "--out", str(out)]) == 0
    entities = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    companies = [e for e in entities if e["schema"] == "Company"]
    links = [e for e in entities if e["schema"] != "Company"]
    assert [e["id"].rsplit("-", 1)[0] for e in links] == ["ai-deals-round"]  # Nvidia's one record
    assert {e["properties"]["name"][0] for e in companies} == {"OpenAI", "Amazon", "Nvidia", "SoftBank"}
    assert capsys.readouterr().out == f"exported 5 entities (1 record) to {out}\n"
