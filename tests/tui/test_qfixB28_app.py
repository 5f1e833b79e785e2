"""The review's edit form for what tester qa52 could only reject (qfixB28 #3): a partnership's partner and
amount are fields of their own, a stake's tranches are shown (read-only, with why), and no blank row stands
between the fields and the buttons."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)
from textual.widgets import Input

from ai_deals.store import Store
from ai_deals.tui.screens.fact_edit import TRANCHES_HINT, FactEditScreen
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_helpers import settle, shown

CLOUD_DEAL = """title: Microsoft, Nvidia to invest up to $15 billion in Anthropic
date: 2025-11-18
language: en

Anthropic committed to buy $30 billion of computing capacity from Microsoft's Azure cloud.
"""
TRANCHED_STAKE = """title: SoftBank pays in two tranches
date: 2025-03-31
language: en

SoftBank will invest $30 billion in OpenAI, with $10 billion in April and $20 billion by the end of the year.
"""


def imported(capsys, tmp_path: Path, text: str) -> Path:
    article = tmp_path / "story.txt"
    article.write_text(text, encoding="utf-8")
    db = tmp_path / "story.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(article))[0] == 0
    return db


async def open_form(pilot, app, words: str) -> FactEditScreen:
    """Step the review to the fact whose card holds `words` and open the edit form on it."""
    await settle(pilot)
    for _ in range(10):
        if words in shown(app, "#review-fact"):
            break
        await pilot.press("j")
        await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, FactEditScreen)
    return app.screen


async def test_the_form_corrects_a_partnerships_partner_and_amount(capsys, tmp_path):
    db = imported(capsys, tmp_path, CLOUD_DEAL)
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 30)) as pilot:
            form = await open_form(pilot, app, "partnership")
            assert form.query_one("#edit-partner", Input).value == "Microsoft"
            assert form.query_one("#edit-amount", Input).value == "30B"
            form.query_one("#edit-partner", Input).value = "Oracle"
            form.query_one("#edit-amount", Input).value = "$25B"
            await pilot.press("ctrl+s")
            await settle(pilot)
            await pilot.press("c")  # Oracle is no company yet: create it
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen), shown(app, "#edit-error")
        (deal,) = store.company(store.find_company("Anthropic").id).partnerships
    assert (deal.partner, deal.amount, deal.currency, deal.review_status) == ("Oracle", 25e9, "USD", "edited")


async def test_the_form_shows_a_stakes_tranches_read_only_and_no_blank_error_row(capsys, tmp_path):
    db = imported(capsys, tmp_path, TRANCHED_STAKE)
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 30)) as pilot:
            form = await open_form(pilot, app, "SoftBank")
            assert shown(app, "#edit-tranches").startswith("$10B (2025-04) · $20B (2025)")
            assert shown(app, "#edit-tranches-hint") == TRANCHES_HINT
            assert not form.query("Input#edit-tranches")
            error = form.query_one("#edit-error")
            assert not error.display, "an empty refusal line is no blank row above the buttons"
            form.query_one("#edit-amount", Input).value = "0"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert error.display and shown(app, "#edit-error").startswith("amount:")
