"""An article's figure dated after the day the article was published is the suspect one, said on
import as its export's re-import says it: the two paths warned differently (the export's row "dated in
the future" came with no word when the article itself was imported)."""

from __future__ import annotations

from cli_helpers import private_default_db  # noqa: F401  (autouse)

from ai_deals.cli import main

ARTICLE = """title: Zorvane lève 40 millions d'euros
date: 2024-02-29
url: https://wire.example.fr/2024/02/29/zorvane
language: fr

PARIS, 29 février 2024 - La start-up Zorvane a annoncé jeudi une levée de 40 millions d'euros menée par Balderton.

Zorvane compte lever 200 millions d'euros supplémentaires en 2025, selon son fondateur.
"""


def imported(capsys, *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_an_articles_figure_dated_after_it_was_published_is_said_on_import_as_on_its_exports(
    capsys, tmp_path
):
    article = tmp_path / "zorvane.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    said = imported(capsys, "--db", str(tmp_path / "a.db"), "--empty", "import", str(article))
    export = tmp_path / "all.csv"
    imported(capsys, "--db", str(tmp_path / "a.db"), "export", "--out", str(export))
    again = imported(capsys, "--db", str(tmp_path / "b.db"), "--empty", "import", str(export))
    assert "1 row dated in the future" in again and "(2025)" in again  # the export's re-import
    assert (
        "1 figure dated in the future (after today or the article's date), kept: Zorvane round (2025)" in said
    )


def test_an_articles_figure_of_its_own_day_or_earlier_is_not_said_to_be_later(capsys, tmp_path):
    article = tmp_path / "zorvane.txt"
    article.write_text(ARTICLE.split("\nZorvane compte")[0] + "\n", encoding="utf-8")
    said = imported(capsys, "--db", str(tmp_path / "a.db"), "--empty", "import", str(article))
    assert "dated in the future" not in said
