"""The whole timeline selected (ctrl+t, ctrl+a, e) is exported as `ai-deals export` exports: streamed,
its events read a batch at a time and never all held, the progress counting from the first batch."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.store import store as store_module
from ai_deals.store.export import read_back
from ai_deals.structured_import import import_structured
from ai_deals.tui.screens.export import write_records
from ai_deals.tui.screens.timeline import TimelineRefs
from ai_deals.tui.selection import Selection

HEADER = "company,investor,kind,amount,currency,date,round_type,country\n"


def generated(tmp_path: Path, rows: int) -> Path:
    """A database of `rows` dated stakes and rounds (every record an event of the timeline)."""
    path = tmp_path / "generated.csv"
    lines = [
        f"Company {n % 37},Fund {n % 11},{'investment' if n % 3 else 'round'},{n + 1}000000,USD,"
        f"20{10 + n % 15}-0{1 + n % 9}-1{n % 10},seed,{'FR' if n % 2 else ''}\n"
        for n in range(rows)
    ]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    db = tmp_path / "generated.db"
    with Store.open(db) as store:
        import_structured(store, path, skip_bad_rows=False, console=Console(quiet=True))
    return db


def rows_of(path: Path) -> list[str]:
    return sorted(repr(row) for row in read_back(path.read_text(encoding="utf-8-sig"), "csv"))


def test_the_whole_timeline_selected_exports_what_the_cli_exports_a_batch_at_a_time(
    tmp_path, monkeypatch, capsys
):
    db = generated(tmp_path, 240)
    cli_out = tmp_path / "cli.csv"
    assert main(["--db", str(db), "export", "--out", str(cli_out)]) == 0
    monkeypatch.setattr(store_module, "EXPORT_BATCH", 50)  # several batches of a small database
    progress: list[int] = []
    with Store.open(db) as store:
        total = store.timeline_count()
        monkeypatch.setattr(store, "timeline_refs", lambda: (_ for _ in ()).throw(AssertionError("held")))
        selection = Selection()
        selection.select_whole_timeline(TimelineRefs(store, total), total, [])
        out = tmp_path / "timeline.csv"
        message = write_records(store, selection.export_refs(), "csv", out, False, progress.append)
    assert message.count == message.asked == total
    assert rows_of(out) == rows_of(cli_out)
