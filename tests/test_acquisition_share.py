"""A part-purchase shows its share wherever the acquisition is shown: `show` and the timeline."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import import_deals, run

DEALS = (
    "kind,company,acquirer,amount,currency,percentage,date\n"
    "acquisition,Hélioparc,Engie,120000000,EUR,60,2016-07-06\n"
    "acquisition,Maison Oréade,LVMH,,,60,2020-01-02\n"
)


def test_the_timeline_says_what_share_an_acquirer_bought(capsys, tmp_path: Path):
    db = import_deals(capsys, tmp_path, DEALS)
    code, out, err = run(capsys, "--db", str(db), "timeline", "--company", "Maison Oréade")
    assert code == 0, err
    assert "LVMH acquires 60% of Maison Oréade" in out


def test_show_gives_an_acquisition_its_share_in_the_table_and_the_json(capsys, tmp_path: Path):
    db = import_deals(capsys, tmp_path, DEALS)
    code, out, err = run(capsys, "--db", str(db), "show", "Hélioparc")
    assert code == 0, err
    header = next(line for line in out.splitlines() if "acquirer" in line)
    assert "share" in header
    row = next(line for line in out.splitlines() if "Engie" in line)
    assert "€120M" in row and "60%" in row
    code, out, err = run(capsys, "--db", str(db), "show", "Hélioparc", "--json")
    assert code == 0, err
    assert json.loads(out)["acquisitions"][0]["percentage"] == 60


def test_the_relationship_map_labels_an_acquisition_with_its_share(capsys, tmp_path: Path):
    from ai_deals.store import Store

    db = import_deals(capsys, tmp_path, DEALS)
    with Store.open(db) as store:
        graph = store.relationship_map(store.find_company("Engie").id)
    (edge,) = [e for e in graph.edges if e.kind == "acquires"]
    assert edge.label == "€120M · 60% · 2016"
