"""A reviewer's findings on session 24's same-raise and re-import changes (mendB24): another story
written at a file's path is no correction of it, an "in talks" report is no account of the round that
closed later, a raise told over several days shows one conflict, a deal file's row leaves the news
accounts of its raise joined."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import private_default_db, run_ok  # noqa: F401  (autouse)

ABOUT_ACME = (
    "About Acme Robotics: Acme Robotics builds autonomous warehouse robots for retailers and logistics "
    "companies across Europe and North America. Founded in 2021 and headquartered in Berlin, the company "
    "employs more than 120 engineers and serves customers in eleven countries. For press enquiries "
    "contact press@acme.example or visit the company's newsroom."
)


def story(path: Path, title: str, day: str, body: str, publisher: str = "Acme Robotics") -> Path:
    """A story file with a header (title, date, publisher, language)."""
    path.write_text(
        f"title: {title}\ndate: {day}\npublisher: {publisher}\nlanguage: en\n\n{body}\n", encoding="utf-8"
    )
    return path


def show_json(capsys, db: Path, company: str) -> dict:
    return json.loads(run_ok(capsys, db, "show", company, "--json"))


def test_another_press_release_written_at_the_same_path_keeps_the_first_ones_round(capsys, tmp_path):
    db = tmp_path / "d.db"
    release = tmp_path / "press-release.txt"
    seed = "Acme Robotics raised $4 million in a seed round led by Vantor Capital. " + ABOUT_ACME
    run_ok(
        capsys,
        db,
        "--empty",
        "import",
        str(story(release, "Acme Robotics raises $4M seed", "2026-03-03", seed)),
    )
    partnership = (
        "Acme Robotics and Nordlog signed a partnership to deploy robots in Nordic warehouses. " + ABOUT_ACME
    )
    second = story(release, "Acme Robotics partners with Nordlog", "2026-06-09", partnership)
    assert run_ok(capsys, db, "import", str(second)).startswith("added: Acme Robotics partners")
    shown = show_json(capsys, db, "Acme Robotics")
    assert [r["amount"] for r in shown["rounds"]] == [4e6]
    assert len(shown["sources"]) == 2


def test_the_sources_read_from_a_file_are_found_by_an_index_on_their_path(fresh_store):
    plan = fresh_store.db.execute(
        "EXPLAIN QUERY PLAN SELECT id, title, publisher, published, text FROM sources"
        " WHERE path = ? AND url IS NULL ORDER BY id",
        ["story.txt"],
    ).fetchall()
    assert any("sources_path" in row[-1] for row in plan), plan


def series_c_reports(folder: Path, talks: int, raised: int) -> list[Path]:
    """An "in talks" report of a Series C on 03-01, and the round told as raised on 03-06."""
    told = "Velora AI is in talks to raise ${amount} million in a Series C round led by Acme Capital."
    done = "Velora AI raised ${amount} million in a Series C round led by Acme Capital."
    return [
        story(folder / "talks.txt", "Velora AI in talks", "2026-03-01", told.format(amount=talks), "Reuters"),
        story(folder / "done.txt", "Velora AI raises", "2026-03-06", done.format(amount=raised), "AFP"),
    ]


def test_an_in_talks_report_and_the_round_raised_days_later_stay_two_raises(capsys, tmp_path):
    db = tmp_path / "d.db"
    run_ok(capsys, db, "--empty", "import", *map(str, series_c_reports(tmp_path, 500, 600)))
    shown = show_json(capsys, db, "Velora AI")
    assert sorted((r["amount"], r["status"]) for r in shown["rounds"]) == [
        (500e6, "in_talks"),
        (600e6, "announced"),
    ]
    assert shown["raised"] == {"USD": 600e6}


def test_a_raise_told_in_talks_then_raised_shows_the_round_raised(capsys, tmp_path):
    db = tmp_path / "d.db"
    run_ok(capsys, db, "--empty", "import", *map(str, series_c_reports(tmp_path, 500, 503)))
    shown = show_json(capsys, db, "Velora AI")
    (series_c,) = shown["rounds"]
    assert (series_c["date"], series_c["amount"], series_c["status"]) == ("2026-03-06", 503e6, "announced")
    assert shown["raised"] == {"USD": 503e6}


VELORA_B = (
    "Zurich-based Velora AI raised ${amount} million in a Series B round led by Accel, "
    "with Index Ventures participating."
)


def velora_wires(folder: Path, later: list[str]) -> list[Path]:
    """Two wires' $50M and $55M Series B of 03-12, and the $60M of `later` publishers on 03-13."""
    return [
        story(folder / "a.txt", "a", "2026-03-12", VELORA_B.format(amount=50), "AFP"),
        story(folder / "b.txt", "b", "2026-03-12", VELORA_B.format(amount=55), "Reuters"),
        *(
            story(folder / f"c{n}.txt", f"c{n}", "2026-03-13", VELORA_B.format(amount=60), publisher)
            for n, publisher in enumerate(later)
        ),
    ]


