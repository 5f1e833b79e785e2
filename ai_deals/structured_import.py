"""`ai-deals import deals.csv|.tsv|.json|.ndjson`: a deal file into the database, with a progress bar.

Says which column was understood as what, shows rate and time left, and writes the file in one
transaction: ctrl+c, an error or (by default) a single bad row leaves the database as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import NamedTuple, TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ai_deals import render
from ai_deals.importers import exported, structured
from ai_deals.importers.controls import escaped_surrogates
from ai_deals.importers.errors import ChangedWhileRead, InputError, one_line_path
from ai_deals.importers.fact_records import as_model
from ai_deals.importers.file_kind import CHANGED_WHILE_READ, changed_since, file_state
from ai_deals.importers.reading import DateOrder
from ai_deals.paths import seed_files
from ai_deals.store import Store
from ai_deals.store.bulk import BulkReport, DealFile, file_hash, normalized, superseded, valuation_figures
from ai_deals.store.formatting import format_amount, plural
from ai_deals.store.models import refused_alias_lines
from ai_deals.store.names import squeezed
from ai_deals.store.told_before import DealFileNews, TrialRun

T = TypeVar("T")
# Redrawing the bar for every row would cost more than reading it.
PROGRESS_EVERY = 2_000


def import_structured(
    store: Store,
    path: str | Path,
    *,
    skip_bad_rows: bool,
    console: Console,
    announce: bool = True,
    date_order: DateOrder = "dmy",
) -> BulkReport:
    """Import one deal file; raises InputError (nothing written) when it has bad rows and they are not skipped.

    With `announce`, its summary (`added: deals.csv (…)`) is printed; an import of several files in one
    transaction passes False and prints each summary (`summary`) once the transaction is committed.
    `date_order` says how numeric dates with the year last read ("dmy": 03/02/2025 is 3 February).
    """
    path = Path(path)
    report, skipped, _ = write_structured(
        store, path, skip_bad_rows=skip_bad_rows, console=console, date_order=date_order
    )
    for note in skipped_notes(path, skipped):
        console.print(Text(render.visible(note)), highlight=False, soft_wrap=True)
    for error in report.errors:
        console.print(Text(render.visible(error)), highlight=False, soft_wrap=True)
    if report.action == "empty":
        raise InputError(str(path), "no rows; nothing was written")
    if report.action == "refused":
        bad = plural(len(report.errors), "bad row")
        if skip_bad_rows or len(report.errors) >= report.rows:  # no good row to write (as the dry run says)
            raise InputError(str(path), f"every row is bad: {bad}; nothing was written")
        raise InputError(str(path), f"{bad}; nothing was written (--skip-bad-rows writes the good ones)")
    if announce:
        print_summary(console, report)
    return report


class Written(NamedTuple):
    """What writing a deal file did (`write_structured`)."""

    report: BulkReport
    skipped: list[structured.SkippedRow]
    """The rows skipped (an export's statements)."""
    columns: list[str]
    """Every column its rows were read with, in the order met: the header, then each key a JSON or
    NDJSON row adds (what `structured.read_columns` would read the file again for)."""


def write_structured(
    store: Store,
    path: Path,
    *,
    skip_bad_rows: bool,
    console: Console,
    date_order: DateOrder = "dmy",
    observe: Callable[[object], None] | None = None,
) -> Written:
    """Write one deal file (the column mapping and the progress bar on `console`) and return what the
    store did with it, the rows skipped and the columns met; nothing is said of the result: the
    import says it (`import_structured`), a dry run says what it would be (`trial_import`).
    `observe` is handed each row read (a dry run lists its first facts: `FactsListed`).
    Raises InputError when its dates are written in the other order."""
    structured.check_header(path)  # a refused header is one line: no column mapping, no bar before it
    before = file_state(path)  # compared once its last row is read, before anything is committed
    header = structured.read_header(path)
    if exported.is_export(header):  # its ~38 columns are ai-deals' own: one line says how it is read
        console.print(Text(render.visible(f"{path.name}: read as an ai-deals export")), highlight=False)
        columns_met = ColumnsMet(header)
    else:
        print_columns(console, structured.describe_columns(header))
        columns_met = ColumnsMet(header, console)
    total = structured.count_data_lines(path)
    deal_file = DealFile(path=path, header=", ".join(header), content_hash=file_hash(path), rows_hint=total)
    deal_file.joins_rounds = not exported.is_export(header)
    deal_file.skips_known = exported.is_export(header)  # its records already here are not doubled
    # Moved, then corrected: without this, every row the two versions share would be in twice.
    deal_file.replaces = superseded(store.earlier_versions(deal_file), structured.iter_row_texts(path))
    # The same bytes imported before: nothing to do, so no bar (it drew "0/0 0% -:--:--").
    unchanged = store.deal_file_action(deal_file) == "unchanged"
    with _progress(console, shown=not unchanged) as progress:
        task = progress.add_task(render.visible(path.name), total=total or None, rate="")
        skipped: list[structured.SkippedRow] = []
        later = DatedLater(path, published_dates=store.published_dates)
        unstated = UnstatedInvestors()
        tiny = TinyAmounts(path)
        # named tuples: see importers/fact_records.py
        rows = structured.iter_deal_facts(path, records=True, date_order=date_order, columns_met=columns_met)
        if observe is not None:
            rows = _observed(rows, observe)
        rows = _unchanged_while_read(rows, path, before)
        items = _advancing(_without_skipped(rows, skipped, later, unstated, tiny), progress, task)
        try:
            report = store.import_deal_file(
                deal_file,
                items,
                skip_bad_rows=skip_bad_rows,
                is_error=lambda item: isinstance(item, structured.RowError),
            )
        except structured.WrongDateOrder as error:  # the whole file, bad rows skipped or not
            raise InputError(error.path, f"{error.problem}; nothing was written") from None
        progress.update(task, completed=report.rows, total=report.rows)
    report.dated_later, report.dated_later_first = later.count, later.first
    report.investors_unstated, report.investors_unstated_as = unstated.count, unstated.spellings
    report.tiny_amounts, report.tiny_amounts_first = tiny.count, tiny.first
    return Written(report, skipped, list(columns_met.columns))


def _unchanged_while_read(rows: Iterable[T], path: Path, before: tuple[int, int, int, int]) -> Iterator[T]:
    """`rows`, then InputError if the file is not as it was before it was read: a file written to or
    truncated meanwhile (a download still arriving) gave rows cut short or from two versions, and the
    transaction they are written in is rolled back. Its state is compared, not its bytes read again."""
    yield from rows
    if changed_since(path, before):
        raise ChangedWhileRead(str(path), CHANGED_WHILE_READ)


def dropped_decisions_line(count: int, gone: int = 0) -> str:
    """What a re-import says when a corrected source changed (or no longer states) facts a person had
    reviewed: a changed fact is there to review again, a fact gone leaves nothing to review."""
    changed = count - gone
    if count == 1:
        why = (
            "its fact is no longer in the new version (decision dropped)"
            if gone
            else "its fact changed (review it again with r)"
        )
        return f"1 review decision could not be carried over: {why}"
    if not gone:
        why = "the facts changed (review them again with r)"
    elif not changed:
        why = "their facts are no longer in the new version (decisions dropped)"
    else:
        why = (
            f"{changed:,} {'fact' if changed == 1 else 'facts'} changed "
            f"(review {'it' if changed == 1 else 'them'} again with r); "
            f"{gone:,} {'fact is' if gone == 1 else 'facts are'} no longer in the new version "
            f"({'decision' if gone == 1 else 'decisions'} dropped)"
        )
    return f"{count:,} review decisions could not be carried over: {why}"


def print_summary(console: Console, report: BulkReport) -> None:
    for line in summary_lines(report):
        console.print(Text(line), highlight=False, soft_wrap=True)


def summary_lines(report, headline: str | None = None, source=None) -> list[str]:
    """What an import says of one file's report (a deal file's, or an article's with its `headline` and
    parsed `source`): its summary line, then, indented, review decisions dropped, aliases refused and
    rows (an article's figures) dated later; made visible (`render.visible`), since names in them come
    from the file."""
    lines = [summary(report) if headline is None else headline]
    if source is not None and report.action in ("added", "replaced") and (later := dated_later_facts(source)):
        lines.append(f"  {article_dated_later_note(later)}")
    if report.decisions_dropped:
        lines.append(f"  {dropped_decisions_line(report.decisions_dropped, report.decisions_gone)}")
    lines += [f"  {line}" for line in refused_alias_lines(report.aliases_refused)]
    lines += [f"  {line}" for line in report.companies_joined_unlike]
    if isinstance(report, BulkReport) and (later := dated_later_line(report)):
        lines.append(f"  {later}")
    if isinstance(report, BulkReport) and (unstated := unstated_investors_line(report)):
        lines.append(f"  {unstated}")
    if isinstance(report, BulkReport) and report.tiny_amounts and report.action in ("added", "replaced"):
        lines.append(f"  {tiny_amounts_note(report.tiny_amounts, report.tiny_amounts_first)}")
    if isinstance(report, BulkReport):
        lines += [f"  {line}" for line in read_as_lines(report.investors_read_as)]
    return [render.visible(line) for line in lines]


# How many rows dated later `dated_later_line` names; the rest are counted.
DATED_LATER_SHOWN = 3


class DatedLater:
    """Notes the rows of a deal file dated after today or after the article they cite (its
    source_date, else the stored date of the article at its source_url: `published_dates`):
    announced closings, kept, but said. One string comparison per row: ISO dates compare as strings,
    and a partial date ("2026-11") is compared at its own precision."""

    def __init__(
        self,
        path: Path,
        today: str | None = None,
        published_dates: Callable[[], Mapping[str, str]] | None = None,
    ) -> None:
        self.path = path
        self.today = today or date.today().isoformat()
        self.count = 0
        self.first: list[str] = []
        self._published_dates = published_dates
        # Every stored article's date by URL, read when the first row cites a URL without a date: a
        # Crunchbase file cites another URL on every row, a query each cost ~20 s at 1M rows.
        self._published: Mapping[str, str] | None = None

    def noting(self, items: Iterable[T]) -> Iterator[T]:
        """The items unchanged, each good row dated later noted on the way (`note`)."""
        for item in items:
            self.note(item)
            yield item

    def note(self, item) -> None:
        """Note `item` if it is a good row dated later. Against today (a whole date) a plain comparison
        is exact: a partial date is a prefix, so "2026-11" is not after "2026-11-27", while
        "2026-12" and "2027" are."""
        row = getattr(item, "row", None)  # a RowError has none
        if row is None or not (when := row.date) or row.kind == "projection":
            return  # a projection is dated by the year it looks ahead to: later is what it is
        if when > self.today or ((cited := self._cited_date(row)) and _after(when, cited)):
            self._note(item.line, when)

    def _cited_date(self, row) -> str | None:
        """The date of the article `row` cites: its source_date, else the stored date of the article at
        its source_url when the database holds it."""
        if row.source_date or self._published_dates is None or not row.source_url:
            return row.source_date
        if self._published is None:
            self._published = self._published_dates()
        return self._published.get(row.source_url)

    def _note(self, line: int, when: str) -> None:
        self.count += 1
        if len(self.first) < DATED_LATER_SHOWN:
            self.first.append(f"{self.path}:{line} ({when})")


# A round, a stake bought, a company bought or a valuation under this many units of its currency is
# no real figure: a unit was left out ("Deal Size": 18 meaning €18M). Kept, since the file says it,
# but said with its file and line, never counted silently into what a company raised.
PLAUSIBLE_FLOOR = 1_000
_MONEY_KINDS = frozenset(("round", "investment", "acquisition"))


class TinyAmounts:
    """Notes the good rows of a deal file stating an amount or valuation under `PLAUSIBLE_FLOOR`, as
    "deals.csv:3 (€18)": the first few named (as `DatedLater`'s), the rest counted."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self.first: list[str] = []

    def noting(self, items: Iterable[T]) -> Iterator[T]:
        """The items unchanged, each good row of an implausibly small figure noted on the way."""
        for item in items:
            self.note(item)
            yield item

    def note(self, item) -> None:
        row = getattr(item, "row", None)  # a RowError has none
        if row is None:
            return
        if row.amount is not None and row.amount < PLAUSIBLE_FLOOR and row.kind in _MONEY_KINDS:
            self._note(item.line, format_amount(row.amount, row.currency))
        elif row.valuation is not None and row.valuation < PLAUSIBLE_FLOOR:
            self._note(item.line, format_amount(row.valuation, row.valuation_currency or row.currency))

    def _note(self, line: int, figure: str) -> None:
        self.count += 1
        if len(self.first) < DATED_LATER_SHOWN:
            self.first.append(f"{self.path}:{line} ({figure})")


def tiny_amounts_note(count: int, first: list[str]) -> str:
    """'1 row states an amount under 1,000 (a unit left out? "18" for 18M), kept: deals.csv:1 (€18)'."""
    rest = count - len(first)
    more = f" and {rest:,} more" if rest else ""
    told = "1 row states" if count == 1 else f"{count:,} rows state"
    return (
        f"{told} an amount under {PLAUSIBLE_FLOOR:,} of its currency (is a unit missing? 18M is 18 million), kept:"
        f" {', '.join(first)}{more}"
    )


def _after(when: str, other: str) -> bool:
    """Whether ISO date `when` is after `other`, each read at the precision both state ("2026-11" is not
    after "2026-11-27": it may be that day or before)."""
    length = min(len(when), len(other))
    return when[:length] > other[:length]


def dated_later_facts(source, today: str | None = None) -> list[str]:
    """Each figure of an article (`ParsedSource`) dated after today or after the day the article was
    published, as "Zorg round (2027)": the rule `DatedLater` applies to the rows of a deal file citing it,
    so the article says what its export's re-import would. A projection looks ahead: later is what it is."""
    today = today or date.today().isoformat()
    return [
        f"{fact.company} {fact.kind} ({fact.date})"
        for fact in source.facts
        if fact.date
        and fact.kind != "projection"
        and (fact.date > today or (source.published and _after(fact.date, source.published)))
    ]


def article_dated_later_note(later: list[str]) -> str:
    """'1 figure dated in the future (after today or the article's date), kept: Zorg round (2027)'."""
    return dated_later_note(
        len(later), later[:DATED_LATER_SHOWN], what=("figure", "figures"), against="the article's date"
    )


def dated_later_line(report: BulkReport) -> str | None:
    """'2 rows dated in the future (after today or the article they cite), kept: deals.csv:3 (2027-01-15),
    …', or None when none is (or nothing was written)."""
    if not report.dated_later or report.action not in ("added", "replaced"):
        return None
    return dated_later_note(report.dated_later, report.dated_later_first)


def dated_later_note(
    count: int,
    first: list[str],
    what: tuple[str, str] = ("row", "rows"),
    against: str = "the article they cite",
) -> str:
    """What `dated_later_line` says of `count` rows, `first` of them named (or an article's figures: `what`
    in the singular and plural, dated after today or `against`)."""
    rest = count - len(first)
    more = f" and {rest:,} more" if rest else ""
    told = f"1 {what[0]}" if count == 1 else f"{count:,} {what[1]}"
    return f"{told} dated in the future (after today or {against}), kept: {', '.join(first)}{more}"


def check_deal_file(
    path: str | Path,
    store: Store | None = None,
    *,
    date_order: DateOrder = "dmy",
    keep_facts: int = 0,
    skip_bad_rows: bool = False,
    verdict: bool = True,
) -> dict:
    """What importing a deal file would do, with nothing written: every column met and what it is
    understood as; `rows` read in all, of which `good_rows` would be written, `bad_rows` (each
    `file:line: column: problem`) refused and `skipped_rows` (an export's statements) left out; the
    facts the good rows state, less the `already_there` ones (an export's records the database
    already holds, which would not be written again); and the `action` (`added`, `replaced` or
    `unchanged` as in `store`; `added` without one: a database yet to be created; `refused` when the
    import would write nothing for its bad rows: any without `skip_bad_rows`, every one with it; or
    for the whole file, `problem` saying why: its dates written in the other order; `restores_citations`
    when the file, unchanged, was imported before rows kept their sources). With `keep_facts`,
    the first that many facts too, in file order (`first_facts`): a huge file is still read one row
    at a time. Without `verdict`, the action against `store` is not worked out (the file's hash and
    the earlier versions' rows, each a full read): a dry run takes the import's own. `fills_lines`
    when the file, unchanged, was imported before rows kept their lines (m041)."""
    path = Path(path)
    columns = structured.read_columns(path)
    action = "added"
    known = None
    restores = fills = False
    if store is not None and not verdict:
        if exported.is_export(structured.read_header(path)):
            known = store.known_records()  # the listing leaves out the records already here
    elif store is not None:
        deal_file = DealFile(
            path=path, header=", ".join(structured.read_header(path)), content_hash=file_hash(path)
        )
        deal_file.replaces = superseded(store.earlier_versions(deal_file), structured.iter_row_texts(path))
        action = store.deal_file_action(deal_file)
        restores = action == "unchanged" and store.restores_citations(deal_file)
        fills = action == "unchanged" and store.fills_lines(deal_file)
        if action != "unchanged" and exported.is_export(structured.read_header(path)):
            known = store.known_records()
    rows = good = facts = already_there = 0
    errors: list[str] = []
    skipped: list[str] = []
    first_facts: list = []
    rounds = RoundsJoined(keep_facts, joins=not exported.is_export(structured.read_header(path)), store=store)
    problem = None  # why the whole file would be refused
    later = DatedLater(path, published_dates=store.published_dates if store is not None else None)
    tiny = TinyAmounts(path)
    try:
        # only counted: records will do
        read = structured.iter_deal_facts(path, records=True, date_order=date_order)
        for item in later.noting(tiny.noting(read)):
            rows += 1
            if isinstance(item, structured.RowError):
                errors.append(str(item))
            elif isinstance(item, structured.SkippedRow):
                skipped.append(str(item))
            else:
                good += 1
                facts += len(item.facts)
                rounds.new_row(item.cited)
                for fact in item.facts:
                    if known is not None and known.find(item.cited, fact) is not None:
                        already_there += 1  # not written again: neither counted nor listed
                        continue
                    rounds.add(fact, first_facts)
    except structured.WrongDateOrder as error:
        problem = error.problem
    finally:
        if known is not None:
            known.close()
    if not rows:
        raise InputError(str(path), "no rows")
    if already_there and already_there == facts and not errors:
        action = "unchanged"
    if (errors and (not skip_bad_rows or not good)) or problem is not None:
        action = "refused"  # as `import_deal_file` would: nothing written
    return (
        {
            "path": str(path),
            "action": action,
            "columns": {name: meaning for name, meaning in structured.describe_columns(columns)},
            "rows": rows,
            "good_rows": good,
            "facts": facts - already_there - rounds.joined,
            "already_there": already_there,
            "bad_rows": errors,
            "skipped_rows": skipped,
        }
        | ({"problem": problem} if problem else {})
        | ({"dated_later": later.count, "dated_later_first": later.first} if later.count else {})
        | ({"tiny_amounts": tiny.count, "tiny_amounts_first": tiny.first} if tiny.count else {})
        | ({"restores_citations": True} if restores and action == "unchanged" else {})
        | ({"fills_lines": True} if fills and action == "unchanged" else {})
        | ({"first_facts": first_facts} if keep_facts else {})
    )


def trial_import(
    path: str | Path,
    store: Store,
    *,
    date_order: DateOrder = "dmy",
    skip_bad_rows: bool = False,
    listed: FactsListed | None = None,
    run: TrialRun | None = None,
) -> Written | None:
    """A dry run's import of a deal file into `store`, whose writes the caller undoes (inside
    `store.rolled_back()`): its verdict and counts are the import's, never guessed. None when the
    import refuses the whole file (`InputError`: `check_deal_file` then says why). `listed` lists
    the first facts of the rows as the import reads them (no second read of the file for them).
    `run` holds what the same dry run's earlier files imported in its transaction; this one joins it."""
    quiet = Console(quiet=True)  # the dry run says its own lines: no column mapping, no progress bar
    try:
        written = write_structured(
            store,
            Path(path),
            skip_bad_rows=skip_bad_rows,
            console=quiet,
            date_order=date_order,
            observe=listed,
        )
    except ChangedWhileRead:  # read again, the check would tell of another version of it
        raise
    except InputError:  # its dates written in the other order: the check says so (`problem`)
        return None
    if written.report.action in ("added", "replaced"):  # read before the caller undoes the import
        seeds = frozenset(seed.name for seed in seed_files())
        written.report.news = store.deal_file_news(written.report, run, seeds)
        if run is not None and written.report.source_id is not None:
            run.add(written.report.source_id, written.report.first_new_company)
    return written


def dry_run_entry(trial: Written | None, checked: dict) -> dict:
    """A deal file's dry-run entry: what `check_deal_file` read (`checked`), with the verdict and
    counts of its trial import (`trial_import`) in place of the check's."""
    if trial is None:
        return checked
    report = trial.report
    checked.pop("restores_citations", None)  # said when the import restores some
    checked.pop("fills_lines", None)
    if report.citations_restored:
        checked["restores_citations"] = True
    if report.lines_filled:
        checked["fills_lines"] = True
    return checked | _as_done(report)


def entry_from_import(path: str | Path, trial: Written | None) -> dict | None:
    """A deal file's dry-run entry without listed facts, from its trial import alone, when that
    import wrote (added, replaced, updated): its rows, bad rows (the same lines), skipped rows, facts
    and dated rows are what `check_deal_file` would count (the check's file read is saved: a 100k-row
    file's dry run then costs its import). None when the check must say the rest (a refused or
    unchanged file, whose facts the import does not count)."""
    if trial is None or trial.report.action not in ("added", "replaced", "updated"):
        return None
    report, skipped, columns = trial
    checked = {
        "path": str(path),
        "action": report.action,
        "columns": dict(
            structured.describe_columns(columns)
        ),  # met by the import: the file is not read again
        "rows": report.rows + len(skipped),
        "good_rows": report.rows - len(report.errors),
        "facts": report.facts,
        "already_there": report.already_there,
        "bad_rows": list(report.errors),
        "skipped_rows": [str(row) for row in skipped],
    } | (
        {"dated_later": report.dated_later, "dated_later_first": report.dated_later_first}
        if report.dated_later
        else {}
    ) | (
        {"tiny_amounts": report.tiny_amounts, "tiny_amounts_first": report.tiny_amounts_first}
        if report.tiny_amounts
        else {}
    )
    return dry_run_entry(trial, checked)


def _as_done(report: BulkReport) -> dict:
    """The keys of a dry run's entry (`check_deal_file`) the import's `report` decides: its action,
    and, when it writes, the facts it writes and the records it finds already here."""
    done: dict = {"action": report.action}
    if report.action in ("added", "replaced", "updated"):
        done |= {"facts": report.facts, "already_there": report.already_there}
    if report.action == "updated":
        done["company_details"] = report.company_details
    if report.news is not None:
        done |= news_entry(report.news)
    if unstated_investors_line(report) is not None:
        done |= {
            "investors_unstated": report.investors_unstated,
            "investors_unstated_as": report.investors_unstated_as,
        }
    if report.investors_read_as:
        done["investors_read_as"] = report.investors_read_as
    if report.action == "unchanged":
        done["already_there"] = report.already_there
    return done


def news_entry(news: DealFileNews) -> dict:
    """A dry run's keys for what the import brings (`Store.deal_file_news`), each only when there is
    something to say: `rounds_known` of its `rounds` are raises already here (other sources tell them),
    and the investors and other companies it would make (`new_investors`, the first few, and
    `new_investor_count`; `new_companies`, `new_company_count`)."""
    entry: dict = {}
    if news.rounds_known:
        entry |= {"rounds": news.rounds, "rounds_known": news.rounds_known}
    if news.new_investor_count:
        entry |= {"new_investors": news.new_investors, "new_investor_count": news.new_investor_count}
    if news.new_company_count:
        entry |= {"new_companies": news.new_companies, "new_company_count": news.new_company_count}
    return entry


def news_lines(entry: dict) -> list[str]:
    """What a text dry run says of a deal file's `news_entry`: '14 of its 16 rounds are raises already in
    the database…', then the new investors ('new investor: a16z') and other new companies, a line each
    kind (the first few named, then how many more)."""
    lines = []
    if known := entry.get("rounds_known"):
        rounds = entry["rounds"]
        told = "is a raise" if known == 1 else "are raises"
        lines.append(
            f"{known:,} of its {plural(rounds, 'round')} {told} already in the database, told by other "
            "sources (pages show each once, with every source)"
        )
    for one, many in (("investor", "investors"), ("company", "companies")):
        names, count = entry.get(f"new_{many}", []), entry.get(f"new_{one}_count", 0)
        if not count:
            continue
        more = f" … and {count - len(names):,} more" if count > len(names) else ""
        lines.append(f"new {one if count == 1 else many}: {', '.join(names)}{more}")
    return lines


class RoundsJoined:
    """A dry run's facts as the import writes them: a round's rows (same company, date, round type and
    amount, one investor each; `store.bulk.BulkFactWriter._write_round`) are one round with all their
    investors, and one fact. An export's rows are not joined (`joins`): each is a record of its own.
    A row's company is found as the import's resolver finds it (`_company`): the database's company
    of that name or alias (in `store`, when there is one), else by its key or its letters without
    spaces among the file's names."""

    def __init__(self, keep: int, *, joins: bool = True, store: Store | None = None) -> None:
        self.keep = keep
        """How many facts a dry run lists (the first ones, in file order)."""
        self.store = store
        self._companies: dict[str, tuple] = {}
        """A name's key -> the company it is: ("id", a company of the database) or ("new", a key)."""
        self._spaced: dict[str, tuple] = {}
        """A key's letters without spaces -> the company the first name spelt so is."""
        self.joins = joins
        self.joined = 0
        """Round facts joined into an earlier row's round (and valuations into its valuation)."""
        self._shown: dict[tuple, int | None] = {}
        """A round's key -> its place among the facts listed (None: not listed)."""
        self._row_round: tuple[tuple, bool] | None = None
        """The key of the round the row being read tells, and whether an earlier row told it."""
        self._row_cited: tuple | None = None
        """The source the row being read cites (None: the file)."""
        self._valuations: set[tuple] = set()
        """(a round's key, its valuation's figures) stated by a row of the round."""
        self._listing = keep > 0
        """Whether the fact being added may still be listed (the first `keep`)."""

    def new_row(self, cited: tuple | None = None) -> None:
        """The facts `add` is given next are a new row's, citing `cited` (None: the file)."""
        self._row_round = None
        self._row_cited = cited

    def add(self, fact, listed: list) -> None:
        """Count `fact` and list it (up to `keep`), or join it into the round listed before (a round's
        valuation stated again by another row of the round into the valuation listed before: one
        valuation, as the import writes it, `BulkFactWriter._write_valuation`)."""
        self._listing = len(listed) < self.keep
        if fact.kind == "valuation" and self._joins_valuation(fact):
            self.joined += 1
            return
        key = self._key(fact)
        if key is not None:
            self._row_round = (key, key in self._shown)
        if key is not None and key in self._shown:
            self.joined += 1
            place = self._shown[key]
            if place is not None:
                listed[place] = _with_investors(listed[place], fact)
            return
        place = None
        if len(listed) < self.keep:
            listed.append(fact)
            place = len(listed) - 1
        if key is not None:
            self._shown[key] = place

    def _joins_valuation(self, fact) -> bool:
        """Whether `fact`, a valuation, is one an earlier row of the row's round stated, or, for a
        row telling no round (an investment row), one an earlier row stated of the same company
        citing the same source (`BulkFactWriter._write_company_valuation`)."""
        if self._row_round is None:
            return self._joins_company_valuation(fact)
        key, joined = self._row_round
        stated = (key, *valuation_figures(fact))
        if joined and stated in self._valuations:
            return True
        self._valuations.add(stated)
        return False

    def _joins_company_valuation(self, fact) -> bool:
        if not self.joins or fact.date is None:
            return False
        stated = (
            "company",
            self._company(fact.company),
            *valuation_figures(fact),
            fact.date_precision,
            self._row_cited,
        )
        if stated in self._valuations:
            return True
        self._valuations.add(stated)
        return False

    def _key(self, fact) -> tuple | None:
        if not self.joins or fact.kind != "round" or fact.date is None:
            return None
        return (
            self._company(fact.company),
            fact.date,
            fact.round_type,
            fact.amount,
            fact.currency,
            fact.bound,
        )

    def _company(self, name: str) -> tuple:
        """The company `name` is, as the import's resolver finds it (`BulkResolver.get`): the database's
        company of that name or alias ("Cohere Technologies", merged into Cohere), or of its letters
        without spaces ("HuggingFace" of the database's "Hugging Face"), else the company of
        an earlier row's name of the same key or the same letters without spaces ("HuggingFace" is
        the "Hugging Face" of an earlier row, `BulkResolver._spelt_alike`), else a new one."""
        key = normalized(name)
        if key in self._companies:
            return self._companies[key]
        known = self.store.company_named(name) if self.store is not None and key else None
        # Guessed by spelling only while facts are listed: past them, only counts are read, and the
        # import's own counts replace them; guessing on every row cost a dry run ~30x the import.
        if known is None and self.store is not None and key and self._listing:
            known = self.store.company_spelt_alike(name)
        joined = squeezed(key)
        company = ("id", known) if known is not None else self._spaced.get(joined or "", ("new", key))
        self._companies[key] = company
        if joined is not None:
            self._spaced.setdefault(joined, company)
        return company


class FactsListed:
    """A deal file's first facts as `check_deal_file(keep_facts=keep)` lists them, taken from the
    rows its trial import reads (`trial_import`): a text dry run then reads the file once, as the
    import does. For a file that is no export (an export's listing leaves out the records already
    here, which only the check finds). `before`: the database as it was before the trial import
    (another connection, which its writes are not visible to), where names are found as the check
    finds them."""

    def __init__(self, keep: int, before: Store) -> None:
        self.rounds = RoundsJoined(keep, store=before)
        self.first_facts: list = []

    def __call__(self, item: object) -> None:
        if isinstance(item, (structured.RowError, structured.SkippedRow)):
            return
        self.rounds.new_row(item.cited)
        for fact in item.facts:
            self.rounds.add(fact, self.first_facts)


def _observed(items: Iterable[T], observe: Callable[[T], None]) -> Iterator[T]:
    """The items, each handed to `observe` as it passes."""
    for item in items:
        observe(item)
        yield item


def _with_investors(round_fact, other):
    """`round_fact` with `other`'s investors (and leads) added after its own, all named as the round's
    investors (a row's one `investor` is said among them)."""
    round_fact = as_model(round_fact)
    named = [round_fact.investor, *round_fact.investors, other.investor, *other.investors]
    investors = list(dict.fromkeys(name for name in named if name))
    leads = list(dict.fromkeys([*round_fact.lead_investors, *other.lead_investors]))
    return round_fact.model_copy(update={"investor": None, "investors": investors, "lead_investors": leads})


def _without_skipped(
    items: Iterable[T], skipped: list, later: DatedLater, unstated: UnstatedInvestors, tiny: TinyAmounts
) -> Iterator[T]:
    """The items, less the `SkippedRow`s, which are collected in `skipped` to be noted; the rows
    dated later noted by `later`, those naming no investor in words by `unstated` and those of an
    implausibly small figure by `tiny`, on the way (here, not in generators of their own: one layer
    less on each of a million rows)."""
    note, note_unstated, note_tiny = later.note, unstated.note, tiny.note
    for item in items:
        if isinstance(item, structured.SkippedRow):
            skipped.append(item)
        else:
            note(item)
            note_unstated(item)
            note_tiny(item)
            yield item


# How many spellings of cells naming no investor `unstated_investors_note` quotes.
UNSTATED_SPELLINGS_SHOWN = 3


class UnstatedInvestors:
    """Counts the good rows whose investors cell says no investor is named ("Undisclosed", "n/a"):
    read as no investor, rightly, but said once, so a reader knows the round has none for that
    reason. Keeps the first few spellings."""

    def __init__(self) -> None:
        self.count = 0
        self.spellings: list[str] = []

    def note(self, item) -> None:
        row = getattr(item, "row", None)  # a RowError has none
        said = row.investors_unstated if row is not None else None
        if said:
            self.count += 1
            if said not in self.spellings and len(self.spellings) < UNSTATED_SPELLINGS_SHOWN:
                self.spellings.append(said)


def unstated_investors_note(count: int, spellings: list[str]) -> str:
    """'3 investor cells 'Undisclosed' read as no investor' (several spellings quoted in brackets)."""
    cells = "1 investor cell" if count == 1 else f"{count:,} investor cells"
    said = repr(spellings[0]) if len(spellings) == 1 else f"({', '.join(map(repr, spellings))})"
    return f"{cells} {said} read as no investor"


def unstated_investors_line(report: BulkReport) -> str | None:
    """`unstated_investors_note` of a report that wrote its rows; None when no cell said so."""
    if not report.investors_unstated or report.action not in ("added", "replaced"):
        return None
    return unstated_investors_note(report.investors_unstated, report.investors_unstated_as)


# How many investor cells read as a known company `read_as_lines` names; the rest are counted.
READ_AS_SHOWN = 5


def read_as_lines(read_as: list[dict]) -> list[str]:
    """A line per investor cell read as the known company it names (`BulkReport.investors_read_as`):
    "investor 'LSVP' read as Lightspeed Venture Partners (known as LSVP)", "investor 'Andreessen' read
    as Andreessen Horowitz (the first word of its name)"; the first few, then how many more."""
    lines = []
    for entry in read_as[:READ_AS_SHOWN]:
        cell = entry["cell"]
        # The knowledge file's spelling ("LSVP" for a cell's "Lsvp"); a report saved before it, the cell's.
        how = (
            "the first word of its name" if entry["short_form"] else f"known as {entry.get('known_as', cell)}"
        )
        lines.append(f"investor {cell!r} read as {entry['read_as']} ({how})")
    if len(read_as) > READ_AS_SHOWN:
        lines.append(
            f"… and {plural(len(read_as) - READ_AS_SHOWN, 'more investor cell')} read as a known company"
        )
    return lines


def skipped_notes(path: Path, skipped: list[structured.SkippedRow]) -> list[str]:
    """One line per record type skipped: 'rt.csv: 3 statement rows skipped (a deal file holds no
    statements; first at line 12)'."""
    by_type: dict[str, list[int]] = {}
    for row in skipped:
        by_type.setdefault(row.record_type, []).append(row.line)
    return [
        f"{path}: {plural(len(lines), f'{record_type} row')} skipped "
        f"(a deal file holds no {record_type}s; first at line {lines[0]})"
        for record_type, lines in by_type.items()
    ]


class ColumnsMet:
    """Every column of a deal file in the order met as its rows are read: the header, then each key a
    JSON or NDJSON row adds. With a `console`, each key first met after the header says its mapping
    line there ("investr → ignored", "investor → investor"), once per key."""

    def __init__(self, header: list[str], console: Console | None = None) -> None:
        self.columns = dict.fromkeys(header)
        self._console = console

    def __call__(self, keys: tuple[str, ...]) -> None:
        # As `read_header` names them: a key's lone surrogate (a JSON escape) written escaped.
        fresh = [key for key in map(escaped_surrogates, keys) if key not in self.columns]
        if fresh:
            self.columns.update(dict.fromkeys(fresh))
            if self._console is not None:
                print_columns(self._console, [(name, _column_meaning(name)) for name in fresh])


def _column_meaning(name: str) -> str | None:
    """What one column is understood as, None when ignored."""
    target = structured.column_target(name)
    return target.describe() if target else None


# Up to this many ignored columns get a line each; more (a sheet with 5,000 spare columns) get one
# line that counts them and names the first IGNORED_NAMED.
IGNORED_LINES = 10
IGNORED_NAMED = 3


def print_columns(console: Console, columns: list[tuple[str, str | None]]) -> None:
    """One line per header cell: 'raised_amount_usd → amount (currency=USD)' or '… → ignored'; many
    ignored columns are summed up in one line ('4,997 columns ignored: c0, c1, c2, …')."""
    for line in column_lines(columns):
        console.print(Text(render.visible(line)), highlight=False)


def column_lines(columns: list[tuple[str, str | None]]) -> list[str]:
    """The column mapping's lines, as `print_columns` prints them and a dry run lists them."""
    ignored = [name for name, meaning in columns if meaning is None]
    many = len(ignored) > IGNORED_LINES
    lines = [
        f"  {name} → {meaning or _ignored(name)}" for name, meaning in columns if meaning is not None or not many
    ]
    if many:
        lines.append(f"  {len(ignored):,} columns ignored: {', '.join(ignored[:IGNORED_NAMED])}, …")
    return lines


def _ignored(name: str) -> str:
    """An ignored column's word in the mapping, saying why when a reader may think it read
    ("LPs → ignored (a fund's limited partners are not stored)")."""
    why = structured.why_ignored(name)
    return f"ignored ({why})" if why else "ignored"


def dry_run_column_lines(columns: dict[str, str | None]) -> list[str]:
    """A deal file's column mapping in a text dry run, ignored columns included, as the import says it;
    an ai-deals export's, whose columns are its own, in one line."""
    if exported.is_export(list(columns)):
        return ["  read as an ai-deals export"]
    return column_lines(list(columns.items()))


def _restored_words(report: BulkReport) -> str:
    """What a re-import of an unchanged file imported before evidence kept them gave its rows' evidence:
    "3 citations restored" (m007), "4 row lines filled in" (m041: evidence sentences given the line of the
    file they are on; a record may have several), or both."""
    said = []
    if report.citations_restored:
        said.append(f"{plural(report.citations_restored, 'citation')} restored")
    if report.lines_filled:
        said.append(f"{plural(report.lines_filled, 'row line')} filled in")
    return ", ".join(said)


def summary(report: BulkReport) -> str:
    """'added: deals.csv (999,998 rows, 1,099,997 facts; 2 bad rows skipped)'."""
    skipped = f"; {plural(len(report.errors), 'bad row')} skipped" if report.errors else ""
    name = one_line_path(Path(report.path).name)  # one line per file, whatever its name holds
    if report.action == "unchanged" and report.already_there:  # an export of records all here already
        return f"unchanged: {name} ({already_there_note(report.already_there, report.decisions_carried)})"
    if report.action == "updated":  # records all here already; only company details were new
        there = already_there_note(report.already_there, report.decisions_carried)
        return f"updated: {name} ({company_details_note(report.company_details)}; {there})"
    if report.action == "unchanged" and (report.citations_restored or report.lines_filled):
        return f"unchanged: {name} (already imported; {_restored_words(report)})"
    if report.action == "unchanged":  # nothing was read or written this time
        return f"unchanged: {name} (already imported)"
    earlier = f"; the version imported from {report.replaced_path}" if report.replaced_path else ""
    there = (
        f"; {already_there_note(report.already_there, report.decisions_carried)}"
        if report.already_there
        else ""
    )
    counts = f"{plural(report.rows_written, 'row')}, {plural(report.facts, 'fact')}"
    removed = f"; {removed_companies_note(report.companies_removed)}" if report.companies_removed else ""
    return f"{report.action}: {name} ({counts}{skipped}{there}{removed}{earlier})"


def removed_companies_note(count: int) -> str:
    """'2 companies no longer named were removed': what a corrected re-import took away with the
    version it replaced (companies only that version named)."""
    if count == 1:
        return "1 company no longer named was removed"
    return f"{count:,} companies no longer named were removed"


# How a company detail is counted ("2 aliases"), by what `BulkReport.company_details` calls it.
_DETAIL_PLURALS = {"company": "companies", "alias": "aliases", "country": "countries", "city": "cities"}


def company_details_note(details: dict[str, int]) -> str:
    """'2 company details added: 1 alias, 1 description', or '1 alias added' (what an export's rows
    told the database about its companies, its records all being here already)."""
    if not details:
        return "company details"
    if len(details) == 1:  # '1 alias added'
        return f"{_counted(*next(iter(details.items())))} added"
    parts = ", ".join(_counted(what, count) for what, count in details.items())
    return f"{plural(sum(details.values()), 'company detail')} added: {parts}"


def _counted(what: str, count: int) -> str:
    return f"{count:,} {what if count == 1 else _DETAIL_PLURALS.get(what, what + 's')}"


def already_there_note(count: int, carried: int = 0) -> str:
    """'12 records already in the database' (not written again), and how many of them took the
    export's review decision ('; 2 review decisions carried over')."""
    decisions = f"; {plural(carried, 'review decision')} carried over" if carried else ""
    return f"{plural(count, 'record')} already in the database{decisions}"


def _progress(console: Console, *, shown: bool = True) -> Progress:
    """The import's progress bar on `console`; not drawn at all unless `shown`."""
    return Progress(
        TextColumn("{task.description}", markup=False),  # a file name is data, never markup
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=False,
        disable=not shown,
    )


def _advancing(items: Iterable[T], progress: Progress, task: TaskID) -> Iterator[T]:
    """The items, moving the bar (and its rows/s) every `PROGRESS_EVERY` of them."""
    started = time.monotonic()
    for count, item in enumerate(items, start=1):
        yield item
        if count % PROGRESS_EVERY == 0:
            rate = count / max(time.monotonic() - started, 1e-9)
            progress.update(task, completed=count, rate=f"{rate:,.0f} rows/s")
