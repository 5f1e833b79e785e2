"""One investor under two spellings in three sources of one round (qa46 item 7): "Quill Capital
Partners" (an English article) and "Quill Capital" (a French article and a deal file). The round lists
it under the spelling most of its sources use, and each spelling's own timeline lists the round."""

from __future__ import annotations

from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store

ENGLISH = (
    "title: Egret raises\ndate: 2024-05-02\npublisher: Wire\n\n"
    "Egret AI raised $30 million in a Series A led by Harbor Ventures LLC, with participation from "
    "Quill Capital Partners.\n"
)
FRENCH = (
    "title: Egret lève\ndate: 2024-05-02\npublisher: Journal\n\n"
    "La start-up Egret AI a levé 30 millions de dollars lors d'une série A menée par Harbor Ventures "
    "et Quill Capital.\n"
)
DEALS = (
    "company,round_type,amount,currency,date,lead_investors,investors\n"
    'Egret AI,Series A,30000000,USD,2024-05-02,Harbor Ventures,"Harbor Ventures; Quill Capital"\n'
)


def _import_all(capsys, tmp_path):
    files = {"e1.txt": ENGLISH, "e2.txt": FRENCH, "d.csv": DEALS}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "sp.db"
    code, _, err = run(
        capsys, "--db", str(db), "--empty", "import", *(str(tmp_path / name) for name in files)
    )
    assert code == 0, err
    return db


def test_a_round_lists_an_investor_under_the_spelling_most_of_its_sources_use(capsys, tmp_path):
    db = _import_all(capsys, tmp_path)
    with Store.open(db) as store:
        (round_,) = store.company(store.find_company("Egret AI", exact=True).id).rounds
        assert round_.source_count == 3
        assert round_.investors == ["Harbor Ventures", "Quill Capital"]
        assert "Quill Capital" in round_.lead_investors  # the French article calls it a lead


def test_each_spelling_of_the_investor_has_the_round_on_its_own_timeline(capsys, tmp_path):
    db = _import_all(capsys, tmp_path)
    with Store.open(db) as store:
        for name in ("Quill Capital", "Quill Capital Partners"):
            events = store.timeline(store.find_company(name, exact=True).id)
            assert [event.title for event in events] == [
                "Egret AI raises $30M (Series A) from Harbor Ventures, Quill Capital · 3 sources"
            ], name
    code, out, _ = run(capsys, "--db", str(db), "timeline", "--company", "Quill Capital")
    assert code == 0 and "Egret AI raises $30M" in out