def round_conflicts(shown: dict) -> list[tuple[str, list[str]]]:
    return [(c["what"], c["values"]) for c in shown["conflicts"] if c["what"].startswith("round ")]


def test_a_raise_told_over_two_days_is_one_conflict_when_the_next_day_agrees(capsys, tmp_path):
    db = tmp_path / "d.db"
    wires = velora_wires(tmp_path, ["Bloomberg", "FT", "CNBC"])
    run_ok(capsys, db, "--empty", "import", *map(str, wires))
    shown = show_json(capsys, db, "Velora AI")
    (series_b,) = shown["rounds"]
    assert series_b["date"] == "2026-03-13", "the day three sources give"
    assert round_conflicts(shown) == [("round 2026-03-13", ["$50M", "$55M", "$60M"])]


def test_a_raise_told_over_two_days_is_one_conflict_beside_another_raise_of_its_day(capsys, tmp_path):
    db = tmp_path / "d.db"
    seed = story(
        tmp_path / "s.txt",
        "s",
        "2026-03-12",
        "Velora AI raised $2 million in a seed round led by Y Combinator.",
        "TechCrunch",
    )
    run_ok(capsys, db, "--empty", "import", *map(str, velora_wires(tmp_path, ["Bloomberg"])), str(seed))
    shown = show_json(capsys, db, "Velora AI")
    assert len(shown["rounds"]) == 2
    assert round_conflicts(shown) == [("round 2026-03-12", ["$50M", "$55M", "$60M"])]


def test_a_deal_files_row_joined_to_one_wire_leaves_the_next_days_wire_in_its_raise(capsys, tmp_path):
    db = tmp_path / "d.db"
    deals = tmp_path / "deals.csv"
    deals.write_text(
        "company,investor,amount,currency,date,round_type\nVelora AI,Accel,50000000,USD,2026-03-12,Series B\n",
        encoding="utf-8",
    )
    first, _, later = velora_wires(tmp_path, ["Bloomberg"])
    later.write_text(
        later.read_text(encoding="utf-8").replace("$60 million", "$55 million"), encoding="utf-8"
    )
    run_ok(capsys, db, "--empty", "import", str(first), str(later), str(deals))
    shown = show_json(capsys, db, "Velora AI")
    (series_b,) = shown["rounds"]
    assert (series_b["date"], series_b["amount"]) == ("2026-03-12", 50e6)
    assert shown["raised"] == {"USD": 50e6}


def test_a_names_key_drops_the_markup_tags_the_article_reader_masks():
    from ai_deals.importers.extract.sentences import FILLER, readable
    from ai_deals.store.names import key_spelling

    for name in (
        "<b>Quarry</b> <b>Capital</b>",
        "[link=https://x.example]Acme[/link] AI",
        "Nova[/] <br/>Labs",
    ):
        assert key_spelling(name) == readable(name).replace(FILLER, ""), name


def test_ids_are_queried_in_chunks_with_a_mark_each():
    from ai_deals.store.id_lists import in_chunks, placeholders

    chunks = list(in_chunks(list(range(1201))))
    assert [len(chunk) for chunk in chunks] == [500, 500, 201]
    assert (placeholders(chunks[2][:3]), placeholders([])) == ("?, ?, ?", "")
