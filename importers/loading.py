"""Command-line inputs (files, folders, `-`) to documents, with the user's overrides applied.

Every path is checked before the first document is read, so a typo in the last argument fails the
whole command up front instead of after half the files were imported.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

from .controls import escaped_surrogates, has_lone_surrogate
from .errors import InputError, raise_input_errors
from .reading import (
    ARTICLE_SUFFIXES,
    IS_A_DIRECTORY,
    RawDocument,
    article_language,
    normalise_date,
    not_a_regular_file,
    read_document,
    read_stream,
)

if TYPE_CHECKING:
    from .models import ParsedSource

STDIN = "-"
STRUCTURED_SUFFIXES = (".csv", ".tsv", ".json", ".ndjson", ".jsonl")
SUPPORTED_SUFFIXES = ARTICLE_SUFFIXES + STRUCTURED_SUFFIXES


def is_structured(path: str | Path) -> bool:
    """Whether `path` names a deal-data file (CSV, TSV, JSON, NDJSON) rather than an article."""
    return str(path) != STDIN and Path(path).suffix.lower() in STRUCTURED_SUFFIXES


def expand_paths(paths: list[str]) -> list[str]:
    """Files to import, in order: explicit files as given, folders as their supported files, `-` kept.

    Raises InputError for a missing path or an explicit file of an unsupported type.
    """
    return [name for name, _ in _expand(paths)]


def expand_import_paths(paths: list[str]) -> tuple[list[str], list[InputError]]:
    """`expand_paths`, and the JSON files found in folders that are not deal data, left out.

    A folder of saved articles often holds other JSON (notes, an export's metadata, expected-facts
    files): those are skipped and reported, where a JSON file named explicitly is imported or refused.
    """
    files, skipped = expand_import_files(paths)
    return [name for name, _ in files], skipped


def expand_import_files(paths: list[str]) -> tuple[list[tuple[str, bool]], list[InputError]]:
    """`expand_import_paths` with, for each file, whether it was found in a folder rather than named.
    Raises the error of each path that cannot be imported (`InputErrors` for several)."""
    found = expand_each(paths)
    raise_input_errors(found.errors)
    return found.files, found.skipped


NOTHING_TO_IMPORT = "no article or deal file found (.txt .md .html .csv .tsv .json .ndjson)"


@dataclasses.dataclass
class ImportFiles:
    """What the paths an import names hold (`expand_each`)."""

    files: list[tuple[str, bool]]
    """Each file to import, and whether it was found in a folder rather than named."""
    skipped: list[InputError]
    """Files in folders left out, and why (a stray image, JSON that is no deal data)."""
    errors: list[InputError]
    """Each path that cannot be imported (missing, a FIFO, a folder with no file to import), in the
    order given: a dry run reports them beside the files it read, as it reports an unreadable file."""


def expand_each(paths: list[str]) -> ImportFiles:
    """The files each of `paths` names, a path that cannot be imported being an error of its own,
    worded as it is alone, rather than ending the expansion; raises InputError only for `-` twice."""
    _refuse_stdin_twice(paths)
    result = ImportFiles([], [], [])
    for name in paths:
        try:
            files, skipped = _expand_one(name)
        except InputError as error:
            result.errors.append(error)
            continue
        if not files and name != STDIN and Path(name).is_dir():  # as a folder given alone is refused
            result.errors.append(InputError(name, NOTHING_TO_IMPORT))
        result.files.extend(files)
        result.skipped.extend(skipped)
    return result


def _expand_one(name: str) -> tuple[list[tuple[str, bool]], list[InputError]]:
    """The files path `name` names to import, and those in its folder left out (and why)."""
    from .structured import not_deal_data

    expanded: list[tuple[str, bool]] = []
    other_files: list[tuple[Path, str]] = []
    found = _expand([name], other_files)
    # A stray image or PDF in a folder is left out, and said so, rather than silently.
    skipped = [InputError(escaped_surrogates(str(path)), f"skipped, {why}") for path, why in other_files]
    for file, in_folder in found:
        problem = not_deal_data(file) if in_folder else None
        if problem:
            skipped.append(InputError(file, f"skipped, not deal data ({problem})"))
        else:
            expanded.append((file, in_folder))
    skipped.sort(key=lambda note: note.path)  # in the order the files are met
    return expanded, skipped


def _expand(paths: list[str], other_files: list[Path] | None = None) -> list[tuple[str, bool]]:
    """Each file `paths` names, and whether it was found in a folder rather than named; the files of
    other types found in folders are appended to `other_files`."""
    _refuse_stdin_twice(paths)
    expanded: list[tuple[str, bool]] = []
    for name in paths:
        if name == STDIN:
            expanded.append((STDIN, False))
            continue
        if not name:  # Path("") is the current folder: an empty argument (a blank variable) is no folder
            raise InputError(name, "the path is empty; name a file or a folder (`.` for this one)")
        path = Path(name)
        if path.is_dir():
            expanded.extend((str(found), True) for found in _folder_files(path, other_files))
        elif (problem := not_a_regular_file(path)) is not None:
            raise InputError(name, problem)
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise InputError(name, _unsupported(path))
        else:
            expanded.append((name, False))
    return expanded


def _refuse_stdin_twice(paths: list[str]) -> None:
    if paths.count(STDIN) > 1:
        # Standard input reads once: the second `-` would find it empty and fail the whole import.
        raise InputError("<stdin>", "`-` is given twice; standard input can be read only once")


def _unsupported(path: Path) -> str:
    """The problem for a file type we do not read."""
    suffix = path.suffix.lower() or "(no extension)"
    return f"unsupported file type {suffix!r} (expected {', '.join(SUPPORTED_SUFFIXES)})"


def _folder_files(folder: Path, other_files: list[tuple[Path, str]] | None = None) -> list[Path]:
    """Supported files in `folder` and its subfolders, sorted, hidden files and folders skipped; the
    other (not hidden) files, sorted, appended to `other_files` with why each is left out."""
    found = []
    others = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative):
            continue
        problem = not_a_regular_file(path)  # one stat per file: folders, FIFOs, broken links
        if problem == IS_A_DIRECTORY:
            continue
        problem = problem or _undecodable_name(path)
        if problem is None and path.suffix.lower() in SUPPORTED_SUFFIXES:
            found.append(path)
        elif other_files is not None:
            others.append((path, problem or "not an article or deal file"))
    if other_files is not None:
        other_files.extend(sorted(others))
    return sorted(found)


def _undecodable_name(path: Path) -> str | None:
    """Why a file whose name holds bytes that are not UTF-8 is left out (its name could be neither
    stored nor printed), or None."""
    return "its name is not valid UTF-8" if has_lone_surrogate(str(path)) else None


def iter_documents(paths: list[str], *, stdin: BinaryIO | TextIO | None = None) -> Iterator[RawDocument]:
    """The article documents named by `paths` (files, folders, `-` for `stdin`), read one at a time.

    Deal-data files found in folders are left to the structured importer; naming one explicitly
    here is an InputError. All paths are checked before the first document is yielded.
    """
    expanded = expand_paths(paths)
    for name in paths:
        if is_structured(name):
            raise InputError(name, "a deal-data file, not an article (import it as structured data)")
    return _read_all([name for name in expanded if not is_structured(name)], stdin)


def _read_all(names: list[str], stdin: BinaryIO | TextIO | None) -> Iterator[RawDocument]:
    """Read each name lazily: standard input for `-`, else the file."""
    for name in names:
        yield read_one(name, stdin)


def read_one(name: str, stdin: BinaryIO | TextIO | None = None) -> RawDocument:
    """The article `name` holds (`-`: standard input); InputError if it cannot be read as one."""
    if name != STDIN:
        return read_document(Path(name))
    doc = read_stream(stdin if stdin is not None else sys.stdin)
    from .structured import deal_data_suffix

    suffix = None if doc.header else deal_data_suffix(doc.text)
    if suffix:
        # Without a file name, deal data would be read as an article with no facts and its header as title.
        raise InputError(
            doc.path or "<stdin>",
            f"looks like {suffix[1:].upper()} deal data, not an article: save it to a {suffix} file and import that",
        )
    return doc


def read_each(
    names: list[str], stdin: BinaryIO | TextIO | None = None
) -> Iterator[tuple[str, RawDocument | InputError]]:
    """Each name with its article, or with the InputError saying why it cannot be read: every bad file
    is found in one run."""
    for name in names:
        try:
            yield name, read_one(name, stdin)
        except InputError as error:
            yield name, error


# Folders hold more than articles (a README.md, notes.txt): a file found in one with neither an article
# header nor a single financing fact is skipped with a note. Named explicitly, it is imported all the same.
NOT_AN_ARTICLE = "skipped, not an article (no header and no financing fact)"


def is_stray_text(doc: RawDocument, source: ParsedSource) -> bool:
    """Whether a Markdown or text file found in a folder is no article: no header, no fact."""
    kind = Path(doc.path or "").suffix.lower()
    return kind in (".txt", ".md", ".markdown") and not doc.header and not source.facts


def apply_overrides(
    doc: RawDocument,
    published: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    language: str | None = None,
) -> RawDocument:
    """`doc` with the command line's `--published`, `--url`, `--publisher`, `--language` taking precedence.

    Raises InputError naming the flag when a date or language is not valid.
    """
    changes: dict[str, str] = {}
    if published is not None:
        changes["published"] = _flag_value("--published", published, normalise_date)
    if language is not None:
        changes["language"] = _flag_value("--language", language, article_language)
    if url is not None and url.strip():
        changes["url"] = url.strip()
    if publisher is not None and publisher.strip():
        changes["publisher"] = " ".join(publisher.split())
    return dataclasses.replace(doc, **changes)


def _flag_value(flag: str, value: str, normalise) -> str:
    """A flag's value normalised, or InputError("--flag: problem")."""
    try:
        return normalise(value)
    except ValueError as error:
        raise InputError(flag, str(error)) from None


def load_article(doc: RawDocument, progress: Callable[[float], None] | None = None) -> ParsedSource:
    """Extract the facts of one article document with the article importer; `progress` is told the
    share of the work done as it goes (see `parse_article`)."""
    # Imported here so reading files never depends on the extractor being importable.
    from .article import parse_article

    try:
        return parse_article(
            doc.text,
            title=doc.title,  # None: the article's first sentence, a better name than its file's
            published=doc.published,
            url=doc.url,
            publisher=doc.publisher,
            language=doc.language,
            path=doc.path,
            progress=progress,
        )
    except (
        RecursionError,
        MemoryError,
        KeyError,
        IndexError,
        ValueError,
        TypeError,
        AttributeError,
    ) as error:
        # A defect of the extractor on this text: the user gets one line naming the file, nothing is written.
        raise InputError(
            doc.path or "<stdin>",
            f"the article importer failed on this text ({type(error).__name__}: {error}); please report it",
        ) from error
