"""qa41's store-side findings (fixB24): several wires' accounts of one round are one raise (2d), a
file fixed in place replaces its earlier version (2c), a partnership's timeline title gives its amount (13)."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import private_default_db, run, run_ok  # noqa: F401  (autouse)

from ai_deals.store import Store

VELORA = (
    "Zurich-based Velora AI raised ${amount} million in a Series B round led by Accel, "
    "with Index Ventures participating."
)


def wire(folder: Path, name: str, publisher: str, day: str, body: str, title: str | None = None) -> Path:
    """A story file with the tester's header (title, date, publisher, language)."""
    path = folder / name
    header = f"title: {title or name}\ndate: {day}\npublisher: {publisher}\nlanguage: en\n\n"
    path.write_text(header + body + "\n", encoding="utf-8")
    return path


def velora_wires(folder: Path) -> list[Path]:
    """qa41's g/a.txt, g/b.txt and g/c.txt: one Series B told $50M, $55M and, the next day, $60M."""
    return [
        wire(folder, "a.txt", "AFP", "2026-03-12", VELORA.format(amount=50)),
        wire(folder, "b.txt", "Reuters", "2026-03-12", VELORA.format(amount=55)),
        wire(folder, "c.txt", "Bloomberg", "2026-03-13", VELORA.format(amount=60)),
    ]


def show_json(capsys, db: Path, company: str) -> dict:
    return json.loads(run_ok(capsys, db, "show", company, "--json"))


def test_two_wires_of_one_day_telling_one_series_b_with_other_amounts_are_one_raise(capsys, tmp_path):
    db = tmp_path / "d.db"
    first, second, _ = velora_wires(tmp_path)
    run_ok(capsys, db, "--empty", "import", str(first), str(second))
    shown = show_json(capsys, db, "Velora AI")
    (series_b,) = shown["rounds"]
    assert (series_b["amount"], len(series_b["evidence"])) == (50e6, 2)
    assert shown["raised"] == {"USD": 50e6}
    assert [(c["what"], c["values"]) for c in shown["conflicts"]] == [("round 2026-03-12", ["$50M", "$55M"])]


def test_a_next_day_wire_of_the_same_series_b_joins_the_raise_and_is_never_added(
    capsys, tmp_path, monkeypatch
):
    monkeypatch.setenv("COLUMNS", "200")
    db = tmp_path / "d.db"
    run_ok(capsys, db, "--empty", "import", *map(str, velora_wires(tmp_path)))
    shown = show_json(capsys, db, "Velora AI")
    (series_b,) = shown["rounds"]
    assert (series_b["date"], len(series_b["evidence"])) == ("2026-03-12", 3)
    assert shown["raised"] == {"USD": 50e6}
    amounts = [c["values"] for c in shown["conflicts"] if c["what"] == "round 2026-03-12"]
    assert amounts == [["$50M", "$55M", "$60M"]], "every wire's figure is one conflict of the raise"
    assert "raised $50M" in run_ok(capsys, db, "search", "Velora")
    events = [
        line
        for line in run_ok(capsys, db, "timeline", "--company", "Velora AI").splitlines()
        if "Velora" in line
    ]
    assert len(events) == 1 and "raises $50M (Series B)" in events[0]


def test_wires_a_fortnight_apart_naming_the_same_investors_stay_two_raises(capsys, tmp_path):
    db = tmp_path / "d.db"
    first = wire(tmp_path, "a.txt", "AFP", "2026-03-12", VELORA.format(amount=50))
    later = wire(tmp_path, "d.txt", "Reuters", "2026-03-26", VELORA.format(amount=55))
    run_ok(capsys, db, "--empty", "import", str(first), str(later))
    assert show_json(capsys, db, "Velora AI")["raised"] == {"USD": 105e6}


LUMENCA = (
    "ZURICH, 12 mars 2026 (AFP) - La start-up zurichoise Lumença AI a annoncé jeudi avoir levé {amount} "
    "millions de francs lors d'un tour de table de série C, auquel ont participé Swisscom Ventures et "
    "Nestlé, et qui a été mené par le fonds américain Thrive Capital."
)


def lumenca(folder: Path, amount: int, name: str = "lum.txt") -> Path:
    """qa41's corr2/lum.txt: AFP's story, its headline and body giving the round's `amount`."""
    title = f"La start-up zurichoise Lumença AI lève {amount} millions de francs"
    return wire(folder, name, "AFP", "2026-03-12", LUMENCA.format(amount=amount), title=title)


