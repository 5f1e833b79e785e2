"""A command piped into `head -1` that stops reading: the pipe closes early, which is not an error
(qa45 #4). Rich's console exited with 1 on a broken pipe before the command line could say 0; every
command writing through Rich now ends with 0 and nothing on standard error."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "command",
    [["show", "Good AI"], ["info"], ["timeline"], ["search", "Good"], ["sources"]],
    ids=lambda command: command[0],
)
def test_a_command_whose_output_pipe_is_closed_exits_0_and_says_nothing(database, command):
    reading, writing = os.pipe()
    os.close(reading)  # the reader is gone before a line is written: every write meets a broken pipe
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ai_deals", "--db", str(database), *command],
            stdout=writing,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(writing)
    assert (done.returncode, done.stderr) == (0, "")
