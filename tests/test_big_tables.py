"""Tables of thousands of rows (`show` of an investor in 5,000 rounds, `timeline`, `sources`) are
drawn a chunk at a time, looking as Rich draws them."""

from __future__ import annotations

import io

from rich.console import Console

from ai_deals import render


def drawn(rows: list[list[object]], width: int = 80, *, rich: bool) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None)
    columns = ["date", "company", "round", "sentence"]
    if rich:
        console.print(render.table("Rounds joined", columns, rows))
    else:
        render.print_table(console, "Rounds joined", columns, rows)
    return out.getvalue()


def rows_of(count: int, sentence: str) -> list[list[object]]:
    return [[f"2020-01-{n % 28 + 1:02d}", f"Startup {n}", "Series A", sentence] for n in range(count)]


def test_a_big_table_that_fits_looks_as_rich_draws_it():
    rows = rows_of(render.BIG_TABLE + 300, "joined")
    assert [line.rstrip() for line in drawn(rows, rich=False).splitlines()] == [
        line.rstrip() for line in drawn(rows, rich=True).splitlines()
    ]


def test_a_big_table_too_wide_wraps_its_widest_column_as_rich_does():
    rows = rows_of(
        render.BIG_TABLE + 1, "the round was led by someone https://news.example/a-very-long-address"
    )
    rows.append(["2021", None, "[red]not markup[/]", "x\x1b[31m"])
    ours = drawn(rows, rich=False)
    assert [line.rstrip() for line in ours.splitlines()] == [
        line.rstrip() for line in drawn(rows, rich=True).splitlines()
    ]
    assert "[red]not markup[/]" in ours and "\x1b" not in ours


def test_a_big_table_reaches_the_output_a_chunk_at_a_time():
    writes: list[str] = []

    class Recording(io.StringIO):
        def write(self, text: str) -> int:
            writes.append(text)
            return len(text)

    rows = [row[:2] for row in rows_of(3000, "")]
    render.print_table(Console(file=Recording(), width=80), "Timeline", ["date", "event"], rows)
    body = [text for text in writes if "Startup" in text]
    assert len(body) >= 3000 // render.CHUNK
    assert all(text.count("\n") <= render.CHUNK for text in body)
