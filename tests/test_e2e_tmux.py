"""End to end: the installed `ai-deals` in a real terminal (tmux), typing a search and opening a company.

The test waits on the terminal's own output (tmux pipes it into a FIFO) instead of sleeping: every
time the app draws, the screen is captured again and checked.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ai_deals.store import Store

from factories import make_source

TMUX = shutil.which("tmux")
AI_DEALS = shutil.which("ai-deals", path=str(Path(sys.executable).parent)) or shutil.which("ai-deals")

pytestmark = pytest.mark.skipif(
    not (TMUX and AI_DEALS), reason="needs tmux and the installed ai-deals command"
)


class Terminal:
    """A detached 120×40 tmux session on a private server, read through capture-pane."""

    def __init__(self, tmp_path: Path) -> None:
        self.server = ["tmux", "-L", f"ai-deals-e2e-{os.getpid()}", "-f", "/dev/null"]
        self.fifo = tmp_path / "terminal.fifo"
        os.mkfifo(self.fifo)
        self.run("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", "sh")
        self.run("pipe-pane", "-t", "e2e", "-o", f"cat > {self.fifo}")
        self.output = os.open(self.fifo, os.O_RDONLY | os.O_NONBLOCK)

    def run(self, *args: str) -> str:
        return subprocess.run([*self.server, *args], check=True, capture_output=True, text=True).stdout

    def type(self, text: str) -> None:
        self.run("send-keys", "-t", "e2e", "-l", text)

    def press(self, key: str) -> None:
        self.run("send-keys", "-t", "e2e", key)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "e2e")

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        """The screen once it shows `text`; waits on terminal output, fails after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"{text!r} never appeared; the screen shows:\n{screen}")
            ready, _, _ = select.select([self.output], [], [], remaining)
            if ready and not os.read(self.output, 65536):
                # No writer yet (EOF): block on the next output instead of spinning.
                select.select([], [], [], min(remaining, 0.05))

    def wait_closed(self, timeout: float = 15.0) -> None:
        """Wait until the program in the pane exits (tmux closes the pipe: end of file)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.output], [], [], deadline - time.monotonic())
            if ready and not os.read(self.output, 65536):
                return
        raise AssertionError(f"ai-deals did not exit; the screen shows:\n{self.screen()}")

    def close(self) -> None:
        os.close(self.output)
        subprocess.run([*self.server, "kill-server"], capture_output=True)


@pytest.fixture
def terminal(tmp_path: Path):
    term = Terminal(tmp_path)
    yield term
    term.close()


def test_ai_deals_opens_searches_and_shows_a_company_in_a_real_terminal(terminal, tmp_path):
    db = tmp_path / "deals.db"
    with Store.open(db) as store:
        store.import_source(make_source())
    terminal.type(f"exec {AI_DEALS} --db {db} --empty")
    terminal.press("Enter")
    terminal.wait_for("most rounds and investments first")

    terminal.type("opnai")
    screen = terminal.wait_for("1 result for “opnai”")
    assert "OpenAI" in screen

    terminal.press("Enter")
    screen = terminal.wait_for("Investors (3)")  # Amazon's own stake, Nvidia and SoftBank in the round
    assert "Search › OpenAI" in screen
    assert "Amazon" in screen and "$50B" in screen

    terminal.type("q")
    terminal.wait_closed()
    assert subprocess.run([*terminal.server, "has-session", "-t", "e2e"], capture_output=True).returncode != 0


def test_keys_sent_in_one_burst_open_the_export_dialog_and_fill_it_in_a_real_terminal(terminal, tmp_path):
    """ "e", Tab, a path and Enter sent at once (one `tmux send-keys`, as a fast typist or a paste does):
    the keys after "e" went to the page below the dialog, and nothing was written."""
    db, target = tmp_path / "deals.db", tmp_path / "burst.csv"
    with Store.open(db) as store:
        store.import_source(make_source())
    terminal.type(f"exec {AI_DEALS} --db {db} --empty")
    terminal.press("Enter")
    terminal.wait_for("most rounds and investments first")
    terminal.type("openai")
    terminal.wait_for("1 result for “openai”")
    terminal.press("Enter")
    terminal.wait_for("Investors (3)")

    terminal.run("send-keys", "-t", "e2e", "e", "Tab", str(target), "Enter")
    terminal.wait_for("Exported")
    assert target.read_text(encoding="utf-8-sig").startswith("record_type")
    terminal.type("q")
    terminal.wait_closed()
