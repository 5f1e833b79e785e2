"""The arrows point one way: store and importers never pull in Textual or the TUI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "ai_deals.store",
        "ai_deals.importers.models",
        "ai_deals.importers.loading",
        "ai_deals.importers.article",
    ],
)
def test_data_layers_never_import_textual(module):
    code = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    loaded = json.loads(
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    )
    assert not [name for name in loaded if name == "textual" or name.startswith(("textual.", "ai_deals.tui"))]


@pytest.mark.parametrize(
    "module",
    [
        "ai_deals.importers.loading",
        "ai_deals.importers.article",
        "ai_deals.importers.structured",
        "ai_deals.importers.fact_records",
    ],
)
def test_importers_draw_nothing_and_never_import_rich(module):
    """A big article's progress is a callback the command line draws (`parse_article(progress=…)`)."""
    code = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    loaded = json.loads(
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    )
    assert [name for name in loaded if name == "rich" or name.startswith("rich.")] == []


def test_store_is_the_only_package_that_speaks_sql():
    """No sqlite3 or sqlite_utils import outside store/ (and the benchmarks, which compare against raw SQL)."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    offenders = []
    for folder in ("ai_deals", "importers", "tui"):
        for path in (root / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if "import sqlite3" in text or "sqlite_utils" in text:
                offenders.append(str(path.relative_to(root)))
    assert offenders == []


# `connecting` is the database check the explorer makes before its first frame.
@pytest.mark.parametrize("module", ["ai_deals.cli", "ai_deals.tui.app", "ai_deals.store.connecting"])
def test_the_first_frame_does_not_wait_for_the_store(module):
    """Start-up target: sqlite-utils, pydantic models and numpy load in the app's worker, not before."""
    code = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    loaded = json.loads(
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    )
    heavy = {"sqlite_utils", "numpy", "rapidfuzz", "ai_deals.store.store", "ai_deals.importers.article"}
    # The bulk import's reading (deal-file rows, their facts as records) loads with the import only.
    heavy |= {"ai_deals.importers.structured", "ai_deals.importers.fact_records", "polars", "pyarrow"}
    assert heavy & set(loaded) == set()


@pytest.mark.parametrize("module", ["ai_deals.cli", "ai_deals.tui.app"])
def test_the_first_frame_does_not_wait_for_what_only_commands_use(module):
    """Start-up target: json (the commands' --json output), shlex (serve) and importlib.resources (the
    seeds and the Datasette metadata) load with the commands that use them."""
    code = f"import sys, {module}; print(chr(10).join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        ).stdout.split()
    )
    command_only = {"json", "shlex", "importlib.resources"}
    assert command_only & loaded == set()


# Launches the explorer headless and prints the modules loaded when its first frame is drawn.
_AT_FIRST_FRAME = """
import os, sys, textual.app

def first_frame(self, screen, renderable):
    if renderable is not None and not self._batch_count:
        print(chr(10).join(sorted(sys.modules)), flush=True)
        os._exit(0)

run = textual.app.App.run
textual.app.App._display = first_frame
textual.app.App.run = lambda self, *args, **kwargs: run(self, *args, **{**kwargs, "headless": True})
from ai_deals.cli import main
main(["--db", sys.argv[1]])
"""


def test_the_search_worker_opens_the_store_after_the_first_frame(sample_store, db_path):
    """Start-up target: the store's imports (its models, pydantic, sqlite-utils) ran in the search
    worker while the main thread drew the first frame, taking turns with it for the GIL (~10 ms)."""
    sample_store.close()
    loaded = subprocess.run(
        [sys.executable, "-c", _AT_FIRST_FRAME, str(db_path)], check=True, capture_output=True, text=True
    ).stdout.split()
    assert "ai_deals.tui.screens.search" in loaded  # the first frame is the search screen
    store_imports = {"pydantic", "sqlite_utils", "ai_deals.store.models", "ai_deals.tui.messages"}
    assert store_imports & set(loaded) == set()
