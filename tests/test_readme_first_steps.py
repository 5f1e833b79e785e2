"""README's "First steps": the article it shows, imported as it says, prints what it shows."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

README = Path(__file__).resolve().parent.parent / "README.md"


def _first_steps() -> tuple[str, list[tuple[str, str]]]:
    """The article block of "First steps", and each `$ ai-deals …` command shown with its output."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("**First steps.**") : text.index("## The explorer")]
    article, session = re.findall(r"```(?:sh)?\n(.*?)```", section, flags=re.DOTALL)
    commands = re.findall(r"^\$ ai-deals (.+)\n((?:[^$].*\n)*)", session, flags=re.MULTILINE)
    return article, commands


def test_the_readme_first_steps_article_imports_as_the_readme_shows(capsys, tmp_path, monkeypatch):
    article, commands = _first_steps()
    (tmp_path / "zeta.txt").write_text(article, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [command for command, _ in commands] == ["import zeta.txt --dry-run", "import zeta.txt"]
    for command, shown in commands:
        code, out, _ = run(capsys, *shlex.split(command))
        assert (code, out) == (0, shown)
