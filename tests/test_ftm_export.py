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
    (payment,) = schemata["Payment"]
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
