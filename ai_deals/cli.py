"""The `ai-deals` command: parses arguments and delegates; errors are one line, never a traceback."""

from __future__ import annotations

import argparse
import contextlib
import errno
import gc
import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ai_deals import __version__
from ai_deals.importers.controls import escaped_surrogates, has_lone_surrogate
from ai_deals.store.errors import is_disk_full
from ai_deals.store.files import check_database_path
from ai_deals.store.formatting import metric_name, plural, quoted

from .paths import DB_ENV, datasette_metadata, named_db_path

# The store, the importers, rich, json and shlex are imported where a command uses them, not here:
# launching the explorer on an existing database must reach its first frame with Textual alone loaded.
if TYPE_CHECKING:
    from collections.abc import Callable

    from ai_deals.importers.errors import InputError
    from ai_deals.importers.reading import DateOrder
    from ai_deals.store import Store
    from ai_deals.store.models import Company, TimelineEvent
    from ai_deals.store.record_filter import RecordFilter

    from .importing import Overrides, ParsedArticles


# The store's export formats plus FollowTheMoney; spelt out so parsing arguments loads no store code
# (a test keeps it equal to store.export.FORMATS).
EXPORT_FORMATS = ("csv", "json", "md", "ftm")
# The kinds --kind takes; spelt out so parsing arguments loads no store code (a test keeps it equal
# to store.record_filter.KINDS).
FILTER_KINDS = (
    "round",
    "investment",
    "partnership",
    "acquisition",
    "statement",
    "metric",
    "valuation",
    "revenue",
    "projection",
)
# Long names --format also takes (README and the explorer call md Markdown).
EXPORT_FORMAT_ALIASES = {"markdown": "md", "followthemoney": "ftm"}
# What an --out name's ending says its format is, longest ending first (x.ftm.json is ftm, not json).
EXPORT_EXTENSIONS = (
    (".ftm.jsonl", "ftm"),
    (".ftm.json", "ftm"),
    (".ftm", "ftm"),
    (".csv", "csv"),
    (".json", "json"),
    (".md", "md"),
    (".markdown", "md"),
)
# Textual draws at most 60 frames a second, so a keystroke's results wait up to 16.7 ms (8 on
# average) for the next frame. 120 halves that wait; only changed regions are redrawn, so an idle
# app costs nothing more. A TEXTUAL_FPS the user set wins.
FRAME_RATE = 120
# An article at least this long (characters) takes more than about 2 s to read on a 2-core machine
# (150 KB: 2.5 s; 1 MB: half a minute): an import shows its progress on a terminal.
BIG_ARTICLE = 150_000
DEFAULT_DATE_ORDER: DateOrder = "dmy"  # a deal file's 03/02/2025 is 3 February unless --date-order mdy


def _user_errors() -> tuple[type[Exception], ...]:
    """Errors reported in one line; evaluated only when something was raised."""
    from ai_deals.importers.errors import InputError
    from ai_deals.store.errors import StoreError

    return StoreError, InputError


def _several_errors() -> type[Exception]:
    """Several files' errors, reported one line each; evaluated only when something was raised."""
    from ai_deals.importers.errors import InputErrors

    return InputErrors


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ai-deals",
        description="Follow the money in AI: import financing news and deal data, explore it from the keyboard.",
    )
    parser.add_argument("--version", action="version", version=f"ai-deals {__version__}")
    _add_launch_options(parser)
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", help="what to do (without one: open the explorer)"
    )

    imp = commands.add_parser(
        "import",
        help="import articles (.txt .md .html, a folder, - for stdin) or deal data (.csv .tsv .json .ndjson)",
    )
    imp.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files or folders to import; - reads an article from standard input",
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help="say what the import would do (made, then rolled back): nothing is written",
    )
    imp.add_argument("--json", action="store_true", help="machine-readable output")
    imp.add_argument("--published", help="publication date (YYYY-MM-DD), overriding the file's")
    imp.add_argument("--url", help="source URL, overriding the file's")
    imp.add_argument("--publisher", help="publisher, overriding the file's")
    imp.add_argument("--language", choices=["fr", "en"], help="language, overriding detection")
    imp.add_argument(
        "--skip-bad-rows", action="store_true", help="deal data: write the good rows, list the bad"
    )
    imp.add_argument(
        "--date-order",
        choices=["dmy", "mdy"],
        default=None,  # None: not given (refused for articles only), read as dmy
        help="deal data: read 03/02/2025 as day/month (dmy, the default: 3 February) or month/day "
        "(mdy: March 2); a date only the other order can read is a bad row",
    )

    search = commands.add_parser(
        "search",
        help="fuzzy-search companies and investors",
        description="Fuzzy-search companies and investors by name or alias, best match first.",
    )
    search.add_argument("query", help="a name, part of one, or a name misspelt (typos are forgiven)")
    search.add_argument("--limit", type=_positive, default=20, help="at most this many results (default: 20)")
    search.add_argument("--json", action="store_true", help='machine-readable output: {"results": [...]}')

    show = commands.add_parser(
        "show",
        help="everything known about a company or investor",
        description="A company's or investor's page: its rounds, investors, portfolio, partnerships, "
        "figures, statements, acquisitions and sources.",
    )
    show.add_argument("name", help="the company or investor (a close spelling is resolved, and said)")
    show.add_argument("--json", action="store_true", help="machine-readable output: the page as JSON")

    coinvestors = commands.add_parser(
        "coinvestors",
        help="the investors who share rounds with an investor, most shared first",
        description="The investors who share rounds with an investor, most shared first: how many rounds, "
        "how many stake deals (stakes both took in one company the same day, no round recorded: never "
        "counted as rounds), how many of them each led, the first and last, and the companies. A raise "
        "several sources tell is one round; a raise still in talks or only planned is none.",
    )
    coinvestors.add_argument("name", help="the investor (a close spelling is resolved, and said)")
    coinvestors.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="only rounds dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)",
    )
    coinvestors.add_argument(
        "--to", dest="date_to", metavar="DATE", help="only rounds dated on or before DATE (inclusive)"
    )
    coinvestors.add_argument(
        "--limit", type=_positive, metavar="N", help="at most this many co-investors (the most shared)"
    )
    coinvestors.add_argument(
        "--json",
        action="store_true",
        help='machine-readable output: {"investor": ..., "co_investors": [...]}',
    )

    timeline = commands.add_parser(
        "timeline",
        help="every dated event, oldest first (filter by company, date, kind, investor)",
        description="Every dated event, oldest first: the whole timeline, or the events the options "
        "keep (they combine: --from 2024 --to 2024 --kind round is 2024's rounds). Printed as it is "
        "read, so a big database's first lines come at once.",
    )
    timeline.add_argument(
        "--company", help="only this company's events, as investee, investor, acquirer or partner"
    )
    _add_record_filters(timeline, "events")
    timeline.add_argument(
        "--limit", type=_positive, metavar="N", help="at most this many events (the first ones)"
    )
    timeline.add_argument("--json", action="store_true", help='machine-readable output: {"events": [...]}')

    export = commands.add_parser("export", help="export records as CSV, JSON, Markdown or FollowTheMoney")
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        type=_export_format_name,
        help="default: what --out's name ends in (.csv .json .md .ftm), else csv; md (or markdown): "
        "Markdown; ftm (or followthemoney): FollowTheMoney JSON lines, for OCCRP Aleph",
    )
    export.add_argument(
        "--out", type=Path, help="file to write (default or -: standard output); never overwritten"
    )
    export.add_argument(
        "--company",
        help="only this company's records: as investee, and as investor (its portfolio), acquirer or partner",
    )
    _add_record_filters(export, "records")
    export.add_argument(
        "--one-per-deal",
        action="store_true",
        help="one row per deal, for sums: the record counted for a deal several sources tell, its "
        "sources listed (`sources`) and the figures they differ on (`other_figures`); not for importing back",
    )
    export.add_argument("--force", action="store_true", help="overwrite --out if it exists")

    merge = commands.add_parser("merge", help="join two companies you know are the same (keeps every record)")
    merge.add_argument("keep", help="the company to keep")
    merge.add_argument("duplicate", help="the company folded into it")

    split = commands.add_parser(
        "split",
        help="make OTHER a company of its own, with COMPANY's records that are its (undo: merge them again)",
        description="Separate two companies a shared name joined (two 'Ledgerline's, or 'Kestrel Analytics' "
        "filed under Kestrel Photonics): OTHER becomes a company of its own, with the alias OTHER and the "
        "records of COMPANY from the given sources, or by default from the articles whose text names OTHER "
        "and the deal file rows that name it. One transaction; `ai-deals merge COMPANY OTHER` undoes it.",
    )
    split.add_argument("company", metavar="COMPANY", help="the company as it is now")
    split.add_argument(
        "other",
        metavar="OTHER",
        help="the name of the company to split off (one of its aliases, or a new name)",
    )
    split.add_argument(
        "--source",
        action="append",
        metavar="ID_OR_URL",
        help="a source whose records of COMPANY are OTHER's: its id (`ai-deals sources`), URL, path or "
        "title; repeat for several",
    )

    unmerge = commands.add_parser(
        "unmerge", help="undo a merge by its number (printed by merge); without one, list the merges"
    )
    unmerge.add_argument("merge_id", type=int, nargs="?", metavar="MERGE", help="the merge's number to undo")

    serve = commands.add_parser("serve", help="run the explorer in a web browser (needs ai-deals[serve])")
    serve.add_argument("--host", default="localhost", help="address to listen on (default: localhost)")
    serve.add_argument("--port", type=_port, default=8000, help="1-65535 (default: 8000)")

    remove = commands.add_parser(
        "remove",
        help="remove an imported source and every record only it supports",
        description="Remove a source imported by mistake: its evidence and every record only it "
        "supports go, in one transaction; what other sources tell stays. The file can be imported again.",
    )
    remove.add_argument(
        "source", metavar="SOURCE", help="the file path as imported, its URL, or its id (`ai-deals sources`)"
    )
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    remove.add_argument("--dry-run", action="store_true", help="say what would go, remove nothing")

    sources = commands.add_parser(
        "sources",
        help="the imported documents",
        description="The imported documents (articles and deal files), with their ids, dates and facts.",
    )
    sources.add_argument("--json", action="store_true", help='machine-readable output: {"sources": [...]}')

    commands.add_parser("metadata", help="print Datasette metadata for the database (datasette DB -m FILE)")

    info = commands.add_parser("info", help="what the database holds")
    info.add_argument("--json", action="store_true", help="machine-readable output")
    _described(commands)
    return parser


