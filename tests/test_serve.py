"""`ai-deals serve`: the explorer served to a browser on localhost."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytest.importorskip("textual_serve")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, deadline: float) -> str:
    """GET `url`, retrying while the server starts (bounded by `deadline`)."""
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)  # polling a server that is still binding its port: nothing to wait on


def test_serve_answers_on_localhost_with_the_app_page(tmp_path):
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ai_deals",
            "--db",
            str(tmp_path / "d.db"),
            "--empty",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout.readline().startswith(f"serving ai-deals on http://127.0.0.1:{port}")
        page = _get(f"http://127.0.0.1:{port}/", time.monotonic() + 30)
        assert "ai-deals" in page and "textual" in page.lower()
    finally:
        os.kill(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
