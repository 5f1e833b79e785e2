"""Save an SVG screenshot of the explorer after pressing some keys (the README's picture).

python -m ai_deals.tui.screenshot DB OUT.svg [KEY ...]     e.g. ... deals.db shot.svg o p n a i enter
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerFailed

from .app import DealsApp


async def _settle(pilot: Pilot) -> None:
    """Let workers finish and their results be drawn."""
    for _ in range(3):
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerFailed:
            pass  # shown by the app as an error modal, which then is the screenshot
        await pilot.pause()


def screenshot(db_path: Path, out: Path, keys: list[str], size: tuple[int, int] = (100, 30)) -> Path:
    """Run the app headless on `db_path`, press `keys`, and write the screen to `out` as SVG."""

    async def drive(pilot: Pilot) -> None:
        await _settle(pilot)
        for key in keys:
            await pilot.press(key)
            await _settle(pilot)
        pilot.app.save_screenshot(out.name, path=str(out.parent))
        pilot.app.exit()

    DealsApp(db_path=db_path).run(headless=True, size=size, auto_pilot=drive)
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2:
        sys.stderr.write(__doc__ or "")
        return 2
    screenshot(Path(args[0]), Path(args[1]).resolve(), args[2:])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
