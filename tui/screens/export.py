"""The export dialog: pick a format and a path; an existing file is only replaced after a confirmation."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Footer, Input, RadioButton, RadioSet, Static

from ai_deals.store import StoreError
from ai_deals.store.export import EXTENSIONS, default_export_name, write_export
from ai_deals.store.files import is_own_output, written_through
from ai_deals.store.models import ExportRecord, RecordRef

from ..bursts import defer_keys, release_keys_unless_opening
from ..formatting import plural
from ..messages import ExportWritten
from ..safe_text import clean_line
from ..selection import SelectedRefs
from .confirm import ConfirmScreen
from .fields import FieldsScreen

if TYPE_CHECKING:
    from ai_deals.store import Store

FORMATS = (("csv", "CSV"), ("json", "JSON"), ("md", "Markdown"))
NAME_ENDINGS = ((".csv", "csv"), (".json", "json"), (".md", "md"), (".markdown", "md"))
"""What a file name ending says the file holds (as `ai-deals export` reads it)."""
FORMAT_HINT = "←/→ format · Enter: on to the path · Enter again exports"
ONE_PER_DEAL = "One row per deal (for sums; ctrl+o)"
"""The choice of one row per deal: a deal several sources tell is written once, as the record counted
for it with every source named (`DealExportRecord`); the full export, each source's record, imports back."""
SHORT_SCREEN = 22
"""Rows below which the dialog is drawn compact (no borders on its fields and buttons): at 60x18 its
buttons were cut off below the screen."""


class FormatButton(RadioButton):
    """A format choice whose dot shows only when chosen: Textual draws every radio button's dot and
    tells the chosen one by colour alone, which left three identical-looking `●`."""

    def __init__(self, label: str, value: bool, id: str) -> None:
        super().__init__(label, value=value, id=id)
        self.BUTTON_INNER = "●" if value else " "

    def watch_value(self) -> None:
        self.BUTTON_INNER = "●" if self.value else " "
        super().watch_value()  # Textual's own watcher tells the set


class MarkedCheckbox(Checkbox):
    """A checkbox whose X shows only when ticked: Textual draws it always and tells the two states by
    colour alone (as `FormatButton`'s dot)."""

    def __init__(self, label: str, id: str) -> None:
        super().__init__(label, id=id)
        self.BUTTON_INNER = " "

    def watch_value(self) -> None:
        self.BUTTON_INNER = "X" if self.value else " "
        super().watch_value()  # Textual's own watcher posts Changed


class FormatChoice(RadioSet):
    """The formats, where ←/→ (↑/↓) choose as they move, so the one highlighted is the one written."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "down,right",
            "choose(1)",
            "Next",
            id="export.next_format",
            tooltip="Choose the next format",
            show=False,
        ),
        Binding(
            "up,left",
            "choose(-1)",
            "Previous",
            id="export.previous_format",
            tooltip="Choose the previous format",
            show=False,
        ),
        Binding(
            "enter",
            "confirm_format",
            "Choose",
            id="export.confirm_format",
            tooltip="Keep the highlighted format and go on to the file path",
            show=False,
        ),
    ]

    class Confirmed(Message):
        """Enter on a format: it is chosen, and the dialog moves on to the path."""

    def action_confirm_format(self) -> None:
        """Choose the highlighted format (Enter used to toggle it, which did nothing visible) and move on."""
        if self._selected is not None:
            self._nodes[self._selected].value = True
        defer_keys(self.app)  # the keys typed after Enter are the path: they wait for its box's focus
        self.post_message(self.Confirmed())

    def action_choose(self, step: int) -> None:
        """Move to the next (`step` 1) or previous (-1) format and choose it."""
        (self.action_next_button if step > 0 else self.action_previous_button)()
        if self._selected is not None:
            self._nodes[self._selected].value = True


def format_of_name(name: str) -> str | None:
    """The format a file name says (`sel.md`: md), None when its ending says none."""
    name = name.strip().lower()
    return next((fmt for ending, fmt in NAME_ENDINGS if name.endswith(ending)), None)


def named_for(path: Path, fmt: str) -> Path:
    """`path`, with `fmt`'s extension added when its name says no format (`MLumora`: `MLumora.csv`),
    so that the name never lies about what the file holds."""
    if format_of_name(path.name) is not None:
        return path
    return path.with_name(f"{path.name}.{EXTENSIONS[fmt]}")


def renamed_for(path: str, fmt: str) -> str:
    """The path typed, its known ending swapped for `fmt`'s (`sel.md` chosen as JSON: `sel.json`)."""
    ending = next((ending for ending, _ in NAME_ENDINGS if path.lower().endswith(ending)), None)
    if ending is None:
        return path
    return f"{path[: -len(ending)]}.{EXTENSIONS[fmt]}"


