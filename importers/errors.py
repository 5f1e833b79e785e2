"""The one error type for input the importers cannot read: the CLI prints it as a single line."""

from __future__ import annotations


def one_line_path(path: object) -> str:
    """A file's path or name on one line: a newline or carriage return in it (a hostile or mistyped
    name) shown escaped, as `\\n` and `\\r`, never starting a second line of a one-line message."""
    return str(path).replace("\n", "\\n").replace("\r", "\\r")


class InputError(Exception):
    """A file (or flag) that cannot be imported, and why: `str(err)` is `"{path}: {problem}"`."""

    def __init__(self, path: str, problem: str) -> None:
        # A hostile file name must not smuggle a second line into the message either.
        self.path = one_line_path(path)
        # One line, always: the CLI prints the message as-is and a stray newline would break that.
        self.problem = " ".join(str(problem).split())
        super().__init__(f"{self.path}: {self.problem}")


class ChangedWhileRead(InputError):
    """A file that changed while it was read (written to, truncated, replaced): what was read of it is
    no version of it, and a dry run does not read it again to say what it holds."""


class InputErrors(Exception):
    """Several files that cannot be imported, each its own `InputError`: reported together, one line
    each, so a folder with three bad files takes one run to fix, not three."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(map(str, self.errors)))


def raise_input_errors(errors: list[InputError]) -> None:
    """Raise the one error, or all of them as `InputErrors`; nothing when the list is empty."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise InputErrors(errors)
