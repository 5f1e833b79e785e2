"""The one error type for input the importers cannot read: the CLI prints it as a single line."""

from __future__ import annotations


class InputError(Exception):
    """A file (or flag) that cannot be imported, and why: `str(err)` is `"{path}: {problem}"`."""

    def __init__(self, path: str, problem: str) -> None:
        # A hostile file name must not smuggle a second line into the message either.
        self.path = str(path).replace("\n", "\\n").replace("\r", "\\r")
        # One line, always: the CLI prints the message as-is and a stray newline would break that.
        self.problem = " ".join(str(problem).split())
        super().__init__(f"{self.path}: {self.problem}")
