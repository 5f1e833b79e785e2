"""A deal file's company met again on a later row, after the rows that made it were flushed (every
`BATCH_ROWS`), is the company this file made: no "joined … with …" note, no split offered."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import bulk

HEADER = "company,investor,amount,currency,round_type,date,city,country\n"


def _deal_file(path: Path) -> Path:
    rows = ["Acmeline,Earlybird,5000000,EUR,seed,2025-01-10,Berlin,DE\n"]
    rows += [
        f"Filler{n:02d},Earlybird,1000000,EUR,seed,2025-02-{n % 28 + 1:02d},Paris,FR\n" for n in range(30)
    ]
    rows.append("Acmeline,Atomico,20000000,EUR,series a,2025-09-10,Munich,DE\n")
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_a_company_this_file_made_is_not_joined_unlike_itself_after_a_flush(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "BATCH_ROWS", 3)
    deals = _deal_file(tmp_path / "deals.csv")
    code, out, err = run(capsys, "--db", str(tmp_path / "deals.db"), "--empty", "import", str(deals))
    assert code == 0, err
    assert "joined Acmeline" not in out
    assert "split" not in out