def _described(commands: argparse._SubParsersAction) -> None:
    """Each command's `-h` opens with a summary: its own description, else its line in `ai-deals -h`."""
    summaries = {action.dest: action.help for action in commands._choices_actions}
    for name, command in commands.choices.items():
        summary = summaries.get(name)
        if not command.description and summary:
            command.description = summary[:1].upper() + summary[1:] + "."


def _add_record_filters(command: argparse.ArgumentParser, what: str) -> None:
    """The options `timeline` and `export` keep records by (store/record_filter.py); they combine."""
    command.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help=f"only {what} dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); one dated to a month "
        "or a year is kept when its period overlaps",
    )
    command.add_argument(
        "--to", dest="date_to", metavar="DATE", help=f"only {what} dated on or before DATE (inclusive)"
    )
    command.add_argument(
        "--kind",
        action="append",
        metavar="KIND",
        help=f"only {what} of this kind: {', '.join(FILTER_KINDS)}; repeat it or give a comma list",
    )
    command.add_argument(
        "--investor",
        metavar="NAME",
        help=f"only the {what} naming this investor as backer, buyer or seller (its rounds, investments "
        "and stake sales, acquisitions)",
    )


def _add_launch_options(parser: argparse.ArgumentParser) -> None:
    """The options that come before a command, and the only ones launching the explorer takes."""
    parser.add_argument(  # a string: an empty one is refused by name (Path("") would be the folder ".")
        "--db", help="database file (default: $AI_DEALS_DB or the user data directory)"
    )
    parser.add_argument(
        "--empty", action="store_true", help="do not load the shipped seeds into a new database"
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line parsed. A plain launch (`ai-deals`, `--db FILE`, `--empty`) is read without
    building every command's parser, which costs the explorer's first frame about 3 ms; anything
    else, `--help` and mistakes included, goes to the full parser (`build_parser`)."""
    # Abbreviations (`--em`) go to the full parser too: only it knows every option they could mean.
    launch = argparse.ArgumentParser(prog="ai-deals", add_help=False, allow_abbrev=False, exit_on_error=False)
    _add_launch_options(launch)
    parser = None
    try:
        args, rest = launch.parse_known_args(argv)
        if not rest:
            args.command = None
            return args
        unknown = _unknown_option(rest[0])
        if unknown:  # else `--DB a.db` says "invalid choice: 'a.db'", blaming the file
            parser = build_parser()
            parser.error(f"unknown option {unknown} (the options before a command are --db and --empty)")
    except argparse.ArgumentError:  # `--db` without a file: the full parser says so, with its usage
        pass
    return (parser or build_parser()).parse_args(argv)


# The options the full parser takes before a command (or an abbreviation of one, such as `--em`).
_TOP_OPTIONS = ("--db", "--empty", "--version", "--help", "-h")


def _unknown_option(word: str) -> str | None:
    """`word`'s option name when it is an option no top-level option is, nor abbreviates."""
    if not word.startswith("-") or word in ("-", "--"):
        return None
    name = word.split("=", 1)[0]
    if name in _TOP_OPTIONS or (name.startswith("--") and any(o.startswith(name) for o in _TOP_OPTIONS)):
        return None
    return name


def _positive(text: str) -> int:
    """A whole number of at least 1 (argparse's type for --limit)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} is not a positive number")
    return min(number, 2**63 - 1)  # "at most": no more than SQLite's largest integer can hold


def _port(text: str) -> int:
    """A TCP port number, 1-65535 (argparse's type for --port)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (1-65535)")
    return port


def main(argv: list[str] | None = None) -> int:
    if (undecodable := _undecodable_argument(sys.argv[1:] if argv is None else argv)) is not None:
        return _fail(f"{undecodable}: not valid UTF-8 (rename the file or retype the argument)")
    args = parse_args(argv)
    if args.db is not None and not args.db.strip():
        return _fail("--db: the path is empty; give a database file (or omit --db for the default)")
    db_path, named_by = named_db_path(Path(args.db) if args.db is not None else None)
    try:
        check_database_path(db_path)
        code = _dispatch(args, db_path, named_by)
        sys.stdout.flush()  # here, not at exit: a full disk or a closed pipe gets its one line below
        return code
    except _several_errors() as errors:
        for error in errors.errors:
            _fail(str(error))
        return _fail(f"{len(errors.errors)} files could not be imported; nothing was written")
    except _user_errors() as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return _fail("interrupted; the database is as it was before", code=130)
    except BrokenPipeError:  # `| head -1` read what it wanted: not an error
        _silence_stdout()
        return 0
    except Exception as error:
        if _is_stdout_write_error(error):
            _silence_stdout()
            return _fail(f"cannot write to standard output ({error.strerror or error})")
        if isinstance(error, OSError) and error.filename is None:  # not standard output's: its own words
            return _fail(str(error.strerror or error))
        if is_disk_full(error):  # a write outside any import's transaction (a search index kept)
            return _fail(f"{db_path}: disk full; nothing was written")
        raise


# What writing standard output fails with (a broken pipe is caught before): a full disk or quota, a
# file grown past its limit. Another OSError with no file name is not standard output's to explain.
_STDOUT_WRITE_ERRNOS = frozenset({errno.EPIPE, errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def _is_stdout_write_error(error: BaseException) -> bool:
    """Whether `error` is writing standard output failing: an OSError naming no file, of an errno a
    write to it fails with."""
    return isinstance(error, OSError) and error.filename is None and error.errno in _STDOUT_WRITE_ERRNOS


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that Python's own flush at exit does not fail again on
    the broken pipe or full disk (and print "Exception ignored …")."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _undecodable_argument(argv: list[str]) -> str | None:
    """The first argument holding bytes the locale could not decode (Python keeps them as lone
    surrogates, which no database or UTF-8 output takes), shown escaped; None if all are text."""
    return next((escaped_surrogates(argument) for argument in argv if has_lone_surrogate(argument)), None)


def _fail(message: str, code: int = 1) -> int:
    from ai_deals import render

    print(f"ai-deals: error: {render.visible(message)}", file=sys.stderr)
    return code


# What may create the database it is given: launching the explorer (here or in a browser) and
# importing. Every other command reads or changes what is there, so a database named by --db or
# AI_DEALS_DB that does not exist is a typo to report, not a new seeded database to answer from.
# The platform default database (named by neither) is still created and seeded by any command, as
# on a fresh machine.
CREATES_DATABASE = frozenset({None, "import", "serve"})


def _dispatch(args: argparse.Namespace, db_path: Path, named_by: str | None) -> int:
    if db_path.is_dir():  # before the explorer is launched on it, or any command reads it
        from ai_deals.store import StoreError

        raise StoreError(
            f"{db_path}: is a directory, not a database file (name a file, e.g. {db_path / 'deals.db'})"
        )
    if named_by is not None and args.command not in CREATES_DATABASE:
        # A missing database, or an empty (0-byte) file, is not created or seeded by a command that
        # reads: only an import or the explorer makes a database there.
        from ai_deals.store import StoreError

        how = "omit --db" if named_by == "--db" else f"unset {named_by}"
        if not db_path.exists():
            raise StoreError(
                f"{db_path}: no such database (import something into it first, or {how} for the default)"
            )
        if db_path.is_file() and db_path.stat().st_size == 0:
            raise StoreError(
                f"{db_path}: empty file, not an ai-deals database (import something into it first, "
                f"or {how} for the default)"
            )
    if args.command == "metadata":
        sys.stdout.write(datasette_metadata(db_path.stem))
        return 0
    if args.command == "import" and args.dry_run:
        return _dry_run(args, db_path)
    if args.command is None:
        return _launch(db_path, named_by, seed=not args.empty)
    from .importing import open_store

    if args.command == "import":
        # Every input is read and checked before the database exists: an import that writes nothing
        # creates nothing (no file, no folder), so a typo in --db is not turned into a new database.
        read = _read_import(args)
        with _removed_unless_written(db_path, named_by), open_store(db_path, seed=not args.empty) as store:
            return _cmd_import(store, args, read)
    _make_folder(db_path, named_by)
    with open_store(db_path, seed=not args.empty) as store:
        return COMMANDS[args.command](store, args)


@contextmanager
def _removed_unless_written(db_path: Path, named_by: str | None) -> Iterator[None]:
    """Create `db_path`'s missing folders; if what runs inside fails, remove the database files and
    the folders this run made: a failed import leaves nothing behind, and touches nothing it found
    (a database that existed, a symlink, a -wal beside it)."""
    from .importing import database_files_found, remove_database_files_made

    found = database_files_found(db_path)
    missing = []
    folder = db_path.parent
    while not os.path.lexists(folder):
        missing.append(folder)
        folder = folder.parent
    _make_folder(db_path, named_by)
    try:
        yield
    except BaseException:
        remove_database_files_made(db_path, found)
        for made in missing:  # deepest first
            with contextlib.suppress(OSError):
                made.rmdir()
        raise


def _make_folder(db_path: Path, named_by: str | None) -> None:
    """Create the database's folder, or say in one line why not and how to choose another place."""
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        from ai_deals.store import StoreError

        folder = error.filename or db_path.parent
        hint = "" if named_by == "--db" else f"; pass --db FILE or set {DB_ENV} to put the database elsewhere"
        raise StoreError(f"{folder}: cannot create the data folder ({error.strerror}){hint}") from None


def _launch(db_path: Path, named_by: str | None, *, seed: bool) -> int:
    """Run the explorer; a new database is created and seeded first, an existing one opens in the app."""
    if db_path.is_file() and db_path.stat().st_size:
        from ai_deals.store.connecting import check_database

        check_database(db_path)  # a stray or damaged file gets the one-line error, not an app
    if not db_path.exists() or db_path.stat().st_size == 0:
        from .importing import open_store

        _make_folder(db_path, named_by)
        with open_store(db_path, seed=seed):
            pass  # created and seeded now, so the app opens on data
    use_frame_rate()
    # Importing Textual and building the first screen allocate a lot and free little: the collector's
    # passes would cost the first frame ~10 ms for nothing. The app turns it back on once drawn.
    gc.disable()
    try:
        from ai_deals.tui.app import run_app  # Textual only loads for the interactive app

        run_app(db_path)
    finally:
        gc.enable()
    return 0


def use_frame_rate() -> None:
    """Ask Textual for FRAME_RATE frames a second; only works before Textual is imported."""
    os.environ.setdefault("TEXTUAL_FPS", str(FRAME_RATE))


def _export_format_name(value: str) -> str:
    """`--format`'s value as one of EXPORT_FORMATS when it is a long name of one ("markdown")."""
    name = value.strip().lower()
    return EXPORT_FORMAT_ALIASES.get(name, name)


def _overrides(args: argparse.Namespace) -> Overrides:
    from .importing import Overrides

    return Overrides(published=args.published, url=args.url, publisher=args.publisher, language=args.language)


def _dry_run(args: argparse.Namespace, db_path: Path) -> int:
    """What the import would do, writing nothing: each file's facts and whether it would be added,
    replace an earlier version or be left unchanged. The import itself says so: it is made in a
    transaction that is always rolled back (`store.trial`), so the two never disagree. A file that
    cannot be read is reported after the others (in the JSON document too) and exits 1."""
    from ai_deals.importers.errors import ChangedWhileRead, InputError, raise_input_errors
    from ai_deals.importers.loading import is_structured
    from ai_deals.store.told_before import TrialRun

    from .structured_import import check_deal_file, dry_run_entry, trial_import

    paths, in_folders, unreadable = _import_paths(args)
    parsed = _parse_articles([path for path in paths if not is_structured(path)], args, in_folders)
    sources, errors = parsed.sources, [*unreadable, *parsed.errors]  # reported with the files read
    deal_paths = [path for path in paths if is_structured(path)]
    options = {"date_order": _date_order(args), "skip_bad_rows": args.skip_bad_rows}
    with _trial_store(db_path, seeded=not args.empty) as store, contextlib.ExitStack() as stack:
        # What each corrected article replaces, read before the trial import replaces it.
        earlier = [] if args.json else [store.replaced_records(source) for source in sources]
        listed = {} if args.json or not deal_paths else _facts_listed(deal_paths, store, stack)
        run = TrialRun()  # one transaction: a file's news is not told by an earlier file of this run
        with store.rolled_back():  # the write lock, for the trial imports only
            trials = {}
            for path in list(deal_paths):
                try:
                    trials[path] = trial_import(path, store, **options, listed=listed.get(path), run=run)
                except ChangedWhileRead as error:  # said as it is, not read again by the check
                    errors.append(error)
                    deal_paths.remove(path)
            reports = store.import_sources(sources) if sources else []
        # A file the trial import wrote is told by that import alone, its first facts (text) listed
        # as it read them. The others (a refused or unchanged file, an export's first facts) are read
        # by the check, on the database as it was, outside the write lock another import would wait for.
        entries = {
            path: _entry_from_trial(path, trials[path], listed.get(path), lists_facts=not args.json)
            for path in deal_paths
        }
        for path in deal_paths:
            if entries.get(path) is not None:
                continue
            keep = 0 if args.json else DRY_RUN_FACTS  # the JSON document keeps its counts-only shape
            try:
                checked = check_deal_file(path, store, keep_facts=keep, verdict=False, **options)
            except InputError as error:
                errors.append(error)
                entries[path] = None
                continue
            entries[path] = dry_run_entry(trials[path], checked)
    deal_files = [entry for entry in entries.values() if entry is not None]
    if args.json:
        # Deal files and errors under keys of their own: a clean articles-only dry run keeps its shape.
        _print_json(
            {
                "sources": [
                    s.dry_run_dict() | {"action": r.action} for s, r in zip(sources, reports, strict=True)
                ]
            }
            | ({"deal_files": deal_files} if deal_files else {})
            | ({"errors": [{"file": e.path, "problem": e.problem} for e in errors]} if errors else {})
        )
    else:
        _print_dry_run(deal_files, sources, reports, earlier)
    raise_input_errors(errors)  # each on standard error, one line, exit 1
    # A file the import would refuse (its bad rows) makes the import exit 1: the dry run too.
    return 1 if any(checked["action"] == "refused" for checked in deal_files) else 0


def _facts_listed(deal_paths: list[Path], store: Store, stack: contextlib.ExitStack) -> dict:
    """For a text dry run, a `FactsListed` for each deal file that is no export, finding names in the
    database as it was: another connection to it (in WAL mode), which the trial's writes, never
    committed, are not visible to."""
    from ai_deals.importers import exported, structured
    from ai_deals.importers.errors import InputError
    from ai_deals.store import Store

    from .structured_import import FactsListed

    before = stack.enter_context(Store.open(store.path, readonly=True, create=False))
    listed = {}
    for path in deal_paths:
        try:
            if not exported.is_export(structured.read_header(path)):
                listed[path] = FactsListed(DRY_RUN_FACTS, before)
        except InputError:
            continue  # the trial import refuses it too; the check says why
    return listed


def _entry_from_trial(path: Path, trial, listed, *, lists_facts: bool) -> dict | None:
    """A deal file's dry-run entry from its trial import alone (`entry_from_import`), with, when the
    text lists facts, the first ones `listed` as the import read them; None when the check must say
    the rest (a refused or unchanged file, an export's facts)."""
    from .structured_import import entry_from_import

    entry = entry_from_import(path, trial)
    if not lists_facts or entry is None:
        return entry
    return None if listed is None else entry | {"first_facts": listed.first_facts}


@contextlib.contextmanager
def _trial_store(db_path: Path, *, seeded: bool) -> Iterator[Store]:
    """Where a dry run imports, opened outside any transaction: its writes go inside
    `store.rolled_back()`, undone when it ends (`store.trial.trial_ready_store`): the
    database when it exists; else a throw-away one made as the import would make it, `seeded` or
    empty (an export of the seed is then "unchanged", as the import will say)."""
    if db_path.is_file() and db_path.stat().st_size:
        from ai_deals.store.trial import trial_ready_store

        with trial_ready_store(db_path) as store:
            yield store
        return
    from ai_deals.store.trial import dry_run_folder

    from .importing import open_store

    with dry_run_folder(db_path) as folder, open_store(folder / "new.db", seed=seeded) as store:
        yield store


DRY_RUN_ACTIONS = {
    "added": "would add",
    "replaced": "would replace",
    "updated": "would update",
    "unchanged": "unchanged",
}
DRY_RUN_FACTS = 50
"""A deal file's dry run lists its first facts, then says how many more: a file can hold millions."""


def _print_dry_run(deal_files: list[dict], sources: list, reports: list, earlier: list[list]) -> None:
    from ai_deals import render
    from ai_deals.importers.errors import one_line_path

    from .structured_import import (
        already_there_note,
        company_details_note,
        dated_later_note,
        dry_run_column_lines,
        news_lines,
        read_as_lines,
        tiny_amounts_note,
        unstated_investors_note,
    )

    def say(line: str) -> None:
        print(render.visible(line))  # a line each, never wrapped: file names and titles stay whole

    for checked in deal_files:
        action, already_there = checked["action"], checked.get("already_there")
        name = one_line_path(checked["path"])  # one line per file, whatever its name holds
        if action == "unchanged":
            note = already_there_note(already_there) if already_there else "already imported"
            if checked.get("restores_citations"):  # imported before evidence kept its rows' sources
                note += "; would restore the sources its rows cite"
            if checked.get("fills_lines"):  # imported before evidence kept its rows' lines (m041)
                note += "; would fill in its rows' lines"
            say(f"unchanged: {name} ({note})")
            continue
        if action == "refused":
            bad, good_rows = plural(len(checked["bad_rows"]), "bad row"), checked["good_rows"]
            if checked.get("problem"):  # the whole file, whatever its rows
                say(f"would refuse: {name} ({checked['problem']})")
                continue
            if not good_rows:
                say(f"would refuse: {name} (every row is bad: {bad})")
            else:
                good_ones = "the good one" if good_rows == 1 else f"the {good_rows:,} good ones"
                say(f"would refuse: {name} ({bad}; --skip-bad-rows writes {good_ones})")
            for line in dry_run_column_lines(checked.get("columns") or {}):
                say(line)
            for error in [*checked["bad_rows"], *checked["skipped_rows"]]:
                say(f"  {error}")
            continue
        good = f" ({checked['good_rows']:,} good)" if checked["good_rows"] != checked["rows"] else ""
        there = f"; {already_there_note(already_there)}" if already_there else ""
        counts = f"{plural(checked['rows'], 'row')}{good}, {plural(checked['facts'], 'fact')}{there}"
        if action == "updated":  # every record here already: only what it tells of companies is new
            counts = f"{company_details_note(checked['company_details'])}{there}"
        say(f"{DRY_RUN_ACTIONS[action]}: {name} ({counts})")
        for line in dry_run_column_lines(checked.get("columns") or {}):  # what each column was read as
            say(line)
        shown = checked.get("first_facts", [])
        for fact in shown:
            say(f"  {fact_line(fact)}")
        if checked["facts"] > len(shown) and shown:
            say(f"  … and {plural(checked['facts'] - len(shown), 'more fact')}")
        for error in [*checked["bad_rows"], *checked["skipped_rows"]]:
            say(f"  {error}")
        if checked.get("dated_later"):
            say(f"  {dated_later_note(checked['dated_later'], checked['dated_later_first'])}")
        if checked.get("tiny_amounts"):
            say(f"  {tiny_amounts_note(checked['tiny_amounts'], checked['tiny_amounts_first'])}")
        if checked.get("investors_unstated"):
            say(
                f"  {unstated_investors_note(checked['investors_unstated'], checked['investors_unstated_as'])}"
            )
        for line in read_as_lines(checked.get("investors_read_as", [])):  # "LSVP" read as Lightspeed…
            say(f"  {line}")
        for line in news_lines(checked):  # raises already here, names it would make
            say(f"  {line}")
    for source, report, replaced in zip(sources, reports, earlier, strict=True):
        dated = f"{source.title} ({source.published or 'undated'})"
        if report.action == "unchanged":
            say(f"unchanged: {source.title} (already imported)")
            continue
        # The import's count: facts already here (brought by an export) are not written again.
        here = len(source.facts) - report.facts
        there = f" ({already_there_note(here)})" if here > 0 else ""
        say(f"{DRY_RUN_ACTIONS[report.action]}: {dated}: {plural(report.facts, 'fact')}{there}")
        if report.action == "replaced":
            for line in replacement_lines(replaced, source.facts):
                say(f"  {line}")
        for fact in source.facts:
            say(f"  {fact_line(fact)}")


DRY_RUN_CHANGES = 5
"""A replacement's dry run lists the facts it changes up to this many; past it, only how many."""


def replacement_lines(old_records: list, new_facts: list) -> list[str]:
    """What a corrected article changes: 'changed: valuation: Kyra · €2.4B → €2.6B', 'new: …', 'gone: …'
    (each fact keyed by its kind, company and investor); 'no figure changes' when none does, and only
    how many when more than `DRY_RUN_CHANGES` do."""
    old = _figures_by_key(
        (_record_key(r), _record_figure(r)) for r in old_records if r.record_type != "company"
    )
    new = _figures_by_key((_fact_key(f), _fact_figure(f)) for f in new_facts)
    lines: list[str] = []
    for key in dict.fromkeys([*old, *new]):
        gone = [figure for figure in old.get(key, []) if figure not in new.get(key, [])]
        added = [figure for figure in new.get(key, []) if figure not in old.get(key, [])]
        if len(gone) == 1 and len(added) == 1:
            lines.append(f"changed: {key} · {gone[0]} → {added[0]}")
            continue
        lines.extend(f"gone: {key} · {figure}" for figure in gone)
        lines.extend(f"new: {key} · {figure}" for figure in added)
    if not lines:
        return ["no figure changes"]
    if len(lines) > DRY_RUN_CHANGES:
        return [f"{plural(len(lines), 'fact')} change"]
    return lines


def _figures_by_key(pairs) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for key, figure in pairs:
        grouped.setdefault(key, []).append(figure)
    return grouped


def _fact_key(fact) -> str:
    investor = f" · {fact.investor}" if fact.kind in ("investment", "acquisition") and fact.investor else ""
    return f"{metric_name(fact.metric or fact.kind)}: {fact.company}{investor}"


def _record_key(record) -> str:
    named = record.counterpart_role in ("investor", "acquirer") and record.counterpart
    return f"{metric_name(record.kind or record.record_type)}: {record.company}" + (
        f" · {record.counterpart}" if named else ""
    )


def _fact_figure(fact) -> str:
    return _figure(fact.amount, fact.currency, fact.bound, fact.amount_max, fact.unit, fact.basis, fact.date)


def _record_figure(record) -> str:
    return _figure(
        record.amount,
        record.currency,
        record.bound,
        record.amount_max,
        record.unit,
        record.basis,
        record.date,
    )


def _figure(amount, currency, bound, amount_max, unit, basis, date) -> str:
    """'€2.4B · pre-money · 2025-04-08': what a fact states, as its dry-run line gives it."""
    from ai_deals.store.formatting import basis_label, format_amount

    parts = [format_amount(amount, currency, bound, amount_max, unit), basis_label(basis), date or ""]
    return " · ".join(part for part in parts if part) or "no figure"


def fact_line(fact) -> str:
    """'round: Zeta AI · €20M · Series A · 2026-02-03 · investors: Vantor (lead), Osk': a fact as
    `show` would give it (amounts as `show` formats them)."""
    from ai_deals.store.formatting import (
        basis_label,
        format_amount,
        investor_label,
        metric_label,
        round_label,
        status_words,
    )

    parts = [
        format_amount(fact.amount, fact.currency, fact.bound, fact.amount_max, fact.unit),
        metric_label(fact.metric, fact.description) if fact.metric else "",
        basis_label(fact.basis),  # "pre-money": a valuation's figure means little without it
        round_label(fact.round_type) if fact.round_type else "",
        fact.date or "",
        status_words(fact.status),  # "in talks", "conditional": told, not raised (store/money_raised.py)
    ]
    other = "acquirer" if fact.kind == "acquisition" else "investor"
    if fact.investor:
        parts.append(f"{other}: {investor_label(fact.investor, fact.lead_investors)}")
    # A deal file's row names its one investor in both fields: said once.
    investors = [
        name for name in dict.fromkeys([*fact.investors, *fact.lead_investors]) if name != fact.investor
    ]
    if investors:
        parts.append(
            "investors: " + ", ".join(investor_label(name, fact.lead_investors) for name in investors)
        )
    if fact.partner:
        parts.append(f"partner: {fact.partner}")
    if fact.tranches:
        parts.append(
            "tranches: " + ", ".join(tranche_words(tranche, fact.date, fact) for tranche in fact.tranches)
        )
    return " · ".join([f"{fact.kind}: {fact.company}", *(part for part in parts if part)])


def _read_import(args: argparse.Namespace) -> tuple[list[str], ParsedArticles]:
    """An import's files and its articles parsed, before any database is
    opened; with no deal file to check, an article that cannot be read fails the import here."""
    from ai_deals.importers.errors import raise_input_errors
    from ai_deals.importers.loading import is_structured

    paths, in_folders, unreadable = _import_paths(args)
    raise_input_errors(unreadable)  # every path that cannot be imported, before any file is read
    parsed = _parse_articles([p for p in paths if not is_structured(p)], args, in_folders)
    if not any(is_structured(p) for p in paths):
        raise_input_errors(parsed.errors)
    return paths, parsed


def _cmd_import(store: Store, args: argparse.Namespace, read: tuple[list[str], ParsedArticles]) -> int:
    from rich.console import Console

    from ai_deals.importers.errors import InputError, raise_input_errors
    from ai_deals.importers.loading import is_structured

    from .structured_import import import_structured, summary_lines

    paths, parsed = read
    # Articles were parsed first (`_read_import`); then every file is written in ONE transaction: a bad
    # row, a bad file or ctrl+c anywhere leaves the database as it was. Every bad file is reported.
    errors = parsed.errors
    console = Console(stderr=True)
    deal_reports = []
    with store.transaction():
        for path in (p for p in paths if is_structured(p)):
            try:
                deal_reports.append(
                    import_structured(
                        store,
                        path,
                        skip_bad_rows=args.skip_bad_rows,
                        console=console,
                        announce=False,
                        date_order=_date_order(args),
                    )
                )
            except InputError as error:
                errors.append(error)
        raise_input_errors(errors)  # inside the transaction: it rolls back
        reports = store.import_sources(parsed.sources) if parsed.sources else []
    # Said once written: a file that was fine is not "added" when another file's error rolls all back.
    # Every file's result is on standard output (the columns and progress bars stay on standard error).
    if args.json:
        _print_json(
            {
                "imported": [deal_file_json(report) for report in deal_reports]
                + [r.model_dump() | {"kind": "article"} for r in reports]
            }
        )
        return 0
    told = [summary_lines(r) for r in deal_reports] + [
        summary_lines(report, import_line(report, undated=source.published is None), source)
        for report, source in zip(reports, parsed.sources, strict=True)
    ]
    for lines in told:
        print("\n".join(lines))
    return 0


def deal_file_json(report) -> dict:
    """A deal file's entry in `import --json`'s `imported` list: an article's keys (`title` is the
    file's name, `facts` those written) and the deal file's own counts (`rows`, `rows_written`,
    `bad_rows` skipped, `already_there`…), `kind` saying which it is."""
    import dataclasses

    fields = dataclasses.asdict(report)
    return {
        "title": Path(report.path).name,
        "path": report.path,
        "action": report.action,
        "facts": report.facts,
        "source_id": report.source_id,
        "decisions_dropped": report.decisions_dropped,
        "decisions_gone": report.decisions_gone,
        "kind": "deal_file",
        "rows": report.rows,
        "rows_written": report.rows_written,
        "bad_rows": fields.pop("errors"),
        # Models, which `asdict` leaves as they are (json cannot write them).
        "aliases_refused": [refused.model_dump() for refused in report.aliases_refused],
        "companies_joined_unlike": report.companies_joined_unlike,
    } | {key: value for key, value in fields.items() if key not in _DEAL_FILE_KEYS}


_DEAL_FILE_KEYS = frozenset(
    (
        "path",
        "action",
        "facts",
        "source_id",
        "decisions_dropped",
        "decisions_gone",
        "rows",
        "rows_written",
        "errors",
        "aliases_refused",
        "companies_joined_unlike",
        # What a dry run reads of the import (`Store.deal_file_news`), not the import's report.
        "first_new_round",
        "first_new_company",
        "news",
    )
)


def _refuse_overrides_for_deal_files(args: argparse.Namespace, deal_files: list[str]) -> None:
    """--published, --url, --publisher and --language describe an article; a deal file's rows say
    where each one comes from, so a flag that would be silently ignored is refused instead."""
    from ai_deals.importers.errors import InputError

    given = [flag for flag in ("publisher", "url", "published", "language") if getattr(args, flag)]
    if given and deal_files:
        raise InputError(
            Path(deal_files[0]).name,
            f"--{given[0]} applies to articles; a deal file gives its source per row "
            "(source_url, publisher, source_date columns)",
        )


def _refuse_deal_options_for_articles(
    args: argparse.Namespace, paths: list[str], deal_files: list[str]
) -> None:
    """--skip-bad-rows and --date-order read a deal file's rows; given for articles alone they would
    be silently ignored (as --published would be for a deal file), so they are refused instead."""
    from ai_deals.importers.errors import InputError

    given = [flag for flag in _DEAL_FILE_OPTIONS if getattr(args, flag)]
    if given and not deal_files:
        raise InputError(
            Path(paths[0]).name,
            f"--{given[0].replace('_', '-')} applies to deal files (.csv .tsv .json .ndjson); "
            f"{_DEAL_FILE_OPTIONS[given[0]]}",
        )


def _date_order(args: argparse.Namespace) -> DateOrder:
    """The order a deal file's numeric dates are read in: --date-order's, else `DEFAULT_DATE_ORDER`
    (the option stays None when not given: `_refuse_deal_options_for_articles` tells it was)."""
    return args.date_order or DEFAULT_DATE_ORDER


# What an article is instead, for each option only a deal file's rows take.
_DEAL_FILE_OPTIONS = {
    "skip_bad_rows": "an article has no rows to skip",
    "date_order": "an article's dates are read as written (02/27/2026 month first, 03/02/2026 day first)",
}


def import_line(report, *, undated: bool = False) -> str:
    """ "added: Title (3 facts)"; an unchanged source wrote nothing now, so no count is given. An article
    that states no date says so when it wrote facts (they are undated too), as the dry run's "(undated)" does."""
    from .structured_import import removed_companies_note

    if report.action == "unchanged":
        return f"unchanged: {report.title} (already imported)"
    removed = f"; {removed_companies_note(report.companies_removed)}" if report.companies_removed else ""
    no_date = f"; {UNDATED_NOTE}" if undated and report.facts else ""
    return f"{report.action}: {report.title} ({plural(report.facts, 'fact')}{removed}{no_date})"


# What an import says of an article with no date in its header, meta tags or byline.
UNDATED_NOTE = "undated: the article states no date; --published YYYY-MM-DD gives one"


def _parse_articles(names: list[str], args: argparse.Namespace, in_folders: set[str]):
    """The articles among an import's files, parsed (`ParsedArticles`), the skipped ones noted."""
    from .importing import ParsedArticles, parse_articles

    if not names:
        return ParsedArticles()
    parsed = parse_articles(
        names, _overrides(args), stdin=sys.stdin, in_folders=in_folders, progress_for=_article_progress
    )
    _note_skipped(parsed.skipped)
    return parsed


@contextmanager
def _article_progress(document) -> Iterator[Callable[[float], None] | None]:
    """A progress bar on standard error while a big article is read (only on a terminal): the share
    of the text done and the time left. It is gone once the article is read, or on ctrl+c."""
    if len(document.text) < BIG_ARTICLE or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    from ai_deals import render

    bar = Progress(
        TextColumn("{task.description}", markup=False),  # a file name is data, never markup
        BarColumn(),
        TaskProgressColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    with bar:
        name = Path(document.path).name if document.path else "<stdin>"
        task = bar.add_task(render.visible(f"reading {name}"), total=1.0)
        yield lambda share: bar.update(task, completed=share)


def _note_skipped(skipped: list) -> None:
    from ai_deals import render

    for note in skipped:
        print(f"ai-deals: {render.visible(str(note))}", file=sys.stderr)


def _import_paths(args: argparse.Namespace) -> tuple[list[str], set[str], list[InputError]]:
    """The files an import names, those of them found in folders, and each path that cannot be
    imported (missing, a FIFO, a folder with nothing to import); refusing what cannot be meant."""
    from ai_deals.importers.errors import InputError
    from ai_deals.importers.loading import NOTHING_TO_IMPORT, expand_each, is_structured

    found = expand_each(args.paths)
    _note_skipped(found.skipped)
    paths = [name for name, _ in found.files]
    if not paths and not found.errors:
        raise InputError(args.paths[0], NOTHING_TO_IMPORT)
    deal_files = [path for path in paths if is_structured(path)]
    _refuse_overrides_for_deal_files(args, deal_files)
    _refuse_deal_options_for_articles(args, paths, deal_files)
    if args.url and len(paths) > 1:
        raise InputError("--url", f"names one document, but {len(paths)} were given")
    return paths, {name for name, in_folder in found.files if in_folder}, found.errors


def _cmd_search(store: Store, args: argparse.Namespace) -> int:
    from ai_deals import render

    if not args.query.strip():  # it ranked every company at score 0: 20 rows that match nothing
        return _fail("nothing to search for: give a name (or part of one)")
    hits = store.search_list(args.query, args.limit)
    if args.json:
        _print_json({"results": [hit.model_dump() for hit in hits]})
    elif hits:
        render.print_hits(render.stdout_console(), hits)
    if not hits:  # exit 1 as before; a person is told why rather than shown an empty table
        print(f"no company or investor matches {render.visible(quoted(args.query))}", file=sys.stderr)
    return 0 if hits else 1


# How many of search's hits a refused name lists.
CANDIDATES_LISTED = 3


def _company_or_fail(store: Store, name: str, *, exact: bool = False, say_alias: bool = False):
    """The one company `name` means, for every command that takes a name: the company or investor
    so named (or aliased), else, unless `exact` (merge), the search hit that stands for it or is
    clearly the one meant (`Store.find_company`: "Cognac" for Cognaé, "Kima" for Kima Ventures when
    no other name starts with "Kima"), said on standard error (`ai-deals: "Cognac" → Cognaé`) so
    standard output stays data. Otherwise a one-line error: naming the close one for merge, else
    search's first hits when there are several to choose from, else what removed the company so
    named (a corrected import of its source no longer names it). `say_alias`: a company found by
    another of its names ("a16z" of Andreessen Horowitz) is said on standard error too, as a close one
    is (`export`'s filters: its output names the company the records are exported for nowhere)."""
    from ai_deals import render
    from ai_deals.store import StoreError
    from ai_deals.store.names import normalize_name

    company = store.find_company(name, exact=True) if name.strip() else None
    if company is not None:
        if say_alias and normalize_name(name) != normalize_name(company.name):
            print(render.visible(f'ai-deals: "{name}" → {company.name}'), file=sys.stderr)
        return company
    close = store.find_company(name) if name.strip() else None
    if close is not None and not exact:
        print(render.visible(f'ai-deals: "{name}" → {close.name}'), file=sys.stderr)
        return close
    if close is not None:
        hint = f" (did you mean {close.name!r}? merge takes exact names)"
    else:
        hits = store.search(name, CANDIDATES_LISTED) if name.strip() else []
        names = ", ".join(repr(hit.name) for hit in hits)
        hint = f" (several could be meant: {names})" if hits else ""
        gone = None if hits else store.removed_company(name)
        if gone is not None:  # a corrected import took its last record: say so, not "no match"
            raise StoreError(f"{store.path}: {gone}")
    raise StoreError(f"{store.path}: no company or investor matches {quoted(name)}{hint}")


def _listed_company_or_fail(store: Store, name: str, *, say_alias: bool = False):
    """The company `name` means (`_company_or_fail`, `say_alias` passed on), or, for one investor named
    two ways, the one its raises list it as (`Store.listed_as`: "Quill Capital Partners" for a source's
    "Quill Capital"), said on standard error: `show` and `timeline --company` open the one page and
    timeline, `export --company` and `--investor` export its records."""
    from ai_deals import render

    company = _company_or_fail(store, name, say_alias=say_alias)
    listed = store.listed_as(company.id)
    if listed is None:
        return company
    print(render.visible(f'ai-deals: "{company.name}" is listed as {listed.name}'), file=sys.stderr)
    return listed


def _cmd_show(store: Store, args: argparse.Namespace) -> int:
    from ai_deals import render

    company = _listed_company_or_fail(store, args.name)
    page = store.company(company.id)
    if args.json:
        _print_json(page.model_dump())
    else:
        render.print_company(render.stdout_console(), page, store.edited_fields(page))
    return 0


def _cmd_coinvestors(store: Store, args: argparse.Namespace) -> int:
    from ai_deals import render

    date_from, date_to = _date_range(args)
    company = _listed_company_or_fail(store, args.name)  # one investor named two ways: the one listed
    found = store.co_investors(company.id, date_from, date_to)[: args.limit]
    if args.json:
        _print_json({"investor": company.name, "co_investors": [c.model_dump() for c in found]})
    elif found:
        render.print_co_investors(render.stdout_console(), company.name, found)
    else:
        print(render.visible(_no_co_investors(store, company, date_from or date_to)), file=sys.stderr)
    return 0


def _no_co_investors(store: Store, company: Company, dated: str | None) -> str:
    """Why `coinvestors` lists nobody: the company never invested, or invested beside nobody (in the
    period asked, when one was)."""
    if not store.has_invested(company.id):
        return f"{company.name} has joined no round as an investor"
    return f"{company.name} shares no round with another investor" + (" in that period" if dated else "")


def tranche_words(tranche, day: str | None, fact=None) -> str:
    """'$15B now', '€35M in 2026-06', '$300M conditional': a tranche's amount, when and whether on a
    condition; one computed from the `fact`'s total says so ('€35M (computed: rest of €50M) in 2026-06').
    A first tranche paid on the deal's `day` is paid "now"."""
    from ai_deals.store.formatting import computed_note, format_amount

    amount = format_amount(tranche.amount, tranche.currency, tranche.bound) if tranche.amount else "the rest"
    amount += computed_note(tranche, fact.amount if fact else None, fact.currency if fact else None)
    if tranche.date is None:
        when = ""
    elif tranche.date == day:
        when = "" if tranche.condition else "now"
    else:
        when = f"in {tranche.date}"
    return " ".join(part for part in (amount, when, "conditional" if tranche.condition else "") if part)


def _cmd_timeline(store: Store, args: argparse.Namespace) -> int:
    from ai_deals import render

    record_filter = _record_filter(store, args)
    company_id = _listed_company_or_fail(store, args.company).id if args.company else None
    if company_id is None:  # the whole timeline: a window at a time (1.2M events took GBs at once)

        def windows() -> Iterator[list[TimelineEvent]]:
            return _first_events(_timeline_windows(store, record_filter), args.limit)

        if args.limit and not record_filter and args.limit <= min(render.BIG_TABLE, TIMELINE_WINDOW):
            # The first few, read at once as a window is: no outline, and only their companies' folds,
            # not the whole history's.
            events = store.first_timeline_events(args.limit)
            if args.json:
                _print_json_events([events])
            else:
                render.print_timeline(render.StdoutConsole(), events)
            return 0
        if args.json:
            _print_json_events(windows())
            return 0
        outline = store.timeline_outline(record_filter)
        if not outline.total and record_filter:
            print(render.visible(f"no events ({filter_words(args)})"))
            return 0
        if min(outline.total, args.limit or outline.total) > render.BIG_TABLE:
            # The terminal's width (80 columns to a file): at `render.FILE_WIDTH` every title of a
            # million would be measured before the first line. Its long words fold, never cut.
            render.print_timeline_windows(render.StdoutConsole(), outline, windows)
            return 0
        # A few events: read at once (a filter's or --limit's through the windows, which keep them).
        events = store.timeline() if not (record_filter or args.limit) else [e for w in windows() for e in w]
    else:
        events = store.timeline(company_id, record_filter)[: args.limit]
    if args.json:
        _print_json({"events": [event.model_dump() for event in events]})
    elif not events and (record_filter or company_id is not None):
        # An empty table reads as a broken command: say what was asked found nothing.
        print(render.visible(f"no events ({filter_words(args)})"))
    else:
        render.print_timeline(render.StdoutConsole(), events)
    return 0


def _date_range(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """--from and --to as partial ISO dates (None when not given); a bad one is a one-line error naming
    its option, and so is a range that ends before it starts."""
    from ai_deals.store import StoreError
    from ai_deals.store.record_filter import FilterError, check_range, parse_date

    try:
        date_from = parse_date(args.date_from, "--from") if args.date_from is not None else None
        date_to = parse_date(args.date_to, "--to") if args.date_to is not None else None
        check_range(date_from, date_to)
    except FilterError as error:
        raise StoreError(str(error)) from None
    return date_from, date_to


def _record_filter(store: Store, args: argparse.Namespace) -> RecordFilter:
    """The `RecordFilter` of `timeline`'s or `export`'s --from, --to, --kind and --investor (an
    empty one keeps everything); a bad value, or a blank --company, is a one-line error naming its
    option."""
    from ai_deals.store import StoreError
    from ai_deals.store.record_filter import FilterError, RecordFilter, parse_kinds

    company = getattr(args, "company", None)
    if company is not None and not company.strip():  # '' would be taken for no --company: everything
        raise StoreError("--company: no name given")
    date_from, date_to = _date_range(args)
    try:
        kinds = parse_kinds(args.kind) if args.kind is not None else frozenset()
    except FilterError as error:
        raise StoreError(str(error)) from None
    investor_id = None
    if args.investor is not None:
        if not args.investor.strip():
            raise StoreError("--investor: no name given")
        # As `show` opens it: another spelling's or an alias's records alone would be a part of its own.
        investor_id = _listed_company_or_fail(store, args.investor, say_alias=True).id
    return RecordFilter(date_from=date_from, date_to=date_to, kinds=kinds, investor_id=investor_id)


def filter_words(args: argparse.Namespace) -> str:
    """'--investor General Catalyst, --kind investment': the options `timeline` or `export` was given
    to keep records by, as typed, to name them when they keep nothing."""
    given = [
        ("--company", getattr(args, "company", None)),
        ("--from", args.date_from),
        ("--to", args.date_to),
        ("--kind", ",".join(args.kind) if args.kind else None),
        ("--investor", args.investor),
    ]
    return ", ".join(f"{option} {value}" for option, value in given if value is not None) or "no filter"


def _first_events(windows: Iterable[list[TimelineEvent]], limit: int | None) -> Iterator[list[TimelineEvent]]:
    """`windows` up to their first `limit` events (all of them with None): no window read past them."""
    left = limit
    for window in windows:
        if left is None:
            yield window
            continue
        yield window[:left]
        left -= len(window[:left])
        if left <= 0:
            return


def _is_standard_output(out: str) -> bool:
    """Whether `--out` names standard output: `-` (as `import -` is stdin), or a path that is the file
    standard output is (/dev/stdout, /dev/fd/1, the file it is redirected to): opened again as a file,
    its export would be overwritten by the summary line written after it."""
    if out in ("-", "/dev/stdout"):
        return True
    try:
        named, stdout = os.stat(out), os.fstat(1)
    except OSError:  # no such file yet, or no standard output: a file to write
        return False
    return (named.st_dev, named.st_ino) == (stdout.st_dev, stdout.st_ino)


def _cmd_export(store: Store, args: argparse.Namespace) -> int:
    import json

    from ai_deals import render
    from ai_deals.store import StoreError
    from ai_deals.store.export import export_chunks, file_chunks, write_text
    from ai_deals.store.files import is_named_pipe

    to_stdout = args.out is None or _is_standard_output(str(args.out))
    fmt = (args.format or "csv") if to_stdout else _export_format(args.out, args.format)
    record_filter = _record_filter(store, args)
    company_id, refs = None, None
    if args.company:
        # What the explorer's page shows: its records as investee, investor, acquirer and partner.
        page = store.company(_listed_company_or_fail(store, args.company, say_alias=True).id)
        company_id, refs = page.company.id, page.refs
        if not refs:
            print(f"ai-deals: {render.visible(page.company.name)} has no records to export", file=sys.stderr)
    one_per_deal = args.one_per_deal
    if one_per_deal and fmt == "ftm":
        raise StoreError("--one-per-deal: not for FollowTheMoney (each deal is one entity there already)")
    # A whole database's CSV or JSON export carries its companies' details too (company rows), so
    # that it imports into another database as the same companies (see README, Exporting); one row
    # per deal is for sums, not for importing back: its rows are the deals alone.
    with_companies = fmt in ("csv", "json") and not one_per_deal
    if fmt == "ftm":
        records = store.ftm_entities(company_id, record_filter)
    elif record_filter:  # filtered by the store's queries, streamed as the whole export is
        records = store.iter_filtered_export_records(
            record_filter, refs, companies=with_companies, one_per_deal=one_per_deal
        )
    else:
        records = store.iter_export_records(refs, companies=with_companies, one_per_deal=one_per_deal)
    if record_filter:
        records = _unless_empty(records)
        if records is None:  # no file of headers alone: that would read as an export that worked
            print(render.visible(f"nothing to export ({filter_words(args)})"), file=sys.stderr)
            return 0
    counted = _Counted(records)
    if fmt == "ftm":
        chunks = (json.dumps(e, ensure_ascii=False, allow_nan=False) + "\n" for e in counted)
    else:  # streamed from the database to the file: a million records never sit in memory at once
        chunks = export_chunks(counted, fmt, one_per_deal=one_per_deal)
    if to_stdout:
        # Exported text is the data as imported; a terminal gets its control characters as placeholders.
        on_terminal = sys.stdout.isatty()
        for chunk in chunks:
            sys.stdout.write(render.visible(chunk.replace("\r\n", "\n")) if on_terminal else chunk)
        return 0
    if is_named_pipe(Path(args.out)):  # the open below blocks until a reader opens the pipe: say why it waits
        print(f"{args.out}: writing to a named pipe: waiting for a reader", file=sys.stderr, flush=True)
    try:
        write_text(file_chunks(chunks, fmt), args.out, overwrite=args.force)
    except FileExistsError:
        raise StoreError(f"{args.out}: already exists; pass --force to overwrite it") from None
    except OSError as error:
        raise StoreError(f"{args.out}: cannot write the export ({error.strerror})") from error
    # The file as the user named it, overwritten or not (write_text resolves an overwritten one's path).
    print(f"{export_line(fmt, counted.count, counted.companies)} to {args.out}")
    return 0


def export_line(fmt: str, count: int, companies: int) -> str:
    """'exported 3 records and 2 company rows'; a FollowTheMoney export counts its entities, the
    records among them in brackets ('exported 5 entities (1 record)'), so the two are not confused."""
    records = plural(count - companies, "record")
    if fmt == "ftm":
        entities = f"{count:,} entit{'y' if count == 1 else 'ies'}"
        return f"exported {entities} ({records})"
    return f"exported {records}" + (f" and {plural(companies, 'company row')}" if companies else "")


def _export_format(out: Path, given: str | None) -> str:
    """The format of an export written to `out`: what its name ends in (`.md`), or `given` (--format).
    A folder, a name that says nothing without --format, or one --format contradicts is refused in one
    line (FollowTheMoney being JSON lines, `--format ftm` may write a `.json` file). A device or FIFO
    (/dev/null, a named pipe), written through, is named by no one for its ending: CSV, as standard
    output is, unless --format says otherwise."""
    from ai_deals.store import StoreError
    from ai_deals.store.files import written_through

    if out.is_dir():
        raise StoreError(f"{out} is a folder; give a file name")
    name = out.name.lower()
    said = next((fmt for ending, fmt in EXPORT_EXTENSIONS if name.endswith(ending)), None)
    if given is None and said is None and written_through(out):
        return "csv"
    if given is None and said is None:
        endings = " ".join(ending for ending, _ in EXPORT_EXTENSIONS)
        raise StoreError(
            f"{out}: cannot tell the format from the name (end it in {endings}, or pass --format)"
        )
    if given is not None and said is not None and given != said and (given, said) != ("ftm", "json"):
        raise StoreError(
            f"{out}: the name says {said} but --format says {given}; rename the file or drop --format"
        )
    return given or said


def _unless_empty(items: Iterable) -> Iterator | None:
    """`items` still whole, or None when there are none (the first is read to know)."""
    read = iter(items)
    first = next(read, _NOTHING)
    return None if first is _NOTHING else itertools.chain([first], read)


_NOTHING = object()


class _Counted:
    """Items passed through one by one, counted: how many records a streamed export wrote."""

    def __init__(self, items: Iterable) -> None:
        self.items = items
        self.count = 0
        self.companies = 0  # of which company rows (an export's details of its companies)

    def __iter__(self) -> Iterator:
        for item in self.items:
            self.count += 1
            if getattr(item, "record_type", None) == "company" or (
                isinstance(item, dict) and item.get("schema") in ("Company", "Person")
            ):
                self.companies += 1
            yield item


def _cmd_merge(store: Store, args: argparse.Namespace) -> int:
    from ai_deals import render
    from ai_deals.store import StoreError
    from ai_deals.store.names import normalize_name

    keep = _company_or_fail(store, args.keep, exact=True)
    duplicate = _company_or_fail(store, args.duplicate, exact=True)
    if keep.id == duplicate.id:  # one company already: one of the two names is its alias
        own = normalize_name(keep.name)
        alias = next((name for name in (args.duplicate, args.keep) if normalize_name(name) != own), None)
        if alias is None:
            raise StoreError(f"{store.path}: cannot merge a company with itself ({keep.name!r} twice)")
        print(render.visible(f"{alias!r} is already an alias of {keep.name}: nothing to merge"))
        return 0
    split = store.standing_split(keep.id, duplicate.id)
    if split is not None:  # the undo a split printed: undone as the explorer's `u` undoes it
        store.undo_split(split)
        print(render.visible(f"merged {duplicate.name} back into {keep.name}: the split is undone"))
        return 0
    warnings = store.merge_warnings(keep.id, duplicate.id)  # read before: the merge makes them one
    merge_id = store.merge_companies(keep.id, duplicate.id)
    for warning in warnings:  # said once merged (a read-only database refuses the merge, unwarned)
        print(f"warning: {render.visible(warning)}", file=sys.stderr)
    print(
        f"merged {render.visible(duplicate.name)} into {render.visible(keep.name)} (undo: ai-deals unmerge {merge_id})"
    )
    return 0


def _cmd_split(store: Store, args: argparse.Namespace) -> int:
    from ai_deals import render
    from ai_deals.store import StoreError
    from ai_deals.store.models import shell_word

    company = _company_or_fail(store, args.company, exact=True)
    sources = cited = None
    if args.source:
        sources, cited = [], []
        for given in args.source:
            found = store.source_ids(given)
            if found:
                sources += found
            elif store.cites(given):  # a URL or title a deal file row cites (the Sources list shows them)
                cited.append(given)
            else:
                raise StoreError(
                    f"{store.path}: no source {quoted(given)} (`ai-deals sources` lists them with their ids)"
                )
    try:
        split = store.split_company(company.id, args.other, sources, cited)
    except StoreError as error:  # named once: a read-only database's error names it already
        named = str(error).startswith(f"{store.path}: ")
        raise StoreError(str(error) if named else f"{store.path}: {error}") from None
    records = f"{split.records} record{'s' if split.records != 1 else ''}"
    of = f"{split.sources} source{'s' if split.sources != 1 else ''}"
    undo = f"ai-deals merge {shell_word(split.company)} {shell_word(split.other)}"
    print(render.visible(f"split {split.other} from {split.company}: {records} of {of} moved (undo: {undo})"))
    return 0


def _cmd_unmerge(store: Store, args: argparse.Namespace) -> int:
    from ai_deals import render
    from ai_deals.store.formatting import unmerge_notes
    from ai_deals.store.models import shell_word

    if args.merge_id is None:
        return _list_merges(store)
    undone = store.undo_merge(args.merge_id)
    company, kept = store.get_company(undone.company_id), undone.kept
    print(f"restored {render.visible(company.name)}")
    split = (
        f"ai-deals split {shell_word(kept)} {shell_word(company.name)} --source ID moves a source's records"
    )
    for note in unmerge_notes(undone, company.name, split):
        print(render.visible(note))
    return 0


def _list_merges(store: Store) -> int:
    """Each merge's number, what was folded into what, and when (undone ones, and those a split
    separated again, say so)."""
    from ai_deals import render

    merges = store.merges()
    if not merges:
        print("no merges")
    for merge in merges:
        undone = f"  (undone {merge.undone_at[:16]})" if merge.undone_at else ""
        if merge.split_at and not merge.undone_at:  # reversed by a split: no undo left to make
            undone = f"  (separated by a split {merge.split_at[:16]})"
        line = f"{merge.id}  {merge.merged_name} → {merge.kept}  {merge.merged_at[:16]}{undone}"
        print(render.visible(line))
    return 0


def _cmd_serve(store: Store, args: argparse.Namespace) -> int:
    import shlex

    from ai_deals.store import StoreError

    try:
        from textual_serve.server import Server
    except ImportError:
        raise StoreError(
            "ai-deals serve needs textual-serve: pip install textual-serve (from a clone: pip install -e '.[serve]')"
        ) from None
    command = shlex.join([sys.executable, "-m", "ai_deals", "--db", str(store.path)])
    store.close()  # the served app opens its own connection per browser session
    _check_can_serve(args.host, args.port)
    print(f"serving ai-deals on http://{args.host}:{args.port} (ctrl+c stops)", flush=True)
    try:
        Server(command, host=args.host, port=args.port, title="ai-deals").serve()
    except OSError as error:  # the port was taken between the check and the server's bind
        raise StoreError(f"cannot serve on {args.host}:{args.port}: {_os_reason(error)}") from None
    return 0


def _check_can_serve(host: str, port: int) -> None:
    """Bind (and release) every address `host` resolves to, as the server will: a one-line error now
    rather than aiohttp's traceback later (an unknown host, a port in use, an address not ours)."""
    import socket

    from ai_deals.store import StoreError

    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as error:
        raise StoreError(f"cannot serve on {host}:{port}: unknown host ({_os_reason(error)})") from None
    for family, kind, proto, _, address in addresses:
        with socket.socket(family, kind, proto) as sock:
            if os.name != "nt":  # as asyncio's create_server, so a port in TIME_WAIT is not refused
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6 and hasattr(socket, "IPV6_V6ONLY"):
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            try:
                sock.bind(address)
            except OSError as error:
                raise StoreError(f"cannot serve on {host}:{port}: {_os_reason(error)}") from None


def _os_reason(error: Exception) -> str:
    """ "address already in use" from an OSError's text."""
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return reason[:1].lower() + reason[1:]


def _cmd_sources(store: Store, args: argparse.Namespace) -> int:
    from ai_deals import render

    sources = store.sources()
    if args.json:
        _print_json({"sources": [source.model_dump() for source in sources]})
    else:
        render.print_sources(render.stdout_console(), sources)
    return 0


def _cmd_remove(store: Store, args: argparse.Namespace) -> int:
    """Remove one source after a confirmation (`--yes` skips it); `--dry-run` says what would go."""
    from ai_deals import render

    source_id = _one_source(store, args.source)
    if store.readonly and not args.dry_run:  # said before the question, not after a yes
        from ai_deals.store import StoreError

        raise StoreError(f"{store.path}: the database is read-only; nothing was removed")
    if args.dry_run or not args.yes:  # what would go, found by removing it in a transaction undone
        what = render.visible(removal_line(store.remove_source(source_id, dry_run=True)))
        if args.dry_run:
            print(f"would remove {what}")
            return 0
        if not _confirmed(f"remove {what}? [y/N] "):
            print("nothing removed")
            return 1
    print(f"removed {render.visible(removal_line(store.remove_source(source_id)))}")
    return 0


def _one_source(store: Store, given: str) -> int:
    """The id of the one source `given` names (an id, URL, path as imported, or title); a one-line
    error when none or several do."""
    from ai_deals.store import StoreError

    found = (
        store.source_ids(given)
        or store.source_ids(os.path.normpath(given))
        or _sources_read_from(store, given)
    )
    if not found:
        raise StoreError(
            f"{store.path}: no source {quoted(given)} (`ai-deals sources` lists them with their ids)"
        )
    if len(found) > 1:
        ids = ", ".join(str(source_id) for source_id in found)
        raise StoreError(f"{store.path}: {quoted(given)} names {len(found)} sources ({ids}): give one id")
    return found[0]


def _sources_read_from(store: Store, given: str) -> list[int]:
    """The sources imported from the file `given` names, when it exists: the path kept is the one
    typed at the import (`x/zeta.txt`), relative to where it ran, so the file is also found by its
    absolute path and by its content (`Store.source_ids_read_from`)."""
    from ai_deals.importers.loading import is_structured

    from .importing import Overrides, parse_articles

    path = Path(given)
    if not path.is_file():
        return []
    article = None
    if not is_structured(given):  # read as its import read it: its content's hash is of what it says
        parsed = parse_articles([given], Overrides())
        article = parsed.sources[0] if parsed.sources else None
    return store.source_ids_read_from(path, article)


def removal_line(removal) -> str:
    """'“Title” (source 3): 1 round, 3 metrics; 1 company no other source names'"""
    records = ", ".join(plural(count, kind) for kind, count in removal.records.items()) or "no records"
    count = removal.companies
    companies = f"; {count:,} compan{'y' if count == 1 else 'ies'} no other source names" if count else ""
    return f"“{removal.title}” (source {removal.source_id}): {records}{companies}"


def _confirmed(question: str) -> bool:
    """Whether the user answers yes (an end of input is a no)."""
    try:
        answer = input(question)
    except EOFError:
        print()
        return False
    return answer.strip().lower() in {"y", "yes"}


def _cmd_info(store: Store, args: argparse.Namespace) -> int:
    from ai_deals import render

    overview = store.overview()
    if args.json:
        _print_json(overview.model_dump())
    else:
        render.print_overview(render.stdout_console(), overview)
    return 0


TIMELINE_WINDOW = 2_000
"""Events of the whole timeline `timeline` reads at a time."""


def _timeline_windows(
    store: Store, record_filter: RecordFilter | None = None
) -> Iterator[list[TimelineEvent]]:
    """The whole timeline, in order, `TIMELINE_WINDOW` events at a time, as the explorer's whole
    timeline and the outline's counts list them: a figure several sources state alike is one event
    ("· 2 sources"), as on a company's timeline (store/timeline_folds.py). With `record_filter`, the
    events it keeps (filtered by the store's queries: a window is still `TIMELINE_WINDOW` events)."""
    after = None
    while window := store.timeline_window(after, limit=TIMELINE_WINDOW, record_filter=record_filter):
        after = window[-1].order
        yield window


def _print_json_events(windows: Iterable[list[TimelineEvent]]) -> None:
    """`{"events": [...]}` as `_print_json` writes it, each event written as it comes."""
    import json

    out = sys.stdout
    opening = '{\n  "events": [\n'
    for window in windows:
        for event in window:
            text = json.dumps(event.model_dump(), ensure_ascii=False, indent=2, allow_nan=False)
            out.write(opening + "\n".join("    " + line for line in text.split("\n")))
            opening = ",\n"
    out.write('{\n  "events": []\n}\n' if opening.startswith("{") else "\n  ]\n}\n")


def _print_json(data: object) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False))


COMMANDS = {
    "search": _cmd_search,
    "show": _cmd_show,
    "timeline": _cmd_timeline,
    "coinvestors": _cmd_coinvestors,
    "export": _cmd_export,
    "merge": _cmd_merge,
    "split": _cmd_split,
    "unmerge": _cmd_unmerge,
    "serve": _cmd_serve,
    "sources": _cmd_sources,
    "remove": _cmd_remove,
    "info": _cmd_info,
}


if __name__ == "__main__":
    sys.exit(main())