def test_a_file_fixed_in_place_with_a_new_headline_replaces_its_earlier_version(capsys, tmp_path):
    db = tmp_path / "d.db"
    run_ok(capsys, db, "--empty", "import", str(lumenca(tmp_path, 350)))
    assert "would replace: La start-up zurichoise Lumença AI lève 380" in run_ok(
        capsys, db, "import", str(lumenca(tmp_path, 380)), "--dry-run"
    )
    assert run_ok(capsys, db, "import", str(lumenca(tmp_path, 380))).startswith("replaced: ")
    shown = show_json(capsys, db, "Lumença AI")
    assert [r["amount"] for r in shown["rounds"]] == [380e6]
    assert [s["title"] for s in shown["sources"]] == [
        "La start-up zurichoise Lumença AI lève 380 millions de francs"
    ]


def test_two_files_with_the_same_headline_and_other_stories_stay_two_sources(capsys, tmp_path):
    db = tmp_path / "d.db"
    velora = wire(tmp_path, "one.txt", "AFP", "2026-03-12", VELORA.format(amount=50), title="Levée de fonds")
    other = wire(tmp_path, "two.txt", "AFP", "2026-03-12", LUMENCA.format(amount=350), title="Levée de fonds")
    run_ok(capsys, db, "--empty", "import", str(velora))
    assert run_ok(capsys, db, "import", str(other)).startswith("added: Levée de fonds")
    assert (
        len(show_json(capsys, db, "Velora AI")["sources"])
        == len(show_json(capsys, db, "Lumença AI")["sources"])
        == 1
    )


def test_another_story_written_at_the_same_path_is_added_not_a_replacement(capsys, tmp_path):
    db = tmp_path / "d.db"
    run_ok(capsys, db, "--empty", "import", str(lumenca(tmp_path, 350, name="story.txt")))
    scratch = wire(tmp_path, "story.txt", "AFP", "2026-03-12", VELORA.format(amount=50), title="Velora AI")
    assert run_ok(capsys, db, "import", str(scratch)).startswith("added: Velora AI")


COMPUTE = (
    "Microsoft will provide Mistral AI with $2 billion worth of Azure cloud computing credits over five "
    "years as part of an expanded partnership, the companies said on Monday."
)


def test_a_partnerships_timeline_title_gives_its_amount_as_the_page_does(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    db = tmp_path / "d.db"
    story = wire(tmp_path, "09_compute.txt", "Bloomberg", "2026-03-09", COMPUTE, title="Microsoft credits")
    run_ok(capsys, db, "--empty", "import", str(story))
    (partnership,) = show_json(capsys, db, "Mistral AI")["partnerships"]
    assert (partnership["amount"], partnership["currency"]) == (2e9, "USD")
    timeline = run_ok(capsys, db, "timeline", "--kind", "partnership")
    assert "Microsoft partners with Mistral AI (compute, $2B)" in timeline
    with Store(db, readonly=True) as store:
        (event,) = [e for e in store.timeline() if e.ref.record_type == "partnership"]
    assert event.title == "Microsoft partners with Mistral AI (compute, $2B)"


def test_two_wires_of_one_series_b_naming_some_investors_in_common_are_one_raise(capsys, tmp_path):
    db = tmp_path / "d.db"
    other = "Zurich-based Velora AI raised $55 million in a Series B round led by Accel, with Lightspeed participating."
    first = wire(tmp_path, "a.txt", "AFP", "2026-03-12", VELORA.format(amount=50))
    second = wire(tmp_path, "b.txt", "Reuters", "2026-03-13", other)
    run_ok(capsys, db, "--empty", "import", str(first), str(second))
    shown = show_json(capsys, db, "Velora AI")
    (series_b,) = shown["rounds"]
    assert sorted(series_b["investors"]) == ["Accel", "Index Ventures", "Lightspeed Venture Partners"]
    assert shown["raised"] == {"USD": 50e6}


def test_two_wires_of_one_day_naming_other_investors_stay_two_raises(capsys, tmp_path):
    db = tmp_path / "d.db"
    other = "Zurich-based Velora AI raised $55 million in a Series B round led by Lightspeed."
    first = wire(tmp_path, "a.txt", "AFP", "2026-03-12", VELORA.format(amount=50))
    second = wire(tmp_path, "b.txt", "Reuters", "2026-03-12", other)
    run_ok(capsys, db, "--empty", "import", str(first), str(second))
    assert len(show_json(capsys, db, "Velora AI")["rounds"]) == 2


def test_an_export_of_three_wires_accounts_of_one_series_b_imports_back_as_one_raise(capsys, tmp_path):
    db, again, exported = tmp_path / "d.db", tmp_path / "again.db", tmp_path / "velora.csv"
    run_ok(capsys, db, "--empty", "import", *map(str, velora_wires(tmp_path)))
    run_ok(capsys, db, "export", "--company", "Velora AI", "--out", str(exported))
    run_ok(capsys, again, "--empty", "import", str(exported))
    (series_b,) = show_json(capsys, again, "Velora AI")["rounds"]
    assert (series_b["amount"], len(series_b["evidence"])) == (50e6, 3)
    assert show_json(capsys, again, "Velora AI")["raised"] == {"USD": 50e6}