def default_path(label: str, fmt: str, folder: Path | None = None) -> Path:
    """A new file in `folder` (the current directory) named after the selection and today."""
    return (folder or Path.cwd()) / default_export_name(label, fmt, date.today())


class ExportScreen(ModalScreen[str | None], FieldsScreen):
    """Dismisses with the written path, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="Close without exporting"),
        Binding("ctrl+s", "export", "Export", id="export.write", tooltip="Write the file"),
        Binding(
            "ctrl+o",
            "toggle_one_per_deal",
            "Deals",
            id="export.one_per_deal",
            tooltip="One row per deal, for sums (else every source's record, which imports back)",
        ),
    ]

    def __init__(self, refs: list[RecordRef], label: str) -> None:
        super().__init__()
        self.refs = refs
        self.label = label
        self.fmt = "csv"
        self._suggested = str(default_path(label, self.fmt))
        self.deals: int | None = None
        """How many deals the records tell (one row each with ctrl+o), once counted."""

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Static(self._title(), id="export-title", classes="dialog-title", markup=False)
            with FormatChoice(id="export-format"):
                for fmt, name in FORMATS:
                    yield FormatButton(name, value=fmt == self.fmt, id=f"format-{fmt}")
            yield Static(FORMAT_HINT, id="export-hint", classes="dialog-hint", markup=False)
            yield Input(self._suggested, id="export-path", placeholder="File to write")
            # After the path: Tab from the format still reaches the path, as before (`e tab PATH enter`).
            yield MarkedCheckbox(ONE_PER_DEAL, id="export-one-per-deal")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", id="export-go", variant="primary")
                yield Button("Cancel", id="export-cancel")
        # Its own footer, over the page's below: that one offered the page's keys (Open, Back, Source,
        # Map, Review), which the dialog does not take.
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#export-format", RadioSet).focus()
        self._fit(self.app.size.height)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.height)

    def _fit(self, height: int) -> None:
        """On a short terminal, the compact layout: every field and both buttons one row high."""
        short = height < SHORT_SCREEN
        self.set_class(short, "-short")
        for widget in self.query(
            "#export-format, #export-one-per-deal, #export-path, .dialog-buttons Button"
        ):
            widget.compact = short  # type: ignore[attr-defined]  # RadioSet, Input, Button have it

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        self.fmt = (event.pressed.id or "format-csv").removeprefix("format-")
        path_box = self.query_one("#export-path", Input)
        if path_box.value == self._suggested:
            # Only follow the format while the user has not typed a path of their own.
            self._suggested = str(default_path(self.label, self.fmt))
            path_box.value = self._suggested
        elif format_of_name(path_box.value) not in (None, self.fmt):
            # A path typed as sel.md, then JSON chosen: the name follows (sel.json), never lying.
            path_box.value = renamed_for(path_box.value, self.fmt)

    @on(Input.Changed, "#export-path")
    def _path_changed(self, event: Input.Changed) -> None:
        """A path typed with a known ending (`sel.md`) chooses that format, visibly: CSV stayed chosen
        and wrote CSV into sel.md."""
        said = format_of_name(event.value)
        if said is not None and said != self.fmt:
            self.select_format(said)
            self.fmt = said  # now: an Enter already typed exports before the radio set says so

    @on(FormatChoice.Confirmed)
    def _format_confirmed(self) -> None:
        """Enter on a format: on to the path, its text selected to type over or Enter to export."""
        path_box = self.query_one("#export-path", Input)
        path_box.focus()
        path_box.select_all()
        # After the focus has moved (`focus` is itself deferred): the keys held since Enter go to the box.
        self.app.call_later(release_keys_unless_opening, self.app)

    @property
    def one_per_deal(self) -> bool:
        """Whether the export writes one row per deal (`ONE_PER_DEAL`), not every source's record."""
        return self.query_one("#export-one-per-deal", Checkbox).value

    def action_toggle_one_per_deal(self) -> None:
        """ctrl+o: one row per deal, or every record again, from any field of the dialog."""
        self.query_one("#export-one-per-deal", Checkbox).toggle()

    def _title(self, one_per_deal: bool = False) -> Text:
        """What will be written: "Export 31 records · Helix Robotics", or with one row per deal "Export 19
        deals (one row each, for 31 records) · …" as the note once written says it ("Export one row per
        deal, for 31 records" until the deals are counted)."""
        records = plural(len(self.refs), "record")
        if not one_per_deal:
            said = f"Export {records}"
        elif self.deals is None:
            said = f"Export one row per deal, for {records}"
        else:
            said = f"Export {plural(self.deals, 'deal')} (one row each, for {records})"
        return Text(f"{said} · ", style="bold").append(clean_line(self.label))

    @on(Checkbox.Changed, "#export-one-per-deal")
    def _one_per_deal_changed(self, event: Checkbox.Changed) -> None:
        """The title says what will be written; the deals are counted the first time they are asked for."""
        if event.value and self.deals is None:
            self.deals = self._known_deals()
            if self.deals is None and isinstance(self.refs, list | tuple):
                self.count_deals(list(self.refs))
        self.query_one("#export-title", Static).update(self._title(event.value))

    def _known_deals(self) -> int | None:
        """The deals of the whole timeline, never read here: its events, as its outline counts them, or the
        events (rows) picked of a selection holding it, as the status line counts them (`Selection.events`);
        None for the others, counted in a worker."""
        if isinstance(self.refs, SelectedRefs):
            return self.app.selection.events  # type: ignore[attr-defined]
        return getattr(self.refs, "events", None)  # the whole timeline's `TimelineRefs`

    @work(thread=True, exclusive=True, group="export-deals", exit_on_error=False)
    def count_deals(self, refs: list[RecordRef]) -> None:
        """Count the deals of `refs` off the UI thread (the folds of their companies are read)."""
        deals = self.app.store.deal_count(refs)  # type: ignore[attr-defined]
        self.app.call_from_thread(self._deals_counted, deals)

    def _deals_counted(self, deals: int) -> None:
        self.deals = deals
        self.query_one("#export-title", Static).update(self._title(self.one_per_deal))

    def select_format(self, fmt: str) -> None:
        """Choose the format programmatically (as clicking its radio button would)."""
        self.query_one(f"#format-{fmt}", RadioButton).value = True

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-go")
    def action_export(self) -> None:
        """Write the file, asking first if it would replace one."""
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self.notify("Type a file path first.", severity="warning")
            return
        self.fmt = format_of_name(raw) or self.fmt
        path = Path(raw).expanduser()
        if written_through(path):  # /dev/full is a device, as `ai-deals export` finds it: never /dev/full.csv
            self.app.show_error(NotAFile(path))
            return
        if path.is_dir():
            path = default_path(self.label, self.fmt, path)
        elif named_for(path, self.fmt) != path:
            path = named_for(path, self.fmt)
            self.notify(
                f"Named {path.name}: .{EXTENSIONS[self.fmt]} added, the name said no format.",
                markup=False,
            )
        if written_through(path):  # a FIFO named `out.csv`: no "Replace it?" for what is no file
            self.app.show_error(NotAFile(path))
            return
        if path.exists():
            question = f"{path} already exists. Replace it?"
            self.app.push_screen(ConfirmScreen(question), lambda yes: self.write(path, True) if yes else None)
        else:
            self.write(path, False)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        """Close without writing anything."""
        self.dismiss(None)

    def write(self, path: Path, overwrite: bool) -> None:
        """Close the dialog and write the file in the background: a whole timeline takes a while, and
        the app stays usable meanwhile (it says at once that it is working, and when it is done)."""
        if not path.parent.is_dir():  # the common mistake is said here, the dialog kept open to retry
            self.app.show_error(NoSuchFolder(path))
            return
        self.app.start_export(self.refs, self.fmt, path, overwrite, one_per_deal=self.one_per_deal)
        self.dismiss(str(path))


