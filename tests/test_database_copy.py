"""README's way to copy a database the explorer has open: it keeps the latest decisions, which a
copy of the `.db` file alone misses (they are still in the `-wal` file beside it)."""

from __future__ import annotations

import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from cli_helpers import (
    import_deals,
    private_default_db,  # noqa: F401 (autouse: no command touches the default db)
)

from ai_deals.store.store import Store

README = Path(__file__).parent.parent / "README.md"


def _status(db: Path, round_id: int) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT review_status FROM rounds WHERE id = ?", [round_id]).fetchone()[0]


def test_readme_copy_command_keeps_a_decision_the_open_explorer_just_wrote(capsys, tmp_path):
    db = import_deals(capsys, tmp_path, "company,amount,currency,date\nZorg,5000000,EUR,2024-01-02\n")
    (one_liner,) = re.findall(r"`(python3 -c \"import sqlite3;[^`]*)`", README.read_text(encoding="utf-8"))
    store = Store.open(db)  # as the explorer holds it, open
    try:
        (event,) = store.timeline()
        store.review(event.ref, "confirmed")
        shutil.copy(db, tmp_path / "cp.db")
        command = shlex.split(one_liner.replace("python3", shlex.quote(sys.executable), 1))
        subprocess.run(command, cwd=tmp_path, check=True)
    finally:
        store.close()
    assert _status(tmp_path / "deals-copy.db", event.ref.record_id) == "confirmed"
    assert _status(tmp_path / "cp.db", event.ref.record_id) == "extracted"  # what README warns about
