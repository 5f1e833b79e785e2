"""What `ai-deals show` tells of an article's rounds once the importer puts each backer in its round: a
stake of before the news is not in the new round, stakes that are part of a round told after them are not
counted twice, a running total is no new money, and the new round is priced by its own valuation."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import run


def show_after_import(capsys, tmp_path: Path, monkeypatch, article: str, company: str) -> str:
    monkeypatch.setenv("COLUMNS", "200")
    path = tmp_path / "story.txt"
    path.write_text(article, encoding="utf-8")
    db = str(tmp_path / "story.db")
    code, _, err = run(capsys, "--db", db, "--empty", "import", str(path))
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "show", company)
    assert code == 0, err
    return out


def row_of(out: str, *words: str) -> str:
    return next(line for line in out.splitlines() if all(word in line for word in words))


def test_past_stake_is_not_listed_among_the_new_round_investors(capsys, tmp_path, monkeypatch):
    article = (
        "title: Lumora raises $900 million\ndate: 2026-03-03\nurl: https://example.com/lumora\n"
        "language: en\n\nLumora said on Tuesday it had raised $900 million in a Series E funding round "
        "led by Thrive Capital. Microsoft has previously invested $1 billion in Lumora.\n"
    )
    out = show_after_import(capsys, tmp_path, monkeypatch, article, "Lumora")
    assert "Microsoft" not in row_of(out, "Series E")
    assert "2026-03-03" not in row_of(out, "Microsoft", "$1B")


def test_stakes_part_of_a_round_told_after_them_are_counted_once(capsys, tmp_path, monkeypatch):
    article = (
        "title: Quillon gets funding\ndate: 2026-03-06\nurl: https://example.com/quillon\nlanguage: en\n\n"
        "Brightfield Capital and Osprey Ventures are each investing ¥10 billion in Quillon, the companies "
        "said. The two firms are part of a ¥30 billion funding round that values Quillon at about ¥200 "
        "billion, the startup said in a statement Wednesday.\n"
    )
    out = show_after_import(capsys, tmp_path, monkeypatch, article, "Quillon")
    assert "raised ¥30B" in out


def test_new_round_is_priced_by_its_own_valuation_not_the_one_it_is_compared_with(
    capsys, tmp_path, monkeypatch
):
    article = (
        "title: Pellion raises $90 million\ndate: 2026-03-03\nurl: https://example.com/pellion\n"
        "language: en\n\nPellion has raised $90 million in a Series C round led by Redpoint Ventures. The "
        "round values the Boston company at $1.2 billion, up from $400 million when it raised a $30 "
        "million Series B led by Foundry Group in 2024. Existing investors Foundry Group and Lux Capital "
        "participated in the new financing.\n"
    )
    out = show_after_import(capsys, tmp_path, monkeypatch, article, "Pellion")
    series_c = row_of(out, "Series C")
    assert "$1.2B" in series_c and "$400M" not in series_c
    assert "Lux Capital" in series_c and "Lux Capital" not in row_of(out, "Series B")