class NotAFile(StoreError):
    """An export path that is no regular file: a device or a FIFO (a named pipe no one reads would hold
    the export's worker, and quitting with it, forever). `ai-deals export --out` writes through them;
    the explorer, whose exports are files to open later, refuses them, the dialog kept open; and the file
    its own standard output or error is sent to (`ai-deals 2>log.txt`), said as such."""

    refusal_title = "Can't export there"  # a refusal, not "Something went wrong"

    def __init__(self, path: Path) -> None:
        if is_own_output(path):  # a regular file, but the one the app's own output or errors are written to
            super().__init__(f"{path}: the file this app's own output goes to; export to another file")
        else:
            super().__init__(f"{path}: not a regular file (a device or named pipe); export to a file")


class NoSuchFolder(StoreError):
    """An export path whose folder is missing: a mistyped path, not a failure of the app, so its box
    is titled with what is wrong ("No such folder: /tmp/nodir") rather than "Something went wrong"."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: cannot write the export (No such file or directory)")
        self.refusal_title = f"No such folder: {path.parent}"


class NothingLeftToExport(StoreError):
    """Every record to export is gone since it was shown (a re-import replaced it, or review
    rejected it): said as a warning, the screen read again, never an error box."""


PROGRESS_EVERY = 2_000
"""Records between two progress reports of a long export."""


def write_records(
    store: Store,
    refs: list[RecordRef],
    fmt: str,
    path: Path,
    overwrite: bool,
    progress: Callable[[int], None] | None = None,
    *,
    one_per_deal: bool = False,
) -> ExportWritten:
    """Write the records `refs` name to `path` (run in a worker thread), read a batch at a time;
    `progress` is told how many were written every `PROGRESS_EVERY` records. `one_per_deal`: a row
    per deal (`Store.iter_export_records`), for sums."""
    # CSV and JSON carry the details of the companies the records name (company rows, first), as
    # `ai-deals export` does: a company's page exported imports as the same company, city and all.
    # One row per deal is for sums, not for importing back: the deals alone.
    companies = fmt in ("csv", "json") and not one_per_deal
    if written_through(path):  # made one since the dialog looked: its open could wait forever
        raise NotAFile(path)
    if isinstance(refs, SelectedRefs):  # the whole timeline in it: streamed, as `ai-deals export` is
        # Those picked and the timeline's events in one date order (as any export lists records).
        batches = refs.ref_batches(store.with_timeline_ref_batches(refs.picked, refs.left_out, refs.holds))
        records = store.iter_export_records(
            companies=companies, ref_batches=batches, one_per_deal=one_per_deal
        )
    else:
        records = store.iter_export_records(refs, companies=companies, one_per_deal=one_per_deal)
    first = next(records, None)
    if refs and first is None:  # never an empty file standing for records that were there
        are = "is" if len(refs) == 1 else "are"
        raise NothingLeftToExport(
            f"Nothing exported: the {plural(len(refs), 'record')} to export {are} no longer in "
            "the database (removed or replaced, or rejected in review)"
        )
    count = 0

    def counted(items: Iterable[ExportRecord]) -> Iterator[ExportRecord]:
        nonlocal count
        for item in items:
            if item.record_type != "company":  # a company row is no record of those asked for
                count += 1
                if progress is not None and count % PROGRESS_EVERY == 0:
                    progress(count)
            yield item

    try:
        written = write_export(
            counted(chain([first] if first else [], records)),
            fmt,  # type: ignore[arg-type]  # one of FORMATS: the dialog offers no other
            path,
            overwrite=overwrite,
            one_per_deal=one_per_deal,
        )
    except OSError as error:  # the same one line as `ai-deals export`, not the exception's repr
        raise StoreError(f"{path}: cannot write the export ({error.strerror or error})") from error
    if one_per_deal:  # fewer rows than records by design: a deal's other accounts are its row's
        return ExportWritten(str(written), count, len(refs), deals=True)
    rejected = 0
    if count < len(refs):  # some left out: rejected by review since selected, or gone with a re-import
        # (the timeline's events were read as they are now: only records picked elsewhere can be)
        looked_up = refs.picked if isinstance(refs, SelectedRefs) else refs
        rejected = sum(1 for status in store.review_statuses(looked_up).values() if status == "rejected")
    return ExportWritten(str(written), count, len(refs), rejected)


def written_note(message: ExportWritten) -> str:
    """'Exported 3 records to PATH', naming the records left out: rejected, or no longer there;
    one row per deal: 'Exported 19 deals (one row each, for 31 records) to PATH'."""
    if message.deals:
        records = plural(message.asked, "record")
        return f"Exported {plural(message.count, 'deal')} (one row each, for {records}) to {message.path}"
    missing = message.asked - message.count - message.rejected
    left_out = []
    if message.rejected > 0:
        it = "it" if message.rejected == 1 else "them"
        left_out.append(f"{message.rejected:,} rejected since you selected {it}")
    if missing > 0:
        left_out.append(f"{missing:,} no longer in the database")
    note = f" ({', '.join(left_out)})" if left_out else ""
    return f"Exported {plural(message.count, 'record')} to {message.path}{note}"
