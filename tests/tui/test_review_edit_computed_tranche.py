"""Editing the amount of a stake whose balance is computed (the seed's Amazon stake in OpenAI: $50B, a
first tranche of $15B, the rest $35B) in the review's edit form moves the balance with it (qa42 #2)."""

from __future__ import annotations

import shutil
from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)
from textual.widgets import Input

from ai_deals.store import Store
from ai_deals.tui.screens.fact_edit import FactEditScreen
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_helpers import settle, shown

SEED = next((Path(__file__).parents[2] / "seeds").glob("*openai*.txt"))


async def test_saving_a_stakes_amount_in_the_form_moves_its_computed_balance(capsys, tmp_path):
    article = tmp_path / SEED.name
    shutil.copy(SEED, article)
    db = tmp_path / "seed.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(article))[0] == 0
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("j", "j")  # the round, its valuation, then Amazon's stake
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen)
            assert app.screen.query_one("#edit-amount", Input).value == "50B"  # Amazon's
            app.screen.query_one("#edit-amount", Input).value = "55B"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen), shown(app, "#edit-error")
        page = store.company(store.find_company("OpenAI").id)
    (amazon,) = [s for s in page.investors if s.tranches]
    assert amazon.amount == 55e9
    assert [(t.label, t.amount, t.computed) for t in amazon.tranches] == [
        ("first", 15e9, False),
        ("balance", 40e9, True),
    ]
