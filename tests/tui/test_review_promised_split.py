"""The review card tells a round's status as its company page does (qa46 item 8d): OpenAI's $110B round,
Amazon's $35B of it promised on a condition, read "status announced" on the card where the page says
"$75B committed · $35B conditional"."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_helpers import settle

SEED = (
    Path(__file__).parents[2]
    / "seeds"
    / "2026-02-27-keystone-ats-openai-leve-110-milliards-amazon-nvidia-softbank.txt"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """The shipped OpenAI story, read as an import reads it: Amazon's $50B, $35B of it on a condition."""
    path = tmp_path / "openai.db"
    assert main(["--db", str(path), "--empty", "import", str(SEED)]) == 0
    return path


def _status_line(card: str) -> str:
    (line,) = [line for line in card.splitlines() if line.startswith("status")]
    return line.split(None, 1)[1]


async def test_the_review_card_tells_a_rounds_promised_split_as_the_page_does(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 40)) as pilot:
            await settle(pilot)
            card = app.screen.query_one("#review-fact").render().plain
    assert "$110B" in card
    assert _status_line(card) == "$75B committed · $35B conditional"
