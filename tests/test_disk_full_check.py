"""One test of SQLite's "disk is full", for the store and the command line: cheap to import (no
sqlite3 loaded for it), true of SQLite's error only."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from ai_deals.store.errors import is_disk_full


def test_disk_full_is_sqlites_full_error_only():
    assert is_disk_full(sqlite3.OperationalError("database or disk is full"))
    assert not is_disk_full(sqlite3.OperationalError("database is locked"))
    assert not is_disk_full(OSError("disk is full"))


def test_the_disk_full_test_loads_no_sqlite3():
    script = "import sys; from ai_deals.store.errors import is_disk_full; print('sqlite3' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "False"
